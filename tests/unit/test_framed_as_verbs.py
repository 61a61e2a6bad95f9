"""Framings with no quote (framed_as_verbs.py): "cast the vote as a test of trust", "portrayed
the levy as a tax on the poor", "framed the bill as a jobs plan". Sentences written for these
tests in the style of news."""

from __future__ import annotations

import pytest

# (sentence, content, cue, claimant) of its one claim
FRAMINGS = [
    ("Mayor Ada Moss cast the ferry vote as a test of public trust.",
     "the ferry vote as a test of public trust", "cast", "Mayor Ada Moss"),
    ("Senator Ruth Okafor portrayed the harbour levy as a tax on the poor.",
     "the harbour levy as a tax on the poor", "portrayed", "Senator Ruth Okafor"),
    ("The dockers' union framed the port bill as a plan to cut jobs.",
     "the port bill as a plan to cut jobs", "framed", "The dockers' union"),
    # a person framed, the speaker too
    ("Governor Ben Ortiz has cast himself as a friend of the night crews.",
     "himself as a friend of the night crews", "cast", "Governor Ben Ortiz"),
    # a characterization, a view held of a person or thing
    ("Councillor Dan Pruitt characterized the ferry deal as a win for commuters.",
     "the ferry deal as a win for commuters", "characterized", "Councillor Dan Pruitt"),
    ("Many harbour voters view Mayor Ada Moss as too close to the shipping firms.",
     "Mayor Ada Moss as too close to the shipping firms", "view", "Many harbour voters"),
    ("Councillor Ben Ortiz regards the old pier as the town's most valuable asset.",
     "the old pier as the town's most valuable asset", "regards", "Councillor Ben Ortiz"),
    ("Many harbour voters see Mayor Ada Moss as too close to the shipping firms.",
     "Mayor Ada Moss as too close to the shipping firms", "see", "Many harbour voters"),
    ("Dock workers have long seen the levy as a threat to their jobs.",
     "the levy as a threat to their jobs", "seen", "Dock workers"),
    # an attack, a pitch, a naming with an "as" phrase
    ("Councillor Dan Pruitt knocked the ferry budget as a giveaway to the operators.",
     "the ferry budget as a giveaway to the operators", "knocked", "Councillor Dan Pruitt"),
    ("Mayor Ada Moss pitched the harbour levy as a way to fund the new pier.",
     "the harbour levy as a way to fund the new pier", "pitched", "Mayor Ada Moss"),
    ("Mayor Ada Moss named the ferry levy as her top concern.",
     "the ferry levy as her top concern", "named", "Mayor Ada Moss"),
    ("Senator Ruth Okafor pointed to the ferry strike as proof that the plan had failed.",
     "the ferry strike as proof that the plan had failed", "pointed", "Senator Ruth Okafor"),
    # every pair framed, to the last
    ("Councillor Dan Pruitt cast himself as a reformer and his rival as a friend of the old guard.",
     "himself as a reformer and his rival as a friend of the old guard", "cast", "Councillor Dan Pruitt"),
]

NOT_FRAMINGS = [
    # a named role: a film's casting
    "The studio cast Dan Pruitt as Hamlet in the new film.",
    # no "as": votes cast for somebody
    "The harbour wards cast their votes for Councillor Ben Ortiz.",
    # negated, passive
    "Mayor Ada Moss never portrayed the harbour levy as a tax on the poor.",
    "The harbour levy was portrayed as a tax on the poor.",
    # a thing's pronoun: what it is, the sentence before says
    "Governor Ben Ortiz cast them as signs of a weak economy.",
    # the verb is already a quote's cue: the framing is that claim's
    "Mayor Ada Moss portrayed her rival as weak because he had missed “every single vote” on the levy.",
    # a past "saw X as Y": the writer's account of a motive
    "The mayor's aides saw the ferry strike as a chance to push the levy through.",
    # "pointed to" with no "as" phrase
    "Senator Ruth Okafor pointed to the ferry strike.",
    # an appointment, not a claim
    "Mayor Ada Moss named Ben Ortiz as her deputy.",
    # no speaker for subject
    "The new ferry schedule frames the harbour as a place to work.",
    "The old survey regards the pier as a hazard.",
]


@pytest.mark.parametrize("text, content, cue, claimant", FRAMINGS)
def test_framing_is_a_claim(extract, text, content, cue, claimant):
    """The object through its "as" phrase is the content, the subject its claimant."""
    got = [(c.content, c.cue, c.claimant, c.quote_type) for c in extract(text)]
    assert got == [(content, cue, claimant, "indirect")]


@pytest.mark.parametrize("text", NOT_FRAMINGS)
def test_no_framing_claim(extract, text):
    assert [c.content for c in extract(text) if not any(q in c.content for q in "“\"")] == []


@pytest.mark.parametrize(("text", "content"), [
    # a phrase or clause on the verb right after the "as" phrase goes with it
    ("Mayor Ada Moss cast her rival as weak on the ferry budget.", "her rival as weak on the ferry budget"),
    # ... not the occasion, the audience or a clause with its own conjunction
    ("Mayor Ada Moss cast herself as a champion of the poor during a speech in Dover.",
     "herself as a champion of the poor"),
    ("Mayor Ada Moss cast herself as a champion of the poor while campaigning in Dover.",
     "herself as a champion of the poor"),
])
def test_framing_runs_through_its_own_phrase_only(extract, text, content):
    assert [c.content for c in extract(text)] == [content]
