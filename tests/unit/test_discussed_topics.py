"""Topics discussed (discussed_topics.py): "the mayor discussed the ferry budget". Sentences
written for these tests in the style of news."""

from __future__ import annotations

import pytest

# (sentence, content, cue, claimant) of its one claim
TOPICS = [
    ("Mayor Ada Moss discussed the ferry budget on Tuesday.",
     "the ferry budget", "discussed", "Mayor Ada Moss"),
    ("Senator Ruth Okafor will discuss her plan to widen the river bridge.",
     "her plan to widen the river bridge", "discuss", "Senator Ruth Okafor"),
    ("Governor Ben Ortiz met the dockers to discuss the audit of the port authority.",
     "the audit of the port authority", "discuss", "Governor Ben Ortiz"),
    ("The dockers' union called a meeting to discuss the new night shifts.",
     "the new night shifts", "discuss", "The dockers' union"),
    ("The governor talked up her plan to widen the highway.",
     "her plan to widen the highway", "talked", "The governor"),
]

# near misses, each with why it is no claim
NOT_TOPICS = {
    "Mayor Ada Moss discussed it with the harbour board.": "a pronoun: the sentence before says what",
    "Mayor Ada Moss did not discuss the ferry budget.": "negated",
    "Governor Ben Ortiz declined to discuss the audit of the port authority.": "refused: nothing discussed",
    "The ferry budget was discussed at length.": "passive",
    "Two aides were not authorized to discuss the audit of the port authority.": "why a source is unnamed",
    "A council officer, who requested anonymity to discuss the harbour budget, left early.": "the same",
    "The new report discusses the ferry budget.": "no speaker for subject",
    "The two men talked business over dinner.": "talked, with no 'up': no topic spoken of",
    "The mayor talked the council into a vote.": "the same",
    "He was paid to talk up the new phone.": "what one is paid to do, not done",
}


@pytest.mark.parametrize("text, content, cue, claimant", TOPICS)
def test_topic_discussed_is_a_claim(extract, text, content, cue, claimant):
    """The object is the content, the subject its claimant, the verb its cue."""
    (c,) = extract(text)
    assert (c.content, c.cue, c.claimant) == (content, cue, claimant)


def test_no_topic_claim_near_misses(extract):
    assert {text: extract(text) for text in NOT_TOPICS} == dict.fromkeys(NOT_TOPICS, [])


def test_a_participle_hung_on_another_act_is_its_circumstance(extract):
    got = [(c.cue, c.content) for c in extract(
        "While discussing the ferry budget, Mayor Ada Moss said that the harbour fees would rise.")]
    assert got == [("said", "the harbour fees would rise")]
