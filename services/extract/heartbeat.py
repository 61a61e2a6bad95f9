"""The visibility heartbeat: runs in the worker's main process and renews, every
visibility_timeout/4 seconds, every task the worker holds (running, prefetched, or waiting for
a retry countdown) in kombu's unacknowledged index. So the visibility timeout only has to
outlast a heartbeat, not the longest task; a dead worker's tasks come back one timeout after
its last heartbeat (any live worker restores them)."""

from __future__ import annotations

import logging
import threading
import time

import redis

from services.core.ledger import IngestLedger
from services.core.settings import Settings

log = logging.getLogger("newsroom.worker")


def held_delivery_tags() -> set[str]:
    """Delivery tags of every task this worker holds: running, prefetched, or scheduled."""
    from celery.worker import state

    for _ in range(5):
        try:
            requests = [*state.requests.values(), *state.active_requests, *state.reserved_requests]
            break
        except RuntimeError:  # changed size during iteration: the consumer thread moved on
            time.sleep(0.01)
    else:
        return set()
    tags = set()
    for req in requests:
        tag = getattr(getattr(req, "message", None), "delivery_tag", None)
        if tag:
            tags.add(str(tag))
    return tags


class VisibilityHeartbeat:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.every = max(1.0, settings.visibility_timeout / 4)
        self._started = threading.Event()

    def start(self) -> None:
        """Start the daemon thread once (later calls do nothing)."""
        if self._started.is_set():
            return
        self._started.set()
        threading.Thread(target=self._loop, name="newsroom-visibility", daemon=True).start()

    def beat(self, ledger: IngestLedger) -> int:
        return ledger.renew_visibility(held_delivery_tags())

    def _loop(self) -> None:
        ledger = IngestLedger(self.settings)
        while True:
            time.sleep(self.every)
            try:
                self.beat(ledger)
            except redis.RedisError as exc:
                log.debug("visibility heartbeat skipped: %s", exc)
            except Exception:  # the heartbeat must never die
                log.exception("visibility heartbeat error")
