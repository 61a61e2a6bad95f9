"""The token attributes the claim families test first, read once per Doc.

Most families walk every token of every sentence and test a word form, a lemma or a part of
speech before anything else; on a spaCy Token each of those is a property that looks the string
up again on every access. These lists hold them by token index, made from one `Doc.to_array`
and one string look-up per distinct value, so a family can rule a token out on plain list reads.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy
from spacy.attrs import HEAD, IS_PUNCT, IS_SPACE, LEMMA, LOWER, POS
from spacy.tokens import Doc

from .lexicon.cues import CUE_FORMS, CUE_LEMMAS
from .quotes import QUOTE_CHARS


class TokenIndex:
    def __init__(self, doc: Doc):
        strings = doc.vocab.strings
        cols = doc.to_array([LOWER, LEMMA, POS, IS_PUNCT, IS_SPACE, HEAD]) if len(doc) else numpy.zeros((0, 6), "uint64")
        lower, lemma, pos, punct, space = cols[:, :5].T.tolist()
        # Token.head.i: the array holds the offset to the head, a negative one wrapped round as unsigned
        self.head: list[int] = (cols[:, 5].astype(numpy.int64) + numpy.arange(len(doc))).tolist()
        names = {h: strings[h] if h else "" for h in {*lower, *lemma, *pos}}
        self.lower: list[str] = [names[h] for h in lower]  # Token.lower_
        lowered = {h: names[h].lower() for h in set(lemma)}
        self.lemma: list[str] = [lowered[h] for h in lemma]  # Token.lemma_.lower()
        self.pos: list[str] = [names[h] for h in pos]  # Token.pos_
        # claim_doc.is_punct (a quote mark's lowercase is itself, and no other text's is one)
        self.punct: list[bool] = [bool(p or sp) or low in QUOTE_CHARS
                                  for p, sp, low in zip(punct, space, self.lower, strict=True)]
        # a cue's word: a form of a cue verb, or a cue lemma tagged a verb (ClaimDoc.cue_lemma's
        # first test; few tokens pass it, so the cue walks skip the rest on one read)
        self.cue_word: list[bool] = [
            low in CUE_FORMS or (lem in CUE_LEMMAS and p in ("VERB", "AUX"))
            for low, lem, p in zip(self.lower, self.lemma, self.pos, strict=True)
        ]

    def with_lemma(self, start: int, end: int, lemmas: Collection[str], pos: str = "NOUN") -> list[int]:
        """The tokens in [start, end) of part of speech `pos` whose lemma (lowercased) is one of `lemmas`."""
        lemma, tags = self.lemma, self.pos
        return [i for i in range(start, end) if tags[i] == pos and lemma[i] in lemmas]

    def with_form(self, start: int, end: int, forms: Collection[str]) -> list[int]:
        """The tokens in [start, end) whose lowercased text is one of `forms`."""
        lower = self.lower
        return [i for i in range(start, end) if lower[i] in forms]
