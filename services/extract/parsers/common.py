"""Helpers the structured formats share: HTML fragments to text, dates, author lists."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from email.utils import parsedate_to_datetime

_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "tr", "table", "section", "article", "header", "footer", "pre", "figure", "figcaption", "hr",
}
_DROP = {"script", "style", "noscript", "template", "iframe", "svg", "form", "button", "nav", "aside"}
# Class or id words that mark boilerplate inside a fragment (feed "flare" share links, ads).
BOILERPLATE_WORDS = frozenset({
    "ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "promo", "cookie", "consent",
    "newsletter", "share", "social", "sharing", "related", "comments", "feedflare", "subscribe", "footer",
})
_SPACES = re.compile(r"[ \t\u00a0]+")
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||,\s*and\s+|\s+and\s+|,)\s*")
_BYLINE = re.compile(r"^(?:by|von|par)\s+", re.I)


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed item's content, an email's HTML part), one
    paragraph per block element; scripts, styles, forms and navigation dropped."""
    import lxml.html

    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        return _tidy(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several classes on junk
        return _tidy(re.sub(r"<[^>]+>", " ", fragment))
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        words = set(re.split(r"[\s_]+", f"{el.get('class', '')} {el.get('id', '')}".lower())) if tag else set()
        if tag.lower() in _DROP or words & BOILERPLATE_WORDS:
            if el.tail:
                parts.append(el.tail)
            return
        block = tag.lower() in _BLOCKS
        if block:
            parts.append("\n\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    return _tidy("".join(parts))


def _tidy(text: str) -> str:
    paragraphs = (_SPACES.sub(" ", " ".join(p.split("\n"))).strip() for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def parse_date(value: object) -> datetime | None:
    """ISO 8601, RFC 2822 (feeds, email), a bare date, a time tuple, or a PDF date; None if
    it cannot be read (a wrong date is worse than none)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime.combine(value, time(), UTC)
    if isinstance(value, tuple | list) and len(value) >= 6:  # time.struct_time from feedparser
        return datetime(*value[:6], tzinfo=UTC)
    text = str(value).strip()
    if text.startswith("D:"):  # PDF: D:YYYYMMDDHHmmSS
        m = re.match(r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?", text)
        if m:
            parts = [int(g) if g else d for g, d in zip(m.groups(), (0, 1, 1, 0, 0, 0), strict=True)]
            return datetime(*parts, tzinfo=UTC)
    try:
        got = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return got if got.tzinfo else got.replace(tzinfo=UTC)
    except ValueError:
        pass
    try:
        got = parsedate_to_datetime(text)
        return got if got.tzinfo else got.replace(tzinfo=UTC)
    except (TypeError, ValueError, IndexError):
        return None


def split_authors(value: object) -> list[str]:
    """"By Ana Ruiz and Tom Bell" / "Ana Ruiz; Tom Bell" / [{"name": ...}] -> names."""
    if not value:
        return []
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("name") or item.get("@name") or ""
        for name in _AUTHOR_SPLIT.split(_BYLINE.sub("", str(item).strip())):
            name = name.strip(" .")
            if name and name not in names and len(name) < 120:
                names.append(name)
    return names


def first(mapping: dict, keys: tuple[str, ...]) -> object:
    for key in keys:
        value = mapping.get(key)
        if value not in (None, "", [], {}):
            return value
    return None
