"""Name helpers: comparison keys, canonical-name cleaning (titles, ranks, leading articles,
possessives, post-nominals), acronyms and initials, name-part matching.

Pure string functions; the hot ones are cached because every mention is compared many times
(and the same names come back, mention after mention and article after article)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lexicon.groups import NORP_SUFFIX, NORP_WORDS
from .lexicon.name_words import ARTICLES, CONNECTORS, PARTICLE_PREFIX, PARTICLES
from .lexicon.titles import POST_NOMINALS, TITLE_QUALIFIERS, TITLES

APOSTROPHES = "'’‘`"
_POSSESSIVE = re.compile(r"(?:['’`]s|(?<=s)['’`])$", re.IGNORECASE)
_ACRONYM = re.compile(r"^(?:[A-Z][A-Z0-9&]{1,7}|(?:[A-Z]\.){2,6})$")
_QUOTES = "\"“”'‘’«»"


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def name_key(s: str) -> str:
    """Comparison key: case, accents, dots, apostrophes, dashes and spacing do not matter."""
    return raw_name_key(s)


def raw_name_key(s: str) -> str:
    s = fold(s).casefold().replace(".", "")
    s = re.sub(r"[" + APOSTROPHES + "]", "'", s)
    s = re.sub(r"[‐‑–—-]", "-", s)
    return " ".join(s.split())


def bare(word: str) -> str:
    return word.lower().rstrip(".")


def title_prefix_len(words: list[str]) -> int:
    """How many leading words form a title ("Colonel General", "Foreign Minister", "Dr.")."""
    cut = 0
    for i, w in enumerate(words):
        b = bare(w)
        if b in TITLES:
            cut = i + 1
        elif b not in TITLE_QUALIFIERS:
            break
    return cut


@lru_cache(maxsize=8192)
def clean_name(surface: str, strip_titles: bool = True, strip_articles: bool = True) -> str:
    """A surface form without quotes, leading article, title or rank, or possessive."""
    s = " ".join(surface.strip().strip(_QUOTES + ",;:()[]").split())
    s = _POSSESSIVE.sub("", s).rstrip(_QUOTES + ",;:")
    words = s.split()
    while strip_articles and words and words[0].lower() in ARTICLES:
        words = words[1:]
    if strip_titles and len(words) > 1:
        cut = title_prefix_len(words)
        if 0 < cut < len(words):
            words = words[cut:]
        words = words[:len(words) - post_nominal_len(words)]
    return " ".join(words)


def post_nominal_len(words: list[str]) -> int:
    """How many trailing words are post-nominal letters ("KC", "OBE", "PhD"), leaving a name
    before them."""
    n = 0
    while len(words) - n > 1 and words[len(words) - n - 1].rstrip(".,") in POST_NOMINALS:
        n += 1
    return n


def name_words(name: str) -> list[str]:
    return name.split()


@lru_cache(maxsize=8192)
def word_variants(word: str) -> frozenset[str]:
    k = name_key(word)
    return frozenset((k, PARTICLE_PREFIX.sub("", k)))


@lru_cache(maxsize=8192)
def is_acronym(name: str) -> bool:
    return bool(_ACRONYM.match(name.strip()))


@lru_cache(maxsize=4096)
def initials(name: str) -> frozenset[str]:
    """Initial letters of a long form, with and without connectors and particles."""
    words = [w for w in re.split(r"[\s]+", name) if w]
    full, content, particles_split = [], [], []
    for w in words:
        parts = [p for p in re.split(r"[-‐]", w) if p]
        for j, p in enumerate(parts):
            first = p[0]
            full.append(first)
            low = p.lower()
            if low in CONNECTORS or (low in PARTICLES and j < len(parts) - 1):
                continue
            if low in PARTICLES:
                continue
            content.append(first)
        particles_split.append(w[0])
    out = {"".join(full), "".join(content), "".join(particles_split)}
    return frozenset(x.upper() for x in out if len(x) >= 2)


def acronym_key(name: str) -> str:
    return name.replace(".", "").replace("&", "").upper()


def looks_norp(text: str, tag: str) -> bool:
    low = name_key(text)
    if low in NORP_WORDS or tag in ("JJ", "NNPS"):
        return True
    last = low.split()[-1] if low else ""
    return bool(NORP_SUFFIX.search(last)) and len(last) > 3


def part_of_name(short: list[str], full: list[str]) -> bool:
    """Is `short` a proper prefix or suffix of the words of `full` (particles optional)?"""
    n = len(short)
    if not n or n >= len(full):
        return False
    sv = [word_variants(w) for w in short]
    if n == 1:  # one word against the first or last, the usual case: no generators to build
        return bool(sv[0] & word_variants(full[0]) or sv[0] & word_variants(full[-1]))
    fv = [word_variants(w) for w in full]

    def match(a: list[set[str]], b: list[set[str]]) -> bool:
        return all(x & y for x, y in zip(a, b, strict=True))

    return match(sv, fv[:n]) or match(sv, fv[-n:])
