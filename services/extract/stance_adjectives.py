"""Stances stated by an adjective with "of": "Senator Roe was sharply critical of the budget",
"farmers are skeptical of the water rules", "the aides who had been so dismissive of the audit".
PolNeAR annotates the "of" phrase as what the subject made known (a stance is known from
words); the subject, a speaker, is the claimant. Only the adjective as complement of "be" or
"remain" with a speaker for subject (not "a book critical of X", "the report was critical of
Y"), not negated, outside quotations (a speaker's own words: the quote is the claim), and not a
lone pronoun for content. Runs after the verb families, beside OmittedMentions: it takes only
what they left."""

from __future__ import annotations

from .claim_collector import ClaimCollector
from .lexicon.cues import REPORT_ADVERBS
from .lexicon.stances import STANCE_ADJECTIVES
from .speech_acts import is_speaker


class StanceAdjectives:
    def __init__(self, claims: ClaimCollector) -> None:
        self.claims, self.cd = claims, claims.cd

    def stances(self) -> None:
        cd = self.cd
        lower, pos = cd.words.lower, cd.words.pos
        if STANCE_ADJECTIVES.isdisjoint(lower):
            return  # cheap: most articles hold none of the adjectives (one set test over the word forms)
        last = len(lower) - 1
        # the adjective right before "of" ("critical of X"; not "critical to X")
        for i in (i for i, w in enumerate(lower) if w in STANCE_ADJECTIVES and i < last and lower[i + 1] == "of"
                  and pos[i] == "ADJ"):
            a = cd.tokens[i]
            if cd.qidx[i] >= 0 or a.dep_ != "acomp" or a.head.lemma_.lower() not in ("be", "remain"):
                continue
            be = a.head
            if any(c.dep_ == "neg" or c.lower_ in REPORT_ADVERBS for c in be.children):
                # "was not critical of X": no stance stated; "has reportedly been critical of X":
                # a report with no named source, the sentence adverbs' (cue_patterns.py)
                continue
            of = next((c for c in a.children if c.dep_ == "prep" and c.i == i + 1), None)
            obj = next((g for g in of.children if g.dep_ in ("pobj", "pcomp")), None) if of is not None else None
            subj = cd.subject(be)
            if obj is None or subj is None or not is_speaker(subj):
                continue
            toks = list(obj.subtree)
            if len(toks) == 1 and toks[0].pos_ == "PRON":
                continue  # "critical of it": what "it" is, the sentence before says
            sp = cd.span_of(toks)
            if sp is None or self.claims.overlaps(sp):
                continue
            # the cue from the auxiliaries to "of": "has long been critical of"
            first = min([c.i for c in be.children if c.dep_ in ("aux", "auxpass") and c.i < be.i] + [be.i])
            cue = cd.doc[first:of.i + 1].text.lower()
            self.claims.add_attributed(cd.sents[cd.sent_of[i]], sp, cue, a, subj, False, "asserted")
