"""Questions wondered in an infinitive or a participle that SpeechActs left because the parse gave
it no subject to read: "conservatives and donors are left wondering whether Y", "..., leaving many
to wonder whether Y". The question is the content; the one made to wonder is the claimant (the
object of the verb above, "many"), else that verb's subject when a speaker, else nobody. Only a
question no other claim holds ("Ortiz said readers are left wondering whether Y" is Ortiz's)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .claim_collector import ClaimCollector
from .speech_acts import SpeechActs, is_speaker
from .token_index import text_matches

_WONDER = re.compile(r"\bwonder(?:s|ed|ing)?\b", re.I)


class WonderedQuestions:
    def __init__(self, claims: ClaimCollector):
        self.claims = claims
        self.acts = SpeechActs(claims.cd, claims)  # its question_clause reads "whether Y", "why Y"

    def questions(self) -> None:
        cd = self.claims.cd
        taken = {c.cue_i for c in self.claims.found}
        for m in text_matches(cd.text, _WONDER, "wonder"):  # cheap: only the tokens that spell it
            word = cd.doc.char_span(m.start(), m.end())
            v = word[0] if word is not None and len(word) == 1 else None
            if v is None or v.dep_ != "xcomp" or v.i in taken or cd.qidx[v.i] >= 0:
                continue
            kids = list(v.children)
            if any(c.dep_ in ("nsubj", "neg") for c in kids):
                continue
            toks = self.acts.question_clause(v, kids)
            sp = cd.span_of(toks) if toks else None
            if sp is None or sp[1] - sp[0] < 3 or self.claims.overlaps(sp):
                continue
            who = self.wonderer(v)
            claimant = self.claims.claimants.claimant_of(who) if who is not None else (None, None, False)
            self.claims.add(cd.sents[cd.sent_of[v.i]], *sp, cue=v.text.lower(), qtype=None, cue_i=v.i,
                            claimant=claimant)

    @staticmethod
    def wonderer(v: Token) -> Token | None:
        h = v.head
        obj = next((c for c in h.children if c.dep_ == "dobj" and c.i < v.i), None)
        if obj is not None:
            return obj  # "led many to wonder"
        subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj if subj is not None and subj.lower_ != "it" and is_speaker(subj) else None
