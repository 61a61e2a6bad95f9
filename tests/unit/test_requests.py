"""Requests made with "asked for X" (requests.py). Sentences written for these tests in the
style of news."""

from __future__ import annotations

import pytest

# sentence -> (content, cue, claimant) of its one claim
REQUESTS = {
    "Councillor Ben Ortiz asked for the records of every closed session to be published.":
        ("the records of every closed session to be published", "asked for", "Councillor Ben Ortiz"),
    "The harbour board's chairman pleaded for patience from the fishermen.":
        ("patience from the fishermen", "pleaded for", "The harbour board's chairman"),
    "Governor Ada Moss asks for a full audit of the ferry company.":
        ("a full audit of the ferry company", "asks for", "Governor Ada Moss"),
    # a common noun asks too; a time inside what is asked for is no time of asking
    "The landlord asked for proof of income.": ("proof of income", "asked for", "The landlord"),
    "Her defence counsel asked for a sentence of two years.":
        ("a sentence of two years", "asked for", "Her defence counsel"),
}

# the occasion is no part of the request: sentence -> content of the "asked for" claim
OCCASIONS = {
    "When asked for his view during a radio interview, Mayor Reyes said he would wait.": "his view",
}

NOT_REQUESTS = [
    "Tom Reyes phoned a donor to ask for money.",  # a purpose: no request is reported as made
    "The ferry company has asked for years.",
    "Help was asked for by the harbour board.",
]


@pytest.mark.parametrize("text", list(REQUESTS))
def test_asked_for_is_a_request(extract, text):
    got = [(c.content, c.cue, c.claimant) for c in extract(text)]
    assert got == [REQUESTS[text]]


@pytest.mark.parametrize("text", NOT_REQUESTS)
def test_for_phrase_that_is_no_request(extract, text):
    assert not [(c.cue, c.content) for c in extract(text)]


@pytest.mark.parametrize("text", list(OCCASIONS))
def test_asked_for_without_its_occasion(extract, text):
    got = [c.content for c in extract(text) if c.cue == "asked for"]
    assert got == [OCCASIONS[text]]
