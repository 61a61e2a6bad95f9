"""The ingest ledger in Redis: the source of truth for what happened to each inbox file.

Every file is in exactly one state; counts move with the state in one atomic script, so
/ingest/status is exact without scanning."""

from __future__ import annotations

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


class IngestLedger:
    def __init__(self, settings: Settings, client: redis.Redis | None = None) -> None:
        self.r = client or redis.Redis.from_url(settings.redis_url, decode_responses=True)
        p = settings.index_prefix
        self.k_state = f"{p}:file:state"
        self.k_count = f"{p}:file:count"
        self.k_sha = f"{p}:file:sha"
        self.k_article = f"{p}:file:article"
        self.k_failures = f"{p}:failures"
        self.k_attempts = f"{p}:file:attempts"
        self._transition = self.r.register_script(_TRANSITION)
        self._forget = self.r.register_script(_FORGET)

    # state -----------------------------------------------------------------
    def set_state(self, path: str, state: FileState) -> str | None:
        return self._transition(keys=[self.k_state, self.k_count], args=[path, state.value])

    def state(self, path: str) -> FileState | None:
        value = self.r.hget(self.k_state, path)
        return FileState(value) if value else None

    def forget(self, path: str) -> None:
        """The file left the inbox: it no longer counts anywhere."""
        self._forget(keys=[self.k_state, self.k_count], args=[path])
        self.r.hdel(self.k_sha, path)
        self.r.hdel(self.k_failures, path)
        self.r.hdel(self.k_attempts, path)

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

    def mark_queued(self, path: str, sha256: str) -> None:
        self.r.hset(self.k_sha, path, sha256)
        self.set_state(path, FileState.queued)

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

    def reset(self) -> None:
        """Drop every key of this prefix's ledger (tests and `newsroom reset`)."""
        self.r.delete(
            self.k_state, self.k_count, self.k_sha, self.k_article, self.k_failures, self.k_attempts
        )
