"""Speech whose content is not the cue's complement (elided_speech.py) and a cue hung on an
adjective ("more likely to say"): sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

# The one claim each sentence makes: sentence | content | cue | claimant.
ONE_CLAIM = [tuple(x.strip() for x in row.split("|")) for row in """
As the Gazette first reported, the ferry company plans to sell its two oldest boats. | the ferry company plans to sell its two oldest boats | reported | the Gazette
The ferry company will sell its two oldest boats, as the Harbour Gazette noted on Monday. | The ferry company will sell its two oldest boats | noted | the Harbour Gazette
And, as Mayor Lena Brandt told the council, the pier will stay closed until the spring. | the pier will stay closed until the spring | told | Mayor Lena Brandt
In the new survey, 64 percent of fishermen said yes. | yes | said | 64 percent of fishermen
Two in three now trust the mayor, up from December, when half said so. | so | said | half
Most residents trust the harbour board, and a third said the same of the council. | the same of the council | said | a third
Most fishermen trust the harbour board, while only a third said the same of the council. | the same of the council | said | only a third
A dozen councillors have said the same thing about the ferry. | the same thing about the ferry | said | A dozen councillors
The harbour master thinks so too. | so | thinks | The harbour master
Lena Brandt said as much in an interview on Monday. | as much | said | Lena Brandt
Fishermen were more likely to say the new timetable hurt their trade. | the new timetable hurt their trade | say | Fishermen
The ferry company reported spending $2 million on repairs to the pier last year. | spending $2 million on repairs to the pier last year | reported | The ferry company
Tom Reyes said seeing so many boats back in the harbour was a relief. | seeing so many boats back in the harbour was a relief | said | Tom Reyes
However, as the Gazette has reported, cases that have led to charges involved circumstances that were not present here. | cases that have led to charges involved circumstances that were not present here | reported | the Gazette
As one harbour pilot put it, the ferry company is offering fishermen “a deal they cannot refuse.” | the ferry company is offering fishermen “a deal they cannot refuse.” | put it | one harbour pilot
""".strip().splitlines()]

# near misses: no claim at all
NO_CLAIM = [
    "As Tom Reyes said goodbye, the ferry left the harbour.",  # a time, not a source
    "As the pilot put it in the hold, the ferry left the harbour.",  # "put it" with a place: no words
    "Mayor opens ferry terminal as fishermen warn of cuts",  # (not "defends ferry plan": a defence, defences.py)
    "Lena Brandt said no to the plan for a second pier.",  # a refusal, not an answer
    "If you say so, the ferry will leave at noon.",  # a condition
    "The harbour master thinks yes.",  # a belief takes only "so"
    "Tom Reyes said that at the meeting.",  # a pointer back, not an answer
    "The fishermen kept saying goodbye to the old ferry.",
    "As the Gazette reported last week, more trouble for the harbour board.",  # a headline-like fragment
    "If the council says the same of the pier, the ferry will stay.",  # a condition
]


@pytest.mark.parametrize("text, content, cue, claimant", ONE_CLAIM)
def test_elided_speech_makes_one_claim(extract, text, content, cue, claimant):
    claims = extract(text)
    assert len(claims) == 1, [(c.cue, c.content) for c in claims]
    c = claims[0]
    assert (c.content, c.cue, c.claimant) == (content, cue, claimant)


@pytest.mark.parametrize("text", NO_CLAIM)
def test_near_miss_makes_no_claim(extract, text):
    assert extract(text) == [], [(c.cue, c.content) for c in extract(text)]


def test_aside_after_a_quotation_is_left_to_quoted_speech(extract):
    claims = extract("The vote is “a dead heat right now,” as Tom Reyes said on the radio, which "
                     "only raises the stakes.")
    assert all(c.content != "only raises the stakes" for c in claims)


def test_told_with_no_teller_is_a_report(extract):
    c = extract("The harbour staff were told that the office would close in May.")
    assert [(x.content, x.cue, x.claimant, x.quote_type) for x in c] == [
        ("the office would close in May", "told", None, "reported")]


def test_told_whether_is_no_report(extract):
    assert extract("The harbour staff were told whether the office would close in May.") == []


def test_aside_after_a_quotation_in_the_paragraph_before_is_read(extract):
    # the closing quote of the paragraph before is not next to this aside: it is no quotation of hers
    claims = extract("The mayor called the pier “a disgrace.”\n\nAs the Gazette noted, the ferry company "
                     "plans to sell its two oldest boats.")
    assert ("the ferry company plans to sell its two oldest boats", "noted", "the Gazette") in [
        (c.content, c.cue, c.claimant) for c in claims]
