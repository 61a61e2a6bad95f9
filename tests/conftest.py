"""Shared fixtures. Integration tests use the real Redis and Elasticsearch that `make test`
starts; each test session gets its own index prefix so it never sees another stack's data.
Ports, service processes, stacks and prefix cleanup live in tests/harness.py."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from services.core.settings import Settings
from tests.harness import (  # noqa: F401  (re-exported for the test modules that import them from here)
    ROOT,
    ServiceProcess,
    drop_prefix,
    free_port,
    settings_env,
    unique_prefix,
    wait_until,
)

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def service_missing(what: str) -> None:
    """A missing service fails the run in CI and skips locally."""
    message = f"{what} is not reachable (start it with `make services`)"
    if IN_CI:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)  # never reached under CI=true: the line above fails the run


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

    client = Elasticsearch(base_settings.elasticsearch_hosts, request_timeout=30)
    try:
        health = client.cluster.health(wait_for_status="yellow", timeout="30s")
    except Exception:  # any transport error means the same thing here
        service_missing(f"Elasticsearch at {base_settings.elasticsearch_url}")
    assert health["status"] in ("green", "yellow")
    return client


@pytest.fixture
def stack_settings(es_client, redis_client) -> Iterator[Settings]:
    """Settings with a fresh prefix for one test; its indices and keys are dropped after."""
    settings = Settings(index_prefix=unique_prefix())
    yield settings
    drop_prefix(es_client, redis_client, settings.names)
