"""The kind a plain cue's claim takes from its own words (content_kinds.py): "we will cut fares,"
the mayor said is a promise, "the bill is likely to fail" a prediction. Sentences written for
these tests in the style of news."""

from __future__ import annotations

import pytest

from services.extract.lexicon.opinion_words import opinion_adjectives

# sentence -> (content, kind) of its one claim
KINDS = {
    # promises: the claimant (or those it speaks for) commits to a deed
    "“We will not raise fares next year,” the mayor said.": ("“We will not raise fares next year,”", "promise"),
    "The mayor said she would meet the union on Thursday.": ("she would meet the union on Thursday", "promise"),
    "The harbour company said it would repay every passenger.": ("it would repay every passenger", "promise"),
    "“Our crews will clear the pier by Monday,” Ada Moss said.": ("“Our crews will clear the pier by Monday,”", "promise"),
    # predictions: what will or may happen, not the claimant's own deed
    "Economists said prices would rise again in the spring.": ("prices would rise again in the spring", "prediction"),
    "“The ferry will be late all week,” Tom Hale said.": ("“The ferry will be late all week,”", "prediction"),
    "Analysts said the toll bill is likely to fail in the senate.": ("the toll bill is likely to fail in the senate",
                                                                    "prediction"),
    "The mayor said he would expect a close vote.": ("he would expect a close vote", "prediction"),
    "“We're going to win this seat,” Ada Moss said.": ("“We're going to win this seat,”", "prediction"),
    # proposals: what someone should do
    "The union said the city should reopen the ferry.": ("the city should reopen the ferry", "proposal"),
    "“Vote them out in November,” the organiser said.": ("“Vote them out in November,”", "proposal"),
    "“We need to fix the sea wall now,” Tom Hale said.": ("“We need to fix the sea wall now,”", "proposal"),
    "“Let's finish the pier before winter,” Ada Moss said.": ("“Let's finish the pier before winter,”", "proposal"),
    # denials: the claim says a claim is false
    "“That is simply not true,” the harbour master said.": ("“That is simply not true,”", "denial"),
    "The council said the allegations were baseless.": ("the allegations were baseless", "denial"),
    # evaluations: a word of opinion on the predicate
    "“She is reckless and dishonest,” Tom Hale said.": ("“She is reckless and dishonest,”", "evaluation"),
    "The councillor said the new timetable was a disaster.": ("the new timetable was a disaster", "evaluation"),
    "“It was a terrible day for the town,” Ada Moss said.": ("“It was a terrible day for the town,”", "evaluation"),
    # beliefs: the speaker's own "I think", unless what is thought has a kind of its own
    "“I feel like he has a plan for the harbour,” Ada Moss said.": ("“I feel like he has a plan for the harbour,”",
                                                                   "belief"),
    "“I think the board should resign,” Tom Hale said.": ("“I think the board should resign,”", "proposal"),
    # a share of those polled speaks for a poll
    "Fifty-eight percent of voters said the toll was too high.": ("the toll was too high", "evidence"),
    # plain assertions stay assertions
    "“I'll tell you what, the pier was full that night,” Tom Hale said.": (
        "“I'll tell you what, the pier was full that night,”", "assertion"),
    "“I must tell you that the ferry left on time,” Ada Moss said.": (
        "“I must tell you that the ferry left on time,”", "assertion"),
    "The mayor said he would have voted for the toll.": ("he would have voted for the toll", "assertion"),
    "“I'm more skilled with boats than with budgets,” Tom Hale said.": (
        "“I'm more skilled with boats than with budgets,”", "assertion"),
    "“It is not correct to say that the pier is closed,” Ada Moss said.": (
        "“It is not correct to say that the pier is closed,”", "assertion"),
    "The mayor said the pier was open on Sunday.": ("the pier was open on Sunday", "assertion"),
    "“Look, the ferry left at noon,” Tom Hale said.": ("“Look, the ferry left at noon,”", "assertion"),
    # curly apostrophes read as straight ones
    "“We’ll cut fares next year,” the mayor said.": ("“We’ll cut fares next year,”", "promise"),
    "The mayor said she’d meet the union on Thursday.": ("she’d meet the union on Thursday", "promise"),
    "“That’s simply not true,” the harbour master said.": ("“That’s simply not true,”", "denial"),
    "“Let’s finish the pier before winter,” Ada Moss said.": ("“Let’s finish the pier before winter,”", "proposal"),
    # someone else's deed is no pledge: a forecast
    "Economists said he would raise rates in the spring.": ("he would raise rates in the spring", "prediction"),
    "The harbour company said the harbour would reopen in May.": ("the harbour would reopen in May", "prediction"),
    # a question is no proposal, pledge or forecast, whatever its verbs
    "“Should we close the pier?” Tom Hale said.": ("“Should we close the pier?”", "assertion"),
    # only a number before "in 10" speaks for a poll
    "Officials in 10 Downing Street said the toll was too high.": ("the toll was too high", "assertion"),
    # the cue's kind comes first: "vowed" a promise, "accused" an accusation
    "The mayor vowed that prices would not rise.": ("prices would not rise", "promise"),
    "Tom Hale accused the board of wasting money.": ("the board of wasting money", "accusation"),
}


@pytest.mark.parametrize("text", list(KINDS))
def test_kind_from_the_content(extract, text):
    got = [(c.content, c.kind) for c in extract(text)]
    assert got == [KINDS[text]]


def test_a_split_content_is_read_from_its_first_piece_with_a_verb(extract):
    (c,) = extract("Rising costs, the mayor said, “will hit commuters first.”")
    assert c.content.startswith("Rising costs") and c.kind == "prediction"


def test_opinion_words_come_from_the_lexicon():
    words = opinion_adjectives()
    assert {"terrible", "corrupt", "brilliant", "dishonest"} <= words
    # plain states and words with no opinion are not in it
    assert not {"safe", "free", "open", "black", "new", "likely"} & words
