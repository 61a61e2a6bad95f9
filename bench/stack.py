"""Real service processes for the benchmark, and an RSS sampler that watches them.

Each service is `python -m services.cli watch|worker|api` with its own NEWSROOM_* env (a
unique index prefix per run), its log in bench/out/<run>/. Every index and Redis key of the
prefix is dropped at the end."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent


class Service:
    def __init__(self, name: str, args: list[str], env: dict[str, str], log_dir: Path) -> None:
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        self._log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "services.cli", *args], env=env, cwd=ROOT,
            stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True,
        )

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self, timeout: float = 20) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        self._log.close()

    def tail(self, n: int = 3000) -> str:
        return self.log_path.read_text(errors="replace")[-n:]


def env_for(prefix: str, inbox: Path, api_port: int, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        NEWSROOM_INDEX_PREFIX=prefix, NEWSROOM_INBOX_DIR=str(inbox), NEWSROOM_API_PORT=str(api_port),
        PYTHONUNBUFFERED="1",
    )
    env.update(extra or {})
    return env


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def drop_prefix(es, r, prefix: str) -> None:
    es.options(ignore_status=404).indices.delete(index=f"{prefix}-*", expand_wildcards="all")
    for pattern in (f"{prefix}:*", f"{prefix}.*"):
        for key in r.scan_iter(pattern, count=1000):
            r.delete(key)


def _find(pattern: str) -> psutil.Process | None:
    for p in psutil.process_iter(["cmdline"]):
        with contextlib.suppress(psutil.Error):
            if pattern in " ".join(p.info["cmdline"] or []):
                return p
    return None


class RssSampler:
    """Samples the RSS of each service's process tree (a Celery worker is a parent and its pool)
    every `interval` seconds, with the phase the run is in."""

    def __init__(self, interval: float = 0.5) -> None:
        self.interval = interval
        self.services: dict[str, psutil.Process] = {}
        self.samples: list[dict] = []  # {"t", "phase", "service", "rss", "procs"}
        self.phase = "start"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self.t0 = time.monotonic()
        for name, pattern in (("elasticsearch", "org.elasticsearch.bootstrap"), ("redis", "redis-server")):
            p = _find(pattern)
            if p:
                self.services[name] = p

    def watch(self, name: str, pid: int) -> None:
        self.services[name] = psutil.Process(pid)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _loop(self) -> None:
        while not self._stop.is_set():
            t = round(time.monotonic() - self.t0, 2)
            for name, p in list(self.services.items()):
                try:
                    procs = [p, *p.children(recursive=True)]
                    rss = cpu = 0
                    for q in procs:
                        with contextlib.suppress(psutil.Error):
                            rss += q.memory_info().rss
                            ct = q.cpu_times()
                            cpu += ct.user + ct.system
                except psutil.Error:
                    continue
                self.samples.append({"t": t, "phase": self.phase, "service": name, "rss": rss, "cpu": round(cpu, 2),
                                     "procs": len(procs)})
            self._stop.wait(self.interval)

    def cpu_by_phase(self, phase: str) -> dict[str, float]:
        """CPU seconds each service used during a phase (process trees; first to last sample)."""
        out = {}
        for name in sorted({s["service"] for s in self.samples}):
            mine = [s["cpu"] for s in self.samples if s["service"] == name and s["phase"] == phase]
            if len(mine) >= 2:
                out[name] = round(mine[-1] - mine[0], 1)
        return out

    def summary(self, steady_phases: tuple[str, ...]) -> dict[str, dict]:
        """Peak RSS per service; growth compares the median of the first and last third of
        the samples taken in the steady phases (after start-up and warm-up)."""
        out = {}
        for name in sorted({s["service"] for s in self.samples}):
            mine = [s for s in self.samples if s["service"] == name]
            steady = [s["rss"] for s in mine if s["phase"] in steady_phases]
            info = {"peak_mb": round(max(s["rss"] for s in mine) / 2**20, 1), "samples": len(mine)}
            if len(steady) >= 9:
                k = len(steady) // 3
                first = sorted(steady[:k])[k // 2] / 2**20
                last = sorted(steady[-k:])[k // 2] / 2**20
                info.update(first_third_mb=round(first, 1), last_third_mb=round(last, 1),
                            growth_pct=round(100 * (last - first) / first, 1))
                info["grows"] = bool(last - first > max(20.0, 0.05 * first))
            out[name] = info
        return out
