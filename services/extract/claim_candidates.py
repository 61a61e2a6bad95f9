"""Claim candidates: what the patterns find, before nested and duplicate finds are settled
into the article's claims."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .lexicon.cues import GLOSS_CUES


@dataclass
class ClaimCandidate:
    """A claim as a pattern found it, with what settling needs (the cue's token, whether the
    claimant was a pronoun, the content's pieces around an interrupting tag)."""

    start: int
    end: int
    content: str
    sent: Span
    cue: str
    quote_type: str
    claimant: str | None = None
    claimant_entity: str | None = None
    hedged: bool = False
    polarity: str = "asserted"
    cue_i: int = -1
    subj_pronoun: bool = False
    parts: list[tuple[int, int]] = field(default_factory=list)
    # a second act between a quote's pieces ("“A,” she said, noting Y. “B”"): a claim of its own
    apart: bool = False

    @property
    def pieces(self) -> list[tuple[int, int]]:
        """(start, end) of each fragment: the parts of a split quote, or the one span."""
        return self.parts or [(self.start, self.end)]

    def cue_pos(self, doc: Doc) -> int:
        return doc[self.cue_i].idx if 0 <= self.cue_i < len(doc) else -1


def _overlap(a: ClaimCandidate, b: ClaimCandidate) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return 0.0
    return inter / max(1, min(a.end - a.start, b.end - b.start))


def between_pieces(a: ClaimCandidate, b: ClaimCandidate) -> bool:
    """One is a quote split around its tag and the other lies wholly between two of its pieces:
    "“Y,” she said, when asked whether Z. “W”" (the question is no part of the quote)."""
    for whole, inner in ((a, b), (b, a)):
        ps = whole.parts
        if len(ps) > 1 and not inner.parts and any(
                x1 <= inner.start and inner.end <= y0 for (_, x1), (y0, _) in zip(ps, ps[1:], strict=False)):
            return True
    return False


def quote_may_continue(c: ClaimCandidate, found: list[ClaimCandidate]) -> bool:
    """Whether an untagged quote after `c`'s sentence may go on with `c`'s content: a direct or
    mixed claim; an indirect one too ("She said that Y. “B”"), unless a quotation of another
    speaker opened its sentence ("“A,” she said, adding that Y. “B”" goes on with Y; "“A,” Lee
    said, as Roe recalled Y. “B”" with A); nor a writer's gloss ("“A,” she said, referring to X. “B”"
    goes on with A, not X)."""
    if c.cue in GLOSS_CUES:
        return False
    if c.quote_type in ("direct", "mixed"):
        return True
    return c.quote_type == "indirect" and all(
        f.claimant == c.claimant for f in found
        if f.quote_type == "direct" and f.end <= c.start and f.sent.start == c.sent.start)
