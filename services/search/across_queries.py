"""Request bodies for the views across articles (pure functions): stories (collapse=story),
claim groups (collapse=group), an entity's page, and the queries alerts save."""

from __future__ import annotations

from typing import Any

from .queries import (
    ARTICLE_HIGHLIGHT,
    CLAIM_HIDDEN_FIELDS,
    HIT_SOURCE,
    Body,
    FacetedRequest,
    calendar_interval,
)

GROUP_FIELD = "claim_group"
STORY_FIELD = "story_id"
TOP = 10  # co-mentioned entities, sources, claimants shown


def saved_query(req: FacetedRequest) -> Body:
    """A search's query and every filter as one query, to run later against new ids."""
    return req.all_filters_without(None)


# -- stories -------------------------------------------------------------------------------

def story_search_body(req: FacetedRequest, size: int, offset: int, sort: list[Any]) -> Body:
    return {
        "query": req.all_filters_without(None),
        "track_total_hits": True,
        "track_scores": req.query is not None,
        "_source": [*HIT_SOURCE, STORY_FIELD],
        "highlight": ARTICLE_HIGHLIGHT,
        "collapse": {"field": STORY_FIELD},
        "sort": sort,
        "from": offset,
        "size": size,
        "aggs": {"stories": {"cardinality": {"field": STORY_FIELD, "precision_threshold": 10000}}},
    }


def story_sizes_body(story_ids: list[str]) -> Body:
    return {
        "size": 0,
        "query": {"terms": {STORY_FIELD: story_ids}},
        "aggs": {"s": {"terms": {"field": STORY_FIELD, "size": max(1, len(story_ids))}}},
    }


def story_copies_body(article_id: str, story_id: str, size: int = 100) -> Body:
    return {
        "query": {"bool": {"filter": [{"term": {STORY_FIELD: story_id}}], "must_not": [{"term": {"id": article_id}}]}},
        "_source": [*HIT_SOURCE, "indexed_at"],
        "sort": [{"indexed_at": {"order": "asc", "missing": "_last"}}, {"id": "asc"}],
        "size": size,
    }


# -- claim groups ----------------------------------------------------------------------------

_FIRST = [{"published_at": {"order": "asc", "missing": "_last"}}, {"id": "asc"}]
CLAIM_SOURCE = {"excludes": CLAIM_HIDDEN_FIELDS}


def claim_group_search_body(req: FacetedRequest, size: int, offset: int) -> Body:
    """One hit per group among the matching claims, newest groups first."""
    return {
        "query": {"bool": {"must": [req.all_filters_without(None)], "filter": [{"exists": {"field": GROUP_FIELD}}]}},
        "track_total_hits": True,
        "_source": [GROUP_FIELD],
        "collapse": {"field": GROUP_FIELD},
        "sort": [{"published_at": {"order": "desc", "missing": "_last"}}, {"id": "asc"}],
        "from": offset,
        "size": size,
        "aggs": {"groups": {"cardinality": {"field": GROUP_FIELD, "precision_threshold": 10000}}},
    }


def claim_group_summary_body(group_ids: list[str]) -> Body:
    """For each group (all its claims, not only those matching): count, first appearance,
    claimants and sources."""
    return {
        "size": 0,
        "query": {"terms": {GROUP_FIELD: group_ids}},
        "aggs": {"g": {
            "terms": {"field": GROUP_FIELD, "size": max(1, len(group_ids))},
            "aggs": {
                "first": {"top_hits": {"size": 1, "sort": _FIRST, "_source": CLAIM_SOURCE}},
                "claimants": {"terms": {"field": "claimant_facet", "size": TOP}},
                "sources": {"terms": {"field": "source", "size": TOP}},
                "articles": {"cardinality": {"field": "article_id"}},
            },
        }},
    }


def claim_group_body(group_id: str, size: int) -> Body:
    return {
        "query": {"term": {GROUP_FIELD: group_id}},
        "track_total_hits": True,
        "_source": CLAIM_SOURCE,
        "sort": _FIRST,
        "size": size,
        "aggs": {
            "claimants": {"terms": {"field": "claimant_facet", "size": TOP}},
            "sources": {"terms": {"field": "source", "size": TOP}},
        },
    }


# -- entity pages ------------------------------------------------------------------------------

def entity_filter(name: str) -> Body:
    return {"term": {"entity_names": {"value": name, "case_insensitive": True}}}


def entity_overview_body(name: str, top: int) -> Body:
    return {
        "size": 50,  # articles read for the entity's type and aliases
        "track_total_hits": True,
        "query": entity_filter(name),
        "_source": ["entities"],
        "sort": [{"published_at": {"order": "desc", "missing": "_last"}}],
        "aggs": {
            "lo": {"min": {"field": "published_at"}},
            "hi": {"max": {"field": "published_at"}},
            "co": {"terms": {"field": "entity_names", "size": top + 1}},
            "sources": {"terms": {"field": "source", "size": top}},
        },
    }


def entity_histogram_body(name: str, lo_ms: float | None, hi_ms: float | None) -> tuple[Body, str]:
    interval = calendar_interval(lo_ms, hi_ms)
    return {
        "size": 0,
        "query": entity_filter(name),
        "aggs": {"v": {"date_histogram": {
            "field": "published_at", "calendar_interval": interval, "format": "yyyy-MM-dd", "min_doc_count": 0,
        }}},
    }, interval


def claims_by_body(name: str, size: int) -> Body:
    return {
        "query": {"term": {"claimant_entity": {"value": name, "case_insensitive": True}}},
        "track_total_hits": True,
        "_source": CLAIM_SOURCE,
        "sort": [{"published_at": {"order": "desc", "missing": "_last"}}, {"id": "asc"}],
        "size": size,
    }


def claims_about_body(forms: list[str], name: str, size: int) -> Body:
    """Claims whose content names the entity (by any of its forms), made by someone else."""
    return {
        "query": {"bool": {
            "should": [{"match_phrase": {"content.exact": f}} for f in forms],
            "minimum_should_match": 1,
            "must_not": [{"term": {"claimant_entity": {"value": name, "case_insensitive": True}}}],
        }},
        "track_total_hits": True,
        "_source": CLAIM_SOURCE,
        "sort": [{"published_at": {"order": "desc", "missing": "_last"}}, {"id": "asc"}],
        "size": size,
    }


# -- alerts -----------------------------------------------------------------------------------

def alert_matches_body(alert_id: str, size: int) -> Body:
    return {
        "query": {"term": {"alert_id": alert_id}},
        "sort": [{"matched_at": {"order": "desc"}}, {"doc_id": "asc"}],
        "size": size,
    }
