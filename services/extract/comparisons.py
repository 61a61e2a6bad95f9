"""Content compared with what someone said, believed or predicted: "the deficit will be $1.5
billion larger than the budget office had predicted", "his numbers are not as weak as most
insiders believe". The cue stands in a "than" or "as" clause of the sentence it qualifies;
that sentence, without the comparison's clause, is what the speaker said or believed (the
claim the writer measures against). A part of StrandedSpeakers (stranded_speakers.py), run
after its cues, on the cue verbs the other patterns left."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import SUBJECT_DEPS, ClaimDocReader
from .lexicon.cues import COMPARED_LEMMAS, HEDGE_LEMMAS
from .speech_acts import is_speaker


class Comparisons(ClaimDocReader):
    claims: ClaimCollector

    def comparisons(self, sent: Span) -> None:
        for v, kids in self.claims.untaken_verbs(sent):
            if v.dep_ != "advcl" or v.lemma_.lower() not in COMPARED_LEMMAS or \
                    any(c.dep_ in ("ccomp", "dobj", "xcomp", "auxpass") for c in kids):
                continue
            mark = v.left_edge
            if mark.lower_ not in ("than", "as") or mark.dep_ != "mark" or mark.head.i != v.i:
                continue
            if mark.lower_ == "as" and not self.as_much_as(mark):
                continue  # "as X said, Y" is an aside (elided_speech.py), not "as weak as X believes"
            who = next((c for c in kids if c.dep_ in SUBJECT_DEPS), None)
            # any noun: forecasters, analysts and insiders are no names but speak for their trade
            if who is None or not (is_speaker(who) or who.pos_ == "NOUN") or self.qidx[who.i] >= 0:
                continue
            clause = self.clause_of(v)
            if clause is None:
                continue
            toks = [t for t in clause.subtree if not (v.left_edge.i <= t.i <= v.right_edge.i)]
            while toks and (toks[-1].is_punct or toks[-1].is_space):
                toks.pop()
            sp = self.cd.span_of(toks)
            if sp is None or sum(t.is_alpha for t in toks) < 3 or self.claims.overlaps(sp):
                continue
            self.claims.add_attributed(sent, sp, v.text.lower(), v, who, v.lemma_.lower() in HEDGE_LEMMAS, "asserted")

    def as_much_as(self, mark: Token) -> bool:
        """ "[as weak] as": an adjective or adverb with its own "as" right before the mark."""
        prev = self.doc[mark.i - 1] if mark.i > 0 else None
        return prev is not None and prev.pos_ in ("ADJ", "ADV") and any(
            c.lower_ == "as" and c.dep_ == "advmod" for c in prev.children)

    @staticmethod
    def clause_of(v: Token) -> Token | None:
        """The verb of the clause the comparison qualifies: "[was] far lower than X expected"."""
        h = v.head
        while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
            h = h.head
        return h if h.pos_ in ("VERB", "AUX") and h.i != v.i else None
