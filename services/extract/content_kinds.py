"""The kind a claim's own words give it when its cue does not: "we will cut fares," the mayor said
is a promise, "prices will rise" a prediction, "the city should act" a proposal, "that is simply
not true" a denial, "she is reckless" an evaluation. The cue decides first (lexicon/kinds.py);
only what a plain cue ("said", "told", "according to", a colon) leaves an assertion is read
here, from the main clauses of the first sentence of its content."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_candidates import ClaimCandidate
from .claim_doc import SUBJECT_DEPS, ClaimDoc
from .lexicon.claimants import COLLECTIVE_NOUNS
from .lexicon.heads import ORG_HEADS, ORG_NOUNS
from .lexicon.kinds import (
    BACKSHIFTED,
    BE_FORMS,
    DENIED_SUBJECTS,
    FALSE_WORDS,
    FUTURE,
    LINKING_LEMMAS,
    NOT_DEEDS,
    NOT_ORDERS,
    OBLIGATION,
    OPINION_NOUNS,
    OWN_VIEW_LEMMAS,
    PROSPECT_WORDS,
    SAYING_LEMMAS,
    SELF_QUOTED,
    TRUE_WORDS,
)
from .lexicon.opinion_words import opinion_adjectives

BODIES = ORG_HEADS | ORG_NOUNS | COLLECTIVE_NOUNS  # "the company said it would": "it" is the company


def content_kind(cd: ClaimDoc, c: ClaimCandidate) -> str | None:
    """promise, prediction, proposal, denial, belief or evaluation when the main clauses of the
    content's first sentence say so, else None. A content split around its tag is read from the
    first piece with a verb: "Rising costs, the mayor said, “will hit commuters first.”"."""
    w = cd.words
    for start, end in c.pieces:
        span = cd.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        lo, hi = span.start, span.end
        first = next((i for i in range(lo, hi) if not w.punct[i]), None)
        if first is None:
            continue
        last = min(hi, cd.sents[cd.sent_of[first]].end)  # (the first sentence only: a long quote has many)
        if any(w.lower[i] == "?" for i in range(first, last)):
            return None  # "Will we cut fares?": a question, whatever its verbs
        roots = [r for r in cd.heads_within(lo, hi, last) if not w.punct[r.i]]
        for r in roots:
            for v in (r, *(x for x in r.children if x.dep_ == "conj" and x.pos_ in ("VERB", "AUX"))):
                kind = _clause_kind(cd, c, v, r, first)
                if kind:
                    return kind
        if any(w.pos[r.i] in ("VERB", "AUX") for r in roots):
            return None
    return None


def _form(cd: ClaimDoc, t: Token) -> str:
    return cd.words.lower[t.i].replace("’", "'")


def _is_be(cd: ClaimDoc, v: Token) -> bool:
    """ "is", "was", or a contraction the parse left unlemmatized ("that’s")."""
    return cd.words.lemma[v.i] == "be" or (_form(cd, v) in BE_FORMS and cd.words.pos[v.i] in ("AUX", "VERB"))


def _clause_kind(cd: ClaimDoc, c: ClaimCandidate, v: Token, root: Token, first: int) -> str | None:
    w = cd.words
    kids = list(v.children)
    aux = [x for x in kids if x.dep_ in ("aux", "auxpass")]
    forms = [_form(cd, x) for x in aux]
    perfect = any(w.lemma[x.i] == "have" for x in aux)  # "should have", "would have": looking back
    if w.lemma[v.i] in SAYING_LEMMAS:
        return None  # "I must tell you", "I'll say this": a manner of speaking, no order or pledge
    subj = next((x for x in kids if x.dep_ in SUBJECT_DEPS), None)
    if subj is None and v is not root:
        subj = next((x for x in root.children if x.dep_ in SUBJECT_DEPS), None)
    if w.lemma[v.i] in OWN_VIEW_LEMMAS and v.tag_ == "VBP" and subj is not None \
            and w.lower[subj.i] in SELF_QUOTED and cd.qidx[subj.i] >= 0 and not aux:
        # "I think we should leave": what is thought decides; "I feel he has a plan": a belief
        # (not "I thought it was a bad day": what one once thought, told as a story)
        inner = next((x for x in kids if x.dep_ == "ccomp"), None)
        return (inner is not None and _clause_kind(cd, c, inner, inner, first)) or "belief"
    if any(f in OBLIGATION for f in forms) and not perfect:
        return "proposal"
    if w.lemma[v.i] in ("need", "have") and not aux and any(
            x.dep_ == "xcomp" and any(w.lower[g.i] == "to" for g in x.children) for x in kids) \
            and not any(x.dep_ == "dobj" for x in kids):
        return "proposal"  # "we need to act", "they have to go"
    if _imperative(cd, v, subj, aux, first):
        return "proposal"
    future = any(f in FUTURE for f in forms) or (
        any(f in BACKSHIFTED and cd.qidx[x.i] < 0 for f, x in zip(forms, aux, strict=True)) and not perfect)
    deed = w.lemma[v.i]
    if not future and deed == "go" and w.lower[v.i] == "going" and (
            x := next((x for x in kids if x.dep_ == "xcomp"), None)) is not None:
        future, deed = True, w.lemma[x.i]  # "we are going to build it"
    if future and deed == "have" and any(x.dep_ == "xcomp" for x in kids):
        return None  # "we will have to wait", "I won't have to die": neither pledge nor forecast
    if future:  # a pledge is a deed: "we will build", not "we will be fine" or "he would expect"
        return "promise" if deed not in NOT_DEEDS and _speaks_for(cd, c, subj) else "prediction"
    if w.lemma[v.i] in LINKING_LEMMAS or _is_be(cd, v):
        return _copular_kind(cd, v, kids, subj)
    return None


def _imperative(cd: ClaimDoc, v: Token, subj: Token | None, aux: list[Token], first: int) -> bool:
    """ "Vote them out," she said: a bare verb opening the quotation, with no subject."""
    if subj is not None or aux or v.i != first or cd.qidx[v.i] < 0 or v.tag_ != "VB":
        return False
    lem = cd.words.lemma[v.i]
    if lem == "let":  # "let's go", not "let me be clear" (the parse may hang "'s" on the "go")
        return any(_form(cd, x) in ("us", "'s") for y in (v, *v.children) for x in y.children)
    return lem not in NOT_ORDERS


def _speaks_for(cd: ClaimDoc, c: ClaimCandidate, subj: Token | None) -> bool:
    """The subject is the claimant, or those it speaks for: "I", "we" or "our crews" in its words;
    in reported speech "he" or "she" for one speaker, "they" for several or a body, "it" for a
    company or campaign, or the claimant's own head word ("the council said the council would")."""
    words = (c.claimant or "").lower().split()
    if subj is None or not words:
        return False
    form = cd.words.lower[subj.i]
    if form in SELF_QUOTED:  # (unquoted too: a transcript line, "MAYOR: We will ...")
        return True
    if cd.qidx[subj.i] >= 0:
        return any(cd.words.lower[x.i] in ("our", "my") for x in subj.children)
    head = words[-1]
    several = head in BODIES or head in ("they", "we") or _plural(cd, c, head)
    if form in ("he", "she"):
        return not several  # (not "economists said he would": someone else)
    if form == "they":
        return several or len(words) > 1 and "and" in words
    if form == "it":
        return head in BODIES
    return subj.pos_ in ("PROPN", "NOUN") and form == head


def _plural(cd: ClaimDoc, c: ClaimCandidate, head: str) -> bool:
    """The claimant's head word is a plural noun ("Economists", not "Sanders"), by its tag in the
    claim's sentence, or by its spelling when it is not there."""
    w = cd.words
    for i in range(c.sent.start, c.sent.end):
        if w.lower[i] == head:
            return cd.tokens[i].tag_ in ("NNS", "NNPS")
    return head.endswith("s") and not head.endswith("ss")


def _copular_kind(cd: ClaimDoc, v: Token, kids: list[Token], subj: Token | None) -> str | None:
    """ "the bill is likely to fail": a prediction; "that is simply not true", "the claims are
    baseless": a denial; "she is unstable", "it was a sad day": an evaluation."""
    w = cd.words
    pred = next((x for x in kids if x.dep_ in ("acomp", "attr")), None)
    if pred is None:
        return None
    word = w.lower[pred.i]
    if word in PROSPECT_WORDS and any(x.dep_ == "xcomp" for x in pred.children) and not any(
            w.lower[x.i] in ("more", "less") for x in pred.children):
        return "prediction"  # (not "more likely to vote for her": a comparison, most often a poll's)
    if _denial(cd, v, kids, subj, pred):
        return "denial"
    if _opinion(cd, pred) and not (subj is not None and w.lower[subj.i] in SELF_QUOTED):
        return "evaluation"  # (not "I'm more skilled with my hands": of oneself, a statement)
    return None


def _denial(cd: ClaimDoc, v: Token, kids: list[Token], subj: Token | None, pred: Token) -> bool:
    w = cd.words
    if not _is_be(cd, v) or subj is None or (
            w.lower[subj.i] not in DENIED_SUBJECTS and w.lemma[subj.i] not in DENIED_SUBJECTS):
        return False
    if any(x.dep_ in ("xcomp", "ccomp") for x in (*kids, *pred.children)):
        return False  # "it is not correct to say Y": about saying Y, not a denial of a claim
    negated = any(x.dep_ == "neg" for x in kids) or any(x.dep_ == "neg" for x in pred.children)
    word = w.lower[pred.i]
    return (negated and word in TRUE_WORDS) or (not negated and word in FALSE_WORDS)


def _opinion(cd: ClaimDoc, pred: Token) -> bool:
    """ "she is unstable and reckless", "it was a sad day": the predicate, or an adjective on the
    predicate noun, is a word of opinion."""
    words = opinion_adjectives()
    w = cd.words
    for x in (pred, *(c for c in pred.children if c.dep_ == "conj")):
        if w.pos[x.i] == "ADJ" and (w.lower[x.i] in words or w.lemma[x.i] in words):
            return True
        if w.pos[x.i] == "NOUN" and (w.lemma[x.i] in OPINION_NOUNS or any(
                c.dep_ == "amod" and w.lower[c.i] in words for c in x.children)):
            return True
    return False
