"""Asides naming a document, poll or record as the source of the sentence around them
(evidence_asides.py), and findings of such documents with no "that" (cue_patterns.py with
lexicon/kinds.py's EVIDENCE_CLAUSE_LEMMAS and EVIDENCE_SOURCES): sentences written for these
tests in the style of news. Each claim is an indirect one of kind evidence, with the document's
noun phrase as written for its claimant."""

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
FINDINGS = [
    # "indicate" takes a clause with no "that" when a document is its subject
    ("A review of county records indicates he has been a registered Democrat since 2009.",
     "he has been a registered Democrat since 2009", "indicates", "A review of county records"),
    # an average of polls, and polling, are sources of evidence
    ("Polling averages show the governor with a lead in the low single digits.",
     "the governor with a lead in the low single digits", "show", "Polling averages"),
    ("Recent polling in the state shows the mayor trailing by six points.",
     "the mayor trailing by six points", "shows", "Recent polling in the state"),
    # a pronoun object with its state
    ("Footage of the arrest shows him with his hands raised before the officer fired.",
     "him with his hands raised before the officer fired", "shows", "Footage of the arrest"),
]


@pytest.mark.parametrize("text, content, cue, claimant", ASIDES + FINDINGS)
def test_evidence_aside(extract, text, content, cue, claimant):
    got = [(c.content, c.cue, c.claimant, c.quote_type, c.kind) for c in extract(text)]
    assert got == [(content, cue, claimant, "indirect", "evidence")]


# a relative clause is no aside; inside a quotation, the source is the quoted writer's
NOT_ASIDES = ["Turnout among young voters fell sharply in the spring, which the records show.",
              "“The firm paid the consultant $2 million last year, tax records show.”"]


@pytest.mark.parametrize("text", NOT_ASIDES)
def test_no_evidence_aside(extract, text):
    assert all(c.cue != "show" for c in extract(text))


def test_person_indicating_needs_that(extract):
    # a person's "indicated" with no "that" stays no claim: "indicated he would retire" is too
    # often a hint the writer reads into the act
    assert extract("The coach indicated he would retire after the season.") == []


def test_bare_pronoun_shown(extract):
    # a pronoun with nothing said of it is who is shown, no finding
    assert extract("The grainy video from the parking lot shows them.") == []
