"""Saying little about a thing (said_about.py): the "about" phrase is what was spoken of;
sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

# sentence | content | cue | claimant
SAID_ABOUT = [tuple(x.strip() for x in row.split("|")) for row in """
The mayor pledged to rebuild the pier but said little about how. | how | said | The mayor
Ms. Moss joined the board in 2014, but she said almost nothing about the levy until last year. | the levy | said | Moss
The council's website says nothing about blocking attempts to close the harbour. | blocking attempts to close the harbour | says | The council's website
The label doesn't tell voters much about the candidates' plans for the port. | the candidates' plans for the port | tell | The label
""".strip().splitlines()]


@pytest.mark.parametrize("text, content, cue, claimant", SAID_ABOUT)
def test_said_little_about_gives_the_topic(extract, by_cue, text, content, cue, claimant):
    c = by_cue(extract(text), cue)
    assert (c.content, c.claimant) == (content, claimant)


@pytest.mark.parametrize("text", [
    "Moss, who has read the letters but would say nothing about the senders, agreed with the mayor.",
    "Moss declined to say much about the pier.",
])
def test_a_refusal_is_no_claim(extract, text):
    assert extract(text) == []


def test_much_that_is_no_object_leaves_the_clause(extract, by_cue):
    c = by_cue(extract("Moss said much of her talk with the mayor was about the pier."), "said")
    assert c.content == "much of her talk with the mayor was about the pier"
