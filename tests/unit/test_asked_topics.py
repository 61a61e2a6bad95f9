"""Questions put with a noun phrase (asked_topics.py): "asked Roe about X", "was asked a
question about X". Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

# sentence -> (content, cue, claimant, kind) of the question
QUESTIONS = {
    "At the forum, talk show host Nina Park asked Mayor Reyes about the delays on the harbour bridge.":
        ("the delays on the harbour bridge", "asked about", "talk show host Nina Park", "question"),
    # the parse hangs "about" on the one asked
    "Soon after the vote, reporter Ana Ruiz asked the favourite about the harbour toll dispute.":
        ("the harbour toll dispute", "asked about", "reporter Ana Ruiz", "question"),
    "Councillor Ada Moss was asked a pointed question about the ferry contract.":
        ("a pointed question about the ferry contract", "asked", None, "question"),
    "The moderator, Tom Hale, asked the candidates a simple question: Who will win the derby?":
        ("a simple question: Who will win the derby", "asked", "Tom Hale", "question"),
}

NOT_QUESTIONS = [
    "The mayor asked him about Reyes.",  # a person asked about, no matter
    "Councillor Ada Moss asked a question.",  # the question is not said
]


@pytest.mark.parametrize("text", list(QUESTIONS))
def test_question_put_with_a_noun_phrase(extract, text):
    got = [(c.content, c.cue, c.claimant, c.kind) for c in extract(text) if c.kind == "question"]
    assert got == [QUESTIONS[text]]


@pytest.mark.parametrize("text", NOT_QUESTIONS)
def test_no_matter_asked(extract, text):
    assert not [(c.cue, c.content) for c in extract(text)]
