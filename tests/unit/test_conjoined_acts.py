"""The speaker's next act run on from a content (conjoined_acts.py): "has said Y and has
expressed support for Z" is two claims by one speaker. Sentences written for these tests in the
style of news."""

from __future__ import annotations

import pytest

# (sentence, speaker, [(cue, content)] of the speaker's claims)
NEXT_ACTS = [
    ("Governor Ana Ruiz has said she wants to build a new bridge over the river and has expressed "
     "support for a toll on trucks.", "Governor Ana Ruiz",
     [("said", "she wants to build a new bridge over the river"), ("expressed", "support for a toll on trucks")]),
    ("Senator Lee Park complained that the budget office had ignored him and questioned why the report was late.", "Senator Lee Park",
     [("complained", "the budget office had ignored him"), ("questioned", "why the report was late")]),
    ("The union leader groused that the company never listens before floating the idea that workers "
     "should own the plant.", "The union leader",
     [("groused", "the company never listens"), ("floating", "the idea that workers should own the plant")]),
]


@pytest.mark.parametrize(("text", "speaker", "claims"), NEXT_ACTS)
def test_next_act_of_the_speaker_is_its_own_claim(extract, text, speaker, claims):
    assert [(c.cue, c.content, c.claimant) for c in extract(text)] == [(cue, content, speaker) for cue, content in claims]


@pytest.mark.parametrize(("text", "content"), [
    # a deed joined to the content is what was said, not the speaker's act
    ("Governor Ana Ruiz said the storm had damaged the harbour and closed the coastal road.",
     "the storm had damaged the harbour and closed the coastal road"),
    # a bare verb joined under "to" belongs to what was asked
    ("Mayor Tom Becker said the council had asked residents to stay home and avoid the flooded streets.",
     "the council had asked residents to stay home and avoid the flooded streets"),
    # a verb of saying in another form than the cue's: what the staff did, as she said
    ("Senator Lee Park said her staff had warned the mayor and had criticized the plan.",
     "her staff had warned the mayor and had criticized the plan"),
])
def test_act_inside_the_content_stays_in_it(extract, text, content):
    assert [c.content for c in extract(text)] == [content]
