"""An alert's matches as an Atom feed (RFC 4287), built with the standard library."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree as ET

ATOM = "http://www.w3.org/2005/Atom"


def atom_feed(alert: dict[str, Any], matches: list[dict[str, Any]], base_url: str) -> bytes:
    ET.register_namespace("", ATOM)

    def el(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        e = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            e.text = text
        return e

    base = base_url.rstrip("/")
    feed = ET.Element(f"{{{ATOM}}}feed")
    el(feed, "id", f"urn:newsroom:alert:{alert['id']}")
    el(feed, "title", f"newsroom alert: {alert['name']}")
    updated = matches[0]["matched_at"] if matches else (alert.get("created_at") or datetime.now(UTC).isoformat())
    el(feed, "updated", str(updated))
    el(feed, "link", href=f"{base}/alerts/{alert['id']}/feed", rel="self")
    el(el(feed, "author"), "name", "newsroom")
    for m in matches:
        entry = el(feed, "entry")
        el(entry, "id", f"urn:newsroom:alert:{alert['id']}:{m['doc_id']}")
        el(entry, "title", m.get("title") or m["doc_id"])
        el(entry, "updated", str(m["matched_at"]))
        if m.get("published_at"):
            el(entry, "published", str(m["published_at"]))
        el(entry, "link", href=f"{base}/articles/{m['article_id']}")
        if m.get("summary"):
            el(entry, "summary", m["summary"])
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")
