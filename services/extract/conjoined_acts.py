"""Conjoined acts: the speaker's next act of saying, run on from what the first act said
("Clinton has said she wants a safe zone and has expressed support for air strikes"; "urging
voters to see the big picture and promising to manage the upheaval"; "groused that the network
treats him badly before floating the idea that it should pay him"). The parse hangs the second
verb inside the first content, so the first claim runs on over it; PolNeAR gives each act its own
attribution, by the same speaker. A joined verb counts when it takes the first cue's form ("has
said ... and has expressed") and has no subject of its own; a bare verb ("asked her to rise and
say it") belongs to the content. An attempt at saying is an act too ("insists Y and tried to
explain Z"). A refusal ("and refuses to answer questions") ends the content too, but is no claim
(refusals never are). Runs after the pattern families, on what they found."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_candidates import ClaimCandidate
from .claim_collector import ClaimCollector
from .lexicon.cues import (
    ATTEMPT_LEMMAS,
    ATTEMPTED_ACT_LEMMAS,
    CONJOINED_ACT_LEMMAS,
    REFUSAL_LEMMAS,
    SEQUENCE_WORDS,
)

_OWN_SUBJECT = ("nsubj", "nsubjpass", "expl", "csubj")
_PAST = ("VBD", "VBN")


def _form(v: Token) -> tuple[str, str]:
    """The verb's tag and first auxiliary: "has expressed" (VBN, have), "urging" (VBG, none).
    A cue that is another verb's complement ("continues to insist") takes that verb's."""
    while v.dep_ == "xcomp" and v.tag_ == "VB" and v.head.pos_ in ("VERB", "AUX"):
        v = v.head
    aux = next((a.lemma_.lower() for a in v.children if a.dep_ in ("aux", "auxpass") and a.i < v.i), "")
    return v.tag_, aux


def _same_form(v: Token, cue: Token) -> bool:
    """Whether the joined verb takes the cue's form. A past verb with no auxiliary of its own
    goes with a past cue ("has proposed X and signaled Y": the "has" is shared; "suggested X and
    defended Y", the second tagged a participle): the tagger splits VBD and VBN there at random."""
    f, g = _form(v), _form(cue)
    return f == g or (f[0] in _PAST and g[0] in _PAST and not f[1] and g[1] in ("", "have"))


def _act_lemma(v: Token) -> bool:
    """Whether the verb can be the speaker's next act: a verb of saying, or an attempt at one
    ("and tried to explain Y", "and tried to make the case that Y"), not at a deed ("tried to
    fix the road")."""
    lemma = v.lemma_.lower()
    if lemma in CONJOINED_ACT_LEMMAS or lemma in REFUSAL_LEMMAS:
        return True
    if lemma not in ATTEMPT_LEMMAS:
        return False
    return any(k.dep_ == "xcomp" and k.lemma_.lower() in CONJOINED_ACT_LEMMAS | ATTEMPTED_ACT_LEMMAS
               for k in v.children)


def _sequenced(v: Token) -> Token | None:
    """ "before floating the idea", "when commenting on it": a participle of the speaker's
    after a word of time; returns the clause's first word."""
    if v.tag_ != "VBG":
        return None
    if v.dep_ == "pcomp" and v.head.lower_ in SEQUENCE_WORDS:
        return v.head
    mark = next((m for m in v.children if m.dep_ in ("mark", "advmod") and m.i < v.i), None)
    if v.dep_ == "advcl" and mark is not None and mark.lower_ in SEQUENCE_WORDS:
        return mark
    return None


class ConjoinedActs:
    def __init__(self, claims: ClaimCollector):
        self.claims = claims
        self.doc = claims.cd.doc

    def split(self) -> None:
        for c in list(self.claims.found):
            if c.parts or c.quote_type == "direct" or c.claimant is None or not 0 <= c.cue_i < len(self.doc):
                continue
            cue = self.doc[c.cue_i]
            if cue.pos_ != "VERB":
                continue
            act = self._next_act(c, cue)
            if act is not None:
                self._split_at(c, *act)

    def _next_act(self, c: ClaimCandidate, cue: Token) -> tuple[Token, int] | None:
        """The next act's verb and the index of the first word that is no longer the content."""
        toks = self.doc.char_span(c.start, c.end, alignment_mode="expand") or []
        last = next((t for t in reversed(toks) if not t.is_punct), None)
        for v in toks:
            if v.pos_ != "VERB" or v.i <= cue.i or not _act_lemma(v):
                continue
            kids = list(v.children)
            if any(k.dep_ in _OWN_SUBJECT or k.dep_ in ("neg", "auxpass", "agent") for k in kids):
                continue  # "and he praised it" the content trim settles; "did not say" is no claim
            if last is None or v.right_edge.i < last.i:
                continue  # the act must close the content
            first = _sequenced(v)
            if first is not None:
                return v, first.i
            if v.dep_ == "conj" and v.tag_ != "VB" and c.start <= v.head.idx and _same_form(v, cue):
                return v, v.left_edge.i
        return None

    def _split_at(self, c: ClaimCandidate, v: Token, first: int) -> None:
        doc = self.doc
        while first > 0 and (doc[first - 1].dep_ == "cc" or doc[first - 1].text in (",", ";", "-", "—", "--")):
            first -= 1  # ", and"
        body = list(doc[v.i + 1: v.right_edge.i + 1])
        cue = v.text.lower()
        if body and body[0].dep_ in ("prep", "prt") and body[0].lower_ in ("on", "for", "upon"):
            cue = f"{cue} {body.pop(0).lower_}"  # "called on leaders to X": the cue is "called on"
        while body and body[0].is_punct and not body[0].is_quote:
            body.pop(0)
        while body and body[-1].is_punct and not body[-1].is_quote:
            body.pop()
        head_end = doc[first - 1].idx + len(doc[first - 1]) if first > 0 else c.start
        if head_end <= c.start or not body:
            return
        self.claims.respan(c, c.start, head_end)
        if v.lemma_.lower() in REFUSAL_LEMMAS:
            return  # "and refuses to answer questions": the content ends, but a refusal is no claim
        # a pattern may have read the act already, with a claimant from inside the content: this one stands
        self.claims.found[:] = [f for f in self.claims.found if f.cue_i != v.i]
        self.claims.add(c.sent, body[0].idx, body[-1].idx + len(body[-1]), cue=cue, qtype=None,
                        cue_i=v.i, claimant=(c.claimant, c.claimant_entity, c.subj_pronoun))
