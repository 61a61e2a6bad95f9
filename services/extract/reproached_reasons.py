"""Reproaches with a quoted reason: "Lewandowski ripped the director for acting as “the judge and
the jury”", "the senator chided her rival for raising doubts about his “natural born” status".
Who is reproached and why is what the subject says (mixed speech): the quoted words in the reason
show it is the speaker's account. Most of these verbs are no cue of any family
(lexicon/reproaches.py), and the quoted-fragment fallback leaves out the one reproached ("for
raising doubts ...") or misses a quote deep in the reason. Runs after the direct quotes, before
the quoted fragments."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon.cues import OBJECT_ACT_LEMMAS
from .lexicon.reproaches import CHARGE_PREPS, REASON_PREPS, REPROACH_LEMMAS
from .quoted_fragments import QuotedFragments
from .speech_acts import is_speaker, participle_speaker

_VERBS = REPROACH_LEMMAS | OBJECT_ACT_LEMMAS | set(CHARGE_PREPS)
_PREPS = REASON_PREPS | set(CHARGE_PREPS.values())
_PERSONAL_OBJECTS = {"him", "her", "them", "us", "me", "you"}


class ReproachedReasons(QuotedFragments):
    def reasons(self) -> None:
        for _qi, toks in self.left_quotes():
            self.reason(toks[0])

    def reason(self, first: Token) -> None:
        prep = next((a for a in first.ancestors if a.dep_ == "prep" and a.lower_ in _PREPS), None)
        if prep is None:
            return
        # "ripped [the director] [for acting ...]", or "for" hung on the object or its appositive
        # ("bludgeoned his rivals, A and B, for ...")
        v, obj = prep.head, None
        if v.dep_ in ("dobj", "appos") and v.pos_ in ("NOUN", "PROPN", "PRON"):
            obj = v
            while obj.dep_ == "appos":
                obj = obj.head
            if obj.dep_ != "dobj":
                return
            v = obj.head
        lem = v.lemma_.lower()
        if v.pos_ != "VERB" or lem not in _VERBS or self.qidx[v.i] >= 0 or \
                prep.lower_ not in REASON_PREPS and CHARGE_PREPS.get(lem) != prep.lower_:
            return
        obj = obj or next((c for c in v.children if c.dep_ == "dobj" and c.i < prep.i), None)
        if obj is None or self.qidx[obj.i] >= 0 or not self.reproachable(obj) or any(c.dep_ == "neg" for c in v.children):
            return
        subj = self.speaker(v)
        if subj is None or not is_speaker(subj):
            return
        sent = first.sent
        sp = self.cd.span_of(list(self.doc[obj.left_edge.i:min(prep.right_edge.i + 1, sent.end)]))
        if not sp or self.claims.overlaps(sp) or self.cd.quote_type_of(*sp) != "mixed":
            return
        self.claims.add_attributed(sent, sp, v.text.lower(), v, subj, False, "asserted")

    @staticmethod
    def reproachable(obj: Token) -> bool:
        """Whom one reproaches: a person, a body, a group ("Clinton allies", "him"); not a thing
        ("hit the road for a “listening” tour" is a deed)."""
        return is_speaker(obj) or obj.lower_ in _PERSONAL_OBJECTS or obj.tag_ == "NNS"

    def speaker(self, v: Token) -> Token | None:
        """The verb's subject, or whose act a participle is; for a second participle, the first's
        ("responded by calling him “dopey” and accusing him of Y")."""
        subj = self.cd.subject(v) or participle_speaker(v)
        if subj is None and v.dep_ == "conj" and v.tag_ == v.head.tag_ == "VBG":
            return self.speaker(v.head)
        return subj
