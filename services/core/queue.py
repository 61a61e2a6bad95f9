"""The Celery app and task names shared by the watcher (producer) and the worker (consumer).

The watcher sends tasks by name, so it never imports the worker's code."""

from __future__ import annotations

from celery import Celery

from .settings import Settings

PROCESS_FILE = "newsroom.process_file"
PING = "newsroom.ping"


def key_prefix(settings: Settings) -> str:
    """What kombu puts before every Redis key of this stack (global_keyprefix)."""
    return f"{settings.index_prefix}:"


def queue_key(settings: Settings) -> str:
    """The Redis list holding the ingest queue's waiting tasks."""
    return f"{key_prefix(settings)}{settings.queue_name}"


def unacked_index_key(settings: Settings) -> str:
    """kombu's sorted set of delivered, unacknowledged tasks (score: last sign of life)."""
    return f"{key_prefix(settings)}unacked_index"


def make_celery(settings: Settings) -> Celery:
    app = Celery(f"{settings.index_prefix}", broker=settings.redis_url, backend=settings.redis_url)
    transport = {
        # Every Redis key kombu writes (queues, unacked sets) carries the prefix.
        "global_keyprefix": key_prefix(settings),
        "visibility_timeout": settings.visibility_timeout,
        # kombu looks for expired unacked tasks every interval * throttle seconds (default
        # 10 * 10): check every few seconds, so a dead worker's tasks come back soon after
        # their visibility timeout.
        "unacked_restore_interval": settings.restore_interval,
        "unacked_restore_throttle": 1,
    }
    app.conf.update(
        task_default_queue=settings.queue_name,
        task_routes={"newsroom.*": {"queue": settings.queue_name}},
        task_serializer="json",
        accept_content=["json"],
        result_serializer="json",
        result_expires=3600,
        task_ignore_result=True,
        # At-least-once: acknowledge after the work is done, redeliver if the worker dies.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        broker_transport_options=transport,
        result_backend_transport_options={"global_keyprefix": key_prefix(settings)},
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,  # Redis away: keep trying, never exit
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
    )
    return app
