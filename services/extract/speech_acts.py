"""Speech acts whose content is an infinitive or an object, not a clause: promises ("vowed to
X"), proposals and demands ("urged Y to X", "called for X", "called on Y to X"), questions
("asked whether X"), accusations and evaluations ("blamed Y for X", "praised Y"), stances stated
("endorsed Y", "touted X"), tellings ("told a joke", "wrote a dissent"). They run after the cue
patterns and take only the cue verbs those left."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import ClaimDoc, ClaimDocReader
from .lexicon.claimants import SPEAKER_NOUNS
from .lexicon.cues import (
    ANONYMITY,
    ATTITUDE_PREPS,
    CALLED_OUT_FORCES,
    CLAIMED_OUTCOMES,
    DIRECTIVE_LEMMAS,
    EVIDENCE_OBJECT_LEMMAS,
    INFINITIVE_CLAIM_LEMMAS,
    LIGHT_VERB_NOUNS,
    NAMED_TELLING_OBJECTS,
    OBJECT_ACT_LEMMAS,
    OBJECT_PROPOSAL_LEMMAS,
    OBJECT_REPORT_LEMMAS,
    OBJECT_TOPIC_LEMMAS,
    OBJECT_TOPIC_NON_CLAIMS,
    OBJECT_TOPIC_TRAILING,
    OCCASION_NOUNS,
    PROMISE_LEMMAS,
    PROPOSAL_LEMMAS,
    QUESTION_LEMMAS,
    QUOTED_OBJECT_LEMMAS,
    REFUSAL_LEMMAS,
    SPEECH_ACT_LEMMAS,
    STANCE_OBJECT_LEMMAS,
    TOPIC_PREPS,
    WH_REPORT_LEMMAS,
    WH_WORDS,
)
from .lexicon.heads import ORG_NOUNS, PERSON_NOUNS
from .lexicon.kinds import EVIDENCE_SOURCES
from .nested_acts import before_nested

OBJECT_DEPS = ("dobj", "dative")
COUNTERFACTUAL_MODALS = {"should", "would", "could", "might", "must"}


def is_speaker(t: Token) -> bool:
    """Who can make a speech act: a name, a personal pronoun, a person or a body."""
    if t.pos_ == "PRON":
        return t.lower_ in ("he", "she", "they", "we", "i", "who", "his", "her", "their", "its", "our", "my")
    if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    lem = t.lemma_.lower()
    return lem in SPEAKER_NOUNS or lem in PERSON_NOUNS or lem in ORG_NOUNS


def infinitive_after(head: Token, toks: list[Token]) -> list[Token]:
    """ "called for a prosecutor [to oversee the inquiry]", "its calls for Silicon Valley [to
    roll back encryption]": the parse hangs the infinitive on the verb, not on the one it is
    asked of. The infinitive clause right after the tokens, or nothing."""
    if not toks:
        return []
    end = max(t.i for t in toks)
    for c in head.children:
        if c.dep_ in ("xcomp", "advcl") and c.left_edge.i == end + 1 and c.left_edge.lower_ == "to" and \
                c.left_edge.dep_ == "aux" and c.left_edge.head.i == c.i:
            return list(c.subtree)
    return []


def participle_speaker(v: Token) -> Token | None:
    """Who makes the act a participle names: "X outstripped his plans by calling for Y", "X
    rebuked him by expressing sympathy": the subject of the verb the preposition hangs on. (Not
    "with X calling for Y", "X, Y and Z all calling for W": as often a description as a claim.)"""
    if v.tag_ != "VBG":
        return None
    h, who = v.head, None
    if v.dep_ == "pcomp" and h.dep_ == "prep" and h.lower_ in ("by", "in", "while", "after", "before") and \
            h.head.pos_ == "VERB" and h.head.lemma_.lower() not in ("have", "be"):
        # not a means named in general: "Congress has three ways: ... by asking prosecutors to X"
        who = next((c for c in h.head.children if c.dep_ == "nsubj"), None)
    return who if who is not None and is_speaker(who) else None  # not "a speech denouncing X"


def clause_after_object(obj: Token, kids: list[Token]) -> list[Token]:
    """ "cited remarks [Trump had made about her as examples of X]": the parse may read a relative
    clause with no "that" as a clause of the verb. That clause, right after the object with a
    subject of its own, and what the parse hung on the verb right after it; or nothing."""
    clause = next((c for c in kids if c.dep_ == "ccomp" and c.left_edge.i == obj.right_edge.i + 1 and
                   not any(g.dep_ == "mark" for g in c.children) and
                   any(g.dep_ == "nsubj" and g.pos_ != "PRON" for g in c.children)), None)
    if clause is None:
        return []
    return list(clause.subtree) + phrases_after(clause, kids, lambda c: not (
        c.is_punct or c.dep_ == "cc" or c.pos_ in ("VERB", "AUX")))


def phrases_after(tok: Token, kids: list[Token], keep: Callable[[Token], bool]) -> list[Token]:
    """The verb's children `kids` that follow `tok`'s phrase one after another, each starting
    right where the one before ends, up to the first that `keep` refuses."""
    toks, end = [], tok.right_edge.i
    for c in sorted((c for c in kids if c.i > end), key=lambda c: c.i):
        if c.left_edge.i != end + 1 or not keep(c):
            break
        toks += list(c.subtree)
        end = c.right_edge.i
    return toks


def passive_agent(kids: list[Token]) -> Token | None:
    """The one named in a passive's "by" phrase among the verb's children `kids` ("was asked
    by a reporter", "was denounced by Roe"), or None."""
    return next((g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def names_occasion(prep: Token) -> bool:
    """ "in a long speech", "during an interview": where the words were said, not what."""
    return prep.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in OCCASION_NOUNS for g in prep.children)


def trailing_phrases(obj: Token, kids: list[Token]) -> list[Token]:
    """ "recalled her opposition [to X]", "recalled her days [as secretary of state advising Y]",
    "recalling the thinking [back when X]": the phrases the parse hung on the verb right after
    the object, one after another, up to a comma, a conjunction or a verb of its own with a
    subject; not a time ("recalled X [on Tuesday]") nor the occasion ("[in a speech]")."""
    return phrases_after(obj, kids, lambda c: not (
        c.is_punct or c.dep_ in ("cc", "conj") or
        c.dep_ not in ("prep", "prt", "advcl", "advmod", "npadvmod", "acl") or
        any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) or
        any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) or names_occasion(c)))


# prepositions that open when, where or how an act took place, not what it was about: "attacked
# Roe [during the debate]", "praised the crew [at times]", "criticized Roe [from the floor]",
# "praised her [in public]", "denounced the deal [in an on-air rant]"
CIRCUMSTANCE_PREPS = {"after", "before", "during", "since", "until", "throughout", "at", "from", "in"}


def trailing_preps(obj: Token, kids: list[Token]) -> list[Token]:
    """ "blamed the closure [on the board]", "criticized Roe [on two fronts]": the prepositional
    phrases the parse hung on the verb right after the object, one after another; not a time, a
    place or the occasion ("[on Tuesday]", "[in a speech]", "[after the debate]")."""
    return phrases_after(obj, kids, lambda c: not (
        c.dep_ != "prep" or c.lower_ in CIRCUMSTANCE_PREPS or names_occasion(c) or
        any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in c.subtree)))


def has_called_for(v: Token, kids: list[Token]) -> bool:
    """ "who’s called for tax hikes": the parse reads "’s" as "is", a passive; with "for" or
    "on" after it, "called" is active ("has called")."""
    return v.lemma_.lower() == "call" and any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in kids) \
        and any(c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "upon") and c.i == v.i + 1 for c in kids) \
        and not any(c.dep_ == "agent" for c in kids)


def counterfactual(v: Token, kids: list[Token]) -> bool:
    """ "should have endorsed him", "would have touted it", "had Clinton endorsed him": an act
    that did not take place (a modal with the perfect, or "had" before the subject)."""
    aux = [c for c in kids if c.dep_ == "aux" and c.i < v.i]
    if any(a.lower_ in COUNTERFACTUAL_MODALS for a in aux) and any(a.lower_ == "have" for a in aux):
        return True
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    return subj is not None and any(a.lower_ == "had" and a.i < subj.i for a in aux)


def called_out(v: Token) -> bool:
    return v.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children)


class SpeechActs(ClaimDocReader):
    def __init__(self, cd: ClaimDoc, claims: ClaimCollector):
        super().__init__(cd)
        self.claims = claims

    def verbs(self, sent: Span) -> None:
        lemma = self.cd.words.lemma
        for v, kids in self.claims.untaken_verbs(sent):
            lem = lemma[v.i]
            if lem not in SPEECH_ACT_LEMMAS:
                continue
            passive = any(c.dep_ == "auxpass" for c in kids)
            if lem == "ask" and (passive or self.asked_of_subject(v)) or lem == "question" and passive:
                # "X was asked whether Y", "Asked about Y, X said", "X was questioned about Y": who
                # asked is untold
                self.question_put(sent, v, kids, passive)
                continue
            if any(c.dep_ == "auxpass" for c in kids) and not has_called_for(v, kids):
                continue
            if v.dep_ == "xcomp" and v.head.lemma_.lower() in REFUSAL_LEMMAS:
                continue  # "declined to comment on X"
            if counterfactual(v, kids):
                continue  # "Clinton should have endorsed me", "had she endorsed him": no act took place
            if v.dep_ == "relcl" and lem in STANCE_OBJECT_LEMMAS:
                continue  # "Graham, who endorsed Bush": background to the sentence as often as a claim
            subj = self.cd.subject(v) or participle_speaker(v)
            if subj is None or subj.lower_ in ("it", "that", "this") or subj.dep_ == "expl":
                continue
            source = v.head if subj.lower_ in ("which", "that") and v.dep_ == "relcl" else subj  # "a poll that shows X"
            if lem in EVIDENCE_OBJECT_LEMMAS and source.lemma_.lower() not in EVIDENCE_SOURCES:
                continue  # "Trump showed his hand": only a poll's or a document's finding
            if (lem in OBJECT_TOPIC_LEMMAS | QUOTED_OBJECT_LEMMAS or called_out(v)) and not is_speaker(subj) and \
                    not (lem in WH_REPORT_LEMMAS and any(c.dep_ == "ccomp" and c.left_edge.lower_ in WH_WORDS
                                                         for c in kids)):
                continue  # "courts dismissed the case", "the movie mentions X": no speech act (but "explain why Y")
            found = self.content(v, lem, kids)
            if found is None:
                continue
            toks, cue = found
            sp = self.cd.span_of(toks)
            if sp is None or sp[1] - sp[0] < 3:
                continue
            if self.claims.overlaps(sp):  # another speaker's act in an aside: cut before it
                sp = before_nested(self.claims, toks, sp, subj)
                if sp is None:
                    continue
            self.claims.add_attributed(sent, sp, cue, v, subj, False, "asserted")

    def question_put(self, sent: Span, v: Token, kids: list[Token], passive: bool) -> None:
        """ "X was asked whether Y", "Asked about the wall, X said ...": the question, or what it
        was about, with no claimant (X was asked; who asked is untold). A passive takes only a
        question: "was asked to resign" is no claim."""
        found = None if passive else self.content(v, "ask", kids)
        toks, cue = found if found is not None else (self.question_clause(v, kids), v.text.lower())
        about = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "about" and c.i > v.i), None)
        if about is None and not passive:
            # "asked at the conference about the merger": the parse hangs "about" on the occasion
            about = next((a for c in kids if c.dep_ == "prep" and c.i > v.i for o in c.children if o.dep_ == "pobj"
                          for a in o.children if a.dep_ == "prep" and a.lower_ == "about"), None)
        if toks is None and about is not None:
            toks, cue = [t for c in about.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree], cue + " about"
            if not any(t.pos_ in ("NOUN", "VERB") for t in toks):
                return  # "Asked about Bianchi, ...": a person, not a matter
        # (not "was asked about her “not yet” remark": the marks are the remark's)
        if passive and toks and not cue.endswith(" about") and any(self.qidx[t.i] >= 0 for t in toks):
            return  # "X was asked, “Would you ...?”": the quotation is direct speech (quoted_speech.py)
        sp = self.cd.span_of(toks) if toks else None
        if sp is None or sp[1] - sp[0] < 3 or self.claims.overlaps(sp):
            return
        # "When asked by a reporter whether Y": the agent put the question, so it is theirs
        asker = passive_agent(kids)
        claimant = self.claims.claimants.claimant_of(asker) if asker is not None else (None, None, False)
        self.claims.add(sent, *sp, cue=cue, qtype=None, cue_i=v.i, claimant=claimant)

    def question_clause(self, v: Token, kids: list[Token]) -> list[Token] | None:
        """The whether-, if- or wh-clause a verb of asking puts, or None."""
        comp = next((c for c in kids if c.dep_ == "ccomp"), None)
        if comp is None:
            # "asked workers if they would vote": the parse makes the question an adverbial
            comp = next((c for c in kids if c.dep_ == "advcl" and c.i > v.i and any(
                m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)), None)
        if comp is None and v.right_edge.i + 1 < len(v.doc):
            # "when I asked Roe if she would run, she smiled": the parse may hang the question on
            # the main verb; it opens right after the cue's words
            nxt = v.doc[v.right_edge.i + 1]
            if nxt.lower_ in ("if", "whether") and nxt.dep_ == "mark" and nxt.head.dep_ == "advcl" and \
                    nxt.head.i > nxt.i and nxt.head.head.i != v.i:
                comp = nxt.head
        if comp is None:
            return None
        marks = [c for c in comp.children if c.dep_ == "mark"]
        if any(m.lower_ in ("whether", "if") for m in marks) or comp.left_edge.lower_ in WH_WORDS:
            return self.cd.subtree(comp)
        return None

    @staticmethod
    def asked_of_subject(v: Token) -> bool:
        """A passive participle clause of asking with no subject of its own: "Asked about X, ..."."""
        # "when asked whether Y": the parse may tag it a past tense (VBD); "when" shows the participle
        return (v.tag_ == "VBN" or v.tag_ == "VBD" and any(c.lower_ == "when" and c.i == v.i - 1 for c in v.children)) \
            and v.dep_ in ("advcl", "acl") and v.lemma_.lower() in QUESTION_LEMMAS and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children)

    @staticmethod
    def framed_as_phrase(obj: Token, kids: list[Token]) -> bool:
        """ "dismissed Roe as an ineffective leader": an "as" phrase after the object."""
        return any(c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for c in kids)

    def for_to_clause(self, v: Token, kids: list[Token]) -> list[Token] | None:
        """ "called for the party to unite": the parse hangs "for ... to unite" on the verb as
        an adverbial clause opened by "for", with its own subject and "to". The clause without
        "for", or None."""
        for c in kids:
            if c.dep_ != "advcl" or c.i < v.i:
                continue
            first = c.left_edge
            if first.lower_ == "for" and first.dep_ == "mark" and first.head.i == c.i and \
                    first.i - v.i <= 2 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                return [t for t in self.cd.subtree(c) if t.i != first.i]
        return None

    def content(self, v: Token, lem: str, kids: list[Token]) -> tuple[list[Token], str] | None:
        """The content tokens and the cue as shown, or None when the verb's frame is not a
        speech act here ("asked for a pay rise" is one; "the attack on" is no verb)."""
        obj = next((c for c in kids if c.dep_ in OBJECT_DEPS), None)
        xcomp = next((c for c in kids if c.dep_ == "xcomp"), None)
        if xcomp is None and lem in PROMISE_LEMMAS:  # "promised Sunday at a rally to end X": the
            # parse may hang the infinitive on the cue as an adverbial
            xcomp = next((c for c in kids if c.dep_ == "advcl" and c.i > v.i and c.tag_ == "VB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        comp = next((c for c in kids if c.dep_ == "ccomp"), None)
        preps = {c.lower_: c for c in kids if c.dep_ == "prep"}
        if lem == "call":
            if called_out(v):  # "called out his rival for X": a rebuke of the object, not a proposal
                if obj is None or obj.dep_ != "dobj" or obj.i < v.i or obj.pos_ == "PRON":
                    return None
                if obj.lemma_.lower() in CALLED_OUT_FORCES:
                    return None  # "called out the National Guard": a deed
                toks = self.cd.subtree(obj) + [t for c in kids if c.dep_ == "prep" and c.i > obj.i and
                                               c.lower_ in ("for", "on", "over", "as") and not any(
                                                   g.ent_type_ in ("DATE", "TIME") for g in c.children)
                                               for t in c.subtree]
                return toks, v.text.lower() + " out"
            if "for" in preps:  # "called for a ban"
                toks = self.cd.subtree(preps["for"])[1:]
                return toks + infinitive_after(v, toks), v.text.lower() + " for"
            clause = self.for_to_clause(v, kids)
            if clause is not None:  # "called for Congress to act": the parse makes it a clause
                return clause, v.text.lower() + " for"
            # not a time before the verb: "On Wednesday the senator called upon X to Y"
            on = next((c for c in kids if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and c.i > v.i), None)
            if on is not None:  # "called on Congress to act", not "called on Wednesday"
                tail = [t for c in on.children for t in c.subtree]
                if xcomp is not None and xcomp.i > on.i:  # the parse may hang "to act" on the verb
                    tail += self.cd.subtree(xcomp)
                if not any(t.lower_ == "to" and t.dep_ == "aux" for t in tail):
                    return None
                return tail, v.text.lower() + " " + on.lower_
            return None
        if lem in WH_REPORT_LEMMAS and comp is not None and comp.i > v.i and comp.left_edge.lower_ in WH_WORDS and \
                not (lem == "tell" and comp.left_edge.lower_ in ("if", "whether")):  # not "time will tell if X"
            return self.cd.subtree(comp), v.text.lower()  # "explained why the polls were wrong"
        for word, verbs in TOPIC_PREPS.items():  # "talked about immigration", "referred to X"
            p = preps.get(word)
            if lem in verbs and p is not None and p.i > v.i:
                topic = [t for c in p.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
                if sum(1 for t in topic if not (t.is_punct or t.is_space)) < 2:
                    return None  # "warns of cuts": a headline's gist more than a claim's content
                if topic[0].lower_ == "behalf":
                    return None  # "testified on behalf of the union": for whom, not of what
                return topic, v.text.lower() + " " + word
        if lem in NAMED_TELLING_OBJECTS and obj is not None and obj.dep_ == "dobj" and obj.i > v.i and \
                obj.lemma_.lower() in NAMED_TELLING_OBJECTS[lem]:
            return self.cd.subtree(obj), v.text.lower()  # "told a joke about X", "wrote a dissent"
        if lem in OBJECT_TOPIC_LEMMAS:
            if obj is None or obj.dep_ != "dobj" or obj.i < v.i or obj.pos_ not in ("NOUN", "PROPN"):
                return None
            # one acknowledges a person or a body with a nod: any speaker object is a greeting
            person = is_speaker(obj) if lem == "acknowledge" else obj.ent_type_ == "PERSON"
            if lem == "voice" and obj.lemma_.lower() in LIGHT_VERB_NOUNS:
                return None  # "voiced concern about X": a light verb's noun, whose topic light_verb_acts.py takes
            if lem in OBJECT_TOPIC_NON_CLAIMS and not self.framed_as_phrase(obj, kids) and (
                    person or obj.lemma_.lower() in PERSON_NOUNS or obj.lemma_.lower() in OBJECT_TOPIC_NON_CLAIMS[lem]):
                return None  # "echoing Mr. Putin", "the judge dismissed the case", "acknowledged the crowd"
            toks = self.cd.subtree(obj)  # "expressed concern [about X]": the parse may hang it on the verb
            if lem in STANCE_OBJECT_LEMMAS:  # "endorsed Trump's campaign, [the latest chapter in X]": the writer's gloss
                gloss = next((a for a in obj.children if a.dep_ == "appos" and a.i > obj.i), None)
                if gloss is not None:
                    toks = [t for t in toks if t.i < gloss.left_edge.i]
            toks += [t for c in kids if c.dep_ == "prep" and c.i == obj.right_edge.i + 1 and not names_occasion(c) and
                     (c.lower_ in ATTITUDE_PREPS or lem == "mention" and c.lower_ == "as") and
                     not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)  # not "[in early June]"
                     for t in c.subtree]
            if lem == "mention":  # "mentioned China as a suspect", "mentioned remarks X had made"
                toks += clause_after_object(obj, kids)
            if lem in OBJECT_TOPIC_TRAILING:
                toks += trailing_phrases(obj, kids)
            return toks, v.text.lower()
        if lem in EVIDENCE_OBJECT_LEMMAS:
            if obj is None or obj.dep_ != "dobj" or obj.i < v.i or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
                return None
            # "shows Smith [with 47 percent]": what the parse hung on the verb after the object
            toks = self.cd.subtree(obj)
            toks += [t for c in kids if c.i > obj.i and c.dep_ in ("prep", "npadvmod", "advcl") for t in c.subtree]
            if obj.pos_ == "PRON" and (obj.lower_ not in ("him", "her", "them") or len(toks) < 3):
                return None  # "polls show him [with a big lead]": a pronoun only with its state
            return toks, v.text.lower()
        if lem in OBJECT_REPORT_LEMMAS and obj is not None and obj.dep_ == "dobj" and obj.i > v.i and \
                obj.pos_ in ("NOUN", "PROPN"):
            # "announced a concert in support of X": the object and what the parse hung on the verb
            # after it, not a coordinated verb or a trailing clause
            toks = self.cd.subtree(obj)
            toks += [t for c in kids if c.i > obj.i and c.dep_ in ("prep", "npadvmod") for t in c.subtree]
            return toks, v.text.lower()
        if lem == "claim" and obj is not None and obj.dep_ == "dobj" and obj.i > v.i and \
                obj.lemma_.lower() in CLAIMED_OUTCOMES:
            # "claimed victory in Ohio", "claimed credit for last week's attack": what is claimed as
            # won or owed, with the phrase the parse hung on the verb right after it, not when it
            # was claimed nor the occasion
            occasion = {t.i for c in obj.children if c.i > obj.i and names_occasion(c) for t in c.subtree}
            toks = self.cd.subtree(obj, occasion)
            after = next((c for c in kids if c.dep_ == "prep" and c.i == obj.right_edge.i + 1), None)
            if after is not None and not names_occasion(after) and not any(
                    g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in after.children):
                toks += list(after.subtree)
            return toks, v.text.lower()
        if lem == "declare" and obj is not None and obj.dep_ == "dobj" and obj.i > v.i and \
                obj.pos_ in ("NOUN", "PROPN") and v.dep_ != "relcl":
            # "declared war on X", "declared his candidacy for mayor" (not "Roe, who declared her
            # allegiance": background to the sentence)
            return self.cd.subtree(obj) + trailing_phrases(obj, kids), v.text.lower()
        if lem in QUESTION_LEMMAS and (question := self.question_clause(v, kids)) is not None:
            return question, v.text.lower()
        if lem in INFINITIVE_CLAIM_LEMMAS and xcomp is not None and xcomp.i > v.i and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in xcomp.children):
            return self.cd.subtree(xcomp), v.text.lower()  # "who claim to represent X"
        if lem in DIRECTIVE_LEMMAS and (obj is None or xcomp is None or not obj.i < xcomp.i):
            return None  # "told reporters Y" is cue_patterns'; only "told his aides to find a way" here
        if lem in PROMISE_LEMMAS | PROPOSAL_LEMMAS | DIRECTIVE_LEMMAS and xcomp is not None and xcomp.i > v.i:
            if xcomp.lemma_.lower() in ANONYMITY or obj is not None and obj.lemma_.lower() in ANONYMITY:
                return None  # "asked not to be named", "requested anonymity to discuss X"
            toks = self.cd.subtree(xcomp)  # "vowed to fight on", "urged them to leave"
            if obj is not None and lem in PROPOSAL_LEMMAS | DIRECTIVE_LEMMAS:
                toks = self.cd.subtree(obj) + toks
            return toks, v.text.lower()
        if lem in PROPOSAL_LEMMAS and lem != "ask" and comp is not None and comp.i > v.i and \
                not comp.left_edge.lower_.startswith("wh"):
            return self.cd.subtree(comp), v.text.lower()  # "demanded (that) the board resign"
        if lem in OBJECT_PROPOSAL_LEMMAS and obj is not None and obj.i > v.i and \
                len(list(obj.subtree)) > 1 and obj.lemma_.lower() not in ANONYMITY:
            return self.cd.subtree(obj), v.text.lower()  # "proposed a tax on sugar"
        if lem in OBJECT_ACT_LEMMAS and obj is not None and obj.i > v.i and obj.pos_ != "PRON" or \
                lem in OBJECT_ACT_LEMMAS and obj is not None and obj.i > v.i and any(
                    p in preps for p in ("for", "of", "as", "over")):
            toks = self.cd.subtree(obj)
            # "mocked Trump's bluster [about Y]", "credited Merkel [with Y]", "criticized the tactics
            # [on display at the convention]": the phrases the parse hung on the verb after the object
            toks += trailing_preps(obj, kids)
            for p in ("for", "of", "as", "over"):
                if p in preps:
                    toks += self.cd.subtree(preps[p])
            if lem == "cite":  # "cited remarks Trump had made about her as examples of X"
                toks += clause_after_object(obj, kids)
            return toks, v.text.lower()
        if lem in QUOTED_OBJECT_LEMMAS and obj is not None and obj.dep_ == "dobj" and obj.i > v.i and \
                any(self.qidx[t.i] >= 0 for t in obj.subtree):
            return self.cd.subtree(obj), v.text.lower()
        return None
