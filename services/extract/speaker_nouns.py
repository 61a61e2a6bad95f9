"""Speakers named by words the direct-speech pass would not take for a name or a noun:
"“Y?” the 43-year-old asked." (the tagger reads "old" as an adjective)."""

from __future__ import annotations

from spacy.tokens import Token


def aged(t: Token) -> bool:
    """ "the 43-year-old", "a 70-years-old": an age standing for the person."""
    return t.lower_ == "old" and t.i >= 2 and t.doc[t.i - 1].text == "-" and \
        t.doc[t.i - 2].lower_ in ("year", "years")
