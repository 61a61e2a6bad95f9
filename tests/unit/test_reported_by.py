"""Reported by (reported_by.py): a tag after the whole statement ("according to the Gazette",
"the Gazette reported", "the source added") names who passes the statement on: the claimant."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "cue", "claimant"), [
    # "according to" hung on the speech tag, after the quote
    ("“We will not close the harbour this winter,” Mayor Ines Halloran said, according to the Island "
     "Gazette.", "said", "the Island Gazette"),
    ("“The levy has doubled in a year,” Tomas Lind told the council, according to minutes of the meeting.",
     "told", "minutes of the meeting"),
    # a bare tag closing the sentence: its subject, also inverted
    ("“We have no plans to sell the pier,” said Ada Brandt, the board's chairwoman, reports the Coastal "
     "Herald.", "said", "the Coastal Herald"),
    ("The mayor had told the board that she did not want the new pier, but the council overruled her, "
     "the source added.", "told", "the source"),
    ("“The ferry is late again,” Lind said, a harbour official wrote.", "said", "a harbour official"),
])
def test_the_reporter_after_the_statement_claims_it(extract, by_cue, text, cue, claimant):
    assert by_cue(extract(text), cue).claimant == claimant


@pytest.mark.parametrize(("text", "cue", "claimant"), [
    # "according to" inside what is said is part of it
    ("“The levy, according to our own figures, has doubled,” Halloran said.", "said", "Halloran"),
    # a pronoun names no new reporter
    ("“I am not running again,” Halloran said, according to him.", "said", "Halloran"),
    # a participle, a clause of its own after a semicolon, a verb with its own object, a time: no tags
    ("“I am not running again,” Halloran said, referring to the board election.", "said", "Halloran"),
    ("Tomas Lind said the levy had doubled; 40 percent said they would leave the island.", "said",
     "Tomas Lind"),
    ("“The ferry is late again,” Lind said, Halloran wrote a letter.", "said", "Lind"),
    ("“The ferry is late again,” Lind said at the time.", "said", "Lind"),
])
def test_no_reporter_where_the_tail_is_no_bare_tag(extract, by_cue, text, cue, claimant):
    claims = [c for c in extract(text) if c.cue == cue]
    assert claims[0].claimant == claimant
