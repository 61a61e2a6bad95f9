"""Run-on quotes: a quotation left open at the end of its paragraph goes on into the next one
(the newspaper convention: no closing mark, the next paragraph opens with a quote mark).

    “A,” Lee said. “B
    “C,” she said.

B belongs to the quotation that closes in C, so it is C's tag's, not A's: the direct-speech
pass joined B to A (an untagged quote after A's tag sentence) or gave B a claim of its own; B
moves to the front of C's claim. Only when C has a tag of its own after its opening quote in
its paragraph (an untagged C goes on with A, B and all: resumed_quotes.py); a B that opens its
own tagged claim ("Lee said: “B") stays. Runs after the direct-speech and resumed-quote passes."""

from __future__ import annotations

from .claim_candidates import ClaimCandidate
from .claim_collector import ClaimCollector

_OPENING = ("“", '"', "''")


class RunOnQuotes:
    def __init__(self, claims: ClaimCollector):
        self.claims, self.cd, self.text = claims, claims.cd, claims.cd.text

    def join(self) -> None:
        quotes = self.cd.quotes
        if len(quotes) < 2 or "\n" not in self.text:
            return
        # last first: in a run B1 / B2 / C, B2 joins C's claim, then B1 joins it too
        for k in range(len(quotes) - 2, -1, -1):
            b, c = quotes[k], quotes[k + 1]
            if not self.runs_on(b, c):
                continue
            d = self.tagged_claim_at(c)
            if d is None:
                continue
            owner = next((f for f in self.claims.found if any(s < b[1] and b[0] < e for s, e in f.pieces)), None)
            if owner is d:
                continue
            piece = self.cd.trim(b)
            if owner is not None:
                rest = [p for p in owner.pieces if not (p[0] < b[1] and b[0] < p[1])]
                if rest and owner.pieces[0][0] >= b[0]:
                    continue  # B opens its owner's claim and more follows: leave it
                if not rest and owner.cue != "quoted":
                    continue  # "Lee said: “B": B's own tag
                if rest and rest[-1][1] > b[0]:
                    continue  # pieces of the owner after B: not B's run
                if rest:
                    self.claims.respan(owner, rest[0][0], rest[-1][1], rest if len(rest) > 1 else None)
                else:
                    self.claims.found.remove(owner)
            pieces = [piece, *d.pieces]
            self.claims.respan(d, pieces[0][0], pieces[-1][1], pieces)

    def runs_on(self, b: tuple[int, int], c: tuple[int, int]) -> bool:
        """B has no closing mark and ends its paragraph; C opens the next paragraph."""
        text = self.text
        if b[1] >= len(text) or text[b[1]] not in " \n\xa0":
            return False  # a closing mark (or a mark the quote scanner took for one) right after B
        gap = text[b[1]:c[0]]
        lead = gap.rstrip("“\"'")
        # only blanks and a paragraph break between, then C's opening mark
        return gap[len(lead):] in _OPENING and not lead.strip(" \n\xa0") and "\n" in lead

    def tagged_claim_at(self, c: tuple[int, int]) -> ClaimCandidate | None:
        """The direct claim whose first piece is C, tagged after C in the paragraph of the piece
        before the tag (C's own, or for a run already joined, the run's last)."""
        doc = self.cd.doc
        for f in self.claims.found:
            if f.quote_type != "direct" or f.pieces[0][0] != c[0] or not 0 <= f.cue_i < len(doc):
                continue
            at = doc[f.cue_i].idx
            before = [p for p in f.pieces if p[0] < at]
            if before and "\n" not in self.text[before[-1][0]:at]:
                return f
        return None
