"""Speech acts beyond the plain verbs of saying (speech_acts.py and its helpers): sentences
written for these tests in the style of news."""

from __future__ import annotations


def one(claims):
    assert len(claims) == 1, [c.content for c in claims]
    return claims[0]


def test_called_for_with_a_subject_and_an_infinitive(extract):
    # the parse makes "for the council to ..." a clause of its own
    c = one(extract("Mayor Lena Brandt called for the council to reopen the fish market."))
    assert (c.content, c.cue, c.kind) == ("the council to reopen the fish market", "called for", "proposal")
    c = one(extract("Tom Reyes called again for the harbour board to resign over the survey."))
    assert c.kind == "proposal" and c.content.startswith("the harbour board to resign")
    # a purpose clause after a phone call's object is no proposal
    assert extract("Lena Brandt called her lawyer on Monday for the papers to be signed.") == []
