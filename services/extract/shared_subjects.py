"""Cue verbs that share the subject of the predicate before them: "Kasich offered the man a
job, then says he'll welcome advice", "He pledged to create jobs, suggested that the rate is
higher". The parse read the first predicate as a clause (or adverbial) of the cue, so the cue
has no subject; the subject of that first predicate is the speaker. One more place a stranded
cue's speaker may stand (stranded_speakers.py)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_doc import SUBJECT_DEPS, ClaimDocReader

# What may stand between the first predicate's comma and the cue: "..., then says",
# "..., and later said", "“silver standard,” says".
_BETWEEN = {",", "then", "and", "later", "also", "”", "’", "''", '"'}
_NOT_SPEAKERS = {"it", "that", "this", "there", "which", "who", "what", "these", "those"}


class SharedSubjects(ClaimDocReader):
    def first_subject(self, sent: Span, v: Token, comp: Token) -> Token | None:
        """The subject of the predicate the sentence opens with, when the parse hung that
        predicate on the cue (or on the verb the cue is conjoined to) and only a comma, "then"
        or "and" stand between it and the cue's predicate."""
        if sum(c.dep_ in SUBJECT_DEPS for c in comp.children) != 1:
            return None  # "..., said a former aide, Roe, who ... Smith helped form": an inverted tag
        h = v
        while h.dep_ == "conj" and h.head.i < h.i and h.head.pos_ == "VERB":
            h = h.head  # "summed up Y, denounced Z and said W": the chain's first verb
            if any(c.dep_ in SUBJECT_DEPS for c in h.children):
                return None  # a subject of its own: the parse's cue patterns had it
        if h.dep_ != "ROOT" or h.tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        left = next((c for c in h.children if c.dep_ in ("ccomp", "advcl") and c.right_edge.i < h.i), None)
        if left is None or left.pos_ not in ("VERB", "AUX") or self.qidx[left.i] >= 0:
            return None
        gap = self.doc[left.right_edge.i + 1:h.i]
        comma = left.right_edge.text == "," or any(t.text == "," for t in gap)  # the parse may give it either
        if not comma or any(t.lower_ not in _BETWEEN and not t.is_space for t in gap):
            return None
        if any(c.dep_ == "mark" for c in left.children):
            return None  # "When he arrived, said Y": an opening clause, not the speaker's predicate
        s = next((c for c in left.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < left.i), None)
        if s is None or s.pos_ not in ("PROPN", "NOUN", "PRON") or s.lower_ in _NOT_SPEAKERS or self.qidx[s.i] >= 0:
            return None
        first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        if first is None or s.left_edge.i != first.i:
            return None  # the subject opens the sentence: "Kasich offered ..., then says"
        return s
