"""The worker's retry policy: what is retried where, and how long it waits."""

from __future__ import annotations

import pytest
import redis
from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig
from elastic_transport import ConnectionError as ESConnectionError
from elasticsearch import ApiError

from services.core.models import Stage
from services.core.settings import Settings
from services.extract.retry import Action, RetryPolicy
from services.extract.store import StoreUnavailable


def api_error(status: int) -> ApiError:
    meta = ApiResponseMeta(status=status, http_version="1.1", headers=HttpHeaders(), duration=0.0,
                           node=NodeConfig("http", "127.0.0.1", 9200))
    return ApiError(f"status {status}", meta=meta, body={})


@pytest.mark.parametrize(("exc", "action", "stage"), [
    (redis.ConnectionError("down"), Action.WAIT_IN_PLACE, Stage.extract),
    (redis.TimeoutError("slow"), Action.WAIT_IN_PLACE, Stage.extract),
    (ESConnectionError("refused"), Action.RETRY_LATER, Stage.index),
    (StoreUnavailable("503"), Action.RETRY_LATER, Stage.index),
    (api_error(429), Action.RETRY_LATER, Stage.index),
    (api_error(503), Action.RETRY_LATER, Stage.index),
    (api_error(400), Action.FAIL, Stage.index),
    (ValueError("a bug"), Action.FAIL, Stage.extract),
])
def test_each_error_has_one_action(exc, action, stage):
    assert RetryPolicy.action(exc) is action
    if action is not Action.WAIT_IN_PLACE:
        assert RetryPolicy.failure_stage(exc) is stage


def test_countdowns_stay_below_half_the_visibility_timeout_and_inside_the_window():
    policy = RetryPolicy(Settings(visibility_timeout=20, retry_backoff_max=60, retry_window_seconds=300))
    assert all(policy.countdown(n, waited=0) <= 10 for n in range(20))
    assert policy.countdown(10, waited=299.9) <= 0.5
    assert not policy.window_over(299) and policy.window_over(300)
