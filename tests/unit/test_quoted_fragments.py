"""Mixed speech found from its quoted words: a quoted fragment no other pattern took, under a
verb of speaking, judging or urging. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, cue, content", [
    ("Senator Ruth Alder warned against the “fevered dreams” of a contested convention.", "warned",
     "against the “fevered dreams” of a contested convention"),
    ("Governor Ana Ruiz hammered her rival's “reckless” spending on the new stadium.", "hammered",
     "her rival's “reckless” spending on the new stadium"),
    ("Ruth Alder recalled the “dark days” of the 2009 flood in a long speech.", "recalled",
     "the “dark days” of the 2009 flood"),
])
def test_quoted_words_under_a_verb_of_speaking_are_mixed_speech(extract, by_cue, text, cue, content):
    c = by_cue(extract(text), cue)
    assert c.quote_type == "mixed" and c.content == content
    assert c.claimant in ("Senator Ruth Alder", "Governor Ana Ruiz", "Ruth Alder")


def test_a_quoted_title_is_no_ones_words(extract):
    # the same shape with a title in the quotation marks: a name, not what she said
    assert not extract("Ruth Alder congratulated the cast of “The Long Way Home” on a fine run.")


def test_scare_quotes_under_a_verb_of_doing_are_no_claim(extract):
    assert not extract("The mayor visited the “temporary” shelter on Main Street.")


@pytest.mark.parametrize("text, claimant, content", [
    # the participle hangs on "point", the object of "at": the speaker is the clause's subject
    ("Governor Ana Ruiz has feuded with the city council for months, at one point calling the "
     "speaker a “fraud” who could not be trusted.", "Governor Ana Ruiz", "the speaker a “fraud” who could not be trusted"),
    # the participle is the object of "by": the speaker is the subject of the verb "by" hangs on,
    # and the content keeps who was called what
    ("Mayor Tom Reyes answered the letter by calling the council “cowards” in a radio interview.",
     "Mayor Tom Reyes", "the council “cowards”"),
    # the participle hangs on the subject itself
    ("Senator Ruth Alder, the bill's fiercest critic, calling it a “giveaway” for developers, left "
     "the hearing early.", "Senator Ruth Alder", "it a “giveaway” for developers"),
])
def test_a_participle_with_no_subject_speaks_for_the_noun_it_hangs_on(extract, by_cue, text, claimant, content):
    c = by_cue(extract(text), "calling")
    assert c.quote_type == "mixed" and c.claimant == claimant and c.content == content


def test_a_participle_on_a_thing_is_no_ones_words(extract):
    # a banner is not a speaker: its words are nobody's claim here
    assert not extract("A banner calling the mayor a “fraud” hung from the bridge.")


def test_a_participle_after_known_for_is_no_act_of_speech(extract):
    # only "by calling ..." names how the subject spoke; what she is known for is no claim
    assert not extract("Lena Hart is best known for promoting “miracle” diets on daytime television.")


def test_a_finite_verb_hung_on_its_subject_speaks_for_it(extract, by_cue):
    # the parse hangs "called" on "Tom Reyes" as a modifier, with no subject of its own
    c = by_cue(extract("Tom Reyes, speaking on WXRT, called Marsh a “bully,” and said his plan was a "
                       "“disaster” for schools."), "called")
    assert c.quote_type == "mixed" and c.claimant == "Tom Reyes" and "a “bully,”" in c.content


def test_a_thing_called_by_a_name_is_no_claim(extract):
    # "called" naming a measure, with no object called: nobody's words
    assert not extract("The council debated a measure called the “fair share” plan for three hours.")


@pytest.mark.parametrize("text, cue, content", [
    # the quote is under "dig", whose clause is what "invited" asks for
    ("Mayor Tom Reyes invited the auditors to dig up the “missing” invoices from the city's archive.",
     "invited", "to dig up the “missing” invoices from the city's archive"),
    # under "taken", in a clause of reason hung on what "portrayed" says of the rival
    ("Governor Ana Ruiz portrayed her rival as reckless because he had taken “about $200,000” from "
     "developers.", "portrayed", "because he had taken “about $200,000” from developers"),
])
def test_a_quote_in_a_clause_under_a_verb_of_speaking_is_mixed_speech(extract, by_cue, text, cue, content):
    c = by_cue(extract(text), cue)
    assert c.quote_type == "mixed" and c.content == content
    assert c.claimant in ("Mayor Tom Reyes", "Governor Ana Ruiz")


def test_a_quote_in_a_clause_under_a_verb_of_doing_is_no_claim(extract):
    # the clause hangs on "hired", no verb of speech: scare quotes, nobody's words
    assert not extract("The museum hired two guards to watch the “priceless” paintings in the east wing.")
