"""The real services newsroom stands on: Elasticsearch search and aggregations, a Celery
round trip through Redis with a worker in its own process, and settings from the environment."""

from __future__ import annotations

import pytest

from services.core.index import ensure_indices
from services.core.queue import PING, make_celery
from services.core.settings import Settings
from tests.harness import ServiceProcess, settings_env

pytestmark = pytest.mark.integration


def test_index_then_full_text_and_terms_aggregation(es_client, stack_settings):
    names = ensure_indices(es_client, stack_settings)
    docs = [
        ("a1", "Rebels seize Khmeimim airbase", "Wire", ["Syria"]),
        ("a2", "Harbour Authority opens new pier", "Local", ["Eastport"]),
        ("a3", "Kremlin responds to Khmeimim losses", "Wire", ["Russia", "Syria"]),
    ]
    for doc_id, title, source, places in docs:
        es_client.index(
            index=names.articles,
            id=doc_id,
            document={"id": doc_id, "title": title, "body": title, "source": source, "places": places},
        )
    es_client.indices.refresh(index=names.articles)

    found = es_client.search(
        index=names.articles,
        query={"simple_query_string": {"query": "khmeimim", "fields": ["title", "body"]}},
        aggs={"source": {"terms": {"field": "source"}}, "place": {"terms": {"field": "places"}}},
    )
    assert {h["_id"] for h in found["hits"]["hits"]} == {"a1", "a3"}
    buckets = {b["key"]: b["doc_count"] for b in found["aggregations"]["place"]["buckets"]}
    assert buckets == {"Syria": 2, "Russia": 1}
    assert [b["key"] for b in found["aggregations"]["source"]["buckets"]] == ["Wire"]


def test_mapping_is_strict(es_client, stack_settings):
    from elasticsearch import BadRequestError

    names = ensure_indices(es_client, stack_settings)
    with pytest.raises(BadRequestError):
        es_client.index(index=names.articles, id="x", document={"no_such_field": 1})


def test_celery_round_trip_through_redis(stack_settings, tmp_path):
    worker = ServiceProcess(
        "worker", ["worker", "--loglevel", "INFO"], settings_env(stack_settings), tmp_path
    )
    try:
        app = make_celery(stack_settings)
        app.conf.task_ignore_result = False
        result = app.send_task(PING, args=["hello"], ignore_result=False)
        assert result.get(timeout=60) == "pong:hello", worker.log()
        # The queue carries the prefix: another stack's worker would not see this task.
        assert stack_settings.queue_name == stack_settings.names.queue
        assert stack_settings.names.queue.startswith(stack_settings.names.prefix)
    finally:
        worker.stop()
    assert "ready" in worker.log()


def test_settings_read_from_newsroom_variables(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSROOM_INBOX_DIR", str(tmp_path / "in"))
    monkeypatch.setenv("NEWSROOM_REDIS_URL", "redis://127.0.0.1:6390/2")
    monkeypatch.setenv("NEWSROOM_ELASTICSEARCH_URL", "http://127.0.0.1:9299")
    monkeypatch.setenv("NEWSROOM_INDEX_PREFIX", "desk2")
    monkeypatch.setenv("NEWSROOM_API_PORT", "8123")
    s = Settings()
    assert s.inbox_dir == tmp_path / "in"
    assert s.redis_url.endswith(":6390/2")
    assert s.elasticsearch_url == "http://127.0.0.1:9299"
    assert s.index_prefix == "desk2" and s.queue_name == "desk2.ingest"
    assert s.api_port == 8123


def test_settings_reject_bad_values(monkeypatch):
    from pydantic import ValidationError

    monkeypatch.setenv("NEWSROOM_API_PORT", "not-a-port")
    with pytest.raises(ValidationError, match="api_port"):
        Settings()
