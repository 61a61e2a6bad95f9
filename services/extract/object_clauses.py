"""Content clauses the parse read as the object of a verb of saying or believing: "the candidate
said families of victims file lawsuits" with "file" tagged as a noun, "aides say the more
delegates he takes, the more leverage he has". The cue has a noun phrase for object and no
clause; what follows it to the end of the cue's phrase is the content. Read by
stranded_speakers.py, after the stranded cues, on the cue verbs the other patterns left."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import FINITE_TAGS, ClaimDocReader
from .lexicon.cues import HEDGE_LEMMAS, OBJECT_CLAUSE_LEMMAS
from .speech_acts import is_speaker


class ObjectClauses(ClaimDocReader):
    claims: ClaimCollector

    def object_clauses(self, sent: Span) -> None:
        for v, kids in self.claims.untaken_verbs(sent):
            lem = v.lemma_.lower()
            if lem not in OBJECT_CLAUSE_LEMMAS or any(c.dep_ in ("ccomp", "xcomp", "auxpass") for c in kids):
                continue
            obj = next((c for c in kids if c.dep_ == "dobj" and c.i > v.i), None)
            if obj is None or obj.pos_ not in ("NOUN", "PROPN") or self.qidx[obj.i] >= 0:
                continue
            who = self.cd.subject(v)
            if who is None or not is_speaker(who) or self.qidx[who.i] >= 0:
                continue
            toks = [t for t in v.subtree if t.i >= obj.left_edge.i]
            while toks and toks[-1].is_punct:
                toks.pop()
            if len(toks) < 3 or not any(self.reads_as_predicate(t, v) for t in toks if t.i > obj.i):
                continue
            sp = self.cd.span_of(toks)
            if sp is None or self.claims.overlaps(sp):
                continue
            self.claims.add_attributed(sent, sp, v.text.lower(), v, who, lem in HEDGE_LEMMAS, "asserted")

    def reads_as_predicate(self, t: Token, v: Token) -> bool:
        """A finite verb of the content's own clause (not of a relative clause in its subject), or
        a noun the parse took for one's object: "[dwarfs] that of the rest", "research [show] that"."""
        if t.tag_ in FINITE_TAGS:
            h = t  # not a verb of a relative clause, nor one joined by "and" ("found X and removed it")
            while h.i != v.i:
                if h.dep_ in ("relcl", "acl", "advcl") or h.dep_ == "conj" and any(c.dep_ == "cc" for c in h.head.children):
                    return False
                h = h.head
            return True
        nxt = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
        return t.tag_ in ("NN", "NNS") and nxt is not None and (nxt.tag_ in ("DT", "PRP$", "PRP") or nxt.lower_ == "that")
