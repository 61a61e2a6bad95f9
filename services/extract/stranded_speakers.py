"""Cue verbs whose clause the parse read but whose speaker it hung elsewhere: "Jolly said he
would ..." with the name tagged as an adverb, "Senator Jane Roe, the minority leader, said
that ..." with the name hung on the phrase before it. The cue has a clause with a subject of
its own after it and no subject; the speaker is the name right before the cue, or the name a
description between commas ends on right before it. Runs after the other verb patterns and
takes only the cue verbs they left."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import SUBJECT_DEPS, ClaimDocReader
from .lexicon.cues import HEDGE_LEMMAS, STRANDED_CUE_LEMMAS, WH_WORDS

# Named things that never speak: "in Nevada, said", "on Tuesday, said".
_NOT_SPEAKERS = {"DATE", "TIME", "GPE", "LOC", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "FAC"}
_ASIDE_MARKS = {",", "-", "—", "--"}


class StrandedSpeakers(ClaimDocReader):
    """Reads the Doc of the collector it adds to."""

    def __init__(self, claims: ClaimCollector):
        super().__init__(claims.cd)
        self.claims = claims

    def cues(self, sent: Span) -> None:
        """Each cue verb of the sentence the other patterns left, with a stranded clause."""
        left = self.claims.untaken_verbs(sent)
        for v, kids in left:
            if v.lemma_.lower() not in STRANDED_CUE_LEMMAS or v.tag_ not in ("VBD", "VBZ", "VBP") or \
                    v.dep_ not in ("ROOT", "parataxis") or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in kids):
                continue
            comp = next((c for c in kids if c.dep_ == "ccomp" and c.i > v.i), None)
            if comp is None or self.qidx[comp.i] >= 0 or not any(c.dep_ in SUBJECT_DEPS for c in comp.children):
                continue
            if comp.left_edge.lower_ in WH_WORDS or any(c.dep_ == "mark" and c.lower_ in ("whether", "if")
                                                        for c in comp.children):
                continue  # a question, not a statement
            who = self.speaker_before(sent, v)
            if who is None:
                continue
            sp = self.cd.span_of(self.cd.content_tokens(comp))
            if sp is None or any(c.start < sp[1] and sp[0] < c.end for c in self.claims.found):
                continue
            self.claims.add_attributed(sent, sp, v.text.lower(), v, who, v.lemma_.lower() in HEDGE_LEMMAS, "asserted")

    def speaker_before(self, sent: Span, v: Token) -> Token | None:
        """The name right before the cue (whatever its tag: "Jolly" as an adverb, "Will" as a
        modal), or the name a description set off by commas ends on ("Roe, 44, said"); an adverb
        of the cue may stand between ("Roe, a lawyer, also said")."""
        i = v.i - 1
        while i > sent.start and self.doc[i].dep_ == "advmod" and self.doc[i].head.i == v.i and \
                self.doc[i].tag_ == "RB" and self.doc[i].is_lower:
            i -= 1
        if i < sent.start or self.qidx[i] >= 0:
            return None
        t = self.doc[i]
        if t.text in _ASIDE_MARKS:
            return self.name_before_aside(sent, i) or self.subject_of_misread_aside(sent, v, i)
        if not t.is_title or t.ent_type_ in _NOT_SPEAKERS or \
                t.pos_ in ("PRON", "DET", "ADP", "CCONJ", "SCONJ"):
            return None
        # a name: the first word of the sentence, or after a comma, or a name the tagger knew
        if t.ent_type_ not in ("PERSON", "ORG", "NORP") and t.pos_ != "PROPN" and not (
                i == sent.start or self.doc[i - 1].text == ","):
            return None
        return t

    def name_before_aside(self, sent: Span, close: int) -> Token | None:
        """ "Senator Jane Roe, the minority leader, said": the first word before an aside mark
        with everything from there to the cue's comma hanging on it (the name, not the title
        that follows it)."""
        best = None
        for j in range(close - 1, sent.start - 1, -1):
            p = self.doc[j]
            if self.qidx[j] >= 0:
                break
            if p.pos_ not in ("PROPN", "NOUN") or self.doc[j + 1].text not in _ASIDE_MARKS or j + 1 == close or \
                    p.ent_type_ in _NOT_SPEAKERS or p.dep_ in ("pobj", "dobj", "dative", "attr", "poss", "compound"):
                continue
            if all(t.is_punct or p in t.ancestors for t in self.doc[j + 2:close]):
                best = p
        return best

    def subject_of_misread_aside(self, sent: Span, v: Token, close: int) -> Token | None:
        """ "Jane Roe, who runs the clinic, said that Y": the parse read the name and its aside as
        a clause of the cue ("Roe ... runs"); that clause's subject, at the sentence's start and
        set off by a comma, is the speaker."""
        left = next((c for c in v.children if c.dep_ == "ccomp" and c.i < v.i and c.right_edge.i == close - 1), None)
        if left is None:
            return None
        s = next((c for c in left.children if c.dep_ in SUBJECT_DEPS and c.pos_ in ("PROPN", "NOUN")), None)
        if s is None or s.left_edge.i != sent.start or s.i + 1 >= close or self.doc[s.i + 1].text != "," or \
                s.ent_type_ in _NOT_SPEAKERS:
            return None
        return s
