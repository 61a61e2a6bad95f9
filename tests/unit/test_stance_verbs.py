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
    # the writer's gloss after a comma is no part of the stance
    ("Governor Ada Moss opposes the Clean Harbour Act, which passed the state senate in May.",
     "the Clean Harbour Act", "opposes", "Governor Ada Moss"),
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
]


@pytest.mark.parametrize("text, content, cue, claimant", STANCES)
def test_stance_verb_object_is_a_claim(extract, text, content, cue, claimant):
    """The object is the content, the subject its claimant; an opposition or a preference is an
    evaluation."""
    got = [(c.content, c.cue, c.claimant, c.quote_type, c.kind) for c in extract(text)]
    assert got == [(content, cue, claimant, "indirect", "evaluation")]


@pytest.mark.parametrize("text", NOT_STANCES)
def test_no_stance_verb_claim(extract, text):
    assert extract(text) == []
