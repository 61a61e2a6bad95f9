"""Article formats. Each format is one small ArticleParser class that scores whether it can
read a file and turns its text into title, body and metadata; `pick_parser` takes the best.
A new format is one new module listed in PARSERS."""

from __future__ import annotations

from services.core.errors import UnsupportedFormat
from services.core.models import Stage

from .base import ArticleParser
from .docx import DocxParser
from .email import EmailParser
from .feed import FeedParser
from .html import HtmlParser
from .jsonfmt import JsonParser
from .markdown import MarkdownParser
from .pdf import PdfParser
from .text import TextParser

PARSERS: list[ArticleParser] = [
    PdfParser(), DocxParser(), EmailParser(),  # binary: sniffed on the bytes
    HtmlParser(), FeedParser(), JsonParser(), MarkdownParser(), TextParser(),
]


def pick_binary(path: str, data: bytes) -> ArticleParser | None:
    """The binary format (PDF, DOCX, email) that reads these bytes, if one does."""
    scored = [(p.score(path, data), i, p) for i, p in enumerate(PARSERS) if p.binary]
    if not scored:
        return None
    score, _, parser = max(scored, key=lambda t: (t[0], -t[1]))
    return parser if score > 0 else None


def pick_parser(path: str, text: str) -> ArticleParser:
    scored = [(p.score(path, text), i, p) for i, p in enumerate(PARSERS) if not p.binary]
    score, _, parser = max(scored, key=lambda t: (t[0], -t[1]))
    if score <= 0:
        known = ", ".join(sorted({ext for p in PARSERS for ext in p.extensions}))
        raise UnsupportedFormat(Stage.parse, f"no parser reads {path!r}; supported: {known}")
    return parser


__all__ = ["PARSERS", "ArticleParser", "pick_binary", "pick_parser"]
