"""What a speaker claims as won or owed, and what a side declares (speech_acts.py): "claimed
victory", "claimed responsibility for the attack" (CLAIMED_OUTCOMES), "declared war on its
neighbour", "declared her candidacy" are the speaker's claims, the object their content.
Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

# (sentence, content, cue, claimant) of its one claim
CLAIMED = [
    ("Ada Moss claimed victory in the county race on Tuesday night.",
     "victory in the county race", "claimed", "Ada Moss"),
    ("The Harbour Front claimed responsibility for the bombing.",
     "responsibility for the bombing", "claimed", "The Harbour Front"),
    ("Mayor Ada Moss claimed momentum on Friday.", "momentum", "claimed", "Mayor Ada Moss"),
    # the occasion is no part of what was claimed
    ("Ada Moss claimed a narrow victory in a tweet.", "a narrow victory", "claimed", "Ada Moss"),
    ("The junta declared war on its neighbour.", "war on its neighbour", "declared", "The junta"),
    ("Ada Moss declared her candidacy for mayor.", "her candidacy for mayor", "declared", "Ada Moss"),
    ("The mayor declared a state of emergency on Friday.", "a state of emergency", "declared", "The mayor"),
]

# (sentence, the cue's first letters, why nothing is claimed)
NOT_CLAIMED = [
    ("The storm claimed three lives in Dover.", "claim", "lives lost, not a claim"),
    ("Ada Moss claimed her bags at the airport.", "claim", "bags fetched, not a claim"),
    ("Moss needs 300 delegates to claim the nomination.", "claim", "the nomination won, not claimed in words"),
    ("She was one of two women who declared their allegiance at the event.", "declar",
     "a relative clause: background to the sentence"),
    ("The mayor did not declare an emergency.", "declar", "negated"),
]


@pytest.mark.parametrize("text, content, cue, claimant", CLAIMED)
def test_claimed_outcome(extract, text, content, cue, claimant):
    got = [(c.content, c.cue, c.claimant) for c in extract(text)]
    assert got == [(content, cue, claimant)]


@pytest.mark.parametrize("text, cue, why", NOT_CLAIMED)
def test_no_claimed_outcome(extract, text, cue, why):
    assert [c.content for c in extract(text) if c.cue.startswith(cue)] == []
