"""Typing an entity and choosing its canonical name: a weighted vote over its mentions,
corrected by head words and the gazetteers."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from .entity_mentions import NameMention
from .gazetteer import Gazetteer, country_code, gazetteer
from .lexicon.heads import (
    CORPORATE_SUFFIXES,
    EVENT_HEADS,
    HEAD_WORDS,
    LAW_HEADS,
    ORG_HEADS,
    ORG_NOUNS,
    PLACE_HEADS,
    PLACE_NOUNS,
)
from .lexicon.labels import SPACY_TYPES, TIE_ORDER
from .lexicon.name_words import LOWER_PARTICLES, PARTICLE_PREFIX
from .lexicon.places import REGION_PLACES
from .names import bare, is_acronym, name_key, name_words, word_variants


def canonical_name(ms: list[NameMention]) -> str:
    order = {m.name: i for i, m in reversed(list(enumerate(ms)))}

    def rank(n: str) -> tuple:
        return (*_name_rank(n), -order[n])

    return max(order, key=rank)


@lru_cache(maxsize=8192)  # a pure function of the name; groups are ranked again and again
def _name_rank(n: str) -> tuple[bool, int, int]:
    return (not is_acronym(n), len(name_words(n)), len(n))


def tentative_type(ms: list[NameMention]) -> str:
    """The type a group would get now (before the article's countries are known)."""
    return entity_type(canonical_name(ms), ms, gazetteer(), set())


class TentativeTypes:
    """`tentative_type` of groups of mentions, remembered for one resolve: the merge passes ask
    it of mostly the same groups up to four times (~0.4 ms per 400 words). A group is known by
    the identity and order of its mentions, which are not changed once merging starts; the
    mentions are held here, so no id is reused while the answers are kept."""

    def __init__(self) -> None:
        self._known: dict[tuple[int, ...], tuple[tuple[NameMention, ...], str]] = {}

    def of(self, ms: list[NameMention]) -> str:
        key = tuple(map(id, ms))
        hit = self._known.get(key)
        if hit is None:
            hit = self._known[key] = (tuple(ms), tentative_type(ms))
        return hit[1]


def entity_type(name: str, ms: list[NameMention], gaz: Gazetteer, named: set[str]) -> str:
    votes: dict[str, float] = defaultdict(float)
    for m in ms:
        for k, v in m.votes.items():
            votes[k] += v
    words = name_words(name)
    if any(is_acronym(m.name) for m in ms) and len(ms) > 1 and any(
            not is_acronym(m.name) for m in ms):
        votes["ORG"] += 1  # organisations are what acronyms get defined for
    head = _head_word_of(name)
    if len(words) > 1 or head in ORG_HEADS:
        if head in ORG_HEADS or head in CORPORATE_SUFFIXES:
            votes["ORG"] += 4
        elif head in PLACE_HEADS:
            votes["PLACE"] += 4
        elif head in EVENT_HEADS and any(m.label == "EVENT" for m in ms):
            votes["EVENT"] += 2
        elif head in LAW_HEADS and any(m.label == "LAW" for m in ms):
            votes["LAW"] += 2
    if votes.get("PERSON") and _surname_used(name, ms):
        votes["PERSON"] += 3  # a person is referred back to by surname, a firm by its first word
    k = name_key(name)
    code = country_code(k, gaz)
    if code or k in gaz.states or k in REGION_PLACES:
        votes["PLACE"] += 5
    elif is_acronym(name):
        votes["ORG"] += 0.5  # an acronym that is no place: organisations are what get acronyms
    elif k in gaz.cities and votes.get("NORP", 0) == 0:
        pop, cc = gaz.cities[k]
        votes["PLACE"] += 1.5 + (2 if cc in named else 0) + (1 if pop >= 1_000_000 else 0)
    if not votes:
        label = next((m.label for m in ms if m.label), None)
        if label == "NORP":
            return "ORG" if any(is_acronym(m.name) for m in ms) else "NORP"
        return SPACY_TYPES.get(label or "", "ORG")
    return max(votes, key=lambda t: (votes[t], -_TIE_RANK[t]))


_TIE_RANK = {t: i for i, t in enumerate(TIE_ORDER)}


def _surname_used(name: str, ms: list[NameMention]) -> bool:
    """Is a multi-word name ("Graham Whitlow") also mentioned by its last word alone, that
    word being no designator ("Rovers", "City", "Authority")?"""
    tail = _surname_variants(name)
    return bool(tail) and any(len(name_words(m.name)) == 1 and word_variants(m.name) & tail for m in ms)


@lru_cache(maxsize=8192)  # a pure function of the name, asked for every group's typing
def _surname_variants(name: str) -> frozenset[str]:
    """The variants of a multi-word name's last word when it may be a surname; empty when not."""
    words = name_words(name)
    if len(words) < 2 or is_acronym(words[-1]) or not all(
            w[:1].isupper() or w.lower() in LOWER_PARTICLES or PARTICLE_PREFIX.match(w)
            for w in words):
        return frozenset()
    last = bare(words[-1])
    if last in HEAD_WORDS or last in ORG_NOUNS or last in PLACE_NOUNS or last in CORPORATE_SUFFIXES:
        return frozenset()
    return word_variants(words[-1])


@lru_cache(maxsize=8192)  # a pure function of the name, asked for every group's typing
def _head_word_of(name: str) -> str:
    return head_word(name_words(name))


def head_word(words: list[str]) -> str:
    low = [bare(w) for w in words]
    if "of" in low[1:]:
        return low[low.index("of") - 1]
    while len(low) > 1 and low[-1] in CORPORATE_SUFFIXES:
        return low[-1]
    return low[-1] if low else ""
