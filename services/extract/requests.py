"""Requests: "a party activist asked for the delegates' allegiances to be disclosed", "X is
asking for money". What is asked for is the content, a proposal of the speaker. ("Asked about
X" and "asked X whether Y" are SpeechActs.question_put.) Runs after the other verb families and
takes only the verbs they left."""

from __future__ import annotations

from spacy.tokens import Span

from .claim_collector import ClaimCollector
from .lexicon.cues import REQUEST_FOR_LEMMAS
from .speech_acts import infinitive_after, is_speaker, names_occasion, participle_speaker


class Requests:
    def __init__(self, claims: ClaimCollector):
        self.claims = claims
        self.cd = claims.cd  # the parse only: tokens, subjects and spans
        # cheap: most articles ask for nothing, so no sentence's verbs need walking
        self.asking = not REQUEST_FOR_LEMMAS.isdisjoint(claims.cd.words.lemma)

    def asked_for(self, sent: Span) -> None:
        if not self.asking:
            return
        lemma = self.claims.cd.words.lemma  # Token.lemma_.lower(), read from the index
        asks = ((v, kids) for v, kids in self.claims.untaken_verbs(sent) if lemma[v.i] in REQUEST_FOR_LEMMAS)
        for v, kids in asks:
            if any(c.dep_ == "auxpass" for c in kids):
                continue  # "help was asked for": whose request is not said
            if v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
                continue  # "called a donor to ask for money": a purpose, not a request made
            subj = self.cd.subject(v) or participle_speaker(v)
            if subj is None or not (is_speaker(subj) or subj.pos_ == "NOUN"):
                continue  # (a common noun too: "a woman asked for a photo", "the employer asked for proof")
            prep = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "for" and c.i > v.i), None)
            heads = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")] if prep else []
            if not heads or any(g.ent_type_ in ("DATE", "TIME") for g in heads):
                continue  # "asked for years": a time, not a request (but "a sentence of three years")
            # not the occasion: "asked for his position [during an interview]"
            occasion = {t.i for g in heads for c in g.children if names_occasion(c) for t in c.subtree}
            toks = [t for g in heads for t in self.cd.subtree(g, occasion)]
            toks += infinitive_after(v, toks)  # "asked for the votes [to be disclosed]"
            sp = self.cd.span_of(toks)
            if sp is None or self.claims.overlaps(sp):
                continue
            self.claims.add_attributed(sent, sp, f"{v.text.lower()} for", v, subj, False, "asserted")
