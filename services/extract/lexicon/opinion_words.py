"""Adjectives of opinion: TextBlob's subjectivity lexicon (the pattern project's hand-tagged English
adjectives, MIT), read from the installed package's file without importing TextBlob (and NLTK)."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

# a word says what its speaker thinks of a thing, not what the thing is: "unfit", "brilliant", "a
# disaster" (averaged over its senses, as TextBlob does: "black" 0.43 subjective, 0.17 negative)
MIN_SUBJECTIVITY = 0.5
MIN_POLARITY = 0.2
# tagged as opinion but in news most often a plain state: "the road is free", "the city is safe"
PLAIN_STATES = {"free", "safe", "impossible", "possible", "more", "less", "sure", "ready", "confirmed", "able",
                "necessary", "aware", "available", "certain", "full", "alive", "single", "open"}


def _lexicon_file() -> Path | None:
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "en" / "en-sentiment.xml"


@cache
def opinion_adjectives() -> frozenset[str]:
    """The adjectives whose mean subjectivity and |polarity| reach the bars above."""
    path = _lexicon_file()
    if path is None or not path.is_file():
        raise RuntimeError("the opinion lexicon is missing: install the extract extras (textblob)")
    sums: dict[str, list[float]] = {}
    for w in ET.parse(path).getroot().iter("word"):
        form = (w.get("form") or "").lower()
        if not form or " " in form or not (w.get("pos") or "").startswith("JJ"):
            continue  # (the file also tags some nouns, verbs and interjections: "farce", "lol")
        s = sums.setdefault(form, [0.0, 0.0, 0])
        s[0] += float(w.get("polarity") or 0)
        s[1] += float(w.get("subjectivity") or 0)
        s[2] += 1
    return frozenset(f for f, (p, sj, n) in sums.items()
                     if sj / n >= MIN_SUBJECTIVITY and abs(p / n) >= MIN_POLARITY and f not in PLAIN_STATES)
