"""Speech in an as-clause: "As Brandt noted, the ferry runs late", "the ferry runs late, as the
Post reported on Tuesday", "as Reyes has pointed out, Y". The cue verb has no complement of its
own: the content is the clause the as-clause hangs on. They run after the other verb patterns
and take only what those left."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import ClaimDoc, ClaimDocReader
from .lexicon.cues import AS_CLAUSE_LEMMAS, HEDGE_LEMMAS
from .speech_acts import is_speaker

# The cue's own words that make the as-clause no report of the main clause: "as he said it
# would", "as she put it" (that names the quote before), "as I told you" (an object).
_OWN_DEPS = ("dobj", "ccomp", "xcomp", "dative", "attr", "oprd", "neg")


class AsClauses(ClaimDocReader):
    def __init__(self, cd: ClaimDoc, claims: ClaimCollector):
        super().__init__(cd)
        self.claims = claims

    def clauses(self, sent: Span) -> None:
        asides = [t for t in sent if t.dep_ == "advcl" and t.pos_ == "VERB" and t.lemma_.lower() in AS_CLAUSE_LEMMAS]
        for v in asides:
            if self.qidx[v.i] >= 0 or any(c.cue_i == v.i for c in self.claims.found):
                continue
            lem = v.lemma_.lower()
            kids = list(v.children)
            mark = next((c for c in kids if c.dep_ == "mark"), None)
            if mark is None or mark.lower_ != "as" or mark.i != v.left_edge.i:
                continue  # "as bad as she said" hangs on an adjective; "as soon as" is time
            if lem == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in kids):
                continue
            if any(c.dep_ in _OWN_DEPS for c in kids):
                continue
            subj = next((c for c in kids if c.dep_ == "nsubj"), None)
            agent = next((c for c in kids if c.dep_ == "agent"), None)
            if subj is None and agent is not None and not any(c.dep_ == "nsubjpass" for c in kids):
                # "As reported by the Times, Y": who reported is the agent
                subj = next((g for g in agent.children if g.dep_ == "pobj"), None)
            if subj is None or subj.lower_ in ("it", "this", "that", "i", "we", "you") or not is_speaker(subj):
                continue  # a first person is the writer's own aside
            if not self.set_off(v):
                continue
            head = v.head
            if head.pos_ not in ("VERB", "AUX") or self.qidx[head.i] >= 0:
                continue
            aside = {t.i for t in v.subtree}
            toks = [t for t in head.subtree if t.i not in aside]
            while toks and (toks[0].is_punct or toks[0].dep_ == "cc" or toks[0].lower_ in ("but", "and", "so")):
                toks = toks[1:]  # "But as Clyburn noted, Y": the conjunction is the writer's
            if sum(1 for t in toks if t.is_alpha) < 4:
                continue
            sp = self.cd.span_of(toks)
            if sp is None or any(c.start < sp[1] and sp[0] < c.end for c in self.claims.found):
                continue
            cue = v.text.lower() + " out" if lem == "point" else v.text.lower()
            self.claims.add_attributed(sent, sp, cue, v, subj, lem in HEDGE_LEMMAS, "asserted")

    def set_off(self, v: Token) -> bool:
        """An aside set off by commas or the sentence's edges, after no quotation: "..., as X
        said, ..." reports; "jabbing her finger as she said" is a time, and "“Y,” as X said" tags
        the quotation (quoted_speech.py)."""
        lo, hi = v.left_edge.i, max(t.i for t in v.subtree if not t.is_punct)
        k = lo - 1
        while k >= 0 and self.doc[k].dep_ == "cc":  # "But as X noted, ..."
            k -= 1
        before = self.doc[k] if k >= 0 else None
        if before is not None and not before.is_space and not self.doc[lo].is_sent_start and \
                before.text not in (",", "(", "—", "–", "-", ";", ":", ".", "!", "?"):
            return False
        if before is not None and before.text == "," and lo >= 2 and self.qidx[lo - 2] >= 0:
            return False
        after = self.doc[hi + 1] if hi + 1 < len(self.doc) else None
        return after is None or after.is_punct

