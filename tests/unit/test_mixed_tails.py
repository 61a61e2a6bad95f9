"""Where a mixed content ends: on past its closing quote through a clause of reason, condition or
comparison that the parse hung on the cue verb. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, cue, content", [
    ("Mayor Tom Reyes told reporters that the delay was “a minor hiccup,” compared to what the last "
     "council did.", "told", "the delay was “a minor hiccup,” compared to what the last council did"),
    ("Senator Ruth Alder mocked the mayor for “ducking the press” because he skipped the hearing.",
     "mocked", "the mayor for “ducking the press” because he skipped the hearing"),
])
def test_a_clause_of_reason_or_comparison_after_the_quote_is_part_of_the_content(extract, by_cue, text, cue, content):
    c = by_cue(extract(text), cue)
    assert c.quote_type == "mixed" and c.content == content


def test_a_clause_of_time_after_the_quote_is_not(extract):
    # "while" sets the rival's words beside hers: they are his claim, not part of hers
    claims = extract("Governor Ana Ruiz said the budget was “balanced,” while her rival said it was not.")
    assert [c.content for c in claims if c.claimant == "Governor Ana Ruiz"] == ["the budget was “balanced,”"]



def test_a_clause_with_a_cue_of_its_own_after_the_quote_is_not(extract):
    # "though she noted ..." is a second claim: the first stops at its quote, and both are kept
    text = ("Governor Ana Ruiz said she backs the levy because it is “a fair deal for renters,” though she "
            "noted that she had not read the final bill.")
    contents = {c.cue: c.content for c in extract(text)}
    assert contents == {"said": "she backs the levy because it is “a fair deal for renters,”",
                        "noted": "she had not read the final bill"}
