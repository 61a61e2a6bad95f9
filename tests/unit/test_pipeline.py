"""ArticleExtractor: offsets into the body, title claims, failures that say what is wrong."""

from __future__ import annotations

import pytest

from services.core.errors import IngestError
from services.core.settings import Settings
from services.extract.pipeline import ArticleExtractor
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def extractor() -> ArticleExtractor:
    return ArticleExtractor(Settings())


def test_claim_offsets_point_at_their_content_in_the_body(extractor):
    text = (
        "Council approves harbour plan\n\n"
        "The council approved the plan on Monday.\n"
        "Mayor Ruth Adeyemi said that the harbour would reopen in May.\n"
    )
    article = extractor.extract_text(text)
    assert article.title == "Council approves harbour plan"
    assert article.body.startswith("The council approved")
    claim = next(c for c in article.claims if c.cue == "said")
    assert article.body[claim.start : claim.end] == claim.content
    assert "harbour would reopen" in claim.content


def test_seed_claims_all_point_into_the_body(extractor):
    article = extractor.extract_text((ROOT / "seeds" / "syria-russia-bases.txt").read_text())
    assert len(article.claims) >= 5
    for claim in article.claims:
        assert article.body[claim.start : claim.end] == claim.content


def test_a_claim_in_a_separate_title_is_kept_without_body_offsets(extractor):
    text = "Minister says the tax will rise next year\n\nThe budget is due in March.\n"
    article = extractor.extract_text(text)
    title_claims = [c for c in article.claims if "tax will rise" in c.content]
    assert title_claims, article.claims
    assert (title_claims[0].start, title_claims[0].end) == (0, 0)


def test_bad_file_fails_with_its_stage_and_reason(extractor):
    results = extractor.extract_files([("a.txt", b""), ("b.txt", b"\x00\x01\x02" * 50), ("c.txt", b"Fine.\n\nText.")])
    assert results[0].error and results[0].error.stage.value == "decode" and "empty" in results[0].error.reason
    assert results[1].error and "binary" in results[1].error.reason
    assert results[2].article is not None and results[2].error is None


def test_file_over_the_size_limit_is_refused(tmp_path):
    small = ArticleExtractor(Settings(max_file_bytes=10))
    with pytest.raises(IngestError, match="over the 10-byte limit"):
        small.prepare("big.txt", b"x" * 11)


def test_leading_article_is_dropped_from_a_name_that_opens_the_body(extractor):
    text = "Harbour plan delayed\n\nThe Harbour Authority has postponed the dredging.\n\nThe Harbour Authority said it would wait.\n"
    names = {e.name for e in extractor.extract_text(text).entities}
    assert "Harbour Authority" in names and "The Harbour Authority" not in names
