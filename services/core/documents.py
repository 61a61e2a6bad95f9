"""How an Article is stored: one article document plus one document per claim.

Writers (the worker) and readers (the search API, tests) share these functions, so the
stored shape is defined once."""

from __future__ import annotations

from typing import Any

from .models import Article, Claim, Entity

# The entity types with a keyword field of their own (facets of /search, exact counts for
# /entities); entities of every type are also in entity_names and entity_text.
FACET_FIELD_BY_TYPE = {"PERSON": "persons", "ORG": "organizations", "PLACE": "places"}


def _names(entities: list[Entity], *types: str) -> list[str]:
    return sorted({e.name for e in entities if not types or e.type in types})


def claimant_label(claim: Claim) -> str | None:
    """What the claimant facet shows: the canonical entity, else the surface text."""
    return claim.claimant_entity or claim.claimant


def article_document(article: Article) -> dict[str, Any]:
    doc = article.model_dump(mode="json")
    entities = article.entities
    doc.update(
        **{field: _names(entities, etype) for etype, field in FACET_FIELD_BY_TYPE.items()},
        entity_names=_names(entities),
        entity_text=sorted({form for e in entities for form in (e.name, *e.aliases)}),
        claimants=sorted({c for c in map(claimant_label, article.claims) if c}),
        claimant_text=sorted(
            {form for c in article.claims for form in (c.claimant, c.claimant_entity) if form}
        ),
        claim_count=len(article.claims),
    )
    return doc


def claim_id(article_id: str, position: int) -> str:
    return f"{article_id}:{position}"


def claim_documents(article: Article) -> list[dict[str, Any]]:
    """Claims with the entities named in their sentence, for /claims filters and facets."""
    docs = []
    # Each entity's forms lower-cased once per article, not once per claim.
    forms = [(e, [form.lower() for form in (e.name, *e.aliases)]) for e in article.entities]
    for position, claim in enumerate(article.claims):
        sentence = claim.sentence.lower()
        named = [
            e for e, lowered in forms
            if any(form in sentence for form in lowered) or e.name == claim.claimant_entity
        ]
        doc = claim.model_dump(mode="json")
        doc.update(
            id=claim_id(article.id, position),
            article_id=article.id,
            article_title=article.title,
            position=position,
            claimant_facet=claimant_label(claim),
            claimant_text=[form for form in (claim.claimant, claim.claimant_entity) if form],
            entities=sorted({e.name for e in named}),
            entity_text=sorted({form for e in named for form in (e.name, *e.aliases)}),
            source=article.source,
            published_at=article.published_at.isoformat() if article.published_at else None,
        )
        docs.append(doc)
    return docs


def article_from_document(doc: dict[str, Any]) -> Article:
    return Article.model_validate({k: doc.get(k) for k in Article.model_fields if k in doc})
