"""What a speaker meant, glossed by the writer (references.py): "..., she said, referring to X",
"X was referring to Y", "X referred to Y". Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest


def glosses(extract, text: str) -> list[tuple[str, str | None]]:
    """(content, claimant) of each "referring to" / "referred to" / "alluding to" claim in `text`."""
    return [(c.content, c.claimant) for c in extract(text) if c.cue.startswith(("refer", "allud"))]


@pytest.mark.parametrize(("text", "gloss"), [
    ("“They will regret it,” Mayor Ada Moss said, referring to the harbour board.",
     ("the harbour board", "Mayor Ada Moss")),
    ("Councillor Ben Ortiz was referring to the ferry contract signed in March.",
     ("the ferry contract signed in March", "Councillor Ben Ortiz")),
    # the parse hangs the rest of the phrase elsewhere: on to the end of the sentence
    ("“We met as a team today,” Ms. Lane added, referring to herself, Mr. Cole and Mr. Dunn.",
     ("herself, Mr. Cole and Mr. Dunn", "Ms. Lane")),
    # a name's appositive is the writer's, not what was referred to
    ("“He knows the file,” Senator Lena Park said, referring to Tom Reyes, a former port official.",
     ("Tom Reyes", "Senator Lena Park")),
    # the parse hangs the aside on the speaker, or on what was said after its comma
    ("\"It's the old playbook: hit your rival where she is strong,\" said Heather Lane, a former aide to "
     "Governor Tom Reyes, referring to the mayor's chief of staff.", ("the mayor's chief of staff", "Heather Lane")),
    ("The mayor said the ferries “should be running by June,” referring to the summer timetable.",
     ("the summer timetable", "The mayor")),
    # a text speaks for its authors
    ("“The ferry fund was raided twice,” the audit report said, referring to the harbour board's reserve.",
     ("the harbour board's reserve", "the audit report")),
    # a clause set off by a comma is the writer's too
    ("“He knows the file,” Senator Lena Park said, referring to her aide Tom Reyes, who ran the port for years.",
     ("her aide Tom Reyes", "Senator Lena Park")),
    # an allusion is a reference too
    ("“You are working it hard,” the host told Mr. Diaz, alluding to his rumored ambitions for the mayoralty.",
     ("his rumored ambitions for the mayoralty", "the host")),
    # a verb of its own: its phrase, not what the speaker did next
    ("In her speech, the mayor referred to the ferry strike but did not blame the unions.",
     ("the ferry strike", "the mayor")),
])
def test_what_a_speaker_referred_to_is_a_claim(extract, text, gloss):
    assert glosses(extract, text) == [gloss]


def test_gloss_between_quote_pieces_keeps_the_quote_whole(extract):
    claims = extract("“We need the new law,” said Ms. Ortiz, referring to the chapter used by cities. "
                     "“Give us the tool and we will finish.”")
    assert sorted((c.cue, c.content) for c in claims) == [
        ("referring to", "the chapter used by cities"),
        ("said", "“We need the new law,” “Give us the tool and we will finish.”")]


@pytest.mark.parametrize("text", [
    "Ted Lowe, referred to as the best sniper in the unit, retired in May.",  # a name, not a speaker's gloss
    "Refugees are referred to a security office for screening.",  # a file sent on
    "The judge the mayor was referring to is Gonzalo Reyes.",  # what is referred to is the relative
    "The crowd walked out, pointing and referring to the stage.",  # no verb of speaking glossed
    "The mayor said the ferries would be running referring to the summer timetable.",  # no aside
    "The mayor often referred to the port director as a friend.",  # a naming: description_acts.py
    "The term refers to the hills east of the city.",  # a word, not a speaker
    "The tweets in which the mayor referred to the strike drew anger.",  # what describes the tweets
])
def test_referral_that_is_no_gloss_is_no_claim(extract, text):
    assert not glosses(extract, text)


def references(extract, text: str) -> list[tuple[str, str, str | None]]:
    """(cue, content, claimant) of each "referencing X" / "repeating X" claim in `text`."""
    return [(c.cue, c.content, c.claimant) for c in extract(text) if c.cue.startswith(("referenc", "repeat"))]


@pytest.mark.parametrize(("text", "found"), [
    ("“They sold the harbour for a song,” Mayor Ada Moss said, referencing the 2009 sale of the port land.",
     ("referencing", "the 2009 sale of the port land", "Mayor Ada Moss")),
    ("During the hearing, Councillor Ben Ortiz referenced a state audit of the ferry budget.",
     ("referenced", "a state audit of the ferry budget", "Councillor Ben Ortiz")),
    # a repeated line glosses what was just said
    ("“We will win this county,” the governor said, repeating a promise she has made all month.",
     ("repeating", "a promise she has made all month", "the governor")),
])
def test_what_a_speaker_referenced_is_a_claim(extract, text, found):
    assert references(extract, text) == [found]


@pytest.mark.parametrize("text", [
    "The two candidates repeated the attacks they had made in March.",  # no gloss: a deed as often as words
    "The crowd cheered, repeating the chant.",  # no verb of speaking glossed
    "The report referenced it twice.",  # a pronoun: what "it" is, the sentence before says
])
def test_repetition_that_is_no_gloss_is_no_claim(extract, text):
    assert not references(extract, text)
