"""A cue whose whole object is a pro-form standing for what was said (pro_form_objects.py): "never
thought so", "acknowledged as much", "has explained this". Sentences written for these tests in the
style of news."""

from __future__ import annotations


def _pairs(claims):
    return [(c.content, c.claimant) for c in claims]


def test_negated_belief_with_so_is_a_belief(extract):
    text = "The council expected the bypass to open by spring. Its own engineers never thought so."
    found = [c for c in extract(text) if c.content == "so"]
    assert _pairs(found) == [("so", "Its own engineers")]
    assert found[0].polarity == "denied" and found[0].hedged


def test_acknowledged_as_much(extract):
    text = "Senior campaign officials acknowledged as much in a memo to donors on Friday."
    assert ("as much", "Senior campaign officials") in _pairs(extract(text))


def test_pronoun_object_of_explain_at_the_end_of_its_clause(extract):
    text = "The ministry has explained this in the past, but the figures have changed since."
    assert ("this", "The ministry") in _pairs(extract(text))


def test_infinitive_takes_the_subject_of_its_verb(extract):
    text = "Regional broadcasters have done nothing to explain this to their viewers."
    assert ("this", "Regional broadcasters") in _pairs(extract(text))


def test_so_of_degree_is_no_claim(extract):
    text = "The chairman said so many times that the board stopped listening."
    assert not [c for c in extract(text) if c.content in ("so", "so many times")]


def test_negated_saying_is_no_claim(extract):
    text = "Asked about the merger, the spokesman could not say that."
    assert not [c for c in extract(text) if c.content == "that"]


def test_handing_over_and_idioms_are_no_claims(extract):
    text = ("Believe it or not, the council kept the old tram line. A cleaner found the parcel and "
            "reported it to the station staff.")
    assert not [c for c in extract(text) if c.content == "it"]


def test_condition_is_no_claim(extract):
    text = "If the manual says so, the crew will replace every valve on the line."
    assert not [c for c in extract(text) if c.content == "so"]
