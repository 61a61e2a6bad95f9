"""Quoted noun tails (quoted_noun_tails.py): a quoted noun phrase after its tag verb whose noun
goes on past the closing quote ("insisted on “a full accounting” of the funds") is mixed speech
over both; a modifier of the verb after the quote ("in the capital") is not part of it.
Sentences written for these tests in the style of news."""

from __future__ import annotations


def test_the_noun_goes_on_after_the_quote(extract, by_cue):
    c = by_cue(extract("The mayor insisted on “a full and open accounting” of the missing funds."), "insisted")
    assert (c.content, c.quote_type) == ("“a full and open accounting” of the missing funds", "mixed")


def test_a_phrase_of_the_verb_after_the_quote_stays_out(extract, by_cue):
    c = by_cue(extract("The senator promised “a new era of honesty” in the capital."), "promised")
    assert (c.content, c.quote_type) == ("“a new era of honesty”", "direct")


def test_a_quoted_sentence_before_its_tag_stays_direct(extract, by_cue):
    c = by_cue(extract("“We will rebuild the bridge,” the mayor said of the storm damage."), "said")
    assert (c.content, c.quote_type) == ("“We will rebuild the bridge,”", "direct")
