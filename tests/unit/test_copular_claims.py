"""Claim nouns joined to their content by a copula or a colon (copular_claims.py): "her answer
was that Y", "Their argument: Y"; or by a that-clause the parse hung elsewhere
(detached_noun_clauses.py): "his claim in May that Y". Sentences written for these tests in the
style of news."""

from __future__ import annotations

import pytest

# (sentence, content, claimant) of its one claim
COPULAR = [
    ("The mayor's answer was that the ferry would run again by spring.",
     "the ferry would run again by spring", "The mayor's"),
    ("But Senator Lena Park's main argument is that the harbour tax hurts small farms.",
     "the harbour tax hurts small farms", "Senator Lena Park's"),
    ("The only promise Governor Tom Reyes has made is that the plant will stay open.",
     "the plant will stay open", "Governor Tom Reyes"),
    ("The council's message: Nobody will lose a job over the merger.",
     "Nobody will lose a job over the merger", "The council's"),
    ("The union sent the board a blunt warning: The strike will go ahead on Monday.",
     "The strike will go ahead on Monday", "The union"),
    # the noun's own words between it and the colon; the content may be a sentence of its own
    ("Mayor Ana Ruiz has some advice for ferry riders who plan to travel this weekend: Leave early "
     "and bring a book.", "Leave early and bring a book", "Mayor Ana Ruiz"),
    ("Harbor officials are putting out a warning that could calm the fishing fleet: The port will "
     "stay open all week.", "The port will stay open all week", "Harbor officials"),
    ("Mayor Ana Ruiz has a word for the plan to close the library on Sundays: No.", "No", "Mayor Ana Ruiz"),
    # (the pronoun stands for the role noun its clause opens on: claimant_corrections.py)
    ("The mayor never backed up his claim in May that the port had lost money.",
     "the port had lost money", "The mayor"),
    ("Inflation stayed low, belying the budget hawks' warnings that prices would soar.",
     "prices would soar", "the budget hawks"),
]


@pytest.mark.parametrize(("text", "content", "claimant"), COPULAR)
def test_claim_noun_with_copula_or_colon_is_a_claim(extract, text, content, claimant):
    assert [(c.content, c.claimant) for c in extract(text)] == [(content, claimant)]


@pytest.mark.parametrize("text", [
    "The problem is that the ferry runs only twice a week.",  # a noun of fact: the writer's framing
    "The argument is that the ferry runs only twice a week.",  # nobody holds the argument
    "The mayor's message was not that the ferry would close.",  # negated
    "The ferry timetable: Boats leave at nine and at noon.",  # no noun of saying
    # words between the noun and the colon: only a speaker's noun ("the storm" is none)
    "The storm swept away all other story lines before the vote: the dredging, the fares and the dock.",
    "The mayor never backed up the claim in May that the port had lost money.",  # whose claim?
])
def test_copula_without_a_holder_or_a_claim_noun_is_no_claim(extract, text):
    assert extract(text) == []
