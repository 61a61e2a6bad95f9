"""The Celery worker: `newsroom worker` consumes the ingest queue.

Each task carries one file's bytes. The work is written for lists of files (one nlp.pipe
stream, one bulk request), so batching more files per call changes nothing here."""

from __future__ import annotations

import contextlib
import logging
import random
from functools import lru_cache

import redis
from celery import Task
from celery.signals import worker_process_init
from elastic_transport import ConnectionError as ESConnectionError
from elastic_transport import ConnectionTimeout as ESConnectionTimeout
from elasticsearch import ApiError

from services.core.ledger import IngestLedger
from services.core.logs import configure_logging
from services.core.models import FailureRecord, FileState, IngestEvent, Stage
from services.core.queue import PING, PROCESS_FILE, make_celery
from services.core.settings import get_settings

from .pipeline import ArticleExtractor
from .store import ArticleStore

log = logging.getLogger("newsroom.worker")
settings = get_settings()
app = make_celery(settings)

# Errors that mean "a service is away", not "this file is bad": retry, don't fail the file.
TRANSIENT = (ESConnectionError, ESConnectionTimeout, redis.ConnectionError, redis.TimeoutError)
MAX_RETRIES = 12
BACKOFF_MAX = 60.0


class Runtime:
    """What one worker process loads once: the spaCy model, the ES client, the ledger."""

    def __init__(self) -> None:
        self.ledger = IngestLedger(settings)
        self.extractor = ArticleExtractor(settings)
        self._store: ArticleStore | None = None

    @property
    def store(self) -> ArticleStore:
        if self._store is None:  # created lazily: ES may be away when the worker starts
            self._store = ArticleStore(settings)
        return self._store


@lru_cache(maxsize=1)
def runtime() -> Runtime:
    return Runtime()


@worker_process_init.connect
def _load_model(**_: object) -> None:
    runtime()


def short(article_id: str) -> str:
    return article_id[:10]


def handle_events(events: list[IngestEvent]) -> None:
    rt = runtime()
    ledger = rt.ledger
    live: list[IngestEvent] = []
    for ev in events:
        if ledger.seen_sha(ev.path) not in (None, ev.sha256):
            log.info("skipped %s: a newer version is queued", ev.path)
            continue
        attempts = ledger.add_attempt(ev.path)
        if attempts > settings.max_attempts:
            # Only deliveries that ended with the worker dead leave their attempt counted.
            ledger.record_failure(FailureRecord(
                path=ev.path, stage=Stage.extract, error="WorkerLost",
                reason=f"the worker died {attempts - 1} times while processing this file", attempts=attempts - 1,
            ))
            ledger.clear_attempts(ev.path)
            log.error("failed %s: worker died %d times on it", ev.path, attempts - 1)
            continue
        ledger.set_state(ev.path, FileState.processing)
        live.append(ev)
    if not live:
        return
    try:
        results = rt.extractor.extract_files([(ev.path, ev.content()) for ev in live])
        articles = []
        for res in results:
            if res.error:
                ledger.record_failure(res.error.record(res.path))
                ledger.clear_attempts(res.path)
                log.warning("failed %s at %s: %s", res.path, res.error.stage.value, res.error.reason)
            else:
                articles.append(res.article)
        for outcome in rt.store.write(articles):
            previous = ledger.article_of(outcome.path)
            if previous and previous != outcome.article_id:
                # The file changed: its old version no longer stands for it.
                deleted = rt.store.remove_file(previous, outcome.path)
                log.info("replaced %s of %s%s", short(previous), outcome.path, " (deleted)" if deleted else "")
            ledger.set_article(outcome.path, outcome.article_id)
            ledger.clear_failure(outcome.path)
            ledger.clear_attempts(outcome.path)
            article = next(a for a in articles if a.id == outcome.article_id)
            if outcome.result == "duplicate":
                ledger.set_state(outcome.path, FileState.duplicate)
                log.info("duplicate %s of %s (%s)", outcome.path, outcome.duplicate_of_path, short(outcome.article_id))
            else:
                ledger.set_state(outcome.path, FileState.indexed)
                log.info(
                    "indexed %s as %s with %d entities, %d claims",
                    outcome.path, short(outcome.article_id), len(article.entities), len(article.claims),
                )
    except BaseException:
        for ev in live:  # a handled end (retry or failure) is not a worker death
            with contextlib.suppress(redis.RedisError):
                ledger.clear_attempts(ev.path)
        raise


@app.task(name=PROCESS_FILE, bind=True, max_retries=MAX_RETRIES, acks_late=True)
def process_file(self: Task, event: dict) -> None:
    ev = IngestEvent.model_validate(event)
    try:
        handle_events([ev])
    except (*TRANSIENT, ApiError) as exc:
        if isinstance(exc, ApiError) and exc.meta.status not in (429, 502, 503, 504):
            _fail(ev, Stage.index, exc)
            return
        if self.request.retries >= MAX_RETRIES:
            _fail(ev, Stage.index, exc)
            return
        # Exponential backoff with full jitter, capped below the visibility timeout.
        cap = min(BACKOFF_MAX, 2.0 ** self.request.retries, settings.visibility_timeout / 2)
        delay = random.uniform(cap / 2, cap)
        log.warning("retrying %s in %.1fs (%s: %s)", ev.path, delay, type(exc).__name__, exc)
        raise self.retry(countdown=delay, exc=exc) from exc


def _fail(ev: IngestEvent, stage: Stage, exc: BaseException) -> None:
    log.error("failed %s at %s: %s", ev.path, stage.value, exc)
    try:
        runtime().ledger.record_failure(FailureRecord(
            path=ev.path, stage=stage, error=type(exc).__name__, reason=str(exc)[:500],
        ))
    except redis.RedisError:
        log.exception("could not record the failure of %s", ev.path)


@app.task(name=PING)
def ping(payload: str) -> str:
    """Round trip check: the worker answers with what it was sent."""
    return f"pong:{payload}"


def run_worker(concurrency: int | None = None, loglevel: str = "INFO") -> None:
    configure_logging(loglevel)
    app.worker_main([
        "worker",
        f"--loglevel={loglevel}",
        f"--concurrency={concurrency or settings.worker_concurrency}",
        f"--queues={settings.queue_name}",
        f"--hostname={settings.index_prefix}-worker@%h",
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
    ])
