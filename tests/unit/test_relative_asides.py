"""The speaker's own act in a relative clause set off from the content (relative_asides.py):
"says Y, in a finish that he said defied expectations" is two claims by one speaker. Sentences
written for these tests in the style of news."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "claims"), [
    ("Senator Lee Park says he is tied for second place with the mayor, in a finish that he said "
     "defied the polls.",
     [("says", "he is tied for second place with the mayor"), ("said", "that defied the polls")]),
    ("Senator Lee Park criticized the board for its neglect of the harbour, which he argued costs the "
     "county its trade.",
     [("criticized", "the board for its neglect of the harbour"), ("argued", "which costs the county its trade")]),
])
def test_relative_act_of_the_speaker_is_its_own_claim(extract, text, claims):
    assert [(c.cue, c.content) for c in extract(text)] == claims


def test_a_defining_clause_stays_in_the_content(extract):
    # no comma: the clause defines its noun and is part of what was said
    claims = extract("Governor Ana Ruiz says the mayor runs the same broken system that he claims he will fix.")
    assert [(c.cue, c.content) for c in claims] == [
        ("says", "the mayor runs the same broken system that he claims he will fix")]


def test_a_named_subject_is_another_speaker(extract):
    # "which the auditor said": the auditor's act (nested_acts.py), not the first speaker's
    claims = extract("Senator Lee Park criticized the board for its neglect of the harbour, which the auditor "
                     "said costs the county its trade.")
    assert [(c.cue, c.claimant) for c in claims] == [("criticized", "Senator Lee Park"), ("said", "the auditor")]


def test_aside_closing_a_content_split_around_its_tag(extract):
    # "Despite X, he noted, Y, which he said Z": the aside closes the last piece, not the whole content
    claims = extract("Despite the promised increase, he noted, school spending is in danger of falling to 3 "
                     "percent of the city's budget, which he said would be its lowest ever.")
    assert [(c.cue, c.content) for c in claims] == [
        ("noted", "Despite the promised increase school spending is in danger of falling to 3 percent of the "
                  "city's budget"),
        ("said", "which would be its lowest ever")]


@pytest.mark.parametrize("text", [
    # a named subject is another speaker; no comma: a defining clause
    "Despite the promised increase, he noted, school spending is in danger of falling to 3 percent of the "
    "city's budget, which Mayor Moss said would be its lowest ever.",
    "Despite the promised increase, he noted, school spending is in danger of falling to the level that he "
    "said would close schools.",
])
def test_split_content_keeps_other_relative_clauses(extract, text):
    assert [c.cue for c in extract(text)] == ["noted"]
