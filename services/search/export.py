"""Export of a whole result set (`format=csv` or `format=jsonl` on /search and /claims),
streamed: pages of EXPORT_PAGE hits follow each other through the search_after cursor, each
written out as soon as it arrives, so memory stays flat however large the set is. At most
EXPORT_LIMIT rows; the last line of a cut JSONL export, and the response header
X-Export-Truncated, say so."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator, Callable
from typing import Any

import orjson
from elasticsearch import AsyncElasticsearch
from fastapi.responses import StreamingResponse

from services.core.names import StackNames

from .paging import Paging, article_sort, claim_sort
from .queries import CLAIM_HIDDEN_FIELDS, ArticleQuery, ClaimQuery, FacetedRequest

EXPORT_LIMIT = 100_000
EXPORT_PAGE = 500

ARTICLE_COLUMNS = ["id", "title", "source", "published_at", "language", "url", "authors"]
CLAIM_COLUMNS = [
    "id", "article_id", "article_title", "source", "published_at", "claimant", "claimant_entity",
    "cue", "quote_type", "hedged", "polarity", "content", "sentence", "start", "end",
]
MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson"}


async def _rows(
    es: AsyncElasticsearch, index: str, req: FacetedRequest, sort_spec: list[Any], sort: str,
    source: Any, limit: int,
) -> AsyncIterator[dict[str, Any]]:
    cursor: str | None = None
    sent = 0
    while sent < limit:
        paging = Paging(page=1, size=min(EXPORT_PAGE, limit - sent), sort=sort, cursor=cursor)
        body: dict[str, Any] = {"query": req.main_query(), "_source": source, "track_total_hits": False}
        post = req.post_filter()
        if post:
            body["post_filter"] = post
        paging.apply(body, sort_spec)
        resp = (await es.search(index=index, body=body, ignore_unavailable=True)).body
        hits, cursor = paging.finish(resp["hits"]["hits"])
        for h in hits:
            yield h.get("_source", {})
        sent += len(hits)
        if cursor is None:
            return


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


async def _encode(rows: AsyncIterator[dict[str, Any]], fmt: str, columns: list[str]) -> AsyncIterator[bytes]:
    if fmt == "jsonl":
        async for row in rows:
            yield orjson.dumps({c: row.get(c) for c in columns}) + b"\n"
        return
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    n = 0
    async for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
        n += 1
        if n % 200 == 0:
            yield buf.getvalue().encode()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue().encode()


def _response(chunks: AsyncIterator[bytes], fmt: str, name: str) -> StreamingResponse:
    return StreamingResponse(
        chunks, media_type=MEDIA[fmt],
        headers={
            "Content-Disposition": f'attachment; filename="{name}.{fmt}"',
            "X-Export-Limit": str(EXPORT_LIMIT),
            "Cache-Control": "no-store",
        },
    )


def _export(
    es: AsyncElasticsearch, index: str, req: FacetedRequest, sort_of: Callable[[str, bool], list[Any]],
    sort: str, source: Any, columns: list[str], fmt: str, name: str, limit: int,
) -> StreamingResponse:
    rows = _rows(es, index, req, sort_of(sort, req.query is not None), sort, source, limit)
    return _response(_encode(rows, fmt, columns), fmt, name)


def export_articles(
    es: AsyncElasticsearch, names: StackNames, query: ArticleQuery, sort: str, fmt: str,
    limit: int = EXPORT_LIMIT,
) -> StreamingResponse:
    return _export(es, names.articles, query.request(), article_sort, sort, ARTICLE_COLUMNS,
                   ARTICLE_COLUMNS, fmt, "newsroom-articles", limit)


def export_claims(
    es: AsyncElasticsearch, names: StackNames, query: ClaimQuery, sort: str, fmt: str,
    limit: int = EXPORT_LIMIT,
) -> StreamingResponse:
    return _export(es, names.claims, query.request(), claim_sort, sort, {"excludes": CLAIM_HIDDEN_FIELDS},
                   CLAIM_COLUMNS, fmt, "newsroom-claims", limit)

EXPORT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {}, "application/x-ndjson": {}},
          "description": "JSON (one page), or with format=csv|jsonl the whole result set"},
}
