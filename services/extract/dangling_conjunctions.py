"""Dangling conjunctions: a content that ends on "and", "but" or "or". The parse hung the
conjunction inside the content and the clause it joins on the cue or on a word of the content
("announced that the levy was unfair and would be repealed": "would be repealed" made a second
verb of "announced"), so the content stopped on the conjunction. What the conjunction joins is
the rest of what was said, and the content runs to its end:

- a verb joined to the cue or the content that is no verb of saying ("said the plan was sound,
  and she had backed it"; "said Y and added Z" is the speaker's next act, which ConjoinedActs
  and SideActs cut apart);
- a second clause of the cue: with its own "that" ("said that Y, and that Z"), a question word
  ("how much it would cost"), after a content before its cue ("Y, and Z, aides said"), or in
  another tense than the cue's ("said Y, but Z would be hard"). One in the cue's tense is the
  writer's next sentence ("declared that Y and the next president expanded it") and stays apart;
- a phrase joined to a noun of the content that the parse hung elsewhere: a noun phrase
  ("Jane's critique of his ferry fare plan and the candidate's own attempt to X"), a question
  clause ("keeps talking about the “shared power of us” and how the port wants to X"), or a noun
  phrase the parse took for the subject of the verb after it ("comments on the future of NATO
  and relations with Norway have drawn criticism"). The noun's conjunct is missing from the
  content, so what follows the conjunction is it.

Otherwise the content is left as it is."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_collector import ClaimCollector
from .claim_doc import ClaimDocReader
from .content_trim import _tense_of  # past / present by the first auxiliary, None for a modal
from .lexicon.cues import WH_WORDS

_CONJUNCTIONS = frozenset({"and", "but", "or"})
_NOMINALS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


class DanglingConjunctions(ClaimDocReader):
    def __init__(self, claims: ClaimCollector):
        super().__init__(claims.cd)
        self.claims = claims

    def mend(self) -> None:
        doc = self.doc
        for c in self.claims.found:
            if c.parts or c.content[-3:].lower() not in ("and", "but", " or") or not 0 <= c.cue_i < len(doc):
                continue  # (a text check first: almost no content ends on a conjunction)
            toks = doc.char_span(c.start, c.end, alignment_mode="expand")
            if toks is None or len(toks) < 3 or toks[-1].lower_ not in _CONJUNCTIONS:
                continue
            cue = doc[c.cue_i]
            joined = self.joined(toks[-1], cue, toks.start, toks.end, c.start < cue.idx)
            if joined is None:
                joined = self.joined_phrase(toks[-1], cue, toks.start, toks.end)
            if joined is None:
                continue
            end = joined.right_edge.i
            while end > joined.i and (doc[end].is_space or doc[end].is_punct and not doc[end].is_quote):
                end -= 1
            self.claims.respan(c, c.start, doc[end].idx + len(doc[end]))

    def opened(self, cc: Token) -> Token | None:
        """The phrase the first word after the conjunction opens: not past the sentence, nor into a
        quotation the content is not in (the next speaker's words)."""
        doc, sent_of, qidx = self.doc, self.sent_of, self.qidx
        nxt = cc.i + 1
        while nxt < len(doc) and doc[nxt].is_punct:
            nxt += 1
        if nxt >= len(doc) or sent_of[nxt] != sent_of[cc.i] or qidx[nxt] >= 0 and qidx[cc.i] < 0:
            return None
        k = doc[nxt]
        while k.head.i != k.i and k.head.left_edge.i == nxt:
            k = k.head
        return k if k.left_edge.i == nxt else None

    def joined(self, cc: Token, cue: Token, lo: int, hi: int, before_cue: bool) -> Token | None:
        """The verb the conjunction joins, when it goes on with what was said."""
        k = self.opened(cc)
        if k is None or k.pos_ not in ("VERB", "AUX") or self.cd.cue_lemma(k) is not None:
            return None
        if k.dep_ == "conj" and (k.head.i == cue.i or lo <= k.head.i < hi):
            return k
        # a second clause of the cue: "and that Z" (the parse may take that "that" for a determiner:
        # "and that talk of X masked Y"), "and how much Z", or a clause the cue's tense does not tell on
        first = k.left_edge.lower_
        if k.dep_ == "ccomp" and k.head.i == cue.i and (
                first == "that" or first in WH_WORDS or before_cue or _tense_of(k) != _tense_of(cue)):
            return k
        return None

    def joined_phrase(self, cc: Token, cue: Token, lo: int, hi: int) -> Token | None:
        """The noun phrase, prepositional phrase or question clause the conjunction joins to a noun
        of the content, when the parse hung it outside."""
        head = cc.head
        if not lo <= head.i < hi or head.pos_ not in _NOMINALS or any(
                ch.dep_ == "conj" and lo <= ch.i < hi for ch in head.children):
            return None
        k = self.opened(cc)
        if k is None or k.left_edge.i <= cue.i <= k.right_edge.i:
            return None
        if k.pos_ in ("VERB", "AUX"):  # a clause: only one a question word opens ("and how Y")
            return k if k.left_edge.lower_ in WH_WORDS and self.cd.cue_lemma(k) is None else None
        return k if k.pos_ in _NOMINALS or k.pos_ == "ADP" else None
