"""Imported at start by every Python process whose PYTHONPATH holds this folder (the
batched-tasks test's worker): the extraction of any batch holding a file named poison*
raises, as a bug triggered by one file would."""

import os

if os.environ.get("NEWSROOM_TEST_POISON"):
    from services.extract import pipeline

    _real = pipeline.ArticleExtractor.extract_files

    def _poisoned(self, files, *args, **kwargs):
        if any(os.path.basename(path).startswith("poison") for path, _ in files):
            raise RuntimeError("poisoned file in this batch")
        return _real(self, files, *args, **kwargs)

    pipeline.ArticleExtractor.extract_files = _poisoned
