"""Criticism drawn (criticism_drawn.py): "the plan drew criticism from X", "X faced criticism for
Y". Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "content", "claimant"), [
    ("The ferry plan has drawn sharp criticism from the fishermen's union.",
     "The ferry plan", "the fishermen's union"),
    ("Mayor Ada Moss faced criticism over her handling of the harbour contract.",
     "her handling of the harbour contract", None),
    ("The port authority came under criticism from unions over the pension cuts.",
     "the pension cuts", "unions"),
    ("The council has faced criticism from residents that the new bridge is too narrow.",
     "the new bridge is too narrow", "residents"),
])
def test_criticism_drawn_names_what_is_criticized(extract, text, content, claimant):
    assert [(c.content, c.claimant) for c in extract(text)] == [(content, claimant)]


@pytest.mark.parametrize("text", [
    "The ferry plan drew large crowds to the harbour on Sunday.",  # no criticism
    "The old fort came under fire from the rebel guns.",  # fire, not words
    "The program has attracted criticism for a number of reasons.",  # the grounds are not said
    "It has drawn such criticism before.",  # which criticism, and of what, was said earlier
])
def test_no_criticism_drawn(extract, text):
    assert extract(text) == []
