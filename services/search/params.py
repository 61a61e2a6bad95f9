"""Query and path parameters, documented once, and the dependencies that turn the shared
ones into values: paging (page from 1, size, sort, cursor) and the filters of /search and
/claims."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Depends, Path, Query
from pydantic import BeforeValidator

from services.core.models import ClaimKind, QuoteType

from .errors import PageBeyondWindow
from .paging import MAX_WINDOW, Paging
from .queries import ArticleQuery, ClaimQuery

MAX_SIZE = 100

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
AuthorFilter = Annotated[list[str] | None, Query(
    description="Author (byline) as the file gives it, exact name (any case). Repeat to OR several.",
    examples=[["Ana Ruiz"]],
)]
LanguageFilter = Annotated[list[str] | None, Query(
    description="Article language code. Repeat to OR several.", examples=[["en"]],
)]
ClaimText = Annotated[str | None, Query(
    max_length=1000, description="Full text over claim content, sentence and article title "
                                 '(same syntax as /search)', examples=['"air base" OR airbase'],
)]
ClaimEntityFilter = Annotated[list[str] | None, Query(
    description="Entity named in the claim's sentence, whole words, any case. Repeat to OR.",
    examples=[["Harbour Authority"]],
)]
QuoteTypeFilter = Annotated[list[QuoteType] | None, Query(
    description="direct, indirect, mixed or reported. Repeat to OR.", examples=[["direct"]],
)]
KindFilter = Annotated[list[ClaimKind] | None, Query(
    description="Kind of claim: assertion, belief, accusation, denial, promise, prediction, proposal, "
                "question, evaluation or evidence. Repeat to OR.", examples=[["accusation"]],
)]
CueFilter = Annotated[list[str] | None, Query(
    description="Reporting word (said, claims, according to, ...). Repeat to OR.",
    examples=[["said"]],
)]



def _not(name: str, example: str) -> Any:
    return Annotated[list[str] | None, Query(
        description=f"Exclude: leave out what `{name}=` with this value would select (same matching). "
                    "Repeat to exclude several; like its filter, it narrows hits, not its own facet.",
        examples=[[example]],
    )]


NotEntity = _not("entity", "Jonas Berg")
NotSource = _not("source", "Wire Service")
NotClaimant = _not("claimant", "officials")
NotQuoteType = _not("quote_type", "reported")
NotCue = _not("cue", "according to")
NotKind = _not("kind", "assertion")


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


def paging(
    sort: SortParam = "relevance",
    page: PageParam = 1,
    size: SizeParam = 10,
    cursor: CursorParam = None,
) -> Paging:
    """The page asked for; past the result window only a cursor goes."""
    if cursor is None and page * size > MAX_WINDOW:
        raise PageBeyondWindow(page, size, MAX_WINDOW)
    return Paging(page=page, size=size, sort=sort, cursor=cursor or None)


def article_query(
    q: QueryText = None,
    entity: EntityFilter = None,
    source: SourceFilter = None,
    claimant: ClaimantFilter = None,
    language: LanguageFilter = None,
    published_from: PublishedFrom = None,
    published_to: PublishedTo = None,
    not_entity: NotEntity = None,
    not_source: NotSource = None,
    not_claimant: NotClaimant = None,
    author: AuthorFilter = None,
) -> ArticleQuery:
    return ArticleQuery(
        q=q, entity=entity or [], source=source or [], claimant=claimant or [],
        language=language or [], author=author or [], published_from=published_from, published_to=published_to,
        not_entity=not_entity or [], not_source=not_source or [], not_claimant=not_claimant or [],
    )


def claim_query(
    q: ClaimText = None,
    claimant: ClaimantFilter = None,
    entity: ClaimEntityFilter = None,
    quote_type: QuoteTypeFilter = None,
    cue: CueFilter = None,
    not_claimant: NotClaimant = None,
    not_quote_type: NotQuoteType = None,
    not_cue: NotCue = None,
    kind: KindFilter = None,
    not_kind: NotKind = None,
) -> ClaimQuery:
    return ClaimQuery(q=q, claimant=claimant or [], entity=entity or [],
                      quote_type=list(quote_type or []), cue=cue or [], not_claimant=not_claimant or [],
                      not_quote_type=not_quote_type or [], not_cue=not_cue or [], kind=list(kind or []), not_kind=not_kind or [])


ExportFormat = Annotated[Literal["json", "csv", "jsonl"], Query(
    description="json: this page. csv or jsonl: the whole result set (page, size and cursor "
                "ignored), streamed through the cursor, at most 100,000 rows.",
    examples=["csv"],
)]


def facet_size(facet_size: FacetSize = 10) -> int:
    return facet_size


PagingDep = Annotated[Paging, Depends(paging)]
FacetSizeDep = Annotated[int, Depends(facet_size)]
ArticleQueryDep = Annotated[ArticleQuery, Depends(article_query)]
ClaimQueryDep = Annotated[ClaimQuery, Depends(claim_query)]
