"""Cue verbs that share the subject of the predicate the sentence opens with
(shared_subjects.py): sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

# The claim each sentence makes with the cue: sentence | cue | content | claimant.
SHARED = [tuple(x.strip() for x in row.split("|")) for row in """
Mayor Jane Holt toured the flooded harbour on Monday, then says the pier will reopen by the spring. | says | the pier will reopen by the spring | Mayor Jane Holt
Holt praised the volunteers who cleared the beach, suggested that the cleanup could cost more than $2 million. | suggested | the cleanup could cost more than $2 million | Holt
Governor Tom Reyes visited the damaged ferry terminal, said the state would pay for the repairs. | said | the state would pay for the repairs | Governor Tom Reyes
""".strip().splitlines()]


@pytest.mark.parametrize("text, cue, content, claimant", SHARED)
def test_cue_shares_the_subject_of_the_first_predicate(extract, by_cue, text, cue, content, claimant):
    c = by_cue(extract(text), cue)
    assert (c.content, c.claimant) == (content, claimant)


def test_opening_time_clause_lends_no_speaker(extract):
    # "when" opens a clause of time, whose subject (the storm) says nothing
    assert extract("When the storm hit the coast, said the pier would stay closed.") == []
