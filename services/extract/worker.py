"""`newsroom worker`: the Celery entry point that consumes the ingest queue.

`create_worker_app` builds the Celery app and registers the tasks; each task carries one
file's bytes and hands it to the batch flow (services/extract/batch.py). What happens on an
error is the retry policy's call (services/extract/retry.py); the visibility heartbeat runs in
the main process (services/extract/heartbeat.py). Anything that is not retried becomes a
failure record: never a silent loss."""

from __future__ import annotations

import contextlib
import logging
import time
from functools import cache

import redis
from celery import Celery, Task
from celery.exceptions import Retry
from celery.signals import worker_process_init, worker_ready

from services.core.ledger import IngestLedger
from services.core.logs import configure_logging
from services.core.models import FailureRecord, IngestEvent, Stage
from services.core.queue import PING, PROCESS_FILE, make_celery
from services.core.settings import Settings, get_settings

from .batch import BatchFlow
from .heartbeat import VisibilityHeartbeat
from .retry import Action, RetryPolicy, backoff

__all__ = ["backoff", "create_worker_app", "run_worker"]

log = logging.getLogger("newsroom.worker")


def create_worker_app(settings: Settings) -> Celery:
    """The worker's Celery app with its tasks and signal handlers (`run_worker` starts it)."""
    app = make_celery(settings)
    policy = RetryPolicy(settings)
    heartbeat = VisibilityHeartbeat(settings)

    @cache
    def batch_flow() -> BatchFlow:
        """One per pool process, made in it: the spaCy model is loaded once per process."""
        return BatchFlow(settings)

    @worker_process_init.connect(weak=False)
    def load_model(**_: object) -> None:
        flow = batch_flow()
        try:  # indices made before the first file arrives; if ES is away, on the first write
            flow.store  # noqa: B018
        except Exception as exc:
            log.warning("Elasticsearch not ready at start (%s): indices are made on the first write", exc)

    @worker_ready.connect(weak=False)
    def start_heartbeat(**_: object) -> None:
        try:  # ledger data of before the packed record: moved before it is counted twice
            IngestLedger(settings).migrate()
        except Exception as exc:  # Redis away: the watcher migrates at its start too
            log.warning("ledger migration not done (%s)", exc)
        heartbeat.start()

    @app.task(name=PROCESS_FILE, bind=True, max_retries=None, acks_late=True)
    def process_file(self: Task, event: dict, first_error_at: float | None = None) -> None:
        ev = IngestEvent.model_validate(event)
        redis_waits = 0
        redis_since: float | None = None
        while True:
            try:
                batch_flow().run([ev])
                if redis_since is not None:
                    log.info("%s done after Redis came back (%.1fs away)", ev.path, time.monotonic() - redis_since)
                return
            except Retry:
                raise
            except Exception as exc:
                action = policy.action(exc)
                if action is Action.WAIT_IN_PLACE:
                    redis_since = redis_since or time.monotonic()
                    away = time.monotonic() - redis_since
                    if policy.window_over(away):
                        # Nowhere to record a failure; unacknowledged, Redis delivers the task again.
                        log.error("giving up on %s for now: Redis unreachable for %.0fs (%s)", ev.path, away, exc)
                        raise
                    delay = policy.wait_delay(redis_waits)
                    redis_waits += 1
                    log.warning("Redis unreachable while processing %s (%s); trying again in %.1fs", ev.path, exc, delay)
                    time.sleep(delay)
                elif action is Action.RETRY_LATER:
                    _retry_later(self, policy, batch_flow().ledger, ev, event, exc, first_error_at)
                else:  # a bug or an unforeseen input: a visible failure, never a loss
                    stage = policy.failure_stage(exc)
                    if stage is Stage.extract:
                        log.exception("unexpected error on %s", ev.path)
                    _fail(batch_flow().ledger, ev, stage, exc, self.request.retries + 1)
                    return

    @app.task(name=PING)
    def ping(payload: str) -> str:
        """Round trip check: the worker answers with what it was sent."""
        return f"pong:{payload}"

    return app


def _retry_later(task: Task, policy: RetryPolicy, ledger: IngestLedger, ev: IngestEvent, event: dict,
                 exc: BaseException, first_error_at: float | None) -> None:
    first = first_error_at or time.time()
    waited = time.time() - first
    attempts = task.request.retries + 1
    if policy.window_over(waited):
        _fail(ledger, ev, Stage.index, exc, attempts, f" (Elasticsearch unavailable for {waited:.0f}s, {attempts} attempts)")
        return
    delay = policy.countdown(task.request.retries, waited)
    log.warning("retrying %s in %.1fs (attempt %d; %s: %s)", ev.path, delay, attempts, type(exc).__name__, exc)
    with contextlib.suppress(redis.RedisError):
        ledger.requeue_for_retry(ev.path)
    raise task.retry(args=[event], kwargs={"first_error_at": first}, countdown=delay, exc=exc)


def _fail(ledger: IngestLedger, ev: IngestEvent, stage: Stage, exc: BaseException, attempts: int = 1,
          note: str = "") -> None:
    log.error("failed %s at %s: %s%s", ev.path, stage.value, exc, note)
    try:
        ledger.fail(FailureRecord(
            path=ev.path, stage=stage, error=type(exc).__name__, reason=f"{str(exc)[:500]}{note}", attempts=attempts,
        ))
    except redis.RedisError:
        log.exception("could not record the failure of %s", ev.path)


def run_worker(concurrency: int | None = None, loglevel: str = "INFO") -> None:
    configure_logging(loglevel)
    settings = get_settings()
    names = settings.names
    create_worker_app(settings).worker_main([
        "worker",
        f"--loglevel={loglevel}",
        f"--concurrency={concurrency or settings.worker_concurrency}",
        f"--queues={names.queue}",
        f"--hostname={names.worker_hostname(settings.worker_host or '%h')}",
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
    ])
