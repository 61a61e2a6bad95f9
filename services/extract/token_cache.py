"""The tokenizer's cache, filled outside memory zones.

The worker parses inside `nlp.memory_zone()` (so strings of new names do not pile up), but in a
zone spaCy's tokenizer caches nothing: every whitespace-separated chunk is split into affixes
again, and every word the model's vocabulary lacks gets a new lexeme, article after article
(~4 ms of CPU per 400-word article; ~0.4 ms with a warm cache). `TokenizerWarmup` tokenizes the
first texts a process sees outside any zone, once, which fills the cache (spaCy caps it at
`max_cache_size` chunks) with the chunks of the stream's own language. The memory this keeps
is bounded by `budget_chars`; tokens are the same with and without the cache."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language

from .nlp import segments

# ~200 articles of 400 words: enough for the 10,000 chunks the tokenizer keeps, a few MB of
# strings and lexemes kept for good.
DEFAULT_BUDGET_CHARS = 500_000


class TokenizerWarmup:
    """Tokenizes texts outside memory zones until `budget_chars` characters have been read."""

    def __init__(self, nlp: Language, budget_chars: int = DEFAULT_BUDGET_CHARS) -> None:
        self.nlp = nlp
        self.left = budget_chars

    def __call__(self, texts: Iterable[str]) -> None:
        """Call it before entering the zone the texts are parsed in: chunks cached here are
        found there."""
        if self.left <= 0 or self.nlp.vocab.in_memory_zone:
            return
        tokenizer = self.nlp.tokenizer
        for text in texts:
            if self.left <= 0:
                return
            for seg in segments(text):
                tokenizer(seg)
            self.left -= len(text)
