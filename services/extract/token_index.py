"""The token attributes the claim families test first, read once per Doc.

Most families walk every token of every sentence and test a word form, a lemma or a part of
speech before anything else; on a spaCy Token each of those is a property that looks the string
up again on every access. These lists hold them by token index, made from one `Doc.to_array`
and one string look-up per distinct value, so a family can rule a token out on plain list reads.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator
from operator import itemgetter
from typing import TypeVar

import numpy
from spacy.attrs import HEAD, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS, SPACY
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from .lexicon.cues import CUE_FORMS, CUE_LEMMAS
from .quotes import QUOTE_CHARS

# What a value's hash stands for, kept across documents: a StringStore hash is the string's own
# hash, so most words of an article were looked up for an earlier one (the look-ups per document
# were half the index's cost). Bounded: emptied when full; a document that missed reads its own
# table, so emptying one meanwhile loses nothing.
_CAP = 100_000
# lower hash -> (Token.lower_, a quote mark?, a cue verb's form?)
_FORMS: dict[int, tuple[str, bool, bool]] = {}
# lemma hash -> (Token.lemma_.lower(), a cue lemma?)
_LEMMAS: dict[int, tuple[str, bool]] = {}
# pos hash -> (Token.pos_, a verb or auxiliary?)
_TAGS: dict[int, tuple[str, bool]] = {}


def _form(s: str) -> tuple[str, bool, bool]:
    return s, s in QUOTE_CHARS, s in CUE_FORMS


def _lemma(s: str) -> tuple[str, bool]:
    low = s.lower()
    return low, low in CUE_LEMMAS


def _tag(s: str) -> tuple[str, bool]:
    return s, s in ("VERB", "AUX")


def _read(hashes: list[int], table: dict, make, strings: StringStore) -> list:
    """`table[h]` for each hash, the misses looked up in `strings` first."""
    try:
        return list(map(table.__getitem__, hashes))
    except KeyError:
        if len(table) > _CAP:
            table.clear()
        own = {h: table.get(h) or make(strings[h] if h else "") for h in set(hashes)}
        table.update(own)
        return list(map(own.__getitem__, hashes))


# orth hash -> Token.text, and -> Token.text_with_ws (the text of a token followed by a space)
_TEXTS: tuple[dict[int, str], dict[int, str]] = ({}, {})


def form_texts(hashes: set[int], strings: StringStore) -> dict[int, str]:
    """The text of each orth hash, from the table kept across documents (`strings[h]` decodes
    a new string on every look-up)."""
    bare = _TEXTS[0]
    try:
        return {h: bare[h] for h in hashes}
    except KeyError:
        return {h: bare.get(h) or strings[h] for h in hashes}


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined from the cached strings of the token forms: `doc.text` makes a Token
    and looks its string up for every token."""
    if not len(doc):
        return doc.text
    orth, spaced = doc.to_array([ORTH, SPACY]).T.tolist()
    try:
        return "".join(map(dict.__getitem__, map(_TEXTS.__getitem__, spaced), orth))
    except KeyError:
        bare, spaced_form = _TEXTS
        if len(bare) > _CAP:
            bare.clear()
            spaced_form.clear()
        own = {h: bare.get(h) or doc.vocab.strings[h] for h in set(orth)}
        own_spaced = {h: text + " " for h, text in own.items()}
        bare.update(own)
        spaced_form.update(own_spaced)
        return "".join(map(dict.__getitem__, map((own, own_spaced).__getitem__, spaced), orth))


_T = TypeVar("_T")

# The last Doc's Token objects: the entity resolver and the claim patterns both walk every token
# of the same Doc, one after the other, and spaCy makes a new Token on every access (a third of
# the Doc-wide walks' cost). A Token is a view on its Doc, so the list stays right while the Doc
# keeps its length. The Doc is held with its list (one tuple, swapped whole: a thread reads a
# pair), so `is` cannot match a new Doc.
_LAST: list[tuple[Doc, list[Token]]] = []


def doc_tokens(doc: Doc) -> list[Token]:
    """`list(doc)`, made once for the last Doc asked about; callers only read it."""
    last = _LAST[0] if _LAST else None
    if last is None or last[0] is not doc or len(last[1]) != len(doc):
        last = (doc, list(doc))
        _LAST[:] = [last]
    return last[1]


# The last text lowered: several families look for their words in the article's lowered text.
_LOWERED: list[tuple[str, str]] = []


def lowered(text: str) -> str:
    """`text.lower()`, made once for the last text asked about (by identity: the ClaimDoc's)."""
    last = _LOWERED[0] if _LOWERED else None
    if last is None or last[0] is not text:
        last = (text, text.lower())
        _LOWERED[:] = [last]
    return last[1]


def text_matches(text: str, pattern: re.Pattern[str], stem: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a case-blind pattern whose every match starts with `stem`
    (lowercase letters IGNORECASE pairs with their capitals only: not i, k or s): the stem is
    found by `str.find` in the lowered text, and the pattern tried only there. A leading `\\b`
    reads the character before, as in the scan (a pattern scanned over the whole text, a `\\b`
    first, cost more than the families that read its few matches)."""
    low = lowered(text)
    if len(low) != len(text):  # a letter lowered into two: the offsets differ, scan as before
        yield from pattern.finditer(text)
        return
    i = low.find(stem)
    while i >= 0:
        m = pattern.match(text, i)
        if m is None:
            i = low.find(stem, i + 1)
        else:  # the next match starts after this one, as finditer's do
            yield m
            i = low.find(stem, m.end())


def positions(words: list[_T], forms: Iterable[_T]) -> list[int]:
    """The indices (in order) at which `words` holds one of `forms`, found by `list.index` (a
    scan in C) instead of a Python test per word: the other-cue patterns look for a few words
    that most sentences lack (and the entity spans a few token hashes)."""
    out: set[int] = set()
    for form in forms:
        i = -1
        try:
            while True:
                i = words.index(form, i + 1)
                out.add(i)
        except ValueError:
            pass
    return sorted(out)


def within(found: list[int], sent: Span) -> list[int]:
    """The indices of `found` (in order) that fall in the sentence."""
    return found[bisect_left(found, sent.start):bisect_left(found, sent.end)]


class TokenIndex:
    def __init__(self, doc: Doc):
        strings = doc.vocab.strings
        cols = doc.to_array([LOWER, LEMMA, POS, IS_PUNCT, IS_SPACE, HEAD]) if len(doc) else numpy.zeros((0, 6), "uint64")
        lower, lemma, pos, punct, space = cols[:, :5].T.tolist()
        # Token.head.i: the array holds the offset to the head, a negative one wrapped round as unsigned
        self.head: list[int] = (cols[:, 5].astype(numpy.int64) + numpy.arange(len(doc))).tolist()
        forms = _read(lower, _FORMS, _form, strings)
        lemmas = _read(lemma, _LEMMAS, _lemma, strings)
        tags = _read(pos, _TAGS, _tag, strings)
        first = itemgetter(0)
        self.lower: list[str] = list(map(first, forms))  # Token.lower_
        self.lemma: list[str] = list(map(first, lemmas))  # Token.lemma_.lower()
        self.pos: list[str] = list(map(first, tags))  # Token.pos_
        # claim_doc.is_punct (a quote mark's lowercase is itself, and no other text's is one)
        self.punct: list[bool] = [bool(p or sp) or f[1] for p, sp, f in zip(punct, space, forms, strict=True)]
        # a cue's word: a form of a cue verb, or a cue lemma tagged a verb (ClaimDoc.cue_lemma's
        # first test; few tokens pass it, so the cue walks skip the rest on one read)
        self.cue_word: list[bool] = [f[2] or (m[1] and p[1])
                                     for f, m, p in zip(forms, lemmas, tags, strict=True)]
        self._where: dict[tuple[str, ...], list[int]] = {}

    def where(self, forms: tuple[str, ...]) -> list[int]:
        """The tokens of the whole Doc whose lowercased text is one of `forms`, in order; found once
        per Doc for each `forms` (several families look for the same few words)."""
        found = self._where.get(forms)
        if found is None:
            found = self._where[forms] = positions(self.lower, forms)
        return found

    def with_lemma(self, start: int, end: int, lemmas: Collection[str], pos: str = "NOUN") -> list[int]:
        """The tokens in [start, end) of part of speech `pos` whose lemma (lowercased) is one of `lemmas`."""
        lemma, tags = self.lemma, self.pos
        return [i for i in range(start, end) if tags[i] == pos and lemma[i] in lemmas]

    def with_form(self, start: int, end: int, forms: Collection[str]) -> list[int]:
        """The tokens in [start, end) whose lowercased text is one of `forms`."""
        lower = self.lower
        return [i for i in range(start, end) if lower[i] in forms]
