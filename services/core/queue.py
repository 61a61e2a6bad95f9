"""The Celery app and task names shared by the watcher (producer) and the worker (consumer).

The watcher sends tasks by name, so it never imports the worker's code."""

from __future__ import annotations

from celery import Celery

from .settings import Settings

PROCESS_FILE = "newsroom.process_file"
PING = "newsroom.ping"


def make_celery(settings: Settings) -> Celery:
    app = Celery(f"{settings.index_prefix}", broker=settings.redis_url, backend=settings.redis_url)
    transport = {
        # Every Redis key kombu writes (queues, unacked sets) carries the prefix.
        "global_keyprefix": f"{settings.index_prefix}:",
        "visibility_timeout": settings.visibility_timeout,
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
        result_backend_transport_options={"global_keyprefix": f"{settings.index_prefix}:"},
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
    )
    return app
