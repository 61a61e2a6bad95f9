"""A lead-in closing its paragraph on a colon, with the words in the next paragraph unquoted
(colon_lead_ins.py): articles written for these tests in the style of news."""

from __future__ import annotations

_LEAD_IN = ("Harbour board weighs pier repairs\n\n"
            "In a letter to the council last week, Harbour Commissioner Ana Ruiz wrote:\n\n")
_BLOCK = "The pier has stood for ninety years, and it can stand for ninety more if the council finds the money this spring."


def _claims(extract, text):
    return [(c.content, c.cue, c.claimant, c.quote_type) for c in extract(text)]


def test_unquoted_paragraph_after_a_colon_lead_in(extract):
    assert _claims(extract, _LEAD_IN + _BLOCK + "\n\nThe council meets on Tuesday.") == [
        (_BLOCK.rstrip("."), "wrote", "Harbour Commissioner Ana Ruiz", "indirect")]


def test_quoted_paragraph_after_a_lead_in_stays_a_quotation(extract):
    assert _claims(extract, _LEAD_IN + "“" + _BLOCK + "”\n\nThe council meets on Tuesday.") == [
        ("“" + _BLOCK + "”", "wrote", "Harbour Commissioner Ana Ruiz", "direct")]


def test_lead_in_told_reporters(extract):
    text = ("Harbour board weighs pier repairs\n\nAfter the vote, Harbour Commissioner Ana Ruiz told reporters:\n\n"
            + _BLOCK + "\n\nThe council meets on Tuesday.")
    assert _claims(extract, text) == [(_BLOCK.rstrip("."), "told", "Harbour Commissioner Ana Ruiz", "indirect")]


def test_markup_after_a_lead_in_is_no_claim(extract):
    # an embedded post, not words set off as a quotation
    text = ("Harbour board weighs pier repairs\n\nOne resident of the harbour district tweeted:\n\n"
            '<tweet tweet-id="12345"><tweet/>\n\nThe council meets on Tuesday.')
    assert extract(text) == []
