"""Dangling conjunctions (dangling_conjunctions.py): a content the parse stopped on "and", "but"
or "or" runs on through what the conjunction joins when that is the rest of what was said.
Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

# (sentence, its one content): the joined words were said too
JOINED = [
    # a predicate of the content's subject the parse hung on the cue
    ("On Monday, the mayor announced that the harbour levy was “plainly unfair” to small boat owners "
     "and in the ordinary course of events would be repealed by the council before winter.",
     "the harbour levy was “plainly unfair” to small boat owners and in the ordinary course of events "
     "would be repealed by the council before winter"),
    # a predicate joined inside the content of a participle of saying
    ("She also compared the mayor to the council chairman, saying they are both part of the machine "
     "and therefore won’t do anything to change it.",
     "they are both part of the machine and therefore won’t do anything to change it"),
    # a second clause of the cue in another tense than the cue's
    ("The aides said they were hopeful that the vote would go their way by the next two meetings - "
     "March and April - but, realistically, the path to a majority would be a long grind.",
     "they were hopeful that the vote would go their way by the next two meetings - March and April - "
     "but, realistically, the path to a majority would be a long grind"),
    # a noun phrase joined to a noun of the content, hung on a noun outside it
    ("The Roe camp has lobbed misleading criticisms of Lee, including Jane's critique of his ferry fare "
     "plan and the candidate's own attempt to link Lee to the harbour owners Tom and Ann Hale.",
     "his ferry fare plan and the candidate's own attempt to link Lee to the harbour owners Tom and Ann Hale"),
    # a question clause joined to the topic, hung on the main verb
    ("Reyes is winning nods and applause as he keeps talking about the \"shared power of 'us' \" and how "
     "the Port Authority wants to be a kind of \"Craigslist\" linking sailors to good berths.",
     "the \"shared power of 'us' \" and how the Port Authority wants to be a kind of \"Craigslist\" "
     "linking sailors to good berths"),
    # a noun phrase joined inside a content before its cue, taken for the verb's subject
    ("Lee's often harsh comments on everything from migrants and farmers to the future of NATO and "
     "relations with Norway have drawn criticism from Berlin, Oslo and other European capitals.",
     "Lee's often harsh comments on everything from migrants and farmers to the future of NATO and "
     "relations with Norway"),
]


@pytest.mark.parametrize(("text", "content"), JOINED)
def test_content_runs_through_what_the_conjunction_joins(extract, text, content):
    assert [c.content for c in extract(text)] == [content]


def test_writers_next_clause_in_the_cues_tense_stays_apart(extract):
    # "declared Y and the mayor expanded Z": the writer tells the story on
    text = ("After much debate, the port authority declared that ferry money could be used for repairs "
            "using certain already-approved contractors and Mayor Ann Roe expanded the number that "
            "qualify, a move that survived court challenges.")
    contents = [c.content for c in extract(text)]
    assert contents and all("expanded" not in c for c in contents)


def test_another_speakers_act_stays_apart(extract):
    # the joined verb is a verb of saying with a speaker of its own: a claim of its own
    text = "Six in 10 Dover voters said Roe is honest and trustworthy, and three-quarters said the same of Lee."
    found = [(c.claimant, c.content) for c in extract(text)]
    assert ("three-quarters", "the same of Lee") in found
    assert all("three-quarters" not in content for _, content in found)
