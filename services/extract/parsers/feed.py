"""RSS 2.0, RSS 1.0 and Atom feed files (feedparser): one article per item, with the fullest
content the item carries (content:encoded / atom:content over description / summary)."""

from __future__ import annotations

import re

from services.core.errors import IngestError
from services.core.models import ItemFailure, ParsedArticle, Stage

from .base import ManyArticleParser, suffix
from .common import html_to_text, parse_date, split_authors

_SNIFF = re.compile(r"<rss[\s>]|<feed[\s>][^>]*|<rdf:RDF[\s>]", re.I)


class FeedParser(ManyArticleParser):
    extensions = (".rss", ".atom", ".xml")

    def score(self, path: str, text: str) -> float:
        if _SNIFF.search(text[:4096]):
            return 1.0
        return 0.6 if suffix(path) in (".rss", ".atom") else 0.0

    def parse_all(self, path: str, text: str) -> list[ParsedArticle | ItemFailure]:
        import feedparser

        feed = feedparser.parse(text)
        if not feed.entries:
            reason = f": {feed.bozo_exception}" if feed.get("bozo") else ""
            raise IngestError(Stage.parse, f"the feed has no items{reason}", "EmptyFeed")
        channel = feed.feed
        source = channel.get("title") or None
        language = (channel.get("language") or "")[:2].lower() or None
        out: list[ParsedArticle | ItemFailure] = []
        for n, entry in enumerate(feed.entries, 1):
            position = f"item {n}"
            contents = [c.get("value", "") for c in entry.get("content") or []]
            html = max(contents, key=len) if contents else ""
            summary = entry.get("summary") or entry.get("description") or ""
            body = html_to_text(html) if len(html_to_text(html)) >= len(html_to_text(summary)) else ""
            body = body or html_to_text(summary)
            title = html_to_text(entry.get("title") or "").replace("\n\n", " ")
            if not body.strip():
                out.append(ItemFailure(position=position, reason="the item has no text (no content or description)"))
                continue
            if not title:
                from .base import split_title

                title, body, _ = split_title(body)
            authors = split_authors([a.get("name") for a in entry.get("authors") or [] if a.get("name")])
            out.append(ParsedArticle(
                title=title,
                body=body,
                published_at=parse_date(entry.get("published_parsed") or entry.get("updated_parsed")),
                source=(entry.get("source") or {}).get("title") or source,
                url=entry.get("link") or None,
                authors=authors or split_authors(entry.get("author")),
                language=language,
                position=position,
            ))
        return out
