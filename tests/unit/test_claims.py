"""ClaimExtractor: each pattern of reported speech, with a positive and a negative case."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# the nlp and extract fixtures are in conftest.py (test_quotes.py uses them too)


def one(claims):
    assert len(claims) == 1, [c.content for c in claims]
    return claims[0]


# --- indirect speech: cue verb + clause


def test_claims_verb_without_that(extract):
    c = one(extract("Ukraine’s military intelligence claims Russian forces in Syria have sustained "
                    "significant losses since the launch of the rebel offensive."))
    assert c.claimant == "Ukraine’s military intelligence"
    assert c.cue == "claims" and c.quote_type == "indirect" and not c.hedged
    assert c.content.startswith("Russian forces in Syria have sustained")


def test_claims_noun_use_is_no_claim(extract):
    assert extract("Ukraine’s military intelligence released new figures on Monday.") == []


def test_acknowledged_that_with_rank_and_apposition(extract):
    text = ("Colonel General Alexander Zhuravlyov, head of the Russian headquarters in Khmeimim, "
            "acknowledged that the situation in Syria was rapidly spiralling out of control.")
    c = one(extract(text))
    assert c.claimant_entity == "Alexander Zhuravlyov"
    assert c.cue == "acknowledged"
    assert c.content == "the situation in Syria was rapidly spiralling out of control"
    assert text[c.start:c.end] == c.content


def test_acknowledged_without_clause_is_no_claim(extract):
    assert extract("The minister acknowledged the crowd as she left the stage.") == []


def test_told_reporters_that(extract):
    c = one(extract("The mayor told reporters that the bridge would reopen in March."))
    assert c.claimant == "The mayor" and c.cue == "told"
    assert c.content == "the bridge would reopen in March"


def test_told_to_is_an_order(extract):
    # an order is a speech act (speech_acts.py), as "urged reporters to wait" is
    c = one(extract("The mayor told reporters to wait outside the hall."))
    assert (c.content, c.cue, c.kind) == ("reporters to wait outside the hall", "told", "proposal")


def test_denied_that_is_denied(extract):
    c = one(extract("John Marsh denied that he had taken the money."))
    assert c.polarity == "denied" and c.cue == "denied"
    assert c.content == "he had taken the money"
    assert c.claimant_entity == "John Marsh"


def test_denied_bail_is_no_claim(extract):
    assert extract("The court denied bail to both men.") == []


def test_warned_that(extract):
    c = one(extract("Doctors warned that hospitals would run out of beds by January."))
    assert c.claimant == "Doctors" and c.claimant_entity is None and c.cue == "warned"


def test_warned_without_clause_is_no_claim(extract):
    assert extract("Police warned drivers about black ice on the coast road.") == []


def test_estimated_that_is_hedged(extract):
    c = one(extract("Officials estimated that 3,000 people had been displaced by the floods."))
    assert c.hedged and c.cue == "estimated"


def test_estimated_adjective_is_no_claim(extract):
    assert extract("An estimated 3,000 people attended the march on Saturday.") == []


# --- the source after the content


def test_source_after_content(extract):
    c = one(extract("Sea levels may rise faster than expected, researchers reported on Thursday."))
    assert c.claimant == "researchers" and c.cue == "reported"
    assert c.content == "Sea levels may rise faster than expected"
    assert c.hedged  # "may" on the main verb of the content


def test_reported_for_work_is_no_claim(extract):
    assert extract("Researchers reported for work on Thursday as usual.") == []


def test_inverted_said_after_quote(extract):
    c = one(extract('"We will not give up," said Dr. Amara Okafor, the lead researcher.'))
    assert c.quote_type == "direct" and c.content == '"We will not give up,"'  # the quotation as printed
    assert c.claimant_entity == "Amara Okafor"


def test_quoted_phrase_without_cue_is_no_claim(extract):
    assert extract('The so-called "peace plan" was signed in Geneva on Friday.') == []


# --- direct quotes


def test_speaker_inside_quote(extract):
    c = one(extract("Dr. Amara Okafor leads the vaccine trial at Eastport University.\n\n"
                    "“The plan,” Okafor said, “is dead.”"))
    assert c.quote_type == "direct" and c.content == "“The plan,” “is dead.”"
    assert c.claimant_entity == "Amara Okafor"


def test_speaker_before_with_colon_across_sentences(extract):
    c = one(extract('Okafor said: "This is the best result we have had. We are thrilled."'))
    assert c.quote_type == "direct"
    assert c.content == '"This is the best result we have had. We are thrilled."'
    assert c.claimant == "Okafor"


def test_quote_speaker_in_neighbouring_sentence(extract):
    # (after '"It was a long season," said Tom Reyes.' the next paragraph's quote goes on with that
    # claim: test_resumed_quotes.py)
    claims = extract('Tom Reyes said: "It was a long season."\n\n"We made mistakes and we paid for them."')
    assert [c.content for c in claims] == ['"It was a long season."', '"We made mistakes and we paid for them."']
    assert all(c.claimant_entity == "Tom Reyes" for c in claims)


def test_quote_continued_in_its_paragraph_is_one_claim(extract):
    c = one(extract('"It was a long season," said Tom Reyes. "We made mistakes and we paid for them."'))
    assert c.content == '"It was a long season," "We made mistakes and we paid for them."'
    assert c.claimant_entity == "Tom Reyes" and c.quote_type == "direct"


def test_mixed_quote(extract):
    c = one(extract('She told the council the budget was "a disaster for the town".'))
    assert c.quote_type == "mixed" and c.content.startswith("the budget was")


def test_pronoun_claimant_resolves_to_person(extract):
    claims = extract("Maria Lopez chairs the committee.\n\n“I have nothing to hide,” she told the court.")
    assert one(claims).claimant_entity == "Maria Lopez"


def test_odd_quote_marks_run_to_paragraph_end(extract):
    text = ('"For many people this is the only warm place," Ashworth said. "It is where children learn.\n\n'
            '"If it goes, it will not come back."')
    claims = extract(text)
    assert [c.content for c in claims] == [
        '"For many people this is the only warm place," "It is where children learn.',
        '"If it goes, it will not come back."']
    assert all(c.claimant == "Ashworth" and c.quote_type == "direct" for c in claims)


# --- according to


def test_according_to(extract):
    c = one(extract("According to police, the fire started in the kitchen."))
    assert c.cue == "according to" and c.claimant == "police"
    assert c.content == "the fire started in the kitchen"


def test_according_to_in_the_middle(extract):
    c = one(extract("The fire, according to police, started in the kitchen."))
    assert c.content == "The fire started in the kitchen" and c.claimant == "police"


def test_according_to_plan_is_no_claim(extract):
    assert extract("The launch went according to plan on Tuesday.") == []


# --- reports with no named source


@pytest.mark.parametrize("text", [
    "Russian forces are reported to be fleeing their military bases in Syria.",
    "Multiple units were said to be surrounded near the city.",
    "It is claimed that the mayor took bribes.",
    "The mayor reportedly took bribes from two developers.",
    "Clashes were reported in the city overnight.",
])
def test_unattributed_reports(extract, text):
    c = one(extract(text))
    assert c.claimant is None and c.claimant_entity is None
    assert c.quote_type == "reported" and c.hedged


def test_reported_to_police_is_no_claim(extract):
    assert extract("The theft was reported to police on Monday.") == []


def test_two_reports_in_one_sentence_are_one_claim(extract):
    c = one(extract("The rebels are reported to be pushing further south and were said to be "
                    "closing in on Hama on Saturday."))
    assert c.quote_type == "reported" and "closing in on Hama" in c.content


# --- claimants


def test_group_claimant_stays_text(extract):
    c = one(extract("Critics said the scheme would cost far more than planned."))
    assert c.claimant == "Critics" and c.claimant_entity is None


def test_appositive_name_is_the_claimant(extract):
    c = one(extract("The opposition leader, David Okoro, said the budget broke a promise."))
    assert c.claimant_entity == "David Okoro"


def test_surname_resolves_to_full_name(extract):
    claims = extract("Dr. Amara Okafor leads the trial.\n\nOkafor said the vaccine was safe.")
    assert one(claims).claimant_entity == "Amara Okafor"


def test_negated_cue_is_no_claim(extract):
    assert extract("The minister did not say whether taxes would rise.") == []


def test_negated_belief_is_a_denied_claim(extract):
    c = one(extract("Officers do not believe the fire is linked to the dispute."))
    assert c.polarity == "denied" and c.content == "the fire is linked to the dispute"


# --- plain facts and the seed article


@pytest.mark.parametrize("text", [
    "The vaccine requires three doses given a month apart.",
    "Russia has two major military bases in Syria.",
    "The library opened in 1962 and was refurbished in 2015.",
])
def test_plain_facts_are_not_claims(extract, text):
    assert extract(text) == []


def test_seed_article(extract):
    text = (ROOT / "seeds" / "syria-russia-bases.txt").read_text(encoding="utf-8")
    claims = extract(text)

    def find(prefix):
        return next(c for c in claims if c.content.startswith(prefix))

    for prefix in ("Russian forces are reported", "Multiple Russian units", "Russian troops are also",
                   "The rebels are reported", "Clashes were reported"):
        c = find(prefix)
        assert c.quote_type == "reported" and c.claimant is None and c.hedged, c
    u = find("Russian forces in Syria")
    assert (u.claimant, u.cue, u.quote_type) == ("Ukraine’s military intelligence", "claims", "indirect")
    z = find("the situation in Syria")
    assert z.claimant_entity == "Alexander Zhuravlyov" and z.cue == "acknowledged"
    assert not any("two major military bases" in c.content for c in claims)
    assert len(claims) == 7


def test_interrupted_quote_is_one_claim(extract):
    c = one(extract("Nina Patel represents him.\n\n"
                    "“He did nothing wrong,” she said, “and he has the emails to prove it.”"))
    assert c.content == "“He did nothing wrong,” “and he has the emails to prove it.”"
    assert c.quote_type == "direct"


def test_claim_noun_with_clause_is_a_report(extract):
    c = one(extract("The company declined to comment on reports that it had approached lenders."))
    assert c.quote_type == "reported" and c.claimant is None and c.content == "it had approached lenders"


def test_claim_noun_without_clause_is_no_claim(extract):
    assert extract("The claims could not be independently verified.") == []


def test_they_refers_to_plural_subject(extract):
    claims = extract("Regulators have opened an inquiry. They said the company had known about the fault.")
    assert one(claims).claimant == "Regulators"


def test_an_untagged_quote_continues_the_same_speakers_quote_in_its_paragraph(extract):
    text = ('Harbour plan approved\n\n"The harbour will reopen in May," Mayor Lena Brandt said. '
            '"We owe that to the fishermen. Nobody wants another winter like the last."\n\n'
            '"It is too late," said Tom Reyes.\n')
    claims = extract(text)
    first = next(c for c in claims if c.content.startswith('"The harbour will reopen'))
    assert "We owe that to the fishermen" in first.content and first.content.endswith('like the last."')
    assert first.claimant_entity == "Lena Brandt"
    assert text[first.start:first.end].startswith('"The harbour') and text[first.end - 2:first.end] == '."'
    other = [c for c in claims if "too late" in c.content]
    assert len(other) == 1 and other[0].claimant == "Tom Reyes" and "owe" not in other[0].content


# -- speech acts and kinds (speech_acts.py, lexicon/kinds.py)

@pytest.mark.parametrize("text, content, kind", [
    ("Mayor Lena Brandt vowed to rebuild the harbour wall before winter.",
     "to rebuild the harbour wall before winter", "promise"),
    ("Councillor Tom Reyes urged the ministry to release the flood maps.",
     "the ministry to release the flood maps", "proposal"),
    ("The union called for an inquiry into the collapse of the pier.",
     "an inquiry into the collapse of the pier", "proposal"),
    ("Senator Maria Lopez blamed the contractor for the delays at the port.",
     "the contractor for the delays at the port", "accusation"),
    ("The fishermen's association praised the new quota system.", "the new quota system", "evaluation"),
    ("Reporters asked whether the ferry service would resume in March.",
     "whether the ferry service would resume in March", "question"),
    ("The auditors found that the council had overspent by £2 million.",
     "the council had overspent by £2 million", "evidence"),
    ("Tom Reyes accused the harbour board of hiding the survey.",
     "the harbour board of hiding the survey", "accusation"),
    ("Lena Brandt believes the tunnel will be finished next year.",
     "the tunnel will be finished next year", "belief"),
    ("Lena Brandt predicted that the tunnel would open late.", "the tunnel would open late", "prediction"),
    ("Lena Brandt denied that the tunnel was over budget.", "the tunnel was over budget", "denial"),
    ("Lena Brandt said the tunnel was on schedule.", "the tunnel was on schedule", "assertion"),
    ("Lena Brandt repeated her warning that the pier could collapse in a storm.",
     "the pier could collapse in a storm", "prediction"),
    ("Tom Reyes defended his belief that the ferry should stay public.",
     "the ferry should stay public", "belief"),
])
def test_claim_kind_from_the_cue(extract, text, content, kind):
    c = one(extract(text))
    assert (c.content, c.kind) == (content, kind)


def test_speech_acts_need_a_speaker_and_no_negation(extract):
    assert extract("The storm did not blame anyone for the damage, it seemed.") == []
    assert extract("Lena Brandt did not vow to rebuild the wall.") == []


def test_a_refusal_is_no_claim(extract):
    assert extract("A spokesman for the harbour board declined to comment on the survey.") == []


def test_colon_headlines_with_titles_kickers_and_inner_capitals(extract):
    text = ("Dr. Lena McBride: Harbour Tax Plan Would Sink Small Fishing Firms.\n\n"
            "Dr. Lena McBride spoke to reporters in Eastport on Tuesday.\n\n"
            "EXCLUSIVE – Tom Reyes: Do Not Trust the Ferry Budget.\n\n"
            "Rep. Ann Kowalski (D-Ore.):\"We asked for the figures twice and never got them.\"\n\n"
            "Editor: Mark Ellis, Sam Ortiz, Joan Pike, Lee Wong\n")
    claims = {c.claimant: c.content for c in extract(text) if c.cue == ":"}
    assert claims["Dr. Lena McBride"].startswith("Harbour Tax Plan Would Sink")
    assert claims["Tom Reyes"].startswith("Do Not Trust the Ferry Budget")
    assert claims["Rep. Ann Kowalski"].startswith("\"We asked for the figures")
    assert "Editor" not in claims  # a list of names is no speech


def test_colon_headlines_by_an_outlet_or_a_camp(extract):
    text = ("EP Harbour News: Ferry Strike Will Cost the Town a Million.\n\n"
            "Brandt camp: Reyes would sell the harbour to his friends.\n\n"
            "Brandt budget: more money for the ferry and the pier.\n\n"  # no speaker before the colon
            "The strike began on Monday.\n")
    claims = {c.claimant: c.content for c in extract(text) if c.cue == ":"}
    assert claims == {"EP Harbour News": "Ferry Strike Will Cost the Town a Million.",
                      "Brandt camp": "Reyes would sell the harbour to his friends."}


def test_quote_tagged_by_the_text_it_was_read_from(extract):
    text = ("The council met on Tuesday night in Eastport.\n\n"
            "“Vote for the harbour plan. It saves jobs,” the leaflet read.\n\n"
            "“Keep the ferry running,” she said, and read the letter.\n")
    claims = extract(text)
    read = [c for c in claims if c.cue == "read"]
    assert len(read) == 1 and read[0].quote_type == "direct" and "leaflet" in read[0].claimant
    assert read[0].content.startswith("“Vote for the harbour plan.")
    assert all(c.cue != "read" for c in claims if "ferry" in c.content)  # "said" tags that one


def test_transcript_lines_are_direct_quotes_by_the_speaker(extract):
    text = ("Debate night in Eastport\n\nMayor Lena Brandt and Tom Reyes met on stage on Tuesday.\n\n"
            "BRANDT: We rebuilt the harbour wall and we kept the ferry running.\n\n"
            "REYES: The wall cracked twice and the ferry ran late all summer.\n\n"
            "UPDATE: This story has been corrected.\n")
    claims = [c for c in extract(text) if c.cue == ":"]
    assert [(c.claimant, c.quote_type) for c in claims] == [("BRANDT", "direct"), ("REYES", "direct")]
    assert claims[0].claimant_entity == "Lena Brandt"
    assert claims[0].content == "We rebuilt the harbour wall and we kept the ferry running."


def test_an_unquoted_evaluation_needs_its_second_complement(extract):
    c = one(extract("Tom Reyes called the mayor a liar at the meeting."))
    assert (c.content, c.kind, c.claimant) == ("the mayor a liar at the meeting", "evaluation", "Tom Reyes")
    c = one(extract("Lena Brandt described the deal as a disaster for the town."))
    assert c.kind == "evaluation" and c.content == "the deal as a disaster for the town"
    assert extract("Tom Reyes called the police.") == []
    assert extract("Lena Brandt called the meeting to order.") == []


def test_a_long_description_resolves_to_the_named_speaker(extract):
    c = one(extract("Rep. Adam B. Schiff of California, the ranking Democrat on the House Intelligence "
                    "Committee, said the report would be released."))
    assert c.claimant_entity == "Adam B. Schiff"
    c = one(extract("The ranking Democrat on the committee, Rep. Maria Lopez of Texas, said the hearing was a sham."))
    assert c.claimant_entity == "Maria Lopez"


def test_a_pronoun_prefers_the_subject_of_the_sentence_before(extract):
    c = one(extract("Maria Lopez met Tom Reyes on Monday. She said the hearing was a sham."))
    assert c.claimant_entity == "Maria Lopez"


def test_organisations_and_documents_are_claimants(extract):
    claims = extract("The State Department said the talks would resume. "
                     "Emails released on Friday show that the aide knew about the server.")
    # ("would resume": what the department expects, so a prediction; content_kinds.py)
    assert [(c.claimant_entity or c.claimant, c.kind) for c in claims] == [
        ("State Department", "prediction"), ("Emails", "evidence")]


def test_a_document_shows_without_that_and_a_citation_is_evidence(extract):
    c = one(extract("The survey shows most residents oppose the new toll on the bridge."))
    assert (c.content, c.kind, c.claimant) == ("most residents oppose the new toll on the bridge", "evidence", "The survey")
    assert extract("The map shows the bridge.") == []
    c = one(extract("Lena Brandt cited a report by the harbour authority on silt in the channel."))
    assert c.kind == "evidence" and c.content.startswith("a report by the harbour authority")


@pytest.mark.parametrize("text, content, cue", [
    ("The harbour board announced a new ferry timetable for the winter.",
     "a new ferry timetable for the winter", "announced"),
    ("Lena Brandt explained why the tunnel had flooded twice in March.",
     "why the tunnel had flooded twice in March", "explained"),
    ("Tom Reyes talked about the closure of the fish market.",
     "the closure of the fish market", "talked about"),
    ("Mayor Ann Lee boasted of her record on school funding.", "her record on school funding", "boasted of"),
    ("The senator bragged of his wins in the primaries.", "his wins in the primaries", "bragged of"),
    ("Two nurses complained of the long night shifts.", "the long night shifts", "complained of"),
    ("Tom Reyes talked of the closure of the fish market.", "the closure of the fish market", "talked of"),
    ("Dr. Ruth Okafor testified on the safety of the new vaccine.", "the safety of the new vaccine", "testified on"),
    ("The former minister opined on the state of the harbour.", "the state of the harbour", "opined on"),
    ("The old coach reminisced about his first season in the league.", "his first season in the league",
     "reminisced about"),
    ("Analysts speculated about the timing of the merger.", "the timing of the merger", "speculated about"),
    ("The senator gushed about her new grandson.", "her new grandson", "gushed about"),
    ("The mayor underscored the urgency of fixing the bridge.", "the urgency of fixing the bridge", "underscored"),
    ("The governor bemoaned the state of the roads.", "the state of the roads", "bemoaned"),
    ("Party leaders reaffirmed their support for the tax plan.", "their support for the tax plan", "reaffirmed"),
    ("The candidate trumpeted his new jobs plan.", "his new jobs plan", "trumpeted"),
    ("Party leaders signaled their support for the bridge tax.", "their support for the bridge tax", "signaled"),
    ("Two senators floated the idea of a gas tax holiday.", "the idea of a gas tax holiday", "floated"),
])
def test_cues_whose_content_is_a_phrase_or_a_wh_clause(extract, text, content, cue):
    c = one(extract(text))
    assert (c.content, c.cue) == (content, cue)


def test_a_topic_or_report_needs_its_phrase(extract):
    assert extract("The harbour board announced on Monday.") == []
    assert extract("Tom Reyes talked for an hour.") == []
    assert extract("Council members grew tired of talk of a new tax.") == []  # a noun, no act
    assert extract("Tom Reyes talked of it.") == []  # a pronoun: the sentence before says what
    assert extract("The witness testified on Monday.") == []  # when, not what
    assert extract("Ms. Lee testified on behalf of the union.") == []  # for whom, not of what
    assert extract("Analysts speculated for an hour.") == []
    assert extract("The new data underscore the need for more nurses.") == []  # no speaker
    assert extract("The bold colors underscore the mood of the painting.") == []
    assert extract("The new figures signal a slowdown in hiring.") == []  # no speaker


def test_a_conditional_after_said_is_content_not_a_question(extract):
    c = one(extract("Lena Brandt said if the tunnel floods again, the ferry will run all night."))
    assert c.content == "if the tunnel floods again, the ferry will run all night"


def test_the_speakers_next_act_is_not_the_content(extract):
    claims = extract("Tom Reyes said the pier was unsafe, and he urged the board to close it.")
    assert claims[0].content == "the pier was unsafe"
    c = extract("Lena Brandt said the ferry would run on Sunday, adding that fares would stay the same.")[0]
    assert c.content == "the ferry would run on Sunday"


def test_a_second_that_clause_is_content_too(extract):
    # the parse hangs "but that ..." on the cue, not on the first clause
    c = one(extract("Officials believe there are no easy answers, but that the lesser evil will have to do."))
    assert c.content == "there are no easy answers, but that the lesser evil will have to do"
    # no "that": the speaker's own next clause stays out
    c = extract("Officials believe there are no easy answers, but they refused to give up.")[0]
    assert c.content == "there are no easy answers"


def test_another_speaker_after_while_is_a_claim_of_their_own(extract):
    claims = extract("The mayor said the strike was over, while the union said talks would go on.")
    assert [(c.claimant, c.content) for c in claims] == [
        ("The mayor", "the strike was over"), ("the union", "talks would go on")]
    # no second speaker: the "while" clause is part of what was said
    c = one(extract("The mayor said the strike was over, while talks would go on."))
    assert c.content == "the strike was over, while talks would go on"


def test_the_speakers_next_verb_of_judging_is_not_the_content(extract):
    claims = extract("Ms. Hale said Mr. Grant was ignorant of farming and criticized him for mocking growers.")
    assert claims[0].content == "Mr. Grant was ignorant of farming"
    # a narrated past event may go on with its own subject's next act
    c = one(extract("Staff members said the coach ranked the players by height and talked about "
                    "which ones he would cut."))
    assert c.content.endswith("talked about which ones he would cut")


def test_called_on_needs_an_infinitive(extract):
    c = one(extract("The union called on the board to reopen the pier."))
    assert (c.content, c.cue, c.kind) == ("the board to reopen the pier", "called on", "proposal")
    assert extract("The union called on Tuesday.") == []


def test_asked_someone_if_is_a_question(extract):
    c = one(extract("The reporter asked the mayor if the pier would reopen in spring."))
    assert (c.content, c.kind) == ("if the pier would reopen in spring", "question")


def test_an_evaluation_stops_before_the_next_act(extract):
    claims = extract("Tom Reyes criticised the board, calling them “cowards” and vowing to sue them.")
    calling = next(c for c in claims if c.cue == "calling")
    assert calling.content == "them “cowards”"
    c = next(c for c in extract("Lena Brandt called her “second-rate” and left.") if c.cue == "called")
    assert c.content == "her “second-rate”"


def test_asked_before_the_subject_has_no_claimant(extract):
    claims = extract("Asked whether the pier would reopen, Lena Brandt said the survey was not finished.")
    question = next(c for c in claims if c.cue == "asked")
    assert question.claimant is None and question.kind == "question"
    said = next(c for c in claims if c.cue == "said")
    assert said.claimant == "Lena Brandt"


def test_a_wire_dateline_is_not_the_speaker(extract):
    for dateline in ("EASTPORT (Wire) -", "EASTPORT --", "EASTPORT ―"):
        c = one(extract(f"Harbour news\n\n{dateline} Mayor Lena Brandt said the pier would reopen in May."))
        assert c.claimant_entity == "Lena Brandt", dateline


def test_topics_of_speaking_and_commenting(extract):
    c = one(extract("The mayor commented on the closure of the fish market."))
    assert (c.content, c.cue) == ("the closure of the fish market", "commented on")
    assert extract("The mayor pointed to the map on the wall.") == []


def test_a_share_of_voters_is_a_claimant(extract):
    c = one(extract("About 6 in 10 say the ferry should run all winter."))
    assert c.claimant == "About 6 in 10" and c.content == "the ferry should run all winter"


def test_expect_that_is_a_prediction_and_is_expected_to_no_claim(extract):
    c = one(extract("Lena Brandt expects that the new bridge will open in the spring."))
    assert (c.claimant, c.kind, c.content) == ("Lena Brandt", "prediction", "the new bridge will open in the spring")
    assert extract("The new bridge is expected to open in the spring.") == []


def test_is_accused_of_is_an_unattributed_accusation(extract):
    c = one(extract("The skipper is accused of sailing without lights and of ignoring the harbour master."))
    assert (c.claimant, c.kind, c.quote_type) == (None, "accusation", "reported")
    assert c.content == "The skipper is accused of sailing without lights and of ignoring the harbour master"


def test_advising_a_client_or_requesting_anonymity_is_no_proposal(extract):
    assert extract("The consultant has advised the harbour board since 2019.") == []
    assert extract("A council officer, who requested anonymity to discuss the budget, left early.") == []
    c = one(extract("Tom Reyes advised the board to close the pier."))
    assert (c.content, c.kind) == ("the board to close the pier", "proposal")


def test_they_in_an_aside_is_not_the_subject_it_frames(extract):
    c = one(extract("The harbour repairs, they believe, will take two years."))
    assert c.claimant == "they" and c.content == "The harbour repairs will take two years"


def test_his_and_her_resolve_to_the_named_speaker(extract):
    c = one(extract("Tom Reyes defended his belief that the ferry should stay public."))
    assert c.claimant_entity == "Tom Reyes"


def test_a_reason_hung_on_the_cue_is_content(extract):
    c = one(extract("Tom Reyes said the plan was doomed, because the council had no money left."))
    assert c.content == "the plan was doomed, because the council had no money left"


def test_the_clause_before_a_colon_is_not_the_speakers(extract):
    claims = extract("Tempers flared on Friday: the union said the mayor had broken his promise.")
    said = next(c for c in claims if c.cue == "said")
    assert said.content == "the mayor had broken his promise"


def test_both_before_a_coordinated_claimant_stays_in_it(extract):
    # the parse hangs "both" on "after" here, outside the subject
    claims = extract("Peace talks faltered after both the government and separatist fighters "
                     "accused each other of breaking the truce.")
    accused = next(c for c in claims if c.cue == "accused")
    assert accused.claimant == "both the government and separatist fighters"


def test_a_predicate_the_parse_split_off_the_content_is_kept(extract):
    # the parse makes "patients treated ..." and "were four times more likely ..." two clauses
    claims = extract("The inquiry found that patients treated in two hospitals within a year were "
                     "four times more likely to be readmitted than patients treated once.")
    found = next(c for c in claims if c.cue == "found")
    assert found.content.endswith("were four times more likely to be readmitted than patients treated once")
    assert found.hedged  # "likely" hedges it


# --- claimants: who speaks when the parse puts someone else in subject position


def test_the_object_of_a_control_verb_is_the_claimant(extract):
    claims = extract("The narrow defeat led the union leader Maria Lopez to declare that the "
                     "strike would go on.")
    declare = next(c for c in claims if c.cue == "declare")
    assert declare.claimant_entity == "Maria Lopez"
    # a verb of using is no control verb: the speaker stays the subject
    claims = extract("Tom Reyes used his speech to argue that the ferry should stay public.")
    argue = next(c for c in claims if c.cue == "argue")
    assert argue.claimant_entity == "Tom Reyes"


def test_those_surveyed_keeps_its_participle(extract):
    c = one(extract("By a wide margin, those surveyed said the ferry should stay public."))
    assert c.claimant == "those surveyed"
    claims = extract("The poll found that those who said the ferry should stay public were older.")
    said = next((c for c in claims if c.cue == "said"), None)
    assert said is None or said.claimant == "those"  # never the clause of its own cue



def _misparsed(nlp, words, heads, deps, pos, tags, ents):
    """A Doc with the given (wrong) parse, as the statistical parser sometimes makes it."""
    from spacy.tokens import Doc

    lemmas = ["say" if w == "said" else w.lower() for w in words]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)


def test_a_speaker_the_parse_left_beside_the_quote(nlp):
    from services.extract.claim_doc import ClaimDoc

    # “We are tired,” said Tom Reyes, half joking.  -- the parse makes Reyes the subject of "joking"
    words = ["“", "We", "are", "tired", ",", "”", "said", "Tom", "Reyes", ",", "half", "joking", "."]
    heads = [2, 2, 6, 2, 6, 6, 6, 8, 11, 8, 11, 6, 6]
    deps = ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "ROOT", "compound", "nsubj", "punct",
            "nsubj", "ccomp", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT", "NOUN",
           "VERB", "PUNCT"]
    tags = ["``", "PRP", "VBP", "JJ", ",", "''", "VBD", "NNP", "NNP", ",", "NN", "VBG", "."]
    doc = _misparsed(nlp, words, heads, deps, pos, tags, ["O"] * 7 + ["B-PERSON", "I-PERSON"] + ["O"] * 4)
    assert ClaimDoc(doc).subject(doc[6]).text == "Reyes"
    # “We are tired,” Maria Lopez, an adviser, said.  -- the parse puts Lopez in the quote's clause
    words = ["“", "We", "are", "tired", ",", "”", "Maria", "Lopez", ",", "an", "adviser", ",", "said", "."]
    heads = [2, 2, 12, 2, 2, 2, 7, 2, 7, 10, 7, 7, 12, 12]
    deps = ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "compound", "attr", "punct", "det",
            "appos", "punct", "ROOT", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN",
           "PUNCT", "VERB", "PUNCT"]
    tags = ["``", "PRP", "VBP", "JJ", ",", "''", "NNP", "NNP", ",", "DT", "NN", ",", "VBD", "."]
    doc = _misparsed(nlp, words, heads, deps, pos, tags, ["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 6)
    assert ClaimDoc(doc).subject(doc[12]).text == "Lopez"
    # a cue with a subject of its own keeps it
    words = ["Tom", "Reyes", "said", "it", "was", "over", "."]
    doc = _misparsed(nlp, words, [1, 2, 2, 4, 2, 4, 2], ["compound", "nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct"],
                     ["PROPN", "PROPN", "VERB", "PRON", "AUX", "ADJ", "PUNCT"],
                     ["NNP", "NNP", "VBD", "PRP", "VBD", "JJ", "."], ["B-PERSON", "I-PERSON"] + ["O"] * 5)
    assert ClaimDoc(doc).subject(doc[2]).text == "Reyes"


def test_a_participle_hung_on_the_content_goes_with_the_cue(extract):
    # the parse hangs "saying" on "cut" (inside what Reyes argued): the speaker is still Reyes
    claims = extract("Tom Reyes argued that a new ferry would cut costs, saying the old one was unsafe.")
    saying = next(c for c in claims if c.cue == "saying")
    assert saying.claimant_entity == "Tom Reyes"
    claims = extract("Maria Lopez said the council's plan reminds her of an old novel, explaining "
                     "that it promised too much.")
    explaining = next(c for c in claims if c.cue == "explaining")
    assert explaining.claimant_entity == "Maria Lopez"


def test_the_name_after_a_dateline_speaks(extract):
    # the parse takes the dateline's place for the subject
    claims = extract("Ferry row. Washington (AFP) – Senator Jane Roe on Monday attacked the ferry plan, "
                     "saying it would cost too much.")
    assert {c.claimant for c in claims} == {"Senator Jane Roe"}
    claims = extract("Ferry row. New York (AFP) – Mayor Tom Reyes hit the road with the governor for the "
                     "first time, accusing the council of wasting money.")
    assert [c.claimant_entity for c in claims] == ["Tom Reyes"]
    # a name followed by a relative clause and a dash is no dateline
    claims = extract("Ferry row. Reyes, who has run the port since 2010 – and the council before it – "
                     "said the plan would cost too much.")
    assert all(c.claimant == "Reyes" for c in claims)


def test_a_clause_past_a_dash_after_the_tag_is_not_the_content(extract):
    # "Y, aides predict — Z": the tag closes Y; what follows a dash or a semicolon is the writer's
    claims = extract("The levy will pass easily, aides predict — votes the mayor has counted twice.")
    assert [(c.content, c.claimant) for c in claims] == [("The levy will pass easily", "aides")]
    claims = extract("The ferry will keep running, the mayor said; the crane will be fixed by May.")
    assert [(c.content, c.claimant) for c in claims] == [("The ferry will keep running", "the mayor")]
    # with no break, the clause after the tag is the content ("While not all he says is true, X said Y")
    claims = extract("While not all the mayor says is true, the harbour master said the crane was safe.")
    assert ("the crane was safe", "the harbour master") in [(c.content, c.claimant) for c in claims]
