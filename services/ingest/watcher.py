"""`newsroom watch`: watches the inbox and queues every complete article file with its bytes.

All decisions run on one thread fed by watchdog's events, a pump for files whose writers
have gone quiet, and the scanner's findings. The scanner (services/ingest/scanner.py) runs on
a background thread: at start the backlog check, then a reconcile pass every rescan_seconds
(watchdog can miss events, and files dropped while the watcher was down must still be found).
It reads no file: it compares stat fingerprints with the ledger's and hands over only the
files that differ, so events keep being handled (a new drop is queued at once) while it runs.
A file's fingerprint is stored when it is read, unless its ctime is under RACY_NS old (an edit
in the same timestamp tick would keep it): that one is read once more by the next pass.

Never losing a file:
- Redis away: a file that cannot be queued stays in `unsent` and is sent again, with
  backoff, once Redis answers; the next pass finds it too (its ledger fingerprint is not updated).
- Retry requests (`newsroom retry-failed`, POST /ingest/retry) arrive as paths in a Redis
  list; the watcher, which holds the files, queues each again as it is now.
- Several files ready at once go in one task (up to NEWSROOM_TASK_FILES; the worker runs them
  as one batch): what each turn of the loop submits is gathered and sent at the turn's end, so
  a file alone is sent at once, never held back to fill a task.
- Stuck sweep: a file the ledger calls queued or processing while no task is waiting or
  held anywhere (queue empty, nothing unacknowledged) lost its task (say, Redis lost its last
  second of writes): it is queued again. Writes are idempotent, so a rare duplicate is safe."""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import queue
import random
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import redis
from kombu.exceptions import OperationalError
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from services.core.errors import FileTooLarge, IngestError, RefusedPath
from services.core.filerecord import fingerprint
from services.core.ledger import IngestLedger
from services.core.logs import configure_logging
from services.core.models import FileState, IngestEvent, Stage
from services.core.queue import PROCESS_FILE, PROCESS_FILES, make_celery, task_groups
from services.core.settings import Settings, get_settings

from .scanner import IGNORED_SUFFIXES, PassStats, Scanner, is_ignored

log = logging.getLogger("newsroom.watch")

# A created file with no write event after this long was moved in whole.
MOVED_IN_GRACE = 0.05
# A file written without a close event (non-inotify platforms, crashed writers) is taken once
# it has been quiet this many times the settle time.
NO_CLOSE_FACTOR = 5
# Redis (the queue and the ledger) unreachable: what sending raises.
BROKER_DOWN = (redis.RedisError, OperationalError, ConnectionError, TimeoutError)
UNSENT_BACKOFF_MAX = 15.0
# The watcher's sign of life in Redis (the CLI and API say whether a retry will be picked up).
HEARTBEAT_EVERY = 5.0
# A queued file whose task is nowhere to be found, this long after it was queued, is sent again.
STUCK_AFTER = 10.0
# A file whose ctime is younger than this when it is read gets no fingerprint yet (file systems
# stamp times with a coarse clock, 2 s on some): the next pass reads it again and trusts it then.
RACY_NS = 2_000_000_000
# The loop spends at most this long at a time on the scanner's findings, then handles events.
CHECK_SLICE = 0.05


@dataclass
class Pending:
    first: float
    last: float
    written: bool = False


class _Forward(FileSystemEventHandler):
    """Runs on watchdog's thread: only hands events over, so nothing here can raise."""

    def __init__(self, events: queue.Queue) -> None:
        self.events = events

    def on_any_event(self, event: FileSystemEvent) -> None:
        if not event.is_directory or event.event_type in ("moved", "created"):
            self.events.put((event.event_type, os.fsdecode(event.src_path), os.fsdecode(getattr(event, "dest_path", "") or ""), event.is_directory))


class InboxWatcher:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.inbox = Path(settings.inbox_dir).resolve()
        self.ledger = IngestLedger(settings)
        self.celery = make_celery(settings)
        self.events: queue.Queue = queue.Queue()
        self.pending: dict[str, Pending] = {}
        # What the scanner found changed (paths; the loop reads them), the scanner's thread.
        self.checks: collections.deque[str] = collections.deque()
        self.scanner = Scanner(self.inbox, lambda paths: self.ledger.fingerprints(paths))
        self.backlog_checked = threading.Event()
        self.last_pass: PassStats | None = None
        self._scan_thread = threading.Thread(target=self._scan_loop, name="scanner", daemon=True)
        self.unsent: set[str] = set()  # could not be queued (Redis away): sent again later
        self.broker_down_until = 0.0  # while Redis is away, don't try it on every file
        self._backoff = 0.5
        self.stopping = threading.Event()
        self.observer = Observer()
        self._next_chores = 0.0
        self._gathering = 0
        self.outbox: dict[str, dict] = {}  # gathered events by path, sent as tasks at the turn's end

    # lifecycle -------------------------------------------------------------------
    def run(self) -> None:
        self.inbox.mkdir(parents=True, exist_ok=True)
        self.observer.schedule(_Forward(self.events), str(self.inbox), recursive=True)
        self.observer.start()
        log.info("watching %s (queue %s)", self.inbox, self.settings.names.queue)
        self._scan_thread.start()
        next_sweep = time.monotonic() + self.settings.rescan_seconds
        while not self.stopping.is_set():
            try:
                with self.gathering():  # events first: sent before the scanner's findings
                    self._drain(timeout=0.05 if not self.checks else 0)
                    self._pump()
                with self.gathering():
                    self._pump_checks()
                    self._chores()
                    if time.monotonic() >= next_sweep:
                        self.sweep_stuck()
                        next_sweep = time.monotonic() + self.settings.rescan_seconds
            except Exception:  # one bad event must not stop the watcher
                log.exception("watcher loop error (continuing)")
                time.sleep(0.5)
        self.observer.stop()
        self.observer.join(timeout=5)
        self._scan_thread.join(timeout=5)
        log.info("watcher stopped")

    def _scan_loop(self) -> None:
        """The scanner's thread: the backlog check, then a reconcile pass every rescan_seconds."""
        first = True
        while not self.stopping.is_set():
            try:
                if first:
                    self.ledger.migrate()  # data of before the packed record stays readable
                stats = self.scanner.run_pass(self.checks.append)
            except Exception as exc:  # Redis away, a folder gone mid-walk: try again soon
                log.warning("inbox pass failed (%s: %s): trying again", type(exc).__name__, exc)
                self.stopping.wait(2.0)
                continue
            if first:
                log.info("backlog checked: %s", stats)
                self.backlog_checked.set()
                first = False
            else:
                log.info("reconcile pass: %s", stats)
            self.last_pass = stats
            self.stopping.wait(self.settings.rescan_seconds)

    def _pump_checks(self) -> None:
        """Take what the scanner found, a slice of time at a time (events come first)."""
        deadline = time.monotonic() + CHECK_SLICE
        while self.checks and time.monotonic() < deadline:
            try:
                self._check(self.checks.popleft())
            except Exception:
                log.exception("error checking a file (continuing)")

    def _check(self, rel: str) -> bool:
        """A file the scanner found different from the ledger: queue it (if its bytes changed)
        unless a writer may still be at it."""
        if rel in self.pending or is_ignored(rel):
            return False
        path = self.inbox / rel
        try:
            st = path.lstat()
        except OSError:
            return False
        if st.st_mtime > time.time() - self.settings.settle_seconds:
            # maybe still being written: its close event, or the pump, takes it
            now = time.monotonic()
            self.pending.setdefault(rel, Pending(now, now, written=True))
            return False
        return self.submit(path)

    def stop(self) -> None:
        self.stopping.set()

    # events --------------------------------------------------------------------
    def _drain(self, timeout: float) -> None:
        try:
            item = self.events.get(timeout=timeout)
        except queue.Empty:
            return
        while True:
            try:
                self._on_event(*item)
            except Exception:
                log.exception("error handling %s", item)
            try:
                item = self.events.get_nowait()
            except queue.Empty:
                return

    def _on_event(self, kind: str, src: str, dest: str, is_dir: bool) -> None:
        now = time.monotonic()
        if kind == "moved":
            # rsync and editors write a hidden temp file and rename it: complete at once.
            if is_dir:
                self.scan(Path(dest))
            elif self._inside(dest):
                self.pending.pop(self._rel(dest), None)
                self.submit(Path(dest))
            return
        if is_dir:  # a folder moved in from outside arrives as "created"
            self.scan(Path(src))
            return
        rel = self._rel(src)
        if rel is None or is_ignored(rel):
            return
        if kind == "created":
            self.pending.setdefault(rel, Pending(now, now))
        elif kind == "modified":
            p = self.pending.setdefault(rel, Pending(now, now))
            p.last, p.written = now, True
        elif kind == "closed":  # closed after writing: the writer is done
            self.pending.pop(rel, None)
            self.submit(Path(src))
        elif kind == "attrib" and rel not in self.pending and self.ledger.state(rel) == FileState.failed:
            # install(1) and some copiers set the mode after closing: a file that could not be
            # read at its close event gets its chance when it becomes readable
            self.submit(Path(src))

    def _pump(self) -> None:
        now = time.monotonic()
        for rel, p in list(self.pending.items()):
            path = self.inbox / rel
            if not path.exists():
                self.pending.pop(rel, None)
            elif not p.written and now - p.first >= MOVED_IN_GRACE:
                # created and never written: moved in from outside the tree (or empty)
                self.pending.pop(rel, None)
                if path.stat().st_size > 0 or now - p.first >= self.settings.settle_seconds:
                    self.submit(path)
                else:
                    self.pending[rel] = p  # an empty new file: give its writer time
            elif p.written and now - p.last >= self.settings.settle_seconds * NO_CLOSE_FACTOR:
                self.pending.pop(rel, None)
                self.submit(path)

    def _chores(self) -> None:
        """About once a second: resend what Redis refused, take retry requests, heartbeat."""
        now = time.monotonic()
        if now < self._next_chores:
            return
        self._next_chores = now + 1.0
        self.resend_unsent()
        if self.broker_down():
            return
        try:
            self.ledger.watcher_heartbeat(ttl=HEARTBEAT_EVERY * 3)
            for rel in self.ledger.take_retry_requests():
                log.info("retry requested for %s", rel)
                if not self._exists(rel):
                    self.ledger.forget(rel)  # the failed file is gone: nothing to retry
                elif (
                    not self.submit(self.inbox / rel, force=True)
                    and rel not in self.unsent
                    and self.ledger.state(rel) is FileState.queued
                ):
                    self.ledger.forget(rel)  # not a file any more: nothing to retry
        except BROKER_DOWN as exc:
            self._broker_down(exc)

    def broker_down(self) -> bool:
        """Redis refused us a moment ago: don't try it again until the backoff has passed."""
        return time.monotonic() < self.broker_down_until

    def resend_unsent(self) -> int:
        """Send again the files Redis refused, unless it is still in backoff (it stops at the
        first new refusal). Returns how many were sent."""
        sent = 0
        for rel in sorted(self.unsent):
            if self.broker_down():
                break
            self.unsent.discard(rel)
            sent += self.submit(self.inbox / rel, force=True)
        return sent

    def _exists(self, rel: str) -> bool:
        return os.path.lexists(self.inbox / rel)

    def sweep_stuck(self) -> int:
        """Queue again files whose task is lost: queued/processing, yet nothing is waiting in
        the queue, held unacknowledged by a worker, or waiting as a retry request."""
        if self.broker_down():
            return 0
        try:
            if self.ledger.queue_depth() or self.ledger.unacked_count() or self.ledger.retry_backlog():
                return 0
            counts = self.ledger.status()
            if not counts.queued and not counts.processing:
                return 0  # nothing to look for: no scan over every file's record
            stuck = self.ledger.files_in(FileState.queued, FileState.processing)
            resent = 0
            for rel in stuck:
                queued_at = self.ledger.queued_at(rel) or 0.0
                if time.time() - queued_at < STUCK_AFTER:
                    continue
                if not self._exists(rel):
                    self.ledger.forget(rel)
                    continue
                log.warning("re-queueing %s: its task was lost", rel)
                resent += self.submit(self.inbox / rel, force=True)
            return resent
        except BROKER_DOWN as exc:
            self._broker_down(exc)
            return 0

    def _broker_down(self, exc: BaseException) -> None:
        if self._backoff <= 0.5:
            log.warning("Redis unreachable (%s: %s): holding files until it answers", type(exc).__name__, exc)
        delay = random.uniform(self._backoff / 2, self._backoff)
        self.broker_down_until = time.monotonic() + delay
        self._backoff = min(UNSENT_BACKOFF_MAX, self._backoff * 2)

    def _broker_up(self) -> None:
        if self._backoff > 0.5:
            log.info("Redis answers again: sending %d held files", len(self.unsent))
        self._backoff = 0.5

    # scanning ------------------------------------------------------------------
    def scan(self, root: Path | None = None) -> int:
        """Queue every file (of the inbox, or a folder moved into it) not yet queued in its
        current form, now, on this thread; returns how many."""
        found: list[str] = []
        self.scanner.run_pass(found.append, root)
        return sum(self._check(rel) for rel in found)

    # submitting ----------------------------------------------------------------
    def submit(self, path: Path, force: bool = False) -> bool:
        """Queue one file with its bytes. `force` sends it even if the ledger already has this
        version (a retry, a lost task). Returns True if a task was sent."""
        rel = self._rel(str(path))
        if rel is None or is_ignored(rel):
            return False
        if self.broker_down():
            self.unsent.add(rel)  # Redis is away: held, sent when it answers
            return False
        try:
            return self._submit(path, rel, force)
        except BROKER_DOWN as exc:
            self.unsent.add(rel)
            self._broker_down(exc)
            return False

    def _submit(self, path: Path, rel: str, force: bool) -> bool:
        try:
            read = self._read(path, rel)
        except IngestError as exc:
            return self._refuse(rel, exc)
        if read is None:
            return False
        data, mtime, fp = read
        event = IngestEvent.from_bytes(rel, data, mtime)
        if not force and self.ledger.seen_sha(rel) == event.sha256 and self.ledger.state(rel) is not None:
            log.debug("unchanged %s", rel)
            self.ledger.remember_stat(rel, fp)  # known unchanged from now on without reading
            self._broker_up()
            return False
        self.ledger.mark_queued(rel, event.sha256, fp)
        payload = event.model_dump(mode="json")
        if not self._gathering:
            self._send([payload])
            return True
        self.outbox.pop(rel, None)  # a newer read of the same file replaces the gathered one
        self.outbox[rel] = payload
        if len(self.outbox) >= self.settings.task_files:
            self.flush()
        return True

    @contextlib.contextmanager
    def gathering(self) -> Iterator[None]:
        """Files submitted inside are sent together when it ends (a task's worth at once as
        soon as it is ready), instead of one task each."""
        self._gathering += 1
        try:
            yield
        finally:
            self._gathering -= 1
            if not self._gathering:
                self.flush()

    def flush(self) -> int:
        """Send the gathered files as the fewest tasks of at most task_files each. Redis away:
        the rest are held in `unsent`, like a file that could not be submitted. Returns how many
        files were sent."""
        ready, self.outbox = list(self.outbox.values()), {}
        sent = 0
        groups = task_groups(ready, self.settings.task_files)
        for i, group in enumerate(groups):
            try:
                self._send(group)
            except BROKER_DOWN as exc:
                self.unsent.update(ev["path"] for rest in groups[i:] for ev in rest)
                self._broker_down(exc)
                break
            sent += len(group)
        return sent

    def _send(self, group: list[dict]) -> None:
        """One task: a file alone as the single-file task (workers of any version take it)."""
        queue_name = self.settings.names.queue
        if len(group) == 1:
            self.celery.send_task(PROCESS_FILE, args=[group[0]], queue=queue_name)
        else:
            self.celery.send_task(PROCESS_FILES, args=[group], queue=queue_name)
        self._broker_up()
        for ev in group:
            log.info("queued %s (%d bytes)%s", ev["path"], ev["size"], f" in a task of {len(group)}" if len(group) > 1 else "")

    def _read(self, path: Path, rel: str) -> tuple[bytes, float, bytes | None] | None:
        """The file's bytes, mtime and stat fingerprint (None while racy); None if it is gone
        or not a file; IngestError (a FileTooLarge, a RefusedPath, an unreadable file) if it
        cannot be queued."""
        try:
            st = path.lstat()
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(self.inbox):
                    raise RefusedPath(Stage.read, f"symlink points outside the inbox (to {target}); copy the file in instead")
                st = target.stat()
            if not Path(path).is_file():
                return None
            if st.st_size > self.settings.max_file_bytes:
                raise FileTooLarge(Stage.read, f"file is {st.st_size:,} bytes, over the {self.settings.max_file_bytes:,}-byte limit (NEWSROOM_MAX_FILE_BYTES)")
            return path.read_bytes(), st.st_mtime, trusted_fingerprint(st)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise IngestError(Stage.read, f"cannot read the file: {exc.strerror or exc}", type(exc).__name__) from exc

    def _refuse(self, rel: str, exc: IngestError) -> bool:
        """A file that cannot be queued gets a failure record (once per reason). Redis away
        here propagates to submit(), which holds the file."""
        if self.ledger.state(rel) is FileState.failed and (old := self.ledger.failure(rel)) and old.reason == exc.reason:
            return False  # already recorded (the periodic scan finds it again)
        self.ledger.record_failure(exc.record(rel))
        with contextlib.suppress(OSError):  # not read again until it changes (chmod moves ctime)
            self.ledger.remember_stat(rel, trusted_fingerprint(os.stat(self.inbox / rel)))
        log.warning("failed %s: %s", rel, exc.reason)
        return False

    def _inside(self, path: str) -> bool:
        return self._rel(path) is not None

    def _rel(self, path: str) -> str | None:
        p = Path(path)
        if not p.is_absolute():
            p = self.inbox / p
        try:
            return p.parent.resolve().joinpath(p.name).relative_to(self.inbox).as_posix()
        except ValueError:
            return None


def trusted_fingerprint(st: os.stat_result) -> bytes | None:
    """The stat fingerprint to store for a file read now: None while its ctime is so recent
    that an edit in the same timestamp tick could leave size, mtime and ctime as they are."""
    return fingerprint(st) if time.time_ns() - st.st_ctime_ns >= RACY_NS else None


def run_watcher() -> None:
    configure_logging("INFO")
    watcher = InboxWatcher(get_settings())
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: watcher.stop())
    watcher.run()


__all__ = ["IGNORED_SUFFIXES", "FileState", "InboxWatcher", "is_ignored", "run_watcher"]
