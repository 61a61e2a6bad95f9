"""Content clauses the parse hung on the wrong word, so the cue verb has no clause of its own:
a that-clause read as a relative clause of the cue's object ("he told a meeting of island
leaders that few people understood the stakes"). Read by stranded_speakers.py, after the other
verb patterns, on the cue verbs they left."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import FINITE_TAGS, SUBJECT_DEPS, ClaimDocReader
from .lexicon.cues import HEDGE_LEMMAS


class MisreadComplements(ClaimDocReader):
    claims: ClaimCollector

    def misread_complement(self, sent: Span, v: Token, kids: list[Token]) -> bool:
        """Adds the claim of a cue verb whose content clause the parse misread; whether it did."""
        if any(c.dep_ in ("ccomp", "auxpass") for c in kids) or self.cd.cue_lemma(v) is None:
            return False  # a clause of its own (the cue patterns' to read), or a passive
        rel = self.relative_read_for_that_clause(v, kids)
        if rel is None:
            return False
        who = self.cd.subject(v)
        if who is None or who.dep_ == "expl" or self.qidx[who.i] >= 0 or self.cd.impersonal(v, who):
            return False
        sp = self.cd.span_of(list(rel.subtree))
        if sp is None or self.claims.overlaps(sp):
            return False
        self.claims.add_attributed(sent, sp, v.text.lower(), v, who, v.lemma_.lower() in HEDGE_LEMMAS, "asserted")
        return True

    @staticmethod
    def relative_read_for_that_clause(v: Token, kids: list[Token]) -> Token | None:
        """ "told a meeting of leaders [that few people understood Y]": a relative clause whose
        "that" is a mark, not a part of the clause (a relative "that" is its subject or object),
        and which has a subject of its own, closing the cue's object."""
        obj = next((c for c in kids if c.dep_ in ("dobj", "dative") and c.i > v.i), None)
        if obj is None:
            return None
        for r in obj.subtree:
            if r.dep_ != "relcl" or r.tag_ not in FINITE_TAGS and not any(
                    a.dep_ == "aux" and a.tag_ in FINITE_TAGS for a in r.children):
                continue
            that = r.left_edge
            if that.lower_ != "that" or that.dep_ != "mark" or that.head.i != r.i:
                continue
            if not any(c.dep_ in SUBJECT_DEPS for c in r.children) or r.right_edge.i < obj.right_edge.i:
                continue
            return r
        return None
