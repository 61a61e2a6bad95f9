"""Closing participles (closing_participles.py): the speaker's participle of saying after a comma,
hung by the parse on a verb inside the content, is a claim of its own by the same speaker and ends
the first content. Sentences written for these tests in the style of news."""

from __future__ import annotations


def test_participle_on_a_joined_verb_of_the_content(extract):
    first, second = extract("She said her father has been a champion for women in his firm and would do the "
                            "same as governor, saying that he supports equal pay for equal work.")
    assert first.content == "her father has been a champion for women in his firm and would do the same as governor"
    assert (second.cue, second.content, second.claimant) == ("saying", "he supports equal pay for equal work", "She")


def test_participle_after_a_clause_inside_the_content(extract):
    first, second = extract("Ted Reyes thinks the mayor's lead in the suburbs is so thin that he moved his rallies "
                            "there this month, sensing he might take the county after all.")
    assert first.content == "the mayor's lead in the suburbs is so thin that he moved his rallies there this month"
    assert (second.cue, second.content) == ("sensing", "he might take the county after all")
    assert second.claimant == first.claimant == "Ted Reyes"


def test_report_goes_on_after_according_to(extract):
    (only,) = extract("According to the paper, the details are in the report the agency sent to lawmakers this "
                      "week, detailing the director's long interview.")
    assert only.content.endswith("this week, detailing the director's long interview")


def test_participle_of_no_act_stays_in_the_content(extract):
    (only,) = extract("Ana Ruiz said the council had wasted a year on the plan and would waste another, "
                      "driving families out of the valley.")
    assert only.content.endswith("would waste another, driving families out of the valley")


def test_participle_after_a_dash(extract):
    # a dash sets the participle off as a comma does; the cue's speaker says it, not the content's subject
    first, second = extract("Party chair Dana Moss dismissed the union's charges that the mayor's campaign is "
                            "breaking election law through its deal with the party — saying the union chose not "
                            "to accept the same help.")
    assert first.content == "the mayor's campaign is breaking election law through its deal with the party"
    assert (second.cue, second.content, second.claimant) == (
        "saying", "the union chose not to accept the same help", "Party chair Dana Moss")
    first, second = extract("Ana Ruiz argued that the council had wasted a year on the plan -- insisting the next "
                            "vote must come before May.")
    assert first.content == "the council had wasted a year on the plan"
    assert (second.cue, second.content, second.claimant) == ("insisting", "the next vote must come before May", "Ana Ruiz")


def test_dashed_participle_of_no_act_or_inside_a_quote_stays(extract):
    (only,) = extract("Ana Ruiz said the council had wasted a year on the plan and would waste another — "
                      "driving families out of the valley.")
    assert only.content.endswith("would waste another — driving families out of the valley")
    (only,) = extract('Moss told the paper he wants a budget "focused on the town\'s core needs -- so important '
                      '-- promoting calm streets and clean parks."')
    assert only.content.endswith('promoting calm streets and clean parks."')
