"""Nested acts: a content that holds another act of saying, which a family found before it.

"called on Obama to retaliate for the interference -- meddling the congressman said is designed
to sow discord", "criticized Clinton's email use, which an FBI investigation said was careless",
"mocked Carson's story, an event that Carson says led him to Christ": the inner act is a claim of
its own, found first; the outer act's content is what comes before the aside that holds it. A
family that would drop its content for overlapping a claim found before keeps it cut there.
Not the speaker's own aside ("blasted the system, which he said runs the risk of Y"): news
annotators as often keep it in the outer content as apart, so the claim found first stays alone."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .claim_collector import ClaimCollector
from .lexicon.claimants import RELATIVE_PRONOUNS

# a noun the aside describes, hung loosely on the content: "Y, an event that Z says ...", "Y --
# a delay the mayor said ..."
LOOSE_NOUN_DEPS = frozenset({"appos", "npadvmod"})
WORD = re.compile(r"[A-Za-z0-9]+")
MIN_WORDS = 4  # what is left before the aside: a phrase with a head and its words

# how an aside hangs on the content: a relative clause, an apposition, an adverbial clause
ASIDE_DEPS = frozenset({"relcl", "acl", "advcl", "appos", "parataxis"})


def subjectless(cue: Token) -> bool:
    """ "recalled X to point out that Y", "noted reports alleging that Y": an infinitive or a
    participle with no subject of its own, whose act is the outer speaker's (or no one's)."""
    return cue.tag_ in ("VB", "VBG", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)


def complement_clause(t: Token) -> bool:
    """ "amusement that Y did Z", "the question whether Y": a noun's own clause, what it holds."""
    return t.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in t.children)


def aside_of(cue: Token, inside: set[int], first: int) -> Token | None:
    """The aside that holds an inner cue: the nearest clause up the parse that hangs on the
    content as a relative clause, an apposition or an adverbial, with the loose noun it describes
    ("Y, an event that Z says ..."); None when the cue is the content's own verb or its
    complement, or the aside opens the content."""
    t = cue
    while t.dep_ not in ASIDE_DEPS or complement_clause(t):
        if t.head.i == t.i or t.head.i not in inside:
            return None
        t = t.head
    while t.head.i != t.i and t.head.dep_ in LOOSE_NOUN_DEPS and t.head.i in inside:
        t = t.head
    return t if t.left_edge.i > first else None


def before_nested(claims: ClaimCollector, toks: list[Token], sp: tuple[int, int], who: Token) -> tuple[int, int] | None:
    """The content `sp` (of the tokens `toks`, said by `who`) of an act whose content overlaps
    claims found before, cut before the aside that holds another speaker's act. None when a
    claim overlaps it otherwise (its cue outside: the same words read twice), when the act in
    the aside is the speaker's own, when the aside is not the content's end ("whether X, which
    Z said is Y, will W"), when its speaker is the content's own object ("echoing experts who
    say Y": what they say is what is echoed), or when too little is left."""
    doc = claims.doc
    inside = {t.i for t in toks}
    first = min(inside)
    overlapping = [c for c in claims.found if c.start < sp[1] and sp[0] < c.end]
    if any(c.cue_i not in inside or c.start <= sp[0] for c in overlapping):
        return None
    # only the outermost inner acts: one nested in another's content goes with it
    inner = [c for c in overlapping if not any(
        o is not c and o.start <= doc[c.cue_i].idx < o.end for o in overlapping)]
    cut = sp[1]
    for c in inner:
        cue = doc[c.cue_i]
        if subjectless(cue):
            return None
        aside = aside_of(cue, inside, first)
        if aside is None or any(i > aside.right_edge.i and not doc[i].is_punct for i in inside):
            return None
        subj = claims.cd.subject(cue)
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
            return None
        cut = min(cut, aside.left_edge.idx, c.start)
    left = claims.cd.span_of([t for t in toks if t.idx + len(t.text) <= cut])
    if left is None or len(WORD.findall(claims.text[left[0]:left[1]])) < MIN_WORDS:
        return None  # "cited initial analysis": a bare name left, no claim
    name, entity = claims.claimants.speaker_of(who)
    if any((name is not None and c.claimant == name) or (entity is not None and c.claimant_entity == entity)
           for c in inner):
        return None
    return left
