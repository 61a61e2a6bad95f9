"""The FastAPI app: thin routes over service.py. OpenAPI at /docs and /openapi.json."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from typing import Annotated, Literal

from elasticsearch import AsyncElasticsearch
from fastapi import APIRouter, Depends, FastAPI, Path, Query
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BeforeValidator

from services.core import __version__
from services.core.index import IndexNames, ensure_indices
from services.core.ledger import IngestLedger
from services.core.models import EntityType, FailureRecord, IngestStatus, QuoteType
from services.core.settings import Settings
from services.core.settings import get_settings as load_settings

from . import errors, ops, service
from .deps import Resources, get_es, get_ledger, get_names, require_api_key
from .queries import MAX_WINDOW, Paging
from .schemas import (
    ArticleOut,
    ClaimSearchResponse,
    EntitySuggestions,
    ErrorResponse,
    Health,
    SearchResponse,
    SimilarResponse,
)

MAX_SIZE = 100
ES = Annotated[AsyncElasticsearch, Depends(get_es)]
Names = Annotated[IndexNames, Depends(get_names)]
Ledger = Annotated[IngestLedger, Depends(get_ledger)]

# -- parameters, documented once ------------------------------------------------------------

QueryText = Annotated[str | None, Query(
    max_length=1000,
    description='Full text over title and body: words (all must match), "a phrase", '
                "+must, -exclude, a OR b, prefix*. Empty: everything.",
    examples=['Khmeimim -drone "air base"'],
)]
EntityFilter = Annotated[list[str] | None, Query(
    description="Entity named in the article (any type), by canonical name or surface form, "
                "whole words, any case. Repeat to OR several.",
    examples=[["Amara Okafor"]],
)]
SourceFilter = Annotated[list[str] | None, Query(
    description="Publication, exact name (any case). Repeat to OR several.",
    examples=[["Harbour Herald"]],
)]
ClaimantFilter = Annotated[list[str] | None, Query(
    description="Who made a claim: canonical name or surface form, whole words, any case "
                "(claimant=Okafor finds Amara Okafor). Repeat to OR several.",
    examples=[["Okafor"]],
)]
LanguageFilter = Annotated[list[str] | None, Query(
    description="Article language code. Repeat to OR several.", examples=[["en"]],
)]
def _iso_day(value: object) -> object:
    """Only yyyy-mm-dd: pydantic alone would also take a number as a Unix time."""
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("use a date as yyyy-mm-dd, such as 2024-03-01")
    return value


Day = Annotated[date, BeforeValidator(_iso_day)]
PublishedFrom = Annotated[Day | None, Query(
    description="Published on or after this day (yyyy-mm-dd)", examples=["2024-01-01"],
)]
PublishedTo = Annotated[Day | None, Query(
    description="Published on or before this day (yyyy-mm-dd)", examples=["2024-12-31"],
)]
SortParam = Annotated[Literal["relevance", "newest"], Query(
    description="relevance (score, then newest; newest when q is empty) or newest first",
    examples=["relevance"],
)]
PageParam = Annotated[int, Query(
    ge=1, le=MAX_WINDOW,
    description=f"Page number from 1; page * size at most {MAX_WINDOW}, beyond that use cursor",
    examples=[1],
)]
SizeParam = Annotated[int, Query(
    ge=0, le=MAX_SIZE, description=f"Hits per page, 0 to {MAX_SIZE}", examples=[10],
)]
CursorParam = Annotated[str | None, Query(
    max_length=2000,
    description="next_cursor of a previous response (same q, filters and sort): the page after "
                "it. Overrides page; works beyond 10,000 hits.",
    examples=["eyJzIjoibmV3ZXN0IiwidiI6WzE3MDkyNTEyMDAwMDAsImFiYyJdfQ"],
)]
FacetSize = Annotated[int, Query(
    ge=1, le=MAX_SIZE, description=f"Values per facet, 1 to {MAX_SIZE}", examples=[10],
)]
ArticleId = Annotated[str, Path(
    min_length=1, max_length=200, description="Article id (sha256 of its normalized text)",
    examples=["3fa1c0de" + "0" * 56],
)]

ERRORS = {
    400: {"model": ErrorResponse, "description": "The query cannot be parsed; the message says why"},
    401: {"model": ErrorResponse, "description": "API key missing or wrong (when one is set)"},
    503: {"model": ErrorResponse, "description": "Elasticsearch or Redis is not reachable"},
}
NOT_FOUND = {404: {"model": ErrorResponse, "description": "No article with this id"}}


def paging(page: int, size: int, sort: str, cursor: str | None) -> Paging:
    if cursor is None and page * size > MAX_WINDOW:
        raise RequestValidationError([{
            "type": "value_error",
            "loc": ("query", "page"),
            "msg": f"page * size must be at most {MAX_WINDOW} (got {page * size}); "
                   "to go deeper, follow next_cursor with the `cursor` parameter",
            "input": page,
        }])
    return Paging(page=page, size=size, sort=sort, cursor=cursor or None)


# -- routes -----------------------------------------------------------------------------------

# Every route here needs the API key when one is set (create_app adds the check then, so the
# OpenAPI document shows the security scheme only when it is enforced).
api = APIRouter(responses=ERRORS)


@api.get("/search", summary="Full-text and faceted search over articles")
async def search(
    es: ES, names: Names,
    q: QueryText = None,
    entity: EntityFilter = None,
    source: SourceFilter = None,
    claimant: ClaimantFilter = None,
    language: LanguageFilter = None,
    published_from: PublishedFrom = None,
    published_to: PublishedTo = None,
    sort: SortParam = "relevance",
    page: PageParam = 1,
    size: SizeParam = 10,
    cursor: CursorParam = None,
    facet_size: FacetSize = 10,
) -> SearchResponse:
    """Filters of one name OR together, different filters AND. Each facet counts as if its own
    filter were not set (multi-select): person, organization and place ignore `entity`, source
    ignores `source`, claimant ignores `claimant`, published ignores the date range."""
    aq = service.ArticleQuery(
        q=q, entity=list(entity or []), source=list(source or []), claimant=list(claimant or []),
        language=list(language or []), published_from=published_from, published_to=published_to,
    )
    return await service.search_articles(es, names, aq, paging(page, size, sort, cursor), facet_size)


@api.get("/articles/{article_id}", summary="One article with its entities, claims and files",
         responses=NOT_FOUND)
async def article(es: ES, names: Names, article_id: ArticleId) -> ArticleOut:
    return await service.get_article(es, names, article_id)


@api.get("/articles/{article_id}/similar", summary="Articles like this one (more-like-this)",
         responses=NOT_FOUND)
async def similar(
    es: ES, names: Names, article_id: ArticleId,
    size: Annotated[int, Query(ge=1, le=MAX_SIZE, description="Articles to return", examples=[5])] = 5,
) -> SimilarResponse:
    return await service.similar_articles(es, names, article_id, size)


@api.get("/claims", summary="Who said what: search claims")
async def claims(
    es: ES, names: Names,
    q: Annotated[str | None, Query(
        max_length=1000, description="Full text over claim content, sentence and article title "
                                     '(same syntax as /search)', examples=['"air base" OR airbase'],
    )] = None,
    claimant: ClaimantFilter = None,
    entity: Annotated[list[str] | None, Query(
        description="Entity named in the claim's sentence, whole words, any case. Repeat to OR.",
        examples=[["Harbour Authority"]],
    )] = None,
    quote_type: Annotated[list[QuoteType] | None, Query(
        description="direct, indirect, mixed or reported. Repeat to OR.", examples=[["direct"]],
    )] = None,
    cue: Annotated[list[str] | None, Query(
        description="Reporting word (said, claims, according to, ...). Repeat to OR.",
        examples=[["said"]],
    )] = None,
    sort: SortParam = "relevance",
    page: PageParam = 1,
    size: SizeParam = 10,
    cursor: CursorParam = None,
    facet_size: FacetSize = 10,
) -> ClaimSearchResponse:
    """Facets claimant, cue and quote_type are multi-select like those of /search."""
    cq = service.ClaimQuery(q=q, claimant=list(claimant or []), entity=list(entity or []),
                            quote_type=list(quote_type or []), cue=list(cue or []))
    return await service.search_claims(es, names, cq, paging(page, size, sort, cursor), facet_size)


@api.get("/entities", summary="Entity suggestions for autocomplete, with article counts")
async def entities(
    es: ES, names: Names,
    prefix: Annotated[str | None, Query(
        max_length=100, description="Start of any word of the name, any case; empty: most named",
        examples=["oka"],
    )] = None,
    type: Annotated[EntityType | None, Query(description="Only this entity type", examples=["PERSON"])] = None,
    size: Annotated[int, Query(ge=1, le=MAX_SIZE, description=f"Suggestions, 1 to {MAX_SIZE}",
                               examples=[10])] = 10,
) -> EntitySuggestions:
    return await service.suggest_entities(es, names, prefix, type, size)


@api.get("/ingest/status", summary="Ingest counts by state")
def ingest_status(ledger: Ledger) -> IngestStatus:
    return ledger.status()


@api.get("/ingest/failures", summary="One record per failed file: path, stage, reason, time")
def ingest_failures(ledger: Ledger) -> list[FailureRecord]:
    return ledger.failures()


# -- the app ----------------------------------------------------------------------------------

def _prepare_indices(settings: Settings) -> None:
    """Create the indices before serving, so a fresh stack answers with empty results rather
    than with a 503 while the first article's write creates them."""
    from elasticsearch import Elasticsearch

    try:
        with Elasticsearch(settings.elasticsearch_url, request_timeout=10) as es:
            ensure_indices(es, settings)
    except Exception as exc:  # ES away: the API still starts and reports itself degraded
        logging.getLogger("newsroom.api").warning("could not prepare the indices: %s", exc)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.resources = Resources.open(settings)
        await asyncio.to_thread(_prepare_indices, settings)
        try:
            yield
        finally:
            await app.state.resources.close()

    app = FastAPI(
        title="newsroom",
        version=__version__,
        description="Search news articles, the people, organisations and places they name, "
                    "and the claims they report.",
        lifespan=lifespan,
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET"],
            allow_headers=["X-API-Key"],
        )
    errors.install(app)

    @app.get("/health", summary="Liveness and dependencies; always 200 while the API answers")
    async def health(es: ES, ledger: Ledger) -> Health:
        return await service.health(es, ledger)

    guarded = [Depends(require_api_key)] if settings.api_key else []
    app.include_router(api, dependencies=guarded)
    app.include_router(ops.router, dependencies=guarded)  # POST /ingest/retry, GET /metrics
    return app
