"""Asides that name a document, poll or record as the source of the sentence around them:
"Bush lent his campaign $500,000 last month, fundraising documents show", "During that stretch,
F.A.A. records show, the jet flew 216 hours". The parse rarely reads these: it tags "show" a noun
or hangs the records on the sentence's verb, so the aside is read by its words (a comma, a noun
phrase holding a document noun, the verb, then a comma or the sentence's end). The content is
the sentence outside the aside, the document its claimant (kind evidence). Runs after the
verb families and SourceAsides, and takes only what no claim holds."""

from __future__ import annotations

from .claim_collector import ClaimCollector
from .claim_doc import FINITE_TAGS, QUOTE_CHARS
from .lexicon.cues import HEDGE_LEMMAS
from .lexicon.kinds import EVIDENCE_ASIDE_FORMS, EVIDENCE_SOURCES
from .source_asides import is_bound, outside_spans

_ENDS = {".", "!", "?"}
_MAX_SOURCE = 12  # words in the document's noun phrase: "FEC records compiled by the Center for X"


class EvidenceAsides:
    """Reads the Doc of the collector it adds to; one claim per aside."""

    def __init__(self, claims: ClaimCollector):
        self.claims = claims  # the collector whose Doc it reads and to which it adds
        self.cd = claims.cd
        self.doc = claims.cd.doc

    def asides(self) -> None:
        low = self.cd.text.lower()
        if not any(f" {f}" in low for f in EVIDENCE_ASIDE_FORMS):  # most articles: no word to read
            return
        words = self.cd.words
        for i in words.with_form(0, len(self.doc), EVIDENCE_ASIDE_FORMS):
            self.aside(i)

    def aside(self, i: int) -> None:
        doc, lower = self.doc, self.cd.words.lower
        if self.cd.qidx[i] >= 0:
            return  # "“Y, Canadian records show,” the Times reported": the quoted writer's source
        v = doc[i]
        sent = v.sent
        after = doc[i + 1] if i + 1 < sent.end else None
        if after is None or not (is_bound(after) or after.text in _ENDS):
            return  # "records show that Y", "polls show him ahead": the verb families' own
        j = i - 1  # back to the comma or dash that opens the aside (or the sentence's start)
        while j >= sent.start and not is_bound(doc[j]) and i - j <= _MAX_SOURCE:
            j -= 1
        if i - j > _MAX_SOURCE or j == i - 1:
            return
        source = doc[j + 1:i]
        if not any(lower[t.i] in EVIDENCE_SOURCES for t in source) or any(
                t.tag_ in FINITE_TAGS or t.text in QUOTE_CHARS or t.pos_ == "PRON" for t in source):
            return  # a person's aside is SourceAsides' ("Y, aides said"); "Y, which records show"
        left = [t for t in sent if t.i < j and not t.is_space]
        while left and left[0].pos_ == "CCONJ":  # "But Y, records show": the conjunction is no content
            left = left[1:]
        right = [t for t in sent if t.i > i + 1 and not t.is_space] if is_bound(after) else []
        if left and right and right[0].pos_ == "CCONJ":  # "Y, records show, and experts say Z": the writer's next clause
            right = []
        if not left and not right or (j < sent.start and not right):
            return
        spans = outside_spans(self.claims, left, right)
        if spans:  # the document's noun phrase as written is its name: "FEC records compiled by X"
            self.claims.add(sent, spans[0][0], spans[-1][1], cue=v.text.lower(), qtype=None, cue_i=i,
                            claimant=(source.text.strip(), None, False),
                            hedged=EVIDENCE_ASIDE_FORMS[lower[i]] in HEDGE_LEMMAS,
                            parts=spans if len(spans) > 1 else None)
