"""Side-by-side acts (side_acts.py): a second act of saying with a speaker of its own, hung by the
parse inside the first content, is a claim of its own and ends the first content. Sentences
written for these tests in the style of news."""

from __future__ import annotations

import pytest

SIDE_BY_SIDE = [
    # the second speaker hung on the first content as a conjunct of its last noun
    ("One in three voters said the party does not care about farmers and one in four said it was "
     "openly hostile to them.",
     [("said", "the party does not care about farmers", "One in three voters"),
      ("said", "it was openly hostile to them", "one in four")]),
    # a second speaker after "and"
    ("Reed said if the bridge closes, traffic will triple in the valley and Jones says some of those "
     "drivers will move away.",
     [("said", "if the bridge closes, traffic will triple in the valley", "Reed"),
      ("says", "some of those drivers will move away", "Jones")]),
    # the speaker again, after a comma that closes a concession
    ("The mayor says that even though she would probably replace the police chief, she actually "
     "thinks he has done a decent job.",
     [("says", "even though she would probably replace the police chief", "The mayor"),
      ("thinks", "he has done a decent job", "The mayor")]),
    # a poll's other share, compared with the first, speaks in a relative clause closing the content
    ("Among her supporters, 61 percent said they have their minds made up, compared to 38 percent who "
     "said they could change their mind.",
     [("said", "they have their minds made up", "61 percent"), ("said", "they could change their mind", "38 percent")]),
    ("Among her supporters, 61 percent said they have their minds made up compared with four in 10 who "
     "said they could change their mind.",
     [("said", "they have their minds made up", "61 percent"), ("said", "they could change their mind", "four in 10")]),
    # ... or a count set beside the first share after a comma, compared with it
    ("About 40 percent of voters said the mayor would be better at handling the budget, double the "
     "number who said the same of the council.",
     [("said", "the mayor would be better at handling the budget", "About 40 percent of voters"),
      ("said", "the same of the council", "double the number")]),
    ("One in four said the party was hostile to farmers, about the same number who said the party "
     "truly cares about them.",
     [("said", "the party was hostile to farmers", "One in four"),
      ("said", "the party truly cares about them", "the same number")]),
    # ... also after a second share's act split off the first
    ("One in three said the party did not care about farmers and one in four said the party was "
     "hostile to them, about the same number who said the party truly cares about them.",
     [("said", "the party did not care about farmers", "One in three"),
      ("said", "the party was hostile to them", "one in four"),
      ("said", "the party truly cares about them", "the same number")]),
    # an act with an object, not a clause, after "while", "even as" or "and" and a named speaker
    ("Council members accused each other of wasting time on the budget while nurses warned of "
     "a shortage of beds at the county hospital.",
     [("accused", "each other of wasting time on the budget", "Council members"),
      ("warned", "a shortage of beds at the county hospital", "nurses")]),
    ("The agency struggled to explain why it had ignored the audit even as union leaders railed "
     "against managers for cutting the night shift.",
     [("explain", "why it had ignored the audit", "The agency"),
      ("railed", "managers for cutting the night shift", "union leaders")]),
    ("The clerk said the files had been lost in May and the auditors criticized the county for its "
     "record keeping.",
     [("said", "the files had been lost in May", "The clerk"),
      ("criticized", "the county for its record keeping", "the auditors")]),
]

# (sentence, its one content): the act inside is part of what was said, or the sentence's source
WHOLE_CONTENTS = [
    # a story the speaker tells goes on with its own "and she thought"
    ("Ana Ruiz said that when she was a clerk, a boss invited her to lunch and she thought it meant a promotion.",
     "when she was a clerk, a boss invited her to lunch and she thought it meant a promotion"),
    # a relative clause glosses the first content
    ("Tom Reed said he saw the change in his own family, most of whom thought the plan would fail.",
     "he saw the change in his own family, most of whom thought the plan would fail"),
    # "according to X" sources its whole sentence, second act and all
    ("According to the county, Reed said the bridge would close and Jones said the ferry would run.",
     "Reed said the bridge would close and Jones said the ferry would run"),
    # a comparison with no act of saying, or with a share that did not say it
    ("Most voters said the race was close, compared with last year's contest.",
     "the race was close, compared with last year's contest"),
    ("Most voters said the race was close, compared with 20 percent who did not say that it was.",
     "the race was close, compared with 20 percent who did not say that it was"),
    # a count beside the first that no word compares with it (a change over time), or no count
    ("Some 70 percent said they would vote for Moss, a drop from 76 percent who said the same in April.",
     "they would vote for Moss, a drop from 76 percent who said the same in April"),
    ("Most voters said the plan was fair, the same voters who said the tax was too high.",
     "the plan was fair, the same voters who said the tax was too high"),
    # no act with an object of its own: a verb of no act, a hearer ("spoke to"), not a topic
    ("The mayor said the bridge would reopen in May even as crews worked on the cables.",
     "the bridge would reopen in May even as crews worked on the cables"),
    ("The mayor said the bridge would reopen in May while engineers checked the cables.",
     "the bridge would reopen in May while engineers checked the cables"),
    ("Officials said the budget was balanced and auditors spoke to the press on Monday.",
     "the budget was balanced and auditors spoke to the press on Monday"),
    # after a comma a poll's list goes on ("half say Y, 30 percent blame Z")
    ("Half of the voters say the mayor is to blame for the delays, 30 percent blame the council.",
     "the mayor is to blame for the delays, 30 percent blame the council"),
]


@pytest.mark.parametrize(("text", "claims"), SIDE_BY_SIDE)
def test_second_act_is_its_own_claim(extract, text, claims):
    assert [(c.cue, c.content, c.claimant) for c in extract(text)] == claims


def test_first_content_ends_before_the_second_act(extract):
    text = ("The council admitted that while the audit was never central to its inquiry, it argued "
            "the inquiry could not go on without the ledgers.")
    assert [(c.cue, c.content) for c in extract(text)] == [
        ("admitted", "while the audit was never central to its inquiry"),
        ("argued", "the inquiry could not go on without the ledgers")]


@pytest.mark.parametrize(("text", "content"), WHOLE_CONTENTS)
def test_content_that_holds_the_act_stays_whole(extract, text, content):
    assert [c.content for c in extract(text)] == [content]



# (sentence, its first content, the gloss it no longer holds): another speaker's gloss closes it
GLOSSED = [
    ("The mayor complained that the vote had been rigged against him, a charge that county officials "
     "strongly denied.", "the vote had been rigged against him", "a charge"),
    ("Aides told reporters that the talks had gone both ways, a point the senator also acknowledged on Friday.",
     "the talks had gone both ways", "a point"),
    # a gloss that no speaker takes up stays in the content
    ("The mayor said the repairs would cost 5 million dollars, a sum the council had set aside in March.",
     "the repairs would cost 5 million dollars, a sum the council had set aside in March", None),
]


@pytest.mark.parametrize(("text", "content", "gloss"), GLOSSED)
def test_content_ends_before_another_speakers_gloss(extract, text, content, gloss):
    first = extract(text)[0].content
    assert first == content
    assert gloss is None or gloss not in first
