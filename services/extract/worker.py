"""`newsroom worker`: the Celery entry point that consumes the ingest queue.

`create_worker_app` builds the Celery app and registers the tasks; a task carries one file's
bytes, or several files' (the watcher groups files ready at once, NEWSROOM_TASK_FILES), and
hands them to the batch flow (services/extract/batch.py) together. An error that is not
transient, or a delivery that died with its worker, makes each file of the task run alone, so
only the bad file fails. What happens on an error is the retry policy's call
(services/extract/retry.py); the visibility heartbeat runs in the main process
(services/extract/heartbeat.py). Anything that is not retried becomes a failure record: never
a silent loss."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from functools import cache

import redis
from celery import Celery, Task
from celery.exceptions import Retry
from celery.signals import worker_process_init, worker_ready
from pydantic import ValidationError

from services.core.ledger import IngestLedger
from services.core.logs import configure_logging
from services.core.models import FailureRecord, IngestEvent, Stage
from services.core.queue import PING, PROCESS_FILE, PROCESS_FILES, make_celery
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

    def attempt(events: list[IngestEvent]) -> BaseException | None:
        """Run the events as one batch; Redis away is waited out in place. Returns the error
        that is left to handle (None when done)."""
        redis_waits = 0
        redis_since: float | None = None
        names = ", ".join(ev.path for ev in events)
        while True:
            try:
                batch_flow().run(events)
                if redis_since is not None:
                    log.info("%s done after Redis came back (%.1fs away)", names, time.monotonic() - redis_since)
                return None
            except Retry:
                raise
            except Exception as exc:
                if policy.action(exc) is not Action.WAIT_IN_PLACE:
                    return exc
                redis_since = redis_since or time.monotonic()
                away = time.monotonic() - redis_since
                if policy.window_over(away):
                    # Nowhere to record a failure; unacknowledged, Redis delivers the task again.
                    log.error("giving up on %s for now: Redis unreachable for %.0fs (%s)", names, away, exc)
                    raise
                delay = policy.wait_delay(redis_waits)
                redis_waits += 1
                log.warning("Redis unreachable while processing %s (%s); trying again in %.1fs", names, exc, delay)
                time.sleep(delay)

    def handle(task: Task, events: list[IngestEvent], first_error_at: float | None,
               args_for: Callable[[list[dict]], list]) -> None:
        """One task's files: together while that works; each alone after an error that is not
        transient, or when a delivery of this task died, so only the bad file fails."""
        try:
            alone = len(events) > 1 and any(batch_flow().ledger.attempts([ev.path for ev in events]))
        except redis.RedisError:  # Redis away: the batch waits for it in place (attempt)
            alone = False
        if alone:
            log.warning("a worker died holding %d files together: each runs alone now", len(events))
        else:
            exc = attempt(events)
            if exc is None:
                return
            if policy.action(exc) is Action.RETRY_LATER or len(events) == 1:
                settle_error(task, events, exc, first_error_at, args_for)
                return
            log.warning("%d files failed together (%s: %s): each runs alone now", len(events), type(exc).__name__, exc)
        later: list[IngestEvent] = []
        last: BaseException | None = None
        for ev in events:
            exc = attempt([ev])
            if exc is None:
                continue
            if policy.action(exc) is Action.RETRY_LATER:
                later.append(ev)
                last = exc
            else:
                settle_error(task, [ev], exc, first_error_at, args_for)
        if later and last is not None:
            settle_error(task, later, last, first_error_at, args_for)

    def settle_error(task: Task, events: list[IngestEvent], exc: BaseException, first_error_at: float | None,
                     args_for: Callable[[list[dict]], list]) -> None:
        ledger = batch_flow().ledger
        if policy.action(exc) is Action.RETRY_LATER:
            _retry_later(task, policy, ledger, events, exc, first_error_at, args_for)
            return
        # a bug or an unforeseen input: a visible failure, never a loss
        stage = policy.failure_stage(exc)
        for ev in events:
            if stage is Stage.extract:
                log.error("unexpected error on %s", ev.path, exc_info=exc)
            _fail(ledger, ev, stage, exc, task.request.retries + 1)

    @app.task(name=PROCESS_FILE, bind=True, max_retries=None, acks_late=True)
    def process_file(self: Task, event: dict, first_error_at: float | None = None) -> None:
        """One file (what watchers sent before NEWSROOM_TASK_FILES, and a file alone now)."""
        handle(self, [IngestEvent.model_validate(event)], first_error_at, lambda evs: evs[:1])

    @app.task(name=PROCESS_FILES, bind=True, max_retries=None, acks_late=True)
    def process_files(self: Task, events: list[dict], first_error_at: float | None = None) -> None:
        """Several files ready at once: one nlp.pipe stream and one bulk write for all."""
        handle(self, _valid(events), first_error_at, lambda evs: [evs])

    @app.task(name=PING)
    def ping(payload: str) -> str:
        """Round trip check: the worker answers with what it was sent."""
        return f"pong:{payload}"

    return app


def _valid(events: list[dict]) -> list[IngestEvent]:
    """The task's events that are events; one that is not is logged and left (no path to
    record a failure under, and its batch-mates must not pay for it)."""
    valid = []
    for event in events:
        try:
            valid.append(IngestEvent.model_validate(event))
        except ValidationError as exc:
            log.error("dropped a malformed event (%s): %s", str(event)[:200], exc)
    return valid


def _retry_later(task: Task, policy: RetryPolicy, ledger: IngestLedger, events: list[IngestEvent],
                 exc: BaseException, first_error_at: float | None, args_for: Callable[[list[dict]], list]) -> None:
    """Elasticsearch away: the files come back in one delayed task, each `queued` again in the
    ledger meanwhile; past the retry window each is failed with the reason."""
    first = first_error_at or time.time()
    waited = time.time() - first
    attempts = task.request.retries + 1
    if policy.window_over(waited):
        for ev in events:
            _fail(ledger, ev, Stage.index, exc, attempts, f" (Elasticsearch unavailable for {waited:.0f}s, {attempts} attempts)")
        return
    delay = policy.countdown(task.request.retries, waited)
    for ev in events:
        log.warning("retrying %s in %.1fs (attempt %d; %s: %s)", ev.path, delay, attempts, type(exc).__name__, exc)
        with contextlib.suppress(redis.RedisError):
            ledger.requeue_for_retry(ev.path)
    args = args_for([ev.model_dump(mode="json") for ev in events])
    raise task.retry(args=args, kwargs={"first_error_at": first}, countdown=delay, exc=exc)


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
