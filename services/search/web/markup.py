"""Text -> HTML with marks, escaped everywhere: an article's body with its entities (by
type) and claims (in place), a claim's sentence with its content, search snippets reduced to
the <em> of the highlighter."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from markupsafe import Markup, escape

_EM = re.compile(r"(</?em>)")


def safe_snippet(fragment: str) -> Markup:
    """Keep the highlighter's <em> and </em>, neutralise any other markup. Fragments come
    HTML-encoded (encoder: html); if they ever do not, a < or > still cannot make a tag."""
    parts = []
    for part in _EM.split(fragment):
        if part in ("<em>", "</em>"):
            parts.append(part)
        else:
            parts.append(part.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))
    return Markup("".join(parts))


def _entity_matches(text: str, entities: Iterable[Any]) -> list[tuple[int, int, Any]]:
    forms: dict[str, Any] = {}
    for e in entities:
        for form in (e.name, *e.aliases):
            if form and len(form) > 1:
                forms.setdefault(form, e)
    if not forms:
        return []
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\w)"
    )
    return [(m.start(), m.end(), forms[m.group(0)]) for m in pattern.finditer(text)]


def _with_entities(text: str, base: int, matches: list[tuple[int, int, Any]]) -> str:
    out, pos = [], 0
    for s, e, ent in matches:
        s, e = s - base, e - base
        if s < pos or e > len(text):
            continue
        out.append(str(escape(text[pos:s])))
        out.append(
            f'<span class="ent ent-{ent.type.lower()}" data-type="{ent.type}" '
            f'title="{escape(ent.type)}: {escape(ent.name)}">{escape(text[s:e])}</span>'
        )
        pos = e
    out.append(str(escape(text[pos:])))
    return "".join(out)


def claim_spans(body: str, claims: list[Any]) -> list[tuple[int, int, int]]:
    """(start, end, claim index) of the claims that fit the body, in order, not overlapping."""
    spans, last = [], 0
    for i, c in sorted(enumerate(claims), key=lambda ic: (ic[1].start, ic[1].end)):
        if 0 <= c.start < c.end <= len(body) and c.start >= last:
            spans.append((c.start, c.end, i))
            last = c.end
    return spans


def mark_article(body: str, entities: list[Any], claims: list[Any]) -> Markup:
    spans = claim_spans(body, claims)
    matches = _entity_matches(body, entities)
    # An entity that straddles a claim's edge is left unmarked rather than breaking the nesting.
    edges = [b for s, e, _ in spans for b in (s, e)]
    matches = [m for m in matches if not any(m[0] < b < m[1] for b in edges)]
    out, pos = [], 0
    for s, e, i in spans:
        out.append(_with_entities(body[pos:s], pos, [m for m in matches if pos <= m[0] and m[1] <= s]))
        inner = _with_entities(body[s:e], s, [m for m in matches if s <= m[0] and m[1] <= e])
        out.append(
            f'<mark class="claim" id="claim-{i}"><a class="claim-num" href="#claim-item-{i}" '
            f'aria-label="Claim {i + 1} in the list">{i + 1}</a>{inner}</mark>'
        )
        pos = e
    out.append(_with_entities(body[pos:], pos, [m for m in matches if pos <= m[0]]))
    return Markup("".join(out))


def mark_sentence(sentence: str, content: str) -> Markup:
    """The claim's sentence with its content marked (where the content is found in it)."""
    at = sentence.find(content) if content else -1
    if at < 0:
        return Markup(f'{escape(sentence)} <mark class="content">{escape(content)}</mark>'
                      if content and content not in sentence else escape(sentence))
    return Markup(
        f"{escape(sentence[:at])}<mark class=\"content\">{escape(content)}</mark>"
        f"{escape(sentence[at + len(content):])}"
    )
