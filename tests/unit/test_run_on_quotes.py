"""Run-on quotes (run_on_quotes.py): a quotation left open at the end of its paragraph goes on into
the next paragraph's quote; when that quote has a tag of its own, the open part is that tag's, not
the quote's before it. Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

FIRST = "“The pier is safe,” Mayor Ann Doyle said at the harbour."
OPEN = " “Not a council that says it is safe on Monday and closes it on Tuesday because the money ran out."
TAGGED = "“Well, my friends, this town keeps its promises!” she said."


def test_a_quote_left_open_goes_on_into_the_next_tagged_quote(extract):
    claims = extract(FIRST + OPEN + "\n\n" + TAGGED)
    assert [(c.cue, c.content) for c in claims] == [
        ("said", "“The pier is safe,”"),
        ("said", OPEN.strip() + " “Well, my friends, this town keeps its promises!”"),
    ]


def test_a_run_over_two_open_paragraphs_goes_on_into_the_tagged_quote(extract):
    second = "“And nobody on this island will be cut off from the mainland this winter."
    claims = extract(FIRST + OPEN + "\n\n" + second + "\n\n" + TAGGED)
    assert [c.content for c in claims][1] == OPEN.strip() + " " + second + " “Well, my friends, this town keeps its promises!”"


@pytest.mark.parametrize("second", [
    # the quote closes before the paragraph ends: it goes on with the first quote
    OPEN + "”",
    # no tag after the next paragraph's quote: the whole run goes on with the first quote
    OPEN + "\n\n“Well, my friends, this town keeps its promises!”",
])
def test_a_closed_quote_or_an_untagged_next_quote_stays_with_the_first(extract, second):
    claims = extract(FIRST + second + ("" if second.endswith("!”") else "\n\n" + TAGGED))
    assert claims[0].content.startswith("“The pier is safe,” “Not a council")


def test_a_quote_opened_by_its_own_tag_stays_with_it(extract):
    # "Doyle said: “B" opens its own claim; B keeps its lead-in's tag
    text = "Mayor Ann Doyle said on Monday: “The pier is safe and the council will keep it open all winter.\n\n" + TAGGED
    claims = extract(text)
    assert claims[0].cue == "said" and claims[0].content.startswith("“The pier is safe")
    assert claims[0].content.endswith("open all winter.")
