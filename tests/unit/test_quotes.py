"""quote_spans: where quoted text is, by the marks alone (no spaCy)."""

from __future__ import annotations

from services.extract.quotes import quote_spans


def test_quote_spans_curly_and_unbalanced():
    text = "“One,” he said. ‘Two’ and \"three\".\n\n“Four"
    assert [text[s:e] for s, e in quote_spans(text)] == ["One,", "Two", "three", "Four"]


def test_quote_spans_closing_mark_without_opening_starts_at_paragraph():
    text = "He said it was over.” Then he left."
    assert [text[s:e] for s, e in quote_spans(text)] == ["He said it was over."]


def test_doubled_apostrophes_are_quotation_marks():
    text = "Title\n\n''We will win,'' she said, and he called it ''a dream.'' It's Bob's ''day''\n"
    assert [text[s:e] for s, e in quote_spans(text)] == ["We will win,", "a dream.", "day"]
