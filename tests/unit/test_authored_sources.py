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
    # a relative clause of giving or writing with a name for subject
    ("The ferry will run all winter, according to a speech Governor Ellen Marsh delivered at the college "
     "in May.", "according to", "a speech", "Ellen Marsh"),
    ("The pier was never insured, according to the reports Tom Baxter filed as the harbour's lawyer.",
     "according to", "the reports", "Tom Baxter"),
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
    # ... nor a relative clause of hearing it, nor a pronoun for its subject
    ("The ferry will run all winter, according to a speech Governor Ellen Marsh heard at the college in May.",
     "according to", "a speech"),
    ("The pier was never insured, according to the reports they filed as the harbour's lawyers.",
     "according to", "the reports"),
])
def test_no_author(extract, by_cue, text, cue, claimant):
    c = by_cue(extract(text), cue)
    assert (c.claimant, c.claimant_entity) == (claimant, None)
