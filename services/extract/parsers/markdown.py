"""Markdown files (python-frontmatter): YAML front matter for title, date, source and language;
without a title there, a leading `# heading` (or the plain-text title rule) gives it."""

from __future__ import annotations

import re
from datetime import date, datetime, time

import frontmatter

from services.core.errors import IngestError
from services.core.models import ParsedArticle, Stage

from .base import ArticleParser, split_title

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_DATE_KEYS = ("published_at", "published", "date", "pubdate")
_SOURCE_KEYS = ("source", "publisher", "outlet", "site_name")


class MarkdownParser(ArticleParser):
    """Markdown with optional YAML front matter (title, date, source, language)."""

    extensions = (".md", ".markdown")

    def score(self, path: str, text: str) -> float:
        if super().score(path, text):
            return 1.0
        return 0.8 if text.startswith("---\n") and "\n---" in text[4:2000] else 0.0

    def parse(self, path: str, text: str) -> ParsedArticle:
        try:
            post = frontmatter.loads(text)
        except Exception as exc:  # YAML errors come in many classes
            raise IngestError(Stage.parse, f"front matter is not valid YAML: {exc}") from exc
        meta, content = post.metadata, post.content
        lines = content.strip("\n").split("\n")
        if lines and (m := _HEADING.match(lines[0])):  # "# Title" is the title line
            lines[0] = m.group(1)
            if len(lines) > 1 and lines[1].strip():
                lines.insert(1, "")
        title, body, _ = split_title("\n".join(lines))
        if meta.get("title"):
            title = str(meta["title"]).strip()
            body = content.strip("\n") if not _HEADING.match(content.lstrip("\n").split("\n")[0]) else body
        return ParsedArticle(
            title=title,
            body=body,
            published_at=_date(next((meta[k] for k in _DATE_KEYS if meta.get(k)), None)),
            source=next((str(meta[k]) for k in _SOURCE_KEYS if meta.get(k)), None),
            language=str(meta.get("language") or meta.get("lang") or "") or None,
        )


def _date(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    try:
        return datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise IngestError(Stage.parse, f"front matter date {value!r} is not an ISO date (YYYY-MM-DD)") from exc
