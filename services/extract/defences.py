"""Defences: "X defended his decision to Y", "X defended the deal as a good one", "X defended
himself against the charges". A defence is a stance taken in words, and the content is what is
defended; but "defend" as often names a deed ("defended the country", "defended the title", "the
state will defend the law in court"), so only three frames count: a stance or a statement
defended (a possessor or a noun of stance: "her record", "the remarks"), a framing "as Y", or the
speaker defending himself against or for something. Runs with the verb families, after them."""

from __future__ import annotations

from spacy.tokens import Span

from .claim_collector import ClaimCollector
from .lexicon.cues import DEFENCE_REASON_PREPS, DEFENDED_AGAINST, DEFENDED_STANCES
from .speech_acts import infinitive_after, is_speaker, participle_speaker

REFLEXIVES = {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"}


class Defences:
    def __init__(self, claims: ClaimCollector):
        self.claims = claims
        self.cd = claims.cd  # the parse only: tokens, subjects and spans

    def defended(self, sent: Span) -> None:
        for v, kids in self.claims.untaken_verbs(sent):
            if v.lemma_.lower() != "defend" or any(c.dep_ == "auxpass" for c in kids):
                continue  # "the law was defended": by whom is not said
            subj = self.cd.subject(v) or participle_speaker(v)
            if subj is None or not is_speaker(subj):
                continue  # "a statement defending X": the text, not a speaker (claimants settle that)
            obj = next((c for c in kids if c.dep_ == "dobj" and c.i > v.i), None)
            if obj is None or obj.pos_ == "PRON" and obj.lower_ not in REFLEXIVES:
                continue
            preps = [c for c in kids if c.dep_ == "prep" and c.i > obj.i]
            framed = [c for c in preps if c.lower_ == "as"]
            reasons = [c for c in preps if c.lower_ in DEFENCE_REASON_PREPS]
            if obj.lower_ in REFLEXIVES and not reasons:
                continue  # "defended himself" alone: in a fight as often as in words
            rebutted = any(g.dep_ == "pobj" and g.lemma_.lower() in DEFENDED_AGAINST for c in reasons if c.lower_ == "against"
                           for g in c.children)  # "defended the group against attacks from X"
            if obj.lower_ not in REFLEXIVES and not framed and not rebutted and obj.lemma_.lower() not in DEFENDED_STANCES:
                continue  # "defended the country", "defended his title", "defended his mother": deeds as often
            toks = self.cd.subtree(obj) + [t for c in framed + reasons for t in c.subtree]
            toks += infinitive_after(v, toks)
            sp = self.cd.span_of(toks)
            if sp is None or self.claims.overlaps(sp):
                continue
            self.claims.add_attributed(sent, sp, v.text.lower(), v, subj, False, "asserted")
