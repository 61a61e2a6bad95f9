"""Transcript lines and colon headlines: "PENCE: Well, look, ..." and "Gingrich: Trump must
decide" are the words of the name before the colon, a direct quote by it."""

from __future__ import annotations

import re

from .claim_collector import ClaimCollector
from .claim_doc import ClaimDoc, ClaimDocReader
from .nlp import segments

# "SEN. BERNIE SANDERS:", "PENCE:", "Clinton:", "Donald Trump:" at a paragraph's start
_SPEAKER = re.compile(
    r"[ \t]*((?:[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})|(?:[A-Z][a-z’'\-]+(?: [A-Z][a-z’'\-]+){0,2}))"
    r"(?: \([^)]{1,30}\))?:[ \t]+(?=\S)")
# Labels that are not speakers: "UPDATE: ...", "Photo: ...", "READ MORE: ..."
NOT_SPEAKERS = {"update", "updated", "note", "editor's note", "editor’s note", "photo", "video",
                "watch", "read more", "related", "source", "sources", "correction", "clarification",
                "warning", "breaking", "exclusive", "analysis", "opinion", "listen", "more", "read",
                "follow", "see also", "advertisement", "image", "credit", "caption", "subscribe",
                "q", "a", "question", "answer", "summary", "background", "tags", "topics", "share",
                "contact", "email", "tel", "phone", "fax", "web", "twitter", "facebook", "instagram",
                "posted", "filed", "published", "transcript", "live", "scroll down", "print", "full story"}
MIN_WORDS = 3


class Transcripts(ClaimDocReader):
    def __init__(self, cd: ClaimDoc, claims: ClaimCollector):
        super().__init__(cd)
        self.claims = claims

    def lines(self) -> None:
        pos = 0
        taken = [(c.start, c.end) for c in self.claims.found]
        for seg in segments(self.text):
            base, pos = pos, pos + len(seg)
            m = _SPEAKER.match(seg)
            if m is None:
                continue
            name = m.group(1)
            if name.lower().strip(". ") in NOT_SPEAKERS or name.lower() in NOT_SPEAKERS:
                continue
            start = base + m.end()
            end = base + len(seg.rstrip())
            if len(self.text[start:end].split()) < MIN_WORDS:
                continue
            if any(s < end and start < e for s, e in taken):
                continue
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            sent = self.sents[self.sent_of[span[0].i]]
            entity = self.claims.claimants.entities.canonical(name) or \
                self.claims.claimants.entities.canonical(name.title())
            self.claims.add(sent, start, end, cue=":", qtype="direct", cue_i=span[0].i - 1,
                            claimant=(name, entity, False))
