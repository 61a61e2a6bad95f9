"""The Celery worker: `newsroom worker` consumes the ingest queue."""

from __future__ import annotations

import logging

from services.core.queue import PING, make_celery
from services.core.settings import get_settings

log = logging.getLogger("newsroom.worker")
settings = get_settings()
app = make_celery(settings)


@app.task(name=PING)
def ping(payload: str) -> str:
    """Round trip check: the worker answers with what it was sent."""
    return f"pong:{payload}"


def run_worker(concurrency: int | None = None, loglevel: str = "INFO") -> None:
    app.worker_main(
        [
            "worker",
            f"--loglevel={loglevel}",
            f"--concurrency={concurrency or settings.worker_concurrency}",
            f"--queues={settings.queue_name}",
            f"--hostname={settings.index_prefix}-worker@%h",
            "--without-gossip",
            "--without-mingle",
        ]
    )
