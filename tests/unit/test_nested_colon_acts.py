"""A colon line whose words hold a claim the other patterns found first ("Okafor: I Still Believe
Y", "REYES: Well, I think Y") is still the name's act: the line is the claim, by the name, and
the nested "I think Y" gives way (transcripts.py); so is a block quotation after a lead-in ("The
governor added:" and a paragraph, colon_lead_ins.py). Left alone: an answer line with no name
("A: I think Y"), a first person outside any colon line."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, opening, entity", [
    ("Okafor: I Still Believe The Harbour Plan Will Fail\n\n"
     "Senator Tom Okafor spoke to reporters on Monday about the harbour plan.", "Okafor", "I Still Believe", "Okafor"),
    ("Governor Tom Reyes spoke to reporters on Monday.\n\n"
     "REYES: Well, I think the port needs a new board, and we will vote on it soon.", "REYES", "Well, I think", "Reyes"),
])
def test_colon_line_with_a_first_person_act_inside(extract, text, name, opening, entity):
    claims = extract(text)
    c = next(c for c in claims if c.cue == ":")
    assert c.claimant == name and c.content.startswith(opening)
    assert c.claimant_entity is not None and entity in c.claimant_entity
    assert not any(x.claimant == "I" for x in claims), [(x.cue, x.claimant, x.content) for x in claims]


@pytest.mark.parametrize("line", [
    "A: I think the port needs a new board very soon.",  # an answer line: no name
    "I think the port needs a new board, and the vote should come soon.",  # no colon line
])
def test_first_person_act_outside_a_named_colon_line_stays(extract, line):
    claims = extract("Governor Tom Reyes spoke on Monday.\n\n" + line)
    assert not any(c.cue == ":" for c in claims)
    assert any(c.claimant == "I" and c.content.startswith("the port needs") for c in claims), \
        [(c.cue, c.claimant, c.content) for c in claims]


def test_block_quotation_after_a_lead_in_holds_a_first_person_act(extract):
    """colon_lead_ins.py, the same: the paragraph is the lead-in's claim, its "I think Y" nested."""
    text = ("Governor Tom Reyes spoke at the pier on Monday. The governor added:\n\n"
            "The board has failed the fishermen for years. I think the port needs a new board, and "
            "the vote should come soon.")
    claims = extract(text)
    c = next(c for c in claims if c.cue == "added")
    assert c.claimant == "The governor" and c.content.startswith("The board has failed")
    assert not any(x.claimant == "I" for x in claims), [(x.cue, x.claimant, x.content) for x in claims]
