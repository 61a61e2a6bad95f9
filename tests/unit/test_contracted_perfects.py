"""Cue verbs in a perfect tense that the parse read as a passive, "'s" taken for "is"
(contracted_perfects.py): sentences written for these tests in the style of news."""

from __future__ import annotations


def test_contracted_has_said_read_as_a_passive_is_indirect_speech(extract):
    # "She's said" parsed as "she is said": the clause after it is still what she said
    assert [(c.content, c.cue, c.claimant, c.quote_type) for c in extract(
        "She's said she will not seek a third term on the council.")] == [
        ("she will not seek a third term on the council", "said", "She", "indirect")]


def test_contracted_perfect_in_a_relative_clause(extract):
    claims = extract("Councilwoman Jane Roe, who’s argued for months that the budget is too thin, voted no.")
    assert [(c.content, c.cue, c.claimant) for c in claims] == [
        ("the budget is too thin", "argued", "Councilwoman Jane Roe")]


def test_impersonal_its_said_stays_a_report_with_no_source(extract):
    # "It's said that Y" is a true passive: a report with no named source, not a claim of "It"
    assert [(c.content, c.claimant, c.quote_type) for c in extract("It's said the mayor will resign before the vote.")] == [
        ("the mayor will resign before the vote", None, "reported")]
