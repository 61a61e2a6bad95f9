"""Mixed speech found from a long quotation inside a verb's complement, under a verb no cue list
knows: "the ad targets a “corrupt system that keeps the poor in their place”", "the lawsuit seeks
“a permanent order barring the board from meeting”", "the memo urged staff to “keep every record
of the trip”". Five quoted words or more are somebody's phrasing, not a label or a scare quote
("pushed the “gun violence” narrative", "won the “closed” primaries": the writer's words around a
short one), and as the verb's object or clause they are what the subject put forward. An adjunct
("waited in an “extremely long line”") is the writer's scene, so only the complement counts.
Runs after the quoted fragments and clauses, so it only sees the quotes every other family left."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .claim_doc import FINITE_TAGS
from .quoted_fragments import QuotedFragments

MIN_WORDS = 5  # quoted words (five and over: PolNeAR train 18 of 20 right; four adds 6, 4 right)
COMPLEMENT_DEPS = ("dobj", "xcomp", "ccomp")


class LongQuotedComplements(QuotedFragments):
    def complements(self) -> None:
        for qi, toks in self.long_quotes(MIN_WORDS):
            self.complement(qi, toks)

    def long_quotes(self, min_words: int) -> Iterator[tuple[int, list[Token]]]:
        """Each quote no claim covers yet (see left_quotes) of `min_words` quoted words or more."""
        if not self.quotes:
            return
        for qi, toks in self.left_quotes():
            if sum(1 for t in toks if t.is_alpha) >= min_words:
                yield qi, toks

    def complement(self, qi: int, toks: list[Token]) -> None:
        sent = toks[0].sent
        found = self.verb_above_quote(sent, qi, toks)
        if found is None or found[0].dep_ not in COMPLEMENT_DEPS:
            return
        child, v = found
        subj = self.cd.subject(v) or self.participle_speaker(v)
        content = [t for t in child.subtree if t.i < sent.end]
        sp = self.cd.span_of(content)
        # (any subject: a document or an ad puts words forward too, "the ad targets a “...”")
        if subj is None or subj.dep_ == "expl" or not sp or self.claims.overlaps(sp) or \
                self.cd.quote_type_of(*sp) != "mixed":
            return
        first = next(t for t in content if not t.is_punct)
        if first.tag_ in FINITE_TAGS:  # "said was an “insult”": the parse lost the clause's subject
            return
        self.claims.add_attributed(sent, sp, v.text.lower(), v, subj, False, "asserted")
