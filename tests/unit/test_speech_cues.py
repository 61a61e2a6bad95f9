"""Speech acts beyond the plain verbs of saying (speech_acts.py and its helpers): sentences
written for these tests in the style of news."""

from __future__ import annotations


def one(claims):
    assert len(claims) == 1, [c.content for c in claims]
    return claims[0]


def test_called_for_with_a_subject_and_an_infinitive(extract):
    # the parse makes "for the council to ..." a clause of its own
    c = one(extract("Mayor Lena Brandt called for the council to reopen the fish market."))
    assert (c.content, c.cue, c.kind) == ("the council to reopen the fish market", "called for", "proposal")
    c = one(extract("Tom Reyes called again for the harbour board to resign over the survey."))
    assert c.kind == "proposal" and c.content.startswith("the harbour board to resign")
    # a purpose clause after a phone call's object is no proposal
    assert extract("Lena Brandt called her lawyer on Monday for the papers to be signed.") == []


def test_a_speakers_object_topic_is_the_content(extract):
    c = one(extract("Councillor Tom Reyes expressed concern about the cost of the new sea wall."))
    assert (c.content, c.cue, c.claimant) == ("concern about the cost of the new sea wall", "expressed", "Councillor Tom Reyes")
    assert c.kind == "evaluation"
    c = one(extract("Lena Brandt mentioned the closure of the fish market on Tuesday."))
    assert c.content == "the closure of the fish market"  # not the day it was mentioned
    c = one(extract("The union decried the decision to sell the harbour to a private fund."))
    assert (c.content, c.kind) == ("the decision to sell the harbour to a private fund", "accusation")


def test_an_object_topic_needs_a_speaker(extract):
    assert extract("The timetable mentions the new ferry route to the island.") == []
    assert extract("The storm stressed the old timbers of the pier.") == []


def test_an_editors_note_is_the_outlets_own_voice(extract):
    text = ("Harbour news\n\nEditor’s note: Tom Reyes is a serial liar and bully who has repeatedly "
            "pledged to sell the harbour to his friends.\n\nTom Reyes pledged to keep the harbour public.\n")
    assert [c.content for c in extract(text)] == ["to keep the harbour public"]
