"""Who speaks in a participle after a comma or a dash ("..., saying Y", "... - implying Y") when
the parse hung it on a clause other than the one whose subject speaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon.claimants import SPEAKER_NOUNS
from .lexicon.heads import ORG_NOUNS, PERSON_NOUNS

if TYPE_CHECKING:
    from .claim_doc import ClaimDoc

# Words that open a subordinate clause the parse may hang a trailing participle on:
# "X questioned why Y did not speak, implying Z", "X said after Y won, remarking Z" (not "as"
# or "while": "X asks as a guy walks in, saying Z" is the guy's)
_SHARES = {"percent", "majority", "minority", "half", "third", "quarter", "most", "some", "many", "all",
           "share", "number", "plurality", "dozens", "hundreds", "thousands"}
_DASHES = {"—", "–", "--", "-"}
_SUBORDINATE = {"after", "before", "when", "why", "because", "since", "once", "until"}


def trailing_participle_speaker(cd: ClaimDoc, v: Token, h: Token) -> Token | None:
    """The speaker of an adverbial participle v after a comma, hung on h; None when no rule
    here applies (the caller then takes h's subject)."""
    if not (v.dep_ == "advcl" and v.tag_ == "VBG" and not any(
            c.dep_ in ("mark", "aux") for c in v.children if c.i < v.i)):
        return None
    if not cd.after_comma(v) and not (v.i and cd.doc[v.i - 1].text in _DASHES):
        return object_before(cd, v, h)  # (a dash sets the participle off as a comma does)
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


def object_before(cd: ClaimDoc, v: Token, h: Token) -> Token | None:
    """ "The killings have left 62 percent of voters saying Y", "The talk ended with Maddow asking
    whether Y": with no comma between, the people named right before the participle speak,
    not the subject ("Trump closed the rally saying Y" stays Trump's: a rally is no speaker)."""
    last = cd.doc[v.i - 1]
    if v.text[:1].isupper():  # a headline's capitals: "Gillibrand on Hillary Releasing Her Speeches"
        return None
    if last.pos_ == "PROPN":  # (not a channel: "Sanders was on CNN talking about Y")
        speaks = last.ent_type_ in ("PERSON", "NORP")
    else:
        speaks = last.pos_ == "NOUN" and last.lemma_.lower() in SPEAKER_NOUNS | PERSON_NOUNS | ORG_NOUNS
    if not speaks or last.right_edge.i != last.i:
        return None
    n = last
    while n.dep_ == "pobj" and n.head.lower_ == "of" and (n.head.head.like_num or n.head.head.lemma_.lower() in _SHARES):
        n = n.head.head  # "62 percent of voters", "some of the delegates" (not "an account of Clinton")
    if n.dep_ == "dobj" and n.head.i == h.i or n.dep_ == "pobj" and n.head.head.i == h.i:
        return n
    return None
