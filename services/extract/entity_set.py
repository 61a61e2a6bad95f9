"""The resolver's result: entities, their mentions, and lookups from a surface form or a
character span back to an entity (claims use these to name their claimants)."""

from __future__ import annotations

from dataclasses import dataclass, field

from services.core.models import Entity

from .gazetteer import country_code, gazetteer
from .lexicon.name_words import PRONOUNS
from .names import acronym_key, clean_name, initials, is_acronym, name_key, name_words, part_of_name


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
    _index: dict[str, str] | None = field(default=None, init=False, repr=False, compare=False)

    def _lookup(self) -> dict[str, str]:
        if self._index is None:
            index: dict[str, str] = {}
            for e in self.entities:
                for form in (e.name, *e.aliases):
                    index.setdefault(name_key(form), e.name)
                    index.setdefault(name_key(clean_name(form)), e.name)
            gaz = gazetteer()
            for e in self.entities:
                if e.type == "PLACE":
                    code = country_code(name_key(e.name), gaz)
                    if code:
                        index.setdefault("country:" + code, e.name)
            self._index = index
        return self._index

    def canonical(self, surface: str) -> str | None:
        """The canonical name a surface form ("Okafor", "the Harbour Authority") refers to."""
        if not surface or not surface.strip():
            return None
        index = self._lookup()
        for form in (surface, clean_name(surface)):
            k = name_key(form)
            if k in index:
                return index[k]
        name = clean_name(surface)
        k = name_key(name)
        if not k or (k in PRONOUNS and not name.isupper()):
            return None
        code = country_code(k, gazetteer())
        if code and "country:" + code in index:
            return index["country:" + code]
        words = name_words(name)
        people = [e for e in self.entities if e.type == "PERSON"]
        hits = {e.name for e in people for form in (e.name, *e.aliases)
                if part_of_name(words, name_words(form))}
        if len(hits) == 1:
            return hits.pop()
        if is_acronym(name):
            acr = acronym_key(name)
            hits = {e.name for e in self.entities if e.type != "PERSON" and acr in initials(e.name)}
            if len(hits) == 1:
                return hits.pop()
        return None

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping the character span [start, end) (the largest
        overlap wins)."""
        best, best_overlap = None, 0
        for m in self.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap or (overlap == best_overlap == 0 and start == end == m.start):
                best, best_overlap = m, overlap
        if best is None:
            return None
        return next((e for e in self.entities if e.name == best.entity), None)
