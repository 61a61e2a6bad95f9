"""What each route does against Elasticsearch and Redis: take the request body from
queries.py, run it, and shape the answer with results.py. Nothing here builds a query or
knows HTTP; failures are the named errors of errors.py."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import orjson
import redis
from elasticsearch import AsyncElasticsearch, BadRequestError

from services.core.names import StackNames

from . import queries as Q
from . import results as R
from .errors import ArticleNotFound, BadCursor
from .paging import Paging

# ARTICLE_FACETS, HIT_SOURCE: bench/search.py builds the API's request bodies from them, read here.
from .queries import ARTICLE_FACETS, HIT_SOURCE, ArticleQuery, ClaimQuery  # noqa: F401
from .schemas import (
    ArticleOut,
    ClaimSearchResponse,
    EntitySuggestions,
    Health,
    SearchResponse,
    SimilarResponse,
)


async def _search(es: AsyncElasticsearch, index: str, body: dict[str, Any], **params: Any) -> dict:
    return (await es.search(index=index, body=body, ignore_unavailable=True, **params)).body


async def _paged_search(es: AsyncElasticsearch, index: str, body: dict[str, Any], paging: Paging) -> dict:
    try:
        return await _search(es, index, body)
    except BadRequestError as exc:
        if paging.cursor:  # search_after values of the wrong type: a forged or stale cursor
            raise BadCursor(
                "cursor does not fit this search: pass next_cursor from a previous response "
                "unchanged, with the same q, filters and sort"
            ) from exc
        raise


# The histogram interval depends only on the published range of the query without its date
# filter; it changes rarely, so it is remembered for a short while instead of costing a second
# Elasticsearch round trip on every /search (make bench: API p50 / direct p50 went from 1.53 to
# 1.22 at concurrency 1 and from 1.29 to 1.25 at concurrency 8).
_INTERVAL_TTL = 30.0
_INTERVAL_MAX = 1024
_intervals: dict[str, tuple[float, str]] = {}


async def _published_interval(es: AsyncElasticsearch, names: StackNames, req: Q.FacetedRequest) -> str:
    body = Q.published_range_body(req, "published_at", "published")
    key = names.articles + orjson.dumps(body, option=orjson.OPT_SORT_KEYS).decode()
    now = time.monotonic()
    hit = _intervals.get(key)
    if hit and now - hit[0] < _INTERVAL_TTL:
        return hit[1]
    resp = await _search(es, names.articles, body, request_cache=True)
    ra = resp.get("aggregations") or {}
    interval = Q.calendar_interval(ra.get("lo", {}).get("value"), ra.get("hi", {}).get("value"))
    if len(_intervals) >= _INTERVAL_MAX:
        _intervals.clear()
    _intervals[key] = (now, interval)
    return interval


async def search_articles(
    es: AsyncElasticsearch, names: StackNames, query: ArticleQuery, paging: Paging, facet_size: int
) -> SearchResponse:
    req = query.request()
    interval = await _published_interval(es, names, req)
    body = Q.article_search_body(req, paging, facet_size, interval)
    return R.article_search_response(await _paged_search(es, names.articles, body, paging), paging, interval)


async def search_claims(
    es: AsyncElasticsearch, names: StackNames, query: ClaimQuery, paging: Paging, facet_size: int
) -> ClaimSearchResponse:
    body = Q.claim_search_body(query.request(), paging, facet_size)
    return R.claim_search_response(await _paged_search(es, names.claims, body, paging), paging)


async def _article_doc(es: AsyncElasticsearch, names: StackNames, article_id: str) -> dict[str, Any]:
    hits = (await _search(es, names.articles, Q.article_by_id_body(article_id)))["hits"]["hits"]
    if not hits:
        raise ArticleNotFound(article_id)
    return hits[0]["_source"]


async def get_article(es: AsyncElasticsearch, names: StackNames, article_id: str) -> ArticleOut:
    return R.article_out(await _article_doc(es, names, article_id))


async def similar_articles(
    es: AsyncElasticsearch, names: StackNames, article_id: str, size: int
) -> SimilarResponse:
    doc = await _article_doc(es, names, article_id)
    resp = await _search(es, names.articles, Q.similar_articles_body(article_id, doc, size))
    return SimilarResponse(id=article_id, hits=[R.search_hit(h) for h in resp["hits"]["hits"]])


async def suggest_entities(
    es: AsyncElasticsearch, names: StackNames, prefix: str | None, etype: str | None, size: int
) -> EntitySuggestions:
    body = {"size": 0, "aggs": Q.entity_suggestions_aggs(prefix, etype, size)}
    resp = await _search(es, names.articles, body)
    return R.entity_suggestions(resp.get("aggregations") or {}, etype, size)


async def health(es: AsyncElasticsearch, r: redis.Redis) -> Health:
    async def es_state() -> tuple[bool, str]:
        try:
            h = await es.options(request_timeout=3).cluster.health()
            return h["status"] in ("green", "yellow"), str(h["status"])
        except Exception as exc:  # any failure is the answer
            return False, f"unreachable: {type(exc).__name__}"

    async def redis_state() -> tuple[bool, str]:
        try:
            await asyncio.to_thread(r.ping)
            return True, "ok"
        except Exception as exc:
            return False, f"unreachable: {type(exc).__name__}"

    (es_ok, es_msg), (r_ok, r_msg) = await asyncio.gather(es_state(), redis_state())
    return Health(status="ok" if es_ok and r_ok else "degraded", elasticsearch=es_msg, redis=r_msg)
