"""A credit line closing a quote's sentence names its source (reporter_credits.py): "“Y,” said
Roe, reports USA Today." is the outlet's report. Left alone: a credit that is no name."""

from __future__ import annotations

_QUOTE = ("“This plan just tells our members they are no longer welcome,” said Jane Roe, director of "
          "Farmers for Fairness, ")


def test_credit_line_after_the_tag(extract):
    text = _QUOTE + "reports USA Today. “This has been the message our members hear everywhere.”"
    c = next(c for c in extract(text) if "no longer welcome" in c.content)
    assert c.claimant_entity == "USA Today"


def test_credit_line_after_mixed_speech(extract):
    text = ("The union's president Ana Ruiz noted that pensions – what her union calls “deferred wages” – are "
            "“central” to the new contract for the first time, reported the Boston Globe.")
    c = next(c for c in extract(text) if "pensions" in c.content)
    assert "Boston Globe" in (c.claimant_entity or "")


def test_a_credit_that_is_no_name_leaves_the_speaker(extract):
    c = next(c for c in extract(_QUOTE + "reported a local paper.") if "no longer welcome" in c.content)
    assert "Roe" in (c.claimant or "")
