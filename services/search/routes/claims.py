"""Claims: who said what, searched and faceted."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from .. import across, export, service
from ..across_schemas import ClaimGroupDetail, ClaimGroupsResponse
from ..deps import EsDep, NamesDep
from ..error_handlers import ERROR_RESPONSES
from ..params import MAX_SIZE, ClaimQueryDep, ExportFormat, FacetSizeDep, PagingDep
from ..schemas import ClaimSearchResponse

router = APIRouter(responses=ERROR_RESPONSES)


@router.get("/claims", summary="Who said what: search claims", responses=export.EXPORT_RESPONSES)
async def claims(
    es: EsDep, names: NamesDep, query: ClaimQueryDep, paging: PagingDep, facet_size: FacetSizeDep,
    format: ExportFormat = "json",
    collapse: Annotated[Literal["group"] | None, Query(
        description="group: one hit per claim group (the same claim from many sources), with its first "
                    "appearance, claimants, sources and count",
        examples=["group"],
    )] = None,
) -> ClaimSearchResponse | ClaimGroupsResponse:
    """Facets claimant, cue, quote_type and kind are multi-select like those of /search.
    `format=csv|jsonl` streams the whole result set instead of a page."""
    if format != "json":
        return export.export_claims(es, names, query, paging.sort, format)  # type: ignore[return-value]
    if collapse == "group":
        return await across.search_claim_groups(es, names, query, paging)
    return await service.search_claims(es, names, query, paging, facet_size)


@router.get("/claims/groups/{group_id}", summary="Every appearance of one claim, earliest first",
            responses={404: {"description": "No claim group with this id"}})
async def claim_group(
    es: EsDep, names: NamesDep,
    group_id: Annotated[str, Path(min_length=1, max_length=200, description="Claim group id",
                                  examples=["3fa1c0de" + "0" * 56 + ":0"])],
    size: Annotated[int, Query(ge=1, le=MAX_SIZE, description="Appearances", examples=[100])] = 100,
) -> ClaimGroupDetail:
    return await across.claim_group(es, names, group_id, size)
