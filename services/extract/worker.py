"""The Celery worker: `newsroom worker` consumes the ingest queue.

Each task carries one file's bytes. The work is written for lists of files (one nlp.pipe
stream, one bulk request), so batching more files per call changes nothing here.

Delivery is at least once, and every write is idempotent (article id = content hash,
`create`, path lists changed with seq_no guards), so a second delivery makes no second
article; one whose file the ledger already reports done is skipped at once.

- The worker renews the visibility of every task it holds (running, prefetched, or waiting
  for a retry countdown) in kombu's unacked index, so the visibility timeout only has to
  outlast a heartbeat, not the longest task; a dead worker's tasks come back one timeout
  after its last heartbeat (any live worker restores them).
- Elasticsearch unreachable or refusing writes (5xx, 429): retried through the queue with
  exponential backoff and full jitter for `retry_window_seconds`, then a failure record.
- Redis unreachable: the broker is away too, so no retry can be published; the task waits
  in place with backoff and redoes its (idempotent) work when Redis answers. If Redis stays
  away past the window, the task gives up unacknowledged and Redis delivers it again later.
- Anything else (a bug, a bad file) becomes a failure record: never a silent loss."""

from __future__ import annotations

import contextlib
import logging
import random
import threading
import time
from datetime import UTC, datetime
from functools import lru_cache

import redis
from celery import Task
from celery.exceptions import Retry
from celery.signals import worker_process_init, worker_ready
from elastic_transport import ConnectionError as ESConnectionError
from elastic_transport import ConnectionTimeout as ESConnectionTimeout
from elasticsearch import ApiError

from services.core.ledger import TERMINAL, IngestLedger
from services.core.logs import configure_logging
from services.core.models import FailureRecord, FileState, IngestEvent, Stage
from services.core.queue import PING, PROCESS_FILE, make_celery, queue_key, unacked_index_key
from services.core.settings import get_settings

from .pipeline import ArticleExtractor
from .store import ArticleStore, StoreUnavailable

log = logging.getLogger("newsroom.worker")
settings = get_settings()
app = make_celery(settings)

# Elasticsearch away or not ready: retry through the queue.
ES_TRANSIENT = (ESConnectionError, ESConnectionTimeout, StoreUnavailable)
ES_RETRY_STATUS = (429, 500, 502, 503, 504)
# Redis away (it is the broker too): wait in place.
REDIS_DOWN = (redis.ConnectionError, redis.TimeoutError)


def backoff(attempt: int, cap: float) -> float:
    """Exponential backoff with jitter: a random delay in [ceiling/2, ceiling]."""
    ceiling = min(cap, 2.0 ** attempt)
    return random.uniform(ceiling / 2, ceiling)


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
    rt = runtime()
    try:  # indices made before the first file arrives; if ES is away, on the first write
        rt.store  # noqa: B018
    except Exception as exc:
        log.warning("Elasticsearch not ready at start (%s): indices are made on the first write", exc)


def short(article_id: str) -> str:
    return article_id[:10]


def handle_events(events: list[IngestEvent]) -> None:
    rt = runtime()
    ledger = rt.ledger
    live: list[IngestEvent] = []
    for ev in events:
        seen = ledger.seen_sha(ev.path)
        if seen not in (None, ev.sha256):
            log.info("skipped %s: a newer version is queued", ev.path)
            ledger.count("skipped_stale")
            continue
        if seen == ev.sha256 and ledger.state(ev.path) in TERMINAL:
            log.info("skipped %s: already %s (a second delivery)", ev.path, ledger.state(ev.path))
            ledger.count("skipped_redelivered")
            continue
        attempts = ledger.add_attempt(ev.path)
        if attempts > settings.max_attempts:
            # Only deliveries that ended with the worker dead leave their attempt counted.
            ledger.record_failure(FailureRecord(
                path=ev.path, stage=Stage.extract, error="WorkerLost",
                reason=f"the worker died {attempts - 1} times while processing this file", attempts=attempts - 1,
            ))
            ledger.clear_attempts(ev.path)
            ledger.count("worker_lost")
            log.error("failed %s: worker died %d times on it", ev.path, attempts - 1)
            continue
        if attempts > 1:
            ledger.count("redelivered")
        ledger.set_state(ev.path, FileState.processing)
        live.append(ev)
    if not live:
        return
    try:
        started = time.perf_counter()
        results = rt.extractor.extract_files([(ev.path, ev.content()) for ev in live])
        extract_seconds = (time.perf_counter() - started) / len(live)
        articles = []
        for ev, res in zip(live, results, strict=True):
            if res.article and res.article.published_at is None and ev.mtime:
                # No date in the file itself: the file's time stands in for it.
                res.article.published_at = datetime.fromtimestamp(ev.mtime, UTC)
            if res.error:
                ledger.record_failure(res.error.record(res.path))
                ledger.clear_attempts(res.path)
                ledger.count("failed")
                log.warning("failed %s at %s: %s", res.path, res.error.stage.value, res.error.reason)
            else:
                articles.append(res.article)
        if not articles:
            return
        started = time.perf_counter()
        # Idle (nothing queued behind this task): refresh now, so a single drop is searchable at
        # once; busy: leave it to the index's refresh_interval (one refresh for many articles).
        idle = rt.ledger.r.llen(queue_key(settings)) == 0
        outcomes = rt.store.write(articles, refresh=idle)
        by_path = {ev.path: ev for ev in live}
        for outcome in outcomes:
            ev = by_path[outcome.path]
            if ledger.seen_sha(outcome.path) != ev.sha256:
                # The file changed while we worked: its newer version owns the path.
                if ledger.article_of(outcome.path) != outcome.article_id:
                    rt.store.remove_file(outcome.article_id, outcome.path)
                ledger.clear_attempts(outcome.path)
                log.info("dropped %s of %s: a newer version is queued", short(outcome.article_id), outcome.path)
                continue
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
                ledger.count("duplicates")
                log.info("duplicate %s of %s (%s)", outcome.path, outcome.duplicate_of_path, short(outcome.article_id))
            else:
                ledger.set_state(outcome.path, FileState.indexed)
                ledger.count("indexed")
                log.info(
                    "indexed %s as %s with %d entities, %d claims",
                    outcome.path, short(outcome.article_id), len(article.entities), len(article.claims),
                )
        index_seconds = (time.perf_counter() - started) / len(articles)
        nlp = [r.timings["nlp"] for r in results if "nlp" in r.timings]
        stages = {"extract": extract_seconds, "index": index_seconds}
        if nlp:
            stages["nlp"] = sum(nlp) / len(nlp)
        ledger.observe(stages, count=len(articles))
        now = datetime.now(UTC)
        for ev in live:
            ledger.observe({"queue_to_done": max(0.0, (now - ev.queued_at).total_seconds())})
    except BaseException:
        for ev in live:  # a handled end (retry or failure) is not a worker death
            with contextlib.suppress(redis.RedisError):
                ledger.clear_attempts(ev.path)
        raise


@app.task(name=PROCESS_FILE, bind=True, max_retries=None, acks_late=True)
def process_file(self: Task, event: dict, first_error_at: float | None = None) -> None:
    ev = IngestEvent.model_validate(event)
    redis_waits = 0
    redis_since: float | None = None
    while True:
        try:
            handle_events([ev])
            if redis_since is not None:
                log.info("%s done after Redis came back (%.1fs away)", ev.path, time.monotonic() - redis_since)
            return
        except Retry:
            raise
        except REDIS_DOWN as exc:
            redis_since = redis_since or time.monotonic()
            if time.monotonic() - redis_since > settings.retry_window_seconds:
                # Nowhere to record a failure; unacknowledged, Redis delivers the task again.
                log.error("giving up on %s for now: Redis unreachable for %.0fs (%s)", ev.path,
                          time.monotonic() - redis_since, exc)
                raise
            delay = backoff(redis_waits, settings.retry_backoff_max)
            redis_waits += 1
            log.warning("Redis unreachable while processing %s (%s); trying again in %.1fs", ev.path, exc, delay)
            time.sleep(delay)
        except (*ES_TRANSIENT, ApiError) as exc:
            if isinstance(exc, ApiError) and exc.meta.status not in ES_RETRY_STATUS:
                _fail(ev, Stage.index, exc, self.request.retries + 1)
                return
            _retry_later(self, ev, event, exc, first_error_at)
        except Exception as exc:  # a bug or an unforeseen input: a visible failure, never a loss
            log.exception("unexpected error on %s", ev.path)
            _fail(ev, Stage.extract, exc, self.request.retries + 1)
            return


def _retry_later(task: Task, ev: IngestEvent, event: dict, exc: BaseException, first_error_at: float | None) -> None:
    first = first_error_at or time.time()
    waited = time.time() - first
    attempts = task.request.retries + 1
    if waited >= settings.retry_window_seconds:
        _fail(ev, Stage.index, exc, attempts, f" (Elasticsearch unavailable for {waited:.0f}s, {attempts} attempts)")
        return
    # Countdowns stay well below the visibility timeout: an ETA task waiting longer than it
    # would be delivered twice if a heartbeat were missed.
    cap = min(settings.retry_backoff_max, settings.visibility_timeout / 2)
    delay = min(backoff(task.request.retries, cap), max(0.5, settings.retry_window_seconds - waited))
    log.warning("retrying %s in %.1fs (attempt %d; %s: %s)", ev.path, delay, attempts, type(exc).__name__, exc)
    with contextlib.suppress(redis.RedisError):
        ledger = runtime().ledger
        ledger.count("retries")
        ledger.set_state(ev.path, FileState.queued)
    raise task.retry(args=[event], kwargs={"first_error_at": first}, countdown=delay, exc=exc)


def _fail(ev: IngestEvent, stage: Stage, exc: BaseException, attempts: int = 1, note: str = "") -> None:
    log.error("failed %s at %s: %s%s", ev.path, stage.value, exc, note)
    try:
        ledger = runtime().ledger
        ledger.record_failure(FailureRecord(
            path=ev.path, stage=stage, error=type(exc).__name__, reason=f"{str(exc)[:500]}{note}", attempts=attempts,
        ))
        ledger.clear_attempts(ev.path)
        ledger.count("failed")
    except redis.RedisError:
        log.exception("could not record the failure of %s", ev.path)


@app.task(name=PING)
def ping(payload: str) -> str:
    """Round trip check: the worker answers with what it was sent."""
    return f"pong:{payload}"


# visibility heartbeat (runs in the worker's main process) ------------------------------

_heartbeat_started = threading.Event()


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


def renew_visibility(client: redis.Redis, tags: set[str]) -> int:
    """Mark held tasks as alive now; XX: an acknowledged one is never added back."""
    if not tags:
        return 0
    now = time.time()
    return int(client.zadd(unacked_index_key(settings), dict.fromkeys(tags, now), xx=True, ch=True) or 0)


def _heartbeat_loop() -> None:
    client = redis.Redis.from_url(settings.redis_url, socket_connect_timeout=5, socket_timeout=10)
    every = max(1.0, settings.visibility_timeout / 4)
    while True:
        time.sleep(every)
        try:
            renew_visibility(client, held_delivery_tags())
        except redis.RedisError as exc:
            log.debug("visibility heartbeat skipped: %s", exc)
        except Exception:  # the heartbeat must never die
            log.exception("visibility heartbeat error")


@worker_ready.connect
def _start_heartbeat(**_: object) -> None:
    if _heartbeat_started.is_set():
        return
    _heartbeat_started.set()
    threading.Thread(target=_heartbeat_loop, name="newsroom-visibility", daemon=True).start()


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
