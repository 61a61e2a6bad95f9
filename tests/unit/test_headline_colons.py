"""Colon headlines with a hearer, a venue or a topic after the name (headline_colons.py).
Headlines and bodies written for these tests in the style of news."""

from __future__ import annotations

import pytest

BODY = "\n\nHARBOUR CITY - The council met on Tuesday to discuss the port budget for next year."


@pytest.mark.parametrize(("title", "content", "claimant"), [
    ("Moss to Dockers Union: The port will stay open all winter.", "The port will stay open all winter.", "Moss"),
    ("Former Mayor Reyes at Town Hall: Ferry fares must come down.", "Ferry fares must come down.",
     "Former Mayor Reyes"),
    # the quote is the speaker's, not the topic's
    ("Harbour Chief On Mayor Moss: ‘We Do Not Take Orders From Her.’", "‘We Do Not Take Orders From Her.’",
     "Harbour Chief"),
])
def test_colon_headline_with_a_hearer_or_a_topic(extract, title, content, claimant):
    got = [(c.content, c.cue, c.claimant) for c in extract(title + BODY) if c.start < len(title)]
    assert got == [(content, ":", claimant)]


@pytest.mark.parametrize("text", [
    "Moss to Dockers Union: The port will stay open all winter. The council met on Tuesday.",  # no title line
    "A guide to the ferry vote: what the new fares mean for you." + BODY,  # no name opens it
    "Harbour Chief On Mayor Moss: Yes." + BODY,  # too short to be said
])
def test_no_colon_headline_with_a_hearer(extract, text):
    assert all(c.cue != ":" for c in extract(text))
