"""Cue verbs whose clause the parse read but whose speaker it hung elsewhere: "Jolly said he
would ..." with the name tagged as an adverb, "Senator Jane Roe, the minority leader, said
that ..." with the name hung on the phrase before it. The cue has a clause with a subject of
its own after it (a quotation too: "after Roe, asked about it, had said, “Y”", a tag with no
subject for the quote patterns to take) and no subject; the speaker is the name right before
the cue, or the name a description between commas ends on right before it, or the subject of
the predicate the sentence opens with ("Roe toured the pier, then says Y"). And a tag at the
end of a sentence that the parse did not join to the clause before it ("Y, police said."). Runs
after the other verb patterns and takes only the cue verbs they left."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import FINITE_TAGS, SUBJECT_DEPS
from .comparisons import Comparisons
from .lexicon.cues import HEDGE_LEMMAS, ISSUED_TEXTS, STRANDED_CUE_LEMMAS, WH_WORDS
from .misread_complements import MisreadComplements
from .noun_tagged_cues import NounTaggedCues
from .object_clauses import ObjectClauses
from .relative_cues import RelativeCues
from .shared_subjects import SharedSubjects
from .speech_acts import is_speaker

# Named things that never speak: "in Nevada, said", "on Tuesday, said".
_NOT_SPEAKERS = {"DATE", "TIME", "GPE", "LOC", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "FAC"}
_ASIDE_MARKS = {",", "-", "—", "--"}
# Prepositions a tag at the end of a sentence may carry: "she said on Tuesday", "told reporters in Paris".
_TAG_PREPS = {"on", "in", "at", "during", "after", "before", "to", "from", "via"}
# Words opening a clause that the parse may read as a preposition with the speaker for object.
_CLAUSE_OPENERS = {"as", "after", "before", "since", "until"}
_SUBORDINATORS = {"when", "if", "as", "though", "although", "because", "while", "after", "before", "since",
                  "until", "unless", "once", "whether"}
_TAG_PLACES = {"DATE", "TIME", "GPE", "LOC", "ORG", "FAC", "PERSON", "NORP", "EVENT"}
_NOT_TAG_SUBJECTS = {"it", "that", "this", "which", "who", "what", "there"}


class StrandedSpeakers(SharedSubjects, MisreadComplements, RelativeCues, ObjectClauses, Comparisons,
                       NounTaggedCues):
    """Reads the Doc of the collector it adds to; a cue's speaker may also be the subject of the
    predicate the sentence opens with (shared_subjects.py), its content a clause the parse
    misread (misread_complements.py) or the relative clause the cue stands in (relative_cues.py);
    after them, content clauses read as a cue's object (object_clauses.py)."""

    def __init__(self, claims: ClaimCollector):
        super().__init__(claims.cd)
        self.claims = claims

    def cues(self, sent: Span) -> None:
        """Each cue verb of the sentence the other patterns left, with a stranded clause."""
        left = self.claims.untaken_verbs(sent)
        for v, kids in left:
            if v.lemma_.lower() not in STRANDED_CUE_LEMMAS or self.misread_complement(sent, v, kids) or \
                    self.relative_cue(sent, v) or v.tag_ not in ("VBD", "VBZ", "VBP") and not (
                        v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids)):
                continue
            if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in kids):
                self.trailing_tag(sent, v, kids)
                continue
            # (a clause of another verb too: "Roe, ..., or PW - which has endorsed Lee - said Y", "said" hung on "endorsed")
            if v.dep_ not in ("ROOT", "parataxis", "conj", "ccomp"):
                continue
            comp = next((c for c in kids if c.dep_ == "ccomp" and c.i > v.i), None)
            if comp is None or not any(c.dep_ in SUBJECT_DEPS for c in comp.children):
                continue
            if comp.left_edge.lower_ in WH_WORDS or any(c.dep_ == "mark" and c.lower_ in ("whether", "if")
                                                        for c in comp.children):
                continue  # a question, not a statement
            # a conjoined cue's speaker is the chain's: only the predicate the sentence opens with has it
            who = (self.speaker_before(sent, v) if v.dep_ != "conj" else None) or self.first_subject(sent, v, comp)
            if who is None and v.dep_ != "conj":
                who = self.appositive_before(sent, v)
            if who is None:
                continue
            sp = self.cd.span_of(self.cd.content_tokens(comp))
            if sp is None or self.claims.overlaps(sp):
                continue
            self.claims.add_attributed(sent, sp, v.text.lower(), v, who, v.lemma_.lower() in HEDGE_LEMMAS, "asserted")

    def speaker_before(self, sent: Span, v: Token) -> Token | None:
        """The name right before the cue (whatever its tag: "Jolly" as an adverb, "Will" as a
        modal), or the name a description set off by commas ends on ("Roe, 44, said"); an adverb
        of the cue may stand between ("Roe, a lawyer, also said")."""
        i = v.i - 1
        while i > sent.start and (self.doc[i].dep_ == "advmod" and self.doc[i].tag_ == "RB" or
                                  self.doc[i].dep_ == "aux") and self.doc[i].head.i == v.i and self.doc[i].is_lower:
            i -= 1  # (and an auxiliary: "Roe, a lawyer, had said")
        if i < sent.start or self.qidx[i] >= 0:
            return None
        t = self.doc[i]
        if t.text in _ASIDE_MARKS:
            return self.name_before_aside(sent, i) or self.subject_of_misread_aside(sent, v, i)
        # a body a name owns: "After a day of talks, Ryan's office announced Y" (hung on "talks")
        if t.pos_ == "NOUN" and t.is_lower and t.dep_ not in ("dobj", "pobj", "attr", "dative", "compound", "amod") and \
                any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in t.children):
            return t
        if not t.is_title or t.ent_type_ in _NOT_SPEAKERS or \
                t.pos_ in ("PRON", "DET", "ADP", "CCONJ", "SCONJ"):
            return None
        # a name: the first word of the sentence, or after a comma, or a name the tagger knew
        if t.ent_type_ not in ("PERSON", "ORG", "NORP") and t.pos_ != "PROPN" and not (
                i == sent.start or self.doc[i - 1].text == ","):
            return None
        return t

    def appositive_before(self, sent: Span, v: Token) -> Token | None:
        """ "Among voters, two-thirds, 67 percent, say Y", "a White House official who spoke
        anonymously said Y": the parse made the speaker an appositive of the phrase before it.
        The appositive whose phrase ends right before the cue (and its auxiliaries, a comma)."""
        i = v.i - 1
        while i > sent.start and (self.doc[i].head.i == v.i and self.doc[i].dep_ in ("aux", "advmod") or
                                  self.doc[i].text in (",", "—", "--")):
            i -= 1
        t = self.doc[i]
        while t.head.i != t.i and t.head.i < v.i and t.head.right_edge.i <= i:
            if t.dep_ == "appos":
                break
            t = t.head
        if t.dep_ != "appos" or t.pos_ not in ("NOUN", "PROPN") or self.qidx[t.i] >= 0:
            return None
        # a share of those polled speaks for them ("64 percent"): a percentage is no place or date
        return t if t.ent_type_ == "PERCENT" or t.ent_type_ not in _NOT_SPEAKERS and is_speaker(t) else None

    def name_before_aside(self, sent: Span, close: int) -> Token | None:
        """ "Senator Jane Roe, the minority leader, said": the first word before an aside mark
        with everything from there to the cue's comma hanging on it (the name, not the title
        that follows it)."""
        best = None
        for j in range(close - 1, sent.start - 1, -1):
            p = self.doc[j]
            if self.qidx[j] >= 0:
                break
            if p.pos_ not in ("PROPN", "NOUN") or self.doc[j + 1].text not in _ASIDE_MARKS or j + 1 == close or \
                    p.ent_type_ in _NOT_SPEAKERS or p.dep_ in ("dobj", "dative", "attr", "poss", "compound") or \
                    p.dep_ == "pobj" and not self.misread_subordinator(p):
                continue
            if all(t.is_punct or p in t.ancestors for t in self.doc[j + 2:close]) or \
                    p.dep_ == "pobj" and self.doc[j + 2].tag_ in ("VBG", "VBN", "VBD"):
                best = p  # (a participle aside the parse hung elsewhere: "as Roe, citing the data, said")
        return best

    @staticmethod
    def misread_subordinator(p: Token) -> bool:
        """ "after Roe, asked about the levy, had said Y", "as Roe, citing the data, said Y": the
        parse took the word that opens the clause for a preposition and the name for its object."""
        return p.pos_ == "PROPN" and p.head.lower_ in _CLAUSE_OPENERS and p.left_edge.i == p.head.i + 1

    def subject_of_misread_aside(self, sent: Span, v: Token, close: int) -> Token | None:
        """ "Jane Roe, who runs the clinic, said that Y": the parse read the name and its aside as
        a clause of the cue ("Roe ... runs"); that clause's subject, at the sentence's start and
        set off by a comma, is the speaker."""
        left = next((c for c in v.children if c.dep_ == "ccomp" and c.i < v.i and c.right_edge.i == close - 1), None)
        if left is None:
            return None
        s = next((c for c in left.children if c.dep_ in SUBJECT_DEPS and c.pos_ in ("PROPN", "NOUN")), None)
        if s is None or s.left_edge.i != sent.start or s.i + 1 >= close or self.doc[s.i + 1].text != "," or \
                s.ent_type_ in _NOT_SPEAKERS:
            return None
        return s

    def trailing_tag(self, sent: Span, v: Token, kids: list[Token]) -> None:
        """ "The pier will stay closed until May, the harbour master said.": a tag at the end of
        the sentence, after a comma, that the parse did not join to the clause before it. The
        clause from the sentence's start to the comma is the content (not a quotation: that is
        quoted_speech.py's). The tag may name its speaker after "said" ("..., said the chief
        executive, Jane Roe") or tell a named reader ("..., Roe told The Herald")."""
        # the subject after the cue in "..., said the company's chief executive"
        after = next((c for c in kids if c.dep_ in SUBJECT_DEPS and c.i > v.i and c.pos_ in ("PROPN", "NOUN")), None)
        after_i = after.i if after is not None else -1
        if v.dep_ not in ("ROOT", "advcl", "conj", "ccomp", "parataxis") or \
                any(not self.tag_extra(c) and c.i != after_i and not self.addressee(v, c) for c in kids if c.i > v.i):
            return
        # the subject right before the cue, after a comma (the parse may give the cue words of
        # the clause before it too: "for people ..., she said")
        subj = next((c for c in reversed(kids) if c.dep_ in SUBJECT_DEPS and c.i < v.i), None)
        if subj is None and after is not None and v.lemma_.lower() == "say":
            subj, comma = after, v.i - 1  # "..., said Ms. Roe": only "said" goes before its speaker
        elif subj is None or after is not None:
            return
        else:
            comma = subj.left_edge.i - 1
        if comma <= sent.start or self.doc[comma].text not in _ASIDE_MARKS or \
                subj.lower_ in _NOT_TAG_SUBJECTS or subj.pos_ not in ("PRON", "PROPN", "NOUN") or \
                any(not (t.dep_ == "advmod" and t.head.i == v.i) for t in self.doc[subj.right_edge.i + 1:v.i]):
            return
        # (a dash ends the tag: "..., the budget office reported on Tuesday -- a development that ...")
        end = next((t.i for t in self.doc[v.i + 1:sent.end] if t.text in ("--", "—", "–")), sent.end)
        if any(not (t.is_punct or t.is_space) and (t.head.i == v.i and not self.tag_extra(t) and t.i != after_i and
                                                    not self.addressee(v, t) or v not in t.ancestors)
               for t in self.doc[v.i + 1:end]):
            return  # "..., she said, the board would ...": more than a date or place after the tag
        toks = [t for t in self.doc[sent.start:comma] if not t.is_space]
        k = next((i for i, t in enumerate(toks[:4]) if t.text in ("--", "—", "–")), None)
        if k is not None and all(t.is_upper or t.is_punct for t in toks[:k]):
            toks = toks[k + 1:]  # a dateline ("WASHINGTON --") is no part of what was reported
        # a quotation is quoted_speech.py's; a scare-quoted word inside the clause is not one
        if 2 * sum(self.qidx[t.i] >= 0 for t in toks) >= len(toks) or sum(t.is_alpha for t in toks) < 4 or \
                not any(t.tag_ in FINITE_TAGS for t in toks):
            return
        words = [t for t in toks if not t.is_punct and t.pos_ != "CCONJ"]
        if words and words[0].lower_ in _SUBORDINATORS and not any(t.text == "," for t in toks):
            return  # "But when the council cut the budget, she said ...": a time clause, no statement
        sp = self.cd.span_of(toks)
        if sp is None or self.claims.overlaps(sp):
            return
        self.claims.add_attributed(sent, sp, v.text.lower(), v, subj, v.lemma_.lower() in HEDGE_LEMMAS, "asserted")

    @staticmethod
    def addressee(v: Token, c: Token) -> bool:
        """Whom a tag tells: "..., Smith told The Herald", "told a Senate panel" (a name or a body)."""
        # (or a body a name qualifies, "told a Senate panel"; not "told the story")
        return v.lemma_.lower() == "tell" and c.dep_ in ("dobj", "dative") and (
            is_speaker(c) or c.pos_ == "NOUN" and any(g.dep_ == "compound" and g.pos_ == "PROPN" for g in c.children))

    @staticmethod
    def tag_extra(c: Token) -> bool:
        """What a tag may carry after its cue: a date or place ("said on Tuesday", "said
        Monday"), an adverb, punctuation; not a topic ("think about the number") nor an object
        ("said a lot")."""
        if c.dep_ == "prep":  # "said on Tuesday", "told CNN in an interview"; not "wrote in a name"
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            return c.lower_ in _TAG_PREPS and obj is not None and not obj.is_punct and (
                obj.ent_type_ in _TAG_PLACES or obj.lemma_.lower() in ISSUED_TEXTS | {"interview", "briefing"})
        if c.dep_ == "npadvmod":
            return c.ent_type_ in ("DATE", "TIME")
        return c.dep_ in ("punct", "advmod")
