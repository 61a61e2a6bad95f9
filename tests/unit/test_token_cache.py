"""The tokenizer warm-up: same tokens, words learnt outside memory zones, a bounded budget."""

from __future__ import annotations

import pytest

from services.core.settings import Settings
from services.extract.nlp import get_nlp
from services.extract.token_cache import TokenizerWarmup

TEXT = 'Zqvblorf Quennaport said, "Brimlakes are up 12.5%."\n\nThe Orvandel Trust (OVT) denied it.'


@pytest.fixture(scope="module")
def nlp():
    return get_nlp(Settings().spacy_model)


def strings_added_in_zone(nlp, text: str) -> int:
    """Strings a zone interns for the text: none once its chunks are in the tokenizer's cache."""
    with nlp.memory_zone():
        before = len(nlp.vocab.strings)
        nlp.make_doc(text)
        return len(nlp.vocab.strings) - before


def test_a_warmed_text_is_tokenized_from_the_cache_in_a_zone(nlp):
    text = TEXT.replace("Zqvblorf", "Zqvblorfa")
    assert strings_added_in_zone(nlp, text) > 0  # cold: new lexemes every time
    with nlp.memory_zone():
        cold = [t.text for t in nlp.make_doc(text)]
    TokenizerWarmup(nlp)([text])
    assert strings_added_in_zone(nlp, text) == 0
    with nlp.memory_zone():
        assert [t.text for t in nlp.make_doc(text)] == cold


def test_warming_stops_at_its_budget(nlp):
    warm = TokenizerWarmup(nlp, budget_chars=len(TEXT))
    warm([TEXT.replace("Zqvblorf", "Zqvblorfb")])
    assert warm.left <= 0
    late = TEXT.replace("Zqvblorf", "Zqvblorfc")
    warm([late])  # over budget: not learnt, a zone still frees its strings
    assert strings_added_in_zone(nlp, late) > 0


def test_warming_inside_a_zone_does_nothing(nlp):
    warm = TokenizerWarmup(nlp)
    text = TEXT.replace("Zqvblorf", "Zqvblorfd")
    with nlp.memory_zone():
        warm([text])
    assert warm.left == TokenizerWarmup(nlp).left
    assert strings_added_in_zone(nlp, text) > 0
