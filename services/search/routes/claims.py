"""Claims: who said what, searched and faceted."""

from __future__ import annotations

from fastapi import APIRouter

from .. import export, service
from ..deps import EsDep, NamesDep
from ..error_handlers import ERROR_RESPONSES
from ..params import ClaimQueryDep, ExportFormat, FacetSizeDep, PagingDep
from ..schemas import ClaimSearchResponse

router = APIRouter(responses=ERROR_RESPONSES)


@router.get("/claims", summary="Who said what: search claims", responses=export.EXPORT_RESPONSES)
async def claims(
    es: EsDep, names: NamesDep, query: ClaimQueryDep, paging: PagingDep, facet_size: FacetSizeDep,
    format: ExportFormat = "json",
) -> ClaimSearchResponse:
    """Facets claimant, cue and quote_type are multi-select like those of /search.
    `format=csv|jsonl` streams the whole result set instead of a page."""
    if format != "json":
        return export.export_claims(es, names, query, paging.sort, format)  # type: ignore[return-value]
    return await service.search_claims(es, names, query, paging, facet_size)
