"""A colon headline whose speaker is named with a hearer, a venue or a topic before the colon:
"Clinton to Planned Parenthood: Trump will reverse Roe", "Former AG Mukasey at RNC: Y", "Lee On
The Budget: ‘We Will Cut It.’". Transcripts takes "NAME: Y" only; the words after "to / at / on"
are no part of the name (and a quote after them is the name's, not the topic's). Only the first
line of the document, when it stands alone as a title, and only when a name or speaker opens it."""

from __future__ import annotations

import re

from .claim_collector import ClaimCollector
from .speech_acts import is_speaker

_CAP = r"[A-Z][\w.'’\-]*"
# one to four capitalised words, "to / at / on", up to seven words of the hearer or topic, a colon
_HEADLINE = re.compile(rf"({_CAP}(?: {_CAP}){{0,3}}) (?:[Tt]o|[Aa]t|[Oo]n) [^:\n]{{2,60}}?:[ \t]+(?=\S)")
MIN_WORDS = 3


class HeadlineColons:
    def __init__(self, claims: ClaimCollector):
        self.claims = claims

    def colons(self) -> None:
        cd = self.claims.cd
        line_end = cd.text.find("\n")
        if line_end < 0 or cd.text[line_end:line_end + 2] != "\n\n":
            return  # no title line of its own
        m = _HEADLINE.match(cd.text, 0, line_end)
        if m is None:
            return
        start, end = m.end(), len(cd.text[:line_end].rstrip())
        if len(cd.text[start:end].split()) < MIN_WORDS or self.claims.overlaps((start, end)):
            return
        name = cd.doc.char_span(0, m.end(1), alignment_mode="expand")
        span = cd.doc.char_span(start, end, alignment_mode="expand")
        if name is None or span is None or not is_speaker(name[-1]):
            return
        _, entity, pronoun = self.claims.claimants.claimant_of(name[-1])
        sent = cd.sents[cd.sent_of[span[0].i]]
        self.claims.add(sent, start, end, cue=":", qtype="direct", cue_i=span[0].i - 1,
                        claimant=(m.group(1), entity, pronoun))
