"""Shared fixtures. Integration tests use the real Redis and Elasticsearch that `make test`
starts; each test session gets its own index prefix so it never sees another stack's data."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.core.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def service_missing(what: str) -> None:
    """A missing service fails the run in CI and skips locally."""
    message = f"{what} is not reachable (start it with `make services`)"
    if IN_CI:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)  # never reached under CI=true: the line above fails the run


def unique_prefix(tag: str = "t") -> str:
    return f"test-{tag}-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="session")
def base_settings() -> Settings:
    return Settings(index_prefix=unique_prefix("s"))


@pytest.fixture(scope="session")
def redis_client(base_settings: Settings):
    import redis

    client = redis.Redis.from_url(base_settings.redis_url, decode_responses=True)
    try:
        client.ping()
    except redis.RedisError:
        service_missing(f"Redis at {base_settings.redis_url}")
    return client


@pytest.fixture(scope="session")
def es_client(base_settings: Settings):
    from elasticsearch import Elasticsearch

    client = Elasticsearch(base_settings.elasticsearch_url, request_timeout=30)
    try:
        health = client.cluster.health(wait_for_status="yellow", timeout="30s")
    except Exception:  # any transport error means the same thing here
        service_missing(f"Elasticsearch at {base_settings.elasticsearch_url}")
    assert health["status"] in ("green", "yellow")
    return client


def drop_prefix(es, redis_client, prefix: str) -> None:
    """Remove every index and Redis key a test stack made."""
    es.options(ignore_status=404).indices.delete(index=f"{prefix}-*", expand_wildcards="all")
    for key in redis_client.scan_iter(f"{prefix}:*", count=1000):
        redis_client.delete(key)
    for key in redis_client.scan_iter(f"{prefix}.*", count=1000):
        redis_client.delete(key)


@pytest.fixture
def stack_settings(es_client, redis_client) -> Iterator[Settings]:
    """Settings with a fresh prefix for one test; its indices and keys are dropped after."""
    settings = Settings(index_prefix=unique_prefix())
    yield settings
    drop_prefix(es_client, redis_client, settings.index_prefix)


def settings_env(settings: Settings, **extra: str) -> dict[str, str]:
    """Environment for a child process that should use these settings."""
    env = dict(os.environ)
    env.update(
        NEWSROOM_INDEX_PREFIX=settings.index_prefix,
        NEWSROOM_REDIS_URL=settings.redis_url,
        NEWSROOM_ELASTICSEARCH_URL=settings.elasticsearch_url,
        NEWSROOM_INBOX_DIR=str(settings.inbox_dir),
        NEWSROOM_API_PORT=str(settings.api_port),
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


class ServiceProcess:
    """A real newsroom process (`python -m services.cli ...`) with its log in a file."""

    def __init__(self, name: str, args: list[str], env: dict[str, str], log_dir: Path) -> None:
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        self._log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "services.cli", *args],
            env=env,
            cwd=ROOT,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self, sig: int | None = None, timeout: float = 20) -> None:
        import signal

        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, sig or signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        self._log.close()


def wait_until(predicate, timeout: float, interval: float = 0.1, what: str = "condition"):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = predicate()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what} (last: {last!r})")
