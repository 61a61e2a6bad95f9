"""`python -m services.extract.healthcheck`: exit 0 if this host's worker answers a Celery
control ping through the broker (the main process answers even while its pool is busy with an
article). The container's HEALTHCHECK runs it; the node name comes from StackNames."""

from __future__ import annotations

import socket
import sys

from services.core.queue import make_celery
from services.core.settings import get_settings


def worker_answers(timeout: float = 10) -> bool:
    settings = get_settings()
    node = settings.names.worker_hostname(settings.worker_host or socket.gethostname())
    return bool(make_celery(settings).control.ping(destination=[node], timeout=timeout))


if __name__ == "__main__":
    sys.exit(0 if worker_answers() else 1)
