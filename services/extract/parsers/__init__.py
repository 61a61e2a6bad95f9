"""Article formats. Each format is one small ArticleParser class that scores whether it can
read a file and turns its text into title, body and metadata; `pick_parser` takes the best.
A new format is one new module listed in PARSERS."""

from __future__ import annotations

from services.core.errors import UnsupportedFormat
from services.core.models import Stage

from .base import ArticleParser
from .markdown import MarkdownParser
from .text import TextParser

PARSERS: list[ArticleParser] = [MarkdownParser(), TextParser()]


def pick_parser(path: str, text: str) -> ArticleParser:
    scored = [(p.score(path, text), i, p) for i, p in enumerate(PARSERS)]
    score, _, parser = max(scored, key=lambda t: (t[0], -t[1]))
    if score <= 0:
        known = ", ".join(sorted({ext for p in PARSERS for ext in p.extensions}))
        raise UnsupportedFormat(Stage.parse, f"no parser reads {path!r}; supported: {known}")
    return parser


__all__ = ["PARSERS", "ArticleParser", "pick_parser"]
