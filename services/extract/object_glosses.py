"""Object glosses: the writer's relative clause after a comma on a noun phrase content ("Bush
attacked billionaire Donald Trump, with whom he clashed at Saturday's debate", "Trump seldom
speaks of his brother Freddy, who died in 1981", "the Times cited a new book by X, who detailed Y").
When what was said is a thing named (the content is one noun phrase after its cue), a
non-restrictive relative clause on it tells the reader about the thing: the speaker named the
thing, the writer glossed it. PolNeAR ends such contents at the comma, and often annotates the
gloss apart when it reports an act of its own ("who detailed Y"). A clause inside quotation
marks is the speaker's words and stays; so does a content before its cue. (An appositive gloss,
", a flaw in the system", was tried too: on PolNeAR train it lost more matches than it gave.)
Runs after every family, on what they found."""

from __future__ import annotations

import re

from spacy.tokens import Span

from .claim_candidates import ClaimCandidate
from .claim_collector import ClaimCollector

# a comma, then a relative word, perhaps after a preposition (", which", ", with whom"): the
# cheap text test before any parse is read
GLOSS_OPENING = re.compile(r",\s+(?:\w+\s+)?(?:who|whom|whose|which|where|when)\b", re.IGNORECASE)


class ObjectGlosses:
    def __init__(self, claims: ClaimCollector):
        self.claims, self.doc = claims, claims.cd.doc

    def cut(self) -> None:
        # a text check first: most contents have no relative clause after a comma
        for c in [c for c in self.claims.found if GLOSS_OPENING.search(c.content)]:
            toks = self._named_thing(c)
            end = None if toks is None else self._gloss_start(toks)
            if end is not None:
                self.claims.respan(c, c.start, self.doc[end].idx + len(self.doc[end]))

    def _named_thing(self, c: ClaimCandidate) -> Span | None:
        """The content's tokens, when it is reported speech after its cue; or None."""
        doc = self.doc
        if c.parts or c.quote_type == "direct" or not 0 <= c.cue_i < len(doc) or c.start < doc[c.cue_i].idx:
            return None  # quoted words, or "X, who ..., she said": the speaker's words throughout
        toks = doc.char_span(c.start, c.end, alignment_mode="expand")
        return toks if toks is not None and len(toks) >= 4 else None

    def _gloss_start(self, toks: Span) -> int | None:
        """The last word before a comma relative clause that runs to the content's end, when the
        content is a single noun phrase; or None."""
        doc = self.doc
        heads = [t for t in toks if not toks.start <= t.head.i < toks.end or t.head.i == t.i]
        if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
            return None  # a clause said, not a thing named
        last = max((t.i for t in toks if not t.is_punct), default=-1)
        for t in toks:
            first = t.left_edge.i
            if t.dep_ != "relcl" or first <= toks.start + 1 or doc[first - 1].text != "," or t.right_edge.i < last:
                continue
            if any(q.is_quote for q in doc[first:last + 1]):
                return None  # the speaker's quoted words
            return first - 2
        return None
