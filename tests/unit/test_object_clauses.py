"""Content clauses the parse read as the object of a verb of saying or believing
(object_clauses.py): sentences written for these tests in the style of news."""

from __future__ import annotations


def claims_of(extract, text):
    return [(c.content, c.cue, c.claimant) for c in extract(text)]


def test_comparative_clause_read_as_the_object(extract):
    # the parse makes "voters" the object of "say" and the rest relative clauses
    text = "Campaign aides say the more voters he meets in Ohio, the more support he should win there."
    assert claims_of(extract, text) == [
        ("the more voters he meets in Ohio, the more support he should win there", "say", "Campaign aides")]


def test_content_verb_tagged_as_a_noun(extract):
    # "show" is read as a noun joined to "polling": the clause's verb, followed by "that"
    text = "Marsh said her own polling and other research show that voters trust the mayor on crime."
    assert claims_of(extract, text) == [
        ("her own polling and other research show that voters trust the mayor on crime", "said", "Marsh")]


def test_content_verb_read_as_a_second_verb_of_the_speaker(extract):
    # "ensures" is joined to "believes" with no "and": the content's verb, not a second act
    text = "The governor believes the steady growth of the port, especially in exports, ensures the city's future."
    assert claims_of(extract, text) == [
        ("the steady growth of the port, especially in exports, ensures the city's future", "believes",
         "The governor")]


def test_plain_objects_are_no_content(extract):
    # an object with no predicate after it, a relative clause of a person, a second act after "and"
    assert extract("He thinks the world of his old coach.") == []
    assert extract("She believes the farmers who lost their crops in the flood.") == []
    assert extract("The mayor said a short prayer for the victims, and the crowd fell silent.") == []
