"""The writer's relative clause after a comma on a content that is a thing named
(object_glosses.py): sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

GLOSSED = [
    ("Senator Ann Lee praised the mayor's budget, which cuts school funding by a third.",
     "praised", "the mayor's budget"),
    ("The senator seldom speaks of his late brother, who died in a car crash in 1990.",
     "speaks of", "his late brother"),
    ("The paper cited a new report by the state auditor, who found waste in three agencies.",
     "cited", "a new report by the state auditor"),
    ("Ms. Lee attacked Governor Tom Reed, with whom she clashed at Monday's debate over taxes.",
     "attacked", "Governor Tom Reed"),
    ("Lee recalled her first campaign, which she lost by 40 votes.", "recalled", "her first campaign"),
]


@pytest.mark.parametrize(("text", "cue", "content"), GLOSSED)
def test_a_thing_named_ends_at_its_gloss(extract, text, cue, content):
    assert [(c.cue, c.content) for c in extract(text)] == [(cue, content)]


KEPT = [
    # a clause said, with a relative clause inside it
    ("Lee said the budget, which cuts funding, is a disgrace.", "the budget, which cuts funding, is a disgrace"),
    # no comma: the clause says which budget
    ("Lee praised the budget that the council passed in May.", "the budget that the council passed in May"),
    # the speaker's quoted words
    ("Lee mentioned the new bridge, which “will change the whole city.”",
     "the new bridge, which “will change the whole city.”"),
]


@pytest.mark.parametrize(("text", "content"), KEPT)
def test_clauses_and_quotes_stay(extract, text, content):
    assert [c.content for c in extract(text)] == [content]
