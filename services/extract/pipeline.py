"""File bytes to Article: decode, parse the format, run spaCy once over many articles, find
entities and claims. No Redis, no Elasticsearch: the worker and `newsroom extract` share it."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from services.core.errors import FileTooLarge, IngestError
from services.core.models import Article, Claim, ParsedArticle, Stage
from services.core.settings import Settings

from .claims import ClaimExtractor
from .decode import decode_text
from .entities import EntityResolver
from .nlp import get_nlp, parse_articles
from .parsers import pick_parser

log = logging.getLogger("newsroom.extract")
_SPACE = re.compile(r"\s+")


def article_id(text: str) -> str:
    """sha256 of the normalized text: the same article under two names has one id."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().encode("utf-8")).hexdigest()


@dataclass
class PreparedFile:
    """A decoded, parsed file waiting for NLP."""

    path: str
    parsed: ParsedArticle
    text: str  # what NLP reads: title and body
    body_offset: int  # where the body starts in `text`


@dataclass
class ExtractResult:
    path: str
    article: Article | None = None
    error: IngestError | None = None
    timings: dict[str, float] = field(default_factory=dict)


class ArticleExtractor:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.nlp = get_nlp(settings.spacy_model)
        self.entities = EntityResolver()
        self.claims = ClaimExtractor()

    def prepare(self, path: str, data: bytes) -> PreparedFile:
        if len(data) > self.settings.max_file_bytes:
            raise FileTooLarge(
                Stage.read,
                f"file is {len(data):,} bytes, over the {self.settings.max_file_bytes:,}-byte limit "
                "(NEWSROOM_MAX_FILE_BYTES)",
            )
        text, _encoding = decode_text(data)
        parsed = pick_parser(path, text).parse(path, text)
        if not parsed.body.strip() and not parsed.title.strip():
            raise IngestError(Stage.parse, "the file has no article text after parsing", "EmptyArticle")
        if parsed.body.startswith(parsed.title):  # title derived from the first sentence
            return PreparedFile(path, parsed, parsed.body, 0)
        full = f"{parsed.title}\n\n{parsed.body}"
        return PreparedFile(path, parsed, full, len(parsed.title) + 2)

    def extract_files(
        self, files: Sequence[tuple[str, bytes]], mtimes: Sequence[float | None] | None = None
    ) -> list[ExtractResult]:
        """Every file gets a result: an article, or the error that says why not.

        An article with no date of its own gets its file's modification time: `mtimes` gives
        it per file (the worker has it from the watcher's event); without it, the file at the
        path is asked (`newsroom extract FILE`), so both give one file the same date."""
        results = [ExtractResult(path) for path, _ in files]
        if mtimes is None:
            mtimes = [_local_mtime(path) for path, _ in files]
        prepared: list[tuple[int, PreparedFile]] = []
        for i, (path, data) in enumerate(files):
            try:
                prepared.append((i, self.prepare(path, data)))
            except IngestError as exc:
                results[i].error = exc
        started = time.perf_counter()
        # Strings spaCy interns for these Docs are freed when the zone closes, so a long-running
        # worker does not grow with every new name it reads. Nothing spaCy-owned leaves the zone.
        with self.nlp.memory_zone():
            docs = parse_articles(self.nlp, (p.text for _, p in prepared))
            for (i, prep), doc in zip(prepared, docs, strict=True):
                try:
                    results[i].article = self._article(prep, doc, mtimes[i])
                except Exception as exc:  # one article's bug must not sink the batch
                    log.exception("extraction failed for %s", prep.path)
                    results[i].error = IngestError(Stage.extract, f"{type(exc).__name__}: {exc}", type(exc).__name__)
        if prepared:
            per_article = (time.perf_counter() - started) / len(prepared)
            for i, _ in prepared:
                results[i].timings["nlp"] = per_article
        return results

    def extract_text(self, text: str, path: str = "article.txt") -> Article:
        result = self.extract_files([(path, text.encode("utf-8"))], mtimes=[None])[0]
        if result.error:
            raise result.error
        assert result.article is not None
        return result.article

    def _article(self, prep: PreparedFile, doc, mtime: float | None) -> Article:
        entity_set = self.entities.resolve(doc)
        claims: list[Claim] = []
        for claim in self.claims.extract(doc, entity_set):
            # Offsets are into the body. A claim in a separate title line is kept (claims come
            # from the whole text) with start = end = 0: it has no place in the body.
            start = max(0, claim.start - prep.body_offset)
            end = max(start, claim.end - prep.body_offset)
            claims.append(claim.model_copy(update={"start": start, "end": end}))
        parsed = prep.parsed
        return Article(
            id=article_id(prep.text),
            title=parsed.title,
            body=parsed.body,
            language=parsed.language,
            published_at=parsed.published_at or _file_time(mtime),
            source=parsed.source,
            entities=entity_set.entities,
            claims=claims,
            files=[prep.path],
        )


def _local_mtime(path: str) -> float | None:
    try:
        return os.stat(path).st_mtime
    except (OSError, ValueError):
        return None


def _file_time(mtime: float | None) -> datetime | None:
    """No date in the file itself: the file's time stands in for it."""
    return datetime.fromtimestamp(mtime, UTC) if mtime else None
