"""Nearest clauses (nearest_clauses.py): a participle after a comma goes with the clause that
ends right before the comma when that clause says something or sets a scene of its own; its
subject speaks, not the main verb's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "cue", "claimant"), [
    # a relative clause of saying
    ("The mayor raised the ferry fare to $4, which the dock union called “a scandal,” blaming the "
     "harbour board for the deficit.", "blaming", "the dock union"),
    ("The councillor complained that the harbour vote had been rigged, a charge that county officials "
     "firmly denied, noting that the count had been public.", "noting", "county officials"),
    # a relative clause setting the scene
    ("The parade ended at the old market, where about 200 fishermen had gathered since dawn, chanting "
     "“no quota, no vote.”", "chanting", "about 200 fishermen"),
    # near misses: the main subject keeps its participle
    # a relative pronoun's antecedent is what the speaker talks about
    ("The mayor vetoed the bill that allows night fishing, arguing that it would hurt the harbour.",
     "arguing", "The mayor"),
    # a main subject that speaks keeps a participle after a "when"/"after" clause
    ("Dock workers sued the county after the council closed the pier, saying that the closure broke "
     "their contract.", "saying", "Dock workers"),
    # a relative clause about a thing, neither saying nor a scene
    ("She brought a few local touches that the fishermen might enjoy, saying that the harbour was her "
     "home.", "saying", "She"),
    # a clause in an aside
    ("The doctors sent a letter to the dean of the college (where Lind teaches surgery), saying that his "
     "research was flawed.", "saying", "The doctors"),
])
def test_who_speaks_in_a_trailing_participle(extract, by_cue, text, cue, claimant):
    participle = by_cue(extract(text), cue)
    assert (participle.claimant, participle.quote_type != "reported") == (claimant, True)
