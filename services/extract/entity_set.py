"""The resolver's result: entities, their mentions, and lookups from a surface form or a
character span back to an entity (claims use these to name their claimants)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
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
    # claims ask for the same few speakers again and again: answers kept, like _index, on the
    # understanding that the resolver's result is not changed once claims read it
    _canonical: dict[str, str | None] = field(default_factory=dict, init=False, repr=False, compare=False)
    _at: tuple | None = field(default=None, init=False, repr=False, compare=False)

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
        if surface not in self._canonical:
            self._canonical[surface] = self._find_canonical(surface)
        return self._canonical[surface]

    def _find_canonical(self, surface: str) -> str | None:
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

    def _mentions_by_start(self) -> tuple:
        """(mention order by start, their starts, the longest mention, the first entity of each name)."""
        key = (len(self.mentions), len(self.entities))
        if self._at is None or self._at[0] != key:
            order = sorted(range(len(self.mentions)), key=lambda k: self.mentions[k].start)
            longest = max((m.end - m.start for m in self.mentions), default=0)
            by_name: dict[str, Entity] = {}
            for e in self.entities:
                by_name.setdefault(e.name, e)
            self._at = (key, order, [self.mentions[k].start for k in order], longest, by_name)
        return self._at[1:]

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping the character span [start, end) (the largest
        overlap wins, the first mention of those; for an empty span, the last mention starting
        there). Only the mentions starting less than the longest one before `start` can overlap."""
        order, starts, longest, by_name = self._mentions_by_start()
        best, best_overlap, best_k = None, 0, -1
        if start == end:
            ks = [order[j] for j in range(bisect_left(starts, start), bisect_right(starts, start))
                  if self.mentions[order[j]].end >= start]
            best = self.mentions[max(ks)] if ks else None
        else:
            for j in range(bisect_left(starts, start - longest + 1), bisect_left(starts, end)):
                k = order[j]
                m = self.mentions[k]
                overlap = min(end, m.end) - max(start, m.start)
                if overlap > best_overlap or (overlap == best_overlap > 0 and k < best_k):
                    best, best_overlap, best_k = m, overlap, k
        if best is None:
            return None
        return by_name.get(best.entity)
