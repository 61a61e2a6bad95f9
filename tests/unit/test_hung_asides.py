"""A speaker's tag between commas that the parse hung on the clause after it (cue_patterns.py,
`hung_aside`), and an aside hung on an auxiliary."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "cue", "claimant", "content"), [
    # the tag read as an adverbial clause of the clause after it
    ("With each passing week, these donors acknowledge, it becomes harder to make the case for him.",
     "acknowledge", "these donors", "With each passing week it becomes harder to make the case for him"),
    # ... or as its clausal complement, an object and a phrase in the tag
    ("If she becomes governor, Lee suggested in a tweet, farmers won't be punished for selling raw milk.",
     "suggested", "Lee", "If she becomes governor farmers won't be punished for selling raw milk"),
    ("And yet every Friday, from 8 a.m. to noon, the former executive told the paper, Lee would lead a "
     "committee meeting.", "told", "the former executive",
     "And yet every Friday, from 8 a.m. to noon Lee would lead a committee meeting"),
])
def test_tag_hung_on_the_clause_after_it(extract, by_cue, text, cue, claimant, content):
    c = by_cue(extract(text), cue)
    assert (c.claimant, c.content) == (claimant, content)


def test_aside_hung_on_an_auxiliary_keeps_its_verb(extract, by_cue):
    c = by_cue(extract("Even then, he said, he’s learned enough about the senator that he’s fairly sure he "
                       "can’t support her."), "said")
    assert c.content.startswith("Even then he’s learned enough about the senator")


def test_a_clause_before_another_cue_is_no_aside(extract):
    # near miss: "Y, the Post reported" with a cue inside Y is the Post's report, not an aside
    claims = extract("In Dover, organizers added 40 guards along the route, up from 20 last year, the "
                     "Gazette reported.")
    assert [c.cue for c in claims] == ["reported"]
    assert claims[0].content.startswith("In Dover, organizers added 40 guards")


@pytest.mark.parametrize("text", [
    # a participle between commas is no speaker's tag
    "With each vote, aides having admitted, it gets harder.",
])
def test_no_hung_aside(extract, text):
    assert [c.cue for c in extract(text)] == []


def test_a_quote_before_the_tag_keeps_the_aside(extract, by_cue):
    c = by_cue(extract("With each “passing” week, these donors acknowledge, it becomes harder to make the "
                       "case for him."), "acknowledge")
    assert c.claimant == "these donors" and c.content.endswith("it becomes harder to make the case for him")
