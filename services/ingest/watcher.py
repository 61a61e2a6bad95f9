"""`newsroom watch`: watches the inbox and queues every complete article file with its bytes.

All decisions run on one thread fed by watchdog's events, a pump for files whose writers
have gone quiet, and a periodic reconcile scan (watchdog can miss events, and files dropped
while the watcher was down must still be found)."""

from __future__ import annotations

import logging
import os
import queue
import signal
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from services.core.ledger import IngestLedger
from services.core.logs import configure_logging
from services.core.models import FailureRecord, FileState, IngestEvent, Stage
from services.core.queue import PROCESS_FILE, make_celery
from services.core.settings import Settings, get_settings

log = logging.getLogger("newsroom.watch")

IGNORED_SUFFIXES = (".part", ".tmp", ".temp", ".crdownload", ".swp", ".swx", ".partial", ".download")
# A created file with no write event after this long was moved in whole.
MOVED_IN_GRACE = 0.05
# A file written without a close event (non-inotify platforms, crashed writers) is taken once
# it has been quiet this many times the settle time.
NO_CLOSE_FACTOR = 5


def is_ignored(rel: str) -> bool:
    """Hidden, temporary and partial files are never articles."""
    parts = Path(rel).parts
    name = parts[-1] if parts else rel
    return (
        any(p.startswith(".") for p in parts)
        or name.endswith("~")
        or name.lower().endswith(IGNORED_SUFFIXES)
        or (name.startswith("#") and name.endswith("#"))
    )


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
        self.scanned: dict[str, tuple[int, int]] = {}  # rel -> (size, mtime_ns) last submitted
        self.stopping = threading.Event()
        self.observer = Observer()

    # lifecycle -------------------------------------------------------------------
    def run(self) -> None:
        self.inbox.mkdir(parents=True, exist_ok=True)
        self.observer.schedule(_Forward(self.events), str(self.inbox), recursive=True)
        self.observer.start()
        log.info("watching %s (queue %s)", self.inbox, self.settings.queue_name)
        self.scan()
        next_scan = time.monotonic() + self.settings.rescan_seconds
        while not self.stopping.is_set():
            try:
                self._drain(timeout=0.05)
                self._pump()
                if time.monotonic() >= next_scan:
                    self.scan()
                    next_scan = time.monotonic() + self.settings.rescan_seconds
            except Exception:  # one bad event must not stop the watcher
                log.exception("watcher loop error (continuing)")
                time.sleep(0.5)
        self.observer.stop()
        self.observer.join(timeout=5)
        log.info("watcher stopped")

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

    # scanning ------------------------------------------------------------------
    def scan(self, root: Path | None = None) -> int:
        """Queue every file not yet queued in its current form; returns how many."""
        queued = 0
        quiet_before = time.time() - self.settings.settle_seconds
        for dirpath, dirnames, filenames in os.walk(root or self.inbox, followlinks=False):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                path = Path(dirpath) / name
                rel = self._rel(str(path))
                if rel is None or is_ignored(rel) or rel in self.pending:
                    continue
                try:
                    st = path.lstat()
                except OSError:
                    continue
                if self.scanned.get(rel) == (st.st_size, st.st_mtime_ns):
                    continue
                if st.st_mtime > quiet_before:
                    # maybe still being written: its close event, or the pump, takes it
                    now = time.monotonic()
                    self.pending.setdefault(rel, Pending(now, now, written=True))
                    continue
                queued += self.submit(path)
        return queued

    # submitting ----------------------------------------------------------------
    def submit(self, path: Path) -> bool:
        rel = self._rel(str(path))
        if rel is None or is_ignored(rel):
            return False
        try:
            st = path.lstat()
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(self.inbox):
                    return self._refuse(rel, Stage.read, "RefusedPath", f"symlink points outside the inbox (to {target}); copy the file in instead")
                st = target.stat()
            if not Path(path).is_file():
                return False
            self.scanned[rel] = (st.st_size, st.st_mtime_ns)
            if st.st_size > self.settings.max_file_bytes:
                return self._refuse(rel, Stage.read, "FileTooLarge", f"file is {st.st_size:,} bytes, over the {self.settings.max_file_bytes:,}-byte limit (NEWSROOM_MAX_FILE_BYTES)")
            data = path.read_bytes()
        except FileNotFoundError:
            return False
        except OSError as exc:
            return self._refuse(rel, Stage.read, type(exc).__name__, f"cannot read the file: {exc.strerror or exc}")
        event = IngestEvent.from_bytes(rel, data, st.st_mtime)
        if self.ledger.seen_sha(rel) == event.sha256 and self.ledger.state(rel) is not None:
            log.debug("unchanged %s", rel)
            return False
        self.ledger.mark_queued(rel, event.sha256)
        self.celery.send_task(PROCESS_FILE, args=[event.model_dump(mode="json")], queue=self.settings.queue_name)
        log.info("queued %s (%d bytes)", rel, event.size)
        return True

    def _refuse(self, rel: str, stage: Stage, error: str, reason: str) -> bool:
        self.ledger.record_failure(FailureRecord(path=rel, stage=stage, error=error, reason=reason))
        log.warning("failed %s: %s", rel, reason)
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


def run_watcher() -> None:
    configure_logging("INFO")
    watcher = InboxWatcher(get_settings())
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: watcher.stop())
    watcher.run()


__all__ = ["FileState", "InboxWatcher", "is_ignored", "run_watcher"]
