""""According to" with a source noun that is an idiom when bare ("went according to plan") but
names a source when it is modified ("according to state law", "according to her plan"):
cue_patterns.py's according_to. Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

SOURCED = [  # (sentence, claimant, content)
    ("According to state law, no one may carry a sign within 100 feet of a polling place.", "state law",
     "no one may carry a sign within 100 feet of a polling place"),
    ("According to the county's new plan, buses will run every ten minutes.", "the county's new plan",
     "buses will run every ten minutes"),
]


@pytest.mark.parametrize("text,claimant,content", SOURCED)
def test_modified_source(extract, by_cue, text, claimant, content):
    c = by_cue(extract(text), "according to")
    assert (c.claimant, c.content) == (claimant, content)


@pytest.mark.parametrize("text", [
    "The launch went according to plan on Tuesday.",
    "Everything went according to schedule, officials said.",
])
def test_bare_idiom_is_no_source(extract, text):
    assert not [c for c in extract(text) if c.cue == "according to"]
