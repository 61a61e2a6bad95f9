"""Characterizations: a quoted label after "as" under a verb that is not one of saying
("rejected the plan as “a gimmick”"). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, cue, claimant, content", [
    # "as" hangs on the object; the reason given goes with the label (as in mixed_tails.py)
    ("The governor's office rejected the proposal as \"a gimmick\" because the state could not afford it.",
     "rejected", "The governor's office", "the proposal as \"a gimmick\" because the state could not afford it"),
    ("The challenger offered himself as a “common sense” candidate and made a direct appeal to union voters.",
     "offered", "The challenger", "himself as a “common sense” candidate"),
    # the particle read as a preposition: the labelled thing is its object
    ("For now, the ministry waves off the delay as having “no real” impact.",
     "waves", "the ministry", "the delay as having “no real” impact"),
])
def test_a_quoted_label_after_as_is_mixed_speech(extract, by_cue, text, cue, claimant, content):
    c = by_cue(extract(text), cue)
    assert c.quote_type == "mixed" and c.content == content and c.claimant == claimant


def test_a_quoted_name_after_as_is_no_ones_words(extract):
    # a title in the quotation marks names a thing: nobody's verdict
    assert not extract("The studio chose the film as its “Movie of the Year” in a short ceremony.")


def test_scare_quotes_after_as_without_an_object_are_no_claim(extract):
    # nothing labelled: "as" tells the role, not anyone's words
    assert not extract("The retired teacher worked as a “substitute” at the county school for a decade.")


def test_a_capitalized_subject_tagged_as_a_verb_still_labels(extract, by_cue):
    # the tagger reads "Trump" as a verb; as the subject, capitalized, it is a name
    c = by_cue(extract("Trump further summed up the mayor as “a disaster,” denounced his budget and said "
                       "he should resign."), "summed")
    assert c.quote_type == "mixed" and c.claimant == "Trump" and c.content == "the mayor as “a disaster,”"


def test_a_quote_deep_in_the_label_still_labels(extract, by_cue):
    # the quoted words hang on a noun inside the label, several steps below "as"
    c = by_cue(extract("The magazine ranked the senator as one of the ten worst lawmakers “in the history of the "
                       "state.”"), "ranked")
    assert (c.quote_type, c.claimant) == ("mixed", "The magazine")
    assert c.content == "the senator as one of the ten worst lawmakers “in the history of the state.”"
