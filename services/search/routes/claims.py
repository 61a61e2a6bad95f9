"""Claims: who said what, searched and faceted."""

from __future__ import annotations

from fastapi import APIRouter

from .. import service
from ..deps import EsDep, NamesDep
from ..error_handlers import ERROR_RESPONSES
from ..params import ClaimQueryDep, FacetSizeDep, PagingDep
from ..schemas import ClaimSearchResponse

router = APIRouter(responses=ERROR_RESPONSES)


@router.get("/claims", summary="Who said what: search claims")
async def claims(
    es: EsDep, names: NamesDep, query: ClaimQueryDep, paging: PagingDep, facet_size: FacetSizeDep,
) -> ClaimSearchResponse:
    """Facets claimant, cue, quote_type and kind are multi-select like those of /search."""
    return await service.search_claims(es, names, query, paging, facet_size)
