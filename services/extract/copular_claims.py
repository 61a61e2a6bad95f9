"""Claim nouns joined to their content by a copula or a colon: "Rubio's answer was that Y",
"her most explosive claim is that Y", "the promise she has made is that Y", "Their argument:
Y". The parse hangs the that-clause on "be", not on the noun, so claim_nouns (cue_patterns.py)
misses it. The noun must have a holder (a possessor, "of/by/from X", or the subject of a
relative clause on it): "the problem is that Y" or "the point is that Y" alone is the writer's
own framing. Runs after the cue verbs and claim nouns of CuePatterns."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .lexicon.copular import COPULAR_CLAIM_NOUNS

HOLDER_PREPS = ("of", "by", "from")


class CopularClaims:
    def __init__(self, claims: ClaimCollector):
        self.claims = claims
        self.cd = claims.cd

    def copular(self, sent: Span) -> None:
        qidx = self.cd.qidx
        for i in self.cd.words.with_lemma(sent.start, sent.end, COPULAR_CLAIM_NOUNS):
            n = self.cd.tokens[i]
            if qidx[i] >= 0:
                continue
            if n.dep_ == "nsubj" and n.head.lemma_ == "be":
                clause = next((c for c in n.head.children if c.dep_ in ("ccomp", "attr", "advcl") and c.i > n.i
                               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
                if clause is None or any(c.dep_ == "neg" for c in n.head.children):
                    continue
                toks = self.cd.subtree(clause)
                who = self.holder(n)
            elif (toks := self.after_colon(sent, n)) is not None:
                # "Their argument: Y" heading the sentence; "sent Trump a message: Y" (the sender's)
                who = self.holder(n) if n.left_edge.i == sent.start else None
                if who is None and n.dep_ == "dobj":
                    who = self.cd.holder_of_claim_noun(n)
            else:
                continue
            sp = self.cd.span_of(toks)
            if who is None or sp is None or self.claims.overlaps(sp):
                continue
            self.claims.add_attributed(sent, sp, n.text.lower(), n, who, False, "asserted")

    def after_colon(self, sent: Span, n: Token) -> list[Token] | None:
        """The words after a colon right after the noun, to the end of the sentence."""
        doc = self.cd.doc
        if n.i + 2 >= sent.end or doc[n.i + 1].text != ":":
            return None
        return [doc[k] for k in range(n.i + 2, sent.end)]

    @staticmethod
    def holder(n: Token) -> Token | None:
        """Whose answer or argument: "his answer", "the argument of X", "the promise she made"."""
        for c in n.children:
            if c.dep_ == "poss":
                return c
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in HOLDER_PREPS:
                who = next((g for g in c.children if g.dep_ == "pobj"), None)
                if who is not None and (who.pos_ == "PROPN" or who.ent_type_ in ("PERSON", "ORG", "NORP")):
                    return who
        for c in n.children:
            if c.dep_ == "relcl":
                who = next((g for g in c.children if g.dep_ == "nsubj"), None)
                if who is not None and who.lower_ not in ("that", "which", "who", "it"):
                    return who
        return None
