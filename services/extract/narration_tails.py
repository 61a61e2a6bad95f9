"""Narration tails: the writer's next clause, with a subject of its own, that the parse hung on a
content ("growers said the tariffs are hurting their farms, and those growers backed the
challenger"). A clause in the cue's tense and not the content's tells the story on rather than
reporting what was said, so the content ends before it. (content_trim.py settles the same shape
for the cue verbs it trims, with "he / she / they" or no subject; this runs after every family,
on what they found.) A clause with a "that" of its own is a second thing said ("says X and that
Y"), and a content before its cue ("X, and Y, he says") is the speaker's throughout: both stay
whole."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_collector import ClaimCollector
from .content_trim import _tense_of  # past / present by the first auxiliary, None for a modal

_SUBJECTS = ("nsubj", "nsubjpass", "expl")


class NarrationTails:
    def __init__(self, claims: ClaimCollector):
        self.claims, self.doc = claims, claims.cd.doc

    def cut(self) -> None:
        doc = self.doc
        for c in self.claims.found:
            if c.parts or c.quote_type == "direct" or not 0 <= c.cue_i < len(doc) or \
                    (" and " not in c.content and " but " not in c.content):
                continue  # (a text check first: most contents have no joined clause at all)
            cue = doc[c.cue_i]
            if cue.pos_ != "VERB" or c.start < cue.idx or _tense_of(cue) is None:
                continue
            toks = doc.char_span(c.start, c.end, alignment_mode="expand")
            if toks is not None and len(toks) >= 4:
                end = self._tail_start(toks, cue)
                if end is not None:
                    self.claims.respan(c, c.start, doc[end].idx + len(doc[end]))

    def _tail_start(self, toks, cue: Token) -> int | None:
        """The content's last word before a narrated clause joined to its head, if any."""
        doc = self.doc
        heads = [t for t in toks if not toks.start <= t.head.i < toks.end or t.head.i == t.i]
        if len(heads) != 1:
            return None
        comp = heads[0]
        ct, mt = _tense_of(cue), _tense_of(comp)
        last = max((t.i for t in toks if not t.is_punct), default=-1)
        if comp.i < cue.i or mt is None or mt == ct:
            return None
        for k in comp.children:
            if k.dep_ != "conj" or k.i < comp.i or k.pos_ not in ("VERB", "AUX") or k.right_edge.i < last:
                continue
            subj = next((g for g in k.children if g.dep_ in _SUBJECTS and g.i < k.i), None)
            if subj is None or _tense_of(k) != ct or any(g.dep_ == "mark" for g in k.children):
                continue
            first = subj.left_edge.i
            cc = next((g for g in comp.children if g.dep_ == "cc" and first - 2 <= g.i < first and
                       g.lower_ in ("and", "but")), None)
            if cc is None:
                return None
            end = cc.i - 1
            while end > toks.start and doc[end].is_punct and not doc[end].is_quote:
                end -= 1
            return end if end > toks.start else None
        return None
