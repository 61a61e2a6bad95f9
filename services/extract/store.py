"""Writes articles and their claims to Elasticsearch with the bulk API, idempotently.

An article's id is its content hash and it is written with `create`: a task delivered twice,
or the same text under a second name, finds the article already there and only adds its
path to `files` (read-modify-write guarded by seq_no; the bare node has no scripting)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from elasticsearch import ConflictError, Elasticsearch, NotFoundError, helpers
from elasticsearch.serializer import OrjsonSerializer

from services.core.documents import article_document, claim_documents, claim_id
from services.core.index import ensure_indices
from services.core.models import Article
from services.core.settings import Settings

log = logging.getLogger("newsroom.store")


class StoreUnavailable(Exception):
    """Elasticsearch answered but cannot take the write now (429, 5xx: a node starting, shards
    not yet allocated): a transient error, retried like a refused connection."""


@dataclass
class WriteOutcome:
    path: str
    article_id: str
    result: Literal["indexed", "duplicate"]
    duplicate_of_path: str | None = None


class ArticleStore:
    def __init__(self, settings: Settings, es: Elasticsearch | None = None) -> None:
        # orjson: the bulk body of an article and its claims encodes in ~0.05 ms instead of
        # ~0.75 ms (the same JSON), and msearch/bulk answers decode faster too.
        self.es = es or Elasticsearch(settings.elasticsearch_hosts, request_timeout=30,
                                      serializer=OrjsonSerializer())
        self.names = ensure_indices(self.es, settings)
        # A new index answers searches with 503 until its shard starts: wait for it here.
        self.es.options(ignore_status=408).cluster.health(
            index=[self.names.articles, self.names.claims], wait_for_status="yellow", timeout="30s"
        )

    def write(self, articles: list[Article], refresh: bool = False,
              extra: dict[str, dict[str, Any]] | None = None) -> list[WriteOutcome]:
        """Each article carries exactly one path in `files`: the file it came from.

        extra: fields added to the article and claim documents, by document id (the story and
        claim groups of services/extract/grouping.py).

        refresh: make them searchable now (the worker asks when no work is queued behind it;
        under load the index's refresh_interval batches refreshes instead)."""
        now = datetime.now(UTC).isoformat()
        actions: list[dict[str, Any]] = []
        for article in articles:
            doc = article_document(article)
            doc["indexed_at"] = now
            doc.update((extra or {}).get(article.id, {}))
            actions.append({"_op_type": "create", "_index": self.names.articles, "_id": article.id, "_source": doc})
            for claim in claim_documents(article):
                claim.update((extra or {}).get(claim["id"], {}))
                actions.append({"_op_type": "create", "_index": self.names.claims, "_id": claim["id"], "_source": claim})
        conflicts: set[str] = set()
        for ok, item in helpers.streaming_bulk(
            self.es, actions, raise_on_error=False, raise_on_exception=True, max_retries=3, chunk_size=1000,
            **({"refresh": "true"} if refresh else {}),
        ):
            if ok:
                continue
            op = item.get("create", {})
            if op.get("status") == 409:
                if op.get("_index", "").startswith(self.names.articles):
                    conflicts.add(op["_id"])
                continue
            status = int(op.get("status") or 0)
            if status == 429 or status >= 500:
                raise StoreUnavailable(f"bulk write of {op.get('_id')} got {status}: {op.get('error')}")
            raise RuntimeError(f"bulk write failed for {op.get('_id')}: {op.get('error')}")
        outcomes = []
        created: set[str] = set()
        for article in articles:
            path = article.files[0]
            if article.id not in conflicts and article.id not in created:
                created.add(article.id)
                outcomes.append(WriteOutcome(path, article.id, "indexed"))
                continue
            first = self.add_file(article.id, path)
            if first is None or first == path:
                outcomes.append(WriteOutcome(path, article.id, "indexed"))
            else:
                outcomes.append(WriteOutcome(path, article.id, "duplicate", duplicate_of_path=first))
        return outcomes

    def add_file(self, article_id: str, path: str) -> str | None:
        """Add a path to an article's files; return the article's first path before this one."""
        for _ in range(10):
            try:
                got = self.es.get(index=self.names.articles, id=article_id)
            except NotFoundError:
                return None
            files = list(got["_source"].get("files") or [])
            if path in files:
                return files[0]
            try:
                self.es.update(
                    index=got["_index"], id=article_id, doc={"files": [*files, path]},
                    if_seq_no=got["_seq_no"], if_primary_term=got["_primary_term"],
                    # rare (a duplicate): searchable before the ledger reports it
                    refresh="wait_for",
                )
                return files[0] if files else None
            except ConflictError:
                continue
        raise RuntimeError(f"article {article_id} kept changing while adding {path}")

    def remove_file(self, article_id: str, path: str) -> bool:
        """Drop a path from an article; delete the article and its claims when none is left.

        Returns True if the article was deleted."""
        for _ in range(10):
            try:
                got = self.es.get(index=self.names.articles, id=article_id)
            except NotFoundError:
                return False
            src = got["_source"]
            files = [f for f in src.get("files") or [] if f != path]
            try:
                if files:
                    self.es.update(
                        index=got["_index"], id=article_id, doc={"files": files},
                        if_seq_no=got["_seq_no"], if_primary_term=got["_primary_term"], refresh="wait_for",
                    )
                    return False
                self.es.delete(
                    index=got["_index"], id=article_id,
                    if_seq_no=got["_seq_no"], if_primary_term=got["_primary_term"], refresh="wait_for",
                )
            except ConflictError:
                continue
            ids = [claim_id(article_id, i) for i in range(int(src.get("claim_count") or 0))]
            if ids:
                helpers.bulk(
                    self.es,
                    ({"_op_type": "delete", "_index": self.names.claims, "_id": i} for i in ids),
                    raise_on_error=False,
                )
            return True
        raise RuntimeError(f"article {article_id} kept changing while removing {path}")
