"""Answers that swallowed their question (asked_answers.py): "Asked whether Y, she said, “Z”" is
the question (nobody's, or the asker's) and the answer (the speaker's), apart. Sentences written
for these tests in the style of news."""

from __future__ import annotations

import pytest

ANSWERS = [
    ('Asked what he thought of the ferry plan, he said, "It is a waste of money, and the town cannot afford it."',
     [("what he thought of the ferry plan", None),
      ('"It is a waste of money, and the town cannot afford it."', "he")]),
    ('Asked whether the mayor would resign, Ortiz said "I have no idea what she will do," she said.',
     [("whether the mayor would resign", None), ('"I have no idea what she will do,"', "Ortiz")]),
    ('Asked by a reporter whether she had read the audit, she said, "I skimmed it over the weekend."',
     [("whether she had read the audit", "a reporter"), ('"I skimmed it over the weekend."', "she")]),
    # after the quote: the parse ran the quote's content on into the question
    ('Ortiz had previously said, "We will see," when asked whether he would run for the council seat.',
     [('"We will see,"', "Ortiz"), ("whether he would run for the council seat", None)]),
]


@pytest.mark.parametrize(("text", "claims"), ANSWERS)
def test_question_and_answer_are_apart(extract, text, claims):
    assert [(c.content, c.claimant) for c in extract(text)] == claims


@pytest.mark.parametrize(("text", "content"), [
    # the question is inside what the clerk said
    ('The clerk said that "when asked if the vault was locked, the guard answered with one word: Yes."',
     '"when asked if the vault was locked, the guard answered with one word: Yes."'),
    # the paper reports the question and the answer together
    ('When asked about the new levy, Roe "bristled" and walked off, the Gazette reported.',
     'When asked about the new levy, Roe "bristled"'),
    # nothing quoted: the question is part of what she agreed
    ("Roe agreed that she was not a fan and had a curt reply when asked who she would back instead.",
     "she was not a fan and had a curt reply when asked who she would back instead"),
])
def test_question_inside_another_claim_stays(extract, text, content):
    assert content in [c.content for c in extract(text)]
