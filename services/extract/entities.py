"""Entities: one per real-world thing in an article. (Placeholder: spaCy's entities as they come.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from services.core.models import Entity

_TYPES = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
    "NORP": "NORP", "EVENT": "EVENT", "PRODUCT": "PRODUCT", "WORK_OF_ART": "WORK", "LAW": "LAW",
}


@dataclass
class Mention:
    start: int  # character offsets in doc.text
    end: int
    text: str
    entity: str  # canonical name


@dataclass
class EntitySet:
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def canonical(self, surface: str) -> str | None:
        """The canonical name a surface form ("Okafor", "the Harbour Authority") refers to."""
        s = surface.strip().lower()
        for e in self.entities:
            if s == e.name.lower() or s in (a.lower() for a in e.aliases):
                return e.name
        return None

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping the character span [start, end)."""
        for m in self.mentions:
            if m.start < end and start < m.end:
                return next((e for e in self.entities if e.name == m.entity), None)
        return None


class EntityResolver:
    def resolve(self, doc: Doc) -> EntitySet:
        found: dict[str, Entity] = {}
        mentions = []
        for ent in doc.ents:
            kind = _TYPES.get(ent.label_)
            if not kind:
                continue
            name = ent.text.strip()
            e = found.setdefault(name, Entity(name=name, type=kind, aliases=[name], count=0))
            e.count += 1
            mentions.append(Mention(ent.start_char, ent.end_char, ent.text, name))
        return EntitySet(list(found.values()), mentions)
