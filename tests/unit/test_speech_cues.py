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


def test_a_speech_act_noun_with_its_speaker_as_possessor(extract):
    c = one(extract("The council backed Lena Brandt's proposal to sell the old ferry to a museum."))
    assert (c.content, c.cue, c.kind, c.claimant) == (
        "to sell the old ferry to a museum", "proposal", "proposal", "Lena Brandt's")
    c = one(extract("The board rejected Tom Reyes's call for an inquiry into the collapse of the pier."))
    assert (c.content, c.kind) == ("an inquiry into the collapse of the pier", "proposal")
    c = one(extract("Nobody answered her criticism of the new ferry timetable."))
    assert (c.content, c.kind) == ("the new ferry timetable", "accusation")


def test_a_speech_act_noun_needs_a_speaker(extract):
    assert extract("Calls for help went unanswered as the water rose in the harbour.") == []
    assert extract("The storm's promise to pass quickly did not hold for the harbour.") == []


def test_a_question_put_to_the_subject_has_no_claimant(extract):
    c = one(extract("Tom Reyes was asked whether the ferry would run on Sunday."))
    assert (c.content, c.claimant, c.kind) == ("whether the ferry would run on Sunday", None, "question")
    claims = extract("Asked about the cost of the new sea wall, Lena Brandt said it was fair.")
    asked = next(c for c in claims if c.cue == "asked about")
    assert (asked.content, asked.claimant) == ("the cost of the new sea wall", None)
    assert extract("Tom Reyes was asked to resign from the harbour board.") == []


def test_asking_somebody_to_act_is_a_request(extract):
    c = one(extract("Tom Reyes asked the harbour board to resign."))
    assert (c.content, c.kind) == ("the harbour board to resign", "proposal")


def test_asked_about_a_person_alone_is_no_claim(extract):
    claims = extract("Asked about Reyes, Lena Brandt said the striker had been unlucky.")
    assert [c.cue for c in claims] == ["said"]


def test_a_polls_object_is_its_finding(extract):
    c = one(extract("A new poll shows Lena Brandt with a narrow lead over Tom Reyes."))
    assert (c.content, c.kind, c.claimant) == ("Lena Brandt with a narrow lead over Tom Reyes", "evidence", "A new poll")
    c = one(extract("The survey found broad support for the new ferry route among residents."))
    assert c.content == "broad support for the new ferry route among residents" and c.kind == "evidence"


def test_showing_an_object_is_evidence_only_from_a_document(extract):
    assert extract("Tom Reyes showed reporters the cracked beams of the old pier.") == []
    c = one(extract("The council published a survey which found broad support for the new ferry route."))
    assert (c.content, c.claimant) == ("broad support for the new ferry route", "a survey")


def test_a_demand_with_a_subjunctive_clause(extract):
    c = one(extract("The fishermen demanded that the harbour board publish the survey."))
    assert (c.content, c.kind) == ("the harbour board publish the survey", "proposal")
    c = one(extract("Lena Brandt recommended the council sell the old ferry."))
    assert (c.content, c.kind) == ("the council sell the old ferry", "proposal")


def test_a_proposal_clause_needs_a_subject_and_no_wh_word(extract):
    assert extract("The fishermen encouraged whoever was listening.") == []
