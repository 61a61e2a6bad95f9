"""Cue verbs the tagger took for nouns, with the speaker read as a compound of them or as the
sentence's root with the cue its object (noun_tagged_cues.py): sentences written for these tests
in the style of news."""

from __future__ import annotations

import pytest


def test_cue_tagged_as_a_noun_with_the_name_as_its_compound(extract):
    # "Trump predicts" parsed as a noun phrase ("predicts" a plural noun) governing the clause
    text = "Trump predicts that as the smaller candidates drop out, many of their voters will switch to his side."
    assert [(c.content, c.cue, c.claimant) for c in extract(text)] == [
        ("as the smaller candidates drop out, many of their voters will switch to his side", "predicts", "Trump")]


@pytest.mark.parametrize(("lead", "content"), [
    # "Trump" parsed as the root, the cue ("claims", "charges", "calls") as its object
    ("claims", "he is owed two million dollars by the harbour board"),
    ("charges that", "the harbour board hid its losses from the council"),
    ("calls for", "bringing back the night ferry to the island"),
    # "Trump" a compound of the cue that heads the sentence
    ("calls for", "a second ferry to the island after the storm"),
])
def test_a_name_the_parse_made_the_root_or_a_compound_speaks(extract, by_cue, lead, content):
    c = by_cue(extract(f"Trump {lead} {content}."), lead.removesuffix(" that"))
    assert (c.claimant, c.content) == ("Trump", content)


@pytest.mark.parametrize("text", [
    "Send tips to the harbour desk.",  # an imperative verb as the root: no name
    "Insurance claims rose sharply after the storm.",  # a plural noun that is one
])
def test_no_claim_for_a_verb_or_a_noun_before_a_plural_noun(extract, text):
    assert extract(text) == []


def test_an_adjective_before_a_claim_noun_is_no_speaker(extract, by_cue):
    # "Major charges": an adjective, not a name, for all its capital
    assert by_cue(extract("Major charges that the port hid its losses from the council."), "charges").claimant is None


def test_cue_tagged_as_a_noun_after_a_common_noun_is_no_cue(extract):
    # a lower-case compound is no name: "the wage predicts" would be a speaker-less reading
    assert all(c.cue != "predicts" or c.claimant != "wage" for c in extract(
        "The wage predicts that many of the workers will leave the harbour."))
