"""Operations routes: POST /ingest/retry and GET /metrics (Prometheus text format).

These routes need only Redis (the ingest ledger), so they answer even while Elasticsearch
is away, which is when an operator looks at them.

Retry: the API holds no files (it may run on another host than the inbox). It moves every
failed file back to `queued` and hands the paths to the watcher through a Redis list; the
watcher re-reads each file as it is *now* (a fixed file gets its second chance, a file
refused before it was ever queued, say one too large, has no stored bytes to retry anyway)
and queues it. Keeping the bytes of failed files in Redis instead would cost up to the size
limit per failure and retry the stale version.

Metrics: the worker records stage durations and counts in prefixed Redis keys as it works;
this collector reads them, with the ledger's state counts and the queue depth, on each scrape,
so counts survive worker restarts and add up over any number of workers."""

from __future__ import annotations

import redis
from fastapi import APIRouter, Depends, HTTPException, Response, status
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily
from pydantic import BaseModel, Field

from services.core.ledger import BUCKETS
from services.core.queue import queue_key, unacked_index_key

from .deps import Resources, resources


class RetryResponse(BaseModel):
    queued: int = Field(description="Failed files queued again")
    paths: list[str] = Field(description="Their inbox paths")
    watcher_alive: bool = Field(description="False: no watcher runs, the files wait until one starts")


router = APIRouter(tags=["operations"])


def _unavailable(exc: redis.RedisError) -> HTTPException:
    return HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, detail=f"Redis is not reachable ({exc}); try again shortly")


@router.post("/ingest/retry", summary="Queue every failed file again")
def ingest_retry(o: Resources = Depends(resources)) -> RetryResponse:
    """The watcher re-reads each failed file from the inbox and queues it; its failure
    record is dropped now, and written again if it fails again."""
    try:
        paths = o.ledger.request_retry()
        return RetryResponse(queued=len(paths), paths=sorted(paths), watcher_alive=o.ledger.watcher_alive())
    except redis.RedisError as exc:
        raise _unavailable(exc) from exc


class LedgerCollector:
    """Reads the ledger and the queue on every scrape (nothing cached in the API)."""

    def __init__(self, o: Resources) -> None:
        self.o = o

    def collect(self):
        o, s = self.o, self.o.settings
        pipe = o.redis.pipeline(transaction=False)
        pipe.llen(queue_key(s))
        pipe.zcard(unacked_index_key(s))
        pipe.llen(o.ledger.k_retry)
        depth, unacked, retry = pipe.execute()
        counts = o.ledger.status().model_dump()
        m = o.ledger.metrics()
        counters = {k: int(float(v)) for k, v in m["counters"].items()}

        files = GaugeMetricFamily("newsroom_files", "Inbox files by ingest state (the ledger)", labels=["state"])
        for state, n in counts.items():
            files.add_metric([state], n)
        yield files
        yield GaugeMetricFamily("newsroom_documents_indexed", "Files indexed as an article", value=counts["indexed"])
        yield GaugeMetricFamily("newsroom_documents_failed", "Files that failed, with a failure record", value=counts["failed"])
        yield GaugeMetricFamily("newsroom_queue_depth", "Tasks waiting in the ingest queue", value=depth)
        yield GaugeMetricFamily("newsroom_tasks_unacked", "Tasks delivered to a worker, not yet acknowledged", value=unacked)
        yield GaugeMetricFamily("newsroom_retry_requests_pending", "Retry requests the watcher has not taken yet", value=retry)
        yield GaugeMetricFamily("newsroom_watcher_up", "1 if a watcher heartbeat is fresh", value=int(o.ledger.watcher_alive()))

        events = CounterMetricFamily("newsroom_worker_events", "What workers did, counted in Redis", labels=["event"])
        for name in ("indexed", "duplicates", "failed", "retries", "redelivered", "worker_lost",
                     "skipped_redelivered", "skipped_stale"):
            events.add_metric([name], counters.get(name, 0))
        yield events

        hist = HistogramMetricFamily("newsroom_stage_duration_seconds", "Seconds per article in each stage", labels=["stage"])
        for stage in sorted(m["count"]):
            raw = {}
            for field, n in m["buckets"].items():
                name, _, le = field.rpartition("|")
                if name == stage:
                    raw[le] = int(n)
            cumulative, buckets = 0, []
            for bound in BUCKETS:
                cumulative += raw.get(str(bound), 0)
                buckets.append((str(bound), cumulative))
            buckets.append(("+Inf", int(m["count"][stage])))
            hist.add_metric([stage], buckets, float(m["sum"].get(stage, 0.0)))
        yield hist


@router.get("/metrics", summary="Prometheus metrics: documents, failures, queue depth, stage durations",
            response_class=Response, responses={200: {"content": {CONTENT_TYPE_LATEST: {}}}})
def metrics(o: Resources = Depends(resources)) -> Response:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(LedgerCollector(o))
    try:
        body = generate_latest(registry)
    except redis.RedisError as exc:
        raise _unavailable(exc) from exc
    return Response(body, media_type=CONTENT_TYPE_LATEST)
