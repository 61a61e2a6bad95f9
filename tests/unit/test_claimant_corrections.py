"""Claimant corrections (claimant_corrections.py): a passive naming cue and a question put to the
subject have no claimant; a pronoun coordinated with others speaks with them; the names after a digest's dash
and a name read as a modal ("Will wrote") speak, and so does a lead-in over a colon;
a cue inside a question is the asker's; a pull quote signed on its last line, the signer's; a cue
in a whether-clause left in doubt ("it is unclear whether Y") is nobody's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "cue"), [
    # the subject of a passive naming cue is what is named, not who names it
    ("The harbour levy, in what has been called “a tax on fishing,” doubled the fees of the town's "
     "trawlers.", "called"),
    ("The new ferry line will informally be dubbed the “Island Express” when it opens in May.", "dubbed"),
    ("Her memoir is described on the publisher's site as “a fearless account of life at sea.”",
     "described"),
    # a question put to the subject: who asked is untold
    ("Asked what a deal might look like, Mayor Ines Halloran replied: “We are a long way off from that.”",
     "asked"),
    ("Councillor Ada Brandt was asked, “Would you have voted for the levy if you had known?”", "asked"),
])
def test_no_claimant_for_a_named_thing_or_a_question_put(extract, by_cue, text, cue):
    assert by_cue(extract(text), cue).claimant is None


@pytest.mark.parametrize(("text", "cue", "claimant"), [
    # a passive that is no naming keeps its subject: "was quoted as saying"
    ("Councillor Ada Brandt was quoted as saying the levy was “a tax on fishing.”", "saying",
     "Councillor Ada Brandt"),
    # "X asked Y": the asker is the subject
    ("Mayor Ines Halloran asked the board whether the ferry would run in winter.", "asked",
     "Mayor Ines Halloran"),
])
def test_named_askers_and_namers_stay(extract, by_cue, text, cue, claimant):
    assert by_cue(extract(text), cue).claimant == claimant


@pytest.mark.parametrize(("text", "cue", "claimant"), [
    ("Mayor Ines Halloran lost the vote on Monday. She and her aides have vowed to win back the harbour "
     "board.", "vowed", "She and her aides"),
    ("Tomas Lind spoke early. He and other ferry captains complained that the levy had doubled in a year.",
     "complained", "He and other ferry captains"),
])
def test_a_coordinated_pronoun_speaks_with_the_others(extract, by_cue, text, cue, claimant):
    assert by_cue(extract(text), cue).claimant == claimant


def test_a_lone_pronoun_still_resolves(extract, by_cue):
    c = by_cue(extract("Mayor Ines Halloran lost the vote on Monday. She vowed to win back the harbour "
                       "board."), "vowed")
    assert c.claimant == "Ines Halloran"


@pytest.mark.parametrize(("text", "cue", "claimant"), [
    # an opening phrase the parse took for a second subject: the subject next to the verb speaks
    ("Waving signs calling Halloran “Port Ellen’s Worst Boss,” the strikers chanted “No pier, no peace.”",
     "chanted", "the strikers"),
    # ... but one subject with no comma before it stays
    ("Carrying signs that called Lind a liar, the strikers shouted “Lind must go.”", "shouted", "the strikers"),
])
def test_the_subject_next_to_the_verb_speaks(extract, by_cue, text, cue, claimant):
    assert by_cue(extract(text), cue).claimant == claimant


def test_a_bare_relative_is_no_speaker(extract, by_cue):
    c = by_cue(extract("That worries the ferry workers, suggesting that the board has already made up "
                       "its mind."), "suggesting")
    assert c.claimant is None


@pytest.mark.parametrize(("text", "cue", "claimant"), [
    # a participle hung on the people written to: the sender speaks
    ("Senator Tomas Lind emailed supporters saying: “The fight goes on.”", "saying", "Senator Tomas Lind"),
    # "he's said" read as a passive is still said by him
    ("Ever since Tomas Lind entered the race, he's said the same thing at every rally: “The pier stays.”",
     "said", "Tomas Lind"),
    # places in a list are no second subject
    ("Most voters in Maine, Vermont and Ohio said they felt let down by the council.", "said",
     "Most voters in Maine, Vermont and Ohio"),
    # "neither he nor X": the whole coordination
    ("Tomas Lind spoke first. But neither he nor Halloran echoed the tone of the council, which has called "
     "the plan a disgrace.", "echoed", "neither he nor Halloran"),
    # a surname the tagger read as a common noun ("sanders") still takes the pronoun after it
    ("Councillor Tom Sanders spoke first. Mayor Pete Reyes then argued that the harbour plan was sound.\n\n"
     "Sanders has blasted the harbour plan, which he said runs the risk of ruining the town.", "said",
     "Tom Sanders"),
    # ... but a capitalised noun that names nobody does not
    ("Mayor Pete Reyes spoke first.\n\nResidents have blasted the harbour plan, which he said runs the risk "
     "of ruining the town.", "said", "Pete Reyes"),
])
def test_participles_pronouns_and_near_misses(extract, by_cue, text, cue, claimant):
    assert by_cue(extract(text), cue).claimant == claimant


def test_a_name_with_its_role_keeps_the_name(extract, by_cue):
    # a name with its role after it is no misread opening
    c = by_cue(extract("Ines Halloran, the mayor of Port Ellen, vowed not to sell the pier."), "vowed")
    assert c.claimant == "Ines Halloran"


@pytest.mark.parametrize(("text", "claimant"), [
    # a share of respondents in the poll the sentence opens on: the poll reports it
    ("In a Harbour Gazette poll released Sunday, 62 percent of islanders said the pier should stay open.",
     "a Harbour Gazette poll"),
    # ... not with no poll named
    ("In April, 62 percent of islanders said the pier should stay open.", "62 percent of islanders"),
])
def test_a_poll_reports_its_shares(extract, by_cue, text, claimant):
    assert by_cue(extract(text), "said").claimant == claimant



@pytest.mark.parametrize(("text", "cue", "claimant"), [
    # a digest's line: the names between the dash and the colon say the quote, not the headline's subject
    ("Ferry surveys agree - Harbour Gazette: “Every poll we studied undercounted the island vote by ten "
     "points.”", "agree", "Harbour Gazette"),
    ("Trawler owners warn of a long winter - Jane Roe: “The levy will sink half the fleet before spring.”",
     "warn", "Jane Roe"),
    # ... with no dash the subject says it
    ("Trawler owners agree: “The levy will sink half the fleet before spring.”", "agree", "Trawler owners"),
])
def test_names_after_a_digest_dash_speak(extract, by_cue, text, cue, claimant):
    assert by_cue(extract(text), cue).claimant == claimant


@pytest.mark.parametrize(("text", "cue", "claimant"), [
    # the columnist Will, read as a modal: no modal takes a past or -s form
    ("“The levy will sink half the fleet before spring,” Will wrote.", "wrote", "Will"),
    ("While Will acknowledges the levy's appeal to mainland voters, he calls it a mistake.", "acknowledges",
     "Will"),
    # a modal stays a modal
    ("Islanders will argue that the levy is unfair to the smallest boats.", "argue", "Islanders"),
])
def test_will_read_as_a_modal_is_the_columnist(extract, by_cue, text, cue, claimant):
    assert by_cue(extract(text), cue).claimant == claimant


@pytest.mark.parametrize(("text", "claimant"), [
    # a quote no tag took, after a paragraph whose lead-in closes on a colon: its speaker, a noun too
    ("In a release on Monday, the harbour board said about the new levy on trawlers:\n\n“The levy will pay "
     "for the new breakwater within four years.”", "the harbour board"),
    # ... not when the lead-in denies saying, nor with no colon
    ("In a release on Monday, the harbour board did not say much about the new levy on trawlers:\n\n“The "
     "levy will pay for the new breakwater within four years.”", None),
    ("The harbour board met on Monday to discuss the levy on trawlers.\n\n“The levy will pay for the new "
     "breakwater within four years.”", None),
])
def test_a_lead_in_over_a_colon_names_the_next_quote(extract, by_cue, text, claimant):
    assert by_cue(extract(text), "quoted").claimant == claimant


@pytest.mark.parametrize(("text", "claimant"), [
    # a belief inside a question is asked about, not held: the asker's, if named
    ("Asked if she believed the levy would sink the fleet, Mayor Ines Halloran said she could not say.", None),
    ("Harbour Gazette host Tom Lee followed up by asking if the mayor believes the pier can stay open.",
     "Harbour Gazette host Tom Lee"),
    # ... an "if" that puts no question keeps the subject
    ("If the board believes the levy is fair, it should vote for it.", "the board"),
])
def test_a_cue_inside_a_question_is_the_askers(extract, by_cue, text, claimant):
    assert by_cue(extract(text), "believes" if "believes" in text else "believed").claimant == claimant


_PULL = ("Voices like those from the harbour board proved decisive in the first two years of the levy.\n\n"
         "\"We are going to enter the next winter, whenever it comes, without the consensus that of course we "
         "need a new breakwater.\n{}\"\n\nWhether out of agreement or habit, the trawler owners went along.")


@pytest.mark.parametrize(("last_line", "claimant"), [
    # a pull quote signed on its last line: the signer
    ("Jane Roe, Harbour Policy Institute.", "Jane Roe"),
    # ... not a last line that is more of the quote
    ("The pier will close by June, and the ferry with it.", None),
])
def test_a_pull_quote_signed_on_its_last_line(extract, by_cue, last_line, claimant):
    assert by_cue(extract(_PULL.format(last_line)), "quoted").claimant == claimant


@pytest.mark.parametrize(("text", "cue", "claimant"), [
    # the pronoun stands for the role noun its clause opens on, not the last name before it
    ("Tomas Lind arrived late on Monday. The candidate repeated his promise to scrap the levy.", "promise",
     "The candidate"),
    ("Tomas Lind arrived late on Monday. The candidate shared with the crowd that he believes the levy will "
     "fall by spring.", "believes", "The candidate"),
    # near misses: no role noun (a crowd is no speaker of his), so the name still resolves
    ("Tomas Lind arrived late on Monday. The crowd cheered his promise to scrap the levy.", "promise",
     "Tomas Lind"),
    ("Tomas Lind arrived late on Monday. The crowd shared with reporters that he believes the levy will "
     "fall by spring.", "believes", "Tomas Lind"),
])
def test_a_pronoun_under_a_role_noun_is_the_role(extract, by_cue, text, cue, claimant):
    c = by_cue(extract(text), cue)
    assert c.claimant == claimant
    assert c.claimant_entity == "Tomas Lind"  # the person it names is kept


@pytest.mark.parametrize(("text", "claimant"), [
    # a quote no tag took, after a colon closing a lead-in of its own sentence: the lead-in's subject
    ("Tomas Lind spoke first at the meeting. The harbour board emailed members a link with a single line: "
     "“The pier stays open all winter.”", "The harbour board"),
    ("Tomas Lind spoke first at the meeting. From the council's annual report: “Fees doubled in a single "
     "year at the northern quay.”", "the council's annual report"),
    # near miss: a negated lead-in gives nothing; the neighbour search stands
    ("Tomas Lind spoke first at the meeting. The board never answered the letter: “We will look at the "
     "fees again in spring.”", "Tomas Lind"),
])
def test_a_lead_in_before_a_colon_names_the_quote(extract, text, claimant):
    c = next(c for c in extract(text) if c.content.startswith("“"))
    assert c.claimant == claimant


@pytest.mark.parametrize(("text", "cue", "claimant"), [
    # an infinitive of purpose or degree speaks for the subject of the verb it hangs on
    ("But state Rep. Ada Brandt, a member of the harbour board, recalled what happened in 2008 to point out "
     "that the levy could fall.", "point out", "state Rep. Ada Brandt"),
    ("The columnist Ada Brandt went so far as to say: ''The ferry as we know it is over.''", "say",
     "Ada Brandt"),
    # near miss: over a passive, who speaks is untold
    ("The board was reminded what happened in 2008 to point out that the levy could fall.", "point out", None),
])
def test_an_infinitive_of_purpose_speaks_for_the_subject(extract, by_cue, text, cue, claimant):
    assert by_cue(extract(text), cue).claimant == claimant


@pytest.mark.parametrize(("doubt", "clause", "cue"), [
    # a whether-clause left in doubt: nobody is said to hold what follows its cue
    ("It is unclear if", "Mayor Ines Halloran is aware that the levy doubled in March", "aware"),
    ("It is not clear whether", "Mayor Ines Halloran knew that the levy had doubled", "knew"),
    ("But it was uncertain whether", "the harbour judges would rule that the old piers posed a danger", "rule"),
])
def test_a_cue_in_a_clause_left_in_doubt_has_no_claimant(extract, by_cue, doubt, clause, cue):
    assert by_cue(extract(f"{doubt} {clause}."), cue).claimant is None


@pytest.mark.parametrize(("text", "cue"), [
    # near misses: a clause said to be clear, and a speaker who says it is unclear
    ("It is clear that Mayor Ines Halloran knew that the levy had doubled.", "knew"),
    ("Mayor Ines Halloran said it was unclear whether the levy would double.", "said"),
])
def test_a_clause_not_in_doubt_keeps_its_speaker(extract, by_cue, text, cue):
    assert by_cue(extract(text), cue).claimant == "Mayor Ines Halloran"
