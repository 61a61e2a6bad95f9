"""Mixed speech found from a long quotation (five words or more) as the object or clause of a
verb no cue list knows. Sentences written for these tests."""

from __future__ import annotations

import pytest


def test_a_long_quotation_in_the_object_of_a_thing_is_its_words(extract, by_cue):
    # the subject need not be a person: an ad or a report puts words forward too
    c = by_cue(extract("The new ad targets a “corrupt system that keeps working families out of the room.”"), "targets")
    assert (c.quote_type, c.claimant) == ("mixed", "The new ad")
    assert c.content == "a “corrupt system that keeps working families out of the room.”"


def test_a_long_quotation_after_a_phrasal_verb_is_the_speakers_words(extract, by_cue):
    c = by_cue(extract("Mayor Tom Reyes laid out a plan for “a new tax code that rewards small family farms.”"), "laid")
    assert (c.quote_type, c.claimant) == ("mixed", "Mayor Tom Reyes")
    assert c.content == "a plan for “a new tax code that rewards small family farms.”"


@pytest.mark.parametrize("text", [
    # one quoted word: a label the writer hangs on a thing, not anyone's phrasing
    "The new ad targets the “corrupt” system on the coast.",
    # an adjunct: where the voters waited, not something they put forward
    "The voters waited for hours in an “extremely long line snaking around the block” on Tuesday.",
    # a title in the quotation marks: a name
    "The network bought “The Long Road Back to Little Rock” for its fall season.",
], ids=["short", "adjunct", "title"])
def test_near_misses_are_no_claim(extract, text):
    assert extract(text) == []
