"""Claims framed by a cue in their sentence: a cue verb and its clause, "according to", a
claim noun ("reports that"), a reporting adverb ("reportedly"). One method per pattern; the
patterns are listed in `claims.py`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import SUBJECT_DEPS, ClaimDoc
from .content_trim import coordinated_that_clause, speaker_asides
from .evaluation_cues import EvaluationCues
from .hung_subjects import subject_hung_on_cue
from .lexicon.cues import (
    BARE_REPORT,
    CLAIM_NOUNS,
    CLAIM_NOUNS_WITH_CLAUSE,
    DENIABLE,
    DENY_LEMMAS,
    EVALUATION_LEMMAS,
    FRAME_AS_DENIALS,
    HEDGE_LEMMAS,
    NEED_THAT,
    NEG_RAISING,
    NOT_SOURCES,
    REPORT_ADVERBS,
    REPORT_PASSIVE,
    WH_WORDS,
)
from .lexicon.kinds import EVIDENCE_CLAUSE_LEMMAS, EVIDENCE_SOURCES
from .misplaced_speakers import description_before_cue, inverted_aside
from .noun_tagged_cues import misread_name_of
from .token_index import positions, within

_DASHES = ("-", "--", "—", "–", "―")  # what follows a dateline: "LONDON -", "WASHINGTON ―"
_BREAKS = {"--", "—", "–", "―", ";"}  # a new sentence in all but name: "Y, aides believe — backers Z"


@dataclass
class CueVerb:
    """A cue verb with the parts of its clause the patterns look at."""

    token: Token
    lemma: str
    children: list[Token]
    comp: Token | None  # the content clause: "said [that Y]"
    xcomp: Token | None  # an infinitive: "are reported [to Y]"
    subj: Token | None
    agent_obj: Token | None  # the "by X" of a passive
    passive: bool
    cue: str  # the reporting word as a claim shows it: "said", "pointed out"
    polarity: str
    hedge: bool


class CuePatterns(EvaluationCues):
    """The sentence patterns over one Doc; each adds what it finds to the collector."""

    def __init__(self, cd: ClaimDoc, claims: ClaimCollector):
        super().__init__(cd)
        self.claims = claims
        self.claimants = claims.claimants

    # -- cue verbs

    def cue_verbs(self, sent: Span) -> None:
        """Each cue verb of the sentence goes to the one pattern its clause fits."""
        cue_word, tokens = self.cd.words.cue_word, self.cd.tokens
        for i in range(sent.start, sent.end):
            if not cue_word[i]:
                continue  # no cue's word: cue_verb would say None
            v = tokens[i]
            cv = self.cue_verb(v)
            if cv is None:
                continue
            if cv.lemma in EVALUATION_LEMMAS:
                self.evaluation(sent, v, cv.subj)
            elif cv.comp is not None:
                self.indirect_speech(sent, cv)
            elif self.is_passive_infinitive(cv):
                self.passive_infinitive_report(sent, cv)
            elif self.continues_passive_infinitive(cv):
                pass  # merged into the first report by passive_infinitive_report
            elif self.is_passive_without_agent(cv):
                self.passive_report_without_agent(sent, cv)
            elif cv.lemma == "accuse":
                self.accusation(sent, cv)
            elif cv.lemma in DENY_LEMMAS:
                # "dismissed the fuss as “absurd”": an evaluation of it, not the denial of a claim
                if not (cv.lemma in FRAME_AS_DENIALS and self.framed_as(sent, v, cv.subj)):
                    self.denial(sent, cv)
            elif cv.subj is not None and (v.dep_ == "parataxis" or self.hung_aside(v, cv.subj)):
                self.parenthetical_speech(sent, cv)

    def cue_verb(self, v: Token) -> CueVerb | None:
        """`v` as a cue verb, or None when it is none, is quoted, or is negated ("did not say";
        "does not believe that Y" is still a belief)."""
        if self.qidx[v.i] >= 0:
            return None
        lem = self.cd.cue_lemma(v)
        if lem is None:
            return None
        kids = list(v.children)
        deps = [c.dep_ for c in kids]  # (read once: the tests below scan them half a dozen times)
        lower = self.cd.words.lower  # (no Token made for the words around the cue)
        if lem == "say" and v.i >= 1 and lower[v.i - 1] in ("that", "this") and \
                v.i + 1 < len(self.doc) and lower[v.i + 1] == ",":
            return None  # "That said, Y": a connective, no speaker
        negated = "neg" in deps
        if negated and lem not in NEG_RAISING:
            return None
        if lem == "point" and not any(d == "prt" and c.lower_ == "out" for c, d in zip(kids, deps, strict=True)):
            return None
        comps = [c for c, d in zip(kids, deps, strict=True) if d == "ccomp"]
        comp = comps[0] if comps else None
        if len(comps) > 1 and any(d == "punct" and c.text in (":", ";") and comps[0].i < c.i < v.i
                                  for c, d in zip(kids, deps, strict=True)):
            # "Fireworks erupted: Republicans said Y": the clause before the colon is not theirs
            comp = next((c for c in comps if c.i > v.i), comp)
        elif len(comps) > 1 and comps[0].i < v.i < comps[-1].i and self.qidx[comps[0].i] < 0 and \
                not any(lower[k] in _BREAKS for k in range(v.i + 1, comps[-1].left_edge.i + 1)):
            # "While not all he says is true, Roe said Y": Y is the content; not past a dash ("Y, aides say — Z")
            comp = comps[-1]
        if comp is None and lem not in NEED_THAT and lem not in EVALUATION_LEMMAS:
            comp = self.cd.that_clause_in_prep(v)
        xcomp = kids[deps.index("xcomp")] if "xcomp" in deps else None
        subj = self.cd.subject(v)
        if subj is None and comp is not None:
            subj = self.subject_left_unparsed(v)
        if subj is not None and self.is_dateline(subj):  # "LONDON (Reuters) - Smith said"
            subj = next((c for c, d in zip(kids, deps, strict=True) if d in SUBJECT_DEPS and c.i > subj.right_edge.i), None) \
                or self.subject_left_unparsed(v) or self.name_after_dateline(subj)
        agent = kids[deps.index("agent")] if "agent" in deps else None
        agent_obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
        # "Trump was forced into damage control and said Y": a passive subject the cue shares
        # with an earlier verb makes it passive only when the cue is a participle itself
        passive = "auxpass" in deps or (
            subj is not None and subj.dep_ == "nsubjpass" and (subj.head.i == v.i or v.tag_ == "VBN"))
        cue = v.text.lower() + " out" if lem == "point" else v.text.lower()
        polarity = "denied" if lem in DENY_LEMMAS or negated else "asserted"
        return CueVerb(v, lem, kids, comp, xcomp, subj, agent_obj, passive, cue, polarity,
                       lem in HEDGE_LEMMAS)

    def is_dateline(self, t: Token) -> bool:
        """The capitalised place that opens a wire story ("LONDON (Reuters) -", "CLEVELAND, July
        19 -"), which the parse may take for the subject."""
        # (the word tests first: the sentence's first word is looked for only for a capitalised one)
        if not (t.text.isupper() and len(t.text) > 1 and t.i + 1 < len(self.doc) and
                (self.doc[t.i + 1].text in ("(", ",") or self.doc[t.i + 1].text in _DASHES)):
            return False
        sent = self.sents[self.sent_of[t.i]]
        first = next((x for x in sent if not x.is_space), None)
        return first is not None and first.i == t.i

    def name_after_dateline(self, place: Token) -> Token | None:
        """ "ORLANDO, Fla. (Reuters) - President Obama met ... and said": the name the parse put
        in apposition to the dateline, after its dash."""
        for c in place.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN" and any(
                    self.doc[k].text in _DASHES for k in range(place.i + 1, c.left_edge.i)):
                return c
        return None

    def subject_left_unparsed(self, v: Token) -> Token | None:
        """ "At the convention Sen. Jane Roe (D-MA) said Y": the parse hung the name on the
        words before it and left the cue with no subject. The name (or share: "4 in 10")
        right before the cue is it."""
        if v.tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        if v.dep_ == "dep":  # "Sources privy to the talks say Y": the parse made "privy" the verb
            h = v.head
            return next((c for c in h.children if c.dep_ in SUBJECT_DEPS and c.i < v.i), None)
        if v.dep_ not in ("ROOT", "parataxis"):
            return None
        i = v.i - 1
        if i >= 0 and self.doc[i].text == ")":
            while i >= 0 and self.doc[i].text != "(":
                i -= 1
            i -= 1
        if i < 0 or self.sent_of[i] != self.sent_of[v.i] or self.qidx[i] >= 0:
            return None
        t = self.doc[i]
        if t.text == "," and v.dep_ == "ROOT":
            # "On Dec. 2, Col. Jane Roe, a spokeswoman, said Y": the parse hung the name, with
            # its description, on the date before it
            return next((p for p in self.sents[self.sent_of[v.i]] if p.i < i and p.dep_ == "appos" and
                         p.pos_ == "PROPN" and p.right_edge.i == i - 1 and p.ent_type_ == "PERSON"), None)
        if t.pos_ == "NUM" and t.head.i == v.i:  # "About 4 in 10 say Y": the number hangs on the cue
            return t
        if t.pos_ != "PROPN" or t.ent_type_ in ("DATE", "TIME", "GPE", "LOC"):
            return None
        while t.dep_ in ("compound", "flat") and t.head.i > t.i:
            t = t.head
        return t

    def indirect_speech(self, sent: Span, cv: CueVerb) -> None:
        """ "X claims Y", "X acknowledged that Y", "X told reporters that Y", "Y, X said"; mixed
        speech when the complement quotes part of the words."""
        v, comp, subj = cv.token, cv.comp, cv.subj
        assert comp is not None
        marks = [c for c in comp.children if c.dep_ == "mark"]
        relative = v.dep_ == "relcl"  # "the library, which the council says it cannot run"
        if self.opens_adverbial_clause(comp.left_edge, comp):
            pass  # "said if Y, Z": a condition inside the content, no question
        elif any(m.lower_ in ("whether", "if") for m in marks) or (
                comp.left_edge.lower_ in WH_WORDS and not relative):
            return  # a question: "asked whether Y"
        # "the study found that Y"; "Y, the study found" needs no "that"
        if cv.lemma in NEED_THAT and comp.i > v.i and not any(m.lower_ == "that" for m in marks) and \
                not (cv.lemma in EVIDENCE_CLAUSE_LEMMAS and subj is not None and subj.lemma_.lower() in EVIDENCE_SOURCES):
            return  # "the poll shows Y" needs no "that": a document's finding
        if v.dep_ == "ccomp" and v.head.i != v.i and not cv.passive and subj is None:
            return
        asides = speaker_asides(comp, v, self.cd.words.lower)
        toks = [t for t in self.cd.content_tokens(comp) if t.i not in asides]
        for rest in self.predicate_split_off(v, comp):
            toks += [t for t in self.cd.content_tokens(rest) if t.i not in asides]
        toks += coordinated_that_clause(v, comp)
        toks += subject_hung_on_cue(v, comp)  # "said the days when Y are gone": the subject on the cue
        if comp.i > v.i:  # "said Y, because Z": the parse may hang the reason on the cue
            toks += [t for c in cv.children if c.dep_ == "advcl" and c.i > comp.right_edge.i and any(
                m.dep_ == "mark" and m.lower_ == "because" for m in c.children) for t in c.subtree]
        if relative:
            toks = [t for t in toks if not (t.lower_ in WH_WORDS and t.i < v.i)]
        sp = self.cd.span_of(toks)
        if sp is None:
            return
        if (aside := inverted_aside(v, subj, comp)) is not None:  # "The contrast, said Doyle, is clear"
            left, right = self.cd.span_of(aside[1]), self.cd.span_of(aside[2])
            if left is not None and right is not None:
                self.claims.add_attributed(sent, (left[0], right[1]), cv.cue, v, aside[0], cv.hedge, cv.polarity,
                                           parts=[left, right])
                return
        if cv.passive and cv.agent_obj is None and (subj is None or subj.lower_ == "it"):
            self.impersonal_passive(sent, cv, sp)
            return
        who = cv.agent_obj if cv.passive and cv.agent_obj is not None else subj
        if who is not None and self.cd.impersonal(v, who):
            return
        if who is None or (cv.passive and cv.agent_obj is None):
            return
        self.claims.add_attributed(sent, sp, cv.cue, v, who, cv.hedge, cv.polarity)

    @staticmethod
    def predicate_split_off(v: Token, comp: Token) -> list[Token]:
        """ "found that reefs exposed to two heatwaves were more likely to die": the parse may
        make "reefs exposed ..." one clause of the cue and "were more likely ..." another. A
        clause right after the content, with no subject, comma or conjunction between, is the
        rest of it."""
        rest, edge = [], comp.right_edge.i
        for c in v.children:
            if c.dep_ == "ccomp" and c.i > edge and c.left_edge.i == edge + 1 and comp.i > v.i and \
                    not any(g.dep_ in SUBJECT_DEPS for g in c.children):
                rest.append(c)
                edge = c.right_edge.i
        return rest

    @staticmethod
    def opens_adverbial_clause(first: Token, comp: Token) -> bool:
        """ "said if the bill passes, prices will fall": the wh-word opens a condition or time
        clause inside the content, so the content is no question."""
        if first.lower_ not in WH_WORDS:
            return False
        if first.lower_ in ("if", "when") and first.head.i == comp.i:
            # the parse may hang "if" on the main verb: "said if the tunnel floods, the ferry
            # will run"; a subject after the comma shows the condition ended there
            comma = next((t for t in comp.subtree if t.i > first.i and t.text == ","), None)
            subj = next((c for c in comp.children if c.dep_ in SUBJECT_DEPS), None)
            return comma is not None and subj is not None and subj.left_edge.i > comma.i
        if first.dep_ == "mark" and first.head.i != comp.i:
            return True  # "said if elected he would": the mark heads a clause inside
        t = first
        while t.i != comp.i and t.head.i != t.i:
            if t.dep_ == "advcl":
                return True
            t = t.head
        return False

    def impersonal_passive(self, sent: Span, cv: CueVerb, sp: tuple[int, int]) -> None:
        """ "it is claimed that Y": a report with no named source."""
        if cv.lemma in REPORT_PASSIVE:
            self.claims.add(sent, *sp, cue=cv.cue, qtype="reported", cue_i=cv.token.i, hedged=True)

    @staticmethod
    def is_passive_infinitive(cv: CueVerb) -> bool:
        return cv.xcomp is not None and cv.passive and cv.subj is not None and \
            cv.subj.dep_ == "nsubjpass" and cv.lemma in REPORT_PASSIVE

    def passive_infinitive_report(self, sent: Span, cv: CueVerb) -> None:
        """ "Y are reported to / were said to / is believed to ...": unattributed unless "by X"."""
        v, subj, kids = cv.token, cv.subj, cv.children
        assert subj is not None and cv.xcomp is not None
        toks = self.cd.subtree(subj) + self.cd.subtree(cv.xcomp) + [v]
        for c in kids:
            if c.dep_ in ("auxpass", "advmod") and c.i > subj.i:
                toks.append(c)
        # "are reported to X and were said to Y": one report
        for cj in kids:
            if cj.dep_ == "conj" and self.cd.cue_lemma(cj) in REPORT_PASSIVE and \
                    not any(g.dep_ in SUBJECT_DEPS for g in cj.children):
                toks += self.cd.subtree(cj)
        lo = min(t.i for t in toks)
        hi = max(t.i for t in toks)
        sp = self.cd.span_of([self.doc[i] for i in range(lo, hi + 1)])
        if sp is None:
            return
        if cv.agent_obj is not None:
            self.claims.add_attributed(sent, sp, cv.cue, v, cv.agent_obj, True, cv.polarity)
        else:
            self.claims.add(sent, *sp, cue=cv.cue, qtype="reported", cue_i=v.i, hedged=True)

    def continues_passive_infinitive(self, cv: CueVerb) -> bool:
        """The second verb of "are reported to X and were said to Y"."""
        v, subj = cv.token, cv.subj
        return v.dep_ == "conj" and v.head.i != v.i and self.cd.cue_lemma(v.head) in REPORT_PASSIVE and \
            cv.xcomp is not None and subj is not None and subj.dep_ == "nsubjpass" and subj.head.i != v.i

    @staticmethod
    def is_passive_without_agent(cv: CueVerb) -> bool:
        subj = cv.subj
        return cv.passive and cv.lemma in BARE_REPORT and cv.agent_obj is None and subj is not None and \
            not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in cv.children) and \
            subj.lower_ != "it" and subj.pos_ != "PRON"

    def passive_report_without_agent(self, sent: Span, cv: CueVerb) -> None:
        """ "clashes were reported": the sentence from its subject on, unattributed."""
        assert cv.subj is not None
        sp = self.cd.span_of(self.cd.tokens[max(sent.start, cv.subj.left_edge.i):sent.end])
        if sp:
            self.claims.add(sent, *sp, cue=cv.cue, qtype="reported", cue_i=cv.token.i, hedged=True)

    def accusation(self, sent: Span, cv: CueVerb) -> None:
        """ "X accused Z of Y": Z and Y are what X claims. "Z is accused of Y": a report, unless "by X"."""
        if cv.passive and cv.subj is not None:
            self.passive_accusation(sent, cv)
            return
        obj = next((c for c in cv.children if c.dep_ == "dobj"), None)
        if obj is None or cv.subj is None:
            return
        of = next((c for c in cv.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            return
        sp = self.cd.span_of(self.cd.subtree(obj) + self.cd.subtree(of))
        if sp:
            self.claims.add_attributed(sent, sp, cv.cue, cv.token, cv.subj, False, "asserted")

    def passive_accusation(self, sent: Span, cv: CueVerb) -> None:
        """ "He is accused of starting the fire": the sentence from the accused to the charge."""
        subj = cv.subj
        assert subj is not None
        ofs = [c for c in cv.children if c.dep_ == "prep" and c.lower_ == "of"]
        if not ofs or subj.i > cv.token.i:
            return
        hi = max(t.i for o in ofs for t in o.subtree)
        sp = self.cd.span_of([self.doc[i] for i in range(subj.left_edge.i, hi + 1)])
        if sp is None:
            return
        if cv.agent_obj is not None:
            self.claims.add_attributed(sent, sp, cv.cue, cv.token, cv.agent_obj, False, "asserted")
        else:
            self.claims.add(sent, *sp, cue=cv.cue, qtype="reported", cue_i=cv.token.i, hedged=True)

    def denial(self, sent: Span, cv: CueVerb) -> None:
        """ "X denied the claims that Y", "X denied wrongdoing": the content is what is denied."""
        obj = next((c for c in cv.children if c.dep_ == "dobj"), None)
        if obj is None or cv.subj is None:
            return
        clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl")
                       and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
        if obj.lemma_.lower() in CLAIM_NOUNS and clause is not None:
            sp = self.cd.span_of(self.cd.subtree(clause))
        elif (cv.lemma == "deny" and obj.lemma_.lower() in DENIABLE and
              not any(c.dep_ == "dative" for c in cv.children)) or obj.lemma_.lower() in CLAIM_NOUNS:
            sp = self.cd.span_of(self.cd.subtree(obj))
        else:
            return
        if sp:
            self.claims.add_attributed(sent, sp, cv.cue, cv.token, cv.subj, cv.hedge, "denied")

    def parenthetical_speech(self, sent: Span, cv: CueVerb) -> None:
        """ "Y, X said, Z" with the cue parsed as an aside: the sentence around it. An aside hung
        on an auxiliary ("Even then, he said, he's learned Y") stands for its verb's clause."""
        v = cv.token
        assert cv.subj is not None
        skip = {t.i for t in v.subtree}
        first = None
        if v.dep_ != "parataxis":  # a hung aside: what the parse hung on the tag before it is the content's
            first = cv.subj.left_edge
            skip = {i for i in skip if i >= first.i}
        head = v.head.head if v.head.dep_ in ("aux", "auxpass") else v.head
        sp = self.cd.span_of([t for t in head.subtree if t.i not in skip and self.sent_of[t.i] ==
                              self.sent_of[v.i]])
        if sp:
            parts = self.cd.pieces_without(sp, v, first)
            who = description_before_cue(v, cv.subj) or cv.subj  # "Clinton, a top aide said, “is ...”"
            self.claims.add_attributed(sent, sp, cv.cue, v, who, cv.hedge, cv.polarity, parts=parts)

    def hung_aside(self, v: Token, subj: Token) -> bool:
        """ "With each vote, aides acknowledge, it gets harder", "If she wins, Roe wrote, the
        tax goes": a tag between commas the parse hung on the clause after it as a clause of its
        own (advcl, ccomp) rather than as an aside. The tag is a finite verb with no
        conjunction of its own ("as Roe wrote", "when aides said"), set off by commas on both
        sides; the clause after it has its own subject, is no cue of its own ("In May, aides
        added staff, the Post reported") and, after the tag, quotes no one (a quote there is
        the quote families' to read)."""
        if v.dep_ not in ("advcl", "ccomp") or v.tag_ not in ("VBD", "VBZ", "VBP"):
            return False
        head, doc = v.head, v.doc
        if head.i < v.i or head.pos_ not in ("VERB", "AUX") or self.cd.words.cue_word[head.i] or \
                any(c.dep_ == "mark" for c in v.children):
            return False
        start = subj.left_edge.i
        end = max(t.i for t in v.subtree if not t.is_punct) + 1
        if start < 1 or end >= len(doc) or doc[start - 1].text != "," or doc[end].text != ",":
            return False
        return any(c.dep_ in SUBJECT_DEPS and c.i > end for c in head.children) and \
            all(self.qidx[t.i] < 0 for t in head.subtree if t.i > end)

    # -- other cues

    def claim_nouns(self, sent: Span) -> None:
        """ "reports that Y", "Smith's claim that Y": a claim named by a noun."""
        w = self.cd.words
        for i in range(sent.start, sent.end):
            lemma = w.lemma[i] if w.pos[i] == "NOUN" else w.lower[i]
            if lemma not in CLAIM_NOUNS_WITH_CLAUSE or self.qidx[i] >= 0 or not self.is_noun_use(n := self.cd.tokens[i]):
                continue
            if self.cd.cue_lemma(n.head) in DENY_LEMMAS:
                continue
            clause = next((c for c in n.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if clause is None or any(c.start <= n.idx < c.end for c in self.claims.found):
                continue
            sp = self.cd.span_of(self.cd.subtree(clause))
            if sp is None:
                continue
            who = next((c for c in n.children if c.dep_ == "poss"), None)
            if who is None:
                by = next((c for c in n.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
                who = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if who is None:
                who = self.cd.holder_of_claim_noun(n) or misread_name_of(n)  # "Trump charges that Y"
            if who is not None:
                self.claims.add_attributed(sent, sp, n.text.lower(), n, who, False, "asserted")
            else:
                self.claims.add(sent, *sp, cue=n.text.lower(), qtype="reported", cue_i=n.i, hedged=True)

    @staticmethod
    def is_noun_use(n: Token) -> bool:
        """A noun, or a word tagged as a verb but used as one: "her warning that Y"."""
        return n.pos_ == "NOUN" or n.dep_ in ("dobj", "pobj", "nsubj", "attr") and any(
            c.dep_ in ("poss", "det") for c in n.children)

    def according_to(self, sent: Span) -> None:
        for i in within(self._according, sent):
            t = self.cd.tokens[i]
            if self.qidx[i] >= 0:
                continue
            to = next((c for c in t.children if c.lower_ == "to"), None)
            if to is None and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "to":
                to = self.doc[t.i + 1]
            if to is None:
                continue
            src = next((c for c in to.children if c.dep_ == "pobj"), None)
            if src is None and to.i + 1 < sent.end:
                src = self.doc[to.i + 1]
            # "went according to plan" is an idiom, no source; "according to state law" or
            # "according to her plan" names one
            if src is None or src.lower_ in NOT_SOURCES and not any(
                    c.dep_ in ("det", "poss", "compound", "amod") for c in src.children):
                continue
            phrase_lo = t.i
            phrase_hi = max(x.i for x in src.subtree) if src.head.i == to.i else src.i
            skip = self.beyond_according_clause(t, phrase_lo, phrase_hi)
            tokens = self.cd.tokens  # (the sentence's words from the Tokens made, not made again)
            words = [tokens[k] for k in range(sent.start, sent.end) if not (phrase_lo <= k <= phrase_hi) and k not in skip]
            sp = self.cd.span_of(words)
            if sp is None:
                continue
            parts = None
            a, b = self.doc[phrase_lo].idx, self.doc[phrase_hi].idx + len(self.doc[phrase_hi].text)
            if sp[0] < a and b < sp[1]:
                left = self.text[sp[0]:a].rstrip(" ,—–-")
                rs = b
                while rs < sp[1] and self.text[rs] in " ,—–-":
                    rs += 1
                parts = [(sp[0], sp[0] + len(left)), (rs, sp[1])]
            self.claims.add(sent, *sp, cue="according to", qtype=None, cue_i=t.i,
                            claimant=self.claimants.claimant_of(src), parts=parts)

    @cached_property
    def _according(self) -> list[int]:
        """Where "according" is in the Doc, found once rather than in each sentence."""
        return self.cd.words.where(("according",))

    @staticmethod
    def beyond_according_clause(t: Token, lo: int, hi: int) -> set[int]:
        """What "according to X" does not source in its sentence: a clause with its own subject
        on the far side of the phrase ("Y according to X, but Z") and an opening participle
        ("Entering the race late, Y, according to X")."""
        h = t.head
        # the clause: the nearest verb up from the phrase with a subject of its own
        while h.head.i != h.i and not any(g.dep_ in SUBJECT_DEPS for g in h.children):
            h = h.head
        if h.i == t.i or h.pos_ not in ("VERB", "AUX"):
            return set()
        skip: set[int] = set()
        for c in h.children:
            if c.dep_ == "conj" and any(g.dep_ in SUBJECT_DEPS for g in c.children) and \
                    (h.i < lo and c.left_edge.i > hi or h.i > hi and c.right_edge.i < lo):
                skip.update(x.i for x in c.subtree)
                skip.update(g.i for g in h.children if g.dep_ == "cc" and
                            min(h.i, c.i) < g.i < max(h.i, c.left_edge.i))
            elif c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < h.i and c.i < lo and \
                    not any(g.dep_ in ("mark", *SUBJECT_DEPS) for g in c.children):
                skip.update(x.i for x in c.subtree)
        return skip

    def sentence_adverbs(self, sent: Span) -> None:
        for i in within(self._report_adverbs, sent):
            t = self.cd.tokens[i]
            if self.qidx[i] >= 0:
                continue
            if any(c.start <= t.idx < c.end for c in self.claims.found):
                continue
            head = t.head
            sp = self.cd.span_of(list(head.subtree) if head.i != t.i else list(sent))
            if sp:
                self.claims.add(sent, *sp, cue=t.lower_, qtype="reported", cue_i=t.i, hedged=True)

    @cached_property
    def _report_adverbs(self) -> list[int]:
        """Where the Doc has a reporting adverb ("reportedly"), found once (most have none)."""
        lower = self.cd.words.lower
        return positions(lower, REPORT_ADVERBS.intersection(lower))
