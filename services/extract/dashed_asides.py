"""Who speaks in a verb the parse hung inside a dashed aside that closes before it ("Protesters
marched past the stadium - where the Panthers play - while chanting Y", "Roe brushed it off,
calling it a joke -- “That's politics” -- and, when pressed, insisting Y"): the verb goes on
with the clause before the aside, whose subject speaks, not the aside's subject (or nobody, when
the parse made the aside the sentence's root)."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_doc import ClaimDoc, ClaimDocReader

_DASHES = {"-", "–", "—", "--"}
_OWN_SUBJECT = ("nsubj", "nsubjpass", "expl", "csubj")
_RELATIVES = {"who", "that", "which", "whom", "where", "what"}


class DashedAsides(ClaimDocReader):
    def __init__(self, cd: ClaimDoc):
        super().__init__(cd)
        self.dashed: dict[int, bool] = {}  # sentence index -> whether its text holds a dash

    @staticmethod
    def dash(t: Token) -> bool:
        """A dash that opens or closes an aside, not a hyphen inside a name ("Glass-Steagall")."""
        return t.text in _DASHES and t.tag_ != "HYPH"

    def speaker(self, v: Token) -> Token | None:
        """The subject of the clause before the aside v's head sits in; None when v has a
        subject of its own or no dashed aside lies between v and the clause it goes with."""
        si = self.sent_of[v.i]
        if si not in self.dashed:  # a text check first: most sentences have no dash
            sent = self.sents[si]
            t = self.text[sent.start_char:sent.end_char]  # Span.text, without a Token per word
            self.dashed[si] = " -" in t or "–" in t or "—" in t
        if not self.dashed[si]:
            return None
        h = v.head
        while h.dep_ == "conj" and h.head.i != h.i and h.i > h.head.i:
            h = h.head
        if v.pos_ != "VERB" or h.i >= v.i or any(k.dep_ in _OWN_SUBJECT for k in v.children):
            return None
        lo = self.sents[si].start
        close = next((i for i in range(h.i + 1, v.i) if self.dash(self.doc[i])), None)
        if close is None:
            return None  # cheap: no dash between the head and v
        opening = next((i for i in range(h.i - 1, lo - 1, -1) if self.dash(self.doc[i])), None)
        if opening is None or opening <= lo:
            return None
        inside = range(opening, close + 1)
        # the highest clause over the word before the aside (the parse may hang that clause inside
        # the aside: "said Roe had begun - there are two - but said Y" is the first sayer's)
        x, best = self.doc[opening - 1], None
        for _ in range(16):
            if x.i not in inside and x.pos_ in ("VERB", "AUX"):
                subj = next((k for k in x.children if k.dep_ in ("nsubj", "nsubjpass") and k.i < opening), None)
                if subj is not None:
                    best = subj
            if x.head.i == x.i:
                break
            x = x.head
        if best is None or best.lower_ in _RELATIVES or self.qidx[best.i] >= 0:
            return None
        return best
