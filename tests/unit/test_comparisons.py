"""A sentence compared with what someone said or believed (comparisons.py): sentences written for
these tests in the style of news."""

from __future__ import annotations


def test_than_clause_of_a_prediction(extract):
    text = "Over ten years, the deficit would add up to $1.5 billion more than the budget office had predicted."
    (claim,) = extract(text)
    assert (claim.content, claim.cue, claim.claimant) == (
        "Over ten years, the deficit would add up to $1.5 billion more", "predicted", "the budget office")
    assert claim.polarity == "asserted"


def test_as_clause_of_a_belief(extract):
    text = "The mayor's numbers are not as weak as most harbour insiders believe."
    (claim,) = extract(text)
    assert (claim.content, claim.cue, claim.claimant) == (
        "The mayor's numbers are not as weak", "believe", "most harbour insiders")
    assert claim.hedged  # a belief


def test_expectation_is_no_claim(extract):
    # what a campaign expected is as often its plan as its claim
    assert extract("The turnout was far lower than the party had expected.") == []
