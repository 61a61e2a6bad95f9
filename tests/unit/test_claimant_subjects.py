"""Who speaks a participle after a content clause, and who holds a claim named by a noun with no
possessor (ClaimDoc.subject, ClaimDoc.holder_of_claim_noun)."""

from __future__ import annotations

import pytest

CASES = [
    # a participle after the quote that closes the content clause goes with the cue
    ("Senator Ruth Almond said last week that the governor represents “old money,” stating during the "
     "debate that his friends are “bankers and landlords, nothing more.”", "stating", "Senator Ruth Almond"),
    ("Director Tomas Lind stressed that “the only way forward is to get both unions to sign,” suggesting "
     "that the strike might end within days.", "suggesting", "Director Tomas Lind"),
    # ... and after "the idea that Y"
    ("Harbour director Tomas Lind rejected the idea that the new pier would be a burden on the town, "
     "saying the ferry company had already paid for most of it.", "saying", "Harbour director Tomas Lind"),
    # a tag set off by commas inside the content speaks the participle after it
    ("The governor said the bridge “would never open on time,” the engineer recalled, adding that the "
     "budget had doubled by then.", "adding", "the engineer"),
    # a tag the parse joined to the quote's verb: the name between, not the quote's "I"
    ("''If the council had listened to Brandt, I would have been ruined for a long time,'' Mr. Okafor, "
     "now 77 and retired in Leeds, said by telephone this week.", "said", "Mr. Okafor"),
    # a participle the parse hung on a subordinate clause goes with the main clause's speaker
    ("Mayor Ines Halloran questioned why the harbour board had not met the fishermen in March, implying "
     "that the board had ignored them.", "implying", "Mayor Ines Halloran"),
    ("Councillor Ada Brandt spoke for an hour after the ferry workers ended their strike, remarking that "
     "the town owed them a great deal.", "remarking", "Councillor Ada Brandt"),
    # ... but not for a main verb with no speaker for subject, and not after "as"
    ("The row began soon after Tomas Lind bought the old pier, calling the harbour board a "
     "disgrace.", "calling", "Tomas Lind"),
    # a tag inside another cue's clause speaks the participle after it
    ("The minister cannot say that “in his view,” Okafor added, saying the matter should be left to the "
     "courts.", "saying", "Okafor"),
    # with no comma, the people named right before the participle speak, not the subject
    ("The closing of the ferry has left 40 percent of voters saying they will move to the mainland.",
     "saying", "40 percent of voters"),
    # ... not a place or a thing before it
    ("The mayor left the harbour office saying the pier would stay open.", "saying", "The mayor"),
    # a text a name put out speaks for them; not one they only talk about, nor one "he" put out
    ("The Harbour Gazette ran a piece that noted the ferry had lost money every year since 2010.", "noted",
     "The Harbour Gazette"),
    ("Councillor Ada Brandt praised a piece that noted the ferry had lost money every year since 2010.",
     "noted", "a piece"),
    ("He released a letter from his doctor that says the councillor is in good health.", "says",
     "a letter from his doctor"),
    # a verb of saying after "quick to", "likely to": the subject of the verb before
    ("The board met. Ferry workers were quick to add that the strike would go on until the summer.", "add",
     "Ferry workers"),
    # a claim noun after a preposition is held by the verb's subject
    ("Senator Ruth Almond bristled at the suggestion that she had misled the committee about the "
     "contract.", "suggestion", "Senator Ruth Almond"),
    ("Governor Paul Brenner backed away from a suggestion that the state would cover the legal costs of "
     "the striking workers.", "suggestion", "Governor Paul Brenner"),
    # not by a dummy subject, and not reports by others that the subject comments on
    ("It came amid reports that the company had quietly closed two of its factories in the north.",
     "reports", None),
    ("The harbour board declined to comment on rumours that the ferry line would be sold to a rival.",
     "rumours", None),
]


@pytest.mark.parametrize(("text", "cue", "claimant"), CASES)
def test_claimant_of_participle_or_claim_noun(extract, by_cue, text, cue, claimant):
    assert by_cue(extract(text), cue).claimant == claimant


@pytest.mark.parametrize(("text", "cue", "claimant"), [
    ("When asked by a reporter whether the ferry would run in winter, Mayor Ines Halloran shook her head.",
     "asked", "a reporter"),
    ("Asked by the host about plans to close the harbour road, the minister said nothing.", "asked about",
     "the host"),
    # no agent: who asked is untold
    ("Asked about the closing of the harbour road, the minister said nothing new.", "asked about", None),
])
def test_asker_named_by_agent(extract, by_cue, text, cue, claimant):
    assert by_cue(extract(text), cue).claimant == claimant


def test_quick_to_with_no_clause_is_no_claim(extract):
    assert extract("Readers of the site were quick to respond in the comments below the story.") == []


@pytest.mark.parametrize(("text", "claimant"), [
    # a subject and its verb right after a quote with no tag speak it, whatever the verb
    ("The crowd grew as the night went on.\n“Close the harbour road now!” some of the fishermen chanted "
     "outside the town hall.", "some of the fishermen"),
    ("The meeting ran late.\n“Will the ferry run in winter?” a councillor in the back row wondered aloud.",
     "a councillor in the back row"),
    # not after a quote that ends its sentence: the neighbour's speaker stays
    ("Mayor Ines Halloran spoke first. “We will not close the pier.” The crowd cheered loudly.",
     "Mayor Ines Halloran"),
])
def test_subject_right_after_an_untagged_quote(extract, text, claimant):
    (c,) = [c for c in extract(text) if c.quote_type == "direct"]
    assert c.claimant == claimant


@pytest.mark.parametrize(("text", "claimant"), [
    # the parse hung the name on the aside after it and left the cue with no subject
    ("Ines Halloran, the mayor of the harbour town, tweeted in reply: ''The pier stays open; the ferry runs "
     "all winter.''", "Ines Halloran"),
    ("“We have never had a winter like this one,” Ferry captain Ada Brandt, wearing her old union badge and "
     "a “Save the Pier” pin, said quietly.", "Ferry captain Ada Brandt"),
    # the speaker after the tag, parsed as the subject of the relative clause after it
    ("\"The ferry is all we have and they want to take it away,\" said the woman, who like many in the town "
     "did not want to be quoted by name because of the sensitivity of the issue.", "the woman"),
    # not a question put to the name, nor a passive report: who asked or said is untold
    ("Ines Halloran, the mayor of the harbour town, was asked whether the pier would close before the "
     "winter.", None),
    ("The harbour plan, drawn up by the council in March, was said to cost more than the town could pay.", None),
])
def test_name_before_an_aside_speaks(extract, text, claimant):
    assert {c.claimant for c in extract(text)} == {claimant}


@pytest.mark.parametrize(("text", "content", "claimant"), [
    # the second clause's subject, parsed as one more object of the first clause, speaks its verb
    ("Many local fishermen have said they will not attend the hearing and others have said they are not "
     "interested in talking.", "they are not interested in talking", "others"),
    ("Last week, police charged the driver with theft and Brandt fired his deputy, Ada Lind, admitting that "
     "many people in the town have lost faith in the council.", "many people in the town have lost faith in "
     "the council", "Brandt"),
    # the first clause keeps its subject; a participle after a comma goes with the clause's subject
    ("Many local fishermen have said they will not attend the hearing and others have said they are not "
     "interested in talking.", "they will not attend the hearing", "Many local fishermen"),
    ("Mayor Ines Halloran thanked the captains and the fishermen, saying the pier would stay open.",
     "the pier would stay open", "Mayor Ines Halloran"),
])
def test_subject_misjoined_to_an_object(extract, text, content, claimant):
    (c,) = [c for c in extract(text) if c.content.startswith(content)]
    assert c.claimant == claimant


@pytest.mark.parametrize(("text", "claimant"), [
    # two subjects for a tag: the one before the content clause is the content's, the one right
    # after the verb speaks
    ("Councillor Ada Brandt — never one to stay quiet about the pier — has been “furious about it,” said a "
     "friend of the family.", "a friend of the family"),
    # one subject: it speaks, before or after the verb
    ("“The pier stays open,” said Mayor Ines Halloran.", "Mayor Ines Halloran"),
    ("Councillor Ada Brandt said the pier has been “a disgrace for years.”", "Councillor Ada Brandt"),
])
def test_speaker_after_an_inverted_tag(extract, text, claimant):
    (c,) = extract(text)
    assert c.claimant == claimant


@pytest.mark.parametrize(("text", "claimant"), [
    # a name in apposition right before a closing tag speaks, not the content's name it hangs on
    ("To understand the real Tomas Lind, Chief Justice Ada Brandt said, one should read his letters.",
     "Chief Justice Ada Brandt"),
    ("To grasp the real Ada Lind, Chief Justice Tomas Okafor said, one must visit the harbour.",
     "Chief Justice Tomas Okafor"),
    # a role and its holder between commas before the tag, and a list of speakers, stay as they were
    ("The pier will close, the harbour master, Ines Halloran, said on Monday.", "Ines Halloran"),
    ("The pier will close, Okafor, Halloran and Brandt said on Monday.", "Okafor"),
])
def test_name_right_before_a_closing_tag(extract, text, claimant):
    (c,) = extract(text)
    assert c.claimant == claimant


@pytest.mark.parametrize(("text", "cue", "claimant", "content"), [
    # the parse made the name an apposition of the clause before, "said" a root with no subject:
    # past the name's relative clause
    ("Although there is no such overlap with the rival team, a city official who spoke anonymously to "
     "discuss internal strategy said Wednesday, \"Certainly there are talks between the mayor and the union.\"",
     "said", "a city official", "\"Certainly there are talks between the mayor and the union.\""),
    # the name the object of "after": past an aside in commas that opens with a participle
    ("The issue had come up Friday after Mr. Moss, asked about the deaths of fishermen, had said, "
     "\"I think our harbour does plenty of harm also.\"",
     "said", "Mr. Moss", "\"I think our harbour does plenty of harm also.\""),
    ("On Friday, Maine, leading a group of nine states, asked a federal judge to block the new fishing "
     "rules before the summer.", "asked", "Maine", "a federal judge to block the new fishing rules before the summer"),
])
def test_subject_lost_by_the_parse(extract, by_cue, text, cue, claimant, content):
    c = by_cue(extract(text), cue)
    assert (c.claimant, c.content) == (claimant, content)


def test_a_lost_subject_that_names_no_speaker_is_none(extract):
    # the same broken parse with a thing before its relative clause: no speaker to give the quote
    assert not extract("Although there is no such overlap with the rival team, a city report that leaked "
                       "to the press on Monday said Wednesday, \"Certainly there are talks between the mayor "
                       "and the union.\"")


def test_the_parses_own_subject_stands(extract, by_cue):
    c = by_cue(extract("The harbour board, which met on Monday, said the pier would reopen in May."), "said")
    assert c.claimant == "The harbour board"
