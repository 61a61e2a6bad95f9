"""Answers that swallowed their question: "Asked by Roe whether she had practised, she said, “I
read it once.”" The parse hangs the question ("Asked ... whether Y") on the answer's verb, so the
answer's content opens with it. The question is a claim of its own (SpeechActs.question_put: the
asker's, or nobody's); the answer starts after it and after its "she said" tag. Likewise a
question after the quote it answers ("Roe said, “We’ll see,” when asked whether Y"). Runs after
every family, on the claims found."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_candidates import ClaimCandidate
from .claim_collector import ClaimCollector
from .lexicon.cues import QUESTION_LEMMAS
from .speech_acts import SpeechActs


class AskedAnswers:
    def __init__(self, claims: ClaimCollector):
        self.claims = claims
        self.cd = claims.cd
        self.acts = SpeechActs(claims.cd, claims)  # it puts the question: "Asked by X whether Y"

    def split(self) -> None:
        cd = self.cd
        for c in list(self.claims.found):
            if c.claimant is not None and not c.parts and cd.text.find("sked", c.start + 16, c.end) >= 0:
                self.trailing_question(c)  # cheap: only a content with "asked" after its opening
            if c.claimant is None or "sked" not in cd.text[c.start:c.start + 16]:
                continue  # cheap: only a content that opens on "Asked" / "When asked"
            v = self.question_at(c)
            if v is None or not self.answered_by_cue(v, c):
                continue
            start = self.answer_start(v, c)
            self.claims.found.remove(c)
            # what remains is the answer (its pieces around the tag, when the tag split it)
            parts = [(max(s, start), e) for s, e in c.parts if e > start]
            if start < c.end and (parts or not c.parts):
                self.claims.respan(c, parts[0][0] if parts else start, c.end, parts if len(parts) > 1 else None)
                self.claims.found.append(c)
            self.acts.question_put(c.sent, v, list(v.children), False)

    def trailing_question(self, c: ClaimCandidate) -> None:
        """ "Roe said, “We’ll see,” when asked whether Y": the parse hangs the question on the
        quote's verb, so the content ran on past the closing mark. The question lies outside the
        quotation its head is in. (Not "agreed that she had a curt reply when asked who she would
        back": nothing quoted there, the question is part of what she agreed.)"""
        cd = self.cd
        v = next((t for t in cd.tokens_of(c.sent) if c.start < t.idx < c.end and t.lemma_.lower() == "ask" and
                  SpeechActs.asked_of_subject(t) and cd.qidx[t.i] < 0 and cd.qidx[t.head.i] >= 0), None)
        if v is None:
            return
        i = v.left_edge.i - 1  # back over the comma to the closing quote mark
        while i > 0 and (cd.doc[i].is_space or cd.doc[i].is_punct and cd.doc[i].text not in "”\"’'"):
            i -= 1
        end = cd.doc[i].idx + len(cd.doc[i])
        if cd.doc[i].text not in "”\"’'" or end - c.start < 3:
            return
        self.claims.respan(c, c.start, end)
        self.acts.question_put(c.sent, v, list(v.children), False)

    def question_at(self, c: ClaimCandidate) -> Token | None:
        """The participle of asking the content opens with ("Asked whether Y", "When asked about Y")."""
        for t in self.cd.tokens_of(c.sent):
            if t.idx < c.start:
                continue
            if t.idx >= c.start + 16:
                return None
            if t.lemma_.lower() in QUESTION_LEMMAS and t.i != c.cue_i and t.head.i != t.i and t.head.idx >= c.start \
                    and (SpeechActs.asked_of_subject(t) or self.opening_participle(t)):
                return t
        return None

    @staticmethod
    def opening_participle(t: Token) -> bool:
        """ "Asked what he thought, he said ...": opening its sentence, the tagger may read a past tense."""
        return t.tag_ == "VBD" and t.dep_ == "advcl" and t.i == t.sent.start and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children)

    def answered_by_cue(self, v: Token, c: ClaimCandidate) -> bool:
        """Whether the claim's cue, after the question, is the answer's: "Asked Y, Trump replied",
        "Asked Y, she said, “I read it”" (the tag inside the quote's sentence), "Asked Y, Roe said
        “Z,” she said". Not "the officer said “when asked Y, the chief said Z”" (the cue before
        the question: the whole is the officer's) nor "Asked Y, Roe bristled, the Herald reported"
        (the reporter's claim holds the question and the answer)."""
        if not 0 <= c.cue_i < len(self.cd.doc):
            return False
        cue, h = self.cd.doc[c.cue_i], v.head
        if cue.i < v.i:
            return False
        return cue.i == h.i or cue.head.i == h.i and cue.dep_ == "parataxis" or \
            h.dep_ == "ccomp" and h.head.i == cue.i and self.cd.cue_lemma(h) is not None

    def answer_start(self, v: Token, c: ClaimCandidate) -> int:
        """Where the answer opens: after the question's words, a comma and a "she said" tag."""
        doc = self.cd.doc
        i = v.right_edge.i + 1
        while i < len(doc) and (doc[i].is_punct and doc[i].text not in "“\"'‘" or doc[i].is_space):
            i += 1
        # "Asked Y, Feinstein said “Z”": the tag right after the question is no part of the answer
        j = i
        while j < len(doc) and j - i < 6 and doc[j].dep_ in ("nsubj", "compound", "det", "amod", "poss", "case"):
            j += 1
        if j > i and j < len(doc) and doc[j].pos_ == "VERB" and self.cd.cue_lemma(doc[j]) is not None:
            i = j + 1
            while i < len(doc) and (doc[i].is_punct and doc[i].text not in "“\"'‘" or doc[i].is_space):
                i += 1
        if i >= len(doc) or doc[i].idx >= c.end:
            return c.end  # the content was the question only
        return doc[i].idx
