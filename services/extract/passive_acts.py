"""Evaluations and accusations in the passive: "X was criticized by Y for Z", "X has been praised
as Z", "the remarks were echoed by Y". What is claimed is the one evaluated and the "for"/"as"
phrase; the speaker is the agent ("by Y"), or untold: then a report with no named source, as
for "Z is accused of Y" (cue_patterns.py). Reports in the passive with their speaker named ("the
sale was first reported by the Times") claim their subject. They run after the other verb patterns."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .lexicon.cues import PASSIVE_ACT_LEMMAS, PASSIVE_ACT_PREPS, PASSIVE_REPORT_LEMMAS
from .speech_acts import is_speaker, passive_agent


def _part_of_speakers(t: Token) -> bool:
    """ "criticized by some of his rivals", "by the head of the Church": a part or a head of
    speakers speaks (the whole phrase is the claimant); "by a pack of dogs" is no speaker."""
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole is not None and whole.pos_ != "PRON" and is_speaker(whole)


class PassiveActs:
    """Reads the parse of the collector it adds to (the tokens and spans only)."""

    def __init__(self, claims: ClaimCollector):
        self.claims, self.cd = claims, claims.cd

    def passives(self, sent: Span) -> None:
        for v, kids in self.claims.untaken_verbs(sent):
            lem = v.lemma_.lower()
            if lem not in PASSIVE_ACT_LEMMAS | PASSIVE_REPORT_LEMMAS or not any(c.dep_ == "auxpass" for c in kids):
                continue
            subj = next((c for c in kids if c.dep_ == "nsubjpass" and c.i < v.i), None)
            if subj is None or subj.lower_ in ("it", "which", "that", "who", "whom"):
                continue  # "a channel which was denounced for X": the relative word is no content
            agent = passive_agent(kids)
            if agent is not None and not is_speaker(agent) and not _part_of_speakers(agent):
                agent = None  # "was attacked by a dog": no speaker
            if lem in PASSIVE_REPORT_LEMMAS:
                if agent is not None:  # "the deal was first reported by Reuters": the subject is the report
                    self.add(sent, v, subj, agent, None)
                continue
            why = next((c for c in kids if c.dep_ == "prep" and c.lower_ in PASSIVE_ACT_PREPS and c.i > v.i), None)
            if agent is None and why is None:
                continue  # "the convoy was attacked": a deed as often as words
            self.add(sent, v, subj, agent, why)

    def add(self, sent: Span, v: Token, subj: Token, agent: Token | None, why: Token | None) -> None:
        first = self.cd.span_of(self.cd.subtree(subj))
        second = self.cd.span_of(self.cd.subtree(why)) if why is not None else None
        if first is None or why is not None and second is None:
            return
        whole = (first[0], second[1] if second else first[1])
        if self.claims.overlaps(whole):
            return
        parts = [first, second] if second else None
        cue = v.text.lower()
        if agent is not None:
            self.claims.add_attributed(sent, whole, cue, v, agent, False, "asserted", parts=parts)
        else:
            self.claims.add(sent, *whole, cue=cue, qtype="reported", cue_i=v.i, hedged=True, parts=parts)
