""" "A poll conducted by Y", "a court filing made by Y": a text whose author is named by the
participle after it keeps that participle in its claimant, as the source is written
(claimants.py's ClaimantResolver.authored_by). Sentences written for these tests in the
style of news."""

from __future__ import annotations

import pytest

AUTHORED = [  # (sentence, cue, claimant)
    ("According to a court filing made by county prosecutor Dana Whitfield, the driver was not "
     "speeding at the time of the crash.", "according to",
     "a court filing made by county prosecutor Dana Whitfield"),
    ("A poll conducted by the Harbor Institute found that most residents oppose the new toll.", "found",
     "A poll conducted by the Harbor Institute"),
    ("A memo released Friday by the agency's inspector general says the contracts were never reviewed.",
     "says", "A memo released Friday by the agency's inspector general"),
    ("A letter signed by 40 economists warns that the tariff would raise prices for farmers.", "warns",
     "A letter signed by 40 economists"),
]


@pytest.mark.parametrize("text,cue,claimant", AUTHORED)
def test_author_kept_in_claimant(extract, by_cue, text, cue, claimant):
    assert by_cue(extract(text), cue).claimant == claimant


@pytest.mark.parametrize("text,cue,claimant", [
    # a participle with no agent names no author
    ("A poll taken last week shows the mayor ahead by six points.", "shows", "A poll"),
    # who saw or got the text is not its author
    ("A budget memo seen by reporters says the bridge project is far over cost.", "says", "A budget memo"),
    # a relative clause still ends the source
    ("The report, which was written by two former aides, says the program wasted millions.", "says",
     "The report"),
    # a person is no text: "stopped by police" is no author of what the driver said
    ("The driver stopped by police said he had been lost for an hour.", "said", "The driver"),
])
def test_other_participles_cut(extract, by_cue, text, cue, claimant):
    assert by_cue(extract(text), cue).claimant == claimant
