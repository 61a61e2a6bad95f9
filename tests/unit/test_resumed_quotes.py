"""Resumed quotes (resumed_quotes.py): an untagged quote after a tag sentence with a second act
("“A,” she said, noting that Y. “B”") goes on with the quotation the sentence opened with, and the
second act keeps only its own words; after an act that leads on to more words ("adding that Y")
it goes on with that act. Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

RESUMED = [
    # a participle of saying with a that clause
    ("“The pier is safe,” Mayor Ann Doyle said, noting that the council had checked every beam last spring. "
     "“We have nothing to hide.”",
     [("said", "“The pier is safe,” “We have nothing to hide.”"),
      ("noting", "the council had checked every beam last spring")]),
    # the tag inverted, a description of the speaker before the second act
    ("“The ferry will run all winter,” said Tom Reyes, the harbour master, suggesting that the new hull "
     "could handle the ice. “Nobody on this island will be cut off.”",
     [("said", "“The ferry will run all winter,” “Nobody on this island will be cut off.”"),
      ("suggesting", "the new hull could handle the ice")]),
    # a judgment with a noun object
    ("“They will cut anything they can,” Doyle said of the county board, mocking its promise of a leaner "
     "budget. “These people would sell the lighthouse if they could.”",
     [("said", "“They will cut anything they can,” “These people would sell the lighthouse if they could.”"),
      ("mocking", "its promise of a leaner budget")]),
]


@pytest.mark.parametrize(("text", "claims"), RESUMED)
def test_a_quote_after_a_second_act_resumes_the_first_quote(extract, text, claims):
    assert [(c.cue, c.content) for c in extract(text)] == claims


def test_a_quote_after_an_act_that_leads_on_stays_with_it(extract, by_cue):
    claims = extract("“The pier is safe,” Mayor Ann Doyle said, explaining that the council had checked every "
                     "beam last spring. “We have nothing to hide.”")
    assert by_cue(claims, "said").content == "“The pier is safe,”"
    assert by_cue(claims, "explaining").content == "the council had checked every beam last spring “We have nothing to hide.”"



AFTER_TAG_SENTENCE = [
    # the writer's words before the quote hold a verb
    ("“She has never let a friend down,” her husband has said on the trail. That makes her “the most loyal "
     "person in the race.”",
     ("said", "mixed", "“She has never let a friend down,” That makes her “the most loyal person in the race.”")),
    # a sentence adverb before the quote, a description of the speaker in the tag
    ("“We were not very happy when the tax came in,” said Jo Fenn, head of the Ferry Owners Association. "
     "Now, “most of our members think it works.”",
     ("said", "mixed", "“We were not very happy when the tax came in,” Now, “most of our members think it works.”")),
]


@pytest.mark.parametrize(("text", "claim"), AFTER_TAG_SENTENCE)
def test_a_quote_after_a_few_words_goes_on_with_the_quote_before(extract, text, claim):
    assert [(c.cue, c.quote_type, c.content) for c in extract(text)] == [claim]


def test_a_quote_in_the_next_paragraph_is_its_own_claim(extract, by_cue):
    # a paragraph break ends what the tag sentence attributes
    text = ("“We were not very happy when the tax came in,” said Jo Fenn, head of the Ferry Owners "
            "Association.\n\nNow, “most of our members think it works.”")
    assert by_cue(extract(text), "said").content == "“We were not very happy when the tax came in,”"


@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_a_quote_with_words_after_it_goes_on_with_the_quote_before(extract, gap):
    # words after the quote kept the direct-speech pass from it; a paragraph break ends the run
    text = (f"“The pier is safe,” Ann Doyle told reporters.{gap}“Nobody has found a single crack in it” since the "
            "council paid for the repairs.")
    told = [c.content for c in extract(text) if c.cue == "told"]
    assert told == ["“The pier is safe,” “Nobody has found a single crack in it”" if gap == " " else "“The pier is safe,”"]


def test_a_quote_after_an_according_to_tag_goes_on_with_the_sourced_run(extract):
    text = "“The pier is safe,” Mayor Ann Doyle said, according to the Harbour Gazette."
    assert [(c.cue, c.claimant, c.content) for c in extract(text)] == [
        ("said", "the Harbour Gazette", "“The pier is safe,”")]
    claims = extract(text + " “We have nothing to hide.”")
    assert [(c.cue, c.claimant, c.content) for c in claims] == [
        ("according to", "the Harbour Gazette", "The pier is safe,” Mayor Ann Doyle said We have nothing to hide.")]


NEXT_PARAGRAPH = "\n\n“We checked every beam last spring, and we will check them again after the storms.”"


def test_a_quote_opening_the_next_paragraph_goes_on_with_a_tagged_quote(extract):
    claims = extract("“The pier is safe,” Mayor Ann Doyle said." + NEXT_PARAGRAPH)
    assert [(c.cue, c.quote_type, c.content) for c in claims] == [
        ("said", "direct", "“The pier is safe,” " + NEXT_PARAGRAPH.strip())]


def test_a_quote_opening_the_next_paragraph_goes_on_with_mixed_words_ending_on_a_quote(extract):
    claims = extract("The pier will need repairs “only after the storms, not before,” Mayor Ann Doyle said." + NEXT_PARAGRAPH)
    assert [(c.cue, c.quote_type) for c in claims] == [("said", "mixed")]
    assert claims[0].content.endswith("we will check them again after the storms.")


def test_a_quote_opening_the_next_paragraph_after_indirect_speech_stays_apart(extract):
    # the paragraph before closes on what the mayor said in the writer's words: no quote to go on with
    claims = extract("Mayor Ann Doyle told the council on Monday that the pier was “safe for now.”" + NEXT_PARAGRAPH)
    assert [c.cue for c in claims] == ["told", "quoted"]


def test_a_quote_after_a_few_words_goes_on_with_mixed_words_ending_on_a_quote(extract):
    after = " But now “the council has to find the money for it.”"
    claims = extract("The mayor’s plan for the pier is “a good start,” Tom Reyes said." + after)
    assert [(c.cue, c.content) for c in claims] == [
        ("said", "The mayor’s plan for the pier is “a good start,” But now “the council has to find the money for it.”")]
    # a quote inside the words after the tag is no quotation the next one goes on with
    claims = extract("Tom Reyes said, citing the mayor’s “good start” on the pier." + after)
    assert [c.cue for c in claims] == ["citing", "quoted"]


PAST_NARRATIVE = "“I am better with bread than with numbers,” said Jo Fenn, half joking. {} “But I would not sell it.”"


def test_a_quote_past_a_sentence_of_narrative_goes_on_with_the_quote_before(extract, by_cue):
    claims = extract(PAST_NARRATIVE.format("She has run the bakery on Quay Street for 20 years."))
    assert [(c.cue, c.content) for c in claims] == [
        ("said", "“I am better with bread than with numbers,” “But I would not sell it.”")]
    # a sentence with a claim of its own between: the quote is not the first speaker's to go on with
    claims = extract(PAST_NARRATIVE.format("Her brother, Tom Fenn, told the council that the rent would double."))
    assert by_cue(claims, "said").content == "“I am better with bread than with numbers,”"
