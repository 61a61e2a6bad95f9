"""Claimant corrections, after every family has found its claims: shapes where the subject
the families took is not who makes the claim.

- A passive naming cue with no agent ("what has been called a “debate”", "the book is
  described on Amazon as ..."): the subject is what is named, not who names it; no claimant.
- A question put to the subject ("Asked what it looks like, Devine replied", "Blumenthal was
  asked, “Y?”"): the subject answers, the asker is not named; no claimant.
- A cue in a whether-clause left in doubt ("it is unclear whether Roe knew that Y", "it is not
  clear if Roe is aware that Y"): nobody is said to hold Y; no claimant.
- A pronoun under a role noun that opens its clause ("the candidate repeated his promise to Y",
  "The speaker told the crowd that he believes Y"): the role as written, the person it was
  resolved to kept as the entity.
- A pronoun coordinated with others ("She and her aides have vowed", "he and other
  challengers complained"): all of them speak, not the person the pronoun names.
- Two subjects of one verb with a comma between ("Holding signs calling X “Y,” the protesters
  chanted", "Speaking in Salem, New Hampshire, Trump went after Bush, calling him Y"): the
  parse took an opening phrase for a subject; the one next to the verb speaks.
- A participle the parse hung on an object that is no text ("Carson rejected the notion that Y,
  saying Z", "The senator emailed supporters saying: “Y”"): the verb's subject speaks, not the
  notion or the people written to (a text does speak: "issued a statement saying Y").
- A share of respondents in a named poll the sentence opens on ("In a Post-ABC News poll, 75
  percent of Republicans said Y"): the poll reports it, as "according to a poll" would.
- A digest's line "Pollsters agree - Jane Roe: “Y”": a family took the headline's verb for Y's
  cue; the names between the dash and the colon say Y.
- "“Y,” Will wrote": the columnist read as a modal ("Will" with a past or -s verb is no modal).
- A quote no tag took, opening the paragraph after one that closes on a colon ("the committee
  said about its platform:"): the speaker of that lead-in, a noun too (the neighbour search
  that ran before takes only names).
- A quote no tag took, after a colon closing a lead-in of its own sentence ("Priorities USA
  emailed a link with one sentence: “Y”", "From the report: “Y”"): the lead-in's subject (or
  what it is from), not a speaker the neighbour search found elsewhere.
- An infinitive of purpose or degree ("Roe recalled what happened to point out that Y", "Roe
  went so far as to say: “Y”"): the subject of the verb it hangs on, not the wh-word between.
- A pull quote signed on its last line ("“Y.\nJane Roe, Harbour Institute.”"): the signer.
- A cue inside a question ("Asked if she believed Y, Clinton said", "Hannity followed up by
  asking if the governor believes Y"): Y is asked about, not held; the asker's, if named.
- A participle after a clause with a subject of its own ("a charge that officials denied, noting
  Y", "where 200 fishermen had gathered, chanting Y"): that subject; after a tag whose name the
  parse took for no subject ("said Skelly, explaining Y"): the tag's claimant (nearest_clauses.py).
- "it"/"they" in a naming clause ("the council condemned what it called Y"): the subject of the
  clause around it, when the pronoun agrees (naming_clauses.py).
- First, a reporter named after the statement ("“Y,” Roe said, according to CNN", "Roe said Y,
  the Post reported"): the reporter's (reported_by.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from .claim_candidates import ClaimCandidate
from .claim_doc import ClaimDoc, ClaimDocReader, is_punct
from .claimants import ClaimantResolver
from .dashed_asides import DashedAsides
from .lexicon.claimants import (
    ADDRESSING_LEMMAS,
    DOUBT_ADJECTIVES,
    ISSUED_PIECES,
    NAMING_LEMMAS,
    PERSON_PRONOUNS,
    SPEAKER_NOUNS,
    SURE_ADJECTIVES,
    TEXT_NOUNS,
)
from .lexicon.cues import ISSUED_TEXTS
from .lexicon.heads import PERSON_NOUNS
from .lexicon.kinds import EVIDENCE_SOURCES
from .naming_clauses import NamingClauses
from .nearest_clauses import NearestClauses
from .quoted_speech import QuotedSpeech
from .reported_by import ReportedBy

# The pronouns whose coordination with other speakers makes the whole phrase the claimant.
_COORDINATED = PERSON_PRONOUNS | {"they", "we"}
# A bare relative or demonstrative is no speaker ("what happened: “Y”", "That would require Z to
# recognize Y"): none is better than a word that names nobody.
# (claimant, claimant_entity, subj_pronoun), as ClaimantResolver.claimant_of gives it
Claimant = tuple[str | None, str | None, bool]
_NOBODY: Claimant = (None, None, False)
_NO_SPEAKERS = {"that", "this", "what", "which", "whatever"}
# Role nouns a pronoun in the same sentence stands for ("the candidate repeated his promise"); a
# campaign or a committee is no "he".
_ROLES = SPEAKER_NOUNS - {"campaign", "administration", "group", "committee"} | PERSON_NOUNS | {
    "billionaire", "businessman", "businesswoman", "mogul"}


class ClaimantCorrections(ClaimDocReader):
    def __init__(self, cd: ClaimDoc, claimants: ClaimantResolver, quoted: QuotedSpeech | None = None):
        super().__init__(cd)
        self.claimants = claimants
        self.quoted = quoted  # reads a quote's lead-in the way quoted speech does

    def correct(self, found: list[ClaimCandidate]) -> None:
        reported_by = ReportedBy(self.cd)
        nearest, naming, asides = NearestClauses(self.cd), NamingClauses(self.cd), DashedAsides(self.cd)
        for c in found:
            if not 0 <= c.cue_i < len(self.doc):
                continue
            v = self.doc[c.cue_i]
            fixed = self.claimant(reported_by.reporter(c)) or self.named_after_dash(c) or \
                self.claimant(self.will_as_modal(v)) or self.signed_pull_quote(c) or self.asker(v) or \
                self.claimant(self.lead_in_before_colon(c))  # first: "“Y,” Sanders said, according to CNN"
            if fixed is not None:
                c.claimant, c.claimant_entity, c.subj_pronoun = fixed
                continue
            if c.claimant is None:
                fixed = self.claimant(self.lead_in_over_colon(c) or self.subject_of_purpose(v) or asides.speaker(v)) or \
                    nearest.tag_of(v, found)  # "said Skelly, explaining Y"
                if fixed is not None:
                    c.claimant, c.claimant_entity, c.subj_pronoun = fixed
                continue
            if self.names_its_subject(v) or self.question_put_to_subject(v) or self.in_doubt(v) or \
                    c.claimant.lower() in _NO_SPEAKERS:
                purpose = (self.subject_of_purpose(v) or asides.speaker(v)) if c.claimant.lower() in _NO_SPEAKERS else None
                c.claimant, c.claimant_entity, c.subj_pronoun = self.claimant(purpose) or _NOBODY
                continue
            role = self.role_for_pronoun(c, v)
            if role is not None:  # the role noun as written, the person it names kept as the entity
                c.claimant = self.claimants.claimant_of(role)[0]
                continue
            group = self.coordinated_pronoun(v)
            if group is not None:
                c.claimant, c.claimant_entity, c.subj_pronoun = group, None, False
                continue
            nearer = self.subject_next_to_verb(v, c.claimant) or self.subject_over_object(v, c.claimant) or \
                self.poll_of_share(v) or nearest.speaker(v) or naming.namer(v) or asides.speaker(v)  # "noting Y", "what it called Y"
            if nearer is not None:
                c.claimant, c.claimant_entity, c.subj_pronoun = self.claimants.claimant_of(nearer)

    def claimant(self, t: Token | None) -> Claimant | None:
        """The claimant `t` names, None for no token."""
        return self.claimants.claimant_of(t) if t is not None else None

    def asker(self, v: Token) -> Claimant | None:
        """A cue inside a question: the asker's claim, nobody's when the asker is untold."""
        asked, asker = self.put_as_question(v)
        return (self.claimant(asker) or _NOBODY) if asked else None

    @staticmethod
    def by_agent(v: Token) -> bool:
        return any(k.dep_ == "agent" or k.lower_ == "by" for k in v.children)

    def names_its_subject(self, v: Token) -> bool:
        """ "what is called a “debate”": a passive naming cue whose subject is what is named."""
        lemma = self.cd.words.lemma[v.i]  # v.lemma_.lower() on a list read
        if lemma not in NAMING_LEMMAS or self.by_agent(v):
            return False
        subj = next((k for k in v.children if k.dep_ == "nsubjpass"), None)
        # "it is said": only the dummy; "he's said" may be read as a passive
        return any(k.dep_ == "auxpass" for k in v.children) and subj is not None and (
            lemma != "say" or subj.lower_ == "it")

    def question_put_to_subject(self, v: Token) -> bool:
        """ "Asked what Y, Devine replied", "Blumenthal was asked, “Y?”": nobody named asks."""
        if self.cd.words.lemma[v.i] != "ask" or self.by_agent(v) or \
                any(k.dep_ in ("nsubj", "dobj") for k in v.children):
            return False
        if any(k.dep_ == "auxpass" for k in v.children):
            return any(k.dep_ == "nsubjpass" for k in v.children)
        # a participle opening its sentence (after "when", "after"): "Asked whether Y, she said"
        sent = self.sents[self.sent_of[v.i]]
        first = next((t for t in sent if not t.is_space and not is_punct(t)), None)
        return v.dep_ == "advcl" and v.tag_ in ("VBN", "VBD") and first is not None and (
            first.i == v.i or first.i == v.i - 1 and first.dep_ == "advmod" and first.head.i == v.i)

    def in_doubt(self, v: Token) -> bool:
        """ "it is unclear whether Roe knew that Y", "it's not clear if Roe is aware that Y": the
        cue's clause (or the copula it completes) is a whether-clause of "unclear", "not clear".
        (No search of the text first: the cue's dependency label turns away most claims as cheaply,
        measured 0.013 ms per 400 words on train against 0.015 to 0.17 for text and index searches.)"""
        h = v.head if v.dep_ == "acomp" else v
        if h.dep_ not in ("ccomp", "advcl", "csubj") or not any(
                k.dep_ == "mark" and k.lower_ in ("whether", "if") for k in h.children):
            return False
        be = h.head
        adj = next((k for k in be.children if k.dep_ == "acomp"), None)
        if adj is None:
            return False
        word = self.cd.words.lower[adj.i]
        return word in DOUBT_ADJECTIVES or word in SURE_ADJECTIVES and any(k.dep_ == "neg" for k in be.children)

    def coordinated_pronoun(self, v: Token) -> str | None:
        """ "She and her aides have vowed": the whole coordinated subject."""
        subj = next((k for k in v.children if k.dep_ == "nsubj"), None)
        if subj is None and v.dep_ in ("advcl", "xcomp", "conj"):
            subj = next((k for k in v.head.children if k.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in _COORDINATED or self.qidx[subj.i] >= 0:
            return None
        conjs = [k for k in subj.children if k.dep_ == "conj" and k.pos_ in ("NOUN", "PROPN", "PRON")]
        if not conjs:
            return None
        end = conjs[-1].i
        for k in conjs[-1].children:  # "other Democrats on the stage": up to the noun's phrase, no clause
            if k.i > end and k.dep_ not in ("relcl", "acl", "punct", "appos"):
                end = max(end, k.right_edge.i)
        start = subj.i - 1 if subj.i > 0 and self.doc[subj.i - 1].dep_ == "preconj" else subj.i  # "neither he nor X"
        toks = [t for t in self.doc[start : end + 1]]
        while toks and is_punct(toks[-1]):
            toks.pop()
        return self.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]

    def role_for_pronoun(self, c: ClaimCandidate, v: Token) -> Token | None:
        """ "The Christian speaker told the crowd that he believes Y", "the candidate repeated his
        promise to Y": the pronoun stands for the role noun that is its clause's subject."""
        if not c.subj_pronoun:
            return None
        pron = next((k for k in v.children if k.dep_ in ("nsubj", "poss") and k.lower_ in PERSON_PRONOUNS), None)
        if pron is None:
            return None
        h = v
        for _ in range(4):
            if h.dep_ not in ("ccomp", "xcomp", "conj", "dobj", "pobj", "prep", "advcl") or h.head.i == h.i:
                return None
            h = h.head
            subj = next((k for k in h.children if k.dep_ == "nsubj" and k.i < pron.i), None)
            if subj is not None:
                return subj if subj.pos_ == "NOUN" and subj.lemma_.lower() in _ROLES and \
                    not any(t.pos_ == "PROPN" for t in subj.subtree) and self.qidx[subj.i] < 0 else None
        return None

    def subject_next_to_verb(self, v: Token, claimant: str) -> Token | None:
        """ "Holding signs ..., the protesters chanted": of two subjects with a comma between, the
        claimant was read from the first; the last, next to the verb, speaks."""
        # the comma lies in the verb's subtree before it, the verb v or its head: on the text first
        # (most have none), before the children are walked
        h0, h1 = (v, v.head) if v.i <= v.head.i else (v.head, v)
        if "," not in self.text[min(h0.left_edge.idx, h1.left_edge.idx) : h1.idx]:
            return None
        h = v if any(k.dep_ == "nsubj" for k in v.children) or v.dep_ not in ("advcl", "conj", "xcomp") else v.head
        subs = [k for k in h.children if k.dep_ == "nsubj" and self.qidx[k.i] < 0]
        if len(subs) < 2 or subs[-1].i > h.i or subs[0].text not in claimant:
            return None
        first, last = subs[0], subs[-1]
        if not any(t.text == "," for t in self.doc[first.i : last.left_edge.i]) or last.text in claimant:
            return None
        # (not a place in a list or an address: "voters in Alabama, Georgia and Virginia said")
        if last.ent_type_ in ("GPE", "LOC", "FAC") or any(k.dep_ == "conj" for k in last.children):
            return None
        # only an opening the parse misread: a participle's phrase, a place, a label before a colon
        # (not a name with its role after it, "Ban Ki-moon, the secretary general, vowed", nor a list)
        between = self.doc[first.i : last.left_edge.i]
        if not (self.doc[first.left_edge.i].tag_ == "VBG" or first.ent_type_ in ("GPE", "LOC") or
                any(t.text == ":" for t in between)):
            return None
        if last.ent_iob_ != "O" and any(t.text == "," for t in self.doc[self.cd.ent_span[last.i][0] : last.i]):
            return None  # "of the University of California, Berkeley": one name
        return last

    def subject_over_object(self, v: Token, claimant: str) -> Token | None:
        """ "rejected the notion that Y, saying Z": the subject of the verb whose object the
        participle hangs on (after a comma, or after people written to), when it is no text."""
        h = v.head
        if v.tag_ != "VBG" or v.dep_ != "acl" or h.dep_ != "dobj" or h.text not in claimant or \
                h.lemma_.lower() in ISSUED_TEXTS | EVIDENCE_SOURCES | ISSUED_PIECES | TEXT_NOUNS:
            return None
        if self.doc[v.i - 1].text != "," and h.head.lemma_.lower() not in ADDRESSING_LEMMAS:
            return None
        subj = next((k for k in h.head.children if k.dep_ == "nsubj" and self.qidx[k.i] < 0), None)
        return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN", "PRON") else None

    def poll_of_share(self, v: Token) -> Token | None:
        """ "In a CNN/ORC poll released Monday, 31 percent of Republicans said Y": the poll."""
        # the share's word lies in the cue's subtree: looked for there on the token index first
        # (most cues have none), before the cue's children are walked
        forms = self.cd.words.lower[v.left_edge.i : v.right_edge.i + 1]
        if "percent" not in forms and "%" not in forms:
            return None
        subj = next((k for k in v.children if k.dep_ == "nsubj"), None)
        if subj is None:
            return None
        words = self.text[subj.left_edge.idx:subj.right_edge.idx + len(subj.right_edge)].lower()
        if ("percent" not in words and "%" not in words) or not any(t.lower_ in ("percent", "%") for t in subj.subtree):
            return None  # (the subtree walked only when its text has the word)
        sent = self.sents[self.sent_of[v.i]]
        first = next((t for t in sent if not t.is_space), None)
        if first is None or first.lower_ != "in":
            return None
        poll = next((k for k in first.children if k.dep_ == "pobj"), None)
        if poll is None or poll.lemma_.lower() not in EVIDENCE_SOURCES or poll.right_edge.i >= subj.left_edge.i:
            return None
        # a poll named by its pollster ("In the new survey, 64 percent said yes" stays the respondents')
        return poll if any(t.pos_ == "PROPN" for t in poll.subtree) else None

    def named_after_dash(self, c: ClaimCandidate) -> tuple[str, str | None, bool] | None:
        """ "Media shares blame - HuffPollster: “Y”": the names after the headline's cue."""
        if self.quoted is None or c.cue == ":" or c.quote_type == "indirect" or \
                not self.text[max(0, c.start - 4) : c.start].rstrip(" “\"\n").endswith(":"):
            return None
        span = self.doc.char_span(c.start, c.start + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        named = self.quoted.name_before_colon(span[0])
        if named is None or named[0].i <= c.cue_i or (c.claimant or "").endswith(named[1].text):
            return None
        surface = self.text[named[0].idx : named[1].idx + len(named[1].text)]
        return surface, self.claimants.claimant_of(named[1])[1], False

    def will_as_modal(self, v: Token) -> Token | None:
        """ "“Y,” Will wrote", "While Will acknowledges Y": the parse made the name a modal."""
        if v.i == 0 or self.cd.words.lower[v.i - 1] != "will":
            return None  # (no "Will" before the cue: one list read, not the cue's children)
        if v.tag_ not in ("VBD", "VBN", "VBZ") or any(k.dep_ in ("nsubj", "nsubjpass") for k in v.children):
            return None
        return next((k for k in v.children if k.dep_ == "aux" and k.text == "Will" and k.i == v.i - 1), None)

    def lead_in_over_colon(self, c: ClaimCandidate) -> Token | None:
        """ "In a release, the committee said about its platform:\n\n“Y”": the lead-in's subject."""
        if c.cue != "quoted" or not 0 <= c.cue_i < len(self.doc):
            return None
        k, crossed = c.cue_i - 1, False
        while k >= 0 and (self.doc[k].is_space or self.doc[k].text in ("“", '"')):
            crossed = crossed or "\n" in self.doc[k].text
            k -= 1
        if k < 0 or not crossed or self.doc[k].text != ":":
            return None
        root = self.sents[self.sent_of[k]].root
        if self.cd.cue_lemma(root) is None or any(t.dep_ == "neg" for t in root.children):
            return None
        subj = next((t for t in root.children if t.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or self.qidx[subj.i] >= 0:
            return None
        return subj

    def lead_in_before_colon(self, c: ClaimCandidate) -> Token | None:
        """ "Priorities USA emailed a link with one sentence: “Y”", "From the report: “Y”": a quote
        no tag took, after a colon closing a lead-in of its sentence: the lead-in's subject."""
        if c.cue != "quoted" or not 0 <= c.cue_i < len(self.doc):
            return None
        k = c.cue_i - 1
        while k >= 0 and (self.doc[k].is_space or self.doc[k].text in ("“", '"', "''", "‘")):
            if "\n" in self.doc[k].text:
                return None  # (over a paragraph break: lead_in_over_colon)
            k -= 1
        if k < 1 or self.doc[k].text != ":" or self.qidx[k - 1] >= 0:
            return None
        sent = self.sents[self.sent_of[k]]
        first = next((t for t in sent if not t.is_space), None)
        if first is not None and first.lower_ == "from" and first.i < k:  # "From the report: “Y”"
            return next((t for t in first.children if t.dep_ == "pobj" and t.i < k), None)
        root = self.doc[k - 1]  # the lead-in's verb, however the parse hung it on the quote
        while root.head.i < k and root.head.i != root.i:
            root = root.head
        if root.pos_ not in ("VERB", "AUX") or any(t.dep_ == "neg" for t in root.children):
            return None
        subj = next((t for t in root.children if t.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or self.qidx[subj.i] >= 0 or \
                any(q in (self.claimants.claimant_of(subj)[0] or "") for q in ('"', "“", "”")):
            return None  # (not a digest's line: "BEAT—“Roe is leaving,” by Jo Li: “Y”")
        return subj

    def subject_of_purpose(self, v: Token) -> Token | None:
        """ "Cobb-Hunter recalled what happened to point out that Y", "Roe went so far as to say:
        “Y”": an infinitive of purpose or degree speaks for the subject of the verb it hangs on."""
        if not any(k.dep_ == "aux" and k.lower_ == "to" for k in v.children) or v.dep_ not in ("advcl", "xcomp") \
                or any(k.dep_ in ("nsubj", "nsubjpass") for k in v.children):
            return None
        h = v.head
        for _ in range(3):  # up through a clause whose subject is a wh-word ("recalled what happened")
            if h.pos_ not in ("VERB", "AUX", "ADV") or any(k.dep_ == "auxpass" for k in h.children):
                return None
            subj = next((k for k in h.children if k.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                return subj if self.qidx[subj.i] < 0 else None
            if subj is not None and subj.lower_ not in _NO_SPEAKERS or h.dep_ not in ("ccomp", "advcl", "advmod"):
                return None
            h = h.head
        return None

    def put_as_question(self, v: Token) -> tuple[bool, Token | None]:
        """ "asked if he thought Y": (True, the asker or None); (False, None) when no question."""
        ask = v.head
        if v.dep_ not in ("ccomp", "advcl") or self.cd.words.lemma[ask.i] != "ask" or \
                not any(k.dep_ == "mark" and k.lower_ in ("if", "whether") for k in v.children):
            return False, None
        agent = next((k for k in ask.children if k.dep_ == "agent"), None)
        if agent is not None:  # "Asked by Starnes if he believed Y"
            return True, next((k for k in agent.children if k.dep_ == "pobj"), None)
        if any(k.dep_ in ("nsubjpass", "auxpass") for k in ask.children) or ask.tag_ == "VBN":
            return True, None  # "Asked if she believed Y, Clinton said": who asked is untold
        h = ask
        while not any(k.dep_ == "nsubj" for k in h.children) and h.dep_ in ("pcomp", "advcl", "xcomp", "conj") \
                and h.head.i != h.i:
            h = h.head.head if h.dep_ == "pcomp" else h.head  # "followed up by asking if Y"
        subj = next((k for k in h.children if k.dep_ == "nsubj"), None)
        return True, subj if subj is not None and self.qidx[subj.i] < 0 else None

    def signed_pull_quote(self, c: ClaimCandidate) -> tuple[str, str | None, bool] | None:
        """ "“Y.\nJane Roe, Harbour Institute.”": the name opening the quote's last line."""
        if c.cue != "quoted" or "\n" not in c.content.rstrip():
            return None
        span = self.doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            return None
        brk = max((t.i for t in span if t.is_space and "\n" in t.text), default=-1)
        if brk < 0 or brk + 2 >= span.end:
            return None
        k = brk + 1
        while k < span.end and self.doc[k].pos_ == "PROPN" and k - brk <= 4:
            k += 1
        if k - brk < 3 or k >= span.end or self.doc[k].text != "," or \
                any(t.text in (".", "!", "?") and self.qidx[t.i] >= 0 for t in self.doc[k : span.end - 2]):
            return None  # two to four words of a name, a comma, then only the role to the end
        first, last = self.doc[brk + 1], self.doc[k - 1]
        return self.text[first.idx : last.idx + len(last.text)], self.claimants.claimant_of(last)[1], False
