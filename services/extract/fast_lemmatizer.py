"""The model's rule lemmatizer behind a cache of whole outcomes: the same lemmas, cheaper.

spaCy's Lemmatizer walks the Doc in Python, builds a Token and a MorphAnalysis per token and
caches only some outcomes (not base forms or proper nouns). A lemma depends only on the token's
text, part of speech and morphology, so this component reads those as one array, looks each
combination up once per process, asks the original lemmatizer only for new ones, and writes
the lemmas back as one array. Lemma strings are kept as strings (not hashes) and added to the
StringStore per Doc, so a memory zone that frees a Doc's strings leaves the cache valid."""

from __future__ import annotations

import logging

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

log = logging.getLogger(__name__)

_CACHE_MAX = 500_000


class _FastLemmatizer:
    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        strings = doc.vocab.strings
        cache = self.cache
        out = arr[:, 3].copy()
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lemma != 0 and not self.lemmatizer.overwrite:
                continue
            key = (orth, pos, morph)
            text = cache.get(key)
            if text is None:
                text = self.lemmatizer.lemmatize(doc[i])[0]
                if len(cache) >= _CACHE_MAX:
                    cache.clear()
                cache[key] = text
            out[i] = strings.add(text)
            changed = True
        if changed:
            doc.from_array([LEMMA], out.reshape(-1, 1).astype(numpy.uint64))
        return doc


def use_fast_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Wrap the model's rule lemmatizer in the cache, if it is one."""
    if name not in nlp.pipe_names:
        return False
    lem = nlp.get_pipe(name)
    if getattr(lem, "mode", None) != "rule" or not hasattr(lem, "lemmatize"):
        log.debug("keeping spaCy's %s (mode %s)", name, getattr(lem, "mode", None))
        return False
    if not lem._validated:
        lem._validate_tables()
        lem._validated = True
    fast = _FastLemmatizer(lem)
    # Same name and place, so every pipe name, config and disable list stays as it was.
    i = [n for n, _ in nlp._components].index(name)
    nlp._components[i] = (name, fast)
    return True
