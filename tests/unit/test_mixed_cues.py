"""Cues of mixed speech, a paraphrase quoting part of the words: sentences written for these
tests in the style of news."""

from __future__ import annotations

import pytest

# The one claim each sentence makes: sentence | content | cue | claimant.
ONE_CLAIM = [tuple(x.strip() for x in row.split("|")) for row in """
The mayor lamented that the harbour had become “a graveyard for boats.” | the harbour had become “a graveyard for boats.” | lamented | The mayor
Tom Reyes bemoaned that the ferry was “always late and always full.” | the ferry was “always late and always full.” | bemoaned | Tom Reyes
Critics charged that the council had “buried” the survey. | the council had “buried” the survey | charged | Critics
Lena Brandt joked that the ferry was older than she was. | the ferry was older than she was | joked | Lena Brandt
The mayor quipped that the new ferry was “a bathtub with an engine.” | the new ferry was “a bathtub with an engine.” | quipped | The mayor
Lena Brandt took aim at Tom Reyes, who she dubbed “the harbour king.” | who “the harbour king.” | dubbed | Lena Brandt
Lena Brandt took aim at the harbour board, which she dubbed “a club for yacht owners.” | which “a club for yacht owners.” | dubbed | Lena Brandt
The board passed a bill that critics called “a gift to developers.” | a bill “a gift to developers.” | called | critics
Tom Reyes praised the fishermen, whom he described as “the backbone of the town.” | whom as “the backbone of the town.” | described | Tom Reyes
The mayor credited the harbour master with keeping “the whole port afloat” through the storms. | the harbour master with keeping “the whole port afloat” through the storms | credited | The mayor
The mayor praised the harbour master with a short speech. | the harbour master | praised | The mayor
The mayor defended what she called “a fair price” for the pier. | what she called “a fair price” for the pier | called | The mayor
The board ignored the mayor's remark that the pier was “a death trap.” | the pier was “a death trap.” | remark | the mayor's
Critics seized on Tom Reyes's boast that the ferry would never be late. | the ferry would never be late | boast | Tom Reyes's
The mayor heralded the deal as “a new dawn for the harbour.” | the deal as “a new dawn for the harbour.” | heralded | The mayor
Tom Reyes framed the vote as “a choice between jobs and gulls.” | the vote as “a choice between jobs and gulls.” | framed | Tom Reyes
On Monday, Tom Reyes continued to portray “greedy” developers as the enemies of the harbour. | “greedy” developers as the enemies of the harbour | portray | Tom Reyes
Tom Reyes bemoaned a town hall in which neighbours “shout past each other.” | a town hall in which neighbours “shout past each other.” | bemoaned | Tom Reyes
The mayor touted a “historic” deal with the ferry company. | a “historic” deal with the ferry company | touted | The mayor
Lena Brandt pledged a “new deal for the harbour.” | a “new deal for the harbour.” | pledged | Lena Brandt
Tom Reyes endorsed three candidates “who love the harbour as much as I do.” | three candidates “who love the harbour as much as I do.” | endorsed | Tom Reyes
The harbour board recognized that the pier was “beyond repair.” | the pier was “beyond repair.” | recognized | The harbour board
Tom Reyes commented that the ferry “runs on hope.” | the ferry “runs on hope.” | commented | Tom Reyes
The mayor hopes that the ferry will return in spring. | the ferry will return in spring | hopes | The mayor
Tom Reyes promised Sunday at a Dover rally to end “the wasteful ferry subsidy.” | to end “the wasteful ferry subsidy.” | promised | Tom Reyes
Tom Reyes promises the ferry will run “every hour, on the hour.” | the ferry will run “every hour, on the hour.” | promises | Tom Reyes
The mayor kept referring to the pier as “our crown jewel.” | the pier as “our crown jewel.” | referring | The mayor
""".strip().splitlines()]

# near misses: no claim at all
NO_CLAIM = [
    "The council charged the fishermen a fee for the new berths.",  # a price, not an accusation
    "Lena Brandt lamented the closure of the fish market.",  # no words of hers, no clause
    "The harbour board reminded the fishermen of the new berths.",
    "The board identified the cause of the collapse as rust.",  # no words quoted: a finding
    "The mayor viewed the pier from the ferry.",
    "The mayor promoted her new book at the library.",
    "The board recognized the fishermen for their service.",  # no that-clause
    "Sixty pledged delegates were at stake in the harbour town.",  # "pledge" still needs its "that"
    "The ferry company projected its new timetable onto the wall.",
    "The remark that the pier was unsafe spread quickly through the town.",  # nobody's remark
]


@pytest.mark.parametrize("text, content, cue, claimant", ONE_CLAIM)
def test_mixed_cue_makes_one_claim(extract, text, content, cue, claimant):
    claims = extract(text)
    assert len(claims) == 1, [c.content for c in claims]
    c = claims[0]
    assert (c.content, c.cue, c.claimant) == (content, cue, claimant)


@pytest.mark.parametrize("text", NO_CLAIM)
def test_near_miss_makes_no_claim(extract, text):
    assert extract(text) == []


def test_the_subject_of_a_relative_clause_is_not_its_antecedent(extract):
    # "she" is not Tom Reyes, the name the clause hangs on; with nobody else named, the pronoun stays
    claims = extract("The mayor took aim at Tom Reyes, who she dubbed “the harbour king.”")
    assert [(c.cue, c.claimant) for c in claims] == [("dubbed", "she")]


def test_a_possessor_of_the_antecedent_can_be_the_speaker(extract):
    claims = extract("Lena Brandt's interview, in which she said the pier was “a disgrace,” drew wide attention.")
    assert [(c.cue, c.claimant) for c in claims] == [("said", "Lena Brandt")]
