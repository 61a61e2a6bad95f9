"""Speech whose content is not the cue's complement: an "as" aside whose content is the clause
it hangs on ("As the Post reported, Y", "Y, as Smith noted"), a poll's pro-form answer
("half said so", "64 percent said yes", "a third said the same of Y") and a gerund content
("reported spending $6 million"); and speech whose speaker is left out ("were told that Y").
They run after the other verb patterns and take only the cue verbs those left."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import FINITE_TAGS, QUOTE_CHARS, ClaimDocReader
from .lexicon.cues import (
    AS_ASIDE_LEMMAS,
    GERUND_CLAUSE_LEMMAS,
    GERUND_REPORT_LEMMAS,
    HEDGE_LEMMAS,
    PRO_FORM_ANSWERS,
    PRO_FORM_LEMMAS,
    PRO_FORM_OBJECTS,
    WH_WORDS,
)
from .speech_acts import passive_agent


class ElidedSpeech(ClaimDocReader):
    """Reads the Doc of the collector it adds to."""

    def __init__(self, claims: ClaimCollector):
        super().__init__(claims.cd)
        self.claims = claims

    def verbs(self, sent: Span) -> None:
        for v, kids in self.claims.untaken_verbs(sent):
            lem = v.lemma_.lower()
            if lem in AS_ASIDE_LEMMAS and v.dep_ == "advcl":
                self.as_aside(sent, v, lem, kids)  # an "as" aside; "while 73 percent said the same
            # of Y" is an advcl too, and an answer
            if lem in PRO_FORM_LEMMAS and v.i + 1 < len(self.doc) and self.doc[v.i + 1].tag_ != "VBG":
                self.pro_form_answer(sent, v, lem, kids)
            if lem == "tell" and any(c.dep_ == "auxpass" for c in kids):
                self.told_passive(sent, v, kids)
            if lem in GERUND_REPORT_LEMMAS | GERUND_CLAUSE_LEMMAS and not any(c.cue_i == v.i for c in self.claims.found):
                self.gerund_content(sent, v, lem, kids)

    def add(self, sent: Span, toks: list[Token], cue: str, v: Token, who: Token) -> None:
        sp = self.cd.span_of(toks)
        if sp is None or self.claims.overlaps(sp):
            return
        self.claims.add_attributed(sent, sp, cue, v, who, v.lemma_.lower() in HEDGE_LEMMAS, "asserted")

    def as_aside(self, sent: Span, v: Token, lem: str, kids: list[Token]) -> None:
        """ "As the Post first reported, Y", "Y, as Smith noted": the clause the aside hangs on.
        Not "as he said goodbye" (an object: a time, not a source) nor a passive with no agent."""
        mark = v.left_edge
        if mark.lower_ != "as" or mark.dep_ != "mark" or mark.head.i != v.i:
            return
        # an aside is set off by commas ("But as X noted, Y"): "Y as the opposition warns of
        # cuts" is a time, not a source
        before = self.doc[mark.i - 1] if mark.i > sent.start else None
        last = max(t.i for t in v.subtree if not t.is_punct)
        after = self.doc[last + 1] if last + 1 < sent.end else None
        if before is not None and not (before.is_punct or before.is_space or before.pos_ == "CCONJ") or \
                after is not None and not (after.is_punct or after.is_space):
            return
        objs = [c for c in kids if c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "attr", "oprd")]
        if lem == "put":  # "as one analyst put it, Y": the object is "it", the words Y
            if [c.lower_ for c in objs] != ["it"] or any(c.dep_ in ("prep", "prt") for c in kids):
                return  # (not "as she put it on the table")
        elif objs and lem != "tell":
            return
        if lem == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in kids):
            return  # "as he pointed to the map" is a gesture
        agent = passive_agent(kids)
        who = agent or next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
        if who is None or who.dep_ == "nsubjpass" or who.lower_ in ("it", "that", "this", "which"):
            return
        h = v.head
        # (a sentence whose verb the tagger took for a noun, "as X reported, cases that ... involved
        # Y", hangs the aside on that noun: still the sentence's content when it has a finite verb)
        if h.pos_ not in ("VERB", "AUX") and not (h.dep_ == "ROOT" and h.pos_ in ("NOUN", "PROPN")) or \
                h.i == v.i or self.qidx[h.i] >= 0:
            return
        near = list(self.doc[v.i + 1:min(v.i + 3, sent.end)]) + list(self.doc[max(sent.start, mark.i - 2):mark.i])
        if any(self.qidx[t.i] >= 0 or t.text in QUOTE_CHARS for t in near):
            return  # "as she said, “Y”", "“Y,” as she said": the quotation is hers (quoted_speech.py)
        # (only within the sentence: the closing quote of the paragraph before is not hers)
        # the clause on the far side of the aside from its "as": "And, as X noted, Y" is Y
        lo, hi = v.left_edge.i, v.right_edge.i
        toks = [t for t in self.cd.subtree(h) if (t.i > hi if lo < h.i else t.i < lo)]
        if sum(1 for t in toks if t.is_alpha) < 4 or h.pos_ not in ("VERB", "AUX") and not any(
                t.tag_ in FINITE_TAGS for t in toks):
            return
        self.add(sent, toks, v.text.lower() + (" out" if lem == "point" else " it" if lem == "put" else ""), v, who)

    def told_passive(self, sent: Span, v: Token, kids: list[Token]) -> None:
        """ "the staff were told that the office would close": what was told, by a teller the
        sentence does not name (a report with no named source). Not "was told whether Y"."""
        comp = next((c for c in kids if c.dep_ == "ccomp" and c.i > v.i), None)
        if comp is None or any(c.dep_ == "agent" for c in kids) or \
                not any(c.dep_ == "nsubjpass" for c in kids) or comp.left_edge.lower_ in WH_WORDS:
            return
        sp = self.cd.span_of(self.cd.content_tokens(comp))
        if sp is None or self.claims.overlaps(sp):
            return
        self.claims.add(sent, *sp, cue=v.text.lower(), qtype="reported", cue_i=v.i, hedged=True)

    def gerund_content(self, sent: Span, v: Token, lem: str, kids: list[Token]) -> None:
        """ "reported spending $6 million on ads", "suggested rallying NATO": a gerund object; and
        "said seeing so many police was a relief", where the parse made the gerund subject of
        the content clause the cue's complement (only with that clause)."""
        x = next((c for c in kids if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == v.i + 1), None)
        if x is None or self.qidx[x.i] >= 0:
            return
        if lem not in GERUND_REPORT_LEMMAS and not any(
                c.dep_ == "ccomp" and c.i > x.i and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                for c in x.children):
            return
        toks = self.cd.subtree(x)
        who = self.cd.subject(v)
        if who is None or who.lower_ in ("it", "that", "this") or sum(1 for t in toks if t.is_alpha) < 3:
            return
        self.add(sent, toks, v.text.lower(), v, who)

    def pro_form_answer(self, sent: Span, v: Token, lem: str, kids: list[Token]) -> None:
        """ "half said so", "64 percent said yes", "a third said the same of Y", "Cruz thinks so
        too", "Mook said as much": the answer, as short as printed. Not "if you say so" (a
        condition); a verb of belief only with "so"."""
        # (a contrast is no condition: "while 73 percent said the same of Y")
        if any(c.dep_ == "mark" and c.lower_ not in ("while", "whereas") for c in kids) or v.i + 1 >= len(self.doc):
            return
        nxt = self.doc[v.i + 1]
        if v.i not in (nxt.head.i, nxt.head.head.i) or self.qidx[nxt.i] >= 0:
            return
        who = next((c for c in kids if c.dep_ == "nsubj" and c.i < v.i), None)  # the poll's share
        if who is None or who.lower_ in ("it", "that", "this"):
            return
        toks: list[Token] = []
        after = self.doc[nxt.i + 1] if nxt.i + 1 < len(self.doc) else None
        if lem != "say" and nxt.lower_ != "so":
            return
        if nxt.lower_ in PRO_FORM_ANSWERS and (after is None or after.is_punct or after.pos_ in ("ADP", "CCONJ", "SCONJ",
                                                                                              "ADV")) \
                and (after is None or after.lower_ != "to"):
            toks = [nxt]  # "half said so in December", "75 percent said yes, but ..." (not "said no to the war")
        elif nxt.lower_ == "as" and after is not None and after.lower_ == "much":
            toks = [nxt, after]  # "Mook said as much in an interview"
        elif nxt.lower_ in ("the", "that") and nxt.dep_ in ("dobj", "det"):
            obj = nxt if nxt.dep_ == "dobj" else nxt.head
            same_thing = obj.lower_ == "thing" and any(a.lower_ in PRO_FORM_OBJECTS for a in obj.children)
            if obj.dep_ != "dobj" or obj.head.i != v.i or (
                    obj.lower_ not in PRO_FORM_OBJECTS and obj.lower_ != "that" and not same_thing):
                return
            # "the same of Sanders": the comparison's other term, which the parse may hang on the cue
            prep = next((c for c in kids if c.dep_ == "prep" and c.i == obj.right_edge.i + 1
                         and c.lower_ in ("of", "about", "for")), None)
            if prep is None and obj.lower_ == "that" and obj.right_edge.i == obj.i:
                return  # "he said that": a pointer back, not an answer
            toks = list(obj.subtree) + (list(prep.subtree) if prep is not None else [])
        if toks:
            self.add(sent, toks, v.text.lower(), v, who)
