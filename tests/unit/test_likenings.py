"""Comparisons a speaker makes (likenings.py): "likened the deal to a surrender", "compared the
levy to a tax on the poor". Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

# (sentence, content, cue, claimant) of its one claim, an evaluation
LIKENINGS = [
    ("Senator Ruth Okafor likened the harbour plan to a surrender.",
     "the harbour plan to a surrender", "likened", "Senator Ruth Okafor"),
    ("Mayor Ada Moss has compared the ferry levy to a tax on the poor.",
     "the ferry levy to a tax on the poor", "compared", "Mayor Ada Moss"),
    ("Councillor Dan Pruitt compared the new budget with the one his rival passed.",
     "the new budget with the one his rival passed", "compared", "Councillor Dan Pruitt"),
    # a phrase on the verb right after the "to" phrase goes with it
    ("Union leaders compared her plight to his during the 2012 race.",
     "her plight to his during the 2012 race", "compared", "Union leaders"),
    # the writer's aside after a comma or a dash is no part of the comparison
    ("Governor Ben Ortiz likened the board to a cartel, which has run the port since 1990.",
     "the board to a cartel", "likened", "Governor Ben Ortiz"),
    ("Mayor Ada Moss likened the port plan to a gamble - a charge that stung the council.",
     "the port plan to a gamble", "likened", "Mayor Ada Moss"),
    # a hyphen inside a word is no dash
    ("Senator Ruth Okafor likened the plan to a last-ditch gamble by the port board.",
     "the plan to a last-ditch gamble by the port board", "likened", "Senator Ruth Okafor"),
]

NOT_LIKENINGS = [
    # the preposition: a statistic's comparison, no speaker
    "Ferry fares rose 3 percent compared with last year.",
    "The council spent $4 million, compared to $3 million in 2014.",
    # a purpose, not a comparison made
    "Mayor Ada Moss wants to compare the levy to a tax.",
    # a talk, not a judgement
    "Senator Ruth Okafor compared notes with party leaders.",
    # a thing's pronoun: what it is, the sentence before says
    "Senator Ruth Okafor likened it to a surrender.",
    # negated, passive
    "Mayor Ada Moss never compared the ferry levy to a tax.",
    "The ferry levy was compared to a tax on the poor.",
    # a text, no speaker
    "The new report compares the two ferry schedules to the old timetable.",
    # the object before the verb (a relative pronoun): the thing is the clause's head
    "She rides the old ferry, which Mayor Ada Moss has likened to a floating bus.",
]


@pytest.mark.parametrize("text, content, cue, claimant", LIKENINGS)
def test_likening_is_a_claim(extract, text, content, cue, claimant):
    """The object through its "to" phrase is the content, the subject its claimant, an evaluation."""
    got = [(c.content, c.cue, c.claimant, c.quote_type, c.kind) for c in extract(text)]
    assert got == [(content, cue, claimant, "indirect", "evaluation")]


@pytest.mark.parametrize("text", NOT_LIKENINGS)
def test_no_likening_claim(extract, text):
    assert [c.content for c in extract(text)] == []


def test_a_comparison_leading_in_to_what_was_said_is_that_claims(extract):
    claims = extract("Councillor Dan Pruitt compared himself to Mayor Ada Moss, saying he too would fight "
                     "the levy.")
    assert [c.cue for c in claims] == ["saying"]


def test_a_comparison_inside_a_quote_is_the_quotes_claim(extract):
    claims = extract("“Mayor Ada Moss likened the levy to a tax,” her rival said.")
    assert [(c.cue, c.claimant) for c in claims] == [("said", "her rival")]
