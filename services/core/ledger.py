"""The ingest ledger in Redis: the source of truth for what happened to each inbox file.

Every file is in exactly one state; counts move with the state in one atomic script, so
/ingest/status is exact without scanning."""

from __future__ import annotations

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
    def __init__(self, settings: Settings, client: redis.Redis | None = None) -> None:
        self.r = client or redis.Redis.from_url(
            settings.redis_url, decode_responses=True, socket_connect_timeout=5, socket_timeout=30
        )
        p = settings.index_prefix
        self.k_state = f"{p}:file:state"
        self.k_count = f"{p}:file:count"
        self.k_sha = f"{p}:file:sha"
        self.k_article = f"{p}:file:article"
        self.k_failures = f"{p}:failures"
        self.k_attempts = f"{p}:file:attempts"
        self.k_queued_at = f"{p}:file:queued_at"
        self.k_retry = f"{p}:retry"  # paths the watcher should queue again
        self.k_watcher = f"{p}:watcher:alive"
        self.k_counters = f"{p}:metrics:counters"
        self.k_stage_sum = f"{p}:metrics:stage_sum"
        self.k_stage_count = f"{p}:metrics:stage_count"
        self.k_stage_buckets = f"{p}:metrics:stage_buckets"
        self._transition = self.r.register_script(_TRANSITION)
        self._forget = self.r.register_script(_FORGET)
        self._retry = self.r.register_script(_RETRY)

    # state -----------------------------------------------------------------
    def set_state(self, path: str, state: FileState) -> str | None:
        return self._transition(keys=[self.k_state, self.k_count], args=[path, state.value])

    def state(self, path: str) -> FileState | None:
        value = self.r.hget(self.k_state, path)
        return FileState(value) if value else None

    def states(self, paths: list[str]) -> list[FileState | None]:
        values = self.r.hmget(self.k_state, paths) if paths else []
        return [FileState(v) if v else None for v in values]

    def files_in(self, *states: FileState) -> dict[str, FileState]:
        """Every path whose state is one of these (HSCAN: for sweeps, not for hot paths)."""
        wanted = {s.value for s in states}
        return {k: FileState(v) for k, v in self.r.hscan_iter(self.k_state, count=1000) if v in wanted}

    def forget(self, path: str) -> None:
        """The file left the inbox: it no longer counts anywhere."""
        self._forget(keys=[self.k_state, self.k_count], args=[path])
        self.r.hdel(self.k_sha, path)
        self.r.hdel(self.k_failures, path)
        self.r.hdel(self.k_attempts, path)
        self.r.hdel(self.k_queued_at, path)

    def status(self) -> IngestStatus:
        counts = {k: max(0, int(v)) for k, v in self.r.hgetall(self.k_count).items()}
        return IngestStatus(
            queued=counts.get("queued", 0),
            processing=counts.get("processing", 0),
            indexed=counts.get("indexed", 0),
            duplicates=counts.get("duplicate", 0),
            failed=counts.get("failed", 0),
        )

    # change detection ----------------------------------------------------------
    def seen_sha(self, path: str) -> str | None:
        return self.r.hget(self.k_sha, path)

    def shas(self, paths: list[str]) -> list[str | None]:
        return self.r.hmget(self.k_sha, paths) if paths else []

    def mark_queued(self, path: str, sha256: str) -> None:
        pipe = self.r.pipeline()
        pipe.hset(self.k_sha, path, sha256)
        pipe.hset(self.k_queued_at, path, time.time())
        pipe.execute()
        self.set_state(path, FileState.queued)

    def queued_at(self, path: str) -> float | None:
        value = self.r.hget(self.k_queued_at, path)
        return float(value) if value else None

    def article_of(self, path: str) -> str | None:
        return self.r.hget(self.k_article, path)

    def set_article(self, path: str, article_id: str) -> None:
        self.r.hset(self.k_article, path, article_id)

    def clear_article(self, path: str) -> None:
        self.r.hdel(self.k_article, path)

    # attempts and failures -----------------------------------------------------
    def add_attempt(self, path: str) -> int:
        return int(self.r.hincrby(self.k_attempts, path, 1))

    def clear_attempts(self, path: str) -> None:
        self.r.hdel(self.k_attempts, path)

    def record_failure(self, record: FailureRecord) -> None:
        pipe = self.r.pipeline()
        pipe.hset(self.k_failures, record.path, record.model_dump_json())
        pipe.execute()
        self.set_state(record.path, FileState.failed)

    def clear_failure(self, path: str) -> None:
        self.r.hdel(self.k_failures, path)

    def failures(self) -> list[FailureRecord]:
        records = [FailureRecord.model_validate_json(v) for v in self.r.hvals(self.k_failures)]
        return sorted(records, key=lambda r: r.time, reverse=True)

    def failure(self, path: str) -> FailureRecord | None:
        value = self.r.hget(self.k_failures, path)
        return FailureRecord.model_validate_json(value) if value else None

    # retry of failed files -------------------------------------------------------
    def request_retry(self) -> list[str]:
        """Queue every failed file again: the watcher re-reads each from the inbox (the file
        as it is now, so a fixed file gets its second chance). Returns the paths."""
        keys = [self.k_state, self.k_count, self.k_failures, self.k_retry, self.k_attempts, self.k_queued_at]
        return list(self._retry(keys=keys, args=[time.time()]))

    def take_retry_requests(self, limit: int = 500) -> list[str]:
        return list(self.r.lpop(self.k_retry, limit) or [])

    def pending_retry_requests(self) -> int:
        return int(self.r.llen(self.k_retry))

    # the watcher's sign of life ----------------------------------------------------
    def watcher_heartbeat(self, ttl: float) -> None:
        self.r.set(self.k_watcher, time.time(), px=int(ttl * 1000))

    def watcher_alive(self) -> bool:
        return bool(self.r.exists(self.k_watcher))

    # metrics (the worker writes, the API's /metrics reads) ----------------------------
    def observe(self, durations: dict[str, float], count: int = 1) -> None:
        """Record how long stages took: `count` items, each taking `seconds` (per item)."""
        pipe = self.r.pipeline(transaction=False)
        for stage, seconds in durations.items():
            pipe.hincrbyfloat(self.k_stage_sum, stage, seconds * count)
            pipe.hincrby(self.k_stage_count, stage, count)
            le = next((b for b in BUCKETS if seconds <= b), "+Inf")
            pipe.hincrby(self.k_stage_buckets, f"{stage}|{le}", count)
        pipe.execute()

    def count(self, name: str, n: int = 1) -> None:
        self.r.hincrby(self.k_counters, name, n)

    def metrics(self) -> dict[str, dict[str, str]]:
        pipe = self.r.pipeline(transaction=False)
        for key in (self.k_counters, self.k_stage_sum, self.k_stage_count, self.k_stage_buckets):
            pipe.hgetall(key)
        counters, sums, counts, buckets = pipe.execute()
        return {"counters": counters, "sum": sums, "count": counts, "buckets": buckets}

    def reset(self) -> None:
        """Drop every key of this prefix's ledger (tests and `newsroom reset`)."""
        self.r.delete(
            self.k_state, self.k_count, self.k_sha, self.k_article, self.k_failures, self.k_attempts,
            self.k_queued_at, self.k_retry, self.k_watcher, self.k_counters, self.k_stage_sum,
            self.k_stage_count, self.k_stage_buckets,
        )
