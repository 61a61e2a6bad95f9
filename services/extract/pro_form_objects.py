"""A cue verb whose whole object is a pro-form standing for what was said or believed: "his
rivals never thought so", "top strategists acknowledged as much", "Clinton has often explained this
in the past", "few senators would admit it", "the manual says so", "rivals claim the same". The
pro-form is the content, as short as printed (PolNeAR annotates it so); the subject is the claimant.
Runs after ElidedSpeech, which takes a poll's answers ("half said so", "a third said the same of
Y"): this takes what it leaves, other verbs, pronoun objects and a negated verb of belief ("doesn't
think so", a belief like "does not believe that Y"). Not a negated verb of saying ("couldn't say
that" is no claim), a condition ("if you say so"), "believe it or not", "having said that" (no
subject), "reported it to the police" (a handing over), the first or second person, nor a
title-cased headline."""

from __future__ import annotations

from itertools import compress

from spacy.tokens import Token

from .claim_collector import ClaimCollector
from .lexicon.cues import DENY_LEMMAS, HEDGE_LEMMAS, NEG_RAISING
from .lexicon.pro_forms import (
    NOT_AFTER_SO,
    NOT_SPEAKERS,
    PRO_FORM_CUE_LEMMAS,
    PRO_FORM_PAIRS,
    PRO_FORM_WORDS,
)

_CLAUSE_ENDS = {".", ";", "!", "?", ")"}
_NOT_CONDITIONS = {"if", "unless", "whether"}


class ProFormObjects:
    def __init__(self, claims: ClaimCollector):
        self.claims = claims
        self.cd = claims.cd

    def objects(self) -> None:
        cd, words = self.cd, self.cd.words
        lower, lemma, pos = words.lower, words.lemma, words.pos
        n = len(lower)
        # the cue words are few (one read of the index); then the word after each
        cues = [i for i in compress(range(n), words.cue_word)
                if i + 1 < n and lemma[i] in PRO_FORM_CUE_LEMMAS and pos[i] == "VERB" and cd.qidx[i] < 0
                and (lower[i + 1] in PRO_FORM_WORDS or (lower[i + 1], lower[i + 2] if i + 2 < n else "") in PRO_FORM_PAIRS)]
        if not cues:
            return
        taken = {c.cue_i for c in self.claims.found}
        for i in cues:
            if i not in taken:
                self.pro_form(cd.tokens[i])

    def pro_form(self, v: Token) -> None:
        cd, doc = self.cd, self.cd.doc
        lem = v.lemma_.lower()
        first = doc[v.i + 1]
        if first.text[:1].isupper():
            return  # a title-cased headline ("If Moss Says It, Dockers Believe It") parses too badly to read
        pair = v.i + 2 < len(doc) and (first.lower_, doc[v.i + 2].lower_) in PRO_FORM_PAIRS
        last = doc[v.i + 2] if pair else first
        # the pro-form hangs on the cue ("so" maybe on the adverb after it: "say so publicly");
        # "said so many times" hangs it on "many"
        on_cue = last.head.i == v.i or (last.lower_ == "so" and last.head.head.i == v.i and last.head.pos_ == "ADV")
        if not on_cue or not self.ends_here(first.lower_ if not pair else "pair", lem, last):
            return
        kids = list(v.children)
        negated = any(c.dep_ == "neg" for c in kids)
        if negated and lem not in NEG_RAISING:
            return
        if any(c.dep_ == "mark" and c.lower_ in _NOT_CONDITIONS for c in kids):
            return
        who = self.speaker(v)
        if who is None or who.lower_ in NOT_SPEAKERS:
            return
        sp = cd.span_of([first, last])
        if sp is None or self.claims.overlaps(sp):
            return
        polarity = "denied" if negated or lem in DENY_LEMMAS else "asserted"
        self.claims.add_attributed(cd.sents[cd.sent_of[v.i]], sp, v.text.lower(), v, who, lem in HEDGE_LEMMAS, polarity)

    def ends_here(self, word: str, lem: str, last: Token) -> bool:
        """Whether the pro-form closes what was said: the clause ends after it, or only a
        modifier of the verb follows ("said so publicly", "explained this in the past")."""
        if last.i + 1 >= len(self.cd.doc):
            return True
        nxt = self.cd.doc[last.i + 1]
        if nxt.is_space or nxt.text in _CLAUSE_ENDS:
            return True
        if word == "that":
            return False  # "said that in 2010 Y": the "that" opening a clause
        if lem == "believe" and nxt.lower_ == "or":
            return False  # "believe it or not"
        if word == "so" and nxt.lower_ in NOT_AFTER_SO:
            return False
        if lem == "report" and nxt.lower_ == "to":
            return False  # "reported it to the F.B.I.": handed over, not stated
        if word == "pair" and (last.lower_ != "much" or nxt.lower_ == "as"):
            return False  # "say the same about Y" (elided_speech.py's comparisons), "said as much as $5 million"
        return nxt.is_punct or nxt.pos_ in ("ADP", "ADV", "CCONJ", "SCONJ") or nxt.lower_.endswith("self")

    def speaker(self, v: Token) -> Token | None:
        """The cue's subject, or for an infinitive the subject of the verb it completes, or of the
        verb that one is joined to ("has done nothing to explain this", "made pledges but don't want
        to say so")."""
        who = self.cd.subject(v)
        if who is not None or v.tag_ != "VB" or v.dep_ not in ("xcomp", "acl", "advcl", "relcl"):
            return who
        h = v.head if v.head.pos_ in ("VERB", "AUX") else v.head.head  # "nothing to explain": the noun's verb
        who = self.cd.subject(h)
        if who is None and h.dep_ == "conj":
            who = self.cd.subject(h.head)
        return who
