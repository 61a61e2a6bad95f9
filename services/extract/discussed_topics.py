"""Topics discussed: "the mayor discussed the ferry budget", "Roe will discuss her new book",
"the leaders met to discuss a new security pact", "Cruz talked up his plans" (only with "up": "talked
business" is no topic spoken of). To discuss a thing is to speak
of it: PolNeAR annotates the object as what the subject made known, the subject its claimant.
Only a speaker's act, outside quotations, not negated nor passive, with a noun phrase object
after the verb that is not a pronoun (what "it" is, the sentence before says). Not under a
negation, a refusal ("declined to discuss the talks": nothing discussed) or a verb of leave, nor beside a request for anonymity ("not authorized to discuss the
probe", "spoke on condition of anonymity to discuss the talks": why a source is unnamed, rarely
annotated as a topic), nor a bare participle hung on another act ("while discussing X, Ryan
said Y": a circumstance of the main act, whose subject the participle only borrows). Runs after
every other family: a topic inside a quote or another claim is theirs."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_collector import ClaimCollector
from .framed_as_verbs import add_subjects_object
from .lexicon.cues import REFUSAL_LEMMAS
from .lexicon.stances import ANONYMITY_WORDS, PERMISSION_VERBS, TOPIC_PARTICLES, TOPIC_VERBS


class DiscussedTopics:
    def __init__(self, claims: ClaimCollector) -> None:
        self.claims, self.cd = claims, claims.cd

    def topics(self) -> None:
        cd, words = self.cd, self.cd.words
        if TOPIC_VERBS.isdisjoint(words.lemma):  # cheap: most articles discuss nothing by name
            return
        for i in [i for i, lem in enumerate(words.lemma) if lem in TOPIC_VERBS and words.pos[i] == "VERB" and
                  (lem not in TOPIC_PARTICLES or TOPIC_PARTICLES[lem] in words.lower[i + 1:i + 3])]:  # "talked up"
            if cd.qidx[i] >= 0 or i in self.claims.taken_cues():
                continue  # a quote's cue already: the topic is that claim's
            v = cd.tokens[i]
            obj = self.topic(v)
            if obj is None:
                continue
            add_subjects_object(self.claims, v, list(obj.subtree))

    @staticmethod
    def topic(v: Token) -> Token | None:
        """The noun phrase object of a topic spoken of (see the module's docstring)."""
        if any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in v.children):
            return None
        if (prt := TOPIC_PARTICLES.get(v.lemma_.lower())) is not None and (
                not any(c.dep_ == "prt" and c.lower_ == prt for c in v.children) or
                any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)):
            return None  # "talked up his plans", not "talked business"; nor what one is paid "to talk up"
        h = v.head
        if v.tag_ == "VBG" and v.dep_ in ("advcl", "acl") and not any(c.dep_ in ("aux", "nsubj") for c in v.children):
            return None  # "while discussing X, Ryan said Y": a circumstance of the main act, not a claim of its own
        if v.dep_ == "xcomp" and (any(c.dep_ == "neg" for c in h.children) or h.lemma_.lower() in PERMISSION_VERBS | REFUSAL_LEMMAS):
            return None  # "not authorized to discuss the probe", "refused to discuss it": nothing spoken of
        if v.dep_ in ("xcomp", "advcl") and any(t.lower_ in ANONYMITY_WORDS for c in h.children if c.i != v.i for t in c.subtree):
            return None  # "requested anonymity to discuss the talks": why the source is unnamed, as above
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
        if obj is None or obj.pos_ == "PRON":
            return None
        return obj
