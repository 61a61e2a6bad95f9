"""Claims: who claims what. (Placeholder: finds nothing yet.)"""

from __future__ import annotations

from spacy.tokens import Doc

from services.core.models import Claim

from .entities import EntitySet


class ClaimExtractor:
    def extract(self, doc: Doc, entities: EntitySet) -> list[Claim]:
        """Claims in document order; start/end are character offsets in doc.text."""
        return []
