"""Speech found from a long quotation (eight words or more) that no pattern took, the subject of
the verb it hangs on its speaker. Sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    # after a preposition, on the object of the verb
    ("The group filed a request with the city that month for “every record of the mayor's trips to the "
     "coast last year.”", "filed", "The group",
     "“every record of the mayor's trips to the coast last year.”"),
    # under a participle of the subject's act
    ("Governor Ann Reyes released a statement on Friday condemning “what looks like a deliberate attack "
     "on our farmers and their families.”", "condemning", "Governor Ann Reyes",
     "“what looks like a deliberate attack on our farmers and their families.”"),
]


@pytest.mark.parametrize(("text", "cue", "claimant", "content"), CASES, ids=["preposition", "participle"])
def test_the_quotation_alone_is_the_subjects_words(extract, by_cue, text, cue, claimant, content):
    c = by_cue(extract(text), cue)
    assert (c.claimant, c.content, c.quote_type) == (claimant, content, "direct")


NEAR_MISSES = [
    # a quoted scene on a verb with no object: where the voters waited, nobody's words
    "The voters waited for hours in an “extremely long line snaking around the block and down to the river”.",
    # a headline cited in brackets
    "In a rare show of unity, I stand with the mayor (“Mayor slams the council over the plan to close the pool,” "
    "Daily Ledger, Monday).",
    # fewer than eight quoted words: a label or a scare quote
    "The group filed a request with the city that month for “every record of the trips.”",
]


def test_a_scene_a_cited_headline_or_a_short_quote_is_no_direct_speech(extract):
    for text in NEAR_MISSES:
        assert not [c.content for c in extract(text) if c.quote_type == "direct"], text
