"""Entities: suggestions for autocomplete."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from services.core.models import EntityType

from .. import across, service
from ..across_schemas import EntityPage
from ..deps import EsDep, NamesDep
from ..error_handlers import ERROR_RESPONSES
from ..params import MAX_SIZE
from ..schemas import EntitySuggestions

router = APIRouter(responses=ERROR_RESPONSES)


@router.get("/entities", summary="Entity suggestions for autocomplete, with article counts")
async def entities(
    es: EsDep, names: NamesDep,
    prefix: Annotated[str | None, Query(
        max_length=100, description="Start of any word of the name, any case; empty: most named",
        examples=["oka"],
    )] = None,
    type: Annotated[EntityType | None, Query(description="Only this entity type", examples=["PERSON"])] = None,
    size: Annotated[int, Query(ge=1, le=MAX_SIZE, description=f"Suggestions, 1 to {MAX_SIZE}",
                               examples=[10])] = 10,
) -> EntitySuggestions:
    return await service.suggest_entities(es, names, prefix, type, size)


@router.get("/entities/{name}", summary="An entity's page: type, aliases, articles over time, "
            "co-mentioned entities, claims by it and about it, sources",
            responses={404: {"description": "No article names this entity"}})
async def entity(
    es: EsDep, names: NamesDep,
    name: Annotated[str, Path(min_length=1, max_length=200, description="Canonical name, any case",
                              examples=["Amara Okafor"])],
    size: Annotated[int, Query(ge=1, le=MAX_SIZE, description="Entries per list", examples=[10])] = 10,
) -> EntityPage:
    return await across.entity_page(es, names, name, size)
