"""Descriptions and judgments without quotes: "X described the dinner as Washington celebrating
itself", "Comey described, in blistering terms, a set of practices", "X derided the timetable",
"X chastised the board for ignoring Y". The object (with its "as" or "for" phrase) is what the
speaker says of the thing; the evaluation patterns take only the quoted or cleanly parsed "as"
forms. A participle after "in" or "by" is the act of the subject of the verb the phrase hangs
on ("In describing the plan as a stunt, Roe said Y", "coined the term in describing X").
Runs after the other verb families and takes only the verbs they left. (The verbs are
the precise few on PolNeAR's train split: "criticize", "attack", "knock", "praise" often have
a reason clause the content misses, or are no speech at all.)"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import without_trailing_joins
from .lexicon.cues import DESCRIBE_LEMMAS
from .speech_acts import is_speaker, participle_speaker


class DescriptionActs:
    """Reads the parse of the collector it adds to (the tokens and spans only)."""

    def __init__(self, claims: ClaimCollector):
        self.claims, self.cd = claims, claims.cd

    def acts(self, sent: Span) -> None:
        for v, kids in self.claims.untaken_verbs(sent):
            if v.lemma_.lower() not in DESCRIBE_LEMMAS or any(c.dep_ == "auxpass" for c in kids):
                continue  # "the plan is described as X": whose words is not said
            obj = next((c for c in kids if c.dep_ == "dobj" and c.i > v.i), None)
            subj = self.cd.subject(v) or participle_speaker(v)
            if obj is None or subj is None or not is_speaker(subj):
                continue  # "records describing payments": a text, not a speaker
            if v.head.pos_ != "ADJ" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
                continue  # "coined a phrase to describe X": a purpose (but "likely to describe X")
            if any(c.dep_ == "prt" for c in kids):
                continue  # "knocked out a pillar": another verb
            end = self.as_phrase_end(v, obj)
            if end is None and obj.tag_ == "PRP" and obj.lower_.endswith(("self", "selves")):
                continue  # "the foundation describes itself in the following way:"
            end = end or obj.right_edge.i
            # the reason given with the judgment: "chastised Snyder for refusing to ask for help"
            why = next((c for c in kids if c.dep_ == "prep" and c.lower_ in ("for", "over") and c.i == end + 1), None)
            end = why.right_edge.i if why is not None else end
            toks = [t for t in sent if obj.left_edge.i <= t.i <= end]
            # not an appositive the parse hangs inside the object ("his visit to the park, one of
            # the events meant to ..."): the description is the object itself
            cut = {t.i for a in obj.subtree if a.dep_ == "appos" and a.head.i != obj.i for t in a.subtree}
            toks = [t for t in toks if t.i not in cut and (not cut or t.i < min(cut))]
            toks = without_trailing_joins(toks)
            sp = self.cd.span_of(toks)
            if sp is None or self.claims.overlaps(sp):
                continue
            self.claims.add_attributed(sent, sp, v.text.lower(), v, subj, False, "asserted")

    def as_phrase_end(self, v: Token, obj: Token) -> int | None:
        """The last token of the "as" phrase right after the object ("described her as likable
        and inspiring"), wherever the parse hangs it, or None."""
        doc = obj.doc
        nxt = obj.right_edge.i + 1
        if nxt >= len(doc) or doc[nxt].lower_ != "as":
            return None
        a = doc[nxt]
        while a.head.i != a.i and a.head.i > v.i and a.head.i != v.i:
            a = a.head
        return max(t.i for t in a.subtree)
