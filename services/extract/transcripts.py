"""Transcript lines and colon headlines: "PENCE: Well, look, ..." and "Gingrich: Trump must
decide" are the words of the name before the colon, a direct quote by it."""

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
# the line's speaker: "Lee: I think Y", "Lee: We will win"
FIRST_PERSON = {"i", "we"}


class Transcripts(ClaimDocReader):
    def __init__(self, cd: ClaimDoc, claims: ClaimCollector):
        super().__init__(cd)
        self.claims = claims

    def lines(self) -> None:
        taken = [(c.start, c.end) for c in self.claims.found]
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
            entity = self.claims.claimants.entities.canonical(name) or \
                self.claims.claimants.entities.canonical(name.title())
            if any(s < end and start < e for s, e in taken):
                self.first_person(start, end, entity)
                continue
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            sent = self.sents[self.sent_of[span[0].i]]
            self.claims.add(sent, start, end, cue=":", qtype="direct", cue_i=span[0].i - 1,
                            claimant=(name, entity, False))


    def first_person(self, start: int, end: int, entity: str | None) -> None:
        """ "Rubio: I Still Believe Trump Can’t Be Trusted": a claim of the line's own ("I
        believe Y") was found first; its "I" or "we" is the name before the colon."""
        if entity is None:
            return
        for c in self.claims.found:
            if not (start <= c.start and c.end <= end and c.claimant_entity is None and
                    (c.claimant or "").lower() in FIRST_PERSON):
                continue
            q = self.qidx[c.cue_i] if 0 <= c.cue_i < len(self.qidx) else -1
            if q >= 0 and self.cd.quotes[q][0] > start + 1:
                continue  # "Lee: Roe told me, “I think Y”": an "I" inside a quote the line gives is another's
            c.claimant_entity, c.subj_pronoun = entity, True


def is_name_list(text: str) -> bool:
    """ "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, ...": a list of names is no speech."""
    items = [i.strip() for i in text.rstrip(". ").split(",")]
    if len(items) < 4:
        return False
    named = sum(1 for i in items if i and all(w[:1].isupper() for w in i.replace("and ", "").split()))
    return named >= 0.8 * len(items)
