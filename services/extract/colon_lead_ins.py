"""A lead-in that closes a paragraph on a colon, "Hewitt writes:" or "In a speech last July, he
said:", with the words in the next paragraph set off without quote marks (a block quotation).
The next paragraph is what the lead-in's subject said; a claim found inside it first ("I think
Y") is nested in that act and gives way to it (as in transcripts.py). A quoted paragraph is the
quotation's (quoted_speech.py); a paragraph of markup (an embedded tweet) is no text. Runs after
the patterns that read a sentence's own clause."""

from __future__ import annotations

from spacy.tokens import Span

from .claim_collector import ClaimCollector
from .claim_doc import QUOTE_CHARS, ClaimDocReader
from .lexicon.cues import HEDGE_LEMMAS

_MIN_WORDS = 6
# what the lead-in's cue may not have: its own content or object (but for "told reporters:")
_OWN_CONTENT = ("ccomp", "xcomp", "dobj", "neg", "auxpass")


class ColonLeadIns(ClaimDocReader):
    def __init__(self, claims: ClaimCollector):
        super().__init__(claims.cd)
        self.claims = claims

    def lead_ins(self, sent: Span) -> None:
        last = next((t for t in reversed(self.cd.tokens_of(sent)) if not t.is_space), None)
        if last is None or last.text != ":":
            return  # the sentence's tokens gathered only when it ends in a colon
        toks = [t for t in self.cd.tokens_of(sent) if not t.is_space]
        if len(toks) < 3:
            return
        v = toks[-1].head  # "Hewitt writes:", "he told reporters:", "she said in a statement:"
        if v.i >= toks[-1].i or any(t.pos_ in ("VERB", "AUX") for t in self.doc[v.i + 1:toks[-1].i]):
            return
        lem = self.cd.cue_lemma(v)
        if lem is None or v.pos_ != "VERB" or self.qidx[v.i] >= 0 or any(
                c.dep_ in _OWN_CONTENT and not (lem == "tell" and c.dep_ == "dobj") for c in v.children):
            return
        who = self.cd.subject(v)
        if who is None or who.lower_ in ("it", "this", "that") or self.qidx[who.i] >= 0:
            return
        colon_end = toks[-1].idx + 1
        para = next(((s, e) for s, e in self.cd.paragraphs if s >= colon_end), None)
        gap = self.text[colon_end:para[0]] if para is not None else "x"
        if gap.strip() or "\n" not in gap:
            return  # more words after the colon in its own paragraph: not a lead-in
        block = self.text[para[0]:para[1]]
        start = para[0] + len(block) - len(block.lstrip())
        end = para[0] + len(block.rstrip())
        end -= self.text[end - 1] == "."  # the paragraph's full stop, as for a clause
        inner = [c for c in self.claims.found if c.start < end and start < c.end]
        if start >= end or self.text[start] in QUOTE_CHARS or self.text[start] == "<" or \
                len(self.text[start:end].split()) < _MIN_WORDS or any(c.start < start or c.end > end for c in inner):
            return
        for c in inner:  # nested in the lead-in's act
            self.claims.found.remove(c)
        self.claims.add_attributed(sent, (start, end), v.text.lower(), v, who, lem in HEDGE_LEMMAS, "asserted")
