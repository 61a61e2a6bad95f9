"""Passive acts (passive_acts.py) whose agent is a part or a head of speakers: "criticized by some
of his rivals" is theirs, not a report with no source."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "claimant"), [
    ("The mayor has been criticized by some of his rivals for skipping the town hall debates in the "
     "spring.", "some of his rivals"),
    ("The governor has been criticized by a number of Democrats for her handling of the flood.",
     "a number of Democrats"),
    # near miss: a part of no speakers is still no speaker
    ("The mayor was attacked by a pack of dogs for no reason near the river.", None),
])
def test_a_passive_agent_that_is_a_part_of_speakers(extract, text, claimant):
    found = extract(text)
    assert len(found) == 1, [(c.cue, c.claimant) for c in found]
    assert found[0].claimant == claimant
    assert (found[0].quote_type == "reported") == (claimant is None)
