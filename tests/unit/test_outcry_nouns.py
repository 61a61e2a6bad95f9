"""Words shouted or repeated, named by a noun before the quote: "chants of “Y”", "her slogan is
“Y”". Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, cue, claimant, content", [
    # a chant of no one named is still what was shouted
    ("The rally ended with chants of “Build the bridge!” from the back of the hall.",
     "chants", None, "“Build the bridge!”"),
    # the subject that took the chant up voiced it, over several exclamations
    ("The crowd loudly reprised the chant “Lock them up! Lock them up!”",
     "chant", "The crowd", "“Lock them up! Lock them up!”"),
    # a slogan is its owner's words
    ("The governor's campaign slogan is “Jobs first.”", "slogan", "The governor's", "“Jobs first.”"),
    ("The mayor ran on the slogan \"Clean streets\" in 2010.", "slogan", "The mayor", "\"Clean streets\""),
])
def test_outcry_nouns_name_their_words(extract, by_cue, text, cue, claimant, content):
    c = by_cue(extract(text), cue)
    assert c.quote_type == "direct" and c.content == content and c.claimant == claimant


@pytest.mark.parametrize("text", [
    # a slogan of no one named only names it
    "Reporters noticed the change from the usual slogan, “Better Together.”",
    # "cries of “foul”" names a protest, not words anyone shouted
    "The ruling drew cries of “foul” across the state.",
])
def test_outcry_nouns_that_only_name_are_no_claim(extract, text):
    assert not extract(text)
