"""The worker's retry policy, in one place: which errors are transient, how long to wait, and
when to give up.

- Elasticsearch unreachable or refusing writes (5xx, 429): retried through the queue with
  exponential backoff and jitter for `retry_window_seconds`, then a failure record.
  Countdowns stay below half the visibility timeout: an ETA task waiting longer than it would
  be delivered twice if a heartbeat were missed.
- Redis unreachable: the broker is away too, so no retry can be published; the task waits
  in place with backoff and redoes its (idempotent) work when Redis answers, for as long as
  the window; after that it gives up unacknowledged and Redis delivers it again later.
- Any other error (an Elasticsearch 4xx, a bug, a bad file) fails the file at once."""

from __future__ import annotations

import enum
import random

import redis
from elastic_transport import ConnectionError as ESConnectionError
from elastic_transport import ConnectionTimeout as ESConnectionTimeout
from elasticsearch import ApiError

from services.core.models import Stage
from services.core.settings import Settings

from .store import StoreUnavailable

# Elasticsearch away or not ready: retry through the queue.
ES_TRANSIENT = (ESConnectionError, ESConnectionTimeout, StoreUnavailable)
ES_RETRY_STATUS = (429, 500, 502, 503, 504)
# Redis away (it is the broker too): wait in place.
REDIS_DOWN = (redis.ConnectionError, redis.TimeoutError)


class Action(enum.Enum):
    WAIT_IN_PLACE = "wait"  # Redis away
    RETRY_LATER = "retry"  # Elasticsearch away: a delayed task
    FAIL = "fail"  # a failure record now


def backoff(attempt: int, cap: float) -> float:
    """Exponential backoff with jitter: a random delay in [ceiling/2, ceiling]."""
    ceiling = min(cap, 2.0 ** attempt)
    return random.uniform(ceiling / 2, ceiling)


class RetryPolicy:
    def __init__(self, settings: Settings) -> None:
        self.window = settings.retry_window_seconds
        self.backoff_max = settings.retry_backoff_max
        # see the module docstring: a countdown never outlasts the visibility timeout
        self.countdown_cap = min(settings.retry_backoff_max, settings.visibility_timeout / 2)

    @staticmethod
    def action(exc: BaseException) -> Action:
        if isinstance(exc, REDIS_DOWN):
            return Action.WAIT_IN_PLACE
        if isinstance(exc, ES_TRANSIENT) or (isinstance(exc, ApiError) and exc.meta.status in ES_RETRY_STATUS):
            return Action.RETRY_LATER
        return Action.FAIL

    @staticmethod
    def failure_stage(exc: BaseException) -> Stage:
        """Where a failure happened: Elasticsearch errors at index, anything else at extract."""
        return Stage.index if isinstance(exc, (*ES_TRANSIENT, ApiError)) else Stage.extract

    def wait_delay(self, waits: int) -> float:
        """Redis away: how long to wait in place before trying again."""
        return backoff(waits, self.backoff_max)

    def window_over(self, waited: float) -> bool:
        return waited >= self.window

    def countdown(self, retries: int, waited: float) -> float:
        """Elasticsearch away: when the task comes back (never past the window's end)."""
        return min(backoff(retries, self.countdown_cap), max(0.5, self.window - waited))
