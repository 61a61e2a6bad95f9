"""Calls named by a noun with no possessor to speak them: "renewed Republican calls for a special
prosecutor", "there have been few calls for Sanders to drop out", "Cruz made an unprompted call for
an end to subsidies", "calls from her rivals to break up the banks". (noun_acts.py takes "his call
for X".) The content is what is called for; the speaker is the subject of a verb that makes the call
("made a call for", "renewed calls for"), a speaker noun or adjective on the noun ("Republican
calls", "union calls") or the "from" phrase; else the call is nobody's named (claimant null)."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .lexicon.calls import CALL_FOR_RESCUE, CALL_MAKING_VERBS, CALL_NOT_DEMANDS, CALL_WITH_VERBS
from .noun_acts import NounActs
from .noun_tagged_cues import misread_name_of
from .speech_acts import is_speaker
from .token_index import text_matches

CALL_NOUN = re.compile(r"\bcalls?\s+(?:for|to|from)\b", re.IGNORECASE)


class CallNouns:
    """Reads the parse of the collector it adds to (the tokens and spans only)."""

    def __init__(self, claims: ClaimCollector, nouns: NounActs):
        self.claims, self.cd, self.nouns = claims, claims.cd, nouns
        # where "call for / to / from" stands in the text: the only sentences to read
        self.at = [m.start() for m in text_matches(self.cd.text, CALL_NOUN, "call")]

    def calls(self, sent: Span) -> None:
        k = bisect_left(self.at, sent.start_char)
        while k < len(self.at) and self.at[k] < sent.end_char:
            n = self.cd.doc.char_span(self.at[k], self.at[k] + 5, alignment_mode="expand")
            k += 1
            if n is None or n[0].pos_ != "NOUN" or n[0].lemma_.lower() != "call" or self.cd.qidx[n[0].i] >= 0:
                continue
            self.call(sent, n[0])

    def call(self, sent: Span, n: Token) -> None:
        if any(c.dep_ == "poss" or c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in CALL_NOT_DEMANDS
               for c in n.children):
            return  # "his call for X" (noun_acts.py); "phone calls for donations", "a judgment call"
        found = self.nouns.content(n, "call") or self.clause_after(n)
        if found and len(found[0]) == 1 and found[0][0].lemma_.lower() in CALL_FOR_RESCUE:
            return  # "calls for help": a cry in distress
        sp = self.cd.span_of(found[0]) if found else None
        taken = sp is None or sp[1] - sp[0] < 3 or any(
            c.start < sp[1] and sp[0] < c.end or c.start <= n.idx < c.end for c in self.claims.found)
        if not taken:
            who = self.speaker(n)
            claimant = self.claims.claimants.claimant_of(who) if who is not None else (None, None, False)
            self.claims.add(sent, *sp, cue=found[1], qtype=None, cue_i=n.i, claimant=claimant)

    def clause_after(self, n: Token) -> tuple[list[Token], str] | None:
        """ "few calls for Sanders to drop out", "calls to boycott his films": the parse hangs the
        clause right after the noun on the noun or on the verb above it (or above its preposition),
        as an adverbial."""
        heads = [n, n.head] + ([n.head.head] if n.dep_ == "pobj" else [])  # "flooded with calls to X"
        for c in (c for h in heads for c in h.children):
            first = c.left_edge
            if c.dep_ in ("advcl", "xcomp") and first.i == n.i + 1 and first.head.i == c.i and \
                    any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                if first.lower_ == "for" and first.dep_ == "mark":
                    return [t for t in self.cd.subtree(c) if t.i != first.i], n.text.lower() + " for"
                if first.lower_ == "to" and first.dep_ == "aux":
                    return self.cd.subtree(c), n.text.lower() + " to"
        return None

    def speaker(self, n: Token) -> Token | None:
        """Who calls, or None when the text does not name them."""
        root = misread_name_of(n)
        if root is not None:
            return root  # "Trump calls for X" with "calls" read as a noun
        h = n.head
        if n.dep_ == "pobj" and h.lower_ == "with" and h.head.lemma_.lower() in CALL_WITH_VERBS:
            h = h.head  # "Trump opened with a call for X"
        if n.dep_ == "dobj" and h.lemma_.lower() in CALL_MAKING_VERBS or h is not n.head:
            who = self.cd.subject(h)
            if who is not None and is_speaker(who) and who.lower_ not in ("it", "that", "this", "which"):
                return who
        for c in n.children:
            if c.dep_ in ("compound", "amod") and c.i < n.i and (c.ent_type_ in ("NORP", "ORG", "PERSON") or is_speaker(c)):
                return c  # "Republican calls for X", "union calls for X"
            if c.dep_ == "prep" and c.lower_ == "from":
                who = next((g for g in c.children if g.dep_ == "pobj"), None)
                if who is not None and is_speaker(who):
                    return who  # "calls from her rivals to break up the banks"
        return None
