"""Claimants the parse puts in the wrong place around the cue (misplaced_speakers.py)."""

from __future__ import annotations

import pytest


def test_inverted_aside_speaker_is_after_the_cue(extract, by_cue):
    c = by_cue(extract("The gap between the two budgets, said Harold Jennings and his staff, would be "
                       "hard to close."), "said")
    assert c.claimant_entity == "Harold Jennings"
    assert "gap between the two budgets" in c.content and "hard to close" in c.content
    assert "Jennings" not in c.content


def test_aside_after_the_subject_keeps_its_speaker(extract, by_cue):
    # near miss: "Y, X said, Z" in the usual order is no inverted aside
    c = by_cue(extract("The gap between the two budgets, Harold Jennings said, would be hard to close."), "said")
    assert c.claimant_entity == "Harold Jennings"


@pytest.mark.parametrize(("text", "claimant", "content"), [
    # the parse hung the comma before the cue on the subject: a name after the cue still speaks
    ("The new pier, built in 2010, said Tomas Okafor, a historian, will not save the harbour.", "Tomas Okafor",
     "The new pier, built in 2010 will not save the harbour"),
    ("The new pier, built in 2010, said Ines Halloran, who studies harbours at the university, is a waste of "
     "money.", "Ines Halloran", "The new pier, built in 2010 is a waste of money"),
    # ... but not a noun after it, nor when a name opens the sentence: "X, a Y, said Z, ..." is X's
    ("Tomas Okafor, an aide to the mayor, said the harbour master, who ran the port for years, should be "
     "sacked.", "Tomas Okafor", "the harbour master, who ran the port for years, should be sacked"),
    ("Ferry workers, angry about the cuts, said their union, a small one with few members, would strike in "
     "May.", "Ferry workers", "their union, a small one with few members, would strike in May"),
])
def test_inverted_aside_after_a_subject_ending_in_a_comma(extract, by_cue, text, claimant, content):
    c = by_cue(extract(text), "said")
    assert (c.claimant, c.content) == (claimant, content)


def test_described_speaker_before_an_aside_cue(extract, by_cue):
    c = by_cue(extract("Marlowe, a senior adviser said, “is completely sure of the outcome” in the state."),
               "said")
    assert c.claimant == "a senior adviser"


def test_name_after_a_quote_tag_the_parse_left_without_subject(extract, by_cue):
    c = by_cue(extract("“Another wasted evening,” tweeted Garcia spokesman Tobias Brandt."), "tweeted")
    assert c.claimant == "Garcia spokesman Tobias Brandt" and c.claimant_entity == "Tobias Brandt"


def test_place_after_a_quote_tag_is_no_speaker(extract, by_cue):
    c = by_cue(extract("“Another wasted evening,” tweeted from Boston Harbor."), "tweeted")
    assert c.claimant is None


def test_that_said_is_a_connective(extract):
    claims = extract("That said, county officials say they expect the levy to pass.")
    assert [c.cue for c in claims] == ["say"]
    assert claims[0].claimant == "county officials"


def test_he_said_that_is_still_a_cue(extract, by_cue):
    # near miss: "said that" after a subject is a cue with its clause
    c = by_cue(extract("The treasurer said that the fund was short by a third."), "said")
    assert c.claimant == "The treasurer"


def test_subject_inside_the_quote_gives_way_to_the_name_before_the_cue(extract, by_cue):
    c = by_cue(extract("“I will make one promise to you: We will find the truth in this case,” county "
                       "Sheriff Dolores Aguirre said Monday."), "said")
    assert c.claimant_entity == "Dolores Aguirre"


def test_quote_after_a_cue_with_no_clause_is_that_speakers(extract):
    claims = extract("“The levy will fail,” said Harold Jennings, a county commissioner. Professor Ana "
                     "Whitcombe agreed. “Voters here have run out of patience with new taxes.”")
    c = next(c for c in claims if c.content.startswith("“Voters"))
    assert c.claimant_entity == "Ana Whitcombe"


def test_run_of_quotes_each_signed_after_a_dash(extract):
    claims = extract("Readers wrote in after the debate.\n\n“The debate changed nothing for me at all.” ― "
                     "Marisol Ortega “I watched every minute and came away more worried than ever.” ― "
                     "Tomas Becerra")
    signed = {c.content[:12]: c.claimant for c in claims if c.cue == "―"}
    assert signed == {"“The debate ": "Marisol Ortega", "“I watched e": "Tomas Becerra"}


def test_signature_after_a_dash_and_a_no_break_space(extract):
    # "―\xa0Name": the no-break space is a token of its own; the name after it still signs
    claims = extract("Readers wrote in after the debate.\n\n“The debate changed nothing for me at all.” ―\xa0"
                     "Marisol Ortega\n“I watched every minute and came away more worried than ever.” ―\xa0"
                     "Tomas Becerra")
    signed = {c.content[:12]: c.claimant for c in claims if c.cue == "―"}
    assert signed == {"“The debate ": "Marisol Ortega", "“I watched e": "Tomas Becerra"}


def test_dash_after_a_quote_inside_a_sentence_is_no_signature(extract):
    # near miss: words before the quote, not a signature's name
    claims = extract("Her aides called the measure “a betrayal of every family here” ― Ortega disagreed.")
    assert all(c.claimant != "Ortega" for c in claims)


def test_quoted_show_title_is_no_quotation(extract):
    claims = extract("Appearing on “Sunday Politics Hour,” Marlowe said the vote would be close.")
    assert [c.cue for c in claims] == ["said"] and claims[0].quote_type == "indirect"


def test_quoted_words_after_on_that_are_no_title_stay_a_quote(extract):
    # near miss: a sentence quoted after "on" is no programme's name
    claims = extract("Marlowe insisted on the point, saying on the radio: “We will win this county easily.”")
    assert any(c.content.startswith("“We will win") for c in claims)
