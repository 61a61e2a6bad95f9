"""Saying little about a thing: "the mayor said little about the ferry plan", "she said almost
nothing about the levy until May", "the label doesn't tell voters much about their plans", "the
site says nothing about the harbour". A verb of saying whose object is only a measure of how much
was said ("little", "nothing", "much") has no clause to be its content; what the speaker spoke
of is the "about" phrase after it, which PolNeAR annotates as the content. Only a verb outside
quotations whose cue no other claim took, with the measure right after it (an adverb or the
person told between: "told voters much about") and "about" hung on the verb or the measure. Not
a refusal ("would say nothing about the talks", "declined to say much about it": nothing was
said), which is no claim. Runs after every other family: what another claim holds is theirs."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_collector import ClaimCollector
from .framed_as_verbs import add_subjects_object
from .lexicon.cues import REFUSAL_LEMMAS

_SAY_LEMMAS = frozenset({"say", "tell", "write"})
# How much was said: the object of the verb, or the adverb the parse may make it ("said much").
_MEASURES = frozenset({"little", "nothing", "much"})
# A modal makes "would say nothing about X" a refusal, not a thing said.
_REFUSING_MODALS = frozenset({"would", "will", "wo", "could", "can", "ca"})
# What may stand between the verb and the measure: "said almost nothing", "told voters much".
_BETWEEN_DEPS = frozenset({"advmod", "dative", "neg"})


class SaidAbout:
    def __init__(self, claims: ClaimCollector) -> None:
        self.claims, self.cd = claims, claims.cd

    def topics(self) -> None:
        cd, words = self.cd, self.cd.words
        if _MEASURES.isdisjoint(words.lower) or "about" not in words.lower or _SAY_LEMMAS.isdisjoint(words.lemma):
            return  # cheap: most articles say little about nothing
        for i in [i for i, lem in enumerate(words.lemma) if lem in _SAY_LEMMAS and words.pos[i] == "VERB"]:
            if cd.qidx[i] >= 0 or i in self.claims.taken_cues():
                continue
            v = cd.tokens[i]
            topic = self.topic(v)
            if topic is not None:
                add_subjects_object(self.claims, v, topic, accept=None)

    @staticmethod
    def topic(v: Token) -> list[Token] | None:
        """The words after "about" when `v` said only a measure of it (see the module's docstring)."""
        if any(c.dep_ == "aux" and c.lower_ in _REFUSING_MODALS for c in v.children):
            return None  # "would say nothing about the senders": a refusal
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in REFUSAL_LEMMAS:
            return None  # "declined to say much about it"
        measure = next((c for c in v.children if c.lower_ in _MEASURES and c.i > v.i), None)
        if measure is None or any(t.dep_ not in _BETWEEN_DEPS for t in v.doc[v.i + 1:measure.i]
                                  if t.head.i in (v.i, measure.i)):
            return None  # "said much of the talk was about Israel": the measure is no object
        about = next((c for c in (*measure.children, *v.children) if c.lower_ == "about" and c.i > measure.i), None)
        if about is None:
            return None
        return [t for c in about.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree] or None
