"""A watcher restart over a known inbox: the real ledger in Redis, the watcher in this process
(its reads counted), a stand-in for Celery. What changed is queued; what did not is not read;
an edit that keeps size and mtime is still seen (its ctime moved). Then, with real processes,
the edited file is re-indexed after a restart."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from services.core.models import FileState
from services.core.settings import Settings
from services.ingest import watcher as watcher_module
from services.ingest.watcher import InboxWatcher
from tests.harness import wait_until
from tests.integration.test_e2e import SEED, E2EStack, stack  # noqa: F401 (the fixture)

pytestmark = pytest.mark.integration
RACY_S = 0.3


class Sent:
    def __init__(self) -> None:
        self.paths: list[str] = []

    def send_task(self, name, args, queue):
        events = args[0] if isinstance(args[0], list) else [args[0]]  # a task of several files
        self.paths.extend(e["path"] for e in events)


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """Every file the watcher opens for its bytes."""
    seen: list[str] = []
    real = Path.read_bytes

    def counting(self: Path) -> bytes:
        seen.append(self.name)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    monkeypatch.setattr(watcher_module, "RACY_NS", int(RACY_S * 1e9))  # not 2 s: a quick test
    return seen


def watcher_for(settings: Settings) -> InboxWatcher:
    w = InboxWatcher(settings)
    w.celery = Sent()
    return w


def start(w: InboxWatcher) -> threading.Thread:
    t = threading.Thread(target=w.run, daemon=True)
    t.start()
    assert w.backlog_checked.wait(20), "backlog check did not finish"
    return t


def stop(w: InboxWatcher, t: threading.Thread) -> None:
    w.stop()
    t.join(10)


def indexed(w: InboxWatcher, *paths: str) -> None:
    """What a worker would do: the queued file becomes indexed."""
    for p in paths:
        w.ledger.settle(p, f"article-of-{p}", FileState.indexed)


def write_old(path: Path, text: str) -> None:
    path.write_text(text)
    past = time.time() - 120
    os.utime(path, (past, past))  # not "maybe still being written"


def test_restart_reads_only_changed_files_and_sees_a_same_size_edit(stack_settings: Settings, tmp_path, reads):
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    settings = stack_settings.model_copy(update={"inbox_dir": inbox, "rescan_seconds": 3600, "settle_seconds": 0.2})
    write_old(inbox / "a.txt", "Alpha said the port reopened.")
    write_old(inbox / "sub" / "b.txt", "Bravo said the road is shut.")
    write_old(inbox / "c.txt", "Charlie said nothing at all.")
    time.sleep(RACY_S + 0.05)  # their ctimes are past the racy window

    w = watcher_for(settings)
    t = start(w)
    wait_until(lambda: len(w.celery.paths) == 3, 10, 0.05, "three files queued")
    stop(w, t)
    indexed(w, "a.txt", "sub/b.txt", "c.txt")
    assert sorted(reads) == ["a.txt", "b.txt", "c.txt"]

    # While the watcher is down: a.txt is edited keeping its size, its mtime put back;
    # c.txt is touched (a new mtime, the same bytes); b.txt is left alone.
    a = inbox / "a.txt"
    before = a.stat()
    a.write_text("Alpha said the port is closed")
    a.write_text("Alpha said the port is shut..")
    os.utime(a, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = a.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    os.utime(inbox / "c.txt")
    time.sleep(RACY_S + 0.05)
    reads.clear()

    w = watcher_for(settings)
    t = start(w)
    wait_until(lambda: not w.checks and w.celery.paths, 10, 0.05, "the changed file queued")
    time.sleep(0.3)
    stop(w, t)
    assert w.celery.paths == ["a.txt"], "the same-size edit is queued, nothing else"
    assert sorted(reads) == ["a.txt", "c.txt"], "b.txt is not read; touched c.txt is read once"
    assert w.ledger.seen_sha("a.txt") is not None and w.ledger.state("a.txt") is FileState.queued
    assert w.last_pass.files == 3 and w.last_pass.changed == 2
    indexed(w, "a.txt")
    reads.clear()

    # Another restart: nothing is read at all (c.txt's new stat was remembered).
    w = watcher_for(settings)
    t = start(w)
    time.sleep(0.3)
    stop(w, t)
    assert reads == [] and w.celery.paths == [] and w.last_pass.changed == 0


def test_a_racy_file_is_read_again_by_the_next_pass_then_trusted(stack_settings: Settings, tmp_path, reads):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    settings = stack_settings.model_copy(update={"inbox_dir": inbox, "rescan_seconds": 0.5, "settle_seconds": 0.2})
    w = watcher_for(settings)
    t = start(w)
    try:
        write_old(inbox / "new.txt", "Delta said the bridge fell.")  # ctime now: racy when read
        wait_until(lambda: w.celery.paths == ["new.txt"], 5, 0.02, "new.txt queued")
        assert w.ledger.fingerprints(["new.txt"]) == [None], "not trusted yet"
        wait_until(lambda: w.ledger.fingerprints(["new.txt"]) != [None], 5, 0.05, "fingerprint trusted")
        assert reads == ["new.txt", "new.txt"] and w.celery.paths == ["new.txt"]
        reads.clear()
        time.sleep(1.2)  # two more passes
        assert reads == []
    finally:
        stop(w, t)


@pytest.mark.e2e
def test_a_same_size_edit_made_while_the_watcher_was_down_is_reindexed(stack: E2EStack):  # noqa: F811
    inbox = stack.settings.inbox_dir
    text = SEED.read_text()
    path = inbox / "story.txt"
    path.write_text(text)
    stack.wait_searchable("Khmeimim")
    # Its fingerprint is trusted once its ctime is past the racy window (the next pass).
    wait_until(lambda: stack.ledger.fingerprints(["story.txt"]) != [None], 30, 0.2, "fingerprint stored")
    stack.stop("watcher")
    before = path.stat()
    edited = text.replace("Khmeimim", "Hmeymeem")  # the same length
    assert len(edited) == len(text) and edited != text
    path.write_text(edited)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    stack.start("watcher")
    stack.wait_searchable("Hmeymeem")
    wait_until(lambda: stack.get("/search", q="Khmeimim")["total"] == 0, 30, 0.2, "the old version gone")
    assert "backlog checked: 1 files" in stack.procs["watcher"].log()
