"""`newsroom ingest DIR`: backfill a folder with a progress bar (files/s, ETA, failures).

Files are copied into the inbox under a hidden name and renamed into place (the watcher
never sees half a file), then queued by the same code the watcher runs, so a backfill also
works when no watcher is running (a running watcher finds them already queued and skips
them). Progress is read from the ledger, the source of truth: a file counts once its state
is indexed, duplicate or failed for the bytes copied."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from services.core.ledger import TERMINAL, IngestLedger
from services.core.models import FileState
from services.core.settings import Settings, get_settings

from .watcher import InboxWatcher, is_ignored


class RateColumn(ProgressColumn):
    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} files/s" if speed else "- files/s", style="progress.data.speed")


def source_files(directory: Path) -> list[Path]:
    files = []
    for dirpath, dirnames, filenames in os.walk(directory):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if not is_ignored(path.relative_to(directory).as_posix()) and path.is_file():
                files.append(path)
    return files


def copy_in(src: Path, dest: Path) -> None:
    """Copy atomically: a hidden temp file in the same folder, then a rename."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.part")
    shutil.copyfile(src, tmp)
    os.replace(tmp, dest)


def backfill(directory: Path, into: str | None = None, timeout: float | None = None,
             settings: Settings | None = None, console: Console | None = None) -> int:
    settings = settings or get_settings()
    console = console or Console(stderr=True)
    directory = directory.resolve()
    inbox = Path(settings.inbox_dir).resolve()
    if directory.is_relative_to(inbox):
        base, target = directory, directory  # already in the inbox: queue in place
    else:
        target = inbox / (into or directory.name)
        base = directory
    files = source_files(directory)
    if not files:
        console.print(f"no article files in {directory}")
        return 0
    watcher = InboxWatcher(settings)
    ledger: IngestLedger = watcher.ledger
    expected: dict[str, str] = {}  # inbox path -> sha256 of the bytes we put there
    failures: dict[str, str] = {}
    columns = (
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
        RateColumn(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
        TextColumn("[red]{task.fields[failed]} failed"),
    )
    deadline = time.monotonic() + timeout if timeout else None
    started = datetime.now(UTC) - timedelta(seconds=1)
    with Progress(*columns, console=console, transient=False) as progress:
        copying = progress.add_task("queue", total=len(files), failed=0)
        with watcher.gathering():  # a task per NEWSROOM_TASK_FILES files, as the watcher sends
            for src in files:
                dest = target / src.relative_to(base)
                if dest != src:
                    copy_in(src, dest)
                rel = dest.relative_to(inbox).as_posix()
                expected[rel] = hashlib.sha256(dest.read_bytes()).hexdigest()
                watcher.submit(dest)
                progress.advance(copying)
        progress.remove_task(copying)
        done_task = progress.add_task("ingest", total=len(expected), failed=0)
        waiting = dict(expected)
        while waiting:
            watcher.resend_unsent()  # what Redis refused while it was away
            paths = list(waiting)
            try:
                states = ledger.states(paths)
                shas = ledger.shas(paths)
            except Exception as exc:  # Redis away: keep waiting, say so
                progress.console.print(f"[yellow]ledger unreachable ({exc}); waiting")
                time.sleep(2)
                continue
            for rel, state, sha in zip(paths, states, shas, strict=True):
                if state not in TERMINAL:
                    continue
                record = ledger.failure(rel) if state is FileState.failed else None
                # A file refused before it was queued (too large, ...) has no sha of its own.
                if sha != waiting[rel] and not (record and record.time >= started):
                    continue
                del waiting[rel]
                if state is FileState.failed:
                    failures[rel] = record.reason if record else "failed"
                progress.update(done_task, advance=1, failed=len(failures))
            if deadline and time.monotonic() > deadline:
                progress.console.print(f"[red]gave up after {timeout:.0f}s: {len(waiting)} file(s) not done")
                break
            if waiting:
                time.sleep(0.25)
    for rel, reason in sorted(failures.items()):
        console.print(f"[red]failed[/] {rel}: {reason}")
    done = len(expected) - len(waiting)
    console.print(f"{done} of {len(expected)} file(s) done, {len(failures)} failed")
    return 1 if failures or waiting else 0
