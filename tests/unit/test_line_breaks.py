"""Line breaks (line_breaks.py): a single line break inside a blank-line paragraph ends a
paragraph of its own after an ended line or a heading, so the lines are parsed apart and their
quote marks paired apart; a wrapped line and a quote run on into the next line stay together.
(They took over from line_ends.py, which cut a content the parse had run over such a break.)
Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

from services.extract.line_breaks import is_heading, lines_apart
from services.extract.nlp import segments

TITLE = "Live: Harbour Council Meeting\n\n"
AFTER = "\n\nThe meeting closed at nine."


def test_lines_after_an_ended_line_are_pieces_of_their_own():
    para = "The meeting opened at six.\nThe mayor spoke first.\n“We will keep the ferry,” she said.\n\n"
    assert lines_apart(para) == [
        "The meeting opened at six.\n", "The mayor spoke first.\n", "“We will keep the ferry,” she said.\n\n"]
    assert "".join(segments(TITLE + para + "End.")) == TITLE + para + "End."


def test_a_heading_line_is_a_piece_of_its_own():
    para = "Doyle Says The Ferry Will Run All Winter\nAnn Doyle said the ferry would run all winter."
    assert lines_apart(para) == ["Doyle Says The Ferry Will Run All Winter\n",
                                 "Ann Doyle said the ferry would run all winter."]


def test_a_wrapped_line_stays():
    para = "The mayor said the ferry company had asked for more money to keep the\nNorthern route open.\n\n"
    assert lines_apart(para) == [para]


def test_a_pull_quote_and_its_speaker_line_stay_together():
    # the quote opened on the first line closes after the speaker's name on the second
    para = '"We will rebuild the pier before the summer season starts.\nAnn Doyle, harbour master."\n\n'
    assert lines_apart(para) == [para]


def test_a_quote_left_open_over_a_new_quote_is_cut():
    # the newspaper convention: a quote that goes on opens again on the next line
    para = '"We will rebuild the pier.\n"And we will do it before the summer," Doyle said.\n\n'
    assert lines_apart(para) == ['"We will rebuild the pier.\n', '"And we will do it before the summer," Doyle said.\n\n']


def test_a_stray_quote_mark_no_longer_swallows_the_next_line(extract):
    text = (TITLE + 'The meeting opened at six.\nCouncillor Ann Doyle called the plan "a waste of money.\n'
            "Tom Reyes said the council would vote on the ferry budget next week." + AFTER)
    claims = extract(text)
    assert ("Tom Reyes", "said", "the council would vote on the ferry budget next week") in [
        (c.claimant, c.cue, c.content) for c in claims]


def test_a_live_blog_heading_does_not_join_the_speaker(extract):
    text = (TITLE + "Ann Doyle Says The Ferry Will Run All Winter\n"
            "Ann Doyle said the ferry would keep running through the winter months." + AFTER)
    claims = [(c.claimant, c.cue, c.content) for c in extract(text)]
    assert ("Ann Doyle", "said", "the ferry would keep running through the winter months") in claims


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


def test_a_wrapped_line_stays_whole_in_the_content(extract):
    # the line ends mid-sentence ("the"), so the capital on the next line starts no new one
    text = TITLE + "The mayor said the ferry company had asked the council for more money to keep the\n" \
        "Northern route open through the winter months." + AFTER
    claims = extract(text)
    assert [c.content for c in claims] == [
        "the ferry company had asked the council for more money to keep the\nNorthern route open through the winter months"]


def test_a_line_of_a_few_capitalised_words_is_no_heading():
    assert is_heading("Rubio Says Abandoning Reform Was A Sign Of Leadership")
    assert not is_heading("Mohammed Ali Doyle, 62")  # a name with an age: three words
    assert not is_heading("The Harbour Debate went on until late")
