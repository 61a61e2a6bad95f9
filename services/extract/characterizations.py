"""Characterizations: someone's verdict on a thing in their own quoted words after "as"
("the council rejected the plan as “a gimmick”", "she offered herself as a “common sense”
candidate"). The verb itself need not be one of saying (reject, offer, cast, introduce): the
quoted label after "as" makes it the speaker's words. Runs after the quoted fragments, so it only
sees quotes every other family left."""

from __future__ import annotations

from spacy.tokens import Token

from .quoted_fragments import QuotedFragments

# how far up from the quoted words "as" may be: "as “a gimmick”", "as having “no real” impact",
# "as one of the worst CEOs “in the history of business”" (five: PolNeAR train 1 gained, 0 lost)
_MAX_UP = 5
_PARTICLES = {"off", "up", "down", "out"}  # "waves off X as", which the parse reads as a preposition


class Characterizations(QuotedFragments):
    def as_labels(self) -> None:
        for qi, toks in self.left_quotes():
            self.label(qi, toks)

    def label(self, qi: int, toks: list[Token]) -> None:
        head = next((t for t in toks if t.head.i == t.i or self.qidx[t.head.i] != qi), None)
        if head is None:
            return
        prep = head.head
        for _ in range(_MAX_UP):
            if prep.lower_ == "as" and prep.dep_ == "prep":
                break
            if prep.head.i == prep.i or prep.pos_ == "VERB" and prep.dep_ not in ("pcomp",):
                return
            prep = prep.head
        else:
            return
        if prep.i > toks[0].i:
            return
        v = prep.head
        obj = None
        if v.dep_ == "dobj" and v.i < prep.i:  # "rejected [the plan as “a gimmick”]": "as" hung on the object
            obj, v = v, v.head
        if v.pos_ != "VERB" or self.qidx[v.i] >= 0:
            return
        # who or what is labelled: the verb's object before "as" ("waves off the delay as ...": the
        # particle read as a preposition)
        obj = obj or next((c for c in v.children if c.dep_ == "dobj" and c.i < prep.i), None) or \
            next((g for c in v.children if c.dep_ == "prep" and c.lower_ in _PARTICLES
                  for g in c.children if g.dep_ == "pobj" and g.i < prep.i), None)
        if obj is None or self.qidx[obj.i] >= 0:
            return
        # (any noun may label: "the office rejected the plan as ...", not only a speaker by name;
        # a capitalized subject the tagger took for a verb is a name: "Trump summed up X as")
        subj = self.cd.subject(v)
        if subj is None or subj.dep_ == "expl" or subj.pos_ not in ("NOUN", "PROPN", "PRON") and \
                not (subj.dep_ == "nsubj" and subj.is_title):
            return
        sent = toks[0].sent
        content = [t for t in obj.subtree] + [t for t in prep.subtree if t.i < sent.end]
        sp = self.cd.span_of(content)
        if not sp or self.claims.overlaps(sp) or self.cd.quote_type_of(*sp) != "mixed":
            return
        self.claims.add_attributed(sent, sp, v.text.lower(), v, subj, False, "asserted")
