"""An RSS sampler that watches the benchmark's real service processes.

The processes themselves, their environment, spare ports and the cleanup of a run's prefix
come from the shared harness (tests/harness.py): each service is `python -m services.cli
watch|worker|api` with its own NEWSROOM_* env (a unique index prefix per run), its log in
bench/out/<run>/; every index and Redis key of the prefix is dropped at the end."""

from __future__ import annotations

import contextlib
import threading
import time

import psutil

from tests.harness import ROOT, ServiceProcess, drop_prefix, free_port, settings_env  # noqa: F401 (re-exported)


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
