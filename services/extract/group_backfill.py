"""`newsroom group-backfill`: give a story and claim groups to the articles indexed before this
version grouped them (they lack story_id; `collapse=story` would show them all as one story).
Oldest first (indexed_at), so the first seen stays the original; partial updates by id in bulk
(no scripting needed), so it can run while the worker ingests."""

from __future__ import annotations

import sys
from collections.abc import Callable

from elasticsearch import Elasticsearch, helpers

from services.core.documents import article_from_document
from services.core.index import ensure_indices
from services.core.settings import Settings

from .grouping import Grouper

BATCH = 200


def backfill(es: Elasticsearch, settings: Settings, progress: Callable[[str], None] = lambda _m: None) -> int:
    names = ensure_indices(es, settings)
    grouper = Grouper(settings, es, names)
    done = 0
    while True:
        resp = es.search(index=names.articles, size=BATCH, query={"bool": {"must_not": [{"exists": {"field": "story_id"}}]}},
                         sort=[{"indexed_at": {"order": "asc", "missing": "_last"}}, {"id": "asc"}])
        hits = resp["hits"]["hits"]
        if not hits:
            return done
        articles = [article_from_document(h["_source"]) for h in hits]
        extra = grouper.assign(articles)
        actions = [{"_op_type": "update", "_index": h["_index"], "_id": h["_id"], "doc": extra[h["_id"]]} for h in hits]
        claim_index = names.claims
        actions += [{"_op_type": "update", "_index": claim_index, "_id": cid, "doc": fields}
                    for cid, fields in extra.items() if ":" in cid]
        helpers.bulk(es, actions, raise_on_error=False, refresh="true")
        done += len(hits)
        progress(f"grouped {done} articles")


def run_backfill() -> int:
    from services.core.settings import get_settings

    settings = get_settings()
    with Elasticsearch(settings.elasticsearch_url, request_timeout=120) as es:
        n = backfill(es, settings, progress=lambda m: print(m, file=sys.stderr, flush=True))
    print(f"{n} articles given a story and claim groups", flush=True)
    return 0
