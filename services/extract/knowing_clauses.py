"""Verbs of knowing, learning and hoping with a clause of their own: "Reporters know they're being
spun", "she learned her father had never finished the paperwork", "Democrats hope the ads will
dampen his support". The clause is what the subject knows, learned or hopes: a claim (PolNeAR
annotates these as cognition). Not a question ("knows what he wants"), not "I want them to know
that Y" (no one holds Y yet). And adjectives of certainty and worry with a clause: "aides are
confident the map favors them", "Sanders, convinced that Y, stayed in". Runs after the other verb
families and takes only the verbs they left."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import FINITE_TAGS, SUBJECT_DEPS
from .lexicon.cues import (
    BELIEF_ADJECTIVES,
    BELIEF_ADJECTIVES_HEDGED,
    KNOWING_HEDGED,
    KNOWING_LEMMAS,
    KNOWING_NOT_UNDER,
    WH_WORDS,
)
from .speech_acts import is_speaker
from .token_index import lowered

# The stems of KNOWING_LEMMAS' forms, to pass over the sentences with none before reading their
# verbs (str.find on the lowered text: a regular expression costs more than the family).
_STEMS = ("know", "knew", "learn", "realiz", "realis", "forg", "doubt", "feel", "felt", "hope", "hoping", "worr",
          "agree", " bet ", " bets ", "betting")


def _positions(low: str, words) -> list[int]:
    out = []
    for w in words:
        i = low.find(w)
        while i >= 0:
            out.append(i)
            i = low.find(w, i + 1)
    return sorted(out)


_NOT_HOLDERS = {"DATE", "TIME", "GPE", "LOC", "MONEY", "PERCENT", "QUANTITY", "FAC", "CARDINAL", "ORDINAL"}


def holds_views(t: Token) -> bool:
    """Who can know or hope: a speaker, or any noun that is no place, time or amount ("observers",
    "many of her aides", "Trump" tagged a noun)."""
    if is_speaker(t):
        return True
    if t.pos_ == "PRON":
        return t.lower_ in ("many", "some", "most", "everyone", "everybody", "all", "few", "others")
    return t.pos_ in ("NOUN", "PROPN", "ADJ", "DET") and t.ent_type_ not in _NOT_HOLDERS


class KnowingClauses:
    def __init__(self, claims: ClaimCollector):
        self.claims = claims
        self.cd = claims.cd
        low = lowered(claims.cd.text)
        self.forms = _positions(low, _STEMS)
        self.adjectives = _positions(low, BELIEF_ADJECTIVES)

    def clauses(self, sent: Span) -> None:
        i = bisect_left(self.forms, sent.start_char)
        if i == len(self.forms) or self.forms[i] >= sent.end_char:
            return
        lemma = self.claims.cd.words.lemma  # Token.lemma_.lower(), read from the index
        verbs = [(v, kids) for v, kids in self.claims.untaken_verbs(sent) if lemma[v.i] in KNOWING_LEMMAS]
        if not verbs:
            return
        cues = {c.cue_i for c in self.claims.found}
        for v, kids in verbs:
            comp = next((c for c in kids if c.dep_ == "ccomp" and c.i > v.i), None)
            if comp is None or not self.is_statement(comp):
                continue
            if v.dep_ in ("ccomp", "xcomp") and v.head.lemma_.lower() in KNOWING_NOT_UNDER:
                continue  # "I want them to know that Y": a wish about others, not what they hold
            if v.dep_ == "conj" and v.head.i in cues:
                continue  # "Roe responded that X, and finally felt Y": Y goes on with what she said
            who = self.cd.subject(v)
            if who is None or who.dep_ == "expl" or self.cd.qidx[who.i] >= 0 or not holds_views(who):
                continue
            sp = self.cd.span_of(self.cd.content_tokens(comp))
            if sp is None or self.claims.overlaps(sp):
                continue
            lem = v.lemma_.lower()
            self.claims.add_attributed(sent, sp, v.text.lower(), v, who, lem in KNOWING_HEDGED, "asserted")

    def adjective_clauses(self, sent: Span) -> None:
        """ "aides are confident the map favors them", "Sanders, convinced that Y, stayed in"."""
        i = bisect_left(self.adjectives, sent.start_char)
        while i < len(self.adjectives) and self.adjectives[i] < sent.end_char:
            span = self.cd.doc.char_span(self.adjectives[i], self.adjectives[i] + 1, alignment_mode="expand")
            i += 1
            if span is not None and len(span) and span[0].lower_ in BELIEF_ADJECTIVES:
                self.adjective_clause(sent, span[0])

    def adjective_clause(self, sent: Span, a: Token) -> None:
        comp = next((c for c in a.children if c.dep_ == "ccomp" and c.i > a.i), None)
        if comp is None or self.cd.qidx[a.i] >= 0 or not self.is_statement(comp):
            return
        if any(c.dep_ == "neg" for c in a.children) or a.dep_ == "acomp" and any(
                c.dep_ == "neg" for c in a.head.children):
            return  # "is not convinced that Y": what is doubted, not held
        if a.dep_ == "acomp":
            who = self.cd.subject(a.head)  # "aides are confident Y"
        elif a.dep_ in ("amod", "acl") and a.head.pos_ in ("NOUN", "PROPN"):
            who = a.head  # "Sanders, convinced that Y, ..."
        else:
            who = self.cd.subject(a)
        if who is None or who.dep_ == "expl" or self.cd.qidx[who.i] >= 0 or not holds_views(who):
            return  # "it is certain that Y": no one's view
        sp = self.cd.span_of(self.cd.content_tokens(comp))
        if sp is None or self.claims.overlaps(sp):
            return
        self.claims.add_attributed(sent, sp, a.text.lower(), a, who, a.lower_ in BELIEF_ADJECTIVES_HEDGED, "asserted")

    @staticmethod
    def is_statement(comp: Token) -> bool:
        """A finite clause with a subject of its own, not a question ("whether", "what")."""
        kids = list(comp.children)
        if comp.left_edge.lower_ in WH_WORDS or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in kids):
            return False
        if not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in kids):
            return False
        return comp.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in kids)
