"""Quoted noun phrases that go on after the closing quote: "Lee insisted on “a full accounting”
of the money". The direct-speech pass takes the quote alone; the speaker's words run on to the
modifier the parse hangs on a noun inside the quote ("of the money"), so the claim is mixed
speech over both. Only a quote that is a fragment (no closing punctuation of its own) after its
tag verb, and only a modifier right after the closing mark. Runs after the direct-speech pass."""

from __future__ import annotations

from .claim_collector import ClaimCollector

_NOUNS = ("NOUN", "PROPN")
_CLOSERS = ("”", '"', "’", "''")
_ENDS = (".", ",", "!", "?", ";", ":")


class QuotedNounTails:
    def __init__(self, claims: ClaimCollector):
        self.claims, self.cd, self.doc = claims, claims.cd, claims.cd.doc

    def extend(self) -> None:
        for c in self.claims.found:
            if c.quote_type != "direct" or c.parts or c.cue == "quoted" or not 0 <= c.cue_i < len(self.doc):
                continue
            sp = self.doc.char_span(c.start, c.end, alignment_mode="expand")
            if sp is None or not len(sp) or c.cue_i >= sp.start or sp.end + 1 >= c.sent.end:
                continue
            # the closing mark right after the quoted words, which end no clause of their own
            if self.doc[sp.end].text not in _CLOSERS or self.doc[sp.end - 1].text in _ENDS:
                continue
            nxt = self.doc[sp.end + 1]
            if nxt.dep_ != "prep" or not sp.start <= nxt.head.i < sp.end or nxt.head.pos_ not in _NOUNS:
                continue
            tail = self.cd.span_of(list(self.doc[nxt.i : min(nxt.right_edge.i + 1, c.sent.end)]))
            if tail is not None:  # from the opening mark, as other mixed contents
                opening = self.doc[sp.start - 1]
                self.claims.respan(c, opening.idx if opening.is_quote else c.start, tail[1])
