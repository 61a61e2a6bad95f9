"""Articles: full-text and faceted search, one article, articles like it."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from .. import across, export, service
from ..across_schemas import StorySearchResponse
from ..deps import EsDep, NamesDep
from ..error_handlers import ERROR_RESPONSES, NOT_FOUND
from ..params import MAX_SIZE, ArticleId, ArticleQueryDep, ExportFormat, FacetSizeDep, PagingDep
from ..schemas import ArticleOut, SearchResponse, SimilarResponse

router = APIRouter(responses=ERROR_RESPONSES)


@router.get("/search", summary="Full-text and faceted search over articles",
            responses=export.EXPORT_RESPONSES)
async def search(
    es: EsDep, names: NamesDep, query: ArticleQueryDep, paging: PagingDep, facet_size: FacetSizeDep,
    format: ExportFormat = "json",
    collapse: Annotated[Literal["story"] | None, Query(
        description="story: one hit per story (near-duplicate articles), with its number of copies; no facets",
        examples=["story"],
    )] = None,
) -> SearchResponse | StorySearchResponse:
    """Filters of one name OR together, different filters AND. Each facet counts as if its own
    filter were not set (multi-select): person, organization and place ignore `entity`, source
    ignores `source`, claimant ignores `claimant`, published ignores the date range.
    `format=csv|jsonl` streams the whole result set instead of a page."""
    if format != "json":
        return export.export_articles(es, names, query, paging.sort, format)  # type: ignore[return-value]
    if collapse == "story":
        return await across.search_stories(es, names, query, paging)
    return await service.search_articles(es, names, query, paging, facet_size)


@router.get("/articles/{article_id}", summary="One article with its entities, claims and files",
            responses=NOT_FOUND)
async def article(es: EsDep, names: NamesDep, article_id: ArticleId) -> ArticleOut:
    out = await service.get_article(es, names, article_id)
    out.copies = await across.story_copies(es, names, article_id, out.story_id)
    return out


@router.get("/articles/{article_id}/similar", summary="Articles like this one (more-like-this)",
            responses=NOT_FOUND)
async def similar(
    es: EsDep, names: NamesDep, article_id: ArticleId,
    size: Annotated[int, Query(ge=1, le=MAX_SIZE, description="Articles to return", examples=[5])] = 5,
) -> SimilarResponse:
    return await service.similar_articles(es, names, article_id, size)
