"""Mixed speech in a "that" clause under a verb no cue list knows: the quoted words show the
clause is somebody's statement. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Mayor Tom Reyes protested that council members were being “dishonest” about the budget.",
     ("protested", "Mayor Tom Reyes", "council members were being “dishonest” about the budget")),
    ("The governor ordered that every agency share its records with “independent” auditors.",
     ("ordered", "The governor", "every agency share its records with “independent” auditors")),
])
def test_a_that_clause_with_quoted_words_is_mixed_speech(extract, by_cue, text, expected):
    c = by_cue(extract(text), expected[0])
    assert (c.claimant, c.content, c.quote_type) == (expected[1], expected[2], "mixed")


def test_the_clause_ends_before_another_act_after_the_quote(extract, by_cue):
    # the "as" clause is the council's demand, a claim of its own: not part of what Reyes said
    text = ("Mayor Tom Reyes protested that the audit was “a partisan hit job,” as council members "
            "demanded a new vote.")
    claims = extract(text)
    assert by_cue(claims, "protested").content == "the audit was “a partisan hit job,”"
    assert by_cue(claims, "demanded").content == "a new vote"


def test_a_that_clause_under_no_speaker_stays_no_claim(extract):
    # scare quotes in a clause whose verb has no one to say it: nobody's words
    assert not extract("The delay meant that the “temporary” shelter stayed open all winter.")
