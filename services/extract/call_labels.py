"""Labels given by "call" with two complements the evaluation patterns (evaluation_cues.py) leave:
"with O'Malley calling Trump a fascist", "..., and calling the leader a liar", "used the speech to
call her a radical", "critics call it a giveaway". The parse reads the pair oddly (the object an
xcomp with the label its object, a dative, or a participle with no subject of its own), so the
cue has no subject or no "dobj". The content is the object through its label; the speaker is the
verb's subject, the subject inside "with X calling", the subject of the verb a participle or a
conjunct hangs on, or the possessor of "his speech to call". A proper name as the label is a
naming ("call him Bill"), and so is a passive ("is called"): no claim."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import without_trailing_joins
from .lexicon.calls import CALL_LABEL_IDIOMS
from .speech_acts import is_speaker
from .token_index import text_matches

OBJECT_DEPS = ("dobj", "dative", "xcomp", "nsubj", "oprd")  # "calling Trump(xcomp) a fascist(dobj)"
LABEL_DEPS = ("oprd", "attr", "xcomp", "acomp", "dobj", "appos")
CALL_WORD = re.compile(r"\bcall", re.IGNORECASE)


class CallLabels:
    """Reads the parse of the collector it adds to (the tokens and spans only)."""

    def __init__(self, claims: ClaimCollector):
        self.claims, self.cd = claims, claims.cd
        # where "call" stands in the text: most sentences have none, and need no walk
        self.at = [m.start() for m in text_matches(self.cd.text, CALL_WORD, "call")]

    def labels(self, sent: Span) -> None:
        k = bisect_left(self.at, sent.start_char)
        if k == len(self.at) or self.at[k] >= sent.end_char:
            return
        for v, kids in self.claims.untaken_verbs(sent):
            if v.lemma_.lower() != "call" or any(c.dep_ in ("auxpass", "prt") for c in kids) or any(
                    c.dep_ == "prep" and c.i > v.i for c in kids):
                continue  # "is called X", "called out", "called for", "called him by his name"
            pair = self.object_and_label(v, kids)
            if pair is None:
                continue
            obj, label = pair
            who = self.speaker(v, kids)
            if who is None:
                continue
            toks = [t for t in sent if obj.left_edge.i <= t.i <= label.right_edge.i]
            toks = without_trailing_joins(toks)
            sp = self.cd.span_of(toks)
            if sp is None or sp[1] - sp[0] < 3 or self.claims.overlaps(sp):
                continue
            self.claims.add_attributed(sent, sp, v.text.lower(), v, who, False, "asserted")

    @staticmethod
    def object_and_label(v: Token, kids: list[Token]) -> tuple[Token, Token] | None:
        """The object and the label after it, or None: the label a common noun or an adjective."""
        obj = next((c for c in kids if c.dep_ in OBJECT_DEPS and c.i > v.i and
                    c.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if obj is None:
            return None
        label = next((c for c in kids if c.dep_ in LABEL_DEPS and c.i > obj.i and c is not obj), None) or \
            next((c for c in obj.children if c.dep_ in LABEL_DEPS and c.i > obj.i), None)
        if label is None or label.pos_ not in ("NOUN", "ADJ") or label.lemma_.lower() in CALL_LABEL_IDIOMS:
            return None  # "call him Bill" names him; "call it a day", "call it quits"
        inside = {t.i for t in label.subtree}
        obj_end = max(t.i for t in obj.subtree if t.i not in inside)
        if label.left_edge.i != obj_end + 1:
            return None  # the label right after the object: not "called him on Tuesday a ..."
        return obj, label

    def speaker(self, v: Token, kids: list[Token]) -> Token | None:
        """Who calls: the verb's subject, the subject of "with X calling", the subject of the verb a
        participle or conjunct hangs on, or the possessor of the noun "to call" hangs on."""
        who = self.cd.subject(v)
        if who is None and v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and \
                v.head.head.pos_ in ("VERB", "AUX"):
            who = self.cd.subject(v.head.head)  # "went after Bush by calling him a loser"
        if who is None and v.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            who = next((c for c in v.head.children if c.dep_ == "poss"), None)  # "his address to call X Y"
        if who is None and v.dep_ == "acl" and v.tag_ == "VBN" and v.head.i < v.i and v.head.pos_ in ("NOUN", "PROPN"):
            who = v.head  # "; one lawmaker called Trump “a fraud”": the parse reads a naming participle
        if who is None or who.lower_ in ("it", "that", "this", "which") or who.dep_ == "expl" or not is_speaker(who):
            return None
        return who
