""""According to X" inside what a speaker says: "The Ledger reported that, according to a review
of the port's records, Y", "Mayor Reyes said on Monday that according to the city's count, Y",
"The Herald reported, according to people at the meeting, Y". The "according to" pattern takes
the whole sentence, the speaker's cue and all, and being the wider find it wins over the
speaker's own claim (or no family found one: the parse hung the cue on Y); but X is the
speaker's source, and news annotation (PolNeAR) keeps only the outermost attribution. So the
speaker's claim stands and the "according to" claim goes, or, where there is none, becomes it:
the cue verb's subject says what follows the phrase.

Only a cue verb with a subject before it, the last verb before the phrase. Left alone:
"according to X" after the statement ("Reyes said the levy would raise $4 million, according to
the Herald"): the reporter's claim (reported_by.py)."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_candidates import ClaimCandidate
from .claim_collector import ClaimCollector

_ACCORDING = "according to"
# what may stand between the cue and the phrase: "said Tuesday morning that", "reported, on Monday,"
_BETWEEN = {"punct", "mark", "npadvmod", "advmod", "compound", "prep", "pobj", "det", "nummod", "amod"}


class NestedAccording:
    def __init__(self, claims: ClaimCollector) -> None:
        self.claims, self.cd, self.doc = claims, claims.cd, claims.cd.doc

    def settle(self) -> None:
        found = self.claims.found
        # cheap: few claims have an "according to" in the middle of their sentence (two parts)
        for a in [c for c in found if c.cue == _ACCORDING and len(c.parts) == 2]:
            v = self.cue_before(a)
            if v is None:
                continue
            if any(o.cue_i == v.i and o is not a for o in found):
                found.remove(a)  # the speaker's claim is there: it stands alone
                continue
            subj = self.cd.subject(v)
            if subj is None or subj.i > v.i or self.cd.qidx[subj.i] >= 0:
                continue
            claimant = self.claims.claimants.claimant_of(subj)
            if claimant[0] is None or claimant[2]:
                continue
            a.claimant, a.claimant_entity, a.subj_pronoun = claimant
            a.cue, a.cue_i = v.text.lower(), v.i
            self.claims.respan(a, *a.parts[1])

    def cue_before(self, a: ClaimCandidate) -> Token | None:
        """The cue verb closing the words before the phrase ("The Ledger reported that"), when it
        is their last verb, with no object or clause after it, and has a subject before it."""
        (_, lo), (hi, _) = a.parts
        if self.cd.text[lo:self.doc[a.cue_i].idx].strip(" ,—–-"):
            return None  # the pieces are no sentence split by the phrase
        left = self.doc.char_span(*a.parts[0], alignment_mode="expand")
        if left is None or any(self.cd.qidx[t.i] >= 0 for t in left):
            return None  # a quote's tag: "“A,” Lee said, according to X. “B”" is X's report
        v = next((t for t in reversed(left) if t.pos_ in ("VERB", "AUX")), None)
        if v is None or self.cd.qidx[v.i] >= 0 or self.cd.cue_lemma(v) is None or \
                any(c.dep_ == "neg" for c in v.children):
            return None  # (a negated cue is no claim: "did not say that, according to X, Y")
        if any(t.dep_ not in _BETWEEN for t in left[v.i - left.start + 1:]):
            return None  # "59 percent view her unfavorably, according to X": the cue has its object
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i for c in v.children) and \
                self.cd.subject(v) is None:
            return None
        return v
