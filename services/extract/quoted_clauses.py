"""Mixed speech in a "that" clause under a verb no cue list knows: the quoted words inside show
the clause is somebody's statement ("the governor ordered that agencies work with “independent”
auditors", "his campaign protested that aides were being “disingenuous”"). Runs after the quoted
fragments, so it only sees the quotes every other family left."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import ClaimDoc, ClaimDocReader
from .quoted_fragments import QuotedFragments
from .speech_acts import is_speaker


class QuotedClauses(ClaimDocReader):
    def __init__(self, cd: ClaimDoc, claims: ClaimCollector):
        super().__init__(cd)
        self.claims = claims
        self.fragments = QuotedFragments(cd, claims)

    def clauses(self) -> None:
        for qi, toks in self.fragments.left_quotes():
            self.clause(toks[0].sent, qi, toks)

    def clause(self, sent: Span, qi: int, toks: list[Token]) -> None:
        head = next((t for t in toks if t.head.i == t.i or self.qidx[t.head.i] != qi), None)
        if head is None:
            return
        # up to the nearest clause opened by "that": one with no "that" may be a clause inside it
        c = head
        while not (c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)):
            if c.head.i == c.i:
                return
            c = c.head
        v = c.head
        if v.pos_ != "VERB" or v.i > c.i or self.qidx[v.i] >= 0:
            return
        subj = self.cd.subject(v) or self.fragments.participle_speaker(v)
        if subj is None or not is_speaker(subj):
            return
        end = toks[-1].i
        # a clause of another act after the quote ("..., while Y penned letters that called him
        # Z") is no part of what was said: the content ends before it
        cut = next((k.left_edge.i for k in c.children if k.i > end and k.dep_ in ("advcl", "conj") and
                    self.claims.overlaps(self.cd.span_of(list(k.subtree)) or (0, 0))), sent.end)
        sp = self.cd.span_of([t for t in c.subtree if t.i < min(cut, sent.end)])
        if not sp or self.claims.overlaps(sp) or self.cd.quote_type_of(*sp) != "mixed":
            return
        self.claims.add_attributed(sent, sp, v.text.lower(), v, subj, False, "asserted")
