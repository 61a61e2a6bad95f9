"""Verbs of knowing, learning and hoping with a clause of their own (knowing_clauses.py):
sentences written for these tests in the style of news."""

from __future__ import annotations


def claims_of(extract, text):
    return [(c.content, c.cue, c.claimant) for c in extract(text)]


def test_what_the_subject_knows(extract):
    assert claims_of(extract, "Council members know the budget will be tight next year.") == [
        ("the budget will be tight next year", "know", "Council members")]


def test_what_the_subject_learned(extract):
    text = "Ms. Ortiz learned that her clinic would close in May."
    assert claims_of(extract, text) == [("her clinic would close in May", "learned", "Ms. Ortiz")]


def test_hope_without_that_is_hedged(extract):
    # "hope" takes a clause without "that" only here (the cue patterns need "that" for it)
    found = extract("Party leaders hope the new ads will win back younger voters.")
    assert [(c.content, c.cue, c.claimant, c.hedged) for c in found] == [
        ("the new ads will win back younger voters", "hope", "Party leaders", True)]


def test_questions_wishes_and_denials_are_no_claims(extract):
    # a question, a wish about what others should know, a negated verb
    assert extract("The mayor knows what the voters want.") == []
    assert extract("The senator wants her donors to know that she will run again.") == []
    assert extract("The coach did not know the game had been moved.") == []


def test_holders_beyond_speakers(extract):
    # "observers" is no speaker noun, but observers can worry
    assert claims_of(extract, "Foreign observers worry the vote will be delayed again.") == [
        ("the vote will be delayed again", "worry", "Foreign observers")]


def test_adjectives_of_certainty_and_worry(extract):
    assert claims_of(extract, "Campaign aides are confident the new map favors their candidate.") == [
        ("the new map favors their candidate", "confident", "Campaign aides")]
    found = extract("Some farmers are worried that the drought will last into the spring.")
    assert [(c.content, c.claimant, c.hedged) for c in found] == [
        ("the drought will last into the spring", "Some farmers", True)]


def test_adjectives_negated_or_impersonal_are_no_claims(extract):
    assert extract("The governor is not convinced the bridge plan will work.") == []
    assert extract("It is certain that the vote will be delayed again.") == []
