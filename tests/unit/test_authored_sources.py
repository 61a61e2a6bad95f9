""" "A poll conducted by Y", "a court filing made by Y": a text, which has no entity of its own,
takes for its claimant's entity the author its participle names (claimants.py's
ClaimantResolver.author_of); its claimant stays the text as written. Sentences written for these
tests in the style of news."""

from __future__ import annotations

import pytest

AUTHORED = [  # (sentence, cue, claimant, entity)
    ("According to a court filing made by county prosecutor Dana Whitfield, the driver was not "
     "speeding at the time of the crash.", "according to", "a court filing", "Dana Whitfield"),
    ("A poll conducted by the Harbor Institute found that most residents oppose the new toll.", "found",
     "A poll", "Harbor Institute"),
    ("A memo released Friday by Governor Ellen Marsh says the contracts were never reviewed.", "says",
     "A memo", "Ellen Marsh"),
    ("The mayor told the crowd he would not resign, according to audio provided by Radio Kestrel.",
     "according to", "audio", "Radio Kestrel"),
]


@pytest.mark.parametrize("text,cue,claimant,entity", AUTHORED)
def test_author_is_the_entity(extract, by_cue, text, cue, claimant, entity):
    c = by_cue(extract(text), cue)
    assert (c.claimant, c.claimant_entity) == (claimant, entity)


@pytest.mark.parametrize("text,cue,claimant", [
    # who saw or got the text is not its author
    ("A budget memo seen by Senator Ellen Marsh says the bridge project is far over cost.", "says",
     "A budget memo"),
    # a relative clause names no author here
    ("The report, which was written by Tom Baxter, says the program wasted millions.", "says", "The report"),
    # a person is no text: "stopped by police" is no author of what the driver said
    ("The driver stopped by Officer Dana Whitfield said he had been lost for an hour.", "said", "The driver"),
])
def test_no_author(extract, by_cue, text, cue, claimant):
    c = by_cue(extract(text), cue)
    assert (c.claimant, c.claimant_entity) == (claimant, None)
