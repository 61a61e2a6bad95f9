"""Elasticsearch responses -> the API's response models (schemas.py), as pure functions."""

from __future__ import annotations

from typing import Any

from services.core.documents import FACET_FIELD_BY_TYPE, article_from_document

from .paging import Paging
from .queries import ARTICLE_FACETS, CLAIM_FACETS, typed_entity_types
from .schemas import (
    ArticleOut,
    ClaimFacets,
    ClaimHit,
    ClaimSearchResponse,
    EntitySuggestion,
    EntitySuggestions,
    FacetBucket,
    SearchFacets,
    SearchHit,
    SearchResponse,
)

Body = dict[str, Any]


def snippets(hit: Body) -> list[str]:
    hl = hit.get("highlight") or {}
    return [*hl.get("title", []), *hl.get("body", [])]


def search_hit(h: Body) -> SearchHit:
    src = h.get("_source", {})
    return SearchHit(
        id=src.get("id") or h["_id"],
        title=src.get("title") or "",
        source=src.get("source"),
        published_at=src.get("published_at"),
        language=src.get("language"),
        url=src.get("url"),
        authors=src.get("authors") or [],
        score=h.get("_score"),
        snippets=snippets(h),
    )


def facet_buckets(aggs: Body | None, name: str) -> list[FacetBucket]:
    node = (aggs or {}).get(name, {}).get("v", {})
    return [
        FacetBucket(value=b.get("key_as_string", b["key"]), count=b["doc_count"])
        for b in node.get("buckets", [])
    ]


def _page(resp: Body, paging: Paging) -> tuple[list[Body], dict[str, Any]]:
    """The hits of this page, and the paging fields every list response carries: total,
    page, size and next_cursor."""
    hits, next_cursor = paging.finish(resp["hits"]["hits"])
    return hits, {
        "total": resp["hits"]["total"]["value"],
        "page": 1 if paging.cursor else paging.page,
        "size": paging.size,
        "next_cursor": next_cursor,
    }


def article_search_response(resp: Body, paging: Paging, interval: str) -> SearchResponse:
    hits, envelope = _page(resp, paging)
    aggs = resp.get("aggregations")
    return SearchResponse(
        **envelope,
        hits=[search_hit(h) for h in hits],
        facets=SearchFacets(
            **{f.name: facet_buckets(aggs, f.name) for f in ARTICLE_FACETS},
            published=facet_buckets(aggs, "published"),
        ),
        published_interval=interval,
    )


def claim_search_response(resp: Body, paging: Paging) -> ClaimSearchResponse:
    hits, envelope = _page(resp, paging)
    aggs = resp.get("aggregations")
    return ClaimSearchResponse(
        **envelope,
        hits=[ClaimHit(**h["_source"], score=h.get("_score")) for h in hits],
        facets=ClaimFacets(**{f.name: facet_buckets(aggs, f.name) for f in CLAIM_FACETS}),
    )


def article_out(doc: Body) -> ArticleOut:
    article = article_from_document(doc)
    return ArticleOut(**article.model_dump(exclude={"indexed_at"}), story_id=doc.get("story_id"))


def entity_suggestions(aggs: Body, etype: str | None, size: int) -> EntitySuggestions:
    """Counts from the typed facet fields first; a name found only in `other` is typed by
    the one article looked at, and kept when its type has no facet field of its own."""
    out: dict[tuple[str, str], int] = {}
    for t in typed_entity_types(etype):
        for b in aggs.get(t, {}).get("buckets", []):
            out[(b["key"], t)] = b["doc_count"]
    for b in aggs.get("other", {}).get("buckets", []):
        name = b["key"]
        if any((name, t) in out for t in FACET_FIELD_BY_TYPE):
            continue
        docs = b["one"]["hits"]["hits"]
        ents = docs[0]["_source"].get("entities", []) if docs else []
        t = next((e.get("type") for e in ents if e.get("name") == name), None)
        if t is None or t in FACET_FIELD_BY_TYPE or (etype is not None and t != etype):
            continue
        out[(name, t)] = b["doc_count"]
    ranked = sorted(out.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1]))[:size]
    return EntitySuggestions(hits=[EntitySuggestion(name=n, type=t, count=c) for (n, t), c in ranked])
