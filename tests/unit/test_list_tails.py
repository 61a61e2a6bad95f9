"""A listed infinitive ("urged X to A, B and C") runs to its last item even when the parse hangs
the later verbs on a finite verb of the sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, cue, content", [
    ("The senator urged the party to scrap its caucus rules, replace its current leaders, open up "
     "registration and make its contests open to independents.", "urged",
     "the party to scrap its caucus rules, replace its current leaders, open up registration and make "
     "its contests open to independents"),
    ("The post carries no salary, instead calling on the spouse to host state dinners, pick the china "
     "and ensure the residence is kept as a museum.", "calling on",
     "the spouse to host state dinners, pick the china and ensure the residence is kept as a museum"),
])
def test_the_later_items_of_a_listed_infinitive_are_part_of_the_content(extract, by_cue, text, cue, content):
    assert by_cue(extract(text), cue).content == content


def test_a_next_act_of_the_speaker_is_not(extract):
    # "said" is finite, with a subject's tense: the speaker's own next act, a claim of its own
    claims = extract("The senator urged the party to scrap its caucus rules, and said he would run.")
    assert {c.cue: c.content for c in claims} == {"urged": "the party to scrap its caucus rules",
                                                  "said": "he would run"}


@pytest.mark.parametrize("text, cue, content", [
    ("The mayor spoke of the decay in the downtown core, the lack of jobs for the young and the "
     "violence of the gangs.", "spoke of",
     "the decay in the downtown core, the lack of jobs for the young and the violence of the gangs"),
    ("She cited a stronger platform on wages, opposition to fracking and reforms of the election system.",
     "cited", "a stronger platform on wages, opposition to fracking and reforms of the election system"),
])
def test_the_later_items_of_a_listed_noun_are_part_of_the_content(extract, by_cue, text, cue, content):
    assert by_cue(extract(text), cue).content == content


@pytest.mark.parametrize("text, cue, content", [
    ("The governor praised the budget, a plan backed by teachers and nurses.", "praised", "the budget"),
    ("Critics questioned the deal, a pact negotiated by the mayor and his aides.", "questioned", "the deal"),
])
def test_an_indefinite_gloss_on_the_object_is_not_a_list_item(extract, by_cue, text, cue, content):
    # "a plan backed by X and Y" describes the object; its "and" makes no list
    assert by_cue(extract(text), cue).content == content
