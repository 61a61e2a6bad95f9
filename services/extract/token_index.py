"""The token attributes the claim families test first, read once per Doc.

Most families walk every token of every sentence and test a word form, a lemma or a part of
speech before anything else; on a spaCy Token each of those is a property that looks the string
up again on every access. These lists hold them by token index, made from one `Doc.to_array`
and one string look-up per distinct value, so a family can rule a token out on plain list reads.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc

from .lexicon.cues import CUE_FORMS, CUE_LEMMAS


class TokenIndex:
    def __init__(self, doc: Doc):
        strings = doc.vocab.strings
        lower, lemma, pos = doc.to_array([LOWER, LEMMA, POS]).T.tolist() if len(doc) else ([], [], [])
        names = {h: strings[h] if h else "" for h in {*lower, *lemma, *pos}}
        self.lower: list[str] = [names[h] for h in lower]  # Token.lower_
        lowered = {h: names[h].lower() for h in set(lemma)}
        self.lemma: list[str] = [lowered[h] for h in lemma]  # Token.lemma_.lower()
        self.pos: list[str] = [names[h] for h in pos]  # Token.pos_
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
