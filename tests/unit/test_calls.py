"""Labels given by "call" that the parse reads oddly (call_labels.py): "with X calling Y a liar",
"used his speech to call Y a Z", "instead of calling himself a Z"; and calls named by a noun with
no possessor (call_nouns.py): "few calls for X to Y", "made a call for X"; and texts calling for something
(calling_participles.py): "petitions calling on X to Y". Sentences written for
these tests in the style of news."""

from __future__ import annotations

import pytest

# "sentence | content | cue | claimant" of its call's claim; a sentence alone has no claim of "call"
CALLS = """
Democratic candidates went further, with former Maryland Gov. Martin O’Malley calling Trump a fascist.
    | Trump a fascist | calling | former Maryland Gov. Martin O’Malley
Republicans went further, with former Ohio Gov. Tom Reed calling Walsh a liar. | Walsh a liar | calling
    | former Ohio Gov. Tom Reed
Ben Carson used part of his address to call Mrs. Walsh a student of Karl Marx, the German philosopher.
    | Mrs. Walsh a student of Karl Marx, the German philosopher | call | Ben Carson
Instead of calling himself a moderate, Okafor said she was a pragmatist. | himself a moderate | calling | Okafor
His son is called Bill.
They have a dog called Rex.
The family, with the neighbours calling the boy Bill, moved to Salem.
The mayor decided to call it a day after the vote.
There have been few calls for the mayor to resign. | the mayor to resign | calls for | None
Senator Ruth Okafor made an unprompted call for an end to farm subsidies. | an end to farm subsidies | call for
    | Senator Ruth Okafor
The report renewed Republican calls for a special prosecutor to look into the deal.
    | a special prosecutor to look into the deal | calls for | Republican
Social media was flooded with calls to boycott the festival, many of them angry. | to boycott the festival
    | calls to | None
Senator Ann Walsh opened with a call for the party to unite behind her. | the party to unite behind her
    | call for | Senator Ann Walsh
Organizers grappled with calls for a boycott of the fair. | a boycott of the fair | calls for | None
Residents have launched petitions calling on the council to reopen the library.
    | the council to reopen the library | calling on | Residents
A petition calling on him to be barred from the harbour has drawn 5,000 names. | him to be barred from the harbour
    | calling on | A petition
The letter, calling on old friendships, was warm.
The office took phone calls for donations all day.
It was a judgment call for the referee in the final minute.
"""
# (the possessor of "his address" speaks "to call"; "Instead of calling" is the speaker's of "said";
# a passive or a participle names; a proper name is a name, no label; "call it a day" an idiom;
# a petition's author, when named, calls through it; "calling on old friendships" is no demand;
# a call no one is named for has claimant None (those who grapple with it make none); a phone call or a judgment call is no demand)
CASES = [[f.strip() for f in case.split("|")] for case in CALLS.replace("\n    |", " |").strip().split("\n")]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_label_given_by_call(extract, case):
    found = [(c.content, c.cue, c.claimant) for c in extract(case[0]) if c.cue and "call" in c.cue]
    want = [tuple(None if f == "None" else f for f in case[1:])] if len(case) > 1 else []
    assert found == want
