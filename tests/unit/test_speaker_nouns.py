"""A speaker named by an age ("the 52-year-old asked"), which the tagger reads as an adjective.
Sentences written for these tests."""

from __future__ import annotations


def test_an_age_after_the_quote_is_its_speaker(extract, by_cue):
    c = by_cue(extract("“Who pays for the wall?” the 52-year-old asked in a post on Facebook."), "asked")
    assert (c.quote_type, c.claimant, c.content) == ("direct", "the 52-year-old", "“Who pays for the wall?”")


def test_an_old_thing_is_no_age(extract):
    # "old" with no "year-" before it names no person
    claims = extract("“Who pays for the wall?” the old mill asked in large letters on its roof.")
    assert all(c.claimant != "the old" for c in claims)
