"""The worker side of the limits: a file over the size limit never reaches NLP."""

from __future__ import annotations

import pytest

from services.core.errors import IngestError
from services.core.settings import Settings
from services.extract.worker import backoff


def test_extractor_refuses_oversized_bytes(monkeypatch):
    from services.extract import pipeline

    monkeypatch.setattr(pipeline, "get_nlp", lambda name: None)
    monkeypatch.setattr(pipeline, "EntityResolver", lambda: None)
    monkeypatch.setattr(pipeline, "ClaimExtractor", lambda: None)
    extractor = pipeline.ArticleExtractor(Settings(max_file_bytes=100))
    with pytest.raises(IngestError) as info:
        extractor.prepare("big.txt", b"x" * 101)
    assert info.value.error == "FileTooLarge" and "100-byte limit" in info.value.reason


def test_default_size_limit_is_10_mb():
    assert Settings().max_file_bytes == 10 * 1024 * 1024


def test_backoff_grows_exponentially_with_jitter_and_a_cap():
    for attempt in range(12):
        ceiling = min(30.0, 2.0**attempt)
        delays = {backoff(attempt, 30.0) for _ in range(50)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        if attempt > 2:
            assert len(delays) > 1, "jitter spreads the retries"
