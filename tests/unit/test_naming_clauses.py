"""Naming clauses (naming_clauses.py): "it" or "they" in "what it called Y" stands for the
subject of the clause around it when the pronoun agrees with it, not for the last name before."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "claimant"), [
    ("Mayor Ines Halloran spoke first. The harbour council on Monday condemned the new quotas and vowed "
     "to fight what it called “a death sentence for the fleet.”", "The harbour council"),
    # "they" for a body of people
    ("Mayor Ines Halloran spoke first. The Lind campaign is trying to contrast her record with what they "
     "call the mayor's “empty promises.”", "The Lind campaign"),
    # near miss: "they" is no single person; the fishermen named before call it so
    ("The fishermen marched on Monday. Mayor Ines Halloran dismissed what they called “a harbour tax” in "
     "her speech.", "The fishermen"),
])
def test_the_pronoun_of_a_naming_clause(extract, text, claimant):
    named = [c for c in extract(text) if c.cue in ("called", "call")]
    assert [c.claimant for c in named] == [claimant]
