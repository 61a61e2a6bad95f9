"""Resumed quotes: "“A,” Lee said, noting that Y. “B.”" The untagged quote after a tag sentence
was joined to the last claim before it, the speaker's second act (Y); PolNeAR gives B to the
quotation the tag sentence opened with (A), the act in the middle keeping only its own words.
Runs after the direct-speech pass, on what it joined."""

from __future__ import annotations

from .claim_candidates import ClaimCandidate
from .claim_collector import ClaimCollector
from .lexicon.cues import LEAD_ON_LEMMAS


class ResumedQuotes:
    def __init__(self, claims: ClaimCollector):
        self.claims, self.doc, self.text = claims, claims.cd.doc, claims.cd.text

    def resume(self) -> None:
        """Moves the quotes joined to a second act back to the quotation its sentence opened with."""
        for c in self.claims.found:
            if len(c.parts) < 2 or c.quote_type == "direct" or not 0 <= c.cue_i < len(self.doc) or \
                    self.doc[c.cue_i].lemma_.lower() in LEAD_ON_LEMMAS:
                continue  # ("adding that Y. “B”": B goes on with the addition)
            end = c.sent.end_char
            tail = [p for p in c.parts if p[0] >= end]
            if not tail or len(tail) == len(c.parts) or not any(ch in "“\"'‘" for ch in self.text[tail[0][0] - 1 : tail[0][0] + 1]):
                continue
            first = self.opening_quote(c)
            if first is None:
                continue
            head = [p for p in c.parts if p[0] < end]
            self.claims.respan(c, head[0][0], head[-1][1], head if len(head) > 1 else None)
            c.apart = True
            pieces = (first.parts or [(first.start, first.end)]) + tail
            self.claims.respan(first, pieces[0][0], pieces[-1][1], pieces)

    def opening_quote(self, c: ClaimCandidate) -> ClaimCandidate | None:
        """The direct claim of the same speaker that opens the sentence of `c`'s cue and ends before it."""
        cue_at = self.doc[c.cue_i].idx
        for f in self.claims.found:
            if f is c or f.quote_type != "direct" or f.claimant != c.claimant or f.claimant is None:
                continue
            if f.sent.start_char == c.sent.start_char and f.end <= cue_at and \
                    not self.text[c.sent.start_char:f.start].strip(" “\"'‘\n"):
                return f
        return None
