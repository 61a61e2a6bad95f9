"""Cue verbs the tagger took for nouns, with the speaker's name read as a compound of them:
"Trump predicts that many supporters will switch to his side" parsed as the noun phrase "Trump
predicts" with a clause. The name right before the cue is the speaker, the clause the content.
A part of StrandedSpeakers (stranded_speakers.py), run after its cues."""

from __future__ import annotations

from spacy.tokens import Span

from .claim_collector import ClaimCollector
from .claim_doc import SUBJECT_DEPS, ClaimDocReader
from .lexicon.cues import HEDGE_LEMMAS


class NounTaggedCues(ClaimDocReader):
    claims: ClaimCollector

    def noun_tagged_cues(self, sent: Span) -> None:
        pos = self.cd.words.pos
        for i in range(sent.start + 1, sent.end):
            if pos[i] not in ("NOUN", "PROPN") or self.qidx[i] >= 0:
                continue
            n = self.cd.tokens[i]
            # a present-tense form ("predicts", "estimates"): the noun reading is the parse's mistake
            if n.tag_ != "NNS":
                continue
            lem = self.cd.cue_lemma(n)
            if lem is None or any(c.dep_ in SUBJECT_DEPS for c in n.children):
                continue
            name = self.doc[n.i - 1]
            comp = next((c for c in n.children if c.dep_ == "ccomp" and c.i > n.i), None)
            # a name (the tagger that misread the verb may misread it too: "Trump" as a common noun)
            if comp is None or name.head.i != n.i or name.dep_ != "compound" or \
                    name.ent_type_ not in ("PERSON", "ORG") and not (name.is_title and name.ent_type_ == ""):
                continue
            sp = self.cd.span_of(self.cd.content_tokens(comp))
            if sp is None or self.claims.overlaps(sp):
                continue
            self.claims.add_attributed(sent, sp, n.text.lower(), n, name, lem in HEDGE_LEMMAS, "asserted")
