"""(b) end-to-end throughput and (c) drop-to-searchable latency, on one real stack.

(b) The corpus is written to a staging folder beside the inbox (same filesystem), then every
file is renamed into the inbox, as `mv` or rsync does. The clock runs from the first rename
until Elasticsearch counts every article (a search, so "searchable" is literal).

(c) With the stack idle afterwards, single files are renamed in one at a time; each is polled
for in Elasticsearch (a match on its unique marker word) every ~10 ms."""

from __future__ import annotations

import os
import re
import statistics
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from services.core.settings import Settings
from tests.harness import Stack, free_port

from .corpus import GenArticle, article
from .stack import RssSampler


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    v = sorted(values)
    k = (len(v) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


class BenchStack(Stack):
    """The harness's Stack with a staging folder beside the inbox and an RSS sampler."""

    def __init__(self, prefix: str, run_dir: Path, sampler: RssSampler, extra_env: dict[str, str]) -> None:
        inbox = run_dir / "inbox"
        self.staging = run_dir / "staging"  # sibling: a rename into the inbox is atomic
        inbox.mkdir(parents=True)
        self.staging.mkdir(parents=True)
        settings = Settings(index_prefix=prefix, inbox_dir=inbox, api_port=free_port())
        super().__init__(settings, run_dir, **extra_env)
        self.sampler = sampler

    def start_all(self) -> None:
        for name in ("worker", "api", "watcher"):
            self.sampler.watch(name, self.start(name).proc.pid)
        try:
            self.wait_api(90)
        except AssertionError as exc:
            raise RuntimeError("the API did not answer:\n" + self.procs["api"].tail()) from exc

    def check_alive(self) -> None:
        dead = self.dead()
        if dead:
            raise RuntimeError(f"{dead} died:\n" + "\n".join(self.procs[n].tail() for n in dead))

    def count(self) -> int:
        return self.article_count()

    def found(self, marker: str) -> bool:
        return self.article_count({"match": {"body": marker}}) > 0

    def queue_depth(self) -> int:
        return self.ledger.queue_depth()

    def stage(self, art: GenArticle) -> Path:
        p = self.staging / art.filename
        p.write_text(art.text, encoding="utf-8")
        return p

    def drop(self, staged: Path) -> None:
        os.rename(staged, self.inbox / staged.name)


def warm_up(stack: BenchStack, log) -> float:
    """One article through the whole stack (the worker loads its model, indices get made)."""
    art = article(900_000)
    staged = stack.stage(art)
    t0 = time.monotonic()
    stack.drop(staged)
    deadline = t0 + 180
    while not stack.found(art.marker):
        stack.check_alive()
        if time.monotonic() > deadline:
            raise RuntimeError("warm-up article never became searchable:\n" + stack.procs["worker"].tail())
        time.sleep(0.05)
    took = time.monotonic() - t0
    log(f"    warm-up article searchable after {took:.2f}s")
    return took


def throughput(stack: BenchStack, arts: list[GenArticle], log, timeout: float) -> dict[str, Any]:
    base = stack.count()
    staged = [stack.stage(a) for a in arts]
    n = len(arts)
    log(f"(b) end to end: renaming {n} files into the inbox")
    series: list[tuple[float, int, int, int]] = []  # t, searchable, ledger indexed, queue depth
    indexed0 = stack.ledger.status().indexed
    t0 = time.monotonic()
    for p in staged:
        stack.drop(p)
    renamed = time.monotonic() - t0
    last_log = t0
    done = None
    while True:
        now = time.monotonic()
        c = stack.count() - base
        st = stack.ledger.status()
        series.append((round(now - t0, 2), c, st.indexed - indexed0, stack.queue_depth()))
        if c >= n:
            done = now - t0
            break
        if now - t0 > timeout:
            log(f"    timed out after {timeout:.0f}s with {c}/{n} searchable")
            break
        if now - last_log > 15:
            log(f"    {now - t0:6.0f}s  searchable {c}/{n}  queue {series[-1][3]}  failed {st.failed}")
            last_log = now
            stack.check_alive()
        time.sleep(0.2)
    st = stack.ledger.status()
    elapsed = done if done is not None else time.monotonic() - t0
    searchable = series[-1][1]
    # Steady state: the middle of the run, without the start (queue filling) and the tail.
    lo = next((t for t, c, *_ in series if c >= 0.1 * n), None)
    hi = next((t for t, c, *_ in series if c >= 0.9 * n), None)
    steady = round(0.8 * n / (hi - lo), 2) if lo is not None and hi and hi > lo else None
    out = {
        "articles": n, "searchable": searchable, "seconds": round(elapsed, 2),
        "articles_per_s": round(searchable / elapsed, 2), "steady_articles_per_s_10_90": steady,
        "rename_seconds": round(renamed, 3), "completed": done is not None,
        "ledger": st.model_dump(), "series": series,
    }
    log(f"    {searchable}/{n} searchable in {elapsed:.1f}s: {out['articles_per_s']} articles/s "
        f"(10%-90%: {steady}/s); failed {st.failed}, duplicates {st.duplicates}")
    return out


def latency(stack: BenchStack, drops: int, log, poll: float = 0.01, gap: float = 0.5) -> dict[str, Any]:
    log(f"(c) drop to searchable, {drops} single files at idle (poll every {poll * 1000:.0f} ms)")
    time.sleep(2.0)  # let the stack settle after (b)
    times: list[float] = []
    walls: list[tuple[str, float, float]] = []  # file, dropped, found (epoch seconds)
    misses = 0
    for i in range(drops):
        art = article(1_000_000 + i)
        staged = stack.stage(art)
        t0 = time.monotonic()
        w0 = time.time()
        stack.drop(staged)
        while not stack.found(art.marker):
            if time.monotonic() - t0 > 30:
                misses += 1
                break
            time.sleep(poll)
        else:
            times.append(time.monotonic() - t0)
            walls.append((art.filename, w0, w0 + times[-1]))
        time.sleep(gap)
    out = {
        "drops": drops, "missed": misses, "p50_s": round(pct(times, 50), 3), "p95_s": round(pct(times, 95), 3),
        "min_s": round(min(times), 3) if times else None, "max_s": round(max(times), 3) if times else None,
        "mean_s": round(statistics.fmean(times), 3) if times else None, "samples_s": [round(t, 3) for t in times],
    }
    out["breakdown"] = breakdown(stack, walls)
    log(f"    p50 {out['p50_s']}s  p95 {out['p95_s']}s  (min {out['min_s']}, max {out['max_s']}, missed {misses})")
    if out["breakdown"]:
        log("    median: " + ", ".join(f"{k} {v}s" for k, v in out["breakdown"].items()))
    return out


_LOG_LINE = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) \w+ [\w.]+: (queued|indexed) (\S+?):?(?:\s|$)")


def _log_times(path: Path, what: str) -> dict[str, float]:
    out = {}
    for line in path.read_text(errors="replace").splitlines():
        m = _LOG_LINE.match(line)
        if m and m.group(2) == what:
            stamp = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S,%f")
            out[m.group(3)] = time.mktime(stamp.timetuple()) + stamp.microsecond / 1e6
    return out


def breakdown(stack: BenchStack, walls: list[tuple[str, float, float]]) -> dict[str, float]:
    """Where the drop-to-searchable time goes, from the services' log timestamps (ms):
    rename -> watcher queued it, queued -> worker logged it indexed (queue, NLP, extraction,
    bulk write, ledger), indexed -> the bench's search found it (refresh, poll)."""
    queued = _log_times(stack.procs["watcher"].log_path, "queued")
    indexed = _log_times(stack.procs["worker"].log_path, "indexed")
    parts: dict[str, list[float]] = {"watcher": [], "queue+worker": [], "refresh+poll": []}
    for name, dropped, found in walls:
        if name in queued and name in indexed:
            parts["watcher"].append(queued[name] - dropped)
            parts["queue+worker"].append(indexed[name] - queued[name])
            parts["refresh+poll"].append(found - indexed[name])
    return {k: round(statistics.median(v), 3) for k, v in parts.items() if v}
