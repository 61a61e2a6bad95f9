"""Quotation marks: where the quoted text is, paragraph by paragraph."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .nlp import segments

# markup in the text: <tweet author="@x" date="...">: attribute values are not quotations
_ATTRIBUTE_VALUE = re.compile(r'(?<=[\w-])="[^"\n]*"')

# quoted text that is nobody's words: a stage note "(CROSSTALK)", "[LAUGHTER]"; a byline; a
# page's label of one or two words and a colon, alone in its quote marks ("Related:", "Read more:")
_NOT_SPEECH = re.compile(
    r"\s*(?:[(\[][^)\]]*[)\]][.,]?|Follow\b.*\b(?:on )?Twitter\b.*|[A-Z][\w’']*(?: [\w’']+)?:)\s*$", re.I)

TRAILING = set(".,;:!?—–-\"“”‘’«»") | {"--", "...", "…"}
QUOTE_CHARS = set("\"“”‘’«»")
_MARK = re.compile("''|[\"“”‘’«»]")  # a quote mark, or two apostrophes standing for one


def is_quote_mark(t: Token) -> bool:
    """A token that is a quote mark, the typewriter pair "''" (as the tokenizer leaves it) too."""
    return t.text in QUOTE_CHARS or t.text == "''"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted text (inside the marks), paragraph by paragraph.

    Curly and straight double quotes (and the doubled apostrophes '' some papers print for
    them); single curly quotes when they open at a word start.
    An opening mark with no close runs to the end of its paragraph (the newspaper convention
    for quotes that go on into the next paragraph); a closing mark with no opening starts
    the quote at the paragraph start (or after the previous quote)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    # markup attribute values blanked out, every offset kept
    text_seen = _ATTRIBUTE_VALUE.sub(lambda m: " " * len(m.group()), text) if '="' in text else text
    for seg in segments(text_seen):
        base = pos
        pos += len(seg)
        open_at: int | None = None
        kind = ""
        floor = base  # where an unmatched closing quote can start
        for m in _MARK.finditer(seg):  # the marks only: a walk over every character cost more
            k, width = m.start(), m.end() - m.start()
            ch = '"' if width == 2 else m.group()  # the New York Times' doubled apostrophes: ''Quote,''
            prev = seg[k - 1] if k else " "
            nxt = seg[k + width] if k + width < len(seg) else " "
            at = base + k
            if ch in "‘’":
                if open_at is None and ch == "‘" and not prev.isalnum() and not nxt.isspace() \
                        and not _century_apostrophe(seg, k):
                    open_at, kind = at + 1, "single"
                elif open_at is not None and kind == "single" and ch == "’" and not nxt.isalpha():
                    spans.append((open_at, at))
                    open_at, floor = None, at + 1
                continue
            if kind == "single" and open_at is not None:
                continue
            opens = ch in "“«" or (ch == '"' and (prev.isspace() or prev in "([{—–-:/") and not nxt.isspace())
            if open_at is None:
                if opens:
                    open_at, kind = at + width, "double"
                elif ch in "”»\"" and at > floor:
                    spans.append((floor, at))
                    floor = at + width
            else:
                # “ glued to the last word and followed by a space is a misprinted close (“A,“ he said)
                misprinted_close = ch == "“" and not prev.isspace() and nxt.isspace()
                if ch in "“«" and at > open_at and not misprinted_close:  # a new opening: the last quote never closed
                    spans.append((open_at, at))
                    open_at = at + 1
                    continue
                spans.append((open_at, at))
                open_at, floor = None, at + width
        if open_at is not None:
            end = base + len(seg.rstrip())
            if end > open_at:
                spans.append((open_at, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _century_apostrophe(seg: str, k: int) -> bool:
    """The ‘ at `k` stands for a century ("the ‘08 race", "the ‘90s"): two digits follow and no
    closing mark does ("called it ‘50 years too late’" opens a quote)."""
    return seg[k + 1:k + 3].isdigit() and not seg[k + 3:k + 4].isdigit() and not _closes(seg, k + 3)


def _closes(seg: str, k: int) -> bool:
    """A closing ’ (not inside a word: "don’t") comes after `k`, before the next ‘."""
    nxt_open = seg.find("‘", k)
    stop = len(seg) if nxt_open < 0 else nxt_open
    j = seg.find("’", k, stop)
    while j >= 0:
        if not seg[j + 1:j + 2].isalpha():
            return True
        j = seg.find("’", j + 1, stop)
    return False


def is_not_speech(quoted: str) -> bool:
    """ "(CROSSTALK.)", "[Laughter]", "Follow Jane Doe on Twitter @jdoe.", "Related:": quoted, but no claim."""
    return _NOT_SPEECH.match(quoted) is not None
