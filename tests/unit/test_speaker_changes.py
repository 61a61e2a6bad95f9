"""A second speaker between two quotes keeps the second quote out of the first speaker's
claim. Sentences written for these tests."""

from __future__ import annotations


def test_a_heckler_between_the_quotes_speaks_the_second(extract, by_cue):
    claims = extract("“We are going to win this state,” Lee said as a heckler yelled: “Never!”")
    said, yelled = by_cue(claims, "said"), by_cue(claims, "yelled")
    assert said.content == "“We are going to win this state,”" and said.claimant == "Lee"
    assert yelled.content == "“Never!”" and yelled.claimant == "a heckler"


def test_a_speaker_who_cuts_in_starts_a_new_claim(extract, by_cue):
    text = "“Give my best to your mother,” Roe said, and her brother cut in. “And to your father, who taught us all.”"
    claims = extract(text)
    assert by_cue(claims, "said").content == "“Give my best to your mother,”"
    assert any(c.content == "“And to your father, who taught us all.”" for c in claims)


def test_a_crowd_cheering_between_the_quotes_is_no_new_speaker(extract, by_cue):
    # a verb of time ("as the crowd cheered") with no saying in it: Lee goes on
    c = by_cue(extract("“We are going to win this state,” Lee said as the crowd cheered. “We are going to win it by a lot.”"), "said")
    assert c.content == "“We are going to win this state,” “We are going to win it by a lot.”"


def test_a_speaker_named_in_a_clause_of_place_is_no_new_speaker(extract, by_cue):
    text = "“Our work is not done,” Roe said at a dinner in Ohio, where the governor also spoke. “It has only begun.”"
    assert by_cue(extract(text), "said").content == "“Our work is not done,” “It has only begun.”"
