"""What each route does against Elasticsearch and Redis: build the request (queries.py), run
it, shape the answer (schemas.py). Routes in app.py only parse parameters and call these."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import orjson
from elasticsearch import AsyncElasticsearch, BadRequestError
from fastapi import HTTPException, status

from services.core.documents import article_from_document
from services.core.index import IndexNames
from services.core.ledger import IngestLedger

from . import queries as Q
from .schemas import (
    ArticleOut,
    ClaimFacets,
    ClaimHit,
    ClaimSearchResponse,
    EntitySuggestion,
    EntitySuggestions,
    FacetBucket,
    Health,
    SearchFacets,
    SearchHit,
    SearchResponse,
    SimilarResponse,
)

ARTICLE_FACETS = [
    Q.Facet("person", "persons", "entity"),
    Q.Facet("organization", "organizations", "entity"),
    Q.Facet("place", "places", "entity"),
    Q.Facet("source", "source", "source"),
    Q.Facet("claimant", "claimants", "claimant"),
]
CLAIM_FACETS = [
    Q.Facet("claimant", "claimant_facet", "claimant"),
    Q.Facet("cue", "cue", "cue"),
    Q.Facet("quote_type", "quote_type", "quote_type"),
]
HIT_SOURCE = ["id", "title", "source", "published_at", "language"]
TYPED_FIELDS = {"PERSON": "persons", "ORG": "organizations", "PLACE": "places"}


@dataclass
class ArticleQuery:
    q: str | None = None
    entity: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    claimant: list[str] = field(default_factory=list)
    language: list[str] = field(default_factory=list)
    published_from: date | None = None
    published_to: date | None = None

    def request(self) -> Q.FacetedRequest:
        req = Q.FacetedRequest(Q.text_query(self.q, Q.ARTICLE_TEXT_FIELDS))
        lang = Q.keyword_filter("language", self.language)
        if lang:
            req.base_filters.append(lang)
        for key, clause in (
            ("entity", Q.names_filter("entity_text", self.entity)),
            ("source", Q.keyword_filter("source", self.source)),
            ("claimant", Q.names_filter("claimant_text", self.claimant)),
            ("published", Q.date_filter("published_at", self.published_from, self.published_to)),
        ):
            if clause:
                req.facet_filters[key] = clause
        return req


async def _faceted_search(
    es: AsyncElasticsearch, index: str, body: dict[str, Any], req: Q.FacetedRequest, paging: Q.Paging, sort: list
) -> tuple[dict, list, str | None]:
    """Run a search whose facet filters go in post_filter; returns (response, hits, next cursor)."""
    if req.query is not None:
        body["track_scores"] = True
    post = req.post_filter()
    if post:
        body["post_filter"] = post
    paging.apply(body, sort)
    resp = await _paged_search(es, index, body, paging)
    hits, next_cursor = paging.finish(resp["hits"]["hits"])
    return resp, hits, next_cursor


def _page_envelope(resp: dict, paging: Q.Paging, next_cursor: str | None) -> dict[str, Any]:
    """total, page, size and next_cursor: the paging fields every list response carries."""
    return {
        "total": resp["hits"]["total"]["value"],
        "page": 1 if paging.cursor else paging.page,
        "size": paging.size,
        "next_cursor": next_cursor,
    }


async def _paged_search(es: AsyncElasticsearch, index: str, body: dict[str, Any], paging: Q.Paging) -> dict:
    try:
        return (await es.search(index=index, body=body, ignore_unavailable=True)).body
    except BadRequestError as exc:
        if paging.cursor:  # search_after values of the wrong type: a forged or stale cursor
            raise Q.BadQuery(
                "cursor does not fit this search: pass next_cursor from a previous response "
                "unchanged, with the same q, filters and sort"
            ) from exc
        raise


def _hit(h: dict[str, Any]) -> SearchHit:
    src = h.get("_source", {})
    return SearchHit(
        id=src.get("id") or h["_id"],
        title=src.get("title") or "",
        source=src.get("source"),
        published_at=src.get("published_at"),
        language=src.get("language"),
        score=h.get("_score"),
        snippets=Q.snippets(h),
    )


def _buckets(aggs: dict[str, Any] | None, name: str) -> list[FacetBucket]:
    return [FacetBucket(**b) for b in Q.facet_buckets(aggs, name)]


# The histogram interval depends only on the published range of the query without its date
# filter; it changes rarely, so it is remembered for a short while instead of costing a second
# Elasticsearch round trip on every /search (make bench: API p50 / direct p50 went from 1.53 to
# 1.22 at concurrency 1 and from 1.29 to 1.25 at concurrency 8).
_INTERVAL_TTL = 30.0
_INTERVAL_MAX = 1024
_intervals: dict[str, tuple[float, str]] = {}


async def _published_interval(es: AsyncElasticsearch, names: IndexNames, req: Q.FacetedRequest) -> str:
    body = Q.published_range_body(req, "published_at", "published")
    key = names.articles + orjson.dumps(body, option=orjson.OPT_SORT_KEYS).decode()
    now = time.monotonic()
    hit = _intervals.get(key)
    if hit and now - hit[0] < _INTERVAL_TTL:
        return hit[1]
    resp = await es.search(index=names.articles, body=body, ignore_unavailable=True, request_cache=True)
    ra = resp.body.get("aggregations") or {}
    interval = Q.calendar_interval(ra.get("lo", {}).get("value"), ra.get("hi", {}).get("value"))
    if len(_intervals) >= _INTERVAL_MAX:
        _intervals.clear()
    _intervals[key] = (now, interval)
    return interval


async def search_articles(
    es: AsyncElasticsearch, names: IndexNames, aq: ArticleQuery, paging: Q.Paging, facet_size: int
) -> SearchResponse:
    req = aq.request()
    interval = await _published_interval(es, names, req)

    body: dict[str, Any] = {
        "query": req.main_query(),
        "track_total_hits": True,
        "_source": HIT_SOURCE,
        "highlight": Q.ARTICLE_HIGHLIGHT,
        "aggs": {
            **req.terms_aggs(ARTICLE_FACETS, facet_size),
            "published": Q.histogram_agg(req, "published_at", "published", interval),
        },
    }
    resp, hits, next_cursor = await _faceted_search(
        es, names.articles, body, req, paging, Q.article_sort(paging.sort, req.query is not None)
    )
    aggs = resp.get("aggregations")
    return SearchResponse(
        **_page_envelope(resp, paging, next_cursor),
        hits=[_hit(h) for h in hits],
        facets=SearchFacets(
            **{f.name: _buckets(aggs, f.name) for f in ARTICLE_FACETS},
            published=_buckets(aggs, "published"),
        ),
        published_interval=interval,
    )


async def _article_doc(es: AsyncElasticsearch, names: IndexNames, article_id: str) -> dict[str, Any]:
    resp = await es.search(
        index=names.articles,
        query={"term": {"id": article_id}},
        size=1,
        ignore_unavailable=True,
    )
    hits = resp.body["hits"]["hits"]
    if not hits:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no article with id {article_id!r}")
    return hits[0]["_source"]


async def get_article(es: AsyncElasticsearch, names: IndexNames, article_id: str) -> ArticleOut:
    article = article_from_document(await _article_doc(es, names, article_id))
    return ArticleOut(**article.model_dump(exclude={"indexed_at"}))


async def similar_articles(
    es: AsyncElasticsearch, names: IndexNames, article_id: str, size: int
) -> SimilarResponse:
    doc = await _article_doc(es, names, article_id)
    body = {
        "query": {
            "bool": {
                "must": [{
                    "more_like_this": {
                        "fields": ["title", "body"],
                        "like": f"{doc.get('title', '')}\n{doc.get('body', '')}",
                        "min_term_freq": 1,
                        "min_doc_freq": 2,
                        "max_query_terms": 40,
                    }
                }],
                "must_not": [{"term": {"id": article_id}}],
            }
        },
        "_source": HIT_SOURCE,
        "size": size,
    }
    resp = (await es.search(index=names.articles, body=body, ignore_unavailable=True)).body
    return SimilarResponse(id=article_id, hits=[_hit(h) for h in resp["hits"]["hits"]])


@dataclass
class ClaimQuery:
    q: str | None = None
    claimant: list[str] = field(default_factory=list)
    entity: list[str] = field(default_factory=list)
    quote_type: list[str] = field(default_factory=list)
    cue: list[str] = field(default_factory=list)

    def request(self) -> Q.FacetedRequest:
        req = Q.FacetedRequest(Q.text_query(self.q, Q.CLAIM_TEXT_FIELDS))
        ent = Q.names_filter("entity_text", self.entity)
        if ent:  # no facet of its own: narrows everything
            req.base_filters.append(ent)
        for key, clause in (
            ("claimant", Q.names_filter("claimant_text", self.claimant)),
            ("quote_type", Q.keyword_filter("quote_type", self.quote_type)),
            ("cue", Q.keyword_filter("cue", self.cue)),
        ):
            if clause:
                req.facet_filters[key] = clause
        return req


async def search_claims(
    es: AsyncElasticsearch, names: IndexNames, cq: ClaimQuery, paging: Q.Paging, facet_size: int
) -> ClaimSearchResponse:
    req = cq.request()
    body: dict[str, Any] = {
        "query": req.main_query(),
        "track_total_hits": True,
        "_source": {"excludes": ["claimant_text", "entity_text", "claimant_facet", "entities", "position"]},
        "aggs": req.terms_aggs(CLAIM_FACETS, facet_size),
    }
    resp, hits, next_cursor = await _faceted_search(
        es, names.claims, body, req, paging, Q.claim_sort(paging.sort, req.query is not None)
    )
    aggs = resp.get("aggregations")
    return ClaimSearchResponse(
        **_page_envelope(resp, paging, next_cursor),
        hits=[ClaimHit(**h["_source"], score=h.get("_score")) for h in hits],
        facets=ClaimFacets(**{f.name: _buckets(aggs, f.name) for f in CLAIM_FACETS}),
    )


async def suggest_entities(
    es: AsyncElasticsearch, names: IndexNames, prefix: str | None, etype: str | None, size: int
) -> EntitySuggestions:
    """Typed facet fields give exact counts per type (PERSON, ORG, PLACE); other types live
    only in entity_names, typed by a look at one article that names them."""
    terms: dict[str, Any] = {"size": size}
    if prefix and prefix.strip():
        terms["include"] = Q.case_insensitive_prefix_regex(prefix.strip())
    aggs: dict[str, Any] = {}
    typed = [t for t in TYPED_FIELDS if etype in (None, t)]
    for t in typed:
        aggs[t] = {"terms": {**terms, "field": TYPED_FIELDS[t]}}
    if etype is None or etype not in TYPED_FIELDS:
        # Room for the typed names that also come back here and are skipped below.
        aggs["other"] = {
            "terms": {**terms, "field": "entity_names", "size": 4 * size},
            "aggs": {"one": {"top_hits": {"size": 1, "_source": ["entities"]}}},
        }
    resp = (await es.search(index=names.articles, size=0, aggs=aggs, ignore_unavailable=True)).body
    found = resp.get("aggregations") or {}
    out: dict[tuple[str, str], int] = {}
    for t in typed:
        for b in found.get(t, {}).get("buckets", []):
            out[(b["key"], t)] = b["doc_count"]
    for b in found.get("other", {}).get("buckets", []):
        name = b["key"]
        if any((name, t) in out for t in TYPED_FIELDS):
            continue
        docs = b["one"]["hits"]["hits"]
        ents = docs[0]["_source"].get("entities", []) if docs else []
        t = next((e.get("type") for e in ents if e.get("name") == name), None)
        if t is None or t in TYPED_FIELDS or (etype is not None and t != etype):
            continue
        out[(name, t)] = b["doc_count"]
    ranked = sorted(out.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1]))[:size]
    return EntitySuggestions(
        hits=[EntitySuggestion(name=n, type=t, count=c) for (n, t), c in ranked]
    )


async def health(es: AsyncElasticsearch, ledger: IngestLedger) -> Health:
    async def es_state() -> tuple[bool, str]:
        try:
            h = await es.options(request_timeout=3).cluster.health()
            return h["status"] in ("green", "yellow"), str(h["status"])
        except Exception as exc:  # any failure is the answer
            return False, f"unreachable: {type(exc).__name__}"

    async def redis_state() -> tuple[bool, str]:
        try:
            await asyncio.to_thread(ledger.r.ping)
            return True, "ok"
        except Exception as exc:
            return False, f"unreachable: {type(exc).__name__}"

    (es_ok, es_msg), (r_ok, r_msg) = await asyncio.gather(es_state(), redis_state())
    return Health(status="ok" if es_ok and r_ok else "degraded", elasticsearch=es_msg, redis=r_msg)
