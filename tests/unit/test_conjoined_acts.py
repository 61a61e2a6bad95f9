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
    # "has proposed X and signaled Y": the "has" is shared, the second verb tagged a simple past
    ("Mayor Ana Ruiz has proposed raising the tax on hotel rooms and signaled support for a toll on trucks.",
     "Mayor Ana Ruiz",
     [("proposed", "raising the tax on hotel rooms"), ("signaled", "support for a toll on trucks")]),
    # verbs of citing and mentioning name what the speaker put forward
    ("Senator Lee Park said he heard the mayor talk of cuts in the county and specifically mentioned a "
     "report from the state auditor.", "Senator Lee Park",
     [("said", "he heard the mayor talk of cuts in the county"), ("mentioned", "a report from the state auditor")]),
    ("Senator Lee Park called on voters to reject the plan after citing the cost of the new stadium.",
     "Senator Lee Park",
     [("called on", "voters to reject the plan"), ("citing", "the cost of the new stadium")]),
    # "pushed to Y": a proposal, as "proposed" before it
    ("The senator proposed that more troops be left in the region, and pushed to send aid to the rebels.",
     "The senator",
     [("proposed", "more troops be left in the region"), ("pushed", "to send aid to the rebels")]),
    # an attempt at saying is the speaker's act ("tried to make the case", "trying to explain")
    ("The two senators urged the rest of the party to rally around their campaigns and tried to make the case "
     "that the race was still young.", "The two senators",
     [("urged", "the rest of the party to rally around their campaigns"),
      ("tried", "to make the case that the race was still young")]),
    ("Governor Ana Ruiz said she was going to close the old mines, while trying to explain her plan to "
     "rebuild the region.", "Governor Ana Ruiz",
     [("said", "she was going to close the old mines"), ("trying", "to explain her plan to rebuild the region")]),
    ("Congressman Ray Dunn touted the new roads he has brought to the district while attempting to portray "
     "his rival as an outsider.", "Congressman Ray Dunn",
     [("touted", "the new roads he has brought to the district"),
      ("attempting", "to portray his rival as an outsider")]),
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
    # a past verb with an auxiliary of its own is the staff's deed, not a shared "has"
    ("Senator Lee Park said his aides had met the mayor and had defended the plan.",
     "his aides had met the mayor and had defended the plan"),
    # "pushed" a thing, a deed: the content may end there, but it is no claim
    ("The mayor said the bridge would reopen in May and pushed the cart to the curb.",
     "the bridge would reopen in May"),
    # an attempt at a deed is what was said ("the crews tried to fix the road")
    ("Mayor Tom Becker said the crews had worked all night and tried to fix the road.",
     "the crews had worked all night and tried to fix the road"),
])
def test_act_inside_the_content_stays_in_it(extract, text, content):
    assert [c.content for c in extract(text)] == [content]


@pytest.mark.parametrize("refusal", ["refuses", "declines"])
def test_refusal_after_the_content_ends_it_but_is_no_claim(extract, refusal):
    text = (f"Senator Lee Park continues to insist that he will fight on to the convention and {refusal} to "
            "answer questions about whether he will quit.")
    assert [(c.cue, c.content) for c in extract(text)] == [("insist", "he will fight on to the convention")]
