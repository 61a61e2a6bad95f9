"""Line ends (line_ends.py): a content the parse ran over a line break, from a heading or an ended
line into the next line, ends at the break; a wrapped line, which ends mid-sentence, stays whole.
Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

TITLE = "Live: The Harbour Debate\n\n"
AFTER = "\n\nThe debate went on."


@pytest.mark.parametrize(("heading", "body", "cue", "content"), [
    ("Ann Doyle Thinks The Ferry Was A Really Good Deal",
     "Doyle was asked to name a single thing the council had achieved in the last year.",
     "thinks", "The Ferry Was A Really Good Deal"),
    ("Ann Doyle Says Ferry Fares Were A Fair Price For Islanders",
     "Ann Doyle was asked to name a single fare the council had cut in the last year.",
     "says", "Ferry Fares Were A Fair Price For Islanders"),
])
def test_a_headings_content_ends_at_its_line(extract, heading, body, cue, content):
    claims = extract(TITLE + heading + "\n" + body + AFTER)
    assert [(c.cue, c.content) for c in claims] == [(cue, content)]


def test_a_wrapped_line_stays_whole(extract):
    # the line ends mid-sentence ("the"), so the capital on the next line starts no new one
    text = TITLE + "The mayor said the ferry company had asked the council for more money to keep the\n" \
        "Northern route open through the winter months." + AFTER
    claims = extract(text)
    assert [c.content for c in claims] == [
        "the ferry company had asked the council for more money to keep the\nNorthern route open through the winter months"]


def test_a_line_of_a_few_capitalised_words_is_no_heading():
    from services.extract.line_breaks import is_heading as _is_heading

    assert _is_heading("Rubio Says Abandoning Reform Was A Sign Of Leadership")
    assert not _is_heading("Mohammed Ali Doyle, 62")  # a name with an age: three words
    assert not _is_heading("The Harbour Debate went on until late")
