"""Mixed speech in a "that" clause under a verb no cue list knows, or in an infinitive under a verb
of wanting: the quoted words show the clause is somebody's statement. Sentences written for these
tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Mayor Tom Reyes protested that council members were being “dishonest” about the budget.",
     ("protested", "Mayor Tom Reyes", "council members were being “dishonest” about the budget")),
    ("The governor ordered that every agency share its records with “independent” auditors.",
     ("ordered", "The governor", "every agency share its records with “independent” auditors")),
    # an aim in quoted words, in an infinitive under a verb of wanting or expecting
    ("Mayor Tom Reyes expects to finish the year with a “healthy surplus” in the parks budget.",
     ("expects", "Mayor Tom Reyes", "to finish the year with a “healthy surplus” in the parks budget")),
    ("The tenants' union does not want to negotiate with “that landlord” again.",
     ("want", "The tenants' union", "to negotiate with “that landlord” again")),
])
def test_a_clause_with_quoted_words_is_mixed_speech(extract, by_cue, text, expected):
    c = by_cue(extract(text), expected[0])
    assert (c.claimant, c.content, c.quote_type) == (expected[1], expected[2], "mixed")


def test_the_clause_ends_before_another_act_after_the_quote(extract, by_cue):
    # the "as" clause is the council's demand, a claim of its own: not part of what Reyes said
    text = ("Mayor Tom Reyes protested that the audit was “a partisan hit job,” as council members "
            "demanded a new vote.")
    claims = extract(text)
    assert by_cue(claims, "protested").content == "the audit was “a partisan hit job,”"
    assert by_cue(claims, "demanded").content == "a new vote"


def test_a_that_clause_under_no_speaker_stays_no_claim(extract):
    # scare quotes in a clause whose verb has no one to say it: nobody's words
    assert not extract("The delay meant that the “temporary” shelter stayed open all winter.")


def test_a_that_clause_read_as_a_relative_clause_after_a_time_or_place(extract, by_cue):
    # the parse hangs the clause on "forum" as a relative clause, though "that" is no argument
    # of "carry": the clause is what Lowe predicted
    text = ("Oregon Sen. Mary Lowe, a Democratic candidate for governor, predicted at the latest county "
            "forum that Democrats will carry \"every district\" if Ruiz drops out of the race.")
    c = by_cue(extract(text), "predicted")
    assert (c.claimant, c.quote_type) == ("Oregon Sen. Mary Lowe", "mixed")
    assert c.content == 'Democrats will carry "every district" if Ruiz drops out of the race'


def test_a_real_relative_clause_with_quoted_words_is_no_claim(extract):
    # "that" is the subject of "drew": a relative clause on "rally", not what Ruiz said
    assert not extract("Governor Ana Ruiz spoke at a rally that drew “thousands” of supporters to the waterfront.")


def test_a_that_clause_on_a_noun_its_owner_said(extract, by_cue):
    c = by_cue(extract("Coach Ruth Alder's motto that hard work \"always pays\" hangs in the locker room."), "motto")
    assert (c.content, c.quote_type) == ('hard work "always pays"', "mixed")
    assert c.claimant.startswith("Coach Ruth Alder")


def test_scare_quotes_under_a_verb_of_doing_with_an_infinitive_are_no_claim(extract):
    # "managed to" tells of a deed: the quotation marks are the writer's
    assert not extract("The city managed to “misplace” the permits for the new shelter.")
