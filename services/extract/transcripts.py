"""Transcript lines and colon headlines: "PENCE: Well, look, ..." and "Gingrich: Trump must
decide" are the words of the name before the colon, a direct quote by it. A claim the other
patterns found inside such a line ("I think Y", "Trump released a video talking about Y") is
nested in the line's act and gives way to it; one reaching past the line keeps it."""

from __future__ import annotations

import re

from .claim_collector import ClaimCollector
from .claim_doc import ClaimDoc, ClaimDocReader

# "SEN. BERNIE SANDERS:", "PENCE:", "Clinton:", "Donald Trump:" at a paragraph's start (a
# transcript quoted paragraph by paragraph opens each with a quote mark: "PENCE: ...)
# Also: a kicker before the name ("EXCLUSIVE – Roger Stone:", "- Ann Lee:"), a title ("Dr. Ben
# Carson:", "Rep. Ann Lee (D-Ore.):"), an inner capital ("John McCain:"), a middle initial, and no
# space between the colon and an opening quote mark ("Lee:“We ..."), an outlet's name that opens
# with capitals ("NY Daily News:"), and a speaker's camp or paper ("Clinton camp:", "WSJ editorial:").
_WORD = r"[A-Z][a-z’'\-]+(?:[A-Z][a-z]+)?"
_SPEAKER = re.compile(
    r"[ \t]*(?:(?:EXCLUSIVE|WATCH|VIDEO) [–—-] |[–—-] ?)?[\"“]?"
    rf"((?:(?:[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){{0,3}})(?: {_WORD}){{0,2}}|"
    rf"(?:(?:Dr|Rep|Sen|Gov|Mr|Mrs|Ms)\. )?{_WORD}(?: (?:[A-Z]\.|{_WORD})){{0,2}})"
    r"(?: (?:camp|campaign|editorial|report|aides|allies))?)"
    r"(?: \([^)]{1,30}\))?:(?:[ \t]+(?=\S)|(?=[\"“]))")
# Labels that are not speakers: "UPDATE: ...", "Photo: ...", "READ MORE: ..."
NOT_SPEAKERS = {"update", "updated", "note", "editor's note", "editor’s note", "photo", "video",
                "watch", "read more", "related", "source", "sources", "correction", "clarification",
                "warning", "breaking", "exclusive", "analysis", "opinion", "listen", "more", "read",
                "follow", "see also", "advertisement", "image", "credit", "caption", "subscribe",
                "q", "a", "question", "answer", "summary", "background", "tags", "topics", "share",
                "contact", "email", "tel", "phone", "fax", "web", "twitter", "facebook", "instagram",
                "posted", "filed", "published", "transcript", "live", "scroll down", "print", "full story",
                # bylines and headline kickers: "Contributing: A. Reporter", "Revealed: ...", "So: ..."
                "contributing", "contributors", "reporting", "additional reporting", "revealed", "bombshell",
                "wow", "boom", "look", "so", "paid notice", "stat of the week", "delegate update", "the latest"}
MIN_WORDS = 3


class Transcripts(ClaimDocReader):
    def __init__(self, cd: ClaimDoc, claims: ClaimCollector):
        super().__init__(cd)
        self.claims = claims

    def lines(self) -> None:
        for base, end_of in self.cd.paragraphs:
            seg = self.text[base:end_of]
            m = _SPEAKER.match(seg)
            if m is None:
                continue
            name = m.group(1)
            if name.lower().strip(". ") in NOT_SPEAKERS or name.lower() in NOT_SPEAKERS:
                continue
            start = base + m.end()
            end = base + len(seg.rstrip())
            if len(self.text[start:end].split()) < MIN_WORDS or is_name_list(self.text[start:end]):
                continue
            # the claims found inside the line are nested in it ("REYES: I think Y", "Rubio: I Still
            # Believe Y"): the line is the outermost act, and its "I" the name; they give way
            inner = [c for c in self.claims.found if c.start < end and start < c.end]
            if any(c.start < start or c.end > end for c in inner):
                continue
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            for c in inner:
                self.claims.found.remove(c)
            sent = self.sents[self.sent_of[span[0].i]]
            entity = self.claims.claimants.entities.canonical(name) or \
                self.claims.claimants.entities.canonical(name.title())
            self.claims.add(sent, start, end, cue=":", qtype="direct", cue_i=span[0].i - 1,
                            claimant=(name, entity, False))


def is_name_list(text: str) -> bool:
    """ "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, ...": a list of names is no speech."""
    items = [i.strip() for i in text.rstrip(". ").split(",")]
    if len(items) < 4:
        return False
    named = sum(1 for i in items if i and all(w[:1].isupper() for w in i.replace("and ", "").split()))
    return named >= 0.8 * len(items)
