"""Calls made by a text a participle describes: "petitions calling on superdelegates to back the
voters' choice", "a resolution calling for an inquiry". The participle "calling" hangs on the noun
as a clause, so the verb has no subject and the verb families (speech_acts.py) pass it by. The
claimant is the text's author when the verb it is the object of has a speaker for subject
("supporters launched petitions calling on X"), else the text. (Only texts: a speaker noun with
"calling" is as often a description, "with X, Y and Z all calling for W", as speech_acts.py says.)"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Span

from .claim_collector import ClaimCollector
from .lexicon.calls import CALLING_TEXTS
from .speech_acts import SpeechActs, is_speaker
from .token_index import text_matches

CALLING = re.compile(r"\bcalling\s+(?:for|on|upon)\b", re.IGNORECASE)


class CallingParticiples:
    """Reads the parse of the collector it adds to (the tokens and spans only)."""

    def __init__(self, claims: ClaimCollector, acts: SpeechActs):
        self.claims, self.cd, self.acts = claims, claims.cd, acts
        self.at = [m.start() for m in text_matches(self.cd.text, CALLING, "call")]  # the only places to look

    def calls(self, sent: Span) -> None:
        k = bisect_left(self.at, sent.start_char)
        while k < len(self.at) and self.at[k] < sent.end_char:
            span = self.cd.doc.char_span(self.at[k], self.at[k] + 7, alignment_mode="expand")
            k += 1
            v = span[0] if span is not None else None
            if v is None or v.dep_ != "acl" or v.head.i > v.i or self.cd.qidx[v.i] >= 0:
                continue
            h = v.head
            if h.lemma_.lower() not in CALLING_TEXTS:
                continue
            found = self.acts.content(v, "call", list(v.children))
            sp = self.cd.span_of(found[0]) if found else None
            if sp is None or sp[1] - sp[0] < 3 or self.claims.overlaps(sp):
                continue
            author = self.cd.subject(h.head) if h.dep_ == "dobj" else None
            who = author if author is not None and is_speaker(author) and author.pos_ != "PRON" else h
            self.claims.add_attributed(sent, sp, found[1], v, who, False, "asserted")
