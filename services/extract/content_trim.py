"""Where a content clause ends: the parse often hangs the speaker's own next act on the content
("said he would run, calling it a duty"; "said the plan was sound, and he praised its author").
Those words are the speaker's, not what was said."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon.cues import CUE_LEMMAS, EVALUATION_LEMMAS, SPEECH_ACT_LEMMAS
from .lexicon.kinds import EVIDENCE_SOURCES

_SPEAKER_PRONOUNS = {"he", "she", "they"}
_FIGURE_CUES = {"estimate", "report", "find", "show", "project", "calculate", "forecast"}


def speaker_asides(comp: Token, cue: Token, lower: list[str]) -> set[int]:
    """Token indices of the clause's trailing parts that belong to the speaker: a participle of
    saying after a comma ("..., adding that ..."), a clause of the speaker's own after
    ", and he ..." when it has the cue's tense, the speaker's next verb of saying or judging
    ("... and criticized him") or any predicate in the cue's tense and not the content's,
    another speaker's clause after "while", and a closing ", who ..." clause. `lower`: the Doc's
    lowercased words by token index."""
    skip: set[int] = set()
    for c in comp.children:
        if c.i < comp.i:
            continue
        if c.dep_ == "advcl":  # (the participle's lemma read only for an adverbial clause)
            lem = c.lemma_.lower()
            aside = c.tag_ == "VBG" and (lem in CUE_LEMMAS or lem in SPEECH_ACT_LEMMAS) and _after_comma_or_mark(c)
            if aside or _contrasted_speaker(c) or _speakers_concession(c, cue):
                skip.update(t.i for t in c.subtree)
        elif c.dep_ == "conj" and c.tag_ == cue.tag_ and c.tag_ in ("VBD", "VBZ") and \
                _speakers_own_act(c, comp):
            skip.update(t.i for t in c.subtree)
            skip.update(g.i for g in comp.children if g.dep_ == "cc" and c.i - 3 < g.i < c.i)
        elif c.dep_ == "conj" and _tense_of(c) == _tense_of(cue) != _tense_of(comp) and \
                not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
            # "insists the party must be a party of ideas, and has championed cuts": a predicate
            # with no subject, in the cue's tense and not the content's, is the speaker's next act
            skip.update(t.i for t in c.subtree)
            skip.update(g.i for g in comp.children if g.dep_ in ("cc", "punct") and c.i - 3 < g.i < c.i)
        elif c.dep_ == "conj" and c.tag_ == cue.tag_ and c.tag_ in ("VBD", "VBZ"):
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ in _SPEAKER_PRONOUNS and _after_comma_and(c, subj):
                skip.update(t.i for t in c.subtree)
                skip.update(g.i for g in comp.children if g.dep_ in ("cc", "punct") and
                            subj.left_edge.i - 3 < g.i < subj.i)
    skip.update(_closing_relative_clause(comp, lower))
    skip.update(_second_participle_act(comp, cue))
    skip.update(_another_sources_report(comp))
    return skip


def _another_sources_report(comp: Token) -> set[int]:
    """ "said the charge would be dropped after prosecutors found Y": a closing time clause whose
    verb is another named source's cue is that source's claim, not the speaker's words."""
    for c in comp.children:
        if c.dep_ != "advcl" or c.i < comp.i:
            continue  # (the subject looked for only under a closing adverbial clause)
        subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if c.right_edge.i >= comp.right_edge.i - 1 and \
                c.lemma_.lower() in CUE_LEMMAS and c.pos_ == "VERB" and subj is not None and \
                subj.pos_ in ("NOUN", "PROPN") and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("after", "when", "before", "until")
                                                       for m in c.children):
            return {t.i for t in c.subtree}
    return set()


def _second_participle_act(comp: Token, cue: Token) -> set[int]:
    """ "..., saying the plan was sound and chiding the press for Y": after a participle cue, a
    participle of saying or judging conjoined inside the content, with no subject of its own, is
    the speaker's next act in the same form (the parse hung it on a verb of the content)."""
    if cue.tag_ != "VBG":
        return set()
    for k in comp.subtree:
        lem = k.lemma_.lower()
        if k.dep_ == "conj" and k.tag_ == "VBG" and k.i > comp.i and k.head.i != cue.i and \
                (lem in CUE_LEMMAS or lem in SPEECH_ACT_LEMMAS or lem in EVALUATION_LEMMAS) and \
                not any(g.dep_ in ("nsubj", "nsubjpass") for g in k.children):
            lead = {g.i for g in k.head.children if g.dep_ in ("cc", "punct") and k.left_edge.i - 3 < g.i < k.i}
            return {t.i for t in k.subtree} | lead
    return set()


def _closing_relative_clause(comp: Token, lower: list[str]) -> set[int]:
    """ "said the FBI has the help of Smith, who set up the server": a "who" clause after a comma
    that closes the content describes the person it names; it is the writer's gloss, not what
    was said (and may hold a claim of its own). A closing ", which ..." is cut only when it is a
    cue of its own ("said he backs the bill, which he called “a lifeline”"): two claims, which
    one content would swallow. Any other is kept: in PolNeAR's gold it is as often part of the
    content as not."""
    words = lower[comp.left_edge.i:comp.right_edge.i + 1]
    if "who" not in words and "which" not in words:
        return set()  # (no "who" or "which" within the clause's edges: no walk of its subtree)
    for r in comp.subtree:
        if r.dep_ != "relcl":
            continue  # (the left edge looked up only for a relative clause)
        w = r.left_edge
        if r.i > comp.i and r.right_edge.i >= comp.right_edge.i - 1 and \
                w.lower_ in ("who", "which") and w.i > 0 and w.nbor(-1).text == "," and \
                (w.lower_ == "who" or _speakers_gloss(r)):
            return {t.i for t in r.subtree} | {w.i - 1}
    return set()


def _speakers_gloss(r: Token) -> bool:
    """ "..., which he called “a cartel”": the relative clause is a cue of its own, with a subject."""
    lem = r.lemma_.lower()
    return (lem in CUE_LEMMAS or lem in SPEECH_ACT_LEMMAS or lem in EVALUATION_LEMMAS) and \
        any(g.dep_ == "nsubj" for g in r.children)


def _tense_of(v: Token) -> str | None:
    """ "past" or "present" for a finite verb (by its own tag or its first auxiliary's), else None
    (a modal, an infinitive, a bare participle)."""
    first = next((a for a in v.children if a.dep_ in ("aux", "auxpass") and a.i < v.i), v)
    return {"VBD": "past", "VBZ": "present", "VBP": "present"}.get(first.tag_)


def _contrasted_speaker(c: Token) -> bool:
    """ ", while the union said Y": another speaker's words, a claim of their own."""
    return any(m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in c.children) and \
        any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and \
        (c.lemma_.lower() in CUE_LEMMAS and c.pos_ == "VERB")


def _speakers_concession(c: Token, cue: Token) -> bool:
    """ "claimed the plan was smart, although he again refused to release it": a concession
    after a comma whose subject is a pronoun for the speaker, in the cue's tense, is the
    writer's comment on the speaker (and may hold a claim of its own: ", though she noted Y")."""
    return any(m.dep_ == "mark" and m.lower_ in ("although", "though") for m in c.children) and \
        _after_comma_or_mark(c) and c.left_edge.i > 0 and c.left_edge.nbor(-1).text == "," and \
        any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in _SPEAKER_PRONOUNS for g in c.children) and \
        _tense_of(c) is not None and _tense_of(c) == _tense_of(cue)


def _speakers_own_act(c: Token, comp: Token) -> bool:
    """ "said Grant was wrong and criticized him": a verb of saying or judging with no subject of
    its own, in the cue's tense, after a content that states rather than narrates (a past event,
    "said he rated them and talked about it", may go on with its own subject's next act)."""
    lem, clem = c.lemma_.lower(), comp.lemma_.lower()
    narrated = comp.tag_ == "VBD" and clem != "be" or any(
        a.dep_ == "aux" and a.lemma_ == "have" and a.tag_ == "VBD" for a in comp.children)
    return (lem in CUE_LEMMAS or lem in SPEECH_ACT_LEMMAS) and not narrated and \
        not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and \
        clem not in CUE_LEMMAS and clem not in SPEECH_ACT_LEMMAS


def _after_comma_or_mark(v: Token) -> bool:
    left = v.left_edge
    if any(c.dep_ == "mark" for c in v.children):
        return True
    return left.i > 0 and left.nbor(-1).text == ","


def _after_comma_and(v: Token, subj: Token) -> bool:
    """ ", and he ..." / ", but she ..." right before the conjunct's subject."""
    i = subj.left_edge.i
    doc = v.doc
    return i >= 2 and doc[i - 1].lower_ in ("and", "but") and doc[i - 2].text == ","


def coordinated_that_clause(v: Token, comp: Token) -> list[Token]:
    """ "said X, and that Y" / "believe X, but that Y": the parse often hangs the second
    that-clause on the cue rather than on the first; both are what was said. Else the clause
    after a semicolon the parse made the root ("said X; Y")."""
    edge = comp.right_edge.i
    if comp.i < v.i:
        return []
    for c in v.children:
        if c.dep_ != "conj" or c.i <= edge or not any(
                m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children):
            continue
        between = v.doc[edge + 1:c.left_edge.i]
        if len(between) and all(t.dep_ in ("cc", "punct") for t in between) and \
                any(t.lower_ in ("and", "but") for t in between):
            return list(between) + list(c.subtree)
    return _clause_after_semicolon(v, comp)



def _clause_after_semicolon(v: Token, comp: Token) -> list[Token]:
    """ "said the problem was not the fee; the problem was that Y": the parse may make the clause
    after a semicolon or colon the sentence's root and the cue's clause its complement. That
    clause, with a subject of its own and no cue of its own, goes on with the speaker's words."""
    h, edge = v.head, max(comp.right_edge.i, v.right_edge.i)
    if v.dep_ != "ccomp" or h.i <= edge or edge + 1 >= len(v.doc):
        return []
    sep = v.doc[edge + 1]
    if sep.text not in (";", ":") or sep.head.i != h.i or h.lemma_.lower() in CUE_LEMMAS or \
            not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in h.children):
        return []
    if v.lemma_.lower() in _FIGURE_CUES or any(
            g.dep_ == "nsubj" and g.lemma_.lower() in EVIDENCE_SOURCES for g in v.children):
        return []  # "the study estimates X; Y": a report's figures, one after another
    rest = [t for t in h.subtree if t.i > edge]
    if any(t.pos_ == "VERB" and (t.lemma_.lower() in CUE_LEMMAS or t.lemma_.lower() in SPEECH_ACT_LEMMAS) and
           any(g.dep_ in ("nsubj", "nsubjpass") for g in t.children) for t in rest):
        return []  # "...: Stern questioned Y": another speaker's act
    return rest
