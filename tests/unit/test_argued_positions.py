"""Positions argued for or against with a preposition (argued_positions.py): "argued for X",
"warned against X", "railed against X", "lashed out at X". Sentences written for these tests in
the style of news."""

from __future__ import annotations

import pytest

# (sentence, content, cue, claimant) of its one claim
POSITIONS = [
    ("Senator Ruth Okafor argued for a cap on rents in the harbour district.",
     "a cap on rents in the harbour district", "argued for", "Senator Ruth Okafor"),
    ("Mayor Dan Pruitt has argued against closing the river ferry.",
     "closing the river ferry", "argued against", "Mayor Dan Pruitt"),
    ("In her New Year speech, Merkel warned against the forces of hate in the country.",
     "the forces of hate in the country", "warned against", "Merkel"),
    ("Governor Ada Moss cautioned against reading too much into one poll.",
     "reading too much into one poll", "cautioned against", "Governor Ada Moss"),
    # the reason given is part of what is said
    ("Ortiz railed against the council for failing to publish the audit.",
     "the council for failing to publish the audit", "railed against", "Ortiz"),
    ("On Tuesday, Ben Ortiz lashed out at the harbour board.", "the harbour board", "lashed out at", "Ben Ortiz"),
]


@pytest.mark.parametrize(("text", "content", "cue", "claimant"), POSITIONS)
def test_position_argued_with_a_preposition_is_a_claim(extract, text, content, cue, claimant):
    assert [(c.content, c.cue, c.claimant) for c in extract(text)] == [(content, cue, claimant)]


@pytest.mark.parametrize("text", [
    "Ortiz was warned against speaking to the press.",  # who warned is not said
    "Ben Ortiz cautioned against it.",  # what "it" stands for, another sentence says
    "A series of ballot measures argued against the new port.",  # no speaker
])
def test_position_with_no_speaker_or_matter_is_no_claim(extract, text):
    assert extract(text) == []


def test_a_position_inside_what_was_said_stays_the_saying(extract):
    """ "Selzer [...], says she warned about the surprises": one claim, the saying (found by a
    later family, the subject being far), whose content holds the warning."""
    text = "Pollster Ann Selzer is happy to be the state's gold standard, says she warned about the surprises."
    got = [(c.cue, c.claimant, c.content) for c in extract(text)]
    assert got == [("says", "Pollster Ann Selzer", "she warned about the surprises")]


def test_railing_against_is_an_accusation(extract):
    assert [c.kind for c in extract("Ortiz railed against the council for failing to publish the audit.")] == ["accusation"]
