"""Speech acts named by a noun with its speaker as possessor: "his call for a ban", "Trump's
proposal to build a wall", "her criticism of the deal", "her remark that Y". (The nouns of
claims with a that-clause, "his claim that Y", are CuePatterns.claim_nouns.) They run after the verb
patterns and take only what those left."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import ClaimDoc, ClaimDocReader
from .lexicon.cues import ACT_NOUN_PREPS, ACT_NOUNS_TO, SAID_NOUNS_WITH_CLAUSE
from .speech_acts import infinitive_after, is_speaker

# the walk over nouns tests all three at once
_ACT_NOUNS = frozenset(ACT_NOUN_PREPS) | frozenset(ACT_NOUNS_TO) | frozenset(SAID_NOUNS_WITH_CLAUSE)


class NounActs(ClaimDocReader):
    def __init__(self, cd: ClaimDoc, claims: ClaimCollector):
        super().__init__(cd)
        self.claims = claims

    def nouns(self, sent: Span) -> None:
        for i in self.cd.words.with_lemma(sent.start, sent.end, _ACT_NOUNS):
            n = self.cd.tokens[i]
            if self.qidx[i] >= 0:
                continue
            lem = self.cd.words.lemma[i]
            who = next((c for c in n.children if c.dep_ == "poss"), None)
            if who is None or not is_speaker(who):
                continue  # "the attacks on Paris", "calls for help": no speaker named
            found = self.content(n, lem)
            if found is None:
                continue
            sp = self.cd.span_of(found[0])
            if sp is None or sp[1] - sp[0] < 3:
                continue
            if any(c.start < sp[1] and sp[0] < c.end or c.start <= n.idx < c.end for c in self.claims.found):
                continue
            self.claims.add_attributed(sent, sp, found[1], n, who, False, "asserted")

    def content(self, n: Token, lem: str) -> tuple[list[Token], str] | None:
        """What the act is about, and the cue as shown: "call for [a ban]", "promise [to X]",
        "remark [that Y]"."""
        if lem in SAID_NOUNS_WITH_CLAUSE:
            clause = next((c for c in n.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > n.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            return (self.cd.subtree(clause), n.text.lower()) if clause is not None else None
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in ACT_NOUN_PREPS.get(lem, ()) and c.i > n.i:
                toks = [t for g in c.children if g.dep_ in ("pobj", "pcomp") for t in g.subtree]
                if c.lower_ == "for":  # "its calls for Silicon Valley to roll back encryption"
                    toks += infinitive_after(n, toks) or infinitive_after(n.head, toks)
                return toks, n.text.lower() + " " + c.lower_
            if c.dep_ == "acl" and lem in ACT_NOUNS_TO and c.i > n.i and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                return self.cd.subtree(c), n.text.lower()
        if "for" in ACT_NOUN_PREPS.get(lem, ()):
            # "the union's calls for the master to step down": the parse makes "for ... to step
            # down" a clause of the verb the noun hangs on
            for c in n.head.children:
                first = c.left_edge
                if c.dep_ == "advcl" and first.i == n.i + 1 and first.lower_ == "for" and \
                        any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                    return [t for t in self.cd.subtree(c) if t.i != first.i], n.text.lower() + " for"
        return None
