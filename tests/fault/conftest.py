"""Fault tests get their own Redis (AOF on) and Elasticsearch on spare ports, started once per
session by scripts/services.sh and stopped after, so stopping them never disturbs the shared
services other tests use. Every test runs real watcher, worker and API processes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.core.settings import Settings
from tests.harness import ROOT, Stack, free_port, wait_until


def _spare_port(pair_offset: int = 0) -> int:
    """A free port (and, for Elasticsearch, its transport port HTTP + 100 free too): fixed ports
    would meet another run's fault servers on a shared machine and leave them alone."""
    for _ in range(50):
        p = free_port()
        if p + pair_offset < 65536 and (not pair_offset or _is_free(p + pair_offset)):
            return p
    raise RuntimeError("no spare port pair")


def _is_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


REDIS_PORT = int(os.environ.get("NEWSROOM_FAULT_REDIS_PORT") or _spare_port())
ES_PORT = int(os.environ.get("NEWSROOM_FAULT_ES_PORT") or _spare_port(100))
REDIS_URL = f"redis://127.0.0.1:{REDIS_PORT}/0"
ES_URL = f"http://127.0.0.1:{ES_PORT}"
SCRIPT = ROOT / "scripts" / "services.sh"
STATE_DIRS = (Path(os.environ.get("NEWSROOM_SERVICES_DIR", ROOT / ".services")), Path("/var/lib/newsroom-services"))

# Short timeouts so faults heal within the test's time budget.
FAULT_ENV = {
    "NEWSROOM_VISIBILITY_TIMEOUT": "20",
    "NEWSROOM_RESTORE_INTERVAL": "2",
    "NEWSROOM_RESCAN_SECONDS": "5",
    "NEWSROOM_SETTLE_SECONDS": "0.5",
    "NEWSROOM_RETRY_BACKOFF_MAX": "8",
    "NEWSROOM_RETRY_WINDOW_SECONDS": "300",
    "NEWSROOM_WORKER_CONCURRENCY": "2",
}


def _services(*args: str, timeout: float = 240) -> None:
    env = dict(os.environ, NEWSROOM_REDIS_URL=REDIS_URL, NEWSROOM_ELASTICSEARCH_URL=ES_URL)
    subprocess.run([str(SCRIPT), *args], env=env, check=True, timeout=timeout,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _pidfile(name: str) -> Path | None:
    for d in STATE_DIRS:
        p = d / "run" / f"{name}.pid"
        if p.is_file() and p.read_text().strip():
            return p
    return None


def _stop(name: str, timeout: float = 60) -> None:
    """Stop one server that services.sh started (SIGTERM: Redis writes its AOF, ES shuts down)."""
    pidfile = _pidfile(name)
    assert pidfile, f"no pid file for {name}"
    pid = int(pidfile.read_text().strip())
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.2)
    else:
        os.kill(pid, signal.SIGKILL)
    pidfile.unlink(missing_ok=True)


class FaultServices:
    redis_url = REDIS_URL
    es_url = ES_URL

    def stop_es(self) -> None:
        _stop(f"elasticsearch-{ES_PORT}")

    def start_es(self) -> None:
        _services("up")

    def stop_redis(self) -> None:
        _stop(f"redis-{REDIS_PORT}")

    def start_redis(self) -> None:
        _services("up")


@pytest.fixture(scope="session")
def fault_services() -> Iterator[FaultServices]:
    try:
        _services("up", timeout=400)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        pytest.fail(f"could not start the fault tests' Redis/Elasticsearch on {REDIS_PORT}/{ES_PORT}: {exc}")
    import redis

    r = redis.Redis.from_url(REDIS_URL, decode_responses=True)
    assert r.config_get("appendonly")["appendonly"] == "yes", "fault tests need Redis with AOF on"
    yield FaultServices()
    _services("down", timeout=120)


class FaultStack(Stack):
    """Watcher, worker and API as real processes on the fault services, one prefix per test."""

    def __init__(self, services: FaultServices, tmp_path: Path, **env: str) -> None:
        settings = Settings(
            index_prefix=f"fault-{uuid.uuid4().hex[:8]}", inbox_dir=tmp_path / "inbox",
            redis_url=services.redis_url, elasticsearch_url=services.es_url, api_port=free_port(),
        )
        settings.inbox_dir.mkdir()
        super().__init__(settings, tmp_path, **{**FAULT_ENV, **env})

    def wait_worker_ready(self, timeout: float = 90) -> None:
        wait_until(lambda: "ready." in self.procs["worker"].log(), timeout, 0.2, "the worker to be ready")


@pytest.fixture
def stack(fault_services, tmp_path) -> Iterator[FaultStack]:
    s = FaultStack(fault_services, tmp_path)
    try:
        yield s
    finally:
        s.close()


WORDS = ("harbour", "bridge", "council", "railway", "school", "hospital", "market", "library", "airport", "museum")


def article_text(i: int, tag: str = "") -> str:
    """A small, distinct article (NLP stays cheap)."""
    w = WORDS[i % len(WORDS)]
    return (
        f"{tag}Council approves {w} plan {i}\n\n"
        f"Mayor Ann Lee said the {w} plan number {i} would cost {i * 7 + 3} thousand dollars. "
        f"The Harbour Authority said work on item {i} starts in May.\n"
    )


def drop(inbox: Path, names_texts: list[tuple[str, str]]) -> None:
    """Write each file beside the inbox and move it in (complete at once)."""
    staging = inbox.parent / "staging"
    staging.mkdir(exist_ok=True)
    for name, text in names_texts:
        tmp = staging / name
        tmp.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text)
        dest = inbox / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, dest)


def report(name: str, seconds: float, detail: str = "") -> None:
    line = f"[recovery] {name}: {seconds:.1f}s{(' ' + detail) if detail else ''}"
    print(line)
    out = os.environ.get("NEWSROOM_RECOVERY_LOG")
    if out:
        with open(out, "a") as f:
            f.write(line + "\n")
