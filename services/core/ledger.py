"""The ingest ledger in Redis: the source of truth for what happened to each inbox file.

Every file is in exactly one state; counts move with the state in one atomic script, so
/ingest/status is exact without scanning."""

from __future__ import annotations

import json
import time

import redis

from . import filerecord as fr
from .filerecord import LUA_CODES
from .models import FailureRecord, FileState, IngestStatus
from .settings import Settings

# Every write of a file's record: patch bytes at an offset (`data`; `to_end` replaces the rest),
# set the state, and move the counts with it, in one step. Returns the old state. A Lua function,
# so the scripts that do more in the same step (settle below) write records the same way.
# Arguments: files key, count key, path, state ('' keeps it), offset (1-based), data, to_end,
# create ('1': a missing record is made from `blank`), blank.
_WRITE_FN = LUA_CODES + """
local function write_record(files, count, path, new, off, data, to_end, create, blank)
  local rec = redis.call('HGET', files, path)
  if not rec then
    if create ~= '1' then return false end
    rec = blank
  end
  local old = NAME[string.sub(rec, 1, 1)]
  if new == '' then new = old end
  if new == old and data == '' and to_end ~= '1' then return old end
  if data ~= '' or to_end == '1' then
    local at = tonumber(off)
    local tail = ''
    if to_end ~= '1' then tail = string.sub(rec, at + string.len(data)) end
    rec = string.sub(rec, 1, at - 1) .. data .. tail
  end
  if new then rec = CODE[new] .. string.sub(rec, 2) end
  redis.call('HSET', files, path, rec)
  if new ~= old then
    if old then redis.call('HINCRBY', count, old, -1) end
    if new then redis.call('HINCRBY', count, new, 1) end
  end
  return old
end
"""
# KEYS: files, count. ARGV: as write_record's after the keys.
_WRITE = _WRITE_FN + "return write_record(KEYS[1], KEYS[2], unpack(ARGV))\n"

# A worker settled a file (settle_items) in one step: its articles by position and its failed
# items replace what it held before (the counts move by the difference), its record points at
# its first article with the state set, its failure and attempts are cleared and the outcome is
# counted. KEYS: files, count, file_items, item_failures, failures, file_attempts,
# metric_counters. ARGV: path, state, article offset (1-based), packed article, items JSON ('':
# none kept apart), failed items JSON ('': none), number of items, number failed, counter, blank.
_SETTLE_ITEMS = _WRITE_FN + """
local path = ARGV[1]
local before, before_failed = 0, 0
local items = redis.call('HGET', KEYS[3], path)
if items and items ~= '' then
  for _ in pairs(cjson.decode(items)) do before = before + 1 end
end
if before == 0 then  -- a file's only article lives in its record
  local rec = redis.call('HGET', KEYS[1], path)
  if rec and string.len(rec) >= tonumber(ARGV[3]) then before = 1 end
end
local failed = redis.call('HGET', KEYS[4], path)
if failed and failed ~= '' then before_failed = #cjson.decode(failed) end
if ARGV[5] ~= '' then redis.call('HSET', KEYS[3], path, ARGV[5]) else redis.call('HDEL', KEYS[3], path) end
if ARGV[6] ~= '' then redis.call('HSET', KEYS[4], path, ARGV[6]) else redis.call('HDEL', KEYS[4], path) end
redis.call('HINCRBY', KEYS[2], 'articles', tonumber(ARGV[7]) - before)
redis.call('HINCRBY', KEYS[2], 'failed_items', tonumber(ARGV[8]) - before_failed)
write_record(KEYS[1], KEYS[2], path, ARGV[2], ARGV[3], ARGV[4], '1', '1', ARGV[10])
redis.call('HDEL', KEYS[5], path)
redis.call('HDEL', KEYS[6], path)
redis.call('HINCRBY', KEYS[7], ARGV[9], 1)
return before
"""

_FORGET = LUA_CODES + """
local rec = redis.call('HGET', KEYS[1], ARGV[1])
if not rec then return false end
redis.call('HDEL', KEYS[1], ARGV[1])
local old = NAME[string.sub(rec, 1, 1)]
if old then redis.call('HINCRBY', KEYS[2], old, -1) end
return old
"""

# Failed files back to `queued`, their failure records dropped, their paths handed to the
# watcher (which holds the files) in one step: a retry is never half-requested.
# ARGV: queued_at (4 packed bytes), blank record.
_RETRY = LUA_CODES + """
local paths = redis.call('HKEYS', KEYS[3])
for _, path in ipairs(paths) do
  local rec = redis.call('HGET', KEYS[1], path) or ARGV[2]
  local old = NAME[string.sub(rec, 1, 1)]
  redis.call('HSET', KEYS[1], path, 'q' .. string.sub(rec, 2, 41) .. ARGV[1] .. string.sub(rec, 46))
  if old ~= 'queued' then
    if old then redis.call('HINCRBY', KEYS[2], old, -1) end
    redis.call('HINCRBY', KEYS[2], 'queued', 1)
  end
  redis.call('HDEL', KEYS[3], path)
  redis.call('HDEL', KEYS[5], path)
  redis.call('RPUSH', KEYS[4], path)
end
return paths
"""

# The stat fingerprints of many files in one reply: paths joined by NUL (no path holds one),
# 8 bytes back per path, zeros where the ledger has none. One bulk string, not one per path.
_FINGERPRINTS = """
local out = {}
local none = string.rep('\\0', 8)
for path in string.gmatch(ARGV[1], '[^%z]+') do
  local rec = redis.call('HGET', KEYS[1], path)
  if rec then out[#out + 1] = string.sub(rec, 34, 41) else out[#out + 1] = none end
end
return table.concat(out)
"""

# Stage durations recorded (observe) in one call: three commands a stage were packed and parsed
# one by one. KEYS: stage_sum, stage_count, stage_buckets. ARGV: count, then per stage its
# name, seconds (all items), bucket field.
_OBSERVE = """
for i = 2, #ARGV, 3 do
  redis.call('HINCRBYFLOAT', KEYS[1], ARGV[i], ARGV[i + 1])
  redis.call('HINCRBY', KEYS[2], ARGV[i], ARGV[1])
  redis.call('HINCRBY', KEYS[3], ARGV[i + 2], ARGV[1])
end
return 0
"""

# Histogram bucket bounds (seconds) for stage durations.
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
TERMINAL = (FileState.indexed, FileState.duplicate, FileState.failed)
SETTLED_COUNTERS = {FileState.indexed: "indexed", FileState.duplicate: "duplicates"}  # metric of each outcome


class IngestLedger:
    """Every read and write of the ledger's Redis keys (and of the queue figures the services
    watch) goes through here; callers never use the client themselves."""

    def __init__(self, settings: Settings, client: redis.Redis | None = None) -> None:
        # No service touches this client: callers use the operations below.
        self.r = client or redis.Redis.from_url(
            settings.redis_url, decode_responses=True, socket_connect_timeout=5, socket_timeout=30
        )
        # The same server without decoding, for the packed file records.
        pool = self.r.connection_pool
        self.rb = redis.Redis(connection_pool=redis.ConnectionPool(
            connection_class=pool.connection_class, **{**pool.connection_kwargs, "decode_responses": False}))
        self.names = n = settings.names
        self._write_script = self.r.register_script(_WRITE)
        self._settle_items = self.r.register_script(_SETTLE_ITEMS)
        self._observe = self.r.register_script(_OBSERVE)
        self._forget = self.r.register_script(_FORGET)
        self._retry = self.r.register_script(_RETRY)
        self._fingerprints = self.rb.register_script(_FINGERPRINTS)
        self._state_keys = [n.files, n.file_count]

    def _write(self, path: str, state: FileState | None = None, offset: int = 0, data: bytes = b"",
               to_end: bool = False, create: bool = True, client: redis.client.Pipeline | None = None) -> str | None:
        """Patch a file's record at `offset` (filerecord's offsets) and/or set its state."""
        args = [path, state.value if state else "", offset + 1, data, "1" if to_end else "", "1" if create else "", fr.BLANK]
        return self._write_script(keys=self._state_keys, args=args, client=client)

    def _record(self, path: str) -> bytes | None:
        return self.rb.hget(self.names.files, path)

    def _records(self, paths: list[str]) -> list[bytes | None]:
        return self.rb.hmget(self.names.files, paths) if paths else []

    def ping(self) -> bool:
        return bool(self.r.ping())

    def batch(self) -> redis.client.Pipeline:
        """A pipeline for many writes in one round trip (the methods that take `client`)."""
        return self.r.pipeline(transaction=False)

    # state -----------------------------------------------------------------
    def set_state(self, path: str, state: FileState, client: redis.client.Pipeline | None = None) -> str | None:
        return self._write(path, state, client=client)

    def state(self, path: str) -> FileState | None:
        value = fr.state_of(self._record(path))
        return FileState(value) if value else None

    def states(self, paths: list[str]) -> list[FileState | None]:
        return [FileState(v) if (v := fr.state_of(rec)) else None for rec in self._records(paths)]

    def files_in(self, *states: FileState) -> dict[str, FileState]:
        """Every path whose state is one of these (HSCAN: for sweeps, not for hot paths)."""
        wanted = {s.value for s in states}
        found = ((k.decode(), fr.state_of(v)) for k, v in self.rb.hscan_iter(self.names.files, count=1000))
        return {k: FileState(v) for k, v in found if v in wanted}

    def forget(self, path: str) -> None:
        """The file left the inbox: it no longer counts anywhere."""
        n = self.names
        self._forget(keys=self._state_keys, args=[path])
        items, failed = self.items_of(path, fallback=False), self.item_failures(path)
        pipe = self.r.pipeline()
        for key in (n.failures, n.file_attempts, n.file_items, n.item_failures):
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
        return fr.sha_of(self._record(path))

    def shas(self, paths: list[str]) -> list[str | None]:
        return [fr.sha_of(rec) for rec in self._records(paths)]

    def mark_queued(self, path: str, sha256: str, stat: bytes | None = None,
                    client: redis.client.Pipeline | None = None) -> None:
        """Queued with these bytes (sha256); `stat` is the file's fingerprint as read
        (filerecord.fingerprint), None when it cannot be trusted yet."""
        data = fr.pack_sha(sha256) + (stat or fr.NO_FP) + fr.pack_time(time.time())
        self._write(path, FileState.queued, fr.SHA, data, client=client)

    def fingerprints(self, paths: list[str]) -> list[bytes | None]:
        """The stat fingerprint each file had when it was last read (None: read it)."""
        if not paths:
            return []
        packed = self._fingerprints(keys=[self.names.files], args=["\0".join(paths)])
        fps = [packed[i:i + 8] for i in range(0, len(packed), 8)]
        assert len(fps) == len(paths), "a path with a NUL in it"
        return [None if fp == fr.NO_FP else fp for fp in fps]

    def remember_stat(self, path: str, stat: bytes | None) -> None:
        """The file was read again and is unchanged: trust this fingerprint from now on (an
        existing record only: a file the ledger does not know stays unknown)."""
        self._write(path, None, fr.FP, stat or fr.NO_FP, create=False)

    def queued_at(self, path: str) -> float | None:
        return fr.queued_at_of(self._record(path))

    def article_of(self, path: str) -> str | None:
        return fr.article_of(self._record(path))

    def set_article(self, path: str, article_id: str, client: redis.client.Pipeline | None = None) -> None:
        self._write(path, None, fr.ARTICLE, fr.pack_article(article_id), to_end=True, client=client)

    def clear_article(self, path: str) -> None:
        self._write(path, None, fr.ARTICLE, b"", to_end=True, create=False)

    # attempts and failures -----------------------------------------------------
    def add_attempt(self, path: str) -> int:
        return int(self.r.hincrby(self.names.file_attempts, path, 1))

    def attempts(self, paths: list[str]) -> list[int]:
        """Each path's counted attempts: above 0 when a delivery ended with its worker dead."""
        return [int(v or 0) for v in self.r.hmget(self.names.file_attempts, paths)] if paths else []

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

    def settle(self, path: str, article_id: str, state: FileState,
               client: redis.client.Pipeline | None = None) -> None:
        """A worker wrote the file's article: the path points at it, any old failure and the
        attempts are cleared, the state (indexed or duplicate) is set and counted (in the
        caller's pipeline, if given, which then executes it)."""
        counter = SETTLED_COUNTERS[state]
        n = self.names
        pipe = client if client is not None else self.r.pipeline()
        self._write(path, state, fr.ARTICLE, fr.pack_article(article_id), to_end=True, client=pipe)
        pipe.hdel(n.failures, path)
        pipe.hdel(n.file_attempts, path)
        pipe.hincrby(n.metric_counters, counter, 1)
        if client is None:
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
        """`settle` for a file with its articles by position and the items that failed: one
        script (it was three reads and two transactions)."""
        n = self.names
        kept_apart = len(items) > 1 or next(iter(items), "") != ""  # else its record holds the one
        args = [path, state.value, fr.ARTICLE + 1, fr.pack_article(next(iter(items.values()))),
                json.dumps(items) if kept_apart else "",
                json.dumps([r.model_dump(mode="json") for r in failed]) if failed else "",
                len(items), len(failed), SETTLED_COUNTERS[state], fr.BLANK]
        keys = [n.files, n.file_count, n.file_items, n.item_failures, n.failures, n.file_attempts, n.metric_counters]
        self._settle_items(keys=keys, args=args)

    def failure(self, path: str) -> FailureRecord | None:
        value = self.r.hget(self.names.failures, path)
        return FailureRecord.model_validate_json(value) if value else None

    # retry of failed files -------------------------------------------------------
    def request_retry(self) -> list[str]:
        """Queue every failed file again: the watcher re-reads each from the inbox (the file
        as it is now, so a fixed file gets its second chance). Returns the paths."""
        n = self.names
        keys = [n.files, n.file_count, n.failures, n.retry_requests, n.file_attempts]
        return list(self._retry(keys=keys, args=[fr.pack_time(time.time()), fr.BLANK]))

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
        args: list[object] = [count]
        for stage, seconds in durations.items():
            le = next((b for b in BUCKETS if seconds <= b), "+Inf")
            args += [stage, seconds * count, f"{stage}|{le}"]
        if len(args) > 1:
            self._observe(keys=[n.stage_sum, n.stage_count, n.stage_buckets], args=args)

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

    def migrate(self, batch: int = 2000) -> int:
        """Existing data stays readable: move the per-field hashes of before (state, sha, article,
        queued_at) into packed records, then delete them. Idempotent; a record the new code has
        written already wins. The counts are unchanged (the same states). Returns how many."""
        n = self.names
        legacy = n.legacy_file_keys
        if not self.r.exists(*legacy):
            return 0
        paths = {k for key in (n.file_state, n.file_sha) for k in self.r.hkeys(key)}
        moved = 0
        todo = sorted(paths)
        for i in range(0, len(todo), batch):
            chunk = todo[i:i + batch]
            pipe = self.r.pipeline(transaction=False)
            for key in legacy:
                pipe.hmget(key, chunk)
            states, shas, articles, queued = pipe.execute()
            pipe = self.rb.pipeline(transaction=False)
            for path, state, sha, article, qat in zip(chunk, states, shas, articles, queued, strict=True):
                rec = fr.pack(state, sha, None, float(qat) if qat else None, article)
                pipe.hsetnx(n.files, path, rec)
            moved += sum(pipe.execute())
        self.r.delete(*legacy)
        return moved
