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
from services.core.models import Article, Claim, ItemFailure, ParsedArticle, Stage
from services.core.settings import Settings

from .claims import ClaimExtractor
from .decode import decode_text
from .entities import EntityResolver
from .foreign import ForeignEntities
from .language import detect_language
from .nlp import get_nlp, parse_articles
from .parsers import pick_binary, pick_parser
from .token_cache import TokenizerWarmup

log = logging.getLogger("newsroom.extract")
_SPACE = re.compile(r"\s+")


def article_id(text: str) -> str:
    """sha256 of the normalized text: the same article under two names has one id."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().encode("utf-8")).hexdigest()


@dataclass
class PreparedFile:
    """A decoded, parsed article waiting for NLP (one of several when the file holds many)."""

    path: str
    parsed: ParsedArticle
    text: str  # what NLP reads: title and body
    body_offset: int  # where the body starts in `text`
    id: str = ""
    language: str = "en"
    part_of: str | None = None


@dataclass
class ExtractResult:
    """One article of a file, or why not. `position` is None for the file as a whole (its
    only article, or the error that stopped the whole file); an item of a many-article file
    has its position ("item 3", "line 7")."""

    path: str
    article: Article | None = None
    error: IngestError | None = None
    timings: dict[str, float] = field(default_factory=dict)
    position: str | None = None
    unchanged: str | None = None  # the id of an item the file already had: not extracted again


class ArticleExtractor:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.nlp = get_nlp(settings.spacy_model)
        self.warm_tokenizer = TokenizerWarmup(self.nlp)
        self.entities = EntityResolver()
        self.claims = ClaimExtractor()
        self.foreign = ForeignEntities(settings.language_models)
        detect_language("")  # load the language model now, not at the first article (~2 s, ~90 MB)

    def prepare(self, path: str, data: bytes) -> PreparedFile:
        """The file's one article (the first, for a file that holds many)."""
        items = [i for i in self.prepare_all(path, data) if isinstance(i, PreparedFile)]
        if not items:
            raise IngestError(Stage.parse, "the file has no article text after parsing", "EmptyArticle")
        return items[0]

    def prepare_all(self, path: str, data: bytes) -> list[PreparedFile | ItemFailure]:
        """Every article in the file, or an ItemFailure for an item that cannot be read.
        Raises IngestError when the file as a whole cannot be read."""
        if len(data) > self.settings.max_file_bytes:
            raise FileTooLarge(
                Stage.read,
                f"file is {len(data):,} bytes, over the {self.settings.max_file_bytes:,}-byte limit "
                "(NEWSROOM_MAX_FILE_BYTES)",
            )
        binary = pick_binary(path, data)
        if binary is not None:
            items = binary.parse_all(path, data)
        else:
            text, _encoding = decode_text(data)
            items = pick_parser(path, text).parse_all(path, text)
        out: list[PreparedFile | ItemFailure] = []
        for parsed in items:
            if isinstance(parsed, ItemFailure):
                out.append(parsed)
            elif not parsed.body.strip() and not parsed.title.strip():
                if parsed.position is None:
                    raise IngestError(Stage.parse, "the file has no article text after parsing", "EmptyArticle")
                out.append(ItemFailure(position=parsed.position, reason="no article text"))
            else:
                out.append(_prepared(path, parsed))
        for prep in out:  # an email's attachment points at the email's article
            if isinstance(prep, PreparedFile) and prep.parsed.part_of is not None:
                parent = items[prep.parsed.part_of]
                prep.part_of = next((p.id for p in out if isinstance(p, PreparedFile) and p.parsed is parent), None)
        return out

    def extract_files(
        self, files: Sequence[tuple[str, bytes]], mtimes: Sequence[float | None] | None = None,
        known: Sequence[set[str]] | None = None,
    ) -> list[ExtractResult]:
        """Every file gets results: one per article, or the error that says why not (for the
        whole file, position None, or for one item of it).

        An article with no date of its own gets its file's modification time: `mtimes` gives
        it per file (the worker has it from the watcher's event); without it, the file at the
        path is asked (`newsroom extract FILE`), so both give one file the same date.
        `known`: per file, the article ids it held before; those items are not extracted
        again (a re-dropped feed costs only its new items)."""
        if mtimes is None:
            mtimes = [_local_mtime(path) for path, _ in files]
        results: list[ExtractResult] = []
        prepared: list[tuple[ExtractResult, PreparedFile, float | None]] = []
        for i, (path, data) in enumerate(files):
            try:
                items = self.prepare_all(path, data)
            except IngestError as exc:
                results.append(ExtractResult(path, error=exc))
                continue
            for item in items:
                if isinstance(item, ItemFailure):
                    err = IngestError(Stage.parse, item.reason, "ItemFailure")
                    results.append(ExtractResult(path, error=err, position=item.position))
                    continue
                res = ExtractResult(path, position=item.parsed.position)
                results.append(res)
                if known and item.id in known[i]:
                    res.unchanged = item.id
                else:
                    prepared.append((res, item, mtimes[i]))
        started = time.perf_counter()
        english = [(r, p, m) for r, p, m in prepared if p.language == "en"]
        self.warm_tokenizer(p.text for _, p, _ in english)  # outside the zone: see token_cache.py
        # Strings spaCy interns for these Docs are freed when the zone closes, so a long-running
        # worker does not grow with every new name it reads. Nothing spaCy-owned leaves the zone.
        with self.nlp.memory_zone():
            docs = parse_articles(self.nlp, (p.text for _, p, _ in english))
            for (res, prep, mtime), doc in zip(english, docs, strict=True):
                self._finish(res, prep, doc, mtime)
        for res, prep, mtime in prepared:  # the English rules and model are not run on others
            if prep.language != "en":
                self._finish(res, prep, None, mtime)
        if prepared:
            per_article = (time.perf_counter() - started) / len(prepared)
            for res, _, _ in prepared:
                res.timings["nlp"] = per_article
        return results

    def _finish(self, res: ExtractResult, prep: PreparedFile, doc, mtime: float | None) -> None:
        try:
            res.article = self._article(prep, doc, mtime)
        except Exception as exc:  # one article's bug must not sink the batch
            log.exception("extraction failed for %s", prep.path)
            res.error = IngestError(Stage.extract, f"{type(exc).__name__}: {exc}", type(exc).__name__)

    def extract_text(self, text: str, path: str = "article.txt") -> Article:
        result = self.extract_files([(path, text.encode("utf-8"))], mtimes=[None])[0]
        if result.error:
            raise result.error
        assert result.article is not None
        return result.article

    def _article(self, prep: PreparedFile, doc, mtime: float | None) -> Article:
        parsed = prep.parsed
        common = dict(
            id=prep.id, title=parsed.title, body=parsed.body, language=prep.language,
            published_at=parsed.published_at or _file_time(mtime), source=parsed.source,
            url=parsed.url, authors=parsed.authors, part_of=prep.part_of, files=[prep.path],
        )
        if doc is None:  # not English: no English rules or claims; its own model's entities
            return Article(**common, entities=self.foreign.entities(prep.text, prep.language))
        entity_set = self.entities.resolve(doc)
        claims: list[Claim] = []
        for claim in self.claims.extract(doc, entity_set):
            # Offsets are into the body. A claim in a separate title line is kept (claims come
            # from the whole text) with start = end = 0: it has no place in the body.
            start = max(0, claim.start - prep.body_offset)
            end = max(start, claim.end - prep.body_offset)
            claims.append(claim.model_copy(update={"start": start, "end": end}))
        return Article(**common, entities=entity_set.entities, claims=claims)


def _prepared(path: str, parsed: ParsedArticle) -> PreparedFile:
    if parsed.body.startswith(parsed.title):  # title derived from the first sentence
        prep = PreparedFile(path, parsed, parsed.body, 0)
    else:
        prep = PreparedFile(path, parsed, f"{parsed.title}\n\n{parsed.body}", len(parsed.title) + 2)
    prep.id = article_id(prep.text)
    prep.language = detect_language(prep.text, parsed.language)
    return prep


def _local_mtime(path: str) -> float | None:
    try:
        return os.stat(path).st_mtime
    except (OSError, ValueError):
        return None


def _file_time(mtime: float | None) -> datetime | None:
    """No date in the file itself: the file's time stands in for it."""
    return datetime.fromtimestamp(mtime, UTC) if mtime else None
