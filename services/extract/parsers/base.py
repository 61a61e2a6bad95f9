"""The ArticleParser interface and the title rule every plain-text format shares."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from pathlib import PurePosixPath

from services.core.models import ParsedArticle

_FINAL_STOP = re.compile(r"[.!?…][\"'”’)\]]*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
MAX_TITLE = 300


class ArticleParser(ABC):
    extensions: tuple[str, ...] = ()

    def score(self, path: str, text: str) -> float:
        """How well this parser fits the file: 0 means it cannot read it."""
        return 1.0 if PurePosixPath(path).suffix.lower() in self.extensions else 0.0

    @abstractmethod
    def parse(self, path: str, text: str) -> ParsedArticle: ...


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
