"""The ingest ledger in Redis: the source of truth for what happened to each inbox file.

Every file is in exactly one state; counts move with the state in one atomic script, so
/ingest/status is exact without scanning."""

from __future__ import annotations

import json
import time

import redis

from .models import FailureRecord, FileState, IngestStatus
from .settings import Settings

_TRANSITION = """
local old = redis.call('HGET', KEYS[1], ARGV[1])
if old == ARGV[2] then return old end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if old then redis.call('HINCRBY', KEYS[2], old, -1) end
redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
return old
"""

_FORGET = """
local old = redis.call('HGET', KEYS[1], ARGV[1])
if not old then return nil end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('HINCRBY', KEYS[2], old, -1)
return old
"""

# Failed files back to `queued`, their failure records dropped, their paths handed to the
# watcher (which holds the files) in one step: a retry is never half-requested.
_RETRY = """
local paths = redis.call('HKEYS', KEYS[3])
for _, path in ipairs(paths) do
  local old = redis.call('HGET', KEYS[1], path)
  if old ~= 'queued' then
    redis.call('HSET', KEYS[1], path, 'queued')
    if old then redis.call('HINCRBY', KEYS[2], old, -1) end
    redis.call('HINCRBY', KEYS[2], 'queued', 1)
  end
  redis.call('HDEL', KEYS[3], path)
  redis.call('HDEL', KEYS[5], path)
  redis.call('HSET', KEYS[6], path, ARGV[1])
  redis.call('RPUSH', KEYS[4], path)
end
return paths
"""

# Histogram bucket bounds (seconds) for stage durations.
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
TERMINAL = (FileState.indexed, FileState.duplicate, FileState.failed)


class IngestLedger:
    """Every read and write of the ledger's Redis keys (and of the queue figures the services
    watch) goes through here; callers never use the client themselves."""

    def __init__(self, settings: Settings, client: redis.Redis | None = None) -> None:
        # No service touches this client: callers use the operations below.
        self.r = client or redis.Redis.from_url(
            settings.redis_url, decode_responses=True, socket_connect_timeout=5, socket_timeout=30
        )
        self.names = n = settings.names
        self._transition = self.r.register_script(_TRANSITION)
        self._forget = self.r.register_script(_FORGET)
        self._retry = self.r.register_script(_RETRY)
        self._state_keys = [n.file_state, n.file_count]

    def ping(self) -> bool:
        return bool(self.r.ping())

    # state -----------------------------------------------------------------
    def set_state(self, path: str, state: FileState, client: redis.client.Pipeline | None = None) -> str | None:
        return self._transition(keys=self._state_keys, args=[path, state.value], client=client)

    def state(self, path: str) -> FileState | None:
        value = self.r.hget(self.names.file_state, path)
        return FileState(value) if value else None

    def states(self, paths: list[str]) -> list[FileState | None]:
        values = self.r.hmget(self.names.file_state, paths) if paths else []
        return [FileState(v) if v else None for v in values]

    def files_in(self, *states: FileState) -> dict[str, FileState]:
        """Every path whose state is one of these (HSCAN: for sweeps, not for hot paths)."""
        wanted = {s.value for s in states}
        return {k: FileState(v) for k, v in self.r.hscan_iter(self.names.file_state, count=1000) if v in wanted}

    def forget(self, path: str) -> None:
        """The file left the inbox: it no longer counts anywhere."""
        n = self.names
        self._forget(keys=self._state_keys, args=[path])
        items, failed = self.items_of(path, fallback=False), self.item_failures(path)
        pipe = self.r.pipeline()
        for key in (n.file_sha, n.failures, n.file_attempts, n.file_queued_at, n.file_items, n.item_failures):
            pipe.hdel(key, path)
        pipe.hincrby(n.file_count, "articles", -len(items))
        pipe.hincrby(n.file_count, "failed_items", -len(failed))
        pipe.execute()

    def status(self) -> IngestStatus:
        counts = {k: max(0, int(v)) for k, v in self.r.hgetall(self.names.file_count).items()}
        states = [counts.get(s.value, 0) for s in FileState]
        return IngestStatus(
            queued=counts.get("queued", 0),
            processing=counts.get("processing", 0),
            indexed=counts.get("indexed", 0),
            duplicates=counts.get("duplicate", 0),
            failed=counts.get("failed", 0),
            files=sum(states),
            articles=counts.get("articles", 0),
            failed_items=counts.get("failed_items", 0),
        )

    # the queue, as the services watch it -------------------------------------------
    def queue_depth(self) -> int:
        """Tasks waiting in the ingest queue (not yet delivered to a worker)."""
        return int(self.r.llen(self.names.queue_key))

    def unacked_count(self) -> int:
        """Tasks delivered to a worker and not yet acknowledged."""
        return int(self.r.zcard(self.names.unacked_index_key))

    def retry_backlog(self) -> int:
        """Retry requests the watcher has not taken yet."""
        return int(self.r.llen(self.names.retry_requests))

    def queue_figures(self) -> tuple[int, int, int]:
        """queue_depth, unacked_count and retry_backlog read in one round trip."""
        pipe = self.r.pipeline(transaction=False)
        pipe.llen(self.names.queue_key)
        pipe.zcard(self.names.unacked_index_key)
        pipe.llen(self.names.retry_requests)
        depth, unacked, retry = pipe.execute()
        return int(depth), int(unacked), int(retry)

    def renew_visibility(self, delivery_tags: set[str]) -> int:
        """Mark tasks a live worker holds as alive now, so Redis does not deliver them again;
        XX: an acknowledged task is never added back. Returns how many were renewed."""
        if not delivery_tags:
            return 0
        now = time.time()
        added = self.r.zadd(self.names.unacked_index_key, dict.fromkeys(delivery_tags, now), xx=True, ch=True)
        return int(added or 0)

    # change detection ----------------------------------------------------------
    def seen_sha(self, path: str) -> str | None:
        return self.r.hget(self.names.file_sha, path)

    def shas(self, paths: list[str]) -> list[str | None]:
        return self.r.hmget(self.names.file_sha, paths) if paths else []

    def mark_queued(self, path: str, sha256: str) -> None:
        pipe = self.r.pipeline()
        pipe.hset(self.names.file_sha, path, sha256)
        pipe.hset(self.names.file_queued_at, path, time.time())
        pipe.execute()
        self.set_state(path, FileState.queued)

    def queued_at(self, path: str) -> float | None:
        value = self.r.hget(self.names.file_queued_at, path)
        return float(value) if value else None

    def article_of(self, path: str) -> str | None:
        return self.r.hget(self.names.file_article, path)

    def set_article(self, path: str, article_id: str) -> None:
        self.r.hset(self.names.file_article, path, article_id)

    def clear_article(self, path: str) -> None:
        self.r.hdel(self.names.file_article, path)

    # attempts and failures -----------------------------------------------------
    def add_attempt(self, path: str) -> int:
        return int(self.r.hincrby(self.names.file_attempts, path, 1))

    def clear_attempts(self, path: str) -> None:
        self.r.hdel(self.names.file_attempts, path)

    def record_failure(self, record: FailureRecord) -> None:
        """The file is failed, with this record (its attempts are left alone)."""
        self.r.hset(self.names.failures, record.path, record.model_dump_json())
        self.set_state(record.path, FileState.failed)

    def fail(self, record: FailureRecord, counter: str = "failed") -> None:
        """A worker is done with a file that cannot become an article: the record is kept, its
        attempts cleared, the failure counted under `counter` (one transaction)."""
        pipe = self.r.pipeline()
        pipe.hset(self.names.failures, record.path, record.model_dump_json())
        self.set_state(record.path, FileState.failed, client=pipe)
        pipe.hdel(self.names.file_attempts, record.path)
        pipe.hincrby(self.names.metric_counters, counter, 1)
        pipe.execute()

    def settle(self, path: str, article_id: str, state: FileState) -> None:
        """A worker wrote the file's article: the path points at it, any old failure and the
        attempts are cleared, the state (indexed or duplicate) is set and counted."""
        counter = {FileState.indexed: "indexed", FileState.duplicate: "duplicates"}[state]
        n = self.names
        pipe = self.r.pipeline()
        pipe.hset(n.file_article, path, article_id)
        pipe.hdel(n.failures, path)
        pipe.hdel(n.file_attempts, path)
        self.set_state(path, state, client=pipe)
        pipe.hincrby(n.metric_counters, counter, 1)
        pipe.execute()

    def requeue_for_retry(self, path: str) -> None:
        """The file goes back to the queue as a delayed retry (Elasticsearch was away)."""
        pipe = self.r.pipeline()
        pipe.hincrby(self.names.metric_counters, "retries", 1)
        self.set_state(path, FileState.queued, client=pipe)
        pipe.execute()

    def clear_failure(self, path: str) -> None:
        self.r.hdel(self.names.failures, path)

    def failures(self) -> list[FailureRecord]:
        """Failed files, and failed items of files whose other items were indexed."""
        records = [FailureRecord.model_validate_json(v) for v in self.r.hvals(self.names.failures)]
        for value in self.r.hvals(self.names.item_failures):
            records.extend(FailureRecord.model_validate(r) for r in json.loads(value))
        return sorted(records, key=lambda r: r.time, reverse=True)

    # many-article files ------------------------------------------------------------
    def items_of(self, path: str, fallback: bool = True) -> dict[str, str]:
        """The file's articles by position ("" for a file's only article)."""
        value = self.r.hget(self.names.file_items, path)
        if value:
            return json.loads(value)
        if fallback and (article := self.article_of(path)):  # settled before items were kept
            return {"": article}
        return {}

    def item_failures(self, path: str) -> list[FailureRecord]:
        value = self.r.hget(self.names.item_failures, path)
        return [FailureRecord.model_validate(r) for r in json.loads(value)] if value else []

    def settle_items(self, path: str, items: dict[str, str], state: FileState,
                     failed: list[FailureRecord]) -> None:
        """`settle` for a file with its articles by position and the items that failed."""
        n = self.names
        before, before_failed = self.items_of(path, fallback=False), self.item_failures(path)
        if not before and self.article_of(path):
            before = {"": self.article_of(path)}
        pipe = self.r.pipeline()
        pipe.hset(n.file_items, path, json.dumps(items))
        if failed:
            pipe.hset(n.item_failures, path, json.dumps([r.model_dump(mode="json") for r in failed]))
        else:
            pipe.hdel(n.item_failures, path)
        pipe.hincrby(n.file_count, "articles", len(items) - len(before))
        pipe.hincrby(n.file_count, "failed_items", len(failed) - len(before_failed))
        pipe.execute()
        self.settle(path, next(iter(items.values())), state)

    def failure(self, path: str) -> FailureRecord | None:
        value = self.r.hget(self.names.failures, path)
        return FailureRecord.model_validate_json(value) if value else None

    # retry of failed files -------------------------------------------------------
    def request_retry(self) -> list[str]:
        """Queue every failed file again: the watcher re-reads each from the inbox (the file
        as it is now, so a fixed file gets its second chance). Returns the paths."""
        n = self.names
        keys = [n.file_state, n.file_count, n.failures, n.retry_requests, n.file_attempts, n.file_queued_at]
        return list(self._retry(keys=keys, args=[time.time()]))

    def take_retry_requests(self, limit: int = 500) -> list[str]:
        return list(self.r.lpop(self.names.retry_requests, limit) or [])

    # the watcher's sign of life ----------------------------------------------------
    def watcher_heartbeat(self, ttl: float) -> None:
        self.r.set(self.names.watcher_alive, time.time(), px=int(ttl * 1000))

    def watcher_alive(self) -> bool:
        return bool(self.r.exists(self.names.watcher_alive))

    # metrics (the worker writes, the API's /metrics reads) ----------------------------
    def observe(self, durations: dict[str, float], count: int = 1) -> None:
        """Record how long stages took: `count` items, each taking `seconds` (per item)."""
        n = self.names
        pipe = self.r.pipeline(transaction=False)
        for stage, seconds in durations.items():
            pipe.hincrbyfloat(n.stage_sum, stage, seconds * count)
            pipe.hincrby(n.stage_count, stage, count)
            le = next((b for b in BUCKETS if seconds <= b), "+Inf")
            pipe.hincrby(n.stage_buckets, f"{stage}|{le}", count)
        pipe.execute()

    def count(self, name: str, n: int = 1) -> None:
        self.r.hincrby(self.names.metric_counters, name, n)

    def metrics(self) -> dict[str, dict[str, str]]:
        n = self.names
        pipe = self.r.pipeline(transaction=False)
        for key in (n.metric_counters, n.stage_sum, n.stage_count, n.stage_buckets):
            pipe.hgetall(key)
        counters, sums, counts, buckets = pipe.execute()
        return {"counters": counters, "sum": sums, "count": counts, "buckets": buckets}

    def reset(self) -> None:
        """Drop every key of this prefix's ledger (tests and `newsroom reset`)."""
        self.r.delete(*self.names.ledger_keys)
