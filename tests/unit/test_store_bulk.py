"""The store's bulk write, as helpers.streaming_bulk(max_retries=3) did it: items rejected with
429 are sent again after a backoff, other failures come back at once, and a batch larger than a
request is split (a fake client: what is sent and answered is the point here)."""

from __future__ import annotations

import pytest

from services.extract import store as store_module
from services.extract.store import ArticleStore


class FakeEs:
    def __init__(self, answers: list[dict[str, int]]) -> None:
        self.answers = answers  # per request: status by id (201 when absent)
        self.requests: list[list[str]] = []

    def bulk(self, operations, **params):
        ids = [op["create"]["_id"] for op in operations[::2]]
        self.requests.append(ids)
        status = self.answers.pop(0) if self.answers else {}
        return {"items": [{"create": {"_index": "t-articles-v2", "_id": i, "status": status.get(i, 201),
                                      **({"error": "x"} if status.get(i, 201) >= 300 else {})}} for i in ids]}


def store_on(es: FakeEs) -> ArticleStore:
    store = ArticleStore.__new__(ArticleStore)
    store.es = es
    return store


def actions(*ids: str) -> list[dict]:
    return [{"_op_type": "create", "_index": "t-articles", "_id": i, "_source": {"id": i}} for i in ids]


def test_items_rejected_with_429_are_sent_again_and_others_fail_at_once(monkeypatch):
    monkeypatch.setattr(store_module, "BULK_BACKOFF", 0.001)
    es = FakeEs([{"a": 429, "b": 409}, {"a": 429}])
    failed = store_on(es)._bulk_failures(actions("a", "b", "c"), refresh=False)
    assert es.requests == [["a", "b", "c"], ["a"], ["a"]]
    assert [(op["_id"], op["status"]) for op in failed] == [("b", 409)]


def test_an_item_still_rejected_after_the_last_retry_is_a_failure(monkeypatch):
    monkeypatch.setattr(store_module, "BULK_BACKOFF", 0.001)
    es = FakeEs([{"a": 429}] * 4)
    failed = store_on(es)._bulk_failures(actions("a"), refresh=True)
    assert len(es.requests) == 4 and [op["status"] for op in failed] == [429]


@pytest.mark.parametrize("n", [1, 1000, 1001])
def test_a_large_batch_is_split_into_requests_of_bulk_chunk_actions(n):
    es = FakeEs([])
    assert store_on(es)._bulk_failures(actions(*map(str, range(n))), refresh=False) == []
    assert [len(r) for r in es.requests] == [min(n, 1000), *([n - 1000] if n > 1000 else [])]
