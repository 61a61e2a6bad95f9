"""Stances stated by an adjective or a noun with "of": "Senator Roe was sharply critical of the
budget", "farmers are skeptical of the water rules", "the aides who had been so dismissive of the
audit", "Roe has been a vocal critic of the plan". PolNeAR annotates the "of" phrase as what the
subject made known (a stance is known from words); the subject, a speaker, is the claimant. Only
the adjective or noun as complement of "be" or "remain" with a speaker for subject (not "a book
critical of X", "the report was critical of Y"), not negated, not in an infinitive ("seems to be
a supporter of X": the writer's guess), outside quotations (a speaker's own words: the quote is
the claim), and not a lone pronoun for content; a relative clause after a comma is the writer's
gloss, left out. Runs after the verb families, beside OmittedMentions: it takes only what they
left."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_collector import ClaimCollector
from .lexicon.cues import REPORT_ADVERBS
from .lexicon.stances import STANCE_ADJECTIVES, STANCE_NOUNS
from .speech_acts import is_speaker

_FORMS = STANCE_ADJECTIVES | STANCE_NOUNS


class StatedStances:
    def __init__(self, claims: ClaimCollector) -> None:
        self.claims, self.cd = claims, claims.cd

    def stances(self) -> None:
        cd = self.cd
        lower, pos = cd.words.lower, cd.words.pos
        for i in self.before_of(lower):
            if not (pos[i] == "ADJ" and lower[i] in STANCE_ADJECTIVES or pos[i] == "NOUN" and lower[i] in STANCE_NOUNS):
                continue
            a = cd.tokens[i]
            if cd.qidx[i] >= 0 or a.dep_ not in ("acomp", "attr") or a.head.lemma_.lower() not in ("be", "remain"):
                continue
            be = a.head
            if any(c.dep_ == "neg" or c.lower_ in REPORT_ADVERBS or c.dep_ == "aux" and c.lower_ == "to"
                   for c in be.children):
                # "was not critical of X": no stance stated; "has reportedly been critical of X":
                # a report with no named source, the sentence adverbs' (cue_patterns.py); "seems to
                # be a proponent of X": the writer's guess
                continue
            of = next((c for c in a.children if c.dep_ == "prep" and c.i == i + 1), None)
            obj = next((g for g in of.children if g.dep_ in ("pobj", "pcomp")), None) if of is not None else None
            subj = cd.subject(be)
            if obj is None or subj is None or not is_speaker(subj):
                continue
            toks = self.before_aside(list(obj.subtree))
            if len(toks) == 1 and toks[0].pos_ == "PRON":
                continue  # "critical of it": what "it" is, the sentence before says
            sp = cd.span_of(toks)
            if sp is None or self.claims.overlaps(sp):
                continue
            # the cue from the auxiliaries to "of": "has long been critical of", "is a vocal critic of"
            first = min([c.i for c in be.children if c.dep_ in ("aux", "auxpass") and c.i < be.i] + [be.i])
            cue = cd.doc[first:of.i + 1].text.lower()
            self.claims.add_attributed(cd.sents[cd.sent_of[i]], sp, cue, a, subj, False, "asserted")

    @staticmethod
    def before_of(lower: list[str]) -> list[int]:
        """The stance words right before "of" ("critical of X", "a critic of X"; not "critical to
        X"), in order. Cheap: a set intersection over the word forms, then a search for each form
        found, both in C; most articles hold none of the words."""
        found, last = [], len(lower) - 1
        for form in _FORMS.intersection(lower):
            i = lower.index(form)
            while True:
                if i < last and lower[i + 1] == "of":
                    found.append(i)
                try:
                    i = lower.index(form, i + 1)
                except ValueError:
                    break
        return sorted(found)

    @staticmethod
    def before_aside(toks: list[Token]) -> list[Token]:
        """ "a supporter of Roe v. Wade[, which legalized abortion]": the stance is toward the
        thing named; a relative clause after a comma is the writer's gloss on it."""
        for k, t in enumerate(toks[:-1]):
            nxt = toks[k + 1]
            if t.text == "," and nxt.head.dep_ == "relcl" and nxt.head.left_edge.i == nxt.i:
                return toks[:k]
        return toks
