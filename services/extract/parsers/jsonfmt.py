"""JSON, JSON Lines and NDJSON exports (scrapers, news APIs) and schema.org NewsArticle
JSON-LD: one article per object. A line that is not valid JSON, or an object with no text,
fails alone with its line number; the other lines are read."""

from __future__ import annotations

import json

from services.core.errors import IngestError
from services.core.models import ItemFailure, ParsedArticle, Stage

from .base import ManyArticleParser, split_title, suffix
from .common import first, html_to_text, parse_date, split_authors
from .html import news_type

# The common names of each field, in order of preference (schema.org's among them).
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "name", "heading"),
    "body": ("body", "text", "content", "article_body", "articleBody", "full_text", "fulltext", "story",
             "description", "summary"),
    "published_at": ("published_at", "published", "datePublished", "date", "pubDate", "publishedAt",
                     "published_date", "created_at", "dateCreated", "timestamp"),
    "source": ("source", "site", "site_name", "publisher", "outlet", "source_name", "domain"),
    "url": ("url", "link", "canonical_url", "mainEntityOfPage", "uri"),
    "authors": ("authors", "author", "byline", "creator", "by"),
    "language": ("language", "lang", "inLanguage"),
}
_LIST_KEYS = ("articles", "items", "data", "results", "docs", "@graph", "stories")


class JsonParser(ManyArticleParser):
    extensions = (".json", ".jsonl", ".ndjson", ".jsonld")

    def score(self, path: str, text: str) -> float:
        if suffix(path) in self.extensions:
            return 1.0
        head = text.lstrip()[:1]
        if head not in ("{", "["):
            return 0.0
        try:
            json.loads(text.lstrip().split("\n", 1)[0] if head == "{" else text)
        except ValueError:
            try:
                json.loads(text)
            except ValueError:
                return 0.0
        return 0.7

    def parse_all(self, path: str, text: str) -> list[ParsedArticle | ItemFailure]:
        lines = suffix(path) in (".jsonl", ".ndjson")
        if not lines:
            try:
                data = json.loads(text)
            except ValueError as exc:
                if text.lstrip().startswith("{") and "\n{" in text:
                    lines = True  # JSON Lines under another name
                else:
                    raise IngestError(Stage.parse, f"not valid JSON: {exc}", "InvalidJSON") from exc
        if lines:
            out: list[ParsedArticle | ItemFailure] = []
            for number, line in enumerate(text.split("\n"), 1):
                if not line.strip():
                    continue
                position = f"line {number}"
                try:
                    obj = json.loads(line)
                except ValueError as exc:
                    out.append(ItemFailure(position=position, reason=f"not valid JSON: {exc.args[0] if exc.args else exc}"))
                    continue
                out.append(article_from(obj, position))
            return out
        objects = _articles_in(data)
        if len(objects) == 1:
            return [article_from(objects[0], None)]
        return [article_from(obj, f"item {n}") for n, obj in enumerate(objects, 1)]


def _articles_in(data) -> list:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        if isinstance(data.get("@graph"), list):
            news = [o for o in data["@graph"] if isinstance(o, dict) and news_type(o)]
            if news:
                return news
        for key in _LIST_KEYS:
            if isinstance(data.get(key), list) and data[key] and all(isinstance(o, dict) for o in data[key]):
                return data[key]
    return [data]


def _get(obj: dict, field: str):
    from services.core.settings import get_settings

    keys = (*get_settings().json_fields.get(field, ()), *FIELDS[field])
    for key in keys:
        value = obj
        for part in key.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if value not in (None, "", [], {}):
            return value
    return None


def _name(value) -> str | None:
    if isinstance(value, dict):
        value = first(value, ("name", "@id", "url"))
    if isinstance(value, list):
        value = _name(value[0]) if value else None
    return str(value).strip() or None if value else None


def article_from(obj, position: str | None) -> ParsedArticle | ItemFailure:
    where = position or "the object"
    if not isinstance(obj, dict):
        return ItemFailure(position=where, reason=f"not a JSON object but {type(obj).__name__}")
    body = _get(obj, "body")
    if isinstance(body, list):
        body = "\n\n".join(str(p) for p in body)
    body = html_to_text(str(body)) if body else ""
    title = html_to_text(str(_get(obj, "title") or "")).replace("\n\n", " ")
    if not body.strip():
        names = ", ".join(FIELDS["body"][:5])
        return ItemFailure(position=where, reason=f"no text: none of {names}, … holds any")
    if not title:
        title, body, _ = split_title(body)
    published = _get(obj, "published_at")
    if isinstance(published, int | float):  # epoch seconds (or milliseconds)
        from datetime import UTC, datetime

        published = datetime.fromtimestamp(published / 1000 if published > 1e11 else published, UTC)
    language = _get(obj, "language")
    return ParsedArticle(
        title=title,
        body=body,
        published_at=parse_date(published),
        source=_name(_get(obj, "source")),
        url=_name(_get(obj, "url")),
        authors=split_authors(_get(obj, "authors")),
        language=str(language)[:2].lower() if isinstance(language, str) else None,
        position=position,
    )
