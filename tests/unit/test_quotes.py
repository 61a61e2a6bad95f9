"""Quotations: where quoted text is, by the marks alone (quote_spans, no spaCy), and how quotes
become claims (the whole quotation, every fragment, the speaker's tag), with the claim fixtures."""

from __future__ import annotations

import pytest

from services.extract.quotes import quote_spans


def test_quote_spans_curly_and_unbalanced():
    text = "“One,” he said. ‘Two’ and \"three\".\n\n“Four"
    assert [text[s:e] for s, e in quote_spans(text)] == ["One,", "Two", "three", "Four"]


def test_quote_spans_closing_mark_without_opening_starts_at_paragraph():
    text = "He said it was over.” Then he left."
    assert [text[s:e] for s, e in quote_spans(text)] == ["He said it was over."]


def test_an_elided_century_is_no_opening_mark():
    text = "He lost the ‘08 race and the ‘90s were worse, but he called it ‘a fair fight’ all the same."
    assert [text[s:e] for s, e in quote_spans(text)] == ["a fair fight"]
    # a quotation that opens with a number still opens
    text = "She called the pier ‘50 years too old’ and the ferry ‘a wreck’."
    assert [text[s:e] for s, e in quote_spans(text)] == ["50 years too old", "a wreck"]


def test_doubled_apostrophes_are_quotation_marks():
    text = "Title\n\n''We will win,'' she said, and he called it ''a dream.'' It's Bob's ''day''\n"
    assert [text[s:e] for s, e in quote_spans(text)] == ["We will win,", "a dream.", "day"]


def test_an_opening_mark_printed_as_a_close_ends_the_quote():
    text = "“The levee will hold,“ said Ana Ruiz, the county engineer. She asked for “a quick review“ of it."
    assert [text[s:e] for s, e in quote_spans(text)] == ["The levee will hold,", "a quick review"]


def test_an_opening_mark_before_a_word_still_opens_a_new_quote():
    text = "He called it “a farce and “a disgrace” in one breath."
    assert [text[s:e] for s, e in quote_spans(text)] == ["a farce and", "a disgrace"]


def test_a_quote_closed_by_a_misprinted_mark_keeps_its_tag(extract):
    text = "“The levee will hold through the spring,“ said Ana Ruiz, the county engineer."
    [c] = extract(text)
    assert (c.cue, c.claimant, c.quote_type) == ("said", "Ana Ruiz", "direct")
    assert c.content == "“The levee will hold through the spring"


def test_a_not_inside_the_quote_does_not_negate_its_tag(extract):
    text = "“Absolutely not,” he said."
    [c] = extract(text)
    assert (c.cue, c.claimant, c.quote_type, c.content) == ("said", "he", "direct", "“Absolutely not,”")


def test_a_negated_tag_after_a_quote_is_still_no_claim(extract):
    assert extract("“Absolutely not,” he did not say.") == []


def test_a_name_the_tagger_took_for_a_verb_still_speaks_a_manner_tag(extract):
    # the small model tags "Trump" as the verb "trump" after a quote
    text = "“The levy is a gift to the landlords,” Trump shot back."
    [c] = extract(text)
    assert (c.cue, c.claimant, c.quote_type) == ("shot", "Trump", "direct")


# --- quotations as claims: the whole quotation, every fragment, the speaker's tag

def test_mixed_content_runs_to_the_closing_mark(extract):
    text = "The mayor said the budget was “rushed. Nobody on the council read it before the vote.” Then she left."
    c = next(c for c in extract(text) if c.cue == "said")
    assert c.quote_type == "mixed"
    assert c.content == "the budget was “rushed. Nobody on the council read it before the vote.”"
    assert text[c.start:c.end] == c.content


def test_any_verb_after_a_quote_is_its_tag(extract):
    text = "“If the river rises again, we will lose the harvest,” the farmer joked on Monday."
    [c] = extract(text)
    assert (c.cue, c.claimant, c.quote_type) == ("joked", "the farmer", "direct")


def test_a_tag_parsed_as_its_own_sentence_joins_the_next_quote(extract):
    text = ("“Is the council really so blind that it cannot see the boats stuck in the mud?” Okafor "
            "continued. “Is it so careless that it thinks fishermen will wait forever?”")
    [c] = extract(text)
    assert c.cue == "continued" and c.claimant == "Okafor"
    assert c.content.startswith("“Is the council") and c.content.endswith("wait forever?”")


def test_a_long_tag_sentence_with_a_verb_of_saying_tags_the_quote(extract):
    text = ("The ferry has lost money for a decade. “Who would pay for a bridge that nobody is going to use?” "
            "Varga told reporters during a long call on Tuesday.")
    [c] = extract(text)
    assert (c.cue, c.claimant, c.quote_type) == ("told", "Varga", "direct")


def test_a_long_sentence_after_a_quote_with_another_verb_is_no_tag(extract):
    text = ("The ferry has lost money for a decade. “Who would pay for a bridge that nobody is going to use?” "
            "Varga drove to the harbour on Tuesday morning with two of her aides.")
    assert all(c.cue != "drove" for c in extract(text))


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("The council met on Monday. “The harbour plan ignores every fisherman in this town,” the two write. "
     "“We will not sign it.”", "write", "the two"),
    ("The council met on Monday. “The harbour plan ignores every fisherman in this town,” the fishermen’s "
     "union states in the letter.", "states", "the fishermen’s union"),
    ("The council met on Monday. “Who pays for the bridge? Who pays for the ferry?” a narrator in the Varga "
     "ad asks. The spot ends with a photo of the harbour.", "asks", "a narrator"),
])
def test_a_tag_verb_the_tagger_took_for_a_noun_after_its_source(extract, by_cue, text, cue, speaker):
    assert by_cue(extract(text), cue).claimant == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("The board met on Friday. HARBOUR VOTE TOO CLOSE TO CALL - Ana Ruiz and Tom Lee: “Although the polls "
     "gave the ferry plan a lead in May, the margin has shrunk to nothing.”", "Ana Ruiz and Tom Lee"),
    ("The board met on Friday. What the count means for the council - More from Ruiz: “The north of the town "
     "has turned against the plan since the flood.”", "Ruiz"),
])
def test_names_after_a_dash_and_before_a_colon_speak_the_quote(extract, by_cue, text, speaker):
    assert by_cue(extract(text), ":").claimant == speaker


@pytest.mark.parametrize("text", [
    "The mayor spoke to the council about the Harbour Trust: “We will not sell it.”",
    "The board met on Friday. Okafor Slams Harbour Plan: “We will not sell it.”",
])
def test_a_place_or_a_headline_before_a_colon_is_no_speaker(extract, text):
    assert all(c.cue != ":" for c in extract(text))


def test_a_double_space_after_the_colon_keeps_the_introducing_verb(extract, by_cue):
    text = "The council asked the mayor to act. Varga resisted:  \"Mayors do not have the power to close the port on their own.\""
    assert by_cue(extract(text), "resisted").claimant == "Varga"


def test_a_noun_after_a_quote_and_its_head_is_no_tag(extract):
    text = "The council met on Monday. “The harbour plan,” the council notes show, was drafted in March."
    assert all(c.cue != "notes" for c in extract(text))


def test_a_quoted_phrase_before_a_subordinate_clause_has_no_tag(extract):
    text = "Critics called the ruling a “rush to judgment,” because judges can still change it."
    assert all(c.cue != "change" for c in extract(text))


def test_a_second_tag_sentence_starts_a_new_claim(extract):
    text = "“The bridge will reopen in May,” Ana Ruiz wrote. She continued: “Nobody expected the repairs to take this long.”"
    claims = extract(text)
    assert [c.content for c in claims] == ["“The bridge will reopen in May,”",
                                           "“Nobody expected the repairs to take this long.”"]


def test_a_comma_or_colon_quote_is_spoken_by_the_nearest_verbs_subject(extract):
    [c] = extract("As the harbour master put it, “The port is closing one boat at a time.”")
    assert (c.cue, c.claimant, c.content) == ("put", "the harbour master", "“The port is closing one boat at a time.”")
    [c] = extract("Mrs. Lee shook her head and said, “No.”")  # short, but tagged: a claim
    assert (c.claimant, c.content) == ("Mrs. Lee", "“No.”")


def test_a_short_quoted_title_is_no_claim(extract):
    assert extract("In Eastport, “The Long Winter” is still playing.") == []


def test_a_tag_with_its_own_claim_and_quoted_name_still_joins_the_next_quote(extract):
    text = ("“We will not leave,” said Tom Baker, a fisherman who said he had worked the bay for years, "
            "a “No-Dredge” campaigner. “This is our home.”")
    c = next(c for c in extract(text) if c.content.startswith("“We will"))
    assert c.claimant == "Tom Baker" and c.content == "“We will not leave,” “This is our home.”"


def test_markup_attribute_values_are_not_quotations():
    text = 'Title\n\n<tweet author="@harbourmaster" date="2026-01-02">“The port is closed,” she wrote.</tweet>\n'
    assert [text[s:e] for s, e in quote_spans(text)] == ["The port is closed,"]


def test_mixed_content_starts_with_the_sentence_that_opened_its_quote(extract):
    text = "Earlier mayors and their councils “were timid. They were slow. There was no plan” for the harbour, Okafor said."
    [c] = extract(text)
    assert c.quote_type == "mixed" and c.claimant == "Okafor"
    assert c.content == "Earlier mayors and their councils “were timid. They were slow. There was no plan” for the harbour"


def test_bylines_kickers_and_name_lists_are_not_transcript_lines(extract):
    text = ("Harbour news\n\nContributing: Amara Okafor and Daniel Reyes, Eastport Gazette.\n\n"
            "Revealed: The Harbour Authority Has A Secret Plan For The Port.\n\n"
            "Eastport: Tom Baker, Ana Ruiz, Dana Ortiz, Bob Hale, Linda Hayes.\n\n"
            "OKAFOR: We will not wait another year for the dredging to start.\n")
    assert [(c.claimant, c.cue) for c in extract(text)] == [("OKAFOR", ":")]


def test_a_live_blog_kicker_is_no_speaker(extract):
    # "The Latest:" opens a wire service's running story: what follows is news, not its words
    text = "The Latest: Harbour board delays its vote on ferry fares.\n\nEASTPORT - The board met on Tuesday."
    assert extract(text) == []


def test_mixed_content_stops_before_the_speakers_next_act(extract):
    claims = extract("In April, Okafor called the dredging plan “an absolute disgrace,” and threatened to sue the authority.")
    c = next(c for c in claims if c.cue == "called")
    assert c.content == "the dredging plan “an absolute disgrace,”"
    [c] = [c for c in extract("In another post, Okafor called Reyes the “ultimate hypocrite,” linking to a story about "
                              "his boat.") if c.cue == "called"]
    assert c.content == "Reyes the “ultimate hypocrite,”"


def test_a_quote_split_around_its_tag_is_one_claim(extract):
    [c] = extract("“Judge,” Brafman said, “I have never had that happen in any case in thirty-seven years.”")
    assert c.claimant == "Brafman" and c.content == "“Judge,” “I have never had that happen in any case in thirty-seven years.”"


def test_a_second_verb_between_two_quotes_keeps_them_apart(extract):
    claims = extract("“If she wins, nothing you can do, folks,” Reyes said before adding: “Though the fishermen, "
                     "maybe there is, I don’t know.”")
    assert [c.content for c in claims] == ["“If she wins, nothing you can do, folks,”",
                                           "“Though the fishermen, maybe there is, I don’t know.”"]



@pytest.mark.parametrize("text", [
    # HuffPost style; a next paragraph "- NAME" too
    "Harbour quotes of the week:\n\n“The port is our life. Without it we have nothing.” ― Ana Ruiz\n\n"
    "“Dredging is late again. Nobody at the council cares about us.”\n\n- Tom Baker, Eastport.\n\nThen it ended.",
    # one line each, "”―" as one token; the dash closes the claim: the next line is not its continuation
    "Voices from the harbour.\n\n“The port is our life. Without it we have nothing.” ― Ana Ruiz\n"
    "“Dredging is late again. Nobody at the council cares about us.”― Tom Baker\n",
    # the dash glued to the name at the next paragraph's start: "-Tom"
    "Voices from the harbour.\n\n“The port is our life. Without it we have nothing.”\n\n-Ana Ruiz, Eastport.\n\n"
    "“Dredging is late again. Nobody at the council cares about us.”\n\n-Tom Baker, Westport.\n",
])
def test_a_name_after_a_dash_is_the_quotes_speaker(extract, text):
    assert [(c.claimant, c.content) for c in extract(text)] == [
        ("Ana Ruiz", "“The port is our life. Without it we have nothing.”"),
        ("Tom Baker", "“Dredging is late again. Nobody at the council cares about us.”")]


def test_stage_notes_and_bylines_are_not_speech():
    from services.extract.quotes import is_not_speech

    assert is_not_speech("(CROSSTALK.)") and is_not_speech("[Laughter]")
    assert is_not_speech("Follow Amara Okafor on Twitter @aokafor.")
    assert not is_not_speech("We will follow the council's plan (if it ever comes).")


def test_a_quoted_label_and_colon_is_no_speech(extract):
    from services.extract.quotes import is_not_speech

    assert is_not_speech("Related:") and is_not_speech("Read more:")
    assert not is_not_speech("Here is the plan: we cut the ferry fares.")
    text = ('“The ferry fares will fall in May,” said Mayor Ana Ruiz.\n\n"Related:"\n\n'
            'Harbor Board Votes To Delay Dredging Again.')
    assert [c.content for c in extract(text)] == ["“The ferry fares will fall in May,”"]


def test_a_transcript_quoted_paragraph_by_paragraph_keeps_its_speakers(extract):
    text = ("The debate went on:\n\n\"HAYES: Mr. Reyes, will the port stay open through the winter?\n\n"
            "\"REYES: It will stay open, and we will dredge the channel in March.\n")
    assert [(c.claimant, c.cue) for c in extract(text)] == [("HAYES", ":"), ("REYES", ":")]


def test_a_participle_after_the_tag_is_not_part_of_the_quote(extract):
    c = next(c for c in extract("\"Too much noise,\" she said, blaming some of it on the harbour master.")
             if c.cue == "said")
    assert (c.quote_type, c.content) == ("direct", '"Too much noise,"')



# Mixed speech the parse hides: each (text, cue, claimant, content); content partly quoted.
MIXED_IN_HARD_PARSES = [
    # the clause after the tag, not the opening clause the parse made a second complement
    ("The ferry workers aren’t worried about the string of delays they’ve faced this winter — in "
     "fact, she said it “toughens” them.", "said", "she", "it “toughens” them"),
    # a passive subject shared with an earlier verb: still the speaker, no passive report
    ("The mayor was pressed into a rare apology and said that her remarks had been ''misread.'' "
     "The council met.", "said", "The mayor", "her remarks had been ''misread"),
    # whoever put out the statement says what it says
    ("The harbour board put out a statement saying the port “cannot take another storm season "
     "without new walls.” Work starts soon.", "saying", "The harbour board",
     "the port “cannot take another storm season without new walls.”"),
    # a cue after a preposition: the subject of the verb the preposition hangs on
    ("The harbour master responded by saying the pier was “never built for ships this size” in "
     "the first place.", "saying", "The harbour master",
     "the pier was “never built for ships this size” in the first place"),
    # a verb that frames its object with a quoted "as" phrase
    ("The mayor referred to the new bridge as “a monument to waste” on Tuesday.", "referred",
     "The mayor", "the new bridge as “a monument to waste”"),
    ("The senator portrayed the tax plan as a “reckless gamble” with public money.",
     "portrayed", "The senator", "the tax plan as a “reckless gamble” with public money"),
    # a conjoined predicate with no comma before it is still the content's
    ("The envoy said the prince shows “great charm” and enjoys a warm bond with the city.", "said",
     "The envoy", "the prince shows “great charm” and enjoys a warm bond with the city"),
    # verbs of implying and worrying frame their clause too
    ("The senator implied the judge was biased and “hostile” to the farmers.", "implied",
     "The senator", "the judge was biased and “hostile” to the farmers"),
    ("In the depths of the drought, the mayor worried that the reservoir was becoming “a puddle "
     "with a fence around it.” Rain came later.", "worried", "the mayor",
     "the reservoir was becoming “a puddle with a fence around it.”"),
]


def test_what_is_implied_is_hedged(extract):
    c = next(c for c in extract(MIXED_IN_HARD_PARSES[-2][0]) if c.cue == "implied")
    assert c.hedged


def test_a_verb_framing_its_object_without_quotes_is_no_claim(extract):
    text = "The mayor referred to the new report as the latest draft of the plan."
    assert [c for c in extract(text) if c.cue == "referred"] == []


def test_a_name_the_parse_hung_on_a_date_is_the_tags_speaker(extract):
    text = ("But in a call with reporters on Dec. 2, Col. Jane Okafor, a spokeswoman in Lagos, said, "
            "''I mean, a patrol is a combat operation. There is no way around that.''")
    c = next(c for c in extract(text) if c.cue == "said")
    assert (c.claimant, c.quote_type) == ("Col. Jane Okafor", "direct")
    assert c.content.endswith("There is no way around that.''")


@pytest.mark.parametrize("text,cue,claimant,content", MIXED_IN_HARD_PARSES)
def test_mixed_speech_in_hard_parses(extract, text, cue, claimant, content):
    c = next(c for c in extract(text) if c.cue == cue)
    assert (c.claimant, c.quote_type, c.content) == (claimant, "mixed", content)


def test_a_cue_after_a_preposition_with_no_clause_is_no_claim(extract):
    text = "The mayor opened the debate by warning the council."
    assert [c for c in extract(text) if c.cue == "warning"] == []


def test_a_speech_act_after_a_preposition_is_the_subjects(extract):
    # speech_acts.py: "by attacking X" is an accusation by the subject of the verb it hangs on
    text = "The mayor opened the debate by attacking the council over the budget."
    assert [(c.cue, c.claimant, c.kind, c.content) for c in extract(text)] == [
        ("attacking", "The mayor", "accusation", "the council over the budget")]


def test_a_run_of_quotes_after_one_tag_goes_on_to_the_last_quotes_end(extract):
    text = ("The chef said that “farm people” “do a fantastic job. And it’s so important. "
            "It’s so important.” Then she left.")
    c = next(c for c in extract(text) if c.cue == "said")
    assert c.content.endswith("It’s so important.”")
    assert text[c.start:c.end] == c.content
