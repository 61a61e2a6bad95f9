"""Index names and mappings.

Full text (titles, bodies, claim contents) goes through one analysis chain, `newsroom_text`:
the standard tokenizer, lowercase and `newsroom_english`, a token filter from our own stable
plugin (plugins/analysis-newsroom: English possessives, ASCII folding, KStem). The bare
integ-test node has no analysis-common module, so no built-in stemmer or folding exists on
both it and the official image; the plugin is installed in both (scripts/services.sh,
docker-compose.yml). Each text field has an `exact` subfield with the plain standard analyzer:
queried alongside, it ranks exact forms above stemmed ones.

A change to anything here that needs the documents indexed again bumps MAPPING_VERSION; the
services warn at start when the index behind an alias is older, and `newsroom reindex`
(services/core/reindex.py) moves the data to a new index and swaps the alias."""

from __future__ import annotations

import logging
from typing import Any

from .names import MAPPING_VERSION, StackNames
from .settings import Settings

log = logging.getLogger("newsroom.index")

TEXT_ANALYZER = "newsroom_text"
ANALYSIS: dict[str, Any] = {
    "analyzer": {
        TEXT_ANALYZER: {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "newsroom_english"],
        }
    }
}

__all__ = ["ARTICLE_MAPPING", "CLAIM_MAPPING", "MAPPING_VERSION", "ensure_indices", "index_settings"]

_KEYWORD = {"type": "keyword"}
_EXACT = {"type": "text", "analyzer": "standard"}
_TEXT = {"type": "text", "analyzer": TEXT_ANALYZER, "fields": {"exact": _EXACT}}
_TITLE = {
    "type": "text",
    "analyzer": TEXT_ANALYZER,
    "fields": {"exact": _EXACT, "raw": {"type": "keyword", "ignore_above": 512}},
}
# Names matched by whole words, case-insensitively ("claimant=Okafor" finds "Amara Okafor").
_NAME_TEXT = {"type": "text", "analyzer": "standard"}


def _strict(properties: dict[str, Any]) -> dict[str, Any]:
    """A mapping that refuses fields it does not name and carries MAPPING_VERSION (read at start
    to warn about an index older than the code)."""
    return {"dynamic": "strict", "_meta": {"mapping_version": MAPPING_VERSION}, "properties": properties}


ARTICLE_MAPPING = _strict({
    "id": _KEYWORD,
    "title": _TITLE,
    "body": _TEXT,
    "language": _KEYWORD,
    "source": _KEYWORD,
    "published_at": {"type": "date"},
    "indexed_at": {"type": "date"},
    "files": _KEYWORD,
    # Metadata from the file (issue 15): added fields, no reindex needed.
    "url": {"type": "keyword", "ignore_above": 2048},
    "authors": _KEYWORD,
    "part_of": _KEYWORD,
    # Facet fields: canonical names per type.
    "persons": _KEYWORD,
    "organizations": _KEYWORD,
    "places": _KEYWORD,
    "entity_names": _KEYWORD,
    "entity_text": _NAME_TEXT,
    "claimants": _KEYWORD,
    "claimant_text": _NAME_TEXT,
    "claim_count": {"type": "integer"},
    # Near-duplicate articles share it: the id of the story's first seen article.
    "story_id": _KEYWORD,
    # Returned as stored, never searched: the structured lists of the contract.
    "entities": {"type": "object", "enabled": False},
    "claims": {"type": "object", "enabled": False},
})

CLAIM_MAPPING = _strict({
    "id": _KEYWORD,
    "article_id": _KEYWORD,
    "article_title": _TITLE,
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
    "kind": _KEYWORD,
    "start": {"type": "integer"},
    "end": {"type": "integer"},
    "entities": _KEYWORD,
    "entity_text": _NAME_TEXT,
    "source": _KEYWORD,
    "published_at": {"type": "date"},
    # Claims stating the same thing share it: the id of the group's first claim.
    "claim_group": _KEYWORD,
    # The claim's matching key (services/extract/claim_match.py), for finding candidates
    # with filters only: its content stems, their number, its numbers, its negation.
    "claim_stems": _KEYWORD,
    "claim_stem_count": {"type": "integer"},
    "claim_numbers": _KEYWORD,
    "claim_negated": {"type": "boolean"},
})

# Saved searches: the Elasticsearch query the API built from the saved parameters is stored
# as is, so the worker runs it against new ids without knowing the API's parameters.
ALERT_MAPPING = _strict({
    "id": _KEYWORD,
    "name": {"type": "text", "analyzer": "standard", "fields": {"raw": _KEYWORD}},
    "target": _KEYWORD,  # articles | claims
    "params": {"type": "object", "enabled": False},
    "query": {"type": "object", "enabled": False},
    "webhook": {"type": "keyword", "index": False},
    "created_at": {"type": "date"},
})

ALERT_MATCH_MAPPING = _strict({
    "alert_id": _KEYWORD,
    "target": _KEYWORD,
    "doc_id": _KEYWORD,
    "article_id": _KEYWORD,
    "title": {"type": "keyword", "index": False},
    "summary": {"type": "keyword", "index": False},
    "source": _KEYWORD,
    "published_at": {"type": "date"},
    "matched_at": {"type": "date"},
})


def index_settings(settings: Settings) -> dict[str, Any]:
    return {
        "number_of_shards": settings.es_shards,
        "number_of_replicas": settings.es_replicas,
        "refresh_interval": settings.refresh_interval,
        "analysis": ANALYSIS,
    }


def ensure_indices(es: Any, settings: Settings) -> StackNames:
    """Create the indices and their aliases if missing (safe to call from many processes)."""
    names = settings.names
    for alias, concrete, mapping in (
        (names.articles, names.articles_concrete, ARTICLE_MAPPING),
        (names.claims, names.claims_concrete, CLAIM_MAPPING),
        (names.alerts, names.alerts_concrete, ALERT_MAPPING),
        (names.alert_matches, names.alert_matches_concrete, ALERT_MATCH_MAPPING),
    ):
        if es.indices.exists_alias(name=alias):
            if not warn_if_outdated(es, alias):
                add_new_fields(es, alias, mapping)
            continue
        resp = es.options(ignore_status=400).indices.create(
            index=concrete,
            settings=index_settings(settings),
            mappings=mapping,
            aliases={alias: {"is_write_index": True}},
        )
        err = resp.body.get("error") if hasattr(resp, "body") else None
        if err and err.get("type") != "resource_already_exists_exception":
            hint = ""
            if "newsroom_english" in str(err.get("reason")):
                hint = (" (the analysis-newsroom plugin is missing from this Elasticsearch: `make services`"
                        " installs it, docker-compose.yml builds an image with it)")
            raise RuntimeError(f"cannot create index {concrete}: {err.get('reason')}{hint}")
    return names


def add_new_fields(es: Any, alias: str, mapping: dict[str, Any]) -> None:
    """Add fields the code's mapping has and the index lacks. New fields need no reindex (old
    documents simply lack them); a changed field does, and bumps MAPPING_VERSION instead."""
    resp = es.options(ignore_status=400).indices.put_mapping(index=alias, properties=mapping["properties"])
    err = resp.body.get("error") if hasattr(resp, "body") else None
    if err:
        log.warning("index %s: cannot add the new fields of this code's mapping (%s): run `newsroom reindex --force`",
                    alias, err.get("reason"))


def mapping_version_of(es: Any, alias: str) -> int | None:
    """The mapping version of the index behind an alias (1 for indices made before _meta
    carried it), or None when the alias does not exist."""
    resp = es.options(ignore_status=404).indices.get_mapping(index=alias)
    body = resp.body if hasattr(resp, "body") else resp
    if not body or "error" in body or "status" in body:
        return None
    versions = [
        int(((m.get("mappings") or {}).get("_meta") or {}).get("mapping_version", 1)) for m in body.values()
    ]
    return min(versions) if versions else None


def outdated_message(alias: str, found: int) -> str:
    return (
        f"index {alias} has mapping version {found}, this code expects {MAPPING_VERSION}: "
        f"run `newsroom reindex` to rebuild it (searches keep answering meanwhile)"
    )


def warn_if_outdated(es: Any, alias: str) -> bool:
    """Log a warning naming the fix when the index behind `alias` is older than the code."""
    try:
        found = mapping_version_of(es, alias)
    except Exception as exc:  # never stop a service from starting over a check
        log.debug("could not read the mapping version of %s: %s", alias, exc)
        return False
    if found is not None and found < MAPPING_VERSION:
        log.warning(outdated_message(alias, found))
        return True
    return False
