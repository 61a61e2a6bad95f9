"""Asides naming a document, poll or record as the source of the sentence around them
(evidence_asides.py): sentences written for these tests in the style of news. Each claim is an
indirect one of kind evidence, with the document's noun phrase as written for its claimant."""

from __future__ import annotations

import pytest

ASIDES = [  # (sentence, content, cue, claimant)
    # at the sentence's end, with a long noun phrase for the records
    ("The senator has not given to any other candidate this year, state election records kept by the county "
     "clerk show.", "The senator has not given to any other candidate this year", "show",
     "state election records kept by the county clerk"),
    # between commas, after an opening phrase
    ("Over the same period, city payroll records show, the agency hired 40 new inspectors.",
     "Over the same period the agency hired 40 new inspectors", "show", "city payroll records"),
    # the writer's next clause after the aside is no part of it
    ("The mayor's car was bought for $42,000 in 2019, records show, and it has since been sold.",
     "The mayor's car was bought for $42,000 in 2019", "show", "records"),
    # another verb of evidence
    ("The county spent $3 million on overtime last year, payroll data indicate.",
     "The county spent $3 million on overtime last year", "indicate", "payroll data"),
]


@pytest.mark.parametrize("text, content, cue, claimant", ASIDES)
def test_evidence_aside(extract, text, content, cue, claimant):
    got = [(c.content, c.cue, c.claimant, c.quote_type, c.kind) for c in extract(text)]
    assert got == [(content, cue, claimant, "indirect", "evidence")]


# a relative clause is no aside; inside a quotation, the source is the quoted writer's
NOT_ASIDES = ["Turnout among young voters fell sharply in the spring, which the records show.",
              "“The firm paid the consultant $2 million last year, tax records show.”"]


@pytest.mark.parametrize("text", NOT_ASIDES)
def test_no_evidence_aside(extract, text):
    assert all(c.cue != "show" for c in extract(text))
