"""Who speaks in a participle after a comma ("..., saying Y", "..., implying Y") when the parse
hung it on a clause other than the one whose subject speaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .claim_doc import ClaimDoc

# Words that open a subordinate clause the parse may hang a trailing participle on:
# "X questioned why Y did not speak, implying Z", "X said after Y won, remarking Z" (not "as"
# or "while": "X asks as a guy walks in, saying Z" is the guy's)
_SUBORDINATE = {"after", "before", "when", "why", "because", "since", "once", "until"}


def trailing_participle_speaker(cd: ClaimDoc, v: Token, h: Token) -> Token | None:
    """The speaker of an adverbial participle v after a comma, hung on h; None when no rule
    here applies (the caller then takes h's subject)."""
    if not (v.dep_ == "advcl" and v.tag_ == "VBG" and cd.after_comma(v) and not any(
            c.dep_ in ("mark", "aux") for c in v.children if c.i < v.i)):
        return None
    # "..., Lewandowski added, saying Y": a tag with a named speaker of its own speaks, even
    # inside another cue's clause
    own = next((c for c in h.children if c.dep_ == "nsubj" and c.i < h.i and c.pos_ == "PROPN"
                and cd.qidx[c.i] < 0), None)
    if own is not None and cd.cue_lemma(h) is not None:
        return own
    # "X argued that Y would help, saying Z": the participle goes with the cue
    cue = cd.cue_of_content(h)
    if cue is not None:
        return cd.subject(cue)
    # "X questioned why Y did not speak, implying Z", "X said ... after Y won, remarking Z":
    # the subordinate clause's subject is not who implies or remarks, when the main verb is a
    # cue or has a name for subject ("The fracas erupted after Trump entered the race, calling
    # them Y" is Trump's)
    top = h
    while top.dep_ in ("advcl", "ccomp") and top.head.pos_ in ("VERB", "AUX") and any(
            c.lower_ in _SUBORDINATE and c.dep_ in ("mark", "advmod") and c.i < top.i for c in top.children):
        top = top.head
    if top is h:
        return None
    who = cd.subject(top)
    return who if who is not None and (cd.cue_lemma(top) is not None or who.pos_ == "PROPN") else None
