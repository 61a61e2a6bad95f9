"""Cue verbs whose speaker the parse hung elsewhere (stranded_speakers.py): sentences written for
these tests in the style of news."""

from __future__ import annotations

import pytest

# The one claim each sentence makes: sentence | content | cue | claimant.
ONE_CLAIM = [tuple(x.strip() for x in row.split("|")) for row in """
Jolly said he would vote against the harbour budget in the spring. | he would vote against the harbour budget in the spring | said | Jolly
Will believes the ferry company has been handed a chance to win the contract. | the ferry company has been handed a chance to win the contract | believes | Will
As part of his plea, Tom Jenks Reyes, 44, said that he stole nearly 100 boats from the harbour over six years. | he stole nearly 100 boats from the harbour over six years | said | Tom Jenks Reyes
Worried by the storms in Maine, Governor Tom Reyes, a Democrat, said the pier would stay closed. | the pier would stay closed | said | Governor Tom Reyes
One fisherman, who like others spoke on the condition of anonymity, said the new timetable was a disaster for the town. | the new timetable was a disaster for the town | said | One fisherman
""".strip().splitlines()]


@pytest.mark.parametrize("text, content, cue, claimant", ONE_CLAIM)
def test_stranded_speaker_makes_one_claim(extract, text, content, cue, claimant):
    assert [(c.content, c.cue, c.claimant) for c in extract(text)] == [(content, cue, claimant)]


def test_stranded_question_is_no_claim(extract):
    # the parse tags "Jolly" as an adverb here too, but "how Y" is a question, not a statement
    assert extract("Jolly said how the pier would be rebuilt after the storm.") == []
