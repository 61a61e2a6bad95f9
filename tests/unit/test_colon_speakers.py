"""The speaker of a quote after a colon is the named subject of the clause the colon closes
(colon_speakers.py), not a cue's subject in a clause before it, nor nobody when its verb is no cue.
Left alone: a verb with a subject of its own right before the colon ("as the heckler yelled:")."""

from __future__ import annotations


def _quoted(claims, opening: str):
    found = [c for c in claims if c.content.lstrip("“\"").startswith(opening)]
    assert len(found) == 1, [(c.cue, c.claimant, c.content) for c in claims]
    return found[0]


def test_subject_of_the_colon_clause_over_an_earlier_cue(extract):
    text = ("If the harbour rule has never been tested in court, Senator Okafor said, there is a simple reason: "
            "“No governor has ever been as careless with this port.”")
    c = _quoted(extract(text), "No governor")
    assert "Okafor" in (c.claimant or "")


def test_subject_of_a_colon_clause_with_no_cue(extract):
    text = ("The port authority met on Monday. Governor Tom Reyes has since apologized for what happened: "
            "“I should have told the fishermen first. Not doing so was a mistake.”")
    c = _quoted(extract(text), "I should have told")
    assert "Reyes" in (c.claimant or "")


def test_a_verb_with_its_own_subject_before_the_colon_speaks(extract):
    text = ("“There seems to be a young man with some problems,” Reyes said as the heckler yelled: "
            "“Go home!”")
    c = _quoted(extract(text), "Go home")
    assert "Reyes" not in (c.claimant or "")
