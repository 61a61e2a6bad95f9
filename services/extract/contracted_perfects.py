"""Cue verbs in a perfect tense the parse read as a passive: "he's said he would fight on" and
"who's argued for years that Y" parsed with "'s" as "is", the speaker as the passive subject.
No clause of saying follows a real passive with a subject other than "it" ("he is said he ..."
is no English), so a cue with "'s" for its only auxiliary, a speaker for subject and a clause
with a subject of its own (or "that") is the active "has said": read as indirect speech. Runs
after the cue verbs and takes only the verbs they left."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from .claim_collector import ClaimCollector
from .cue_patterns import CuePatterns

_CONTRACTED = ("'s", "’s")
# subjects of a true impersonal passive ("it's said that Y"), which cue_patterns.py reads
_IMPERSONAL = {"it", "there", "this", "that", "what"}


class ContractedPerfects:
    def __init__(self, patterns: CuePatterns, claims: ClaimCollector):
        self.patterns = patterns
        self.claims = claims

    def cues(self, sent: Span) -> None:
        if not any(c in self.claims.text[sent.start_char:sent.end_char] for c in _CONTRACTED):
            return  # no "'s" in the sentence: no verb walk
        for v, kids in self.claims.untaken_verbs(sent):
            aux = [c for c in kids if c.dep_ in ("auxpass", "aux")]
            if len(aux) != 1 or aux[0].dep_ != "auxpass" or aux[0].text not in _CONTRACTED or \
                    any(c.dep_ == "agent" for c in kids):
                continue
            cv = self.patterns.cue_verb(v)
            if cv is None or cv.comp is None or cv.comp.i < v.i or cv.subj is None or \
                    cv.subj.lower_ in _IMPERSONAL:
                continue
            if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") or c.dep_ == "mark" and c.lower_ == "that"
                       for c in cv.comp.children):
                continue  # "he's said to be" and the like: no clause of its own
            self.patterns.indirect_speech(sent, replace(cv, passive=False))
