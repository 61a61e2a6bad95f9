"""The Prometheus view of ingest: a collector that reads the ledger and the queue on every
scrape (nothing cached in the API).

The worker records stage durations and counts in prefixed Redis keys as it works; this reads
them, with the ledger's state counts and the queue depth, so counts survive worker restarts
and add up over any number of workers."""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric

from services.core.ledger import BUCKETS

from .deps import Resources

WORKER_EVENTS = ("indexed", "duplicates", "failed", "retries", "redelivered", "worker_lost",
                 "skipped_redelivered", "skipped_stale")


def queue_counts(res: Resources) -> tuple[int, int, int]:
    """Tasks waiting in the ingest queue, tasks delivered but not acknowledged, and retry
    requests the watcher has not taken yet, read in one round trip."""
    return res.ledger.queue_figures()


def _stage_histogram(m: dict[str, dict[str, str]]) -> HistogramMetricFamily:
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
    return hist


class LedgerCollector:
    """Reads the ledger and the queue on every scrape."""

    def __init__(self, res: Resources) -> None:
        self.res = res

    def collect(self) -> Iterator[Metric]:
        ledger = self.res.ledger
        depth, unacked, retry = queue_counts(self.res)
        counts = ledger.status().model_dump()
        m = ledger.metrics()
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
        yield GaugeMetricFamily("newsroom_watcher_up", "1 if a watcher heartbeat is fresh", value=int(ledger.watcher_alive()))

        events = CounterMetricFamily("newsroom_worker_events", "What workers did, counted in Redis", labels=["event"])
        for name in WORKER_EVENTS:
            events.add_metric([name], counters.get(name, 0))
        yield events
        yield _stage_histogram(m)


def exposition(res: Resources) -> bytes:
    """The Prometheus text format of the collector's metrics, read now."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(LedgerCollector(res))
    return generate_latest(registry)
