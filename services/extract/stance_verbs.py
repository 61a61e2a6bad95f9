"""Stances stated by a verb with a noun phrase object: "Senator Roe opposes the new tax", "the
union favors a shorter week", "most members prefer a later vote", "the mayor supports the
plan"; or with the preposition that brings it: "the party campaigned against the toll", "the
judge sided with the city", "we believe in a fair wage" (not "campaigned against Clinton": a race
run against a rival). PolNeAR annotates the object as what the subject made known (a stance is
known from words), with the subject, a speaker, as its claimant; the verb families take these
verbs only with a clause or a quoted object. Only an active verb with a speaker for subject, not
negated, outside quotations (a speaker's own words: the quote is the claim), not a forecast or a
wish ("will oppose", "would prefer", "to oppose"), not in a relative clause ("voters who favor
Y"), and not a lone pronoun for content ("opposes it": what "it" is, the sentence before says).
The cue keeps the preposition ("sided with"). A poll's margin after the object ("Older voters
favored Moss 61 percent to 30 percent") is the poll's count, not what the group favors: cut.
The subject is a speaker, or a share or a kind of people a poll breaks down ("5 percent prefer
Johnson", "female troops preferred Moss": PolNeAR's source is the group); a verb joined to a
forecast or a wish ("will cut the toll and support the plan") shares its mood. Runs last,
after every other family: a stance inside a quote, a transcript line or a document's finding is
theirs ("I support the plan." is the speaker's quote)."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_collector import ClaimCollector
from .lexicon.stances import MARGIN_WORDS, POLLED_GROUPS, STANCE_PREP_VERBS, STANCE_VERBS, UNHELD_AUXILIARIES
from .speech_acts import is_speaker
from .stated_stances import StatedStances

_ANY = STANCE_VERBS | frozenset(STANCE_PREP_VERBS)  # every lemma the family reads


class StanceVerbs:
    def __init__(self, claims: ClaimCollector) -> None:
        self.claims, self.cd = claims, claims.cd

    def stances(self) -> None:
        cd = self.cd
        lemma = cd.words.lemma
        if _ANY.isdisjoint(lemma):  # cheap: most articles state no such stance
            return
        pos = cd.words.pos
        for i in [i for i, lem in enumerate(lemma) if lem in _ANY and pos[i] == "VERB"]:
            if cd.qidx[i] >= 0:
                continue
            v = cd.tokens[i]
            if v.dep_ == "relcl":
                # "voters who favor Clinton", "the bigots who oppose amnesty": the clause picks a
                # group out as often as it reports a stance (4 of 13 on PolNeAR train are not
                # annotated), and the annotators' source there is the bare "who"
                continue
            obj = self.held(v, STANCE_PREP_VERBS.get(lemma[i]))
            if obj is None:
                continue
            if lemma[i] == "campaign" and is_speaker(obj):
                continue  # "campaigns against Clinton": running against a rival, a race more than a stance
            subj = cd.subject(v)
            if subj is None or subj.dep_ == "expl" or not (is_speaker(subj) or self.polled(subj)):
                continue  # "the plan favors the rich": a text or a thing, no stance made known
            sp = cd.span_of(self.without_margin(StatedStances.before_aside(list(obj.subtree))))
            if sp is None or self.claims.overlaps(sp):
                continue
            prep = STANCE_PREP_VERBS.get(lemma[i])
            cue = v.text.lower() + (" " + prep if prep else "")  # "sided with", "campaigned against"
            self.claims.add_attributed(cd.sents[cd.sent_of[i]], sp, cue, v, subj, False, "asserted")

    @staticmethod
    def held(v: Token, prep: str | None) -> Token | None:
        """The noun phrase object (or the object of `prep`) of a stance held and stated: active,
        not negated, not a forecast or a wish, and no clause of its own (the verb families read
        those)."""
        obj = None
        if v.dep_ == "conj" and not any(c.dep_ in ("aux", "nsubj") for c in v.children) and \
                any(c.dep_ == "aux" and (c.lower_ in UNHELD_AUXILIARIES or c.lower_ == "to") for c in v.head.children):
            return None  # "will cut the toll and support the plan", "to approve X and support Y": the first verb's mood holds for both
        for c in v.children:
            dep = c.dep_
            if dep in ("neg", "auxpass", "ccomp", "xcomp") or dep == "aux" and (c.lower_ in UNHELD_AUXILIARIES or c.lower_ == "to"):
                return None
            if prep is None and dep == "dobj" and c.i > v.i and obj is None:
                obj = c
            elif prep is not None and dep == "prep" and c.lower_ == prep and c.i > v.i and obj is None:
                obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
        if obj is None or obj.pos_ == "PRON":
            return None
        return obj

    @staticmethod
    def without_margin(toks: list[Token]) -> list[Token]:
        """The object without a poll margin ending it ("Moss[, 61 percent to 30 percent]"): from
        the first number on, when all that follows is numbers and margin words ("a 5 percent
        raise" keeps its number: a noun follows)."""
        for k in range(1, len(toks)):
            if toks[k].like_num:
                if all(t.like_num or t.is_space or t.lower_ in MARGIN_WORDS for t in toks[k:]) and \
                        any(t.lower_ in MARGIN_WORDS and t.lower_ not in ("to", "-", "–", ",") for t in toks[k:]):
                    while k > 1 and toks[k - 1].text == ",":
                        k -= 1
                    return toks[:k]
                break
        return toks

    @staticmethod
    def polled(subj: Token) -> bool:
        """A share or a kind of people a poll breaks down ("5 percent", "female troops"), not a
        relative pronoun's group ("the vast majority of whom support X": whom the sentence
        before names)."""
        return subj.lemma_.lower() in POLLED_GROUPS and not any(t.lower_ in ("whom", "who", "which") for t in subj.subtree)
