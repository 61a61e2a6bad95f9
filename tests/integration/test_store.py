"""The article store's duplicate handling on the real Elasticsearch, and the batch flow's
bookkeeping around it (real Redis too; a stand-in extractor, so no spaCy): the same text under
two names is one article and one duplicate; a changed file replaces its old article."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from services.core.ledger import IngestLedger
from services.core.models import Article, Claim, FileState, IngestEvent
from services.core.settings import Settings
from services.extract.batch import BatchFlow
from services.extract.pipeline import ExtractResult, article_id
from services.extract.store import ArticleStore

pytestmark = pytest.mark.integration

STORY = "Harbour reopens\n\nThe mayor said the harbour would reopen in May."
CHANGED = "Harbour stays shut\n\nThe mayor said the harbour would stay shut until June."


def make_article(text: str, path: str) -> Article:
    title, _, body = text.partition("\n\n")
    claim = Claim(content="the harbour would reopen", sentence=body, cue="said", quote_type="indirect", start=0, end=5)
    return Article(id=article_id(text), title=title, body=body, claims=[claim], files=[path])


@pytest.fixture
def store(stack_settings: Settings, es_client) -> ArticleStore:
    return ArticleStore(stack_settings, es_client)


def stored(store: ArticleStore, article_id_: str) -> dict | None:
    got = store.es.options(ignore_status=404).get(index=store.names.articles, id=article_id_)
    return got["_source"] if got.get("found") else None


def claim_count(store: ArticleStore, article_id_: str) -> int:
    store.es.indices.refresh(index=store.names.claims)
    return int(store.es.count(index=store.names.claims, query={"term": {"article_id": article_id_}})["count"])


def test_same_text_under_two_names_is_one_article_and_one_duplicate(store):
    (first,) = store.write([make_article(STORY, "a.txt")])
    assert (first.result, first.path) == ("indexed", "a.txt")
    (second,) = store.write([make_article(STORY, "copies/b.txt")])
    assert (second.result, second.duplicate_of_path) == ("duplicate", "a.txt")
    assert second.article_id == first.article_id
    assert stored(store, first.article_id)["files"] == ["a.txt", "copies/b.txt"]
    assert claim_count(store, first.article_id) == 1


def test_same_text_twice_in_one_batch(store):
    outcomes = store.write([make_article(STORY, "a.txt"), make_article(STORY, "b.txt")])
    assert [(o.path, o.result) for o in outcomes] == [("a.txt", "indexed"), ("b.txt", "duplicate")]
    assert stored(store, outcomes[0].article_id)["files"] == ["a.txt", "b.txt"]


def test_a_second_delivery_is_not_a_duplicate_of_itself(store):
    store.write([make_article(STORY, "a.txt")])
    (again,) = store.write([make_article(STORY, "a.txt")])
    assert again.result == "indexed"
    assert stored(store, again.article_id)["files"] == ["a.txt"]


def test_removing_the_last_file_deletes_the_article_and_its_claims(store):
    store.write([make_article(STORY, "a.txt"), make_article(STORY, "b.txt")])
    aid = article_id(STORY)
    assert store.remove_file(aid, "a.txt") is False
    assert stored(store, aid)["files"] == ["b.txt"]
    assert store.remove_file(aid, "b.txt") is True
    assert stored(store, aid) is None and claim_count(store, aid) == 0
    assert store.remove_file(aid, "b.txt") is False, "already gone: nothing to do"


class StandInExtractor:
    """Turns each file's text into an article, as ArticleExtractor would (no NLP)."""

    def extract_files(self, files: Sequence[tuple[str, bytes]], mtimes=None, known=None) -> list[ExtractResult]:
        return [ExtractResult(path, article=make_article(data.decode(), path)) for path, data in files]


@pytest.fixture
def flow(stack_settings: Settings, store: ArticleStore) -> BatchFlow:
    return BatchFlow(stack_settings, IngestLedger(stack_settings), StandInExtractor(), store)


def drop(flow: BatchFlow, path: str, text: str) -> IngestEvent:
    """What the watcher does: record the version, then the worker runs the event."""
    ev = IngestEvent.from_bytes(path, text.encode(), 1_700_000_000.0)
    flow.ledger.mark_queued(path, ev.sha256)
    flow.run([ev])
    return ev


def test_the_flow_counts_a_copy_as_a_duplicate(flow, store):
    drop(flow, "a.txt", STORY)
    drop(flow, "b.txt", STORY)
    st = flow.ledger.status()
    assert (st.indexed, st.duplicates, st.queued, st.processing) == (1, 1, 0, 0)
    assert flow.ledger.article_of("b.txt") == article_id(STORY)
    assert stored(store, article_id(STORY))["files"] == ["a.txt", "b.txt"]


def test_a_changed_file_replaces_its_old_article(flow, store):
    drop(flow, "a.txt", STORY)
    drop(flow, "a.txt", CHANGED)
    assert stored(store, article_id(STORY)) is None, "the old version no longer stands for the file"
    assert claim_count(store, article_id(STORY)) == 0
    assert stored(store, article_id(CHANGED))["files"] == ["a.txt"]
    assert flow.ledger.article_of("a.txt") == article_id(CHANGED)
    st = flow.ledger.status()
    assert (st.indexed, st.duplicates) == (1, 0)


def test_a_changed_file_keeps_the_old_article_another_file_still_holds(flow, store):
    drop(flow, "a.txt", STORY)
    drop(flow, "b.txt", STORY)
    drop(flow, "a.txt", CHANGED)
    assert stored(store, article_id(STORY))["files"] == ["b.txt"]
    assert stored(store, article_id(CHANGED))["files"] == ["a.txt"]


def test_a_stale_or_finished_event_is_skipped(flow, store):
    ev = drop(flow, "a.txt", STORY)
    flow.run([ev])  # a second delivery of a finished file
    newer = IngestEvent.from_bytes("a.txt", CHANGED.encode())
    flow.ledger.mark_queued("a.txt", newer.sha256)
    flow.run([ev])  # the old version arrives after the new one was queued
    counters = flow.ledger.metrics()["counters"]
    assert counters.get("skipped_redelivered") == "1" and counters.get("skipped_stale") == "1"
    assert stored(store, article_id(STORY))["files"] == ["a.txt"]
    assert flow.ledger.state("a.txt") is FileState.queued
