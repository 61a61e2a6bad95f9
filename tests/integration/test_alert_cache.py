"""The worker's cached list of saved searches (services/extract/alerts.py) against the real API,
Redis and Elasticsearch: an alert created or deleted through the API counts from the next batch
on, however long the list has been cached; one written to the index without the API counts
within the runner's max_age and not before."""

from __future__ import annotations

import time

import pytest
import redis
from elasticsearch import Elasticsearch
from fastapi.testclient import TestClient

from services.core.models import Article
from services.extract.alerts import ALERTS_MAX_AGE, AlertRunner
from services.extract.store import ArticleStore
from services.search.app import create_app

pytestmark = pytest.mark.integration


def herring(aid: str) -> Article:
    body = f"Report {aid}: the harbour dredging would harm the herring stocks, fishermen said."
    return Article(id=aid, title=f"Herring {aid}", body=body, files=[f"{aid}.txt"])


def written(store: ArticleStore, *articles: Article) -> list[Article]:
    store.write(list(articles), refresh=True, extra={})
    return list(articles)


def matched(es: Elasticsearch, index: str, alert_id: str) -> set[str]:
    es.indices.refresh(index=index, ignore_unavailable=True)
    resp = es.search(index=index, query={"term": {"alert_id": alert_id}}, size=100, ignore_unavailable=True)
    return {h["_source"]["doc_id"] for h in resp["hits"]["hits"]}


def test_alerts_created_and_deleted_through_the_api_count_from_the_next_batch(stack_settings):
    es = Elasticsearch(stack_settings.elasticsearch_url)
    store = ArticleStore(stack_settings, es)
    names = stack_settings.names
    runner = AlertRunner(es, names, redis.Redis.from_url(stack_settings.redis_url), max_age=3600)
    with TestClient(create_app(stack_settings)) as api:
        assert runner.run(written(store, herring("h1")), refreshed=True) == 0  # no alert yet: cached empty
        r = api.post("/alerts", json={"name": "herring", "params": {"q": "herring"}})
        assert r.status_code == 201, r.text
        alert = r.json()["id"]
        assert runner.run(written(store, herring("h2")), refreshed=True) == 1  # the cache did not hide it
        assert matched(es, names.alert_matches, alert) == {"h2"}
        assert api.delete(f"/alerts/{alert}").status_code == 204
        assert runner.run(written(store, herring("h3")), refreshed=True) == 0  # nor keep a deleted one
        assert matched(es, names.alert_matches, alert) == set()
    es.close()


def test_an_alert_written_without_the_api_counts_within_max_age(stack_settings):
    es = Elasticsearch(stack_settings.elasticsearch_url)
    store = ArticleStore(stack_settings, es)
    names = stack_settings.names
    max_age = 0.5
    assert max_age < ALERTS_MAX_AGE
    runner = AlertRunner(es, names, redis.Redis.from_url(stack_settings.redis_url), max_age=max_age)
    with TestClient(create_app(stack_settings)):  # creates the indices
        assert runner.run(written(store, herring("d1")), refreshed=True) == 0
        cached_at = time.monotonic()
        es.index(index=names.alerts, id="direct", refresh="true", document={
            "id": "direct", "name": "direct", "target": "articles", "query": {"match": {"body": "herring"}}})
        assert runner.run(written(store, herring("d2")), refreshed=True) == 0  # the cached list is used
        assert time.monotonic() - cached_at < max_age
        time.sleep(max_age)
        assert runner.run(written(store, herring("d3")), refreshed=True) == 1  # re-read once max_age passed
        assert matched(es, names.alert_matches, "direct") == {"d3"}
    es.close()
