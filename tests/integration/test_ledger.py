"""The ingest ledger's transitions on the real Redis: queued -> processing -> indexed, failed
or duplicate, the counts that move with them in one script, attempts, retry and forget; and
the queue figures read through kombu's own keys."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest

from services.core.ledger import IngestLedger
from services.core.models import FailureRecord, FileState, Stage
from services.core.queue import PROCESS_FILE, make_celery
from services.core.settings import Settings

pytestmark = pytest.mark.integration


@pytest.fixture
def ledger(stack_settings: Settings) -> Iterator[IngestLedger]:
    yield IngestLedger(stack_settings)


def counts(ledger: IngestLedger) -> dict[str, int]:
    totals = {"files", "articles", "failed_items"}  # checked in test_formats_flow
    return {k: v for k, v in ledger.status().model_dump().items() if v and k not in totals}


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def failure(path: str) -> FailureRecord:
    return FailureRecord(path=path, stage=Stage.parse, error="UnsupportedFormat", reason="not an article")


def test_a_file_moves_through_its_states_and_the_counts_follow(ledger):
    ledger.mark_queued("a.txt", sha("a"))
    assert ledger.state("a.txt") is FileState.queued and ledger.seen_sha("a.txt") == sha("a")
    assert ledger.queued_at("a.txt") is not None
    assert counts(ledger) == {"queued": 1}
    assert ledger.add_attempt("a.txt") == 1
    assert ledger.set_state("a.txt", FileState.processing) == "queued"
    assert ledger.set_state("a.txt", FileState.processing) == "processing", "the same state twice counts once"
    assert counts(ledger) == {"processing": 1}
    ledger.settle("a.txt", "article-1", FileState.indexed)
    assert counts(ledger) == {"indexed": 1}
    assert ledger.article_of("a.txt") == "article-1"
    assert ledger.add_attempt("a.txt") == 1, "settling clears the attempts"
    assert ledger.metrics()["counters"] == {"indexed": "1"}


def test_duplicate_and_failed_files_are_counted_apart(ledger):
    for path in ("a.txt", "b.txt", "c.txt"):
        ledger.mark_queued(path, sha(path))
        ledger.set_state(path, FileState.processing)
    ledger.settle("a.txt", "article-1", FileState.indexed)
    ledger.settle("b.txt", "article-1", FileState.duplicate)
    ledger.add_attempt("c.txt")
    ledger.fail(failure("c.txt"))
    assert counts(ledger) == {"indexed": 1, "duplicates": 1, "failed": 1}
    assert [f.path for f in ledger.failures()] == ["c.txt"] and ledger.failure("c.txt").reason == "not an article"
    assert ledger.add_attempt("c.txt") == 1, "a failure clears the attempts"
    ledger.fail(failure("d.txt"), counter="worker_lost")
    assert ledger.metrics()["counters"] == {"indexed": "1", "duplicates": "1", "failed": "1", "worker_lost": "1"}
    # A failed file that later succeeds loses its failure record.
    ledger.settle("c.txt", "article-3", FileState.indexed)
    assert ledger.failure("c.txt") is None and counts(ledger) == {"indexed": 2, "duplicates": 1, "failed": 1}


def test_retry_requests_queue_every_failed_file_again_in_one_step(ledger):
    for path in ("bad1.txt", "bad2.txt"):
        ledger.mark_queued(path, sha("x"))
        ledger.add_attempt(path)
        ledger.record_failure(failure(path))
    ledger.mark_queued("ok.txt", sha("x"))
    assert counts(ledger) == {"failed": 2, "queued": 1}
    assert sorted(ledger.request_retry()) == ["bad1.txt", "bad2.txt"]
    assert counts(ledger) == {"queued": 3}
    assert ledger.failures() == [] and ledger.retry_backlog() == 2
    assert ledger.add_attempt("bad1.txt") == 1, "a retried file starts its attempts again"
    assert sorted(ledger.take_retry_requests()) == ["bad1.txt", "bad2.txt"]
    assert ledger.retry_backlog() == 0 and ledger.request_retry() == []
    ledger.requeue_for_retry("ok.txt")
    assert ledger.metrics()["counters"] == {"retries": "1"} and counts(ledger) == {"queued": 3}


def test_forget_drops_a_file_from_every_count_and_record(ledger):
    ledger.mark_queued("gone.txt", sha("x"))
    ledger.add_attempt("gone.txt")
    ledger.record_failure(failure("gone.txt"))
    ledger.forget("gone.txt")
    assert counts(ledger) == {}
    assert ledger.state("gone.txt") is None and ledger.seen_sha("gone.txt") is None
    assert ledger.failure("gone.txt") is None and ledger.queued_at("gone.txt") is None
    ledger.forget("never-seen.txt")  # nothing to forget: no count goes below zero
    assert counts(ledger) == {}


def test_queue_figures_read_kombus_own_keys(ledger, stack_settings, redis_client):
    app = make_celery(stack_settings)
    assert ledger.queue_depth() == 0 and ledger.unacked_count() == 0
    for i in range(3):
        app.send_task(PROCESS_FILE, args=[{"path": f"{i}.txt"}], queue=stack_settings.names.queue)
    assert ledger.queue_depth() == 3
    redis_client.zadd(stack_settings.names.unacked_index_key, {"tag-1": 1.0})
    assert ledger.unacked_count() == 1
    assert ledger.renew_visibility({"tag-1", "tag-acked"}) == 1, "only held tasks are renewed (XX)"
    assert ledger.unacked_count() == 1 and redis_client.zscore(stack_settings.names.unacked_index_key, "tag-1") > 1.0


def test_two_prefixes_never_see_each_other(ledger, stack_settings, redis_client):
    other = IngestLedger(Settings(index_prefix=f"{stack_settings.names.prefix}-other"))
    try:
        ledger.mark_queued("a.txt", sha("x"))
        assert counts(other) == {} and other.state("a.txt") is None
    finally:
        other.reset()


def test_reset_deletes_every_ledger_key(ledger, stack_settings, redis_client):
    ledger.mark_queued("a.txt", sha("x"))
    ledger.fail(failure("b.txt"))
    ledger.observe({"nlp": 0.01})
    ledger.watcher_heartbeat(ttl=30)
    ledger.request_retry()
    ledger.reset()
    assert not [k for k in redis_client.scan_iter(f"{stack_settings.names.prefix}:*") if k in ledger.names.ledger_keys]
    assert counts(ledger) == {} and not ledger.watcher_alive()


def test_a_file_is_one_packed_record_and_old_hashes_are_migrated(ledger, redis_client):
    from services.core import filerecord as fr

    n = ledger.names
    ledger.mark_queued("new.txt", sha("new"), stat=b"12345678")
    ledger.settle("new.txt", sha("article"), FileState.indexed)
    assert redis_client.hkeys(n.files) == ["new.txt"] and not redis_client.exists(*n.legacy_file_keys)
    assert ledger.fingerprints(["new.txt", "none.txt"]) == [b"12345678", None]
    assert ledger.article_of("new.txt") == sha("article") and ledger.seen_sha("new.txt") == sha("new")
    assert redis_client.memory_usage(n.files) < 300
    # Data written before the packed record: four hashes, hex text.
    redis_client.hset(n.file_state, mapping={"old.txt": "indexed", "new.txt": "queued"})
    redis_client.hset(n.file_sha, "old.txt", sha("old"))
    redis_client.hset(n.file_article, "old.txt", "not-a-hex-id")
    redis_client.hset(n.file_queued_at, "old.txt", "1764658000.5")
    assert ledger.migrate() == 1, "a record the new code wrote wins"
    assert not redis_client.exists(*n.legacy_file_keys) and ledger.migrate() == 0
    assert ledger.state("old.txt") is FileState.indexed and ledger.seen_sha("old.txt") == sha("old")
    assert ledger.article_of("old.txt") == "not-a-hex-id" and ledger.queued_at("old.txt") == 1764658000.0
    assert ledger.fingerprints(["old.txt"]) == [None], "a migrated file is read once to learn its stat"
    assert ledger.state("new.txt") is FileState.indexed
    ledger.remember_stat("old.txt", b"abcdefgh")
    ledger.remember_stat("unknown.txt", b"abcdefgh")
    assert ledger.fingerprints(["old.txt", "unknown.txt"]) == [b"abcdefgh", None]
    assert fr.state_of(ledger.rb.hget(n.files, "old.txt")) == "indexed"


def test_settling_a_many_article_file_moves_items_counts_and_state_in_one_step(ledger):
    """settle_items (one script): the file's items and failed items replace what it held before,
    the article and failed-item counts move by the difference, the record points at the first
    article, the failure and attempts are cleared and the outcome is counted."""
    item_failure = FailureRecord(path="feed.jsonl", stage=Stage.parse, error="BadItem", reason="no body", item="2")
    ledger.mark_queued("feed.jsonl", sha("feed v1"))
    ledger.record_failure(failure("feed.jsonl"))  # an earlier delivery failed
    assert ledger.add_attempt("feed.jsonl") == 1
    ledger.settle_items("feed.jsonl", {"0": "art-0", "1": "art-1"}, FileState.indexed, [item_failure])
    status = ledger.status()
    assert (status.articles, status.failed_items, status.indexed, status.failed) == (2, 1, 1, 0)
    assert ledger.items_of("feed.jsonl", fallback=False) == {"0": "art-0", "1": "art-1"}
    assert [r.item for r in ledger.item_failures("feed.jsonl")] == ["2"]
    assert ledger.article_of("feed.jsonl") == "art-0" and ledger.state("feed.jsonl") == FileState.indexed
    assert ledger.failure("feed.jsonl") is None and ledger.add_attempt("feed.jsonl") == 1  # cleared

    # The file now holds one article and no failed item: kept in its record only.
    ledger.settle_items("feed.jsonl", {"": sha("one")}, FileState.indexed, [])
    status = ledger.status()
    assert (status.articles, status.failed_items, status.indexed) == (1, 0, 1)
    assert ledger.items_of("feed.jsonl", fallback=False) == {} and ledger.item_failures("feed.jsonl") == []
    assert ledger.items_of("feed.jsonl") == {"": sha("one")}

    # A file settled with one article before, now two (a duplicate outcome): 1 -> 2 articles.
    ledger.mark_queued("single.txt", sha("single"))
    ledger.settle("single.txt", "art-s", FileState.indexed)
    ledger.settle_items("single.txt", {"0": "art-s", "1": "art-t"}, FileState.duplicate, [])
    status = ledger.status()
    assert (status.articles, status.indexed, status.duplicates) == (2, 1, 1)  # settle() alone counts none
    assert ledger.metrics()["counters"] == {"indexed": "3", "duplicates": "1"}


def test_stage_durations_are_summed_counted_and_bucketed(ledger):
    ledger.observe({"nlp": 0.012, "index": 0.3}, count=2)
    ledger.observe({"nlp": 100.0})
    ledger.observe({})
    m = ledger.metrics()
    assert m["sum"] == {"nlp": "100.024", "index": "0.6"}
    assert m["count"] == {"nlp": "3", "index": "2"}
    assert m["buckets"] == {"nlp|0.025": "2", "index|0.5": "2", "nlp|+Inf": "1"}
