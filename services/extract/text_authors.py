"""Who stands behind a text or an occasion named as a claim's source, which has no entity of its
own: the author an authoring participle names ("a poll conducted by Y", "a court filing made by
Y"; not "a report seen by Y") or the subject of a relative clause of giving or writing it ("a
speech Y delivered at the college", "the reports Y filed", "an interview Y gave"). Its entity is
the author's; the claimant's surface stays the text as written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon.claimants import AUTHORING_LEMMAS, GIVING_LEMMAS, ISSUED_PIECES, RECORDINGS
from .lexicon.cues import ISSUED_TEXTS, OCCASION_NOUNS
from .lexicon.kinds import EVIDENCE_SOURCES

if TYPE_CHECKING:
    from .claimants import ClaimantResolver

# Texts whose author a participle may name: "a poll conducted by Y", "a memo released by Y".
_AUTHORED_TEXTS = frozenset(EVIDENCE_SOURCES | ISSUED_TEXTS | ISSUED_PIECES | RECORDINGS)
# ... and the occasions a relative clause may give the speaker of: "a speech Y delivered"
_TOLD = _AUTHORED_TEXTS | OCCASION_NOUNS
_TELLING_LEMMAS = frozenset(AUTHORING_LEMMAS | GIVING_LEMMAS)


def author_of(r: ClaimantResolver, head: Token) -> str | None:
    """The entity of the author of the text `head` names, or None."""
    if head.pos_ != "NOUN" or head.lower_ not in _TOLD:
        return None
    authored = head.lower_ in _AUTHORED_TEXTS
    for c in head.children:
        # (an author's verb only: "a report seen by the Gazette" is still nobody's)
        if c.dep_ == "acl" and authored and c.tag_ == "VBN" and c.lemma_.lower() in AUTHORING_LEMMAS:
            for k in c.children:
                by = next((g for g in k.children if g.dep_ == "pobj"), None) if k.dep_ == "agent" else None
                if by is not None and (e := r.entity_for(by)) is not None:
                    return e.name
        # "a speech Y delivered": a name for subject (not "a report they filed")
        elif c.dep_ == "relcl" and c.i > head.i and c.lemma_.lower() in _TELLING_LEMMAS:
            subj = next((k for k in c.children if k.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ == "PROPN" and (e := r.entity_for(subj)) is not None:
                return e.name
    return None
