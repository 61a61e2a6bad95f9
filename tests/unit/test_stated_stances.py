"""Stances stated by an adjective or a noun with "of" (stated_stances.py): "was critical of
X", "are skeptical of X", "has been a vocal critic of X". Sentences written for these tests in
the style of news."""

from __future__ import annotations

import pytest

# (sentence, content, cue, claimant) of its one claim
STANCES = [
    ("Senator Ruth Okafor was sharply critical of the harbour board's budget.",
     "the harbour board's budget", "was sharply critical of", "Senator Ruth Okafor"),
    ("Mayor Dan Pruitt has long been critical of the plan to close the river ferry.",
     "the plan to close the river ferry", "has long been critical of", "Mayor Dan Pruitt"),
    ("Many farmers in the valley are deeply skeptical of the new water rules.",
     "the new water rules", "are deeply skeptical of", "Many farmers in the valley"),
    ("Union leaders remain wary of any deal with the port authority.",
     "any deal with the port authority", "remain wary of", "Union leaders"),
    ("Governor Ada Moss had been dismissive of the audit of the state lottery.",
     "the audit of the state lottery", "had been dismissive of", "Governor Ada Moss"),
    ("Ben Ortiz is most proud of the clinic he opened in the old mill.",
     "the clinic he opened in the old mill", "is most proud of", "Ben Ortiz"),
    # a noun of stance as the complement
    ("Senator Ruth Okafor has been a vocal critic of the harbour board's budget.",
     "the harbour board's budget", "has been a vocal critic of", "Senator Ruth Okafor"),
    ("Mayor Dan Pruitt remains a proponent of closing the river ferry.",
     "closing the river ferry", "remains a proponent of", "Mayor Dan Pruitt"),
    # the writer's gloss after a comma is no part of the stance
    ("Governor Ada Moss is a staunch supporter of the Clean Harbour Act, which passed the state senate in May.",
     "the Clean Harbour Act", "is a staunch supporter of", "Governor Ada Moss"),
]


# near misses: no stance stated, no speaker, no "of", a state of mind, or a report with no source
NOT_STANCES = [
    "Ben Ortiz was not critical of the harbour board.",
    "Ben Ortiz was critical of it.",  # what "it" stands for, another sentence says
    "The harbour report was critical of the board.",
    "A new book critical of the harbour board sold well in the valley.",  # no "be"
    "The bridge is critical to the economy of the valley.",
    "Ben Ortiz is aware of the harbour board's plan.",
    "Ben Ortiz has reportedly been critical of the harbour board.",  # the report is the claim
    "The mayor seems to be a supporter of the new ferry.",  # the writer's guess
    "Ben Ortiz is not a supporter of the plan.",
    "A longtime critic of the board, Ben Ortiz ran for mayor in May.",  # a description, no "be"
]


@pytest.mark.parametrize("text, content, cue, claimant", STANCES)
def test_stance_adjective(extract, text, content, cue, claimant):
    """The "of" phrase is the content, the subject its claimant, the cue runs from the
    auxiliaries to "of"."""
    got = [(c.content, c.cue, c.claimant, c.quote_type) for c in extract(text)]
    assert got == [(content, cue, claimant, "indirect")]


@pytest.mark.parametrize("text", NOT_STANCES)
def test_no_stance_claim(extract, text):
    assert all(not (c.cue or "").endswith(" of") for c in extract(text))
