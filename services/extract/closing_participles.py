"""Closing participles: the speaker's next act of saying, as a participle after a comma or a dash
that closes the content ("said her father has been a champion for women and would do the same as
governor, saying that he supports equal pay"; "dismissed the charge that Y - saying Z"; not a dash
inside a quotation, the speaker's own). The parse hung the participle on a verb inside the content
(here "do"), so the content ran on over it; PolNeAR gives each act its own attribution, by the
same speaker. content_trim.py cuts such a participle when it hangs on the content's head, for
the cue verbs it trims; this runs after every family, on what they found. "according to X" is
left whole: a participle there goes on with the report ("the details are in the report, detailing
Y"), not with a speaker's act."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_candidates import ClaimCandidate
from .claim_collector import ClaimCollector
from .lexicon.cues import CUE_LEMMAS, SPEECH_ACT_LEMMAS

_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
# what sets the participle off from the content: a comma, or a dash ("dismissed the charge that Y
# - saying Z")
_BEFORE = {",", "—", "–", "--", "-"}
_MARKS = (", ", "—", "–", "--", " - ")  # (the text check: one of them in the content)


class ClosingParticiples:
    def __init__(self, claims: ClaimCollector):
        self.claims, self.doc = claims, claims.cd.doc

    def split(self) -> None:
        doc = self.doc
        for c in self.claims.undivided_attributed():
            if "ing" not in c.content or not any(m in c.content for m in _MARKS) or c.cue.startswith("according"):
                continue  # (a text check first: most contents hold no participle after a comma)
            cue = doc[c.cue_i]
            if cue.pos_ != "VERB" or c.start < cue.idx:
                continue
            toks = doc.char_span(c.start, c.end, alignment_mode="expand")
            if toks is not None and len(toks) >= 4:
                v = self._closing_act(toks, cue)
                if v is not None:
                    self._split_at(c, toks, v)

    def _closing_act(self, toks: Span, cue: Token) -> Token | None:
        """A participle of saying after a comma, with no subject of its own, that closes the
        content and hangs on a word of it (not on the cue: that one the trim settles)."""
        doc = self.doc
        last = max((t.i for t in toks if not t.is_punct), default=-1)
        for v in toks:
            if v.tag_ != "VBG" or v.dep_ != "advcl" or v.head.i == cue.i or v.left_edge.i != v.i or \
                    v.i <= toks.start + 1 or doc[v.i - 1].text not in _BEFORE or v.right_edge.i < last:
                continue
            if doc[v.i - 1].text != "," and self.claims.qidx[v.i] >= 0:
                continue  # a dash inside a quotation is the speaker's own ("“Y -- promoting Z”")
            lem = v.lemma_.lower()
            if (lem in CUE_LEMMAS or lem in SPEECH_ACT_LEMMAS) and \
                    not any(k.dep_ in _SUBJECTS or k.dep_ == "neg" for k in v.children):
                return v
        return None

    def _split_at(self, c: ClaimCandidate, toks: Span, v: Token) -> None:
        doc = self.doc
        body = list(doc[v.i + 1: v.right_edge.i + 1])
        while body and body[0].is_punct and not body[0].is_quote:
            body.pop(0)
        while body and body[-1].is_punct and not body[-1].is_quote:
            body.pop()
        end = v.i - 2  # the word before ", saying"
        while end > toks.start and doc[end].is_punct and not doc[end].is_quote:
            end -= 1
        if not body or end <= toks.start:
            return
        self.claims.respan(c, c.start, doc[end].idx + len(doc[end]))
        if not any(f.cue_i == v.i for f in self.claims.found):
            self.claims.add(c.sent, body[0].idx, body[-1].idx + len(body[-1]), cue=v.text.lower(), qtype=None,
                            cue_i=v.i, claimant=(c.claimant, c.claimant_entity, c.subj_pronoun))
