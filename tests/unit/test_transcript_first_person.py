"""A claim found first inside a colon line ("Okafor: I Still Believe Y", "REYES: Well, I think Y")
speaks for the name before the colon: its "I" or "we" takes that name's entity (transcripts.py).
Left alone: an "I" in a line with no name ("A: I think Y"), "you" in a question, a first person
outside any colon line."""

from __future__ import annotations


def _by_content(claims, opening: str):
    return next(c for c in claims if c.content.startswith(opening))


def test_first_person_claim_in_a_colon_headline(extract):
    text = ("Okafor: I Still Believe The Harbour Plan Will Fail\n\n"
            "Senator Tom Okafor spoke to reporters on Monday about the harbour plan.")
    c = _by_content(extract(text), "The Harbour Plan")
    assert c.claimant == "I"
    assert c.claimant_entity is not None and "Okafor" in c.claimant_entity


def test_first_person_claim_in_a_transcript_line(extract):
    text = ("Governor Tom Reyes spoke to reporters on Monday.\n\n"
            "REYES: Well, I think the port needs a new board, and we will vote on it soon.")
    c = _by_content(extract(text), "the port needs")
    assert c.claimant_entity is not None and "Reyes" in c.claimant_entity


def test_an_answer_line_and_a_question_keep_their_pronouns(extract):
    text = ("Governor Tom Reyes spoke on Monday.\n\n"
            "Q: Do you think the port needs a new board?\n\n"
            "A: I think the port needs a new board very soon.")
    claims = extract(text)
    assert all(c.claimant_entity is None for c in claims if c.claimant in ("I", "you")), \
        [(c.claimant, c.claimant_entity, c.content) for c in claims]


def test_first_person_outside_a_colon_line_stays_unresolved(extract):
    text = ("Governor Tom Reyes spoke on Monday.\n\n"
            "I think the port needs a new board, and the vote should come soon.")
    c = _by_content(extract(text), "the port needs")
    assert c.claimant == "I" and c.claimant_entity is None
