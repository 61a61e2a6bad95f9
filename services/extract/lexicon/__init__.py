"""Word lists the extractors read, kept as data (as spaCy keeps `lang/en/stop_words.py`).

Add a word here, not in the code that uses it. Each module holds lists of one kind."""

from __future__ import annotations


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of a (triple-quoted) list."""
    return frozenset(text.split())
