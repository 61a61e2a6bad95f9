"""Quoted content the parse hides: a cue the parse hung elsewhere, a quoted quality after a
misparsed evaluation verb, a quoted "as" phrase after "dismissed". Sentences written for
these tests."""

from __future__ import annotations

import pytest


def test_participle_before_quote_whose_head_is_a_cue_inside_it(extract, by_cue):
    # the parse makes the quoted "said" the head of the sentence: its subject is no speaker
    c = by_cue(extract("Weaver said little on Tuesday, telling reporters, “Many people said the plan "
                       "should be dropped.”"), "telling")
    assert c.claimant == "Weaver" and c.quote_type == "direct"
    assert c.content == "“Many people said the plan should be dropped.”"


def test_evaluation_verb_parsed_as_participle_of_the_name(extract, by_cue):
    c = by_cue(extract("Tom Reyes, who ran the harbour board for a decade, called the mayor's budget "
                       "\"reckless.\""), "called")
    assert c.claimant == "Tom Reyes" and c.quote_type == "mixed"
    assert c.content == "the mayor's budget \"reckless.\""


def test_participle_that_names_a_thing_is_no_evaluation(extract):
    assert not any(c.cue == "called" for c in extract("The ferry operator, a company called “Blue Line,” in Portland."))


def test_dismissed_as_quoted_is_an_evaluation(extract, by_cue):
    c = by_cue(extract("Councilwoman Dana Hill dismissed the complaint as “political theatre.”"), "dismissed")
    assert c.content == "the complaint as “political theatre.”"
    assert c.quote_type == "mixed" and c.polarity == "asserted"


def test_dismissed_claims_stay_a_denial(extract, by_cue):
    c = by_cue(extract("The minister dismissed the claims that the port would close."), "dismissed")
    assert c.polarity == "denied"


def test_participle_of_saying_right_before_the_quote_tags_it(extract, by_cue):
    # the parse makes "writing" the subject of the quote's verb; the lead-in is long
    c = by_cue(extract("Deputy Jo Marsh shared the letter with reporters on Monday, writing “Proud to "
                       "stand with the town that raised me.”"), "writing")
    assert c.claimant == "Deputy Jo Marsh" and c.quote_type == "direct"


def test_verb_of_naming_right_before_a_quote_is_no_tag(extract):
    claims = extract("Last spring the harbour group launched a new campaign website for its members "
                     "called “Save Our Pier Now.”")
    assert not any(c.cue == "called" for c in claims)


def test_words_chanted_or_yelled_are_a_direct_quote_however_short(extract, by_cue):
    c = by_cue(extract("Outside the town hall, dozens of fishermen chanted “Save the pier!”"), "chanted")
    assert c.claimant == "dozens of fishermen" and c.content == "“Save the pier!”"
    c = by_cue(extract("As the mayor left, a woman in the back row yelled “Shame!”"), "yelled")
    assert c.claimant == "a woman in the back row" and c.quote_type == "direct"


def test_words_not_chanted_are_no_claim(extract):
    assert extract("Outside the town hall, the fishermen did not chant “Save the pier!”") == []



_DUNN = "“The budget is a mess,” said Councilman Ray Dunn.\n\n"


@pytest.mark.parametrize("text, cue, claimant", [
    # the colon ends one paragraph, the quote opens the next: the lead-in's subject speaks,
    # not the speaker of the quote before it
    (_DUNN + "The harbor board replied on Friday:\n\n“Our accounts are audited every year and nothing "
     "was ever hidden from the council.”", "replied", "The harbor board"),
    # "following" is a participle of the noun, not the verb that introduces the quote
    ("Crews closed the bridge on Monday.\n\nThe Transport Ministry issued the following statement:\n\n"
     "“We regret the delay and will reopen the bridge as soon as repairs are done.”", "issued",
     "The Transport Ministry"),
    # an inverted lead-in the parse reads as one name
    ("Stated Okafor:\n\n“The port will stay open through the winter, whatever the board decides.”",
     "stated", "Okafor"),
])
def test_lead_in_ending_the_paragraph_before_tags_the_quote(extract, by_cue, text, cue, claimant):
    c = by_cue(extract(text), cue)
    assert (c.claimant, c.quote_type) == (claimant, "direct") and c.content.endswith(".”")


def test_lead_in_without_a_verb_of_saying_does_not_tag(extract):
    # "it gets better:" introduces the quote but names no speaker
    claims = extract(_DUNN + "Wait, it gets better:\n\n“Our accounts are audited every year and nothing "
                     "was ever hidden from the council.”")
    assert not any(c.cue == "gets" or c.claimant == "it" for c in claims)


def test_saying_after_by_is_spoken_by_the_verbs_subject(extract, by_cue):
    # "by saying" hangs on "responded": its speaker is that verb's subject
    c = by_cue(extract("In Dayton, Governor Reyes responded to the heckler by saying, \"Let me finish, sir.\""),
               "saying")
    assert c.claimant == "Governor Reyes" and c.content == "\"Let me finish, sir.\""


def test_manner_tag_whose_name_the_parse_made_a_compound(nlp):
    # the parse of "“Get out,” Dunn barked and an aide led him out." that misses the tag: the
    # name a compound of the verb, the verb an apposition of the quote's verb
    from spacy.tokens import Doc, Span

    from services.extract.claims import ClaimExtractor
    from services.extract.entities import EntityResolver

    words = ["“", "Get", "out", ",", "”", "Dunn", "barked", "and", "an", "aide", "led", "him", "out", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[False, True, False, False, True] + [True] * 7 + [False, False],
              pos=["PUNCT", "VERB", "ADP", "PUNCT", "PUNCT", "PROPN", "VERB", "CCONJ", "DET", "NOUN", "VERB",
                   "PRON", "ADP", "PUNCT"],
              heads=[1, 1, 1, 1, 1, 6, 1, 6, 9, 10, 6, 10, 10, 10],
              deps=["punct", "ROOT", "prt", "punct", "punct", "compound", "appos", "cc", "det", "nsubj", "conj",
                    "dobj", "prt", "punct"], sent_starts=[True] + [False] * 13)
    doc.ents = [Span(doc, 5, 6, "PERSON")]
    for t in doc:
        t.lemma_ = {"barked": "bark", "led": "lead"}.get(t.text, t.text.lower())
    claims = ClaimExtractor().extract(doc, EntityResolver().resolve(doc))
    assert [(c.cue, c.claimant) for c in claims] == [("barked", "Dunn")]


def test_quote_continued_after_its_tag_sentence_when_the_parse_runs_on_past_the_line(extract, by_cue):
    # single line breaks end paragraphs here; the parse runs the second quote on into
    # "Watch the ad below:", which is no lead-in and must not hide the continuation
    text = ("Harbour vote splits the council\n\nThe councillor posted a video on Monday.\n"
            "“This is a serious matter,” Reyes says in the ad. “Mr. Olsen, I challenge you to come here and "
            "have a debate with me … I think the voters deserve to hear your actual voice.”\n"
            "Watch the ad below:\n\nReyes is a lawyer.")
    c = by_cue(extract(text), "says")
    assert c.claimant == "Reyes"
    assert c.content.startswith("“This is a serious matter,” “Mr. Olsen, I challenge you")


def test_rest_of_a_quote_after_a_quoted_word_in_it_is_no_dash_attribution(extract):
    # "… what he calls “hell” than …": the words after the inner quote are the same quote's,
    # not a quote of their own for the name after the dash
    text = ("Voters react to the debate\n\n“He avoided every question about the budget.” ― Ana Ruiz\n"
            "“As a young nurse....I’d rather live in what he calls “hell” than live in a city where he is "
            "mayor.” ― Jo Lima\n“He is not a leader.” ― Tom Reyes")
    claims = extract(text)
    assert not any(c.content.startswith("than live") for c in claims)
    assert [c.claimant for c in claims if c.cue == "―"] == ["Ana Ruiz", "Tom Reyes"]


def test_lower_case_second_part_after_a_long_description_of_the_speaker_joins_the_first(extract, by_cue):
    c = by_cue(extract("“The real danger,” said Ann Lee, an economist who runs the Harbour Institute in Portland, "
                       "“is that the ferry will stop running in winter.”"), "said")
    assert c.claimant == "Ann Lee"
    assert c.content == "“The real danger,” “is that the ferry will stop running in winter.”"


def test_second_part_after_a_second_act_of_the_speaker_stays_apart(extract, by_cue):
    # the tag goes on to "explaining why ...": the quote after it is not the first one's rest
    claims = extract("“The ferry has lost money for years,” Ann Lee wrote in a letter to the council explaining "
                     "why she voted no, “but the town cannot live without it.”")
    assert by_cue(claims, "wrote").content == "“The ferry has lost money for years,”"
