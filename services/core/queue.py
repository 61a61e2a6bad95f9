"""The Celery app and task names shared by the watcher (producer) and the worker (consumer).

The watcher sends tasks by name, so it never imports the worker's code."""

from __future__ import annotations

import redis
from celery import Celery
from kombu.transport import redis as kombu_redis

from .settings import Settings

# One file per task: what watchers before NEWSROOM_TASK_FILES sent (in-flight after an upgrade).
PROCESS_FILE = "newsroom.process_file"
# Up to NEWSROOM_TASK_FILES files per task (a list of events).
PROCESS_FILES = "newsroom.process_files"
PING = "newsroom.ping"


def task_groups(events: list[dict], cap: int) -> list[list[dict]]:
    """The events ready now, as the fewest tasks of at most `cap` files, sizes as even as can be
    (11 ready with a cap of 8: 6 and 5, not 8 and 3, so two workers finish together)."""
    if not events:
        return []
    count = -(-len(events) // max(1, cap))
    size, extra = divmod(len(events), count)
    groups, start = [], 0
    for i in range(count):
        end = start + size + (i < extra)
        groups.append(events[start:end])
        start = end
    return groups


def _closed_channel_raises_connection_error() -> None:
    """Redis gone: kombu closes the consumer's connection, then its channel goes on to restore
    or acknowledge messages and asks the closed connection for its address. That raised
    AttributeError, which Celery takes for an unrecoverable error: the worker stopped for good
    (kombu issues 582, 659). A connection error instead is what Celery's recovery expects: it
    ignores it while cleaning up, reconnects, and the messages come back from Redis's
    unacknowledged set after their visibility timeout."""
    original = kombu_redis.Channel._connparams
    if getattr(original, "closed_channel_guard", False):
        return

    def _connparams(self, asynchronous=False):  # noqa: ANN001, ANN202 - kombu's signature
        if self.connection.client is None:
            raise redis.exceptions.ConnectionError("the channel's connection to Redis is closed")
        return original(self, asynchronous=asynchronous)

    _connparams.closed_channel_guard = True  # type: ignore[attr-defined]
    kombu_redis.Channel._connparams = _connparams


def make_celery(settings: Settings) -> Celery:
    _closed_channel_raises_connection_error()
    names = settings.names
    app = Celery(names.celery_app, broker=settings.redis_url, backend=settings.redis_url)
    transport = {
        # Every Redis key kombu writes (queues, unacked sets) carries the prefix.
        "global_keyprefix": names.kombu_key_prefix,
        "visibility_timeout": settings.visibility_timeout,
        # kombu looks for expired unacked tasks every interval * throttle seconds (default
        # 10 * 10): check every few seconds, so a dead worker's tasks come back soon after
        # their visibility timeout.
        "unacked_restore_interval": settings.restore_interval,
        "unacked_restore_throttle": 1,
    }
    app.conf.update(
        task_default_queue=names.queue,
        task_routes={"newsroom.*": {"queue": names.queue}},
        task_serializer="json",
        accept_content=["json"],
        result_serializer="json",
        result_expires=3600,
        task_ignore_result=True,
        # At-least-once: acknowledge after the work is done, redeliver if the worker dies.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        # Redis gone: a task still running cannot be acknowledged on the lost channel (acking it
        # after the consumer's restart raised inside kombu and stopped the worker), so it is
        # cancelled and comes back from Redis's unacknowledged set: at least once, as above.
        worker_cancel_long_running_tasks_on_connection_loss=True,
        worker_prefetch_multiplier=1,
        broker_transport_options=transport,
        result_backend_transport_options={"global_keyprefix": names.kombu_key_prefix},
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,  # Redis away: keep trying, never exit
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
    )
    return app
