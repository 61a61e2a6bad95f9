"""Asides that name the source of the sentence around them, where the parse misread the
sentence: "As the Caller reported, the star “gave $5,000” to the campaign" (the clause's verb
inside a quotation), "Spicer -- as the campaign noted -- even promoted Y" (the aside made the
sentence's root), and a participle aside on the subject, "The plan, first reported by the Post,
is a key element of Y". The content is the sentence outside the aside, its source the aside's
subject or agent. Runs after elided_speech.py (which reads the asides the parse got right) and
takes only the cue verbs the other patterns left."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import FINITE_TAGS, QUOTE_CHARS, ClaimDocReader
from .lexicon.cues import AS_ASIDE_LEMMAS, HEDGE_LEMMAS, PARTICIPLE_ASIDE_LEMMAS

_BOUNDS = {",", "-", "--", "—", "–"}
# "as they say in baseball", "as we think of it": a saying, no source
_GENERIC = {"they", "we", "you", "one", "i"}
# what may follow the cue inside the aside: "noted this week", "reported on Tuesday in a column"
_TAIL_POS = {"ADP", "PROPN", "NOUN", "NUM", "DET", "ADV", "ADJ", "PART"}


def is_bound(t: Token) -> bool:
    """A comma or dash that sets an aside off (not the hyphen of "op-ed")."""
    return t.text in _BOUNDS and t.tag_ != "HYPH" and (t.text != "-" or bool(t.whitespace_))


class SourceAsides(ClaimDocReader):
    """Reads the Doc of the collector it adds to; one claim per aside, with the aside's
    subject (or agent) for its source."""

    def __init__(self, claims: ClaimCollector):
        self.claims = claims  # the collector whose Doc it reads and to which it adds
        super().__init__(claims.cd)

    def asides(self, sent: Span) -> None:
        for v, kids in self.claims.untaken_verbs(sent):
            if v.tag_ == "VBN" and v.dep_ == "acl":  # "The plan, first reported by the Post, is Y"
                if v.lemma_.lower() in PARTICIPLE_ASIDE_LEMMAS:
                    self.participle_aside(sent, v, kids)
            elif v.lemma_.lower() in AS_ASIDE_LEMMAS:  # "As X reported, Y"
                self.as_aside(sent, v, kids)

    def as_aside(self, sent: Span, v: Token, kids: list[Token]) -> None:
        """ "As X reported, Y" read by its words: "as", a subject, the cue, a tail of time or
        place, then a comma or dash (or the sentence's end)."""
        mark = next((c for c in kids if c.dep_ == "mark" and c.lower_ == "as" and c.i < v.i), None)
        who = next((c for c in kids if c.dep_ == "nsubj" and mark is not None and mark.i < c.i < v.i), None)
        if mark is None or who is None or who.lower_ in _GENERIC or v.tag_ not in ("VBD", "VBZ", "VBP"):
            return
        if any(t.pos_ in ("VERB", "AUX") for t in self.doc[mark.i + 1:v.i]):
            return
        # an object makes it a time, not a source ("as Roe said goodbye"), but for "as X put it"
        # and "as X told reporters"
        objs = [c for c in kids if c.dep_ in ("dobj", "dative", "attr", "oprd", "intj", "ccomp", "xcomp", "acomp")]
        if v.lemma_.lower() == "put":
            if [c.lower_ for c in objs] != ["it"]:
                return
        elif objs and v.lemma_.lower() != "tell":
            return
        before = self.doc[mark.i - 1] if mark.i > sent.start else None
        if before is not None and not is_bound(before) and before.pos_ != "CCONJ":
            return
        end = v.i + 1  # the aside's tail: "noted this week", "reported on Tuesday", "points out"
        while end < sent.end and not is_bound(self.doc[end]) and \
                (self.doc[end].pos_ in _TAIL_POS or self.doc[end].dep_ == "prt" or self.doc[end].tag_ == "HYPH") and \
                end < v.i + 9:
            end += 1
        after = self.doc[end] if end < sent.end else None
        if after is not None and not is_bound(after) and after.text not in (".", "!", "?"):
            return  # "told the Associated Press (AP), Y": no clear end to the aside
        if any(self.qidx[t.i] >= 0 for t in self.doc[mark.i:end]):
            return
        near = list(self.doc[end:min(end + 2, sent.end)]) + list(self.doc[max(sent.start, mark.i - 2):mark.i])
        if any(t.text in QUOTE_CHARS for t in near):
            return  # "as she said, “Y”": the quotation is hers (quoted_speech.py)
        lo = mark.i - (1 if before is not None and is_bound(before) else 0)
        hi = end if after is not None and is_bound(after) else end - 1
        left = [t for t in sent if t.i < lo and not t.is_space]
        while left and left[0].pos_ == "CCONJ":  # "But as X noted, Y": the conjunction is no content
            left = left[1:]
        right = [t for t in sent if t.i > hi and not t.is_space]
        self.add_outside(sent, left, right, v, who, lem_hedge=v.lemma_.lower() in HEDGE_LEMMAS)

    def participle_aside(self, sent: Span, v: Token, kids: list[Token]) -> None:
        """ "The plan, first reported by the Post, is Y": an aside on the subject, between commas,
        with "first" or "previously" (a plain "a test announced by Y" is a description)."""
        agent = next((c for c in kids if c.dep_ == "agent"), None)
        who = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if who is None or not any(c.dep_ == "advmod" and c.lower_ in ("first", "previously", "initially")
                                  for c in kids):
            return
        h = v.head
        if h.dep_ not in ("nsubj", "nsubjpass") or h.head.pos_ not in ("VERB", "AUX") or h.i > v.i:
            return
        lo, hi = v.left_edge.i - 1, v.right_edge.i + 1
        if lo < sent.start or hi >= sent.end or not is_bound(self.doc[lo]) or self.doc[hi].text != self.doc[lo].text:
            return
        toks = [t for t in h.head.subtree if not lo <= t.i <= hi and not t.is_space]
        self.add_outside(sent, [t for t in toks if t.i < lo], [t for t in toks if t.i > hi], v, who, False)

    def add_outside(self, sent: Span, left: list[Token], right: list[Token], v: Token, who: Token,
                    lem_hedge: bool) -> None:
        """The sentence on both sides of the aside, when it has a verb of its own and some words."""
        spans = outside_spans(self.claims, left, right)
        if not spans:
            return
        sp = (spans[0][0], spans[-1][1])
        self.claims.add_attributed(sent, sp, v.text.lower(), v, who, lem_hedge, "asserted",
                                   parts=spans if len(spans) > 1 else None)


def outside_spans(claims: ClaimCollector, left: list[Token], right: list[Token]) -> list[tuple[int, int]]:
    """The character spans of the sentence on either side of an aside, when together they have a
    verb of their own and some words and no claim holds them yet (else none)."""
    toks = left + right
    if sum(1 for t in toks if t.is_alpha) < 4 or not any(t.tag_ in FINITE_TAGS for t in toks):
        return []
    spans = [sp for sp in (claims.cd.span_of(left), claims.cd.span_of(right)) if sp is not None]
    return [] if any(claims.overlaps(sp) for sp in spans) else spans
