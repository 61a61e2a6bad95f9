"""Index names and mappings. Built-in analyzers only: the same mapping must run on the bare
integ-test node (no analysis-common module) and on the full Elasticsearch image."""

from __future__ import annotations

from typing import Any

from .names import MAPPING_VERSION, StackNames
from .settings import Settings

__all__ = ["ARTICLE_MAPPING", "CLAIM_MAPPING", "MAPPING_VERSION", "IndexNames", "ensure_indices", "index_settings"]

_KEYWORD = {"type": "keyword"}
_TEXT = {"type": "text", "analyzer": "standard"}
# Names matched by whole words, case-insensitively ("claimant=Okafor" finds "Amara Okafor").
_NAME_TEXT = {"type": "text", "analyzer": "standard"}

ARTICLE_MAPPING: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        "id": _KEYWORD,
        "title": {**_TEXT, "fields": {"raw": {"type": "keyword", "ignore_above": 512}}},
        "body": _TEXT,
        "language": _KEYWORD,
        "source": _KEYWORD,
        "published_at": {"type": "date"},
        "indexed_at": {"type": "date"},
        "files": _KEYWORD,
        # Facet fields: canonical names per type.
        "persons": _KEYWORD,
        "organizations": _KEYWORD,
        "places": _KEYWORD,
        "entity_names": _KEYWORD,
        "entity_text": _NAME_TEXT,
        "claimants": _KEYWORD,
        "claimant_text": _NAME_TEXT,
        "claim_count": {"type": "integer"},
        # Returned as stored, never searched: the structured lists of the contract.
        "entities": {"type": "object", "enabled": False},
        "claims": {"type": "object", "enabled": False},
    },
}

CLAIM_MAPPING: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        "id": _KEYWORD,
        "article_id": _KEYWORD,
        "article_title": {**_TEXT, "fields": {"raw": {"type": "keyword", "ignore_above": 512}}},
        "position": {"type": "integer"},
        "content": _TEXT,
        "sentence": _TEXT,
        "claimant": _KEYWORD,
        "claimant_entity": _KEYWORD,
        "claimant_facet": _KEYWORD,
        "claimant_text": _NAME_TEXT,
        "cue": _KEYWORD,
        "quote_type": _KEYWORD,
        "hedged": {"type": "boolean"},
        "polarity": _KEYWORD,
        "start": {"type": "integer"},
        "end": {"type": "integer"},
        "entities": _KEYWORD,
        "entity_text": _NAME_TEXT,
        "source": _KEYWORD,
        "published_at": {"type": "date"},
    },
}


class IndexNames(StackNames):
    """`IndexNames(settings)`: the stack's names, built from Settings (kept for the search
    service's dependencies; new code reads `settings.names`)."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings.names.prefix)


def index_settings(settings: Settings) -> dict[str, Any]:
    return {
        "number_of_shards": 1,
        "number_of_replicas": 0,
        "refresh_interval": settings.refresh_interval,
    }


def ensure_indices(es: Any, settings: Settings) -> StackNames:
    """Create both indices and their aliases if missing (safe to call from many processes)."""
    names = settings.names
    for alias, concrete, mapping in (
        (names.articles, names.articles_concrete, ARTICLE_MAPPING),
        (names.claims, names.claims_concrete, CLAIM_MAPPING),
    ):
        if es.indices.exists_alias(name=alias):
            continue
        resp = es.options(ignore_status=400).indices.create(
            index=concrete,
            settings=index_settings(settings),
            mappings=mapping,
            aliases={alias: {"is_write_index": True}},
        )
        err = resp.body.get("error") if hasattr(resp, "body") else None
        if err and err.get("type") != "resource_already_exists_exception":
            raise RuntimeError(f"cannot create index {concrete}: {err.get('reason')}")
    return names
