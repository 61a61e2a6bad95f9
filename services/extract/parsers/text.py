"""Plain text (.txt or no extension): the title by the shared title rule, the rest is the body."""

from __future__ import annotations

from services.core.models import ParsedArticle

from .base import ArticleParser, split_title


class TextParser(ArticleParser):
    """Plain text: title by the shared title rule, no metadata."""

    extensions = (".txt", ".text", "")

    def score(self, path: str, text: str) -> float:
        return 0.5 if super().score(path, text) else 0.0

    def parse(self, path: str, text: str) -> ParsedArticle:
        title, body, _ = split_title(text)
        return ParsedArticle(title=title, body=body)
