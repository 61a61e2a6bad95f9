"""A cue verb inside a relative clause, between the relative word and the rest of the clause:
"the emails, which she said represented all her work", "what many analysts said was a sign of
Y", "which, his advisers believe, would lead to Y". What the speaker said is the relative
clause without the speaker and the cue; the parse reads these in many ways, so they are read
from the words. Read by stranded_speakers.py, after the other verb patterns, on the cue verbs
they left."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import FINITE_TAGS, ClaimDocReader
from .lexicon.cues import HEDGE_LEMMAS

_RELATIVES = {"which", "that", "what", "who", "whom"}
# The words a short subject between the relative word and the cue is made of: "she", "many
# analysts", "his advisers", "the foundation", "Mrs. Clinton".
_SUBJECT_TAGS = {"PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "DT", "JJ", "CD", "POS"}
_STOPS = {";", ":", "—", "–", "--", "(", ")"}


class RelativeCues(ClaimDocReader):
    claims: ClaimCollector

    def relative_cue(self, sent: Span, v: Token) -> bool:
        """Adds the claim of a cue verb that stands inside a relative clause; whether it did."""
        if v.tag_ not in ("VBD", "VBZ", "VBP") or v.i + 1 >= sent.end:
            return False
        j = v.i - 1
        subj_end = j
        while j > sent.start and self.doc[j].tag_ in _SUBJECT_TAGS and subj_end - j < 4:
            j -= 1
        if j == subj_end:
            return False  # no subject between
        aside = self.doc[j].text == ","  # "which, his advisers believe, would"
        rel = self.doc[j - 1] if aside else self.doc[j]
        if rel.lower_ not in _RELATIVES or rel.i < sent.start or rel.tag_ not in ("WDT", "WP", "IN"):
            return False
        start = v.i + 1
        if aside:
            if self.doc[start].text != ",":
                return False
            start += 1
        first = self.doc[start] if start < sent.end else None
        if first is not None and first.tag_ == "RB" and start + 1 < sent.end:
            first = self.doc[start + 1]  # "which it said now allows"
        if first is None or first.tag_ not in FINITE_TAGS:
            return False  # "the book that she said was hers" needs a verb right after the cue
        end = start
        while end < sent.end and self.doc[end].text not in _STOPS and not (
                self.doc[end].text == "," and end + 1 < sent.end and self.doc[end + 1].pos_ == "CCONJ"):
            end += 1
        rest = self.cd.span_of(list(self.doc[start:end]))
        if rest is None or self.claims.overlaps(rest):
            return False
        who = next((c for c in v.children if c.dep_ == "nsubj" and rel.i < c.i < v.i), None) or next(
            (t for t in reversed(self.doc[rel.i + 1:v.i]) if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if who is None or any(self.qidx[t.i] >= 0 for t in (rel, who, v)):
            return False
        head = (rel.idx, rel.idx + len(rel.text))
        self.claims.add_attributed(sent, (head[0], rest[1]), v.text.lower(), v, who, v.lemma_.lower() in HEDGE_LEMMAS,
                                   "asserted", parts=[head, rest])
        return True
