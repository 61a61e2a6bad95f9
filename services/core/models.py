"""Data that crosses a service boundary, as validated models (the public JSON shapes)."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["PERSON", "ORG", "PLACE", "NORP", "EVENT", "PRODUCT", "WORK", "LAW"]
QuoteType = Literal["direct", "indirect", "mixed", "reported"]
Polarity = Literal["asserted", "denied"]
ClaimKind = Literal["assertion", "belief", "accusation", "denial", "promise", "prediction", "proposal",
                    "question", "evaluation", "evidence"]


def utcnow() -> datetime:
    return datetime.now(UTC)


class Entity(BaseModel):
    name: str = Field(description="Canonical name", examples=["Alexander Zhuravlyov"])
    type: EntityType = Field(examples=["PERSON"])
    aliases: list[str] = Field(default_factory=list, description="Surface forms seen in the article")
    count: int = Field(1, ge=1, description="Mentions in the article")


class Claim(BaseModel):
    content: str = Field(description="What is claimed; a direct quote as printed, quotation marks included")
    sentence: str = Field(description="The whole sentence the claim stands in")
    claimant: str | None = Field(None, description="Surface text of the source, null when unattributed")
    claimant_entity: str | None = Field(None, description="Canonical entity name of the claimant")
    cue: str = Field(description="The reporting word", examples=["said", "according to"])
    quote_type: QuoteType
    hedged: bool = False
    polarity: Polarity = "asserted"
    kind: ClaimKind = Field("assertion", description="What sort of claim it is, by its cue and, for a plain "
                            "cue (said, told), by its content: assertion, belief, accusation, denial, "
                            "promise, prediction, proposal, question, evaluation or evidence")
    start: int = Field(ge=0, description="Character offset of the content in the body")
    end: int = Field(ge=0)


class ParsedArticle(BaseModel):
    """What a format parser makes of a file, before NLP."""

    title: str
    body: str
    published_at: datetime | None = None
    source: str | None = None
    language: str | None = Field(None, description="Declared by the file; None: detect it")
    url: str | None = None
    authors: list[str] = Field(default_factory=list)
    position: str | None = Field(None, description="Where in a many-article file: 'item 3', 'line 7'")
    part_of: int | None = Field(None, description="Index of the item this one is attached to (email)")


class ItemFailure(BaseModel):
    """One item of a many-article file that cannot become an article; the others go on."""

    position: str
    reason: str


class Article(BaseModel):
    id: str = Field(description="sha256 of the normalized text")
    title: str
    body: str
    language: str = "en"
    published_at: datetime | None = None
    source: str | None = None
    url: str | None = None
    authors: list[str] = Field(default_factory=list)
    part_of: str | None = Field(None, description="Id of the article this one came attached to (an email)")
    entities: list[Entity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    files: list[str] = Field(default_factory=list, description="Inbox paths holding this article")
    indexed_at: datetime | None = None


class ExtractedFile(Article):
    """One line of `newsroom extract --json`."""

    model_config = ConfigDict(extra="forbid")
    path: str
    position: str | None = Field(None, description="The item in a many-article file")


class IngestEvent(BaseModel):
    """A file the watcher queued: it carries the bytes, so a worker needs no shared folder."""

    path: str = Field(description="Path relative to the inbox")
    content_b64: str
    sha256: str = Field(description="sha256 of the raw bytes (change detection)")
    size: int
    mtime: float | None = None
    queued_at: datetime = Field(default_factory=utcnow)

    @classmethod
    def from_bytes(cls, path: str, data: bytes, mtime: float | None = None) -> IngestEvent:
        return cls(
            path=path,
            content_b64=base64.b64encode(data).decode("ascii"),
            sha256=hashlib.sha256(data).hexdigest(),
            size=len(data),
            mtime=mtime,
        )

    def content(self) -> bytes:
        return base64.b64decode(self.content_b64)


class FileState(StrEnum):
    queued = "queued"
    processing = "processing"
    indexed = "indexed"
    duplicate = "duplicate"
    failed = "failed"


class Stage(StrEnum):
    read = "read"
    decode = "decode"
    parse = "parse"
    extract = "extract"
    index = "index"


class FailureRecord(BaseModel):
    path: str
    stage: Stage
    error: str = Field(description="Error class")
    reason: str = Field(description="What is wrong, for a person")
    item: str | None = Field(None, description="The item of a many-article file that failed ('line 3')")
    time: datetime = Field(default_factory=utcnow)
    attempts: int = 1


class IngestStatus(BaseModel):
    queued: int = 0
    processing: int = 0
    indexed: int = 0
    duplicates: int = 0
    failed: int = 0
    files: int = Field(0, description="Files in the ledger, in any state")
    articles: int = Field(0, description="Articles the indexed files hold (a feed counts each item)")
    failed_items: int = Field(0, description="Items that failed inside files whose other items were indexed")
