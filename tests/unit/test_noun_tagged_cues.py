"""Cue verbs the tagger took for nouns, with the speaker read as a compound of them
(noun_tagged_cues.py): sentences written for these tests in the style of news."""

from __future__ import annotations


def test_cue_tagged_as_a_noun_with_the_name_as_its_compound(extract):
    # "Trump predicts" parsed as a noun phrase ("predicts" a plural noun) governing the clause
    text = "Trump predicts that as the smaller candidates drop out, many of their voters will switch to his side."
    assert [(c.content, c.cue, c.claimant) for c in extract(text)] == [
        ("as the smaller candidates drop out, many of their voters will switch to his side", "predicts", "Trump")]



def test_cue_tagged_as_a_noun_after_a_common_noun_is_no_cue(extract):
    # a lower-case compound is no name: "the wage predicts" would be a speaker-less reading
    assert all(c.cue != "predicts" or c.claimant != "wage" for c in extract(
        "The wage predicts that many of the workers will leave the harbour."))
