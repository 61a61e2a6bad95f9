"""(f) Extraction cost per format: decode + parse + language detection (everything before
spaCy, which costs the same per word whatever the format), per file, per article and per
page, on the format corpus of tests/corpus beside the plain-text seed article."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from services.core.settings import Settings
from services.extract.pipeline import ArticleExtractor
from tests.formats_corpus import PDF_LINES, all_samples, make_pdf

ROOT = Path(__file__).resolve().parent.parent


def _time(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm: imports, the language model
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def run(log: Callable[[str], None], repeat: int = 20) -> dict[str, Any]:
    extractor = ArticleExtractor.__new__(ArticleExtractor)  # parsing only: no spaCy model
    extractor.settings = Settings()
    samples = dict(all_samples())
    samples["seed.txt"] = (ROOT / "seeds" / "syria-russia-bases.txt").read_bytes()
    samples["ten-pages.pdf"] = _pages_pdf(10)
    pages = {"ten-pages.pdf": 10}
    out: dict[str, Any] = {}
    for name, data in samples.items():
        items = extractor.prepare_all(name, data)
        seconds = _time(lambda n=name, d=data: extractor.prepare_all(n, d), repeat)
        articles = max(1, sum(1 for i in items if hasattr(i, "text")))
        out[name] = {
            "ms_per_file": round(seconds * 1000, 2), "articles": articles,
            "ms_per_article": round(seconds * 1000 / articles, 2),
            "ms_per_page": round(seconds * 1000 / pages.get(name, 1), 2), "kb": round(len(data) / 1024, 1),
        }
        log(f"(f) {name}: {out[name]['ms_per_file']} ms per file, {articles} articles")
    return out


def _pages_pdf(n: int) -> bytes:
    """A PDF of n pages of press-release text."""
    return make_pdf(PDF_LINES, pages=n)
