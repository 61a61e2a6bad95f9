"""Asides naming the source of the sentence around them, where the parse misread the sentence
(source_asides.py): sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, claim", [
    # the clause's verb opens a quotation: the whole clause is what the paper reported
    ("As the Gazette reported, the councilman “took thousands in gifts” from the developer.",
     ("the councilman “took thousands in gifts” from the developer", "reported", "the Gazette", "mixed")),
    # the parse made the aside between dashes the sentence's root
    ("Mayor Jane Roe -- as the union noted this week -- even joined the picket line outside the depot.",
     ("Mayor Jane Roe even joined the picket line outside the depot", "noted", "the union", "indirect")),
    # a participle aside on the subject, with "first"
    ("The buyout offer, first reported by the Ledger, is the largest in the company's history.",
     ("The buyout offer is the largest in the company's history", "reported", "the Ledger", "indirect")),
    # near miss: a quotation right after the aside is the quote's, not the aside's
    ("As the mayor said, “We will rebuild the pier before the summer.”",
     ("“We will rebuild the pier before the summer.”", "said", "the mayor", "direct")),
])
def test_source_aside(extract, text, claim):
    assert [(c.content, c.cue, c.claimant, c.quote_type) for c in extract(text)] == [claim]


@pytest.mark.parametrize("text", [
    "The merger, announced by the company on Monday, is the largest in its history.",  # no "first": a description
    "As the chairman said goodbye, the lights in the old hall went out.",  # an object: a time
])
def test_no_source_aside(extract, text):
    assert extract(text) == []
