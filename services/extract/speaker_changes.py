"""A second speaker between two quotations: "“A,” Lee said as a heckler yelled: “B”", "“A,”
Roe said, and her brother cut in. “B”". The second quote is the new speaker's, so the
direct-speech pass must not join it to the first speaker's claim."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .claim_doc import ClaimDoc, is_punct
from .lexicon.cues import OUTCRY_LEMMAS, QUOTE_TAG_LEMMAS


def new_speaker_between(cd: ClaimDoc, words: Sequence[Token], cue_i: int) -> bool:
    """True when the last verb before the second quote (nothing after it but its particle: "cut
    in") is not the first quote's tag and has a subject of its own that is a noun or a name (a
    pronoun may be the same speaker). A verb of time or place ("as the crowd cheered", "at a
    gala where Lee also spoke") only when it is one of saying or shouting."""
    if not words:
        return False
    inside = {t.i for t in words}
    for v in reversed(words):
        if v.dep_ == "prt":
            continue
        if v.pos_ != "VERB" or v.i == cue_i or cd.qidx[v.i] >= 0:
            return False
        if not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i in inside for c in v.children):
            return False
        rest = [t for t in cd.doc[v.i + 1 : words[-1].i + 1] if not is_punct(t)]
        if any(t.dep_ != "prt" or t.head.i != v.i for t in rest):
            return False
        subordinate = v.dep_ in ("advcl", "relcl", "acl") or any(c.dep_ == "mark" for c in v.children)
        return not subordinate or v.lemma_.lower() in OUTCRY_LEMMAS | QUOTE_TAG_LEMMAS
    return False
