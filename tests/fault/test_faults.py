"""Faults with real processes: nothing lost, nothing twice, every failure visible.

Each test prints the time the stack took to recover ("[recovery] ..."); run with -s to see."""

from __future__ import annotations

import codecs
import hashlib
import os
import signal
import subprocess
import sys
import threading
import time

import httpx
import pytest

from tests.conftest import ROOT, wait_until
from tests.fault.conftest import Stack, article_text, drop, report

pytestmark = [pytest.mark.integration, pytest.mark.timeout(240)]


def _assert_exact(stack: Stack, n: int) -> list[dict]:
    articles = stack.articles()
    ids = [a["id"] for a in articles]
    assert len(articles) == n, (len(articles), stack.status(), stack.logs())
    assert len(set(ids)) == n
    assert all(len(a["files"]) == 1 for a in articles), [a["files"] for a in articles if len(a["files"]) != 1]
    return articles


def test_worker_sigkilled_midway_then_restarted_gives_exactly_300(stack: Stack):
    stack.start("worker")
    stack.start("watcher")
    stack.wait_worker_ready()
    drop(stack.inbox, [(f"batch/a{i:03}.txt", article_text(i)) for i in range(300)])
    wait_until(lambda: stack.status()["indexed"] >= 90, 120, 0.2, "a third indexed")
    stack.stop("worker", signal.SIGKILL)  # the whole process group: main process and pool
    # Nothing acks after the kill: what is still unacked is what the worker held when it landed.
    in_flight = stack.ledger.unacked_count()
    assert in_flight >= 1, "no task was in flight when SIGKILL landed: the fault hit nothing"
    before = stack.status()
    restarted = time.monotonic()
    stack.start("worker")
    st = stack.wait_settled(300, 150, "all 300 done")
    recovered = time.monotonic() - restarted
    assert st["indexed"] == 300 and st["failed"] == 0 and st["duplicates"] == 0, st
    _assert_exact(stack, 300)
    report("worker SIGKILL (300 files)", recovered,
           f"from new worker start to all 300 indexed; {in_flight} task(s) held at the kill, "
           f"{before['indexed']} indexed before it")


def test_elasticsearch_stopped_during_a_burst(stack: Stack, fault_services):
    stack.start("worker")
    stack.start("watcher")
    stack.wait_worker_ready()
    wait_until(lambda: "ready" in stack.procs["worker"].log(), 30)
    drop(stack.inbox, [(f"es/a{i:03}.txt", article_text(i, "ES ")) for i in range(120)])
    wait_until(lambda: stack.status()["indexed"] >= 20, 120, 0.2, "some indexed")
    retries_before = int(stack.ledger.metrics()["counters"].get("retries", 0))
    fault_services.stop_es()
    stopped = time.monotonic()
    time.sleep(20)
    retries_down = int(stack.ledger.metrics()["counters"].get("retries", 0)) - retries_before
    fault_services.start_es()
    assert retries_down >= 1, "no task was retried while Elasticsearch was down: the fault hit nothing"
    back = time.monotonic()
    st = stack.wait_settled(120, 180, "all 120 done after Elasticsearch came back")
    recovered = time.monotonic() - back
    assert st["indexed"] == 120 and st["failed"] == 0, (st, stack.ledger.failures())
    _assert_exact(stack, 120)
    retries = stack.ledger.metrics()["counters"].get("retries", "0")
    report("Elasticsearch stopped", recovered,
           f"from ES healthy to all 120 indexed; ES away {back - stopped:.0f}s; {retries} task retries"
           f" ({retries_down} while it was down)")


def test_redis_restarted_during_a_burst_loses_nothing(stack: Stack, fault_services):
    stack.start("worker")
    stack.start("watcher")
    stack.wait_worker_ready()
    drop(stack.inbox, [(f"r/a{i:03}.txt", article_text(i, "Redis ")) for i in range(100)])
    wait_until(lambda: stack.status()["indexed"] >= 20, 120, 0.2, "some indexed")
    fault_services.stop_redis()
    stopped = time.monotonic()
    # Files dropped while Redis is away: the watcher must hold them.
    drop(stack.inbox, [(f"r/late{i:02}.txt", article_text(1000 + i, "Late ")) for i in range(20)])
    time.sleep(5)
    fault_services.start_redis()
    back = time.monotonic()
    st = stack.wait_settled(120, 180, "all 120 done after Redis came back")
    recovered = time.monotonic() - back
    assert st["indexed"] == 120 and st["failed"] == 0, (st, stack.ledger.failures())
    _assert_exact(stack, 120)
    assert stack.procs["watcher"].alive() and stack.procs["worker"].alive()
    report("Redis restarted (AOF)", recovered,
           f"from Redis up to all 120 indexed; Redis away {back - stopped:.0f}s, 20 files dropped meanwhile")


def test_files_dropped_while_the_watcher_is_down(stack: Stack):
    stack.start("worker")
    stack.start("watcher")
    stack.wait_worker_ready()
    stack.stop("watcher")
    drop(stack.inbox, [(f"down/a{i:03}.txt", article_text(i, "Down ")) for i in range(100)])
    started = time.monotonic()
    stack.start("watcher")
    st = stack.wait_settled(100, 150, "all 100 done")
    recovered = time.monotonic() - started
    assert st["indexed"] == 100 and st["failed"] == 0, st
    _assert_exact(stack, 100)
    report("watcher down, 100 dropped", recovered, "from watcher start to all 100 indexed")


LATIN1 = "Le maire a déclaré que la rénovation du café coûterait très cher, selon Hélène Dupré.\n"
UTF16 = "Naïve café owners in Zürich said the “new” rules would fail, according to Jürgen Müller.\n"
PARTIAL_HEAD = "Slow writer story\n\nThe first half of this article was written, then the writer paused. "
PARTIAL_TAIL = "The second half arrived later, and Ann Lee said it was complete.\n"


def test_hostile_corpus_mixed_with_good_files(stack: Stack, tmp_path):
    stack.start("worker")
    stack.start("watcher")
    stack.start("api")
    stack.wait_worker_ready()
    api = httpx.Client(base_url=f"http://127.0.0.1:{stack.settings.api_port}", timeout=10)
    wait_until(lambda: _answers(api), 60, 0.2, "the API")
    started = time.monotonic()

    def slow_writer() -> None:  # a file still being written: open, half, pause, rest, close
        with open(stack.inbox / "hostile" / "slow.txt", "w") as f:
            f.write(PARTIAL_HEAD)
            f.flush()
            time.sleep(3)
            f.write(PARTIAL_TAIL)

    (stack.inbox / "hostile").mkdir()
    writer = threading.Thread(target=slow_writer)
    writer.start()
    drop(stack.inbox, [(f"good/g{i:02}.txt", article_text(i, "Good ")) for i in range(50)])
    (stack.inbox / "hostile" / "empty.txt").write_bytes(b"")
    (stack.inbox / "hostile" / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + os.urandom(4096))
    with open(stack.inbox / "hostile" / "huge.txt", "wb") as f:
        f.write(b"word " * (4 * 1024 * 1024))  # 20 MB, over the 10 MB limit
    (stack.inbox / "hostile" / "latin1.txt").write_bytes(
        ("Rénovation du café\n\n" + LATIN1 * 3).encode("latin-1"))
    (stack.inbox / "hostile" / "utf16.txt").write_bytes(
        codecs.BOM_UTF16_LE + ("Zürich café rules\n\n" + UTF16).encode("utf-16-le"))
    outside = tmp_path / "outside.txt"
    outside.write_text(article_text(999, "Secret "))
    os.symlink(outside, stack.inbox / "hostile" / "link.txt")
    writer.join()
    # The watcher must take the completed version (the partial one may have been queued while
    # the writer paused); only then is "every file done" the final state.
    final_sha = hashlib.sha256((stack.inbox / "hostile" / "slow.txt").read_bytes()).hexdigest()
    wait_until(lambda: stack.ledger.seen_sha("hostile/slow.txt") == final_sha, 30, 0.1, "the complete slow file queued")

    bad = {"hostile/empty.txt": "EmptyFile", "hostile/binary.txt": "BinaryFile",
           "hostile/huge.txt": "FileTooLarge", "hostile/link.txt": "RefusedPath"}
    good = 50 + 3  # latin-1, UTF-16, the slow file
    st = stack.wait_settled(good + len(bad), 150, "every file done")
    elapsed = time.monotonic() - started
    assert st["indexed"] == good and st["failed"] == len(bad), (st, stack.ledger.failures(), stack.logs())

    failures = {f["path"]: f for f in api.get("/ingest/failures").json()}
    assert set(failures) == set(bad), failures
    for path, error in bad.items():
        assert failures[path]["error"] == error, failures[path]
        assert failures[path]["reason"] and failures[path]["stage"] and failures[path]["time"]
    assert "limit" in failures["hostile/huge.txt"]["reason"]
    assert "outside the inbox" in failures["hostile/link.txt"]["reason"]
    assert api.get("/ingest/status").json()["failed"] == len(bad)

    articles = {a["files"][0]: a for a in _assert_exact(stack, good)}
    assert "déclaré" in articles["hostile/latin1.txt"]["body"]
    assert "Hélène Dupré" in articles["hostile/latin1.txt"]["body"]
    assert "Naïve café owners in Zürich" in articles["hostile/utf16.txt"]["body"]
    assert "“new”" in articles["hostile/utf16.txt"]["body"]
    slow = articles["hostile/slow.txt"]
    assert "second half arrived later" in slow["body"], slow["body"]
    assert not any("Secret" in a["title"] for a in articles.values())

    # Retry through the API: still bad, so back in failures with a new time; nothing else moves.
    first_times = {p: f["time"] for p, f in failures.items()}
    response = api.post("/ingest/retry").json()
    assert response["queued"] == len(bad) and response["watcher_alive"] is True, response
    wait_until(lambda: (f := {x["path"]: x for x in api.get("/ingest/failures").json()}).keys() == bad.keys()
               and all(f[p]["time"] != first_times[p] for p in bad), 60, 0.5, "retried files failing again")
    # Fixed files pass on retry: give the empty one a body, then `newsroom retry-failed`.
    (stack.inbox / "hostile" / "empty.txt").write_text(article_text(4242, "Fixed "))
    wait_until(lambda: stack.ledger.state("hostile/empty.txt") == "indexed", 60, 0.5, "the fixed file indexed")
    out = subprocess.run([sys.executable, "-m", "services.cli", "retry-failed"], env=stack.env, cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and "queued 3 failed file(s) again" in out.stderr, out
    st = stack.wait_settled(good + len(bad), 60, "retries done")
    assert st["indexed"] == good + 1 and st["failed"] == 3, st

    metrics = api.get("/metrics")
    assert metrics.status_code == 200
    assert f"newsroom_documents_indexed {float(good + 1)}" in metrics.text
    assert 'newsroom_stage_duration_seconds_count{stage="nlp"}' in metrics.text
    assert "newsroom_queue_depth 0.0" in metrics.text
    report("hostile corpus (50 good + 7 hostile)", elapsed, "from first drop to every file done")


def _answers(api: httpx.Client) -> bool:
    try:
        return api.get("/health").status_code == 200
    except httpx.HTTPError:
        return False


def test_backfill_command_shows_progress_and_exits_1_on_failure(stack: Stack, tmp_path):
    """`newsroom ingest DIR` works without a watcher: it copies, queues, and waits on the ledger."""
    stack.start("worker")
    stack.wait_worker_ready()
    src = tmp_path / "archive"
    src.mkdir()
    for i in range(20):
        (src / f"b{i:02}.txt").write_text(article_text(i, "Backfill "))
    (src / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-m", "services.cli", "ingest", str(src), "--timeout", "120"],
                         env=stack.env, cwd=ROOT, capture_output=True, text=True, timeout=150)
    assert out.returncode == 1, out
    assert "archive/broken.txt" in out.stderr and "binary" in out.stderr, out.stderr
    assert "21 of 21 file(s) done, 1 failed" in out.stderr, out.stderr
    assert "files/s" in out.stderr
    st = stack.status()
    assert st["indexed"] == 20 and st["failed"] == 1, st
    _assert_exact(stack, 20)
    report("backfill 21 files (no watcher)", time.monotonic() - started, "newsroom ingest wall time")
