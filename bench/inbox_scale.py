"""(f) inbox scale: a watcher restart over a large, already indexed inbox.

A synthetic inbox of N files (default 200,000, in folders of 1,000) whose ledger entries are
made through the ledger's own API as if indexed (mark_queued with the file's stat fingerprint,
then settle; no NLP). Then a real watcher process starts on it, and we measure:
  - start to "backlog checked": the scanner's pass (files/s, files read) and the wall time
    from process start (imports included);
  - one new file renamed in while the check runs: rename -> queued in the ledger;
  - one reconcile pass (the second pass over the unchanged inbox);
  - the watcher's RSS (peak, sampled every 0.2 s);
  - Redis bytes per file: MEMORY USAGE over every key of the prefix, over N.
Elasticsearch bytes per article and per claim come from `es_bytes`, which bench.run calls after
(b), on the indices of that run.

Alone: python -m bench.inbox_scale [--files N] [--dir DIR]. The inbox goes under /tmp (or
--dir) and is removed after, as are the prefix's keys."""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import psutil
import redis

from services.core.filerecord import fingerprint
from services.core.ledger import IngestLedger
from services.core.models import FileState
from services.core.settings import Settings
from tests.harness import ServiceProcess, drop_prefix, settings_env

PER_FOLDER = 1000
TARGETS = {"backlog_files_per_s": 50_000, "drop_queued_s": 2.0, "reconcile_s": 2.0,
           "watcher_rss_mb": 150, "redis_bytes_per_file": 200}
PASS_LINE = re.compile(r"(backlog checked|reconcile pass): (\d+) files in ([\d.]+)s \(.*?; ([\d.]+) cpu-s\), "
                       r"(\d+) asked of the ledger, (\d+) to read")


def story(i: int) -> bytes:
    return (f"Story {i}\n\nOfficials said on Tuesday that item {i} of the archive was filed "
            f"by the desk, according to a spokesperson.\n").encode()


def story_path(inbox: Path, i: int) -> Path:
    return inbox / f"{2000 + i // 100_000}" / f"desk-{i // PER_FOLDER % 100:02d}" / f"story-{i:07d}.txt"


def make_inbox(inbox: Path, n: int, ledger: IngestLedger, log, threads: int = 16) -> None:
    """N small article files (written by a pool of threads: creating a file costs milliseconds
    on a busy disk), then their ledger entries as if each had been indexed."""
    t0 = time.monotonic()
    for i in range(0, n, PER_FOLDER):
        story_path(inbox, i).parent.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(threads) as pool:
        for _ in pool.map(lambda i: story_path(inbox, i).write_bytes(story(i)), range(n), chunksize=256):
            pass
    log(f"    {n:,} files written in {time.monotonic() - t0:.0f}s")
    t0 = time.monotonic()
    pipe = ledger.batch()
    for i in range(n):
        path = story_path(inbox, i)
        rel = path.relative_to(inbox).as_posix()
        ledger.mark_queued(rel, hashlib.sha256(story(i)).hexdigest(), fingerprint(path.stat()), client=pipe)
        ledger.settle(rel, hashlib.sha256(b"article %d" % i).hexdigest(), FileState.indexed, client=pipe)
        if i % 2000 == 1999:
            pipe.execute()
            pipe = ledger.batch()
    pipe.execute()
    log(f"    {n:,} ledger entries made in {time.monotonic() - t0:.0f}s")


def redis_bytes(r: redis.Redis, settings: Settings) -> dict[str, int]:
    """MEMORY USAGE (every element counted) of each key of the prefix."""
    out = {}
    for pattern in settings.names.redis_key_patterns:
        for key in r.scan_iter(pattern, count=1000):
            out[key.decode() if isinstance(key, bytes) else key] = int(r.memory_usage(key, samples=0) or 0)
    return out


def es_bytes(es: Any, settings: Settings) -> dict[str, Any]:
    """Store bytes per article and per claim of a stack's indices (primaries, after a flush
    and refresh), counted with _count (top-level documents, not Lucene's nested ones)."""
    n = settings.names
    es.indices.flush(index=[n.articles, n.claims], ignore_unavailable=True)
    es.indices.refresh(index=[n.articles, n.claims], ignore_unavailable=True)
    out: dict[str, Any] = {}
    for kind, index in (("article", n.articles), ("claim", n.claims)):
        stats = es.indices.stats(index=index, metric="store,docs")["_all"]["primaries"]
        count = int(es.count(index=index)["count"])
        size = int(stats["store"]["size_in_bytes"])
        out[f"{kind}s"] = count
        out[f"{kind}_index_bytes"] = size
        out[f"bytes_per_{kind}"] = round(size / count) if count else None
    return out


def rename_in(inbox: Path, rel: str, data: bytes) -> float:
    """Write beside the inbox, rename into it (as mv and rsync do); returns the rename time."""
    tmp = inbox / f".{uuid.uuid4().hex}.part"
    tmp.write_bytes(data)
    t = time.monotonic()
    os.replace(tmp, inbox / rel)
    return t


def run(n: int, log, base: Path | None = None, rescan: float = 5.0) -> dict[str, Any]:
    prefix = f"bench-scale-{uuid.uuid4().hex[:8]}"
    work = Path(tempfile.mkdtemp(prefix="newsroom-scale-", dir=base))
    inbox = work / "inbox"
    inbox.mkdir()
    settings = Settings(index_prefix=prefix, inbox_dir=inbox)
    ledger = IngestLedger(settings)
    r = redis.Redis.from_url(settings.redis_url)
    watcher = None
    try:
        log(f"(f) inbox scale: {n:,} files in {inbox}, prefix {prefix}")
        make_inbox(inbox, n, ledger, log)
        mem = redis_bytes(r, settings)
        res: dict[str, Any] = {
            "files": n, "redis_bytes": sum(mem.values()), "redis_bytes_per_file": round(sum(mem.values()) / n, 1),
            "redis_keys": mem, "loadavg_before": [round(x, 2) for x in psutil.getloadavg()],
        }
        env = settings_env(settings, NEWSROOM_RESCAN_SECONDS=str(rescan), NEWSROOM_SETTLE_SECONDS="0.3")
        t_start = time.monotonic()
        watcher = ServiceProcess("watcher", ["watch"], env, work)
        proc = psutil.Process(watcher.proc.pid)
        peak = {"rss": 0}
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                try:
                    peak["rss"] = max(peak["rss"], proc.memory_info().rss)
                except psutil.Error:
                    return
                stop.wait(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        deadline = time.monotonic() + 300
        while "watching " not in watcher.log():  # the observer is up: drops are seen from now
            if not watcher.alive() or time.monotonic() > deadline:
                raise RuntimeError("watcher did not start:\n" + watcher.tail())
            time.sleep(0.01)
        t_watching = time.monotonic()
        drop = "new-drop.txt"
        t_drop = rename_in(inbox, drop, b"Breaking\n\nA spokesperson said the new drop landed during the check.\n")
        while ledger.state(drop) is None:
            if time.monotonic() - t_drop > 60:
                raise RuntimeError("the new drop was not queued:\n" + watcher.tail())
            time.sleep(0.005)
        t_queued = time.monotonic()
        passes: list[dict[str, Any]] = []
        while len(passes) < 2:
            if not watcher.alive() or time.monotonic() > deadline + 120:
                raise RuntimeError("no backlog check / reconcile pass:\n" + watcher.tail())
            passes = [{"kind": m[1], "files": int(m[2]), "seconds": float(m[3]), "cpu_s": float(m[4]),
                       "asked": int(m[5]), "read": int(m[6])}
                      for m in PASS_LINE.finditer(watcher.log())]
            if passes and "t_checked" not in res:
                res["t_checked"] = time.monotonic()
            time.sleep(0.01)
        rss_now = proc.memory_info().rss
        stop.set()
        backlog, reconcile = passes[0], passes[1]
        t_checked = res.pop("t_checked")
        res.update(
            backlog_check_s=backlog["seconds"], backlog_files=backlog["files"],
            backlog_files_per_s=round(backlog["files"] / backlog["seconds"]) if backlog["seconds"] else None,
            # the new drop is the one file that may be read (if the pass met it after it landed)
            backlog_files_read=backlog["read"], backlog_known_files_read=max(0, backlog["read"] - 1), backlog_asked=backlog["asked"], backlog_cpu_s=backlog["cpu_s"],
            backlog_files_per_cpu_s=round(backlog["files"] / backlog["cpu_s"]) if backlog["cpu_s"] else None,
            start_to_backlog_checked_s=round(t_checked - t_start, 2),
            start_to_watching_s=round(t_watching - t_start, 2),
            drop_queued_s=round(t_queued - t_drop, 3),
            drop_during_check=t_queued < t_checked,
            reconcile_s=reconcile["seconds"], reconcile_cpu_s=reconcile["cpu_s"], reconcile_asked=reconcile["asked"], reconcile_read=reconcile["read"],
            watcher_rss_mb=round(rss_now / 2**20, 1), watcher_peak_rss_mb=round(peak["rss"] / 2**20, 1),
            loadavg_after=[round(x, 2) for x in psutil.getloadavg()],
            watcher_passes=[m[0] for m in PASS_LINE.finditer(watcher.log())],
        )
        res["targets"] = targets(res)
        log(f"    backlog check {res['backlog_check_s']}s ({res['backlog_files_per_s']:,} files/s, "
            f"{res['backlog_files_read']} read), drop queued in {res['drop_queued_s']}s "
            f"(during the check: {res['drop_during_check']}), reconcile {res['reconcile_s']}s, "
            f"watcher RSS {res['watcher_rss_mb']} MB (peak {res['watcher_peak_rss_mb']}), "
            f"Redis {res['redis_bytes_per_file']} B/file")
        return res
    finally:
        if watcher:
            watcher.stop()
        drop_prefix(_NoES(), r, settings.names)
        remove_tree(work)


def remove_tree(root: Path, threads: int = 32) -> None:
    """rmtree, with the unlinks spread over threads (one costs milliseconds on a busy disk)."""
    def unlink(path: str) -> None:
        with contextlib.suppress(OSError):
            os.unlink(path)

    files = [os.path.join(d, f) for d, _, names in os.walk(root) for f in names]
    with ThreadPoolExecutor(threads) as pool:
        for _ in pool.map(unlink, files, chunksize=256):
            pass
    shutil.rmtree(root, ignore_errors=True)


class _NoES:
    """drop_prefix without Elasticsearch: this case makes no index."""

    def options(self, **_):
        return self

    @property
    def indices(self):
        return self

    def delete(self, **_):
        return None


def targets(res: dict[str, Any]) -> dict[str, Any]:
    t = TARGETS
    return {
        "f_backlog_files_per_s": {"value": res["backlog_files_per_s"], "target": f">= {t['backlog_files_per_s']:,}, none read",
                                  "met": (res["backlog_files_per_s"] or 0) >= t["backlog_files_per_s"] and res["backlog_known_files_read"] == 0},
        "f_backlog_files_per_cpu_s": {"value": res["backlog_files_per_cpu_s"], "target": f">= {t['backlog_files_per_s']:,} (info: load-independent)",
                                      "met": (res["backlog_files_per_cpu_s"] or 0) >= t["backlog_files_per_s"]},
        "f_drop_queued_s": {"value": res["drop_queued_s"], "target": f"<= {t['drop_queued_s']} (during the check)",
                            "met": res["drop_queued_s"] <= t["drop_queued_s"] and res["drop_during_check"]},
        "f_reconcile_s": {"value": res["reconcile_s"], "target": f"<= {t['reconcile_s']}", "met": res["reconcile_s"] <= t["reconcile_s"]},
        "f_reconcile_cpu_s": {"value": res["reconcile_cpu_s"], "target": f"<= {t['reconcile_s']} (info: load-independent)",
                              "met": res["reconcile_cpu_s"] <= t["reconcile_s"]},
        "f_watcher_rss_mb": {"value": res["watcher_peak_rss_mb"], "target": f"<= {t['watcher_rss_mb']} (peak)",
                             "met": res["watcher_peak_rss_mb"] <= t["watcher_rss_mb"]},
        "f_redis_bytes_per_file": {"value": res["redis_bytes_per_file"], "target": f"<= {t['redis_bytes_per_file']}",
                                   "met": res["redis_bytes_per_file"] <= t["redis_bytes_per_file"]},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.inbox_scale", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=200_000)
    ap.add_argument("--dir", type=Path, help="where the synthetic inbox goes (default: the temp folder)")
    ap.add_argument("--rescan", type=float, default=5.0, help="seconds between the watcher's passes")
    a = ap.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # clean up (keys, inbox) on a kill
    t0 = time.monotonic()
    res = run(a.files, lambda m: print(f"[{time.monotonic() - t0:7.1f}s] {m}", flush=True), a.dir, a.rescan)
    print(json.dumps(res, indent=1))
    return 0 if all(v["met"] for v in res["targets"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
