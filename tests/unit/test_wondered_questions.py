"""Questions wondered in an infinitive or participle the verb families left (wondered_questions.py):
"are left wondering whether Y". Sentences written for these tests in the style of news."""

from __future__ import annotations


def test_question_left_wondering_is_a_question(extract):
    text = ("Without its founder guiding the paper, readers and advertisers are left wondering whether "
            "the tone might soften under new owners.")
    found = [c for c in extract(text) if c.kind == "question"]
    assert [c.content for c in found] == ["whether the tone might soften under new owners"]


def test_question_inside_what_was_said_stays_the_saying(extract):
    text = "Ortiz said that readers are left wondering whether the tone might soften under new owners."
    assert [(c.content, c.claimant) for c in extract(text)] == [
        ("readers are left wondering whether the tone might soften under new owners", "Ortiz")]
