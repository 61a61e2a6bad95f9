"""A content clause whose subject the parse hung on the cue: "said the days when the town had
a paper are gone" read as "said [the days ...] (npadvmod) [are gone] (ccomp)", most often when
the subject is long or holds a relative clause or a quotation. With no subject of its own, the
clause would lose what it is about; the noun phrase right before it, with nothing between, is
that subject."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_doc import SUBJECT_DEPS

# how the parse hangs such a subject on the cue; an indirect object ("told reporters Y") is a
# dative, and "told the mayor that Y" has its "that"
_HUNG_DEPS = ("npadvmod", "dobj")
_NOMINALS = ("NOUN", "PROPN", "NUM")


def subject_hung_on_cue(v: Token, comp: Token) -> list[Token]:
    """The tokens of the noun phrase the parse hung on cue `v` that is the subject of its content
    clause `comp`, or none."""
    if comp.i < v.i or any(g.dep_ in SUBJECT_DEPS or g.dep_ == "expl" or g.dep_ == "mark" and g.lower_ == "that"
                           for g in comp.children):
        return []  # the clause has its subject, or a "that" after the cue's object
    for n in v.children:
        if n.dep_ not in _HUNG_DEPS or n.i < v.i or n.pos_ not in _NOMINALS:
            continue
        # nothing between but a closing quotation mark the parse hung on the cue
        between = v.doc[n.right_edge.i + 1:comp.left_edge.i]
        if n.right_edge.i < comp.left_edge.i and all(t.is_quote and t.head.i == v.i for t in between):
            return list(n.subtree) + list(between)
    return []
