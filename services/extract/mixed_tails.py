"""Where a mixed content ends: past its closing quote when what follows is a clause of condition,
reason or comparison that the parse hung on the cue verb but that belongs to what was said
("said the plan was “a disaster” if the council passed it", "called waterboarding “mild”
compared to what militants do"). PolNeAR's content runs on to that clause's end."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_doc import ClaimDoc
from .lexicon.cues import CUE_LEMMAS
from .lexicon.fragments import CONTENT_CLAUSE_MARKS, FRAGMENT_VERB_LEMMAS

CLOSING = ("”", '"', "''", "’")


def through_trailing_clause(cd: ClaimDoc, sp: tuple[int, int], v: Token) -> tuple[int, int]:
    doc = cd.doc
    span = doc.char_span(sp[0], sp[1], alignment_mode="expand")
    if span is None or not len(span) or span[-1].text not in CLOSING:
        return sp
    k = span.end
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc) or doc[k].lower_ not in CONTENT_CLAUSE_MARKS:
        return sp
    t = doc[k]
    clause = t.head if t.dep_ == "mark" else t
    if clause.dep_ not in ("advcl", "prep") or not (clause.head.i == v.i or clause.head in v.ancestors):
        return sp
    sent = span.sent
    sub = list(clause.subtree)
    if any(x.pos_ == "VERB" and x.lemma_.lower() in CUE_LEMMAS | FRAGMENT_VERB_LEMMAS for x in sub):
        return sp  # "“Y,” though she noted Z": a claim of its own
    last = max(x.i for x in sub)
    while last > k and (doc[last].is_punct and doc[last].text not in CLOSING or doc[last].is_space):
        last -= 1
    if last >= sent.end or last <= k:
        return sp
    return sp[0], doc[last].idx + len(doc[last].text)
