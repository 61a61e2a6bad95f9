"""An "according to X" inside what a named speaker says is the speaker's source: the speaker's
claim stands, not X's over the whole sentence (nested_according.py). "According to X" after the
statement, or closing a quote's tag, is still X's."""

from __future__ import annotations


def _one(claims, cue: str):
    found = [c for c in claims if c.cue == cue]
    assert len(found) == 1, [(c.cue, c.claimant, c.content) for c in claims]
    return found[0]


def test_a_that_clause_opening_on_the_phrase_is_the_reporters(extract):
    claims = extract("The Ledger reported that, according to a review of the port's records, 40 of the 90 "
                     "contracts went to donors.")
    c = _one(claims, "reported")
    assert c.claimant == "The Ledger"
    assert "40 of the 90 contracts went to donors" in c.content
    assert not [x for x in claims if x.cue == "according to"]


def test_a_time_between_the_cue_and_the_phrase(extract):
    claims = extract("Mayor Reyes said on Monday that according to the city's own count, the shelter has "
                     "turned away 300 families.")
    c = _one(claims, "said")
    assert "Reyes" in (c.claimant or "")
    assert "turned away 300 families" in c.content


def test_a_cue_the_parse_hung_on_the_clause_becomes_the_claim(extract):
    claims = extract("The Herald reported, according to people at the meeting, Reyes tried to calm the "
                     "council by promising a new audit.")
    c = _one(claims, "reported")
    assert "Herald" in (c.claimant or "")
    assert c.content.startswith("Reyes tried to calm")


def test_the_phrase_after_the_statement_stays_the_reporters(extract):
    c = _one(extract("Reyes said the levy would raise $4 million, according to the Herald."), "according to")
    assert "Herald" in (c.claimant or "")


def test_a_cue_with_its_object_before_the_phrase_is_left(extract):
    c = _one(extract("Some 40 percent of voters view the mayor unfavorably, according to a Herald poll, up "
                     "from 30 percent."), "according to")
    assert "poll" in (c.claimant or "")


def test_a_quote_tag_before_the_phrase_is_left(extract):
    claims = extract("“We will not back down,” Reyes said, according to the Herald. “Never.”")
    assert any("Herald" in (c.claimant or "") for c in claims), [(c.cue, c.claimant) for c in claims]


def test_a_negated_cue_makes_no_claim_of_the_speaker(extract):
    claims = extract("Reyes did not say that, according to the audit, the fund was empty.")
    assert not [c for c in claims if c.cue == "say"], [(c.cue, c.claimant) for c in claims]
