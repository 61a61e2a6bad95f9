"""Defences in words (defences.py): a stance defended, a framing "as Y", the speaker defending
himself against something. Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

# (sentence, content, cue, claimant) of its one claim
DEFENCES = [
    ("Mayor Ada Moss defended her decision to close the ferry terminal.",
     "her decision to close the ferry terminal", "defended", "Mayor Ada Moss"),
    ("Governor Tom Reyes defended the tax plan as a lifeline for small farms.",
     "the tax plan as a lifeline for small farms", "defended", "Governor Tom Reyes"),
    ("Councillor Ben Ortiz defended himself against charges of favouritism.",
     "himself against charges of favouritism", "defended", "Councillor Ben Ortiz"),
    ("Senator Lena Park was defending her remarks about the harbour budget.",
     "her remarks about the harbour budget", "defending", "Senator Lena Park"),
    ("Governor Tom Reyes defended the port authority against attacks from the unions.",
     "the port authority against attacks from the unions", "defended", "Governor Tom Reyes"),
]


@pytest.mark.parametrize(("text", "content", "cue", "claimant"), DEFENCES)
def test_defence_of_a_stance_is_a_claim(extract, text, content, cue, claimant):
    assert [(c.content, c.cue, c.claimant) for c in extract(text)] == [(content, cue, claimant)]


@pytest.mark.parametrize("text", [
    "The Rovers defended their title in the final on Sunday.",  # a deed, not a stance in words
    "Senator Lena Park defended the bridge with two battalions in 1944.",
    "The boxer defended himself.",  # nothing he defends himself against
    "The garrison defended the port against the rebel fleet.",  # a fleet, not words
    "The harbour board's policy was defended in court.",  # by whom is not said
])
def test_defence_that_is_a_deed_is_no_claim(extract, text):
    assert extract(text) == []
