"""Mixed speech in a "that" clause under a verb no cue list knows: the quoted words inside show
the clause is somebody's statement ("the governor ordered that agencies work with “independent”
auditors", "his campaign protested that aides were being “disingenuous”"), and in an infinitive
under a verb of wanting or intending ("did not want to address “that person”"). Runs after the
quoted fragments, so it only sees the quotes every other family left."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import ClaimDoc, ClaimDocReader
from .lexicon.fragments import INTENT_VERB_LEMMAS
from .quoted_fragments import QuotedFragments
from .speech_acts import is_speaker


class QuotedClauses(ClaimDocReader):
    def __init__(self, cd: ClaimDoc, claims: ClaimCollector):
        super().__init__(cd)
        self.claims = claims
        self.fragments = QuotedFragments(cd, claims)

    @staticmethod
    def that_clause(c: Token) -> bool:
        """A clause opened by "that", or one the parse read as a relative clause whose "that" is
        no argument of it: its verb has a subject (and an object, where "that" is read as one)
        of its own ("the debate that Republicans will take “every state”")."""
        if c.dep_ in ("ccomp", "acl"):
            return any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        first = c.left_edge
        if c.dep_ != "relcl" or first.lower_ != "that" or first.head.i != c.i or first.dep_ not in ("dobj", "nsubj"):
            return False
        others = {k.dep_ for k in c.children if k.i != first.i}
        return bool(others & {"nsubj", "nsubjpass"}) and (first.dep_ == "nsubj" or "dobj" in others)

    def clauses(self) -> None:
        for qi, toks in self.fragments.left_quotes():
            self.clause(toks[0].sent, qi, toks)
        for qi, toks in self.fragments.left_quotes():
            self.infinitive(toks[0].sent, qi, toks)

    def infinitive(self, sent: Span, qi: int, toks: list[Token]) -> None:
        """ "The foundation did not want to address “that person”", "expects to leave Nevada with a
        “solid share” of the delegates": an aim in the speaker's words, under a verb of wanting,
        hoping or intending (not "managed to “lose” her", "paid to stream “Seinfeld”": those are
        the writer's scare quotes on a deed)."""
        head = next((t for t in toks if t.head.i == t.i or self.qidx[t.head.i] != qi), None)
        if head is None:
            return
        c = head
        while not (c.dep_ in ("xcomp", "advcl") and c.left_edge.lower_ == "to" and c.left_edge.dep_ == "aux"):
            if c.head.i == c.i or c.dep_ in ("ccomp", "relcl", "acl"):
                return
            c = c.head
        v = c.head
        if v.pos_ != "VERB" or v.lemma_.lower() not in INTENT_VERB_LEMMAS or v.i > c.i or self.qidx[v.i] >= 0:
            return
        subj = self.cd.subject(v) or self.fragments.participle_speaker(v)
        if subj is None or not is_speaker(subj):
            return
        sp = self.cd.span_of([t for t in c.subtree if t.i < sent.end])
        if not sp or self.claims.overlaps(sp) or self.cd.quote_type_of(*sp) != "mixed":
            return
        self.claims.add_attributed(sent, sp, v.text.lower(), v, subj, False, "asserted")

    def clause(self, sent: Span, qi: int, toks: list[Token]) -> None:
        head = next((t for t in toks if t.head.i == t.i or self.qidx[t.head.i] != qi), None)
        if head is None:
            return
        # up to the nearest clause opened by "that": one with no "that" may be a clause inside it
        c = head
        while not self.that_clause(c):
            if c.head.i == c.i:
                return
            c = c.head
        v, subj = c.head, None
        if c.dep_ == "relcl":
            # "predicted at the debate that Republicans will take “every state”": the speaker's
            # verb is the one the preposition hangs on
            if v.dep_ != "pobj" or v.head.dep_ != "prep":
                return
            v = v.head.head
        elif c.dep_ == "acl":
            # "Reagan's dictum that the Soviet Union was an “evil empire”": the noun's owner says it
            subj = next((k for k in v.children if k.dep_ == "poss"), None)
            if subj is None:
                return
        if v.pos_ not in ("VERB", "NOUN") or (v.pos_ == "NOUN" and subj is None) or v.i > c.i or self.qidx[v.i] >= 0:
            return
        subj = subj or self.cd.subject(v) or self.fragments.participle_speaker(v)
        if subj is None or not is_speaker(subj):
            return
        end = toks[-1].i
        # a clause of another act after the quote ("..., while Y penned letters that called him
        # Z") is no part of what was said: the content ends before it
        cut = next((k.left_edge.i for k in c.children if k.i > end and k.dep_ in ("advcl", "conj") and
                    self.claims.overlaps(self.cd.span_of(list(k.subtree)) or (0, 0))), sent.end)
        sp = self.cd.span_of([t for t in c.subtree if t.i < min(cut, sent.end) and
                              not (c.dep_ == "relcl" and t.i == c.left_edge.i)])
        if not sp or self.claims.overlaps(sp) or self.cd.quote_type_of(*sp) != "mixed":
            return
        self.claims.add_attributed(sent, sp, v.text.lower(), v, subj, False, "asserted")

