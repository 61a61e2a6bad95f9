"""References: what a speaker meant, glossed by the writer. "“We need Chapter 9,” she said,
referring to the bankruptcy chapter" and "Gross was referring to Jim Brady": what is referred to is
the content, the speaker is the claimant. "Referred to" as often names a thing's name ("Kyle,
referred to as the deadliest sniper", "a fact he refers to") or sends a file on ("Syrians are
referred to a security office"), so only a speaker's reference counts: a participle glossing a
verb of speaking, or a speaker for subject ("Obama referred to jihadism"), not in a relative clause.
An allusion counts the same ("she said, alluding to X"), and so does a reference by object ("she
said, referencing X", "Gowdy referenced a report"), and a repetition, but only as a gloss on a verb of
speaking ("he said, repeating a refrain that Y": "the rivals repeated their attacks" is as often a
deed as words). ("Referred to X as Y" is a naming: description_acts.py.) Runs with the verb families,
after them."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .lexicon.cues import (
    GLOSS_ONLY_LEMMAS,
    ISSUED_TEXTS,
    OBJECT_REFERENCE_LEMMAS,
    REFERENCE_LEMMAS,
    REFERRING_TAG_LEMMAS,
)
from .lexicon.kinds import EVIDENCE_SOURCES
from .speech_acts import is_speaker


class References:
    def __init__(self, claims: ClaimCollector) -> None:
        self.claims, self.cd = claims, claims.cd

    def referring(self, sent: Span) -> None:
        for v, kids in self.claims.untaken_verbs(sent):
            lem = v.lemma_.lower()
            if lem not in REFERENCE_LEMMAS and lem not in OBJECT_REFERENCE_LEMMAS or any(c.dep_ == "auxpass" for c in kids):
                continue
            if any(c.dep_ == "prep" and c.lower_ == "as" for c in kids):
                continue  # "referring to himself as X": a naming
            glossed = v.tag_ == "VBG" and not any(c.dep_ == "aux" for c in kids)
            if lem in GLOSS_ONLY_LEMMAS and not glossed:
                continue  # "he said, repeating a refrain", not "he repeated the attacks"
            if lem in OBJECT_REFERENCE_LEMMAS:  # "she said, referencing X": the object is what is meant
                lead = obj = next((c for c in kids if c.dep_ == "dobj" and c.i > v.i and c.pos_ != "PRON"), None)
            else:  # the "to" that leads to what is meant
                lead = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "to" and c.i > v.i), None)
                obj = None if lead is None else next((c for c in lead.children if c.dep_ in ("pobj", "pcomp")), None)
            if lead is None or obj is None:
                continue
            subj = self.speaker(v, kids)
            if subj is None or not (is_speaker(subj) or glossed and subj.lemma_.lower() in ISSUED_TEXTS | EVIDENCE_SOURCES):
                continue  # (a text may speak for its authors: "the report said, referring to X")
            # the parse often hangs the rest of the phrase on the verb or elsewhere ("referring to a
            # memoir [by X about Y]", "to herself[, Mr. Bannon and Mr. Gates]"): on to the end of
            # the sentence, which an aside closes, or of the verb's phrase (not "[but was careful
            # not to Z]"); but a name's appositive is the writer's gloss on the gloss ("referring
            # to Jeff Feltman[, a State Department official]")
            end = max(c.right_edge.i for c in kids if c.i >= lead.i and c.dep_ not in ("conj", "cc", "punct"))
            if v.tag_ == "VBG" and v.dep_ != "ROOT":
                end = max(v.right_edge.i, sent.end - 1)
            while end > obj.i and (self.cd.doc[end].is_punct or self.cd.doc[end].is_space):
                end -= 1
            appos = next((c for c in obj.children if c.dep_ == "appos" and c.i > obj.i), None)
            if obj.pos_ == "PROPN" and appos is not None:
                end = appos.left_edge.i - 1
            # and so is a clause set off by a comma ("his daughter Ivanka[, who converted in 2009]")
            aside = [t.left_edge.i - 1 for t in obj.subtree if t.dep_ == "relcl" and t.left_edge.i > obj.i and
                     t.doc[t.left_edge.i - 1].text == ","]
            end = min([end, *aside])
            toks = [t for t in sent if obj.left_edge.i <= t.i <= end]
            sp = self.cd.span_of(toks)
            if sp is None or self.claims.overlaps(sp):
                continue
            cue = v.lower_ if lem in OBJECT_REFERENCE_LEMMAS else f"{v.lower_} to"
            self.claims.add_attributed(sent, sp, cue, v, subj, False, "asserted")

    def speaker(self, v: Token, kids: list[Token]) -> Token | None:
        """Who refers: the subject of "was referring to X", or of the verb of speaking the aside
        glosses ("Trump said, referring to X"); not a relative clause ("the judge Trump was
        referring to") nor a participle on a deed."""
        if v.dep_ == "relcl":
            return None
        if v.tag_ != "VBG" or any(c.dep_ == "aux" and c.lemma_ == "be" for c in kids):
            if any(a.dep_ == "relcl" for a in [v, *v.ancestors]):
                return None  # "the tweets in which he [...] referred to X": what describes the tweets
            return self.cd.subject(v)  # "X referred to Y", "X was referring to Y"
        h = v.head
        if v.dep_ in ("advcl", "xcomp", "conj") and h.lemma_.lower() in REFERRING_TAG_LEMMAS:
            return self.cd.subject(h)
        # the parse may hang the aside on the speaker ("said Ann Lee, a pollster, referring to X")
        # or on what was said, after its comma ("Trump said things “should be wrapped up,”
        # referring to X")
        if v.dep_ == "acl" and h.dep_ == "nsubj" and h.head.lemma_.lower() in REFERRING_TAG_LEMMAS:
            return h
        if v.dep_ == "advcl" and h.dep_ == "ccomp" and h.head.lemma_.lower() in REFERRING_TAG_LEMMAS and \
                "," in v.doc[max(0, v.i - 2) : v.i].text:
            return self.cd.subject(h.head)
        return None
