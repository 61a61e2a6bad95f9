"""Who speaks in an infinitive of saying that the parse hung on a noun: "Roe went out of her
way to say Y", "the judge pointed to an earlier case to say Y", "Lee has a rare chance to show
Y". The parse reads the infinitive as a clause of the noun ("way", "case", "chance"), which has
no subject, so the cue had no speaker and its clause was lost. The speaker is the subject of
the verb the noun hangs on (through its prepositions), when that subject can speak: not "it"
("it is a way to say Y") and not a thing ("the challenge is to acknowledge Y"); and not a giver
("gave her rival a chance to say Y": the rival speaks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .claim_doc import ClaimDoc

# How the noun hangs on its verb: "went out [of his way]", "pointed [to a case]", "has [a chance]".
_NOUN_LINKS = ("pobj", "dobj", "prep")


def noun_infinitive_speaker(cd: ClaimDoc, v: Token) -> Token | None:
    """The speaker of the infinitive v hung on a noun, or None when v is none or no speaker
    stands there."""
    if v.dep_ not in ("relcl", "acl") or v.tag_ != "VB":
        return None
    kids = list(v.children)
    # an infinitive ("to say") with a clause after it: "the way to say it" has no claim
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) or \
            not any(c.dep_ == "ccomp" and c.i > v.i for c in kids):
        return None
    h = v.head
    while h.dep_ in _NOUN_LINKS and h.head.i != h.i:
        h = h.head
    # "gave her rival a chance to say Y": the one given the chance speaks, not the giver
    if h.pos_ not in ("VERB", "AUX") or h.i > v.i or any(c.dep_ == "dative" for c in h.children):
        return None
    from .speech_acts import is_speaker  # (here: speech_acts imports claim_doc, which calls this)

    who = cd.subject(h)
    return who if who is not None and who.lower_ not in ("it", "its") and is_speaker(who) else None
