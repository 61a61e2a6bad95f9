"""Relative asides: the speaker's own second act, in a relative clause on a word of the content
("Lee says he is tied for second place, in a finish that he said defied expectations"; "said the
council broke the rules, which she added “is deeply regrettable”"; "said observers went with the
marchers, whom he described as “peaceful”"). The parse hangs the clause inside the first content,
so the first claim ran on over it and the second act, a cue inside a claim of the same speaker, was
settled into it; PolNeAR gives each act its own attribution. The first content ends before the
relative word, and the clause (the relative word and what follows the cue) is a claim of its own,
the first speaker's. Only a pronoun subject counts ("he said"): a named one is another speaker,
whose nested acts stay in the content (nested_acts.py). A content split around its tag ("Despite
X, he noted, Y, which he said would be Z") ends its last piece before the aside. Runs after the
pattern families."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_candidates import ClaimCandidate
from .claim_collector import ClaimCollector
from .lexicon.cues import CUE_LEMMAS

# the relative words that open such a clause, as text for the pre-check and as tokens
_RELATIVE_TEXTS = (" which ", " that ", " whom ", " who ")
_RELATIVES = frozenset({"which", "that", "whom", "who"})
# the subject that makes the act the first speaker's own
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})
# what may stand between the first content and the relative word
_SEPARATORS = frozenset({",", "—", "–", "-", "--", ";"})


class RelativeAsides:
    def __init__(self, claims: ClaimCollector):
        self.claims, self.doc = claims, claims.cd.doc

    def split(self) -> None:
        for c in self.claims.undivided_attributed():
            if not any(w in c.content for w in _RELATIVE_TEXTS):
                continue  # (a text check first: most contents hold no relative word)
            toks = self.doc.char_span(c.start, c.end, alignment_mode="expand")
            if toks is None or len(toks) < 5:
                continue
            act = self._aside(c, toks)
            if act is not None:
                self._split_at(c, toks, *act)
        self.split_pieces()

    def split_pieces(self) -> None:
        """ "Despite X, he noted, Y, which he said would be Z": a content split around its tag, the
        aside closing its last piece."""
        n = len(self.doc)
        for c in [c for c in self.claims.found if len(c.parts) > 1 and c.quote_type == "indirect" and
                  c.claimant is not None and 0 <= c.cue_i < n]:
            s0, e0 = c.parts[-1]
            if not any(w in self.claims.text[s0:e0] for w in _RELATIVE_TEXTS):
                continue
            toks = self.doc.char_span(s0, e0, alignment_mode="expand")
            if toks is None or len(toks) < 5:
                continue
            act = self._aside(c, toks)
            if act is not None:
                self._split_at(c, toks, *act)

    def _aside(self, c: ClaimCandidate, toks: Span) -> tuple[Token, Token, int] | None:
        """The relative clause's cue verb, its relative word and where the aside begins: a cue
        lemma heading a relative clause set off by a comma, with a speaker pronoun for subject, that
        closes the content."""
        ix = self.claims.cd.words
        last = max((t.i for t in toks if not ix.punct[t.i]), default=-1)
        for i in range(toks.start + 2, toks.end):
            if ix.lower[i] not in _RELATIVES:
                continue
            v = self.doc[i].head
            if v.dep_ == "ccomp" and v.head.dep_ == "relcl":
                v = v.head  # "which he said would be Y": the relative word is the clause's subject
            if v.dep_ != "relcl" or v.i <= i or v.lemma_.lower() not in CUE_LEMMAS or \
                    v.right_edge.i < last:
                continue
            start = self._set_off(i, v, toks)
            kids = list(v.children)
            if start is not None and not any(k.dep_ == "neg" for k in kids) and \
                    any(k.dep_ == "nsubj" and k.lower_ in _SPEAKER_PRONOUNS and k.i < v.i for k in kids):
                return v, self.doc[i], start
        return None

    def _set_off(self, i: int, v: Token, toks: Span) -> int | None:
        """Where the aside begins when a comma or a dash sets it off: the relative word (", which he
        added"), or the phrase that holds its noun (", in a finish that he said"); else None: a
        clause with no comma defines its noun ("the same system that he says he will change") and
        is part of what was said."""
        doc = self.doc
        if doc[i - 1].text in _SEPARATORS:
            return i
        noun = v.head
        phrase = noun.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun
        first = phrase.left_edge.i
        if first > toks.start + 1 and first < i and doc[first - 1].text in _SEPARATORS:
            return first
        return None

    def _split_at(self, c: ClaimCandidate, toks: Span, v: Token, rel: Token, start: int) -> None:
        doc = self.doc
        end = start - 1
        while end > toks.start and (doc[end].text in _SEPARATORS or doc[end].is_punct and not doc[end].is_quote):
            end -= 1
        body = list(doc[v.i + 1: min(v.right_edge.i + 1, toks.end)])
        while body and body[-1].is_punct and not body[-1].is_quote:
            body.pop()
        if end <= toks.start or not body:
            return
        cut = doc[end].idx + len(doc[end])
        if c.parts:  # the last piece ends before the aside
            pieces = c.parts[:-1] + [(c.parts[-1][0], cut)]
            self.claims.respan(c, pieces[0][0], cut, pieces)
        else:
            self.claims.respan(c, c.start, cut)
        parts = [(rel.idx, rel.idx + len(rel)), (body[0].idx, body[-1].idx + len(body[-1]))]
        read = next((f for f in self.claims.found if f.cue_i == v.i), None)
        if read is not None:  # a cue family read the act already, over "that he said Y": the relative word and Y
            self.claims.respan(read, rel.idx, parts[1][1], parts)
            return
        self.claims.add(c.sent, rel.idx, parts[1][1], cue=v.text.lower(), qtype=None, cue_i=v.i,
                        claimant=(c.claimant, c.claimant_entity, c.subj_pronoun), parts=parts)
