"""`newsroom reindex`: move the articles and claims to new indices built with this code's
mapping, while searches keep answering.

The bare node has no `_reindex`, so the copy is client-side, per alias:
1. create the next versioned index (`<alias>-v<MAPPING_VERSION>`, a timestamp added when that
   name is taken) with the current settings and mapping, refresh off;
2. refresh the old index, open a point in time on it and copy every document with bulk
   `index` (same ids), recording each copy's seq_no in the new index;
3. refresh the new index and wait for its shard, then move the alias (reads and the write
   flag) in one atomic `_aliases` call: a search sees the whole old index or the whole new one;
4. catch up on what the services wrote to the old index during the copy (its seq_no is above
   the point in time's): changed or new documents are copied again and deleted ones deleted,
   each guarded by the seq_no recorded in step 2, so a newer write the new index took after the
   swap is never overwritten;
5. after a grace period for requests already routed to it, delete the old index (unless kept).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from elasticsearch import BadRequestError, Elasticsearch, helpers

from .index import (
    ARTICLE_MAPPING,
    CLAIM_MAPPING,
    MAPPING_VERSION,
    ensure_indices,
    index_settings,
    mapping_version_of,
)
from .settings import Settings

log = logging.getLogger("newsroom.reindex")

Progress = Callable[[str], None]


@dataclass
class ReindexResult:
    alias: str
    old_index: str | None
    new_index: str | None
    old_version: int | None
    copied: int = 0
    caught_up: int = 0
    deleted: int = 0
    seconds: float = 0.0
    skipped: str | None = None  # why nothing was done

    def describe(self) -> str:
        if self.skipped:
            return f"{self.alias}: {self.skipped}"
        extra = ""
        if self.caught_up or self.deleted:
            extra = f", then {self.caught_up} written and {self.deleted} deleted during the copy"
        return (
            f"{self.alias}: {self.old_index} (v{self.old_version}) -> {self.new_index} (v{MAPPING_VERSION}): "
            f"{self.copied} documents in {self.seconds:.1f}s{extra}"
        )


def _body(resp: Any) -> Any:
    return resp.body if hasattr(resp, "body") else resp


def indices_behind(es: Elasticsearch, alias: str) -> list[str]:
    resp = _body(es.options(ignore_status=404).indices.get_alias(name=alias))
    if not resp or "error" in resp or "status" in resp:
        return []
    return sorted(resp)


class ReindexBusy(RuntimeError):
    """The next index already exists without the alias: another reindex runs, or one was killed."""


def _target_name(es: Elasticsearch, alias: str, old: str) -> str:
    """`<alias>-v<N>`; a forced rebuild at the same version adds a timestamp. An existing
    target that the alias does not point at is another run's: creating it is the lock."""
    name = f"{alias}-v{MAPPING_VERSION}"
    if name == old:
        name = f"{name}-{datetime.now(UTC).strftime('%Y%m%d%H%M%S')}"
    if es.indices.exists(index=name):
        raise ReindexBusy(
            f"{name} exists but {alias} does not point at it: another `newsroom reindex` is running, "
            f"or one was killed; if none is running, delete {name} and run it again"
        )
    return name


def _pit_docs(es: Elasticsearch, index: str, batch: int, query: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    """Every document of `index` (as of now) with its seq_no, in _shard_doc order."""
    pit = es.open_point_in_time(index=index, keep_alive="5m")["id"]
    try:
        after: list[Any] | None = None
        while True:
            kwargs: dict[str, Any] = {}
            if after is not None:
                kwargs["search_after"] = after
            resp = es.search(
                pit={"id": pit, "keep_alive": "5m"},
                size=batch,
                sort=["_shard_doc"],
                query=query or {"match_all": {}},
                seq_no_primary_term=True,
                track_total_hits=False,
                **kwargs,
            )
            pit = resp.get("pit_id", pit)
            hits = resp["hits"]["hits"]
            if not hits:
                return
            yield from hits
            after = hits[-1]["sort"]
    finally:
        es.options(ignore_status=404).close_point_in_time(id=pit)


def _max_seq_no(es: Elasticsearch, index: str) -> int:
    resp = es.search(index=index, size=1, sort=[{"_seq_no": "desc"}], seq_no_primary_term=True,
                     track_total_hits=False, query={"match_all": {}})
    hits = resp["hits"]["hits"]
    return int(hits[0]["_seq_no"]) if hits else -1


def copy_index(
    es: Elasticsearch, old: str, new: str, batch: int, progress: Progress,
) -> tuple[dict[str, tuple[int, int]], int]:
    """Copy every document of `old` into `new`; return {id: (seq_no, primary_term) in new} and
    the highest seq_no of `old` the copy saw."""
    es.indices.refresh(index=old)
    seen_max = _max_seq_no(es, old)
    copied: dict[str, tuple[int, int]] = {}
    actions = (
        {"_op_type": "index", "_index": new, "_id": h["_id"], "_source": h["_source"]}
        for h in _pit_docs(es, old, batch)
    )
    started = time.monotonic()
    for _ok, item in helpers.streaming_bulk(es, actions, chunk_size=batch, max_retries=5, raise_on_error=True):
        op = item["index"]
        copied[op["_id"]] = (op["_seq_no"], op["_primary_term"])
        if len(copied) % 5000 == 0:
            progress(f"  {len(copied)} copied ({len(copied) / (time.monotonic() - started):.0f}/s)")
    return copied, seen_max


def catch_up(
    es: Elasticsearch, old: str, new: str, copied: dict[str, tuple[int, int]], seen_max: int, batch: int
) -> tuple[int, int]:
    """After the swap: bring into `new` what was written to or deleted from `old` during the copy,
    never overwriting a document `new` took since (guarded by the seq_no of its copy)."""
    es.indices.refresh(index=old)
    actions: list[dict[str, Any]] = []
    live: set[str] = set()
    for h in _pit_docs(es, old, batch):
        live.add(h["_id"])
        if h["_seq_no"] <= seen_max:
            continue
        if h["_id"] in copied:
            seq, term = copied[h["_id"]]
            actions.append({"_op_type": "index", "_index": new, "_id": h["_id"], "_source": h["_source"],
                            "if_seq_no": seq, "if_primary_term": term})
        else:
            actions.append({"_op_type": "create", "_index": new, "_id": h["_id"], "_source": h["_source"]})
    written = len(actions)
    deletes = [
        {"_op_type": "delete", "_index": new, "_id": i, "if_seq_no": seq, "if_primary_term": term}
        for i, (seq, term) in copied.items()
        if i not in live
    ]
    for _ok, item in helpers.streaming_bulk(es, [*actions, *deletes], chunk_size=batch, raise_on_error=False):
        op = next(iter(item.values()))
        if not _ok and op.get("status") not in (404, 409):  # 409: new took a newer write: keep it
            raise RuntimeError(f"catching up {op.get('_id')} in {new} failed: {op.get('error')}")
    return written, len(deletes)


def reindex_alias(
    es: Elasticsearch,
    settings: Settings,
    alias: str,
    mapping: dict[str, Any],
    *,
    force: bool = False,
    keep_old: bool = False,
    grace_seconds: float = 2.0,
    batch: int = 500,
    progress: Progress = lambda _m: None,
) -> ReindexResult:
    olds = indices_behind(es, alias)
    if len(olds) != 1:
        what = "does not exist" if not olds else f"points at {len(olds)} indices ({', '.join(olds)})"
        return ReindexResult(alias, None, None, None, skipped=f"alias {what}: nothing to do")
    old = olds[0]
    version = mapping_version_of(es, alias)
    if version == MAPPING_VERSION and not force:
        return ReindexResult(alias, old, None, version, skipped=f"{old} already has mapping version {version}")
    new = _target_name(es, alias, old)
    result = ReindexResult(alias, old, new, version)
    started = time.monotonic()
    progress(f"{alias}: copying {old} (v{version}) into {new}")
    try:
        es.indices.create(index=new, settings={**index_settings(settings), "refresh_interval": "-1"}, mappings=mapping)
    except BadRequestError as exc:
        if exc.error == "resource_already_exists_exception":
            raise ReindexBusy(f"{new} was just created by another `newsroom reindex`") from exc
        raise
    try:
        copied, seen_max = copy_index(es, old, new, batch, progress)
        result.copied = len(copied)
        es.indices.put_settings(index=new, settings={"index": {"refresh_interval": settings.refresh_interval}})
        es.indices.refresh(index=new)
        es.cluster.health(index=new, wait_for_status="yellow", timeout="60s")
    except BaseException:
        es.options(ignore_status=404).indices.delete(index=new)
        raise
    # One atomic call: every search sees either the old index or the new, never neither or both.
    es.indices.update_aliases(actions=[
        {"remove": {"index": old, "alias": alias}},
        {"add": {"index": new, "alias": alias, "is_write_index": True}},
    ])
    progress(f"{alias}: now points at {new}")
    time.sleep(min(grace_seconds, 1.0))  # writes already routed to the old index land first
    result.caught_up, result.deleted = catch_up(es, old, new, copied, seen_max, batch)
    if result.caught_up or result.deleted:
        es.indices.refresh(index=new)
    if not keep_old:
        time.sleep(max(0.0, grace_seconds - 1.0))  # searches already routed to it finish
        es.options(ignore_status=404).indices.delete(index=old)
    result.seconds = time.monotonic() - started
    return result


def reindex(
    es: Elasticsearch,
    settings: Settings,
    *,
    force: bool = False,
    keep_old: bool = False,
    grace_seconds: float = 2.0,
    batch: int = 500,
    progress: Progress = lambda _m: None,
) -> list[ReindexResult]:
    """Reindex the articles and the claims of settings.index_prefix; aliases that are missing
    are created empty (nothing to copy)."""
    names = settings.names
    results = []
    for alias, mapping in ((names.articles, ARTICLE_MAPPING), (names.claims, CLAIM_MAPPING)):
        results.append(reindex_alias(
            es, settings, alias, mapping, force=force, keep_old=keep_old,
            grace_seconds=grace_seconds, batch=batch, progress=progress,
        ))
    ensure_indices(es, settings)
    return results


def run_reindex(force: bool = False, keep_old: bool = False) -> int:
    """The `newsroom reindex` command: progress on stderr, one line per index; exit status 2 when
    Elasticsearch is not reachable."""
    import sys

    from .settings import get_settings

    settings = get_settings()

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    with Elasticsearch(settings.elasticsearch_hosts, request_timeout=120) as es:
        try:
            es.cluster.health(wait_for_status="yellow", timeout="30s")
        except Exception as exc:
            say(f"Elasticsearch at {settings.elasticsearch_url} is not reachable: {exc}")
            return 2
        try:
            for result in reindex(es, settings, force=force, keep_old=keep_old, progress=say):
                print(result.describe(), flush=True)
        except ReindexBusy as exc:
            say(str(exc))
            return 1
    return 0
