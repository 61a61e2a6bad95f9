"""Which inbox files differ from what the ledger remembers, found without reading any.

The backlog check (when the watcher starts) and the reconcile (every `rescan_seconds`, for
events watchdog missed) are one pass over the inbox, on the watcher's background thread: stat
each file (os.scandir) and compare its stat fingerprint (size, mtime, ctime, inode:
services/core/filerecord.py) with the one the ledger stored when the file was last read,
fetched in batches. A file that differs, or that the ledger does not know, goes to `on_changed`;
the watcher's loop reads, hashes and queues it. An unchanged file is never opened.

Memory that does not grow per file: after a pass the scanner keeps one 64-bit digest per group
of files (a folder, or a slice of a large folder by name hash), a sum over (name, size, mtime,
ctime, inode) of its files. The next pass asks the ledger only about groups whose digest
moved, so a reconcile pass over an unchanged inbox makes no Redis call. A group with a file
that differed keeps no digest: it is asked about again next pass."""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from services.core.filerecord import fingerprint

IGNORED_SUFFIXES = (".part", ".tmp", ".temp", ".crdownload", ".swp", ".swx", ".partial", ".download")
GROUP = 256  # files per digest group, about
BATCH = 2000  # paths per ledger round trip
MASK = (1 << 64) - 1


_SUFFIXES = frozenset(IGNORED_SUFFIXES)


def ignored_name(name: str) -> bool:
    """Hidden, temporary and partial files are never articles (called for every file of a
    pass: the suffix is looked up, not compared eight times)."""
    first, last = name[:1], name[-1:]
    if first == "." or last == "~" or (first == "#" and last == "#"):
        return True
    dot = name.rfind(".")
    return dot > 0 and name[dot:].lower() in _SUFFIXES


def is_ignored(rel: str) -> bool:
    """A path with a hidden folder in it, or an ignored name."""
    parts = Path(rel).parts
    return any(p.startswith(".") for p in parts[:-1]) or ignored_name(parts[-1] if parts else rel)


@dataclass
class PassStats:
    files: int = 0  # regular article files seen
    asked: int = 0  # whose fingerprint was fetched from the ledger
    changed: int = 0  # handed to on_changed (new, changed, or not yet trusted)
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # of the thread that ran the pass (a busy machine inflates `seconds`)

    def __str__(self) -> str:
        rate = self.files / self.seconds if self.seconds else 0.0
        return (f"{self.files} files in {self.seconds:.2f}s ({rate:,.0f} files/s; {self.cpu_seconds:.2f} cpu-s), "
                f"{self.asked} asked of the ledger, {self.changed} to read")


class Scanner:
    def __init__(self, inbox: Path, fingerprints: Callable[[list[str]], list[bytes | None]]) -> None:
        self.inbox = inbox
        self.fingerprints = fingerprints  # IngestLedger.fingerprints
        self.digests: dict[tuple[str, int, int], int] = {}  # (folder, groups, group) -> digest

    def run_pass(self, on_changed: Callable[[str], object], root: Path | None = None) -> PassStats:
        """One pass over the inbox (or a folder in it: then the digests are left alone)."""
        t0, c0 = time.monotonic(), time.thread_time()
        whole = root is None or Path(root) == self.inbox
        stats = PassStats()
        known = self.digests if whole else {}
        digests: dict[tuple[str, int, int], int] = {}
        asking: list[tuple[tuple[str, int, int], int, list[tuple[str, os.stat_result]]]] = []
        waiting = 0
        for prefix, files in self._folders(root or self.inbox):
            stats.files += len(files)
            groups = 1 if len(files) <= GROUP else 1 << (len(files) // GROUP).bit_length()
            if groups == 1:  # most folders: no per-file grouping to do
                members = [files]
                sums = [sum(hash((name, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)) for name, st in files)]
            else:
                members = [[] for _ in range(groups)]
                sums = [0] * groups
                for name, st in files:
                    g = hash(name) & (groups - 1)
                    members[g].append((name, st))
                    sums[g] += hash((name, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
            for g in range(groups):
                key, digest = (prefix, groups, g), sums[g] & MASK
                if known.get(key) == digest:
                    digests[key] = digest
                    continue
                asking.append((key, digest, [(prefix + name, st) for name, st in members[g]]))
                waiting += len(members[g])
                if waiting >= BATCH:
                    self._ask(asking, digests, on_changed, stats)
                    asking, waiting = [], 0
        self._ask(asking, digests, on_changed, stats)
        if whole:
            self.digests = digests
        stats.seconds, stats.cpu_seconds = time.monotonic() - t0, time.thread_time() - c0
        return stats

    def _ask(self, asking, digests, on_changed, stats: PassStats) -> None:
        """Compare these groups' files with the ledger; a group whose files all match keeps
        its digest."""
        rels = [rel for _, _, files in asking for rel, _ in files]
        if not rels:
            for key, digest, _ in asking:
                digests[key] = digest
            return
        stored = self.fingerprints(rels)
        stats.asked += len(rels)
        i = 0
        for key, digest, files in asking:
            clean = True
            for rel, st in files:
                if stored[i] != fingerprint(st):
                    clean = False
                    stats.changed += 1
                    on_changed(rel)
                i += 1
            if clean:
                digests[key] = digest

    def _folders(self, root: Path) -> Iterator[tuple[str, list[tuple[str, os.stat_result]]]]:
        """(relative folder prefix, [(name, stat)]) for each folder: regular files only (a
        symlink by its target's stat, as the watcher reads it), no hidden folders."""
        rel = Path(root).relative_to(self.inbox).as_posix()
        stack = [(str(root), "" if rel == "." else rel + "/")]
        while stack:
            folder, prefix = stack.pop()
            files = []
            try:
                entries = os.scandir(folder)
            except OSError:
                continue
            with entries:
                for e in entries:
                    name = e.name
                    try:
                        if e.is_dir(follow_symlinks=False):
                            if not name.startswith("."):
                                stack.append((e.path, prefix + name + "/"))
                            continue
                        if ignored_name(name):
                            continue
                        st = e.stat()  # cached lstat for a plain file; a symlink's target
                    except OSError:
                        continue
                    if stat.S_ISREG(st.st_mode):
                        files.append((name, st))
            yield prefix, files
