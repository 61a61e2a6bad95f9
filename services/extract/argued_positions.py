"""Positions argued in words, with the preposition that brings them: "Holder argued for the
plan", "Merkel warned against the forces of hate", "Rubio railed against the moderators for
failing to ask", "he lashed out at the press". What is argued for or against is the content;
the subject, a speaker, is the claimant. Only the verbs the earlier families left ("warned of
X" is SpeechActs'; "warned that Y" the cue verbs'), not in the passive ("he was warned against
it": who warned is not said), and not with quoted words (the quote families' mixed speech).
Runs with the verb families, after them."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .lexicon.cues import CUE_LEMMAS
from .lexicon.positions import POSITION_PREPS, REASON_PREP
from .speech_acts import is_speaker, participle_speaker


class ArguedPositions:
    def __init__(self, claims: ClaimCollector) -> None:
        self.claims, self.cd = claims, claims.cd
        # most sentences hold none of these verbs: the tokens with one of their lemmas, read from
        # the document's token index, are checked before the token walk
        self.hits = [i for i, lem in enumerate(self.cd.words.lemma) if lem in POSITION_PREPS]

    def argued(self, sent: Span) -> None:
        i = bisect_left(self.hits, sent.start)
        if i == len(self.hits) or self.hits[i] >= sent.end:
            return
        for v, kids in self.claims.untaken_verbs(sent):
            preps = POSITION_PREPS.get(v.lemma_.lower())
            if preps is None or any(c.dep_ == "auxpass" for c in kids):
                continue
            prep = self.position_prep(v, kids, preps)
            if prep is None:
                continue
            if v.dep_ == "ccomp" and v.head.lemma_.lower() in CUE_LEMMAS:
                continue  # "Selzer says she warned about surprises": what she says, a later family's
            subj = self.cd.subject(v) or participle_speaker(v)
            if subj is None or not is_speaker(subj):
                continue  # "a series of referenda arguing against X": no speaker
            toks = [t for g in prep.children if g.dep_ in ("pobj", "pcomp") for t in g.subtree]
            # "railed against the judge [for his handling of the case]"
            reason = next((c for c in kids if c.dep_ == "prep" and c.lower_ == REASON_PREP and c.i > prep.i), None)
            if toks and reason is not None and v.lemma_.lower() != "argue":
                toks += [t for t in reason.subtree if t.i > toks[-1].i]
            if any(self.cd.qidx[t.i] >= 0 for t in toks):
                continue  # "warned against the “fevered dreams” of X": mixed speech, quoted_fragments.py
            if len(toks) == 1 and toks[0].pos_ == "PRON":
                continue  # "cautioned against it": what "it" is, the sentence before says
            sp = self.cd.span_of(toks)
            if sp is None or self.claims.overlaps(sp):
                continue
            cue = " ".join([v.lower_] + [c.lower_ for c in kids if c.dep_ == "prt" and c.i < prep.i] + [prep.lower_])
            self.claims.add_attributed(sent, sp, cue, v, subj, False, "asserted")

    @staticmethod
    def position_prep(v: Token, kids: list[Token], preps: frozenset[str]) -> Token | None:
        """The preposition after the verb that brings the position, with its object: on the verb
        or on its particle ("lashed [out] at X")."""
        cands = kids + [g for c in kids if c.dep_ == "prt" for g in c.children]
        return next((c for c in cands if c.dep_ == "prep" and c.lower_ in preps and c.i > v.i and
                     any(g.dep_ in ("pobj", "pcomp") for g in c.children)), None)
