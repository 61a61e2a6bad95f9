"""Framings with no quote: "the mayor cast the vote as a test of trust", "Roe portrayed the
levy as a tax on the poor", "the party framed the bill as a jobs plan". To cast, portray or
frame a thing as something is to say what it is: PolNeAR annotates the object and its "as"
phrase as what the subject made known. Quoted, evaluation_cues.py takes them; these are the
unquoted ones; "characterized the deal as a win", "voters view her as aloof", "voters see
her as aloof", "Roe regards the pier as a landmark" are read the same, and so are an attack, a
pitch or a naming with an "as" phrase ("knocked the plan as a giveaway", "pitched the levy as a
fix", "named the port as a priority", "pointed to the case as proof"). Only an active verb with
a speaker for subject, not negated, outside quotations, with a noun phrase object after it (or
after its preposition: "pointed to X") and an "as" phrase after that (on the verb or, as the
parse may hang it, on the object). Not a named role ("cast the actor
as Hamlet": a film's casting, no claim), nor "cast their votes for X" (no "as"), nor a past
"saw X as Y" ("the campaign saw the debate as a chance to ..."): the writer's account of a
motive, nor an appointment ("named Ben Ortiz as her deputy": a person named or identified as
something). Runs late, after the quote and speech-verb families: a framing inside a quote or
another claim is theirs."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .claim_collector import ClaimCollector
from .claim_doc import without_trailing_joins
from .lexicon.heads import PERSON_NOUNS
from .lexicon.stances import FRAMING_PREPS, FRAMING_VERBS, PRESENT_FRAMING_VERBS
from .speech_acts import is_speaker

FRAMING_LEMMAS = FRAMING_VERBS | frozenset(FRAMING_PREPS)
# Framings whose person object is an appointment or an identification, not a claim ("named Ben
# Ortiz as her deputy", "identified the man as a suspect")
APPOINTING_LEMMAS = frozenset({"name", "identify"})
# Prepositions whose phrase after the "as" phrase goes with the framing ("cast him as weak on
# trade", "as a friend of the old guard"); others tell the occasion or the audience ("during a
# speech", "in Dover", "to reporters")
TAIL_PREPS = frozenset({"on", "for", "of", "over", "against", "toward", "towards", "with", "about"})
# Named entities that tell when, not what ("as a test of trust on Tuesday")
WHEN_LABELS = frozenset({"DATE", "TIME"})
# Pronouns for things: the object is what the sentence before names ("casting them as evidence"):
# not a content of its own. (Not "him", "herself": a person framed is the framing's point.)
THING_PRONOUNS = frozenset({"it", "them", "this", "that", "these", "those"})


def add_subjects_object(claims: ClaimCollector, v: Token, toks: list[Token],
                        accept: Callable[[Token], bool] | None = is_speaker) -> None:
    """`toks` as what the subject of `v` made known, when it has a subject that `accept` takes
    (by default a speaker: "the ad portrays him as weak" is a text's, read by other families or
    none; None takes any) and no claim has the words."""
    cd = claims.cd
    subj = cd.subject(v)
    if subj is None or subj.dep_ == "expl" or (accept is not None and not accept(subj)):
        return
    sp = cd.span_of(toks)
    if sp is not None and not claims.overlaps(sp):
        claims.add_attributed(cd.sents[cd.sent_of[v.i]], sp, v.text.lower(), v, subj, False, "asserted")


def with_trailing_phrase(v: Token, toks: list[Token]) -> list[Token]:
    """ "see him as an asset [to help the party]", "cast him as weak [on trade]": the clause or
    phrase the parse hung on the verb right after the "as" phrase, with no comma between, goes
    with it; not a clause with a conjunction of its own ("while campaigning", "after she lost")
    nor a phrase of the occasion or audience ("during a speech", "to reporters", "on Tuesday")."""
    end = toks[-1].i
    nxt = next((c for c in v.children if c.left_edge.i == end + 1), None)
    if nxt is None:
        return toks
    if nxt.dep_ == "prep":
        pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if nxt.lower_ not in TAIL_PREPS or pobj is None or pobj.ent_type_ in WHEN_LABELS:
            return toks
    elif nxt.dep_ not in ("xcomp", "advcl") or any(c.dep_ == "mark" for c in nxt.children):
        return toks
    return [t for t in v.sent if toks[0].i <= t.i <= nxt.right_edge.i]


class FramedAsVerbs:
    def __init__(self, claims: ClaimCollector) -> None:
        self.claims, self.cd = claims, claims.cd

    def framings(self) -> None:
        cd, words = self.cd, self.cd.words
        if FRAMING_LEMMAS.isdisjoint(words.lemma) or "as" not in words.lemma:  # cheap: most articles frame nothing so
            return
        for i in [i for i, lem in enumerate(words.lemma) if lem in FRAMING_LEMMAS and words.pos[i] == "VERB"]:
            if cd.qidx[i] >= 0 or i in self.claims.taken_cues():
                # a quote under the verb made it another claim's cue ("portrayed her rival as
                # reckless because he had taken “$200,000”"): the framing is that claim's
                continue
            v = cd.tokens[i]
            toks = self.framing(v)
            if toks is None:
                continue
            longer = with_trailing_phrase(v, toks)
            if longer is not toks:  # the longer content only where no other claim has its words
                sp = cd.span_of(longer)
                if sp is None or self.claims.overlaps(sp):
                    longer = toks
            add_subjects_object(self.claims, v, longer)

    @staticmethod
    def framed(v: Token) -> Token | None:
        """What the verb frames: its object, or the object of its preposition ("pointed to X")."""
        prep = FRAMING_PREPS.get(v.lemma_.lower())
        if prep is None:
            return next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
        p = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == prep and c.i > v.i), None)
        return next((c for c in p.children if c.dep_ == "pobj"), None) if p is not None else None

    @staticmethod
    def framing(v: Token) -> list[Token] | None:
        """The object through its "as" phrase, when the verb is active and not negated."""
        if any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in v.children):
            return None
        if v.tag_ == "VBD" and v.lemma_.lower() in PRESENT_FRAMING_VERBS:
            return None  # "the campaign saw the debate as a chance to ...": a past purpose, told
        obj = FramedAsVerbs.framed(v)
        if obj is None or obj.lower_ in THING_PRONOUNS:
            return None  # "cast them as evidence": what they are, the sentence before says
        if v.lemma_.lower() in APPOINTING_LEMMAS and (obj.ent_type_ == "PERSON" or obj.lemma_.lower() in PERSON_NOUNS):
            return None  # "named Ben Ortiz as her deputy": an appointment
        as_ = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None) or \
            next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if as_ is None:
            return None
        role = next((g for g in as_.children if g.dep_ == "pobj"), None)
        if role is not None and role.pos_ == "PROPN":
            return None  # "cast Jordan as the Human Torch": a named role, a film's casting
        # "cast himself as a change agent and Clinton as a guardian": every pair framed, to the last
        end = max([as_.right_edge.i] + [c.right_edge.i for c in v.children if c.dep_ in ("prep", "conj") and
                                        c.lower_ == "as" and c.i > as_.i])
        return without_trailing_joins([t for t in v.sent if obj.left_edge.i <= t.i <= end])
