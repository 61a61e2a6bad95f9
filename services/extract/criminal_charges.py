"""Charges brought: "prosecutors charged the officer with murder", "Brazilian police charge the
swimmer with filing a false report". To charge someone with a crime is to claim they did it:
PolNeAR annotates the accused and the charge ("the officer with murder") as what the charging
side asserts. Only the active verb with a subject, an object and a "with" phrase after it (not
"charged $5", "charged into the crowd"), not negated, outside quotations, and only where no
claim has the words. (Not the passive "X was charged with Y": PolNeAR train annotates it as a
report in 7 of 13 cases only.)"""

from __future__ import annotations

from .claim_collector import ClaimCollector
from .claim_doc import without_trailing_joins
from .framed_as_verbs import add_subjects_object


class CriminalCharges:
    def __init__(self, claims: ClaimCollector) -> None:
        self.claims, self.cd = claims, claims.cd

    def charges(self) -> None:
        cd, words = self.cd, self.cd.words
        if "charge" not in words.lemma:  # cheap: most articles charge nobody
            return
        for i in [i for i, lem in enumerate(words.lemma) if lem == "charge" and words.pos[i] == "VERB"]:
            if cd.qidx[i] >= 0:
                continue  # a speaker's own words: the quote is the claim
            v = cd.tokens[i]
            kids = list(v.children)
            if any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in kids):
                continue
            with_ = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "with" and c.i > v.i), None)
            obj = next((c for c in kids if c.dep_ == "dobj" and c.i > v.i), None)
            if with_ is None or obj is None or obj.i > with_.i:
                continue
            toks = cd.tokens[obj.left_edge.i:with_.right_edge.i + 1]
            toks = without_trailing_joins(toks)
            # the charging side need not be a speaker: police and prosecutors charge by their acts
            add_subjects_object(self.claims, v, toks, accept=None)
