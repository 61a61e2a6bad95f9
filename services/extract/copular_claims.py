"""Claim nouns joined to their content by a copula or a colon: "Rubio's answer was that Y",
"her most explosive claim is that Y", "the promise she has made is that Y", "Their argument:
Y". The parse hangs the that-clause on "be", not on the noun, so claim_nouns (cue_patterns.py)
misses it. The noun must have a holder (a possessor, "of/by/from X", or the subject of a
relative clause on it): "the problem is that Y" or "the point is that Y" alone is the writer's
own framing. An object's colon may come after the noun's own words ("Reyes has some advice for
riders who travel on Sunday: Y", "aides put out a warning that could calm the fleet: Y"), then
only a speaker's (not "the storm swept away all other story lines: Y"); the parse may end the
sentence at such a colon, and Y is then the next sentence of the paragraph. Runs after the cue
verbs and claim nouns of CuePatterns."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .lexicon.copular import COPULAR_CLAIM_NOUNS
from .speech_acts import is_speaker

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
                if who is not None and self.cd.doc[n.i + 1].text != ":" and not is_speaker(who):
                    continue  # "The boycott subsumed all other story lines: Y" (words between): a speaker's only
            else:
                continue
            sp = self.cd.span_of(toks)
            if who is None or sp is None or self.claims.overlaps(sp):
                continue
            self.claims.add_attributed(sent, sp, n.text.lower(), n, who, False, "asserted")

    def after_colon(self, sent: Span, n: Token) -> list[Token] | None:
        """The words after a colon right after the noun, to the end of the sentence; or, for an
        object, after a colon right after the noun's own words ("has some advice for voters: Y",
        "put out a warning that could help her: Y")."""
        doc = self.cd.doc
        k = n.i + 1
        if k < sent.end and doc[k].text != ":" and n.dep_ == "dobj":
            # the first colon after the noun, every word before it the noun's own
            k = next((j for j in range(k, min(sent.end, k + 25)) if doc[j].text == ":"), sent.end)
            if any(not n.is_ancestor(t) for t in doc[n.i + 1:k]):
                return None
        if k >= sent.end or doc[k].text != ":":
            return None
        end = sent.end
        if k + 1 == end:  # the parse ended the sentence at the colon: the next one, in the same paragraph
            if end >= len(doc) or "\n" in doc[k].whitespace_ or doc[end].is_space:
                return None
            end = self.cd.sents[self.cd.sent_of[end]].end
        return [doc[j] for j in range(k + 1, end)]

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
