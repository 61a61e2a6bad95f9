"""Plain cues of saying whose clause the parse broke, read by surface order
(surface_clauses.py): sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

BROKEN_CLAUSES = [
    # "contract" is read as the object of "say" and "prove" as a second verb of the leaders
    ("Union leaders say that contract, and the two signed before it, prove the company can afford raises.",
     "that contract, and the two signed before it, prove the company can afford raises", "say", "Union leaders"),
    # "ending" is read as the cue's complement, "hurt" as a second verb of Reyes
    ("Reyes said ending the grant program before other funding could be found, and without knowing who will "
     "lead the agency, could needlessly hurt clinics in the valley.",
     "ending the grant program before other funding could be found, and without knowing who will lead the "
     "agency, could needlessly hurt clinics in the valley", "said", "Reyes"),
]


@pytest.mark.parametrize(("text", "content", "cue", "claimant"), BROKEN_CLAUSES)
def test_clause_the_parse_broke_is_read_by_surface_order(extract, text, content, cue, claimant):
    assert [(c.content, c.cue, c.claimant) for c in extract(text)] == [(content, cue, claimant)]


@pytest.mark.parametrize("text", [
    "Fowler added a note of caution, should the council attempt a quick vote.",  # an inverted condition
    "The mayor wrote a letter that praised the volunteers.",  # a relative clause on the object
    "The coach wrote this because I am tired of waiting.",  # a reason for the act
    "The senator said a few words for the fallen officers, and the chamber stood in silence.",  # the writer's next clause
])
def test_object_with_no_clause_of_its_own_is_no_content(extract, text):
    assert extract(text) == []
