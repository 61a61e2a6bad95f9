"""The speaker of a quote after a colon is the named subject of the clause the colon closes
("Rubio fired back: “Y”", "Clinton has since apologized: “Y”"), even when that clause's verb is
no cue, so the quote found no tag, or a cue in a clause before it lent its own speaker ("When
Trump suggested Y, Rubio fired back: “Z”" is Rubio's).

Left as they are: a subject that is no name ("the ad ends with a voice saying: “Y”", "there is
a simple reason: “Y”"), and a colon clause whose own verb is the claim's cue (the tag itself)."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_candidates import ClaimCandidate
from .claim_doc import ClaimDocReader
from .claimants import ClaimantResolver

_OPENERS = ("“", '"', "''", "‘")


class ColonSpeakers(ClaimDocReader):
    def correct(self, found: list[ClaimCandidate], claimants: ClaimantResolver) -> None:
        for c in found:
            if c.quote_type != "direct" or c.parts and len(c.parts) > 1:
                continue
            # (the cheap test first: a colon right before the quote's opening mark)
            before = self.text[max(0, c.start - 6):c.start].rstrip()
            if not self.text.startswith(_OPENERS, c.start):
                if not before.endswith(_OPENERS):
                    continue
                before = before.rstrip("“\"'‘").rstrip()
            if not before.endswith(":"):
                continue
            subj = self.colon_subject(c)
            if subj is None:
                continue
            name, entity, pron = claimants.claimant_of(subj)
            if entity is None or pron or name is None or entity == c.claimant_entity:
                continue
            c.claimant, c.claimant_entity, c.subj_pronoun = name, entity, False

    def colon_subject(self, c: ClaimCandidate) -> Token | None:
        """The named subject of the main clause the colon closes, when the claim's cue is not that
        clause's verb."""
        span = self.doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or span.start < 2:
            return None
        colon = next((t for t in reversed(self.doc[max(0, span.start - 3):span.start]) if t.text == ":"), None)
        if colon is None or self.qidx[colon.i] >= 0:
            return None
        if self.sent_of[colon.i] != self.sent_of[span.start]:
            return None  # (a colon closing the sentence before: too often another speaker's lead-in)
        lo = self.sents[self.sent_of[colon.i]].start
        # the clause's own head: the one verb before the colon whose head lies outside it (the parse
        # may hang the clause on a verb inside the quote: "apologized: “I should have used Y”")
        heads = [t for t in self.doc[lo:colon.i] if not lo <= t.head.i < colon.i or t.head.i == t.i]
        verbs = [t for t in heads if t.pos_ in ("VERB", "AUX") and self.qidx[t.i] < 0]
        if len(verbs) != 1:
            return None
        root = verbs[0]
        expletive = any(k.dep_ == "expl" for k in root.children)
        if c.cue_i == root.i and not expletive:  # (the tag itself; "there is" tags nothing)
            return None
        # the verb right before the colon, when it has a subject of its own, speaks instead ("Cruz
        # said as the heckler yelled: “Y”", "Bundy told Roe, who replied: “Y”")
        last = next((t for t in reversed(self.doc[root.i + 1:colon.i]) if t.pos_ in ("VERB", "AUX")), None)
        # ("apologized for what happened: “Y”": a free relative's "what" is no speaker)
        if last is not None and any(k.dep_ in ("nsubj", "nsubjpass") and k.lower_ != "what" for k in last.children):
            return None
        subj = next((k for k in root.lefts if k.dep_ == "nsubj"), None)
        if subj is None and expletive:
            # "If Y, Reyes said, there is a simple reason: “Z”": the aside's speaker gives the reason
            asides = [t for t in self.doc[lo:colon.i] if t.i != root.i and self.qidx[t.i] < 0 and
                      self.cd.cue_lemma(t) is not None]
            subj = next((k for t in asides[:1] for k in t.children if k.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "PROPN" or self.qidx[subj.i] >= 0:
            return None
        return subj
