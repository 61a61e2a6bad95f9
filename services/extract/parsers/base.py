"""The ArticleParser interface and the title rule every plain-text format shares."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from pathlib import PurePosixPath

from services.core.models import ItemFailure, ParsedArticle

_FINAL_STOP = re.compile(r"[.!?…][\"'”’)\]]*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
MAX_TITLE = 300


class ArticleParser(ABC):
    extensions: tuple[str, ...] = ()
    # A binary parser reads the file's bytes (PDF, DOCX, email) and scores them; a text
    # parser gets the decoded text.
    binary: bool = False

    def score(self, path: str, text: str) -> float:
        """How well this parser fits the file: 0 means it cannot read it."""
        return 1.0 if suffix(path) in self.extensions else 0.0

    @abstractmethod
    def parse(self, path: str, text: str) -> ParsedArticle: ...

    def parse_all(self, path: str, content) -> list[ParsedArticle | ItemFailure]:
        """Every article in the file (a feed or JSON Lines holds many); an item that cannot be
        read is an ItemFailure, and the others go on."""
        return [self.parse(path, content)]


class ManyArticleParser(ArticleParser):
    """A format whose files hold many articles (a feed, JSON Lines, an email with
    attachments): parse_all is the reader; parse gives the first article."""

    def parse(self, path: str, content) -> ParsedArticle:
        from services.core.errors import IngestError
        from services.core.models import Stage

        items = [i for i in self.parse_all(path, content) if isinstance(i, ParsedArticle)]
        if not items:
            raise IngestError(Stage.parse, "the file holds no readable article", "NoArticle")
        return items[0]

    @abstractmethod
    def parse_all(self, path: str, content) -> list[ParsedArticle | ItemFailure]: ...


def suffix(path: str) -> str:
    return PurePosixPath(path).suffix.lower()


def split_title(text: str) -> tuple[str, str, bool]:
    """Return (title, body, title_is_own_line).

    The first non-empty line is a title only when a blank line follows it or it has no final
    stop; otherwise the title is the first sentence and the body keeps every line."""
    stripped = text.strip("\n")
    lines = stripped.split("\n")
    first = lines[0].strip()
    blank_follows = len(lines) > 1 and not lines[1].strip()
    if len(lines) > 1 and first and (blank_follows or not _FINAL_STOP.search(first)):
        body = "\n".join(lines[1:]).strip("\n")
        return first, body, True
    match = _SENTENCE_END.search(stripped)
    title = stripped[: match.end()] if match else first
    title = " ".join(title.split())
    if len(title) > MAX_TITLE:
        title = title[: MAX_TITLE].rsplit(" ", 1)[0] + "…"
    return title, stripped, False
