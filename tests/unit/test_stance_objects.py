"""Stances stated with a plain object (speech_acts.py, STANCE_OBJECT_LEMMAS): "endorsed X",
"touted X", "voiced displeasure with X". Not in a relative clause, not negated, not an act that
did not take place ("should have endorsed"). Sentences written for these tests in the style of
news."""

from __future__ import annotations

import pytest

# sentence -> (cue, claimant, content) of its one claim
STANCES = {
    "Governor Tom Reyes endorsed Mayor Ada Moss for the Senate seat.":
        ("endorsed", "Governor Tom Reyes", "Mayor Ada Moss for the Senate seat"),
    "The mayor touted the deal with the ferry company.": ("touted", "The mayor", "the deal with the ferry company"),
    "Councillor Ben Ortiz voiced displeasure with the new harbour fees.":
        ("voiced", "Councillor Ben Ortiz", "displeasure with the new harbour fees"),
    # a time after the object is no part of what was endorsed
    "Tom Reyes endorsed Ada Moss in early June.": ("endorsed", "Tom Reyes", "Ada Moss"),
    # nor the writer's gloss on it
    "The dockers' union is endorsing Ada Moss's harbour plan, the latest turn in a long feud.":
        ("endorsing", "The dockers' union", "Ada Moss's harbour plan"),
}


@pytest.mark.parametrize("text", list(STANCES))
def test_stance_with_an_object_is_a_claim(extract, text):
    found = {(c.cue, c.claimant, c.content) for c in extract(text)}
    assert found == {STANCES[text]}


@pytest.mark.parametrize("text", [
    "Ada Moss, who endorsed the ferry plan, spoke at the pier.",  # background in a relative clause
    "Tom Reyes should have endorsed the ferry plan.",  # an act that did not take place
    "Had Tom Reyes endorsed the ferry plan, the council would have backed it.",
    "The mayor would have touted the ferry deal at the rally.",
    "Ada Moss did not endorse the ferry plan.",  # negated
    "The weekly newsletter touted the ferry schedule.",  # no speaker
])
def test_stance_that_was_not_taken_is_no_claim(extract, text):
    assert extract(text) == []


def test_voiced_concern_stays_a_light_verb_act(extract):
    # "voiced concern about X": the topic is the content, as light_verb_acts.py reads it
    claims = extract("Councillor Ben Ortiz voiced concern about the new harbour fees.")
    assert [(c.content, c.cue) for c in claims] == [("the new harbour fees", "voiced concern about")]
