"""A file with no date of its own gets its file's time, inside the extractor: the worker (which
has the time from the watcher's event) and `newsroom extract FILE` give one file one date."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

from services.core.settings import Settings
from services.extract.pipeline import ArticleExtractor

TEXT = "Harbour reopens\n\nThe mayor said the harbour would reopen in May.\n"
MTIME = 1_700_000_000.0


@pytest.fixture(scope="module")
def extractor() -> ArticleExtractor:
    return ArticleExtractor(Settings())


def test_the_files_time_stands_in_for_a_missing_date(extractor, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT)
    os.utime(path, (MTIME, MTIME))
    expected = datetime.fromtimestamp(MTIME, UTC)
    # as `newsroom extract FILE` calls it: the extractor asks the file
    (local,) = extractor.extract_files([(str(path), path.read_bytes())])
    # as the worker calls it: the time travels with the event, the path is inbox-relative
    (queued,) = extractor.extract_files([("story.txt", TEXT.encode())], mtimes=[MTIME])
    assert local.article.published_at == queued.article.published_at == expected


def test_a_date_in_the_file_wins_and_text_alone_has_none(extractor):
    md = "---\ntitle: Harbour reopens\ndate: 2025-03-04\n---\n\nThe mayor said the harbour would reopen in May.\n"
    (res,) = extractor.extract_files([("story.md", md.encode())], mtimes=[MTIME])
    assert res.article.published_at.date().isoformat() == "2025-03-04"
    assert extractor.extract_text(TEXT).published_at is None
