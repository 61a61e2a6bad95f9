"""Content clauses the parse hung on the wrong word (misread_complements.py): sentences written
for these tests in the style of news."""

from __future__ import annotations


def test_that_clause_read_as_a_relative_clause_of_the_object(extract):
    # the parse reads "that few towns understood ..." as a relative clause of "gathering"
    text = ("In Portland last week, Holt told a gathering of harbour officials that few towns understood "
            "the risks of flooding better than theirs.")
    assert [(c.content, c.cue, c.claimant) for c in extract(text)] == [
        ("few towns understood the risks of flooding better than theirs", "told", "Holt")]


def test_true_relative_clause_is_no_content(extract):
    # a relative "that" is the clause's own subject: the riddle made them laugh, nobody said it
    # (not "a story": a story told is a telling, speech_acts.py)
    assert extract("Holt told a riddle that made the officials laugh.") == []
