"""Attitudes posted on social media (posted_messages.py): an object that names what the post made
known is the poster's claim; a text or a picture posted is not. Sentences written for these tests
in the style of news."""

from __future__ import annotations

import pytest

# (sentence, content, cue, claimant) of its one claim
POSTED = [
    ("Mayor Ada Moss tweeted her congratulations to the harbour rowing team.",
     "her congratulations to the harbour rowing team", "tweeted", "Mayor Ada Moss"),
    ("Senator Lena Park posted her support for the ferry levy on Facebook.",
     "her support for the ferry levy", "posted", "Senator Lena Park"),
    ("Governor Tom Reyes tweeted condolences to the families of the miners.",
     "condolences to the families of the miners", "tweeted", "Governor Tom Reyes"),
    ("Councillor Ben Ortiz retweeted several expressions of support for the striking nurses.",
     "several expressions of support for the striking nurses", "retweeted", "Councillor Ben Ortiz"),
    ("Dozens of farmers posted their thoughts on the new water rules.",
     "their thoughts on the new water rules", "posted", "Dozens of farmers"),
]


@pytest.mark.parametrize(("text", "content", "cue", "claimant"), POSTED)
def test_posted_attitude_is_a_claim(extract, text, content, cue, claimant):
    assert [(c.content, c.cue, c.claimant) for c in extract(text)] == [(content, cue, claimant)]


@pytest.mark.parametrize("text", [
    "Mayor Ada Moss posted a video of the harbour parade on Facebook.",  # a picture, not an attitude
    "Senator Lena Park tweeted a link to the budget report.",
    "Governor Tom Reyes posted a comment on Twitter.",  # a text whose words are not given
    "Councillor Ben Ortiz did not tweet his congratulations to the team.",  # negated
    "Her support for the levy was posted on the council's website.",  # passive: who posted is untold
])
def test_posted_text_or_picture_is_no_claim(extract, text):
    assert extract(text) == []
