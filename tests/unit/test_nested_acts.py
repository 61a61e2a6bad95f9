"""Nested acts (nested_acts.py): a speech act whose content holds another speaker's act in an
aside is cut before the aside, both claims kept; the speaker's own aside is left as it was found.
Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

P = pytest.param

# (sentence, the outer act's cue, its content cut before the aside, the inner act's cue)
CUT_BEFORE_ASIDE = [
    P("Senator Ruth Kemper called on the governor to close the plant before winter -- a delay the mayor "
      "said is costing the town jobs.", "called on", "the governor to close the plant before winter", "said",
      id="a resumptive noun after a dash"),
    P("The auditor criticized the county's payroll system, which an outside review said was badly out of date.",
      "criticized", "the county's payroll system", "said", id="a relative clause on the object"),
    P("Dana Ortiz mocked the council's parking plan, a scheme that neighbors say will empty the main street.",
      "mocked", "the council's parking plan", "say", id="an apposition with its relative clause"),
    P("The union threatened to shut down the port for a week over a contract that workers say cuts their "
      "pensions.", "threatened", "to shut down the port for a week over a contract", "say",
      id="the aside closes an infinitive"),
]


@pytest.mark.parametrize(("text", "cue", "content", "inner"), CUT_BEFORE_ASIDE)
def test_outer_act_ends_before_another_speakers_aside(extract, text, cue, content, inner):
    claims = extract(text)
    assert [c.content for c in claims if c.cue == cue] == [content]
    assert [c.cue for c in claims if c.cue == inner] == [inner]


@pytest.mark.parametrize("text", [
    "Mayor Tom Reed blasted the new zoning map, which he said would push families out of the valley.",
    "Governor Ann Price urged lawmakers to pass the water bill, which she said would save farms across the state.",
])
def test_speakers_own_aside_is_not_cut_off(extract, text):
    # the speaker's own act in the aside stays the one claim
    assert [c.cue for c in extract(text)] == ["said"]


def test_act_with_no_subject_of_its_own_is_the_speakers(extract):
    # an infinitive of purpose speaks for the subject: "recalled" is not cut before it
    text = ("State Rep. Ann Cole recalled what happened in 2008 to point out that the governor's lead in the "
            "polls could erode.")
    assert [c.cue for c in extract(text)] == ["point out"]


# (sentence, the cue no claim may have): the aside does not close the content, or too little is left
NOT_CUT = [
    P("Residents asked whether the toll plan, which the mayor said was fair, would survive the council vote.",
      "asked", id="the aside sits inside the question: cutting would leave half a clause"),
    P("The letter cited a report that the auditor said was flawed.", "cited", id="a bare noun is no content"),
    P("The manager echoed the concerns of nurses on the night shift, who say the ward is understaffed.", "echoed",
      id="the aside's speaker is the object itself: what they say is what is echoed"),
]


@pytest.mark.parametrize(("text", "cue"), NOT_CUT)
def test_no_outer_act_when_the_cut_leaves_no_content(extract, text, cue):
    claims = extract(text)
    assert cue not in [c.cue for c in claims]
    assert len(claims) == 1
