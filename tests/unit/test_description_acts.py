"""Descriptions and judgments without quotes (description_acts.py): "X described the plan as a
giveaway", "X decried the cuts". Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

# The one claim each sentence makes: sentence | content | cue | claimant.
ONE_CLAIM = [tuple(x.strip() for x in row.split("|")) for row in """
Mayor Lena Brandt has described the regatta as Harbourtown celebrating itself. | the regatta as Harbourtown celebrating itself | described | Mayor Lena Brandt
Tom Reyes described, in unusually sharp terms, a ferry service that leaves commuters stranded every winter. | a ferry service that leaves commuters stranded every winter | described | Tom Reyes
Older voters appeared more likely to describe her as likable and honest. | her as likable and honest | describe | Older voters
The union derided the new timetable of the night ferry. | the new timetable of the night ferry | derided | The union
Councillor Ada Moss chastised the harbour board for ignoring the fishermen. | the harbour board for ignoring the fishermen | chastised | Councillor Ada Moss
The governor outlined a plan to rebuild the pier by next summer. | a plan to rebuild the pier by next summer | outlined | The governor
Councillor Ada Moss drew laughter in describing the harbour board as a club of old friends. | the harbour board as a club of old friends | describing | Councillor Ada Moss
Tom Reyes won applause by describing the pier as the heart of the town. | the pier as the heart of the town | describing | Tom Reyes
""".strip().splitlines()]

# near misses: no claim at all
NO_CLAIM = [
    "The mayor coined a new phrase to describe the harbour crowds.",  # a purpose, not a description
    "The harbour festival was described as a success.",  # nobody's words
    "Records describing payments to the ferry company were released on Monday.",  # a text, no speaker
    "The ferry company describes itself in the following way.",
    "The report ran to forty pages in describing the storm damage.",  # a text's participle, no speaker
]


@pytest.mark.parametrize("row", ONE_CLAIM, ids=[r[2] for r in ONE_CLAIM])
def test_description_without_quotes_is_a_claim(extract, row):
    found = [(c.content, c.cue, c.claimant) for c in extract(row[0])]
    assert found == [row[1:]]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_use_of_the_verb_that_is_no_description(extract, text):
    assert not [(c.cue, c.content) for c in extract(text)]


def test_participle_after_a_clause_is_the_main_subjects_description(extract):
    """ "In describing X, Y said Z": the one who describes is the subject of the verb the "in"
    phrase hangs on, and the description is a claim beside what is said."""
    found = {(c.cue, c.content, c.claimant) for c in extract(
        "In describing the new ferry timetable, Mayor Lena Brandt said commuters would save an hour a week.")}
    assert ("describing", "the new ferry timetable", "Mayor Lena Brandt") in found
