"""Charges brought (criminal_charges.py): "prosecutors charged the officer with murder" is the
prosecutors' claim that the officer did it. Sentences written for these tests in the style of
news."""

from __future__ import annotations

import pytest

# (sentence, content, cue, claimant) of its one claim
CHARGES = [
    ("County prosecutors charged the harbour clerk with fraud.",
     "the harbour clerk with fraud", "charged", "County prosecutors"),
    ("Port police charge the ferry captain with filing a false safety report.",
     "the ferry captain with filing a false safety report", "charge", "Port police"),
    # the writer's next clause after "and" is no part of the charge
    ("State prosecutors charged Dan Pruitt with bribery, and the mayor fired him.",
     "Dan Pruitt with bribery", "charged", "State prosecutors"),
]

# (sentence, why no charge is claimed)
NOT_CHARGES = [
    ("The harbour clerk was charged with fraud last week.", "passive: a report as often as not"),
    ("County prosecutors never charged the harbour clerk with fraud.", "negated"),
    ("The ferry line charged riders five dollars a trip.", "no 'with': a price"),
    ("The crowd charged into the harbour square.", "no 'with': a rush"),
    ("“They charged the clerk with fraud,” Mayor Ada Moss said.", "quoted: the quote is the claim"),
]


@pytest.mark.parametrize("text, content, cue, claimant", CHARGES)
def test_charge_is_a_claim(extract, text, content, cue, claimant):
    """The accused and the charge are the content, the charging side its claimant."""
    got = [(c.content, c.cue, c.claimant, c.kind) for c in extract(text)]
    assert got == [(content, cue, claimant, "accusation")]


@pytest.mark.parametrize("text, why", NOT_CHARGES)
def test_no_charge_claim(extract, text, why):
    assert [c.content for c in extract(text) if c.cue.startswith("charg")] == []
