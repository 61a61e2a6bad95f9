"""Line ends: a content that runs over a line break into a new line. A paragraph can hold lines
that are not one sentence wrapped: a live blog's item heading over its first line of text
("Christie Says He Would Quarantine Travelers" / "Chris Christie said on Saturday ..."), a quote
closed at its line's end over the writer's next line. The parse makes one sentence of them, so
the content ran on into the next line, which is no part of what was said. The content ends at
the line break when the line before it is ended (a sentence stop or a closing quote) or is a
heading (four words or more, every word capitalised) and the next line starts a new one (a
capital or an opening quote). A line of wrapped text ends mid-sentence, before a small letter as
a rule, and stays whole."""

from __future__ import annotations

from .claim_collector import ClaimCollector
from .line_breaks import is_paragraph_end

_LINE_STARTS = ('"', "“", "‘")
_MIN_KEPT = 8  # characters before the break: no content shorter than a few words is left


class LineEnds:
    def __init__(self, claims: ClaimCollector):
        self.claims, self.text = claims, claims.cd.text  # (ClaimDoc's copy: doc.text makes every Token again)

    def cut(self) -> None:
        text = self.text
        for c in self.claims.found:
            if c.parts or "\n" not in c.content:
                continue  # (a text check first: almost no content holds a line break)
            k = text.find("\n", c.start, c.end)
            if k < 0 or k + 1 >= len(text) or not (text[k + 1].isupper() or text[k + 1] in _LINE_STARTS):
                continue
            line = text[text.rfind("\n", 0, k) + 1:k].rstrip()
            if not is_paragraph_end(line):
                continue
            end = c.start + len(text[c.start:k].rstrip())
            if end - c.start >= _MIN_KEPT:
                self.claims.respan(c, c.start, end)

