"""Line breaks inside a blank-line paragraph that end a paragraph of their own.

Some pages put blank lines between some paragraphs and a single line break between others: a
live blog's item heading over its text, one quote per line, a writer's line after a quote. Read
as one paragraph, the lines run into one another: a stray quote mark in one line pairs with a
mark in the next (`quotes.quote_spans` pairs marks paragraph by paragraph), and the parse makes
one sentence of a heading and the line under it. `nlp.segments` parses such lines apart.
"""

from __future__ import annotations

import re

# a single line break before a line that starts a sentence (a capital or an opening quote)
_LINE_BREAK = re.compile(r"\n(?=[ \t\xa0]*[A-Z\"“‘])")
LINE_STOPS = (".", "!", "?", '"', "”", "’")


def lines_apart(paragraph: str) -> list[str]:
    """The paragraph cut after each line that is ended (a sentence stop or a closing quote)
    or is a heading, before a line that starts a new one (a capital or an opening quote). A
    wrapped line ends mid-sentence and stays; so does a quote that runs on into the next line."""
    if "\n" not in paragraph.rstrip():
        return [paragraph]
    out: list[str] = []
    start = 0
    for m in _LINE_BREAK.finditer(paragraph):
        line = paragraph[start : m.start()].rstrip()
        end = paragraph.find("\n", m.end())
        if is_paragraph_end(line) and not _quote_runs_on(line, paragraph[m.end() : end if end > 0 else None]):
            out.append(paragraph[start : m.end()])
            start = m.end()
    out.append(paragraph[start:])
    return [p for p in out if p]


def _quote_runs_on(line: str, next_line: str) -> bool:
    """A quote the line leaves open closes in the next line, which opens none: a pull quote
    whose last line names the speaker before the close ('"We will win.' / 'Ann Lee, mayor."')."""
    if not (line.count("“") > line.count("”") or line.count('"') % 2 == 1):
        return False
    return not next_line.lstrip(" \t\xa0").startswith(('"', "“")) and (
        "”" in next_line or next_line.count('"') % 2 == 1)


def is_paragraph_end(line: str) -> bool:
    """A line that ends its paragraph: a sentence stop or closing quote, or a heading."""
    return line.endswith(LINE_STOPS) or is_heading(line)


def is_heading(line: str) -> bool:
    """ "Rubio Says Abandoning Reform Was A Sign Of Leadership": four words or more of four
    letters or more, each capitalised (a name with an age, "Ann Lee Smith, 62", has fewer)."""
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 4 and all(w[0].isupper() for w in words)
