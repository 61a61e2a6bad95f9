"""The watcher's ignore rules and limits, and that it never loses a file while Redis is away.
No Redis here: the ledger and the Celery app are stand-ins."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import redis

from services.core.models import FailureRecord, FileState
from services.core.queue import PROCESS_FILE, PROCESS_FILES, task_groups
from services.core.settings import Settings
from services.ingest.watcher import InboxWatcher, is_ignored


@pytest.mark.parametrize(
    "rel",
    [".hidden.txt", "dir/.rsync-tmp.XYZ", ".git/objects/x", "a.txt~", "a.txt.part", "a.TMP", "a.swp",
     "report.crdownload", "#autosave#", "x.partial", "x.download"],
)
def test_temporary_and_hidden_files_are_ignored(rel):
    assert is_ignored(rel)


@pytest.mark.parametrize("rel", ["a.txt", "dir/b.md", "2024/05/story.txt", "no-suffix", "a.part.txt"])
def test_articles_are_not_ignored(rel):
    assert not is_ignored(rel)


class FakeLedger:
    def __init__(self) -> None:
        self.sha: dict[str, str] = {}
        self.state_of: dict[str, FileState] = {}
        self.failed: dict[str, FailureRecord] = {}
        self.fp: dict[str, bytes | None] = {}
        self.down = False

    def _check(self) -> None:
        if self.down:
            raise redis.ConnectionError("Connection refused")

    def seen_sha(self, path):
        self._check()
        return self.sha.get(path)

    def state(self, path):
        self._check()
        return self.state_of.get(path)

    def mark_queued(self, path, sha, stat=None):
        self._check()
        self.sha[path] = sha
        self.state_of[path] = FileState.queued
        self.fp[path] = stat

    def fingerprints(self, paths):
        self._check()
        return [self.fp.get(p) for p in paths]

    def remember_stat(self, path, stat):
        self._check()
        if path in self.state_of:
            self.fp[path] = stat

    def record_failure(self, record):
        self._check()
        self.failed[record.path] = record
        self.state_of[record.path] = FileState.failed

    def failure(self, path):
        return self.failed.get(path)

    def watcher_heartbeat(self, ttl):
        self._check()

    def take_retry_requests(self):
        self._check()
        return []


class FakeCelery:
    def __init__(self, ledger: FakeLedger) -> None:
        self.sent: list[dict] = []  # every file's event, in the order sent
        self.tasks: list[list[str]] = []  # the paths of each task
        self.ledger = ledger

    def send_task(self, name, args, queue):
        self.ledger._check()
        events = args[0] if name == PROCESS_FILES else [args[0]]
        assert name in (PROCESS_FILES, PROCESS_FILE)
        assert (name == PROCESS_FILES) == (len(events) > 1), "a file alone goes as the single-file task"
        self.sent.extend(events)
        self.tasks.append([e["path"] for e in events])


@pytest.fixture
def watcher(tmp_path: Path) -> InboxWatcher:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    w = InboxWatcher(Settings(inbox_dir=inbox, max_file_bytes=1000, index_prefix="unit"))
    w.ledger = FakeLedger()
    w.celery = FakeCelery(w.ledger)
    return w


def test_a_file_is_queued_with_its_bytes(watcher):
    (watcher.inbox / "a.txt").write_text("Hello world.")
    assert watcher.submit(watcher.inbox / "a.txt")
    (event,) = watcher.celery.sent
    assert event["path"] == "a.txt" and event["size"] == 12
    assert not watcher.submit(watcher.inbox / "a.txt"), "an unchanged file is not queued twice"
    assert watcher.submit(watcher.inbox / "a.txt", force=True)


def test_too_large_is_a_failure_with_a_reason(watcher):
    (watcher.inbox / "big.txt").write_bytes(b"x" * 1001)
    assert not watcher.submit(watcher.inbox / "big.txt")
    record = watcher.ledger.failed["big.txt"]
    assert record.error == "FileTooLarge" and "1,001 bytes" in record.reason and "1,000-byte limit" in record.reason
    assert not watcher.celery.sent


def test_symlink_out_of_the_inbox_is_refused(watcher, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("private")
    os.symlink(outside, watcher.inbox / "link.txt")
    assert not watcher.submit(watcher.inbox / "link.txt")
    record = watcher.ledger.failed["link.txt"]
    assert record.error == "RefusedPath" and "outside the inbox" in record.reason
    assert not watcher.celery.sent


def test_symlink_inside_the_inbox_is_followed(watcher):
    (watcher.inbox / "real.txt").write_text("Real article.")
    os.symlink(watcher.inbox / "real.txt", watcher.inbox / "alias.txt")
    assert watcher.submit(watcher.inbox / "alias.txt")
    assert watcher.celery.sent[0]["path"] == "alias.txt"


def test_ignored_and_outside_paths_are_never_queued(watcher, tmp_path):
    (watcher.inbox / ".tmp.txt").write_text("x")
    (tmp_path / "elsewhere.txt").write_text("x")
    assert not watcher.submit(watcher.inbox / ".tmp.txt")
    assert not watcher.submit(tmp_path / "elsewhere.txt")
    assert not watcher.celery.sent and not watcher.ledger.failed


def test_scan_skips_files_still_being_written(watcher):
    (watcher.inbox / "old.txt").write_text("Old article.")
    past = os.path.getmtime(watcher.inbox / "old.txt") - 60
    os.utime(watcher.inbox / "old.txt", (past, past))
    (watcher.inbox / "fresh.txt").write_text("Just written.")
    assert watcher.scan() == 1
    assert [e["path"] for e in watcher.celery.sent] == ["old.txt"]
    assert "fresh.txt" in watcher.pending  # the pump or its close event takes it


def test_redis_away_holds_files_and_sends_them_later(watcher, monkeypatch):
    for i in range(3):
        (watcher.inbox / f"a{i}.txt").write_text(f"Article {i}.")
    watcher.ledger.down = True
    for i in range(3):
        assert not watcher.submit(watcher.inbox / f"a{i}.txt")
    assert watcher.unsent == {"a0.txt", "a1.txt", "a2.txt"}
    watcher.broker_down_until = 0
    watcher._chores()  # still down: held, nothing lost
    assert not watcher.celery.sent and len(watcher.unsent) == 3
    watcher.ledger.down = False
    watcher.broker_down_until = 0
    watcher._next_chores = 0
    watcher._chores()
    assert sorted(e["path"] for e in watcher.celery.sent) == ["a0.txt", "a1.txt", "a2.txt"]
    assert not watcher.unsent


def test_queued_but_not_sent_is_sent_again(watcher):
    """Redis dropped between marking the file queued and sending its task."""
    (watcher.inbox / "a.txt").write_text("Article.")
    calls = {"n": 0}
    real = watcher.celery.send_task

    def flaky(name, args, queue):
        calls["n"] += 1
        if calls["n"] == 1:
            raise redis.ConnectionError("gone")
        real(name, args, queue)

    watcher.celery.send_task = flaky
    assert not watcher.submit(watcher.inbox / "a.txt")
    assert watcher.ledger.state_of["a.txt"] is FileState.queued and "a.txt" in watcher.unsent
    watcher.broker_down_until = 0
    watcher._chores()
    assert [e["path"] for e in watcher.celery.sent] == ["a.txt"]


def test_task_groups_are_few_and_even():
    events = [{"path": str(i)} for i in range(11)]
    assert [len(g) for g in task_groups(events, 8)] == [6, 5]
    assert [len(g) for g in task_groups(events, 1)] == [1] * 11
    assert [len(g) for g in task_groups(events[:3], 8)] == [3]
    assert [len(g) for g in task_groups(events * 2, 8)] == [8, 7, 7]
    assert [e for g in task_groups(events, 4) for e in g] == events, "every event once, in order"
    assert task_groups([], 8) == []


def _files(watcher, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        (watcher.inbox / f"f{i:02}.txt").write_text(f"Article {i}.")
        paths.append(watcher.inbox / f"f{i:02}.txt")
    return paths


def test_files_ready_together_go_in_few_tasks(watcher):
    watcher.settings.task_files = 4
    paths = _files(watcher, 10)
    with watcher.gathering():
        for path in paths[:4]:
            assert watcher.submit(path)
        assert watcher.celery.tasks == [[f"f{i:02}.txt" for i in range(4)]], "a full task goes at once"
        for path in paths[4:]:
            assert watcher.submit(path)
    assert [len(t) for t in watcher.celery.tasks] == [4, 4, 2]
    assert sorted(e["path"] for e in watcher.celery.sent) == [f"f{i:02}.txt" for i in range(10)]
    assert not watcher.outbox


def test_a_file_alone_is_sent_at_the_end_of_its_turn_as_a_single_file_task(watcher):
    (path,) = _files(watcher, 1)
    with watcher.gathering():
        assert watcher.submit(path)
    assert watcher.celery.tasks == [["f00.txt"]]


def test_a_file_submitted_twice_in_one_turn_is_sent_once_as_read_last(watcher):
    (path,) = _files(watcher, 1)
    with watcher.gathering():
        assert watcher.submit(path)
        path.write_text("Changed.")
        assert watcher.submit(path, force=True)
    (event,) = watcher.celery.sent
    assert event["size"] == len("Changed.")


def test_task_files_one_sends_a_task_per_file(watcher):
    watcher.settings.task_files = 1
    with watcher.gathering():
        for path in _files(watcher, 3):
            watcher.submit(path)
    assert watcher.celery.tasks == [["f00.txt"], ["f01.txt"], ["f02.txt"]]


def test_redis_away_when_a_gathered_task_is_sent_holds_its_files(watcher):
    paths = _files(watcher, 3)
    with watcher.gathering():
        for path in paths:
            assert watcher.submit(path)
        watcher.ledger.down = True
    assert not watcher.celery.sent and watcher.unsent == {"f00.txt", "f01.txt", "f02.txt"}
    watcher.ledger.down = False
    watcher.broker_down_until = 0
    watcher._chores()
    assert sorted(e["path"] for e in watcher.celery.sent) == ["f00.txt", "f01.txt", "f02.txt"]
    assert not watcher.unsent
