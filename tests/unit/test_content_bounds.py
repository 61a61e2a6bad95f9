"""Where an indirect content ends (content_trim.py): sentences written for these tests in the
style of news."""

from __future__ import annotations

import pytest

# sentence | cue | content
CONTENT = [tuple(x.strip() for x in row.split("|")) for row in """
The ferry company denies the crossing was unsafe and goes to great lengths to suppress reports of the leak. | denies | the crossing was unsafe
Lena Brandt said the harbour is losing money and needs a buyer. | said | the harbour is losing money and needs a buyer
Tom Reyes said he supports the new budget, which includes money for the pier. | said | he supports the new budget, which includes money for the pier
Mayor Ann Doyle said she backs the harbour levy, which she called “a lifeline for the fishing fleet.” | said | she backs the harbour levy
The union leader said the board had ignored the safety report, which he described as “damning.” | said | the board had ignored the safety report
Mayor Ann Doyle defended the levy on Monday, saying the plan had the right safeguards but was derailed by voter distrust - and arguing that she and Reyes held almost the same views. | saying | the plan had the right safeguards but was derailed by voter distrust
Mayor Ann Doyle defended the levy on Monday, saying the plan had the right safeguards but was derailed by voter distrust and rising costs. | saying | the plan had the right safeguards but was derailed by voter distrust and rising costs
The official said the problem was not the fee; the problem was that the forms were hard to find. | said | the problem was not the fee; the problem was that the forms were hard to find
Reyes says the ferry has drawn anger from all sides: the mayor, in 2019, questioned its safety record. | says | the ferry has drawn anger from all sides
The harbour study estimates the levy would raise 2 million pounds; the port authority puts the figure at 1 million pounds. | estimates | the levy would raise 2 million pounds
The port authority admitted it made a mistake when a local engineer reported cracks in the pier. | admitted | it made a mistake
The port authority admitted it made a mistake when it reported the cracks too late. | admitted | it made a mistake when it reported the cracks too late
Mayor Ann Doyle said she backs the harbour levy, which the council passed in May. | said | she backs the harbour levy, which the council passed in May
The official said the council had hired Ann Doyle, who ran the port in Hull for a decade. | said | the council had hired Ann Doyle
Tom Reyes said the ferry that leaves at noon was late again on Monday. | said | the ferry that leaves at noon was late again on Monday
Holt claimed the ferry contract was fair, although she again refused to release the bids. | claimed | the ferry contract was fair
Holt said the ferry contract was fair, although the bids have not been released. | said | the ferry contract was fair, although the bids have not been released
Former governor Tom Reyes says the mayor is acting unlawfully and showing disregard for the fishermen. | says | the mayor is acting unlawfully and showing disregard for the fishermen
Reyes said he would not support the harbour plan, suggesting that the council should sell the ferry instead. | said | he would not support the harbour plan
""".strip().splitlines()]


@pytest.mark.parametrize("text, cue, content", CONTENT)
def test_content_ends_where_the_speakers_words_end(extract, by_cue, text, cue, content):
    assert by_cue(extract(text), cue).content == content


def test_a_closing_which_clause_with_its_own_cue_is_a_claim_of_its_own(extract, by_cue):
    claims = extract("Mayor Ann Doyle said she backs the harbour levy, which she called “a lifeline for the fishing fleet.”")
    assert "lifeline" in by_cue(claims, "called").content


def test_a_second_participle_of_saying_is_a_claim_of_its_own(extract, by_cue):
    claims = extract("Mayor Ann Doyle defended the levy on Monday, saying the plan had the right safeguards but was "
                     "derailed by voter distrust - and arguing that she and Reyes held almost the same views.")
    assert by_cue(claims, "arguing").content == "she and Reyes held almost the same views"


def test_a_quote_after_the_tags_second_act_goes_on_with_that_act(extract, by_cue):
    claims = extract("“The pier is safe,” Mayor Ann Doyle said, adding that the council had checked every beam. "
                     "“We have nothing to hide.”")
    assert by_cue(claims, "said").content == "“The pier is safe,”"
    added = by_cue(claims, "adding")
    assert added.content == "the council had checked every beam “We have nothing to hide.”"
    assert added.quote_type == "mixed"


def test_a_quote_after_an_indirect_claim_goes_on_with_it(extract, by_cue):
    claims = extract("Mayor Ann Doyle said the council had checked every beam on the pier. “We have nothing to hide.”")
    assert [(c.cue, c.quote_type, c.content) for c in claims] == [
        ("said", "mixed", "the council had checked every beam on the pier “We have nothing to hide.”")]


def test_a_quote_after_another_speakers_act_goes_on_with_the_first_quote(extract, by_cue):
    claims = extract("“The pier is safe,” Mayor Ann Doyle said, while the engineer Tom Reyes argued that the beams "
                     "were rotten. “We have nothing to hide.”")
    assert by_cue(claims, "said").content == "“The pier is safe,” “We have nothing to hide.”"
