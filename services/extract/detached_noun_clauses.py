"""A noun of saying whose that-clause the parse hung on another word: "his claim in November
that Y" (the clause on the verb), "budget hawks' warnings that Y" ("that" read as an object),
"the contention of X that Y". claim_nouns (cue_patterns.py) reads only a clause on the noun.
Only the words of the noun's own phrase, or a date ("earlier this year"), may stand between the
noun and "that"; the noun needs a holder (a possessor, "by/of/from X", a name before it: "the
DOJ demand"). Runs after claim_nouns and the copular claims."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .copular_claims import CopularClaims
from .lexicon.copular import DETACHED_CLAUSE_NOUNS


class DetachedNounClauses(CopularClaims):
    """Shares the holders of CopularClaims: a possessor, "of/by/from X"."""

    def nouns(self, sent: Span) -> None:
        qidx = self.cd.qidx
        for i in self.cd.words.with_lemma(sent.start, sent.end, DETACHED_CLAUSE_NOUNS):
            n = self.cd.tokens[i]
            if qidx[i] >= 0:
                continue
            that = self.that_after(sent, n)
            if that is None:
                continue
            v = that.head
            while v.head.i > that.i and v.head.i != v.i:
                v = v.head  # "that" read as the object of a verb deep in the clause
            if v.i <= that.i or v.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                continue
            who = self.holder(n)
            sp = self.cd.span_of([t for t in v.subtree if t.i > that.i])
            if who is None or sp is None or self.claims.overlaps(sp):
                continue
            self.claims.add_attributed(sent, sp, n.text.lower(), n, who, False, "asserted")

    def that_after(self, sent: Span, n: Token) -> Token | None:
        """The "that" after the noun's phrase or a date, when no word of the noun governs it."""
        doc = self.cd.doc
        k = n.right_edge.i + 1
        if k + 1 < sent.end and doc[k].pos_ == "ADP" and doc[k + 1].ent_type_ in ("DATE", "TIME"):
            k += 1  # "his claim in May that Y"
        while k < sent.end and doc[k].ent_type_ in ("DATE", "TIME") and doc[k].lower_ != "that":
            k += 1
        if k < sent.end and doc[k].text == ",":
            k += 1  # "a demand, by X, that Y"
        if k >= sent.end or doc[k].lower_ != "that" or doc[k].pos_ != "SCONJ":
            return None
        t = doc[k]
        if t.head.i == n.i or t.head.head.i == n.i and t.head.dep_ in ("acl", "ccomp", "relcl"):
            return None  # the clause is the noun's own: claim_nouns reads it
        return t

    @staticmethod
    def holder(n: Token) -> Token | None:
        """Also a name right before the noun: "the DOJ demand that Y"."""
        return CopularClaims.holder(n) or next((c for c in n.children if c.dep_ in ("compound", "amod") and
                                                c.i == n.i - 1 and c.ent_type_ in ("PERSON", "ORG", "NORP")), None)
