"""Stances stated by a verb with a noun phrase object (stance_verbs.py): "opposes the toll",
"favors a shorter week", "prefer a later vote". Sentences written for these tests in the style
of news."""

from __future__ import annotations

import pytest

# (sentence, content, cue, claimant) of its one claim
STANCES = [
    ("Senator Ruth Okafor opposes the new toll on the harbour bridge.",
     "the new toll on the harbour bridge", "opposes", "Senator Ruth Okafor"),
    ("Mayor Dan Pruitt has long opposed the plan to close the river ferry.",
     "the plan to close the river ferry", "opposed", "Mayor Dan Pruitt"),
    ("The dockers' union favors a shorter working week for night crews.",
     "a shorter working week for night crews", "favors", "The dockers' union"),
    ("Most council members prefer a later vote on the harbour budget.",
     "a later vote on the harbour budget", "prefer", "Most council members"),
    ("The dockers' union supports the plan to widen the ferry terminal.",
     "the plan to widen the ferry terminal", "supports", "The dockers' union"),
    ("Governor Ada Moss backed the plan to widen the ferry terminal.",
     "the plan to widen the ferry terminal", "backed", "Governor Ada Moss"),
    # the writer's gloss after a comma is no part of the stance
    ("Governor Ada Moss opposes the Clean Harbour Act, which passed the state senate in May.",
     "the Clean Harbour Act", "opposes", "Governor Ada Moss"),
    # a poll's margin after the object is the poll's count, not what the group favors
    ("Night-shift nurses backed Councillor Ben Ortiz, 58 percent to 35 percent.",
     "Councillor Ben Ortiz", "backed", "Night-shift nurses"),
    # ... but a number inside the object stays
    ("The dockers' union supports a 5 percent raise for night crews.",
     "a 5 percent raise for night crews", "supports", "The dockers' union"),
    ("The dockers' union supports the 2 percent levy.", "the 2 percent levy", "supports", "The dockers' union"),
    # a share or a kind of people a poll breaks down, not speakers elsewhere
    ("About 40 percent of the dockers support the plan to widen the ferry terminal.",
     "the plan to widen the ferry terminal", "support", "About 40 percent of the dockers"),
    ("Most millennials favor free tuition.", "free tuition", "favor", "Most millennials"),
    ("Three-quarters of rural women oppose the new toll on the harbour bridge.",
     "the new toll on the harbour bridge", "oppose", "Three-quarters of rural women"),
    # with the preposition that brings the stance, kept in the cue
    ("The ferry workers' union campaigned against the sale of the old harbour.",
     "the sale of the old harbour", "campaigned against", "The ferry workers' union"),
    ("Councillor Ben Ortiz sided with the striking dockers and their families.",
     "the striking dockers and their families", "sided with", "Councillor Ben Ortiz"),
]

# near misses: no stance held (negated, a forecast, a wish, a passive), no speaker, a lone
# pronoun, or a relative clause picking a group out
NOT_STANCES = [
    "Ben Ortiz does not oppose the new toll on the harbour bridge.",
    "Ben Ortiz will oppose the new toll on the harbour bridge.",
    "The council would prefer a later vote on the harbour budget.",
    "Ben Ortiz wants to oppose the new toll on the harbour bridge.",
    "Ben Ortiz opposes it.",
    "The new district map favors the incumbent mayor.",
    "Voters who favor the new toll turned out early in the valley.",
    "Mayor Ada Moss campaigned against Ben Ortiz in the spring.",  # a race against a rival
    "Old oak beams support the roof of the covered market.",
    "Ben Ortiz backed away from the plan to widen the ferry terminal.",
    "Other engineers welcomed the report on the ferry terminal.",  # a reception, no claim
    "Mayor Ada Moss campaigned in the valley towns all spring.",
    # a verb joined to a forecast or a wish shares its mood
    "Mayor Ada Moss will cut the toll and support the plan to widen the ferry terminal.",
    "Councillor Ben Ortiz wants to cut the toll and back the plan to widen the ferry terminal.",
    # a relative pronoun's group: whom, the sentence names
    "The harbour pilots, the vast majority of whom support Mayor Ada Moss, voted early.",
    "The old beams, like most people, support the roof.",
]


def test_a_poll_breakdown_gives_each_group_its_stance(extract):
    got = [(c.content, c.claimant) for c in extract(
        "Female nurses preferred Mayor Ada Moss, while older men backed Councillor Ben Ortiz.")]
    assert got == [("Mayor Ada Moss", "Female nurses"), ("Councillor Ben Ortiz", "older men")]


@pytest.mark.parametrize("text, content, cue, claimant", STANCES)
def test_stance_verb_object_is_a_claim(extract, text, content, cue, claimant):
    """The object is the content, the subject its claimant."""
    got = [(c.content, c.cue, c.claimant, c.quote_type) for c in extract(text)]
    assert got == [(content, cue, claimant, "indirect")]


def test_an_opposition_or_a_preference_is_an_evaluation(extract):
    assert [c.kind for c in extract("Most council members prefer a later vote on the harbour budget.")] == ["evaluation"]


@pytest.mark.parametrize("text", NOT_STANCES)
def test_no_stance_verb_claim(extract, text):
    assert extract(text) == []
