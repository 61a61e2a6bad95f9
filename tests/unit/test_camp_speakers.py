"""A candidate's camp and crowds as speakers of acts that need one (lexicon/claimants.py
SPEAKER_NOUNS): sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

CAMP_ACTS = [
    ("Several campaign associates mentioned Ohio as one state where the senator could help.",
     "mentioned", "Several campaign associates", "Ohio as one state where the senator could help"),
    ("Party insiders stressed the late timing of the primary.",
     "stressed", "Party insiders", "the late timing of the primary"),
    ("Multiple operatives expressed doubt that the new voter files would arrive in time.",
     "expressed", "Multiple operatives", None),
    ("Several hundred demonstrators raised concerns about the new curfew.",
     "raised concerns about", "Several hundred demonstrators", None),
]


@pytest.mark.parametrize(("text", "cue", "claimant", "content"), CAMP_ACTS)
def test_the_camp_speaks(extract, text, cue, claimant, content):
    found = extract(text)
    assert [(c.cue, c.claimant) for c in found] == [(cue, claimant)]
    assert content is None or found[0].content == content


def test_delegates_and_things_stay_silent(extract):
    # a count of delegates backing someone, and a thing as subject, state nothing
    assert extract("Forty delegates supporting the governor arrived on Friday.") == []
    assert extract("The report mentioned the bridge twice.") == []
