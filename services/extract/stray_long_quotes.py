"""Speech found from a long quotation that no pattern took, wherever it hangs on its verb: "the
group filed a request for “every record of the mayor's trips to the coast last year”", "the
governor released a statement condemning “what looks like a deliberate attack on our
farmers”". Eight quoted words or more are somebody's sentence or clause, not a label or a scare
quote; when the subject of the verb they hang on can speak (a name, a person, a body), it is who
put them forward, and the quotation alone is the content. Runs after LongQuotedComplements, which
takes a verb's objects and clauses with the words around their quote. Left alone: a quote going
on from a claim's ("said Y “A,” and “B”"), a headline cited in brackets, a passive's agent, an
adverbial clause (a condition or a time in the writer's sentence: "lost his farm when “...”")
and a quoted place or scene on a verb with no object ("waited for hours in an “...”")."""

from __future__ import annotations

from spacy.tokens import Token

from .long_quoted_complements import LongQuotedComplements
from .speech_acts import is_speaker

MIN_WORDS = 8  # quoted words
# a quote going on from the one before it ("“A,” he said, “and B”", "“A,” and “B”")
CONJUNCTIONS = {"and", "but", "or"}


class StrayLongQuotes(LongQuotedComplements):
    def strays(self) -> None:
        for qi, toks in self.long_quotes(MIN_WORDS):
            self.stray(qi, toks)

    def stray(self, qi: int, toks: list[Token]) -> None:
        sent = toks[0].sent
        sp = self.cd.span_of(toks)
        first = next((t for t in toks if t.is_alpha), None)
        if not sp or first is None or first.lower_ in CONJUNCTIONS or self.goes_on(toks[0]) or \
                self.cd.text[:sp[0]].rstrip(" “\"'").endswith("("):
            return
        found = self.verb_above_quote(sent, qi, toks)
        if found is None:
            return
        child, v = found
        if v.text.isupper() or child.dep_ in ("agent", "advcl") or self.adjunct(qi, toks, child, v):
            return  # a heading in capitals; "would be funded by “...”"; "lost his son when “...”"; "waited in a “...”"
        subj = self.cd.subject(v) or self.participle_speaker(v)
        if subj is None or not is_speaker(subj) or self.claims.overlaps(sp):
            return
        self.claims.add_attributed(sent, sp, v.text.lower(), v, subj, False, "asserted")

    def goes_on(self, t: Token) -> bool:
        """ "said her family “A,” and “B”": a conjunction right before the quote, a claim before it."""
        prev = [x for x in self.doc[max(t.sent.start, t.i - 4):t.i] if not x.is_punct and not x.is_space]
        if not prev or prev[-1].lower_ not in CONJUNCTIONS:
            return False
        before = [x for x in self.doc[t.sent.start:prev[-1].i] if not x.is_space]
        return bool(before) and self.claims.overlaps((before[-1].idx, before[-1].idx + len(before[-1].text)))

    def adjunct(self, qi: int, toks: list[Token], child: Token, v: Token) -> bool:
        """A quoted noun phrase in a prepositional phrase on a verb with no object: the scene."""
        head = next((t for t in toks if self.qidx[t.head.i] != qi), None)
        return head is not None and head.dep_ == "pobj" and child.dep_ == "prep" and \
            self.qidx[child.i] != qi and not any(c.dep_ == "dobj" for c in v.children)
