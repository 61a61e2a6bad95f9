"""Dashed asides (dashed_asides.py): a verb after an aside set off by dashes goes on with the
clause before the aside, whose subject speaks, even where the parse hung it inside the aside."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "cue", "claimant"), [
    # the parse hangs the participle on the aside's verb: the aside's subject is no speaker
    ("Dozens of farmers continued to call for answers about the closing of the grain depot, circling "
     "the square around City Hall - where the Lowland Grangers held their rally - while chanting, "
     "\"Save our farms.\"", "chanting", "Dozens of farmers"),
    ("The mayor held up the letter — which read “Keep the pier open” — and waved it at the crowd, "
     "shouting “thank you” toward the harbour.", "shouting", "The mayor"),
    ("Mr. Holt hardly answered the charge, dismissing the mayor's letter first as a joke -- ''That "
     "proves my point'' -- and, when questioned by reporters later, insisting, ''Of course, I followed "
     "the rules.''", "insisting", "Mr. Holt"),
    # near misses
    # the clause before the aside is itself a content: its sayer speaks, not the content's subject
    ("Ms. Varga said Mr. Bell had begun phoning board members - there are three from each of the "
     "county's five wards, plus two at large - but said the final vote was still open.", "said",
     "Ms. Varga"),
    # a hyphen inside a name is no dash
    ("Ms. Lowe -- whose firm drafted the Smith-Jones Act in 1999 -- has publicly criticized the return "
     "of the tariff, suggesting that efforts to revive it are misguided.", "suggesting", "Ms. Lowe"),
])
def test_who_speaks_after_a_dashed_aside(extract, text, cue, claimant):
    found = [c for c in extract(text) if c.cue == cue]
    assert found and all(c.claimant == claimant for c in found), [(c.cue, c.claimant) for c in found]


def test_a_quoted_aside_as_the_root_leaves_the_speaker_before_it(extract):
    """ "treating it as a compliment -- ''That makes me smart'' -- and asserting Y": the parse
    made the quoted aside the root and "That" the subject; the man before it speaks."""
    text = ("Mr. Holt hardly clarified the matter, treating the mayor's remark first as a compliment -- "
            "''That makes me smart'' -- and, when questioned after the debate, asserting, ''Of course, I "
            "pay my taxes.''")
    found = [c for c in extract(text) if c.cue == "asserting"]
    assert found and all(c.claimant == "Mr. Holt" for c in found), [(c.cue, c.claimant) for c in found]
