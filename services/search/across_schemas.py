"""Response and request models of the views across articles: stories, claim groups, entity
pages, alerts."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field, HttpUrl

from services.core.models import EntityType

from .schemas import ClaimHit, FacetBucket, SearchHit, _Paged


class StoryHit(SearchHit):
    story_id: str | None = Field(None, description="Id of the story's first seen article")
    copies: int = Field(1, ge=1, description="Articles in this story (1: no other copy)")


class StorySearchResponse(_Paged):
    stories: int = Field(ge=0, description="Number of stories among the matching articles")
    hits: list[StoryHit]


class Appearance(BaseModel):
    claim_id: str
    article_id: str
    article_title: str
    content: str
    claimant: str | None = None
    source: str | None = None
    published_at: datetime | None = None


class ClaimGroup(BaseModel):
    id: str = Field(description="Group id (its first seen claim's id)")
    content: str = Field(description="The claim as it first appeared")
    first_appearance: Appearance
    claimants: list[FacetBucket]
    sources: list[FacetBucket]
    count: int = Field(ge=1, description="Claims in the group")
    articles: int = Field(ge=1, description="Articles the group appears in")


class ClaimGroupsResponse(_Paged):
    groups: int = Field(ge=0, description="Groups among the matching claims")
    hits: list[ClaimGroup]


class ClaimGroupDetail(BaseModel):
    id: str
    count: int
    claimants: list[FacetBucket]
    sources: list[FacetBucket]
    appearances: list[ClaimHit] = Field(description="Every appearance, earliest first")


class EntityPage(BaseModel):
    name: str
    type: EntityType | None
    aliases: list[str]
    articles: int = Field(description="Articles naming it")
    published: list[FacetBucket] = Field(description="Articles over time")
    published_interval: str
    co_mentioned: list[FacetBucket] = Field(description="Entities most often named with it")
    sources: list[FacetBucket]
    claims_by: list[ClaimHit]
    claims_by_total: int
    claims_about: list[ClaimHit] = Field(description="Claims by others whose content names it")
    claims_about_total: int


class AlertIn(BaseModel):
    name: str = Field(min_length=1, max_length=200, examples=["Dredging claims"])
    target: Literal["articles", "claims"] = Field(
        "articles", description="articles: the parameters of /search; claims: those of /claims")
    params: dict[str, Any] = Field(default_factory=dict, description="Search parameters, as in the URL",
                                   examples=[{"q": "dredging", "entity": ["Harbour Authority"]}])
    webhook: HttpUrl | None = Field(None, description="POSTed with the new matches (retried with backoff)")


class Alert(BaseModel):
    id: str
    name: str
    target: Literal["articles", "claims"]
    params: dict[str, Any]
    webhook: str | None = None
    created_at: datetime
    feed: str = Field(description="Path of its Atom feed")


class AlertList(BaseModel):
    hits: list[Alert]
