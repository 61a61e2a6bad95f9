"""Comparisons a speaker makes: "the senator likened the deal to a surrender", "Roe compared the
levy to a tax on the poor", "the mayor compared the plan with the last one". To liken or compare
one thing to another is to judge it: PolNeAR annotates the object with its "to" phrase as what
the subject made known. Only an active verb, not negated, with a speaker for subject, a noun
phrase object after it and a "to" (or "with") phrase after that, on the verb or on the object.
Not the preposition ("sales rose 3 percent compared with last year": no subject, no object), not
a purpose ("lawmakers want to compare her answers with Y"), not a text ("a report compares the
surveys to the census": no speaker), not "compared notes with" (a talk, no judgement), not a
thing's pronoun ("likened it to a surrender": what "it" is, the sentence before says), and the
object must follow the verb (so not "the airport, which Roe likened to a bus depot": the thing is
the clause's head). A phrase on the verb right after the
"to" phrase goes with it ("compared her plight to his during the 2000 race"); an aside after a
comma or a dash does not ("to the BBC, which ..."). Runs with the
framings (framed_as_verbs.py), late, after the quote and speech-verb families: a comparison quoted is theirs, and one
that leads in to a participle's claim ("compared himself to Roe, saying Y") is that claim's frame."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_collector import ClaimCollector
from .claim_doc import without_trailing_joins
from .dashed_asides import DashedAsides
from .framed_as_verbs import THING_PRONOUNS, add_subjects_object
from .lexicon.stances import LIKENING_VERBS

# the prepositions that name what the object is likened to
LIKENED_TO = frozenset({"to", "with"})


class Likenings:
    def __init__(self, claims: ClaimCollector) -> None:
        self.claims, self.cd = claims, claims.cd

    def comparisons(self) -> None:
        words = self.cd.words
        if LIKENING_VERBS.isdisjoint(words.lemma):  # cheap: most articles liken nothing
            return
        taken = self.claims.taken_cues()
        for i in [i for i, lem in enumerate(words.lemma) if lem in LIKENING_VERBS and words.pos[i] == "VERB"]:
            if self.cd.qidx[i] >= 0 or i in taken:
                continue  # inside a quote, or another claim's cue: theirs
            v = self.cd.tokens[i]
            if any(c.dep_ == "advcl" and c.i in taken for c in v.children):
                continue  # "compared himself to Roe, saying Y": the comparison leads in to what was said
            toks = self.likening(v)
            if toks is not None:
                add_subjects_object(self.claims, v, toks)

    @staticmethod
    def likening(v: Token) -> list[Token] | None:
        """The object through its "to" phrase (and a phrase on the verb right after it), when the
        verb is active, not negated and no purpose."""
        if any(c.dep_ in ("neg", "auxpass", "nsubjpass") or (c.dep_ == "aux" and c.lower_ == "to")
               for c in v.children):
            return None
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
        if obj is None or obj.lower_ in THING_PRONOUNS or obj.lemma_.lower() == "note":
            return None  # "likened it to ...": the sentence before says what; "compared notes with": a talk
        to = next((c for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ in LIKENED_TO and
                   c.i > obj.i), None) or \
            next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in LIKENED_TO), None)
        if to is None or not any(c.dep_ in ("pobj", "pcomp") for c in to.children):
            return None
        end = to.right_edge.i
        nxt = next((c for c in v.children if c.dep_ == "prep" and c.left_edge.i == end + 1), None)
        if nxt is not None:
            end = nxt.right_edge.i
        # "to the BBC, which gets public money", "to “a coup” - a charge that stung": the writer's
        # aside on what it is likened to, set off by a comma or a dash, is no part of the comparison
        aside = min([a.left_edge.i - 1 for a in to.subtree if a.dep_ in ("relcl", "appos") and
                     a.doc[a.left_edge.i - 1].is_punct] + [t.i for t in to.subtree if DashedAsides.dash(t)],
                    default=end + 1)
        end = min(end, aside - 1)
        return without_trailing_joins([t for t in v.sent if obj.left_edge.i <= t.i <= end])
