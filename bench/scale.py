"""`make bench-scale` (python -m bench.scale): CPU-seconds per article of each service, with
1, 2 and 4 worker processes on 1 and on 3 Elasticsearch nodes, for sizing (README, Scaling).

Its own Redis and Elasticsearch (scripts/services.sh on spare ports, NEWSROOM_ES_NODES=1 then
3, replicas 0 and 1), so the figures hold only this run's work. Each configuration renames the
same corpus into a fresh stack's inbox and waits until every article is searchable; the CPU
time of each service's process tree (worker with its pool, watcher, API, every ES node,
Redis) over that run, divided by the articles, is the cost. CPU time, not wall time: a busy
shared machine slows a run but changes its CPU-seconds much less. What a service burns idle
(JVM housekeeping) is measured for 10 s before each run and reported apart (idle_cores), so
the per-article figure is the cost of one more article. Writes bench/scale.json."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil

from services.core.settings import Settings
from tests.harness import ROOT, free_port

from . import e2e
from .corpus import corpus
from .stack import RssSampler

BENCH = Path(__file__).resolve().parent
SCRIPT = ROOT / "scripts" / "services.sh"
T0 = time.monotonic()


def log(msg: str) -> None:
    print(f"[{time.monotonic() - T0:7.1f}s] {msg}", flush=True)


class Services:
    """Redis and an N-node cluster of our own, started and stopped with services.sh."""

    def __init__(self, nodes: int, es_port: int, redis_port: int) -> None:
        self.nodes, self.ports = nodes, [es_port + i for i in range(nodes)]
        self.es_url = ",".join(f"http://127.0.0.1:{p}" for p in self.ports)
        self.redis_url = f"redis://127.0.0.1:{redis_port}/0"
        self.env = dict(os.environ, NEWSROOM_ES_NODES=str(nodes), NEWSROOM_ES_HEAP="512m",
                        NEWSROOM_ELASTICSEARCH_URL=self.es_url, NEWSROOM_REDIS_URL=self.redis_url)
        self.state = Path(os.environ.get("NEWSROOM_SERVICES_DIR", ROOT / ".services"))

    def run(self, action: str) -> None:
        subprocess.run([str(SCRIPT), action], env=self.env, check=True, timeout=600,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def pids(self) -> dict[str, list[int]]:
        def pid(name: str) -> int:
            return int((self.state / "run" / f"{name}.pid").read_text().strip())

        return {"elasticsearch": [pid(f"elasticsearch-{p}") for p in self.ports],
                "redis": [pid(f"redis-{self.redis_url.rsplit(':', 1)[1].split('/')[0]}")]}


class CpuOf:
    """CPU seconds of process trees, read at two moments."""

    def __init__(self, trees: dict[str, list[int]]) -> None:
        self.trees = {k: [psutil.Process(p) for p in v] for k, v in trees.items()}

    def read(self) -> dict[str, float]:
        out = {}
        for name, roots in self.trees.items():
            total = 0.0
            for root in roots:
                with contextlib.suppress(psutil.Error):
                    for q in (root, *root.children(recursive=True)):
                        with contextlib.suppress(psutil.Error):
                            ct = q.cpu_times()
                            total += ct.user + ct.system + ct.children_user + ct.children_system
            out[name] = total
        return out


def one_run(svc: Services, workers: int, arts, run_dir: Path, idle_seconds: float = 10.0) -> dict[str, Any]:
    prefix = f"scale-{uuid.uuid4().hex[:8]}"
    env = {"NEWSROOM_WORKER_CONCURRENCY": str(workers), "NEWSROOM_ES_SHARDS": str(svc.nodes),
           "NEWSROOM_ES_REPLICAS": "1" if svc.nodes > 1 else "0",
           "NEWSROOM_REDIS_URL": svc.redis_url, "NEWSROOM_ELASTICSEARCH_URL": svc.es_url}
    os.environ.update({k: v for k, v in env.items() if k in ("NEWSROOM_REDIS_URL", "NEWSROOM_ELASTICSEARCH_URL")})
    sampler = RssSampler()
    sampler.services.clear()
    d = run_dir / f"es{svc.nodes}-w{workers}"
    stack = e2e.BenchStack(prefix, d, sampler, env)
    try:
        stack.start_all()
        e2e.warm_up(stack, log)
        trees = {name: [p.proc.pid] for name, p in stack.procs.items()}
        cpu = CpuOf({**trees, **svc.pids()})
        # What each service burns idle (JVM housekeeping, polling): a fixed cost per second,
        # subtracted from the run so the per-article figure is what one more article costs.
        idle0, t_idle = cpu.read(), time.monotonic()
        time.sleep(idle_seconds)
        before, t_run = cpu.read(), time.monotonic()
        idle = {k: (before[k] - idle0[k]) / (t_run - t_idle) for k in before}
        load0 = os.getloadavg()[0]
        b = e2e.throughput(stack, arts, log, timeout=1200)
        time.sleep(1.0)
        after = cpu.read()
        took = time.monotonic() - t_run
    finally:
        stack.close()
    n = max(1, b["searchable"])
    total = {k: round((after[k] - before[k]) / n, 4) for k in after}
    marginal = {k: round(max(0.0, after[k] - before[k] - idle[k] * took) / n, 4) for k in after}
    return {"es_nodes": svc.nodes, "workers": workers, "articles": b["searchable"], "seconds": b["seconds"],
            "articles_per_s": b["articles_per_s"], "cpu_s_per_article": marginal,
            "cpu_s_per_article_with_idle": total, "idle_cores": {k: round(v, 3) for k, v in idle.items()},
            "loadavg": [round(load0, 1), round(os.getloadavg()[0], 1)]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=400, help="articles per configuration (default 400)")
    ap.add_argument("--workers", default="1,2,4", help="worker processes to try (default 1,2,4)")
    ap.add_argument("--nodes", default="1,3", help="Elasticsearch nodes to try (default 1,3)")
    ap.add_argument("--es-port", type=int, default=9260, help="first HTTP port of the cluster (default 9260; one node: +10)")
    ap.add_argument("--out", type=Path, default=BENCH / "scale.json")
    a = ap.parse_args(argv)
    arts = corpus(a.articles)
    run_dir = BENCH / "out" / ("scale-" + datetime.now(UTC).strftime("%Y%m%d-%H%M%S"))
    run_dir.mkdir(parents=True)
    runs: list[dict[str, Any]] = []
    for nodes in (int(x) for x in a.nodes.split(",")):
        # Each size on its own ports: a node's data remembers the cluster it was part of.
        svc = Services(nodes, a.es_port + (10 if nodes == 1 else 0), free_port())
        log(f"starting redis and {nodes} Elasticsearch node(s) on {svc.ports}")
        svc.run("up")
        try:
            # Fresh nodes JIT-compile and allocate shards during their first articles (a first
            # run measured 4-10x the ES CPU of later ones): one small unmeasured pass first.
            log(f"{nodes} node(s): warm-up pass of {min(50, len(arts))} articles (not counted)")
            one_run(svc, 2, corpus(min(50, len(arts)), seed=11), run_dir / "warm-up")
            for workers in (int(x) for x in a.workers.split(",")):
                log(f"{nodes} node(s), {workers} worker process(es): {a.articles} articles")
                r = one_run(svc, workers, arts, run_dir)
                log(f"    {r['articles_per_s']} articles/s; cpu-s per article: {r['cpu_s_per_article']}")
                runs.append(r)
        finally:
            svc.run("down")
    out = {"when": datetime.now(UTC).isoformat(timespec="seconds"), "cores": psutil.cpu_count(),
           "model": Settings().spacy_model, "articles_per_run": a.articles, "runs": runs}
    a.out.write_text(json.dumps(out, indent=1) + "\n")
    print(table(runs))
    log(f"wrote {a.out}")
    return 0


def table(runs: list[dict[str, Any]]) -> str:
    names = sorted({k for r in runs for k in r["cpu_s_per_article"]})
    head = f"{'ES nodes':>8} {'workers':>7} {'art/s':>6} " + " ".join(f"{n:>13}" for n in names) + "   load"
    rows = ["CPU-seconds per article above idle (idle cores in brackets)", head]
    for r in runs:
        cells = " ".join(f"{r['cpu_s_per_article'].get(n, 0):>6.4f} [{r['idle_cores'].get(n, 0):.2f}]" for n in names)
        rows.append(f"{r['es_nodes']:>8} {r['workers']:>7} {r['articles_per_s']:>6} {cells}   {r['loadavg']}")
    return "\n".join(rows)


if __name__ == "__main__":
    sys.exit(main())
