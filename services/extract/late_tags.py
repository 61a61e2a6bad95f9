"""A quote's tag far after it, past a long description of the speaker: "“Y,” Roe, the
state's senior senator and the chair of its budget committee since winning re-election, said"."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .claim_doc import ClaimDoc


def late_tag(cd: ClaimDoc, after: Sequence[Token]) -> Token | None:
    """The first verb of saying within 30 words after the quote whose subject is the name that
    opens those words (so the words between describe the speaker), or None."""
    if len(after) < 3 or after[0].pos_ != "PROPN":
        return None
    opening = {t.i for t in after[:3]}
    for t in after[:30]:
        if cd.cue_lemma(t) is None or t.pos_ != "VERB":
            continue
        who = cd.subject(t)
        if who is None or who.i not in opening or who.pos_ != "PROPN" or any(c.dep_ == "neg" for c in t.children):
            return None
        return t
    return None
