"""An infinitive of saying the parse hung on a noun (noun_infinitives.py): "pointed to an
earlier ruling to say Y", "has a rare chance to show Y". The speaker is the subject of the verb
the noun hangs on. Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

# (sentence, its claims as (content, cue, claimant)): the speaker's claim, or none
CASES = [
    ("The judge pointed to an earlier ruling to say that the harbour board must publish its accounts.",
     [("the harbour board must publish its accounts", "say", "The judge")]),
    ("Governor Ben Ortiz has a rare chance to show that he can pass a budget on time.",
     [("he can pass a budget on time", "show", "Governor Ben Ortiz")]),
    # the one given the chance speaks, not the giver
    ("The mayor gave her rival a chance to say that the ferry was safe.", []),
    ("The mayor offered the dockers a chance to show that the crane works.", []),
    # no speaker: "it", a thing
    ("It is a good way to say that the ferry is late.", []),
    ("The new schedule is a way to show that the ferry can run on time.", []),
    ("There is no evidence to suggest that the ferry was late.", []),
    # a question, not a statement
    ("The council has a duty to say whether the ferry is safe.", []),
    # no clause: nothing said
    ("Mayor Ada Moss went out of her way to say thanks to the night crews.", []),
]


@pytest.mark.parametrize("text, claims", CASES)
def test_noun_infinitive_speaker(extract, text, claims):
    """The infinitive's clause is the content and the governing verb's subject its claimant;
    a giver, a thing or "it" for subject, a question or no clause give no claim."""
    assert [(c.content, c.cue, c.claimant) for c in extract(text)] == claims
