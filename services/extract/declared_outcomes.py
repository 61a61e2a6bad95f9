"""Outcomes declared in the passive: "Roe was declared the winner in Dover", "the bill's backers
were declared the majority by the clerk", "she was announced the winner". To declare someone
the winner is to state that they won: PolNeAR annotates the one declared and what they were
declared ("Roe the winner in Dover") as what the declaring side states. The speech act families
skip the passive, and no clause follows the verb, so no cue pattern takes it. Only a verb of
declaring with a subject and a noun predicate after it ("oprd"), not "was declared dead" nor
"was named the chair" (an appointment, not a statement), not negated, outside quotations and
only where no claim has the words. With "by X", X is the claimant; without it, a report with
no named source."""

from __future__ import annotations

from .claim_collector import ClaimCollector

DECLARING_LEMMAS = {"declare", "announce", "proclaim", "pronounce"}


class DeclaredOutcomes:
    def __init__(self, claims: ClaimCollector) -> None:
        self.claims, self.cd = claims, claims.cd

    def outcomes(self) -> None:
        cd, words = self.cd, self.cd.words
        if not DECLARING_LEMMAS.intersection(words.lemma):  # cheap: most articles declare nothing
            return
        for i in [i for i, lem in enumerate(words.lemma) if lem in DECLARING_LEMMAS and words.pos[i] == "VERB"]:
            if cd.qidx[i] >= 0:
                continue  # a speaker's own words: the quote is the claim
            v = cd.tokens[i]
            kids = list(v.children)
            if any(c.dep_ == "neg" for c in kids) or not any(c.dep_ == "auxpass" for c in kids):
                continue
            subj = next((c for c in kids if c.dep_ == "nsubjpass" and c.i < v.i), None)
            # (the parse reads the predicate as an object at times: "she was announced the winner")
            pred = next((c for c in kids if c.dep_ in ("oprd", "dobj") and c.i > v.i and c.pos_ in ("NOUN", "PROPN")), None)
            if subj is None or pred is None or subj.lower_ in ("it", "that", "which", "who"):
                continue
            # "by the networks", hung on the verb or on the predicate: the declaring side, and the
            # predicate ends before it
            agent = next((c for c in kids if c.dep_ == "agent" and c.i > v.i), None) or next(
                (c for c in pred.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            who = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            end = agent.i if agent is not None and agent.i > pred.i else pred.right_edge.i + 1
            # not the subject's gloss ("Roe, [then mayor],") nor a clause on the race ("an election
            # [that was marred by fraud]"): the one declared and the outcome
            head = cd.span_of(cd.subtree(subj, set().union(*({t.i for t in c.subtree} for c in subj.children
                                                              if c.dep_ == "appos"))))
            tail = cd.span_of([t for t in cd.subtree(pred, set().union(*({t.i for t in c.subtree} for c in pred.subtree
                                                                          if c.dep_ == "relcl"))) if t.i < end])
            if head is None or tail is None:
                continue
            sp = (head[0], tail[1])
            if self.claims.overlaps(sp):
                continue
            sent = cd.sents[cd.sent_of[i]]
            if who is not None:
                self.claims.add_attributed(sent, sp, v.text.lower(), v, who, False, "asserted", parts=[head, tail])
            else:
                self.claims.add(sent, *sp, cue=v.text.lower(), qtype="reported", cue_i=i, hedged=True,
                                parts=[head, tail])
