"""Outcomes declared in the passive (declared_outcomes.py): "Roe was declared the winner" is a
claim that Roe won, the one declared and the outcome its content; "by X" names who declared
it, else it is a report with no named source. Sentences written for these tests in the style
of news."""

from __future__ import annotations

import pytest

# (sentence, content, claimant, quote_type) of its one claim
DECLARED = [
    ("Ada Moss was declared the winner of the county race.",
     "Ada Moss the winner of the county race", None, "reported"),
    ("Moss was declared the winner by the county clerk.", "Moss the winner", "the county clerk", "indirect"),
    ("Aides cheered as she was announced the winner.", "she the winner", None, "reported"),
    # a clause on the race is no part of the outcome
    ("Moss was declared the winner of a race in 2004 that was marred by fraud.",
     "Moss the winner of a race in 2004", None, "reported"),
]

# (sentence, why no outcome is declared)
NOT_DECLARED = [
    ("Ada Moss was declared dead at the scene.", "no noun predicate: a finding, not an outcome"),
    ("Moss was not declared the winner until Friday.", "negated"),
    ("Moss was named the new chair of the board.", "an appointment, not a statement"),
    ("“Moss was declared the winner,” the clerk said.", "quoted: the quote is the claim"),
]


@pytest.mark.parametrize("text, content, claimant, qtype", DECLARED)
def test_declared_outcome(extract, text, content, claimant, qtype):
    found = [c for c in extract(text) if c.content == content]
    assert [(c.claimant, c.quote_type, c.kind) for c in found] == [(claimant, qtype, "assertion")]


@pytest.mark.parametrize("text, why", NOT_DECLARED)
def test_no_declared_outcome(extract, text, why):
    assert [c.content for c in extract(text) if c.cue in ("declared", "named")] == []
