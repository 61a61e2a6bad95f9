"""The worker's batch flow: admit -> extract -> write -> settle.

The flow is written for lists of files (one nlp.pipe stream, one bulk request), so batching
more files per task changes nothing here. Delivery is at least once, and every write is
idempotent (article id = content hash, `create`, path lists changed with seq_no guards), so a
second delivery makes no second article; one whose file the ledger already reports done is
skipped at admission."""

from __future__ import annotations

import contextlib
import logging
import time
from datetime import UTC, datetime

import redis

from services.core.ledger import TERMINAL, IngestLedger
from services.core.models import Article, FailureRecord, FileState, IngestEvent, Stage
from services.core.settings import Settings

from .across import AcrossSteps
from .pipeline import ArticleExtractor, ExtractResult
from .store import ArticleStore, WriteOutcome

log = logging.getLogger("newsroom.worker")


def short(article_id: str) -> str:
    return article_id[:10]


def _by_path(results: list[ExtractResult]) -> dict[str, list[ExtractResult]]:
    grouped: dict[str, list[ExtractResult]] = {}
    for r in results:
        grouped.setdefault(r.path, []).append(r)
    return grouped


class BatchFlow:
    """What one worker process loads once (the spaCy model, the ES client, the ledger) and the
    flow every batch of events goes through."""

    def __init__(self, settings: Settings, ledger: IngestLedger | None = None,
                 extractor: ArticleExtractor | None = None, store: ArticleStore | None = None) -> None:
        self.settings = settings
        self.ledger = ledger or IngestLedger(settings)
        self.extractor = extractor or ArticleExtractor(settings)
        self._store = store
        self._across: AcrossSteps | None = None
        self._refreshed = False

    @property
    def store(self) -> ArticleStore:
        if self._store is None:  # created lazily: ES may be away when the worker starts
            self._store = ArticleStore(self.settings)
        return self._store

    @property
    def across(self) -> AcrossSteps:
        """Stories, claim groups and alerts (grouping.py, alerts.py): made with the store."""
        if self._across is None:
            self._across = AcrossSteps(self.settings, self.store.es, self.store.names)
        return self._across

    def run(self, events: list[IngestEvent]) -> None:
        live = self.admit(events)
        if not live:
            return
        try:
            started = time.perf_counter()
            results = self.extract(live)
            extract_seconds = (time.perf_counter() - started) / len(live)
            articles = [r.article for r in results if r.article]
            if not articles and not any(r.unchanged for r in results):
                return
            started = time.perf_counter()
            outcomes = self.write(articles) if articles else []
            self.settle(live, results, outcomes)
            if articles:
                self.across.after_write(articles, outcomes, self._refreshed)
            index_seconds = (time.perf_counter() - started) / max(1, len(articles))
            self.observe(live, results, len(articles), extract_seconds, index_seconds)
        except BaseException:
            for ev in live:  # a handled end (retry or failure) is not a worker death
                with contextlib.suppress(redis.RedisError):
                    self.ledger.clear_attempts(ev.path)
            raise

    def admit(self, events: list[IngestEvent]) -> list[IngestEvent]:
        """The events to work on now: not stale, not done already, not a file that keeps
        killing the worker. Each admitted file is `processing`, with its attempt counted."""
        ledger = self.ledger
        live: list[IngestEvent] = []
        for ev in events:
            seen = ledger.seen_sha(ev.path)
            if seen not in (None, ev.sha256):
                log.info("skipped %s: a newer version is queued", ev.path)
                ledger.count("skipped_stale")
                continue
            if seen == ev.sha256 and (state := ledger.state(ev.path)) in TERMINAL:
                log.info("skipped %s: already %s (a second delivery)", ev.path, state)
                ledger.count("skipped_redelivered")
                continue
            attempts = ledger.add_attempt(ev.path)
            if attempts > self.settings.max_attempts:
                # Only deliveries that ended with the worker dead leave their attempt counted.
                deaths = attempts - 1
                ledger.fail(FailureRecord(
                    path=ev.path, stage=Stage.extract, error="WorkerLost",
                    reason=f"the worker died {deaths} times while processing this file", attempts=deaths,
                ), counter="worker_lost")
                log.error("failed %s: worker died %d times on it", ev.path, deaths)
                continue
            if attempts > 1:
                ledger.count("redelivered")
            ledger.set_state(ev.path, FileState.processing)
            live.append(ev)
        return live

    def extract(self, live: list[IngestEvent]) -> list[ExtractResult]:
        """Every file gets results; a file that cannot become any article is failed here (its
        failed items, if any, named in the reason). Items the file already held, unchanged,
        are not extracted again."""
        known = [set(self.ledger.items_of(ev.path).values()) for ev in live]
        results = self.extractor.extract_files(
            [(ev.path, ev.content()) for ev in live], mtimes=[ev.mtime for ev in live], known=known,
        )
        for path, mine in _by_path(results).items():
            if any(r.article or r.unchanged for r in mine):
                continue
            errors = [r for r in mine if r.error]
            if not errors:
                continue
            first = errors[0].error
            record = first.record(path)
            if errors[0].position:
                more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
                record = record.model_copy(update={"reason": f"no item could be read: {errors[0].position}: {first.reason}{more}",
                                                   "item": errors[0].position})
            self.ledger.fail(record)
            log.warning("failed %s at %s: %s", path, first.stage.value, record.reason)
        return results

    def write(self, articles: list[Article]) -> list[WriteOutcome]:
        # Idle (nothing queued behind this task): refresh now, so a single drop is searchable at
        # once; busy: leave it to the index's refresh_interval (one refresh for many articles).
        idle = self._refreshed = self.ledger.queue_depth() == 0
        return self.store.write(articles, refresh=idle, extra=self.across.before_write(articles))

    def settle(self, live: list[IngestEvent], results: list[ExtractResult], outcomes: list[WriteOutcome]) -> None:
        """Point each path at its articles (by position) in the ledger, and retire what the
        file held before and holds no more."""
        ledger = self.ledger
        written: dict[str, dict[str, WriteOutcome]] = {}
        for outcome in outcomes:
            written.setdefault(outcome.path, {})[outcome.article_id] = outcome
        for ev in live:
            mine = [r for r in results if r.path == ev.path]
            items = {r.position or "": (r.article.id if r.article else r.unchanged) for r in mine
                     if r.article or r.unchanged}
            if not items:
                continue  # failed in extract
            previous = set(ledger.items_of(ev.path).values())
            now = set(items.values())
            if ledger.seen_sha(ev.path) != ev.sha256:
                # The file changed while we worked: its newer version owns the path.
                for article_id in now - previous:
                    self.store.remove_file(article_id, ev.path)
                ledger.clear_attempts(ev.path)
                log.info("dropped %d articles of %s: a newer version is queued", len(now - previous), ev.path)
                continue
            for old in previous - now:  # the file changed: its old version no longer stands for it
                deleted = self.store.remove_file(old, ev.path)
                log.info("replaced %s of %s%s", short(old), ev.path, " (deleted)" if deleted else "")
            mine_written = written.get(ev.path, {})
            fresh = [o for o in mine_written.values() if o.result == "indexed"]
            unchanged = sum(1 for r in mine if r.unchanged)
            state = FileState.duplicate if mine_written and not fresh and not unchanged else FileState.indexed
            failed = [r.error.record(ev.path).model_copy(update={"item": r.position}) for r in mine
                      if r.error and r.position]
            ledger.settle_items(ev.path, items, state, failed)
            if unchanged:
                ledger.count("items_unchanged", unchanged)
            for o in mine_written.values():
                if o.result == "duplicate":
                    log.info("duplicate %s of %s (%s)", ev.path, o.duplicate_of_path, short(o.article_id))
            if fresh:
                by_id = {r.article.id: r.article for r in mine if r.article}
                log.info("indexed %s: %s", ev.path, ", ".join(
                    f"{short(o.article_id)} ({len(by_id[o.article_id].entities)} entities, "
                    f"{len(by_id[o.article_id].claims)} claims)" for o in fresh[:5]) + (" …" if len(fresh) > 5 else ""))
            if failed:
                log.warning("%s: %d items failed: %s", ev.path, len(failed),
                            "; ".join(f"{r.item}: {r.reason}" for r in failed[:3]))

    def observe(self, live: list[IngestEvent], results: list[ExtractResult], written: int,
                extract_seconds: float, index_seconds: float) -> None:
        nlp = [r.timings["nlp"] for r in results if "nlp" in r.timings]
        stages = {"extract": extract_seconds, "index": index_seconds}
        if nlp:
            stages["nlp"] = sum(nlp) / len(nlp)
        self.ledger.observe(stages, count=written)
        now = datetime.now(UTC)
        for ev in live:
            self.ledger.observe({"queue_to_done": max(0.0, (now - ev.queued_at).total_seconds())})
