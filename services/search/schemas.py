"""Typed response models of the HTTP API (the public JSON shapes, with OpenAPI examples)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from services.core.models import Claim, Entity, EntityType, FailureRecord, IngestStatus

__all__ = [
    "ArticleOut",
    "ClaimFacets",
    "ClaimHit",
    "ClaimSearchResponse",
    "EntitySuggestion",
    "EntitySuggestions",
    "ErrorResponse",
    "FacetBucket",
    "FailureRecord",
    "Health",
    "IngestStatus",
    "RetryResponse",
    "SearchFacets",
    "SearchHit",
    "SearchResponse",
    "SimilarResponse",
]


class FacetBucket(BaseModel):
    value: str = Field(description="Facet value (a date yyyy-MM-dd for the published facet)",
                       examples=["Amara Okafor"])
    count: int = Field(ge=0, description="Matching documents with this value", examples=[12])


class SearchHit(BaseModel):
    id: str = Field(description="Article id (sha256 of the normalized text)",
                    examples=["3fa1c0de" + "0" * 56])
    title: str = Field(examples=["Rebels seize Khmeimim airbase"])
    source: str | None = Field(None, examples=["Harbour Herald"])
    published_at: datetime | None = Field(None, examples=["2024-03-01T08:00:00Z"])
    language: str | None = Field(None, examples=["en"])
    url: str | None = Field(None, description="The article's own address, where the file gave it",
                            examples=["https://gazette.example/news/harbour-strike-ends"])
    authors: list[str] = Field(default_factory=list, examples=[["Ana Ruiz"]])
    score: float | None = Field(None, description="Relevance score (null when not computed)",
                                examples=[7.31])
    snippets: list[str] = Field(default_factory=list,
                                description="Highlighted fragments of title and body; matches in <em>",
                                examples=[["Rebels seize <em>Khmeimim</em> airbase"]])


class SearchFacets(BaseModel):
    person: list[FacetBucket] = Field(default_factory=list)
    organization: list[FacetBucket] = Field(default_factory=list)
    place: list[FacetBucket] = Field(default_factory=list)
    source: list[FacetBucket] = Field(default_factory=list)
    claimant: list[FacetBucket] = Field(default_factory=list)
    author: list[FacetBucket] = Field(default_factory=list)
    language: list[FacetBucket] = Field(default_factory=list)
    published: list[FacetBucket] = Field(default_factory=list,
                                         description="Date histogram; interval in published_interval")


class _Paged(BaseModel):
    total: int = Field(ge=0, description="Exact number of matching documents", examples=[214])
    page: int = Field(ge=1, description="Page number (1 when a cursor was used)", examples=[1])
    size: int = Field(ge=0, description="Page size", examples=[10])
    next_cursor: str | None = Field(
        None,
        description="Opaque cursor for the next page (pass it as `cursor`); null on the last page",
        examples=["WzEuMiwiYWJjIl0"],
    )


class SearchResponse(_Paged):
    hits: list[SearchHit]
    facets: SearchFacets
    published_interval: Literal["day", "week", "month", "year"] | None = Field(
        None, description="Calendar interval of the published facet", examples=["month"]
    )


class SimilarResponse(BaseModel):
    id: str = Field(description="The article the others are similar to")
    hits: list[SearchHit]


class ArticleCopy(BaseModel):
    id: str
    title: str
    source: str | None = None
    published_at: datetime | None = None


class ArticleOut(BaseModel):
    id: str = Field(examples=["3fa1c0de" + "0" * 56])
    title: str = Field(examples=["Rebels seize Khmeimim airbase"])
    body: str
    source: str | None = Field(None, examples=["Harbour Herald"])
    published_at: datetime | None = None
    language: str = Field("en", examples=["en"])
    url: str | None = None
    authors: list[str] = Field(default_factory=list)
    part_of: str | None = Field(None, description="Id of the article (an email) this one came attached to")
    entities: list[Entity]
    claims: list[Claim] = Field(description="Claims in the order they appear in the article")
    files: list[str] = Field(description="Inbox paths holding this article", examples=[["seed.txt"]])
    story_id: str | None = Field(None, description="Its story: the id of the story's first seen article")
    copies: list[ArticleCopy] = Field(default_factory=list,
                                      description="The story's other articles (near-duplicates), first seen first")


class ClaimHit(Claim):
    id: str = Field(description="Claim id: article id and position", examples=["3fa1c0de:0"])
    article_id: str
    article_title: str
    source: str | None = None
    published_at: datetime | None = None
    score: float | None = None
    claim_group: str | None = Field(None, description="Its claim group: /claims/groups/{claim_group}")


class ClaimFacets(BaseModel):
    claimant: list[FacetBucket] = Field(default_factory=list)
    cue: list[FacetBucket] = Field(default_factory=list)
    quote_type: list[FacetBucket] = Field(default_factory=list)
    kind: list[FacetBucket] = Field(default_factory=list)


class ClaimSearchResponse(_Paged):
    hits: list[ClaimHit]
    facets: ClaimFacets


class EntitySuggestion(BaseModel):
    name: str = Field(examples=["Amara Okafor"])
    type: EntityType = Field(examples=["PERSON"])
    count: int = Field(ge=0, description="Articles naming this entity", examples=[17])


class EntitySuggestions(BaseModel):
    hits: list[EntitySuggestion]


class Health(BaseModel):
    model_config = ConfigDict(json_schema_extra={
        "examples": [{"status": "ok", "elasticsearch": "green", "redis": "ok"}]
    })
    status: Literal["ok", "degraded"]
    elasticsearch: str = Field(description="Cluster status, or why it cannot be reached")
    redis: str = Field(description="ok, or why it cannot be reached")


class ErrorResponse(BaseModel):
    detail: str = Field(description="What is wrong and what to change",
                        examples=["page * size must be at most 10000; use `cursor` to go deeper"])


class RetryResponse(BaseModel):
    queued: int = Field(description="Failed files queued again")
    paths: list[str] = Field(description="Their inbox paths")
    watcher_alive: bool = Field(description="False: no watcher runs, the files wait until one starts")
