"""One log format for every newsroom process; logs go to stderr."""

from __future__ import annotations

import logging
import sys

QUIET = ("elastic_transport", "elasticsearch", "urllib3", "watchdog", "celery.worker.strategy", "celery.app.trace")


def configure_logging(level: str = "INFO") -> None:
    logging.basicConfig(
        stream=sys.stderr, level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)
