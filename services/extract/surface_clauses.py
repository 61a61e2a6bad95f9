"""A plain cue of saying whose clause the parse broke, read by surface order: "Aides say the
plan, and the vote on it, show Y" (the clause's subject read as the cue's object, its verb as
a second conjunct), "Tester said having Trump on the ticket puts Y at risk" (the subject a
gerund hung on the cue). The cue has a subject before it and no claim; after it, an optional
"that" and a date, then a noun phrase and a finite verb of its own: from there to the end of
the sentence is the content. Runs after every verb family, on the cue verbs they left."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import FINITE_TAGS, SUBJECT_DEPS, ClaimDocReader
from .lexicon.cues import HEDGE_LEMMAS, SURFACE_CUE_LEMMAS

# Words a clause's subject may open with (a gerund too: "having Trump on the ticket").
_SUBJECT_STARTS = ("NOUN", "PROPN", "PRON", "DET", "NUM", "ADJ", "VERB")
# Subjects that are no speaker here: a relative or a pro-form ("which says", "that said").
_NOT_SPEAKERS = {"it", "that", "this", "which", "who", "what", "there", "all"}
# A finite form that heads no clause of the content: a noun the tagger misread ("added Latin
# hits"), or the verb of a relative clause on an object ("wrote a letter that Y").
_NOT_CLAUSE_VERBS = {"dobj", "pobj", "nsubj", "nsubjpass", "compound", "relcl", "appos", "attr", "amod"}
_RELATIVES = {"which", "who", "that", "whom", "whose"}
# Words that open a clause under the content's ("wrote this because I am Y"): not its verb.
_SUBORDINATORS = {"because", "if", "when", "although", "though", "while", "since", "unless", "whether",
                  "should", "after", "before", "as", "until", "once"}
_CLAUSE_WINDOW = 25  # words from the clause's start to its verb, at most


class SurfaceClauses(ClaimDocReader):
    def __init__(self, claims: ClaimCollector):
        super().__init__(claims.cd)
        self.claims = claims

    def clauses(self) -> None:
        words = self.cd.words
        lemma, cue_word = words.lemma, words.cue_word
        cues = [i for i, w in enumerate(cue_word) if w and lemma[i] in SURFACE_CUE_LEMMAS and self.qidx[i] < 0]
        if not cues:
            return
        taken = self.claims.taken_cues()
        for i in cues:
            if i in taken:
                continue
            v = self.doc[i]
            if v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBZ", "VBP"):
                continue
            sent = self.sents[self.sent_of[i]]
            self.clause(sent, v)

    def clause(self, sent: Span, v: Token) -> None:
        doc = self.doc
        kids = list(v.children)
        if any(c.dep_ in ("neg", "ccomp", "mark") for c in kids) or v.dep_ in ("relcl", "advcl", "pcomp", "acl"):
            return  # negated, a clause the families read, or "as / after X said"
        last = sent.end - 1
        while last > v.i and doc[last].is_punct:
            last -= 1
        if any(t.text == "?" for t in doc[last + 1:sent.end]):
            return  # a question
        who = next((c for c in kids if c.dep_ in SUBJECT_DEPS and c.i < v.i), None)
        if who is None or who.lower_ in _NOT_SPEAKERS or who.pos_ not in ("NOUN", "PROPN", "PRON") or \
                self.qidx[who.i] >= 0:
            return
        if any(doc[k].lower_ in ("as", "than") for k in range(max(sent.start, who.left_edge.i - 1), who.left_edge.i)):
            return  # "as Smith said", "than aides said"
        k = v.i + 1
        if k <= last and doc[k].lower_ == "that" and doc[k].dep_ != "det":
            k += 1  # "say that account shows Y" keeps its determiner
        while k <= last and doc[k].ent_type_ in ("DATE", "TIME"):
            k += 1
        if k > last or self.qidx[k] >= 0 or doc[k].pos_ not in _SUBJECT_STARTS and doc[k].dep_ != "det" or doc[k].lower_ in ("to", "so"):
            return
        start = k
        verb = self.clause_verb(v, start, last)
        if verb is None:
            return
        sp = self.cd.span_of(list(doc[start:last + 1]))
        if sp is None or self.claims.overlaps(sp):
            return
        self.claims.add_attributed(sent, sp, v.text.lower(), v, who, v.lemma_.lower() in HEDGE_LEMMAS, "asserted")

    def clause_verb(self, v: Token, start: int, last: int) -> int | None:
        """The first finite verb after the clause's start that heads the content's own clause:
        not a noun the tagger misread, not a relative clause's, not the speaker's second act
        ("acknowledged the costs and ordered limits"); None past a subordinator or a break."""
        doc, qidx = self.doc, self.qidx
        for j in range(start + 1, min(last + 1, start + _CLAUSE_WINDOW)):
            t = doc[j]
            if t.text in (":", ";", "—", "--", "(") or t.tag_ == "MD" and doc[j - 1].text == "," and \
                    doc[j + 1].pos_ in ("DET", "PRON", "PROPN", "NOUN"):
                return None  # a break, or an inverted condition ("a note of caution, should the council Y")
            if qidx[j] >= 0:
                continue
            if t.tag_ not in FINITE_TAGS and not (t.tag_ == "VB" and doc[j - 1].lower_ != "to" and
                                              not any(a.dep_ == "aux" for a in t.children)):
                continue
            h = t.head if t.dep_ in ("aux", "auxpass") else t
            if t.dep_ in _NOT_CLAUSE_VERBS or doc[j - 1].lower_ in _RELATIVES or \
                    any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in h.children):
                continue  # not the content's own verb: "wrote this because I am", "ending X before Y could"
            if h.dep_ == "conj" and h.head.i == v.i and doc[j - 1].text != ",":
                # the speaker's second act ("acknowledged the costs and ordered limits") or the
                # writer's next clause ("said a prayer, and the crowd fell silent"); a verb
                # after an aside closed by a comma is the content's ("that deal, and the two
                # before it, prove Y")
                return None
            return j
        return None
