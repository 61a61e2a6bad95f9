"""spaCy NER labels and how they map onto our entity types."""

from __future__ import annotations

SPACY_TYPES = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
    "NORP": "NORP", "EVENT": "EVENT", "PRODUCT": "PRODUCT", "WORK_OF_ART": "WORK", "LAW": "LAW",
}
TIE_ORDER = ("PLACE", "ORG", "PERSON", "NORP", "EVENT", "LAW", "PRODUCT", "WORK")
# Labels of things whose names may begin with a title word or end with a number.
THING_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
NUMBERED_LABELS = frozenset({"EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "FAC"})
