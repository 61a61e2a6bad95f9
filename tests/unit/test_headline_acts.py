"""Speech acts in a headline line (headline_acts.py). Headlines and bodies written for these
tests in the style of news."""

from __future__ import annotations

import pytest

BODY = "\n\nHARBOUR CITY - The council met on Tuesday to discuss the port budget for next year."


@pytest.mark.parametrize(("title", "content", "cue", "claimant"), [
    ("Mayor Moss Slams Port Board Over Ferry Fares", "Port Board Over Ferry Fares", "slams", "Mayor Moss"),
    ("Dockers Union Blasts Council For Pension Cuts After Vote", "Council For Pension Cuts", "blasts", "Dockers Union"),
    ("Tensions Rise As Tom Reyes Calls Harbour Plan Reckless;", "Harbour Plan Reckless", "calls", "Tom Reyes"),
    # a plain verb of saying; what is said runs on past a comma; a title-cased adverb is no part of the name
    ("Dockers Union Says Council, Port Board Pose Threat To Jobs", "Council, Port Board Pose Threat To Jobs",
     "says", "Dockers Union"),
    ("Mayor Moss Says No To Second Ferry Terminal", "No To Second Ferry Terminal", "says", "Mayor Moss"),
    ("Wow: Tom Reyes Just Said Something Odd About The Harbour Board", "Something Odd About The Harbour Board",
     "said", "Tom Reyes"),
    # verbs of hinting, championing and attacking that a headline uses for a stance
    ("Mayor Moss hints at ferry fare rise after port vote", "at ferry fare rise", "hints", "Mayor Moss"),
    ("Tom Reyes Champions Night Ferry Service", "Night Ferry Service", "champions", "Tom Reyes"),
    ("Dockers Union assails port board as strike looms", "port board", "assails", "Dockers Union"),
    ("Mayor Moss Swipes At Port Board Over Fees", "At Port Board Over Fees", "swipes", "Mayor Moss"),
])
def test_headline_act(extract, title, content, cue, claimant):
    got = [(c.content, c.cue, c.claimant) for c in extract(title + BODY) if c.start < len(title)]
    assert got == [(content, cue, claimant)]


@pytest.mark.parametrize("text", [
    "Port Attacks Test Harbour City's Defences" + BODY,  # a noun, no act: "attacks" is not read
    "Mayor Moss Slams Port Board Over Ferry Fares. The council met on Tuesday.",  # no title line
    "The old fort calls to mind a harbour long gone" + BODY,  # no name before the verb
    "Harbour Reports Show Ferry Losses Rising" + BODY,  # "reports" is a noun here: not read
    "If Mayor Moss Says It, Dockers Believe It" + BODY,  # a condition, no act
])
def test_no_headline_act(extract, text):
    assert [c for c in extract(text) if c.start < text.find("\n") or "\n" not in text] == []


@pytest.mark.parametrize(("title", "acts"), [
    # the speaker's second act after a comma or "and" is a claim of its own, not part of the first
    ("Mayor Moss Says Pirates Hacked Port Computers, Calls Board ‘Reckless’",
     [("Pirates Hacked Port Computers", "says"), ("Board ‘Reckless", "calls")]),
    ("Mayor Moss chides dockers and praises port board at harbour meeting",
     [("dockers", "chides"), ("port board at harbour meeting", "praises")]),
    ("Mayor Moss slams dockers union, praises port board for ferry deal",
     [("dockers union", "slams"), ("port board for ferry deal", "praises")]),
    # no verb of an act after the comma: what is said runs on
    ("Mayor Moss Says Ferry Fares Will Rise, Dockers Angry", [("Ferry Fares Will Rise, Dockers Angry", "says")]),
])
def test_second_headline_act(extract, title, acts):
    got = [(c.content, c.cue, c.claimant) for c in extract(title + BODY) if c.start < len(title)]
    assert got == [(content, cue, "Mayor Moss") for content, cue in acts]
