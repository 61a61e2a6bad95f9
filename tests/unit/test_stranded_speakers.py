"""Cue verbs whose speaker the parse hung elsewhere (stranded_speakers.py), and cue verbs inside a
relative clause (relative_cues.py): sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

# The one claim each sentence makes: sentence | content | cue | claimant.
ONE_CLAIM = [tuple(x.strip() for x in row.split("|")) for row in """
Jolly said he would vote against the harbour budget in the spring. | he would vote against the harbour budget in the spring | said | Jolly
Will believes the ferry company has been handed a chance to win the contract. | the ferry company has been handed a chance to win the contract | believes | Will
As part of his plea, Tom Jenks Reyes, 44, said that he stole nearly 100 boats from the harbour over six years. | he stole nearly 100 boats from the harbour over six years | said | Tom Jenks Reyes
Worried by the storms in Maine, Governor Tom Reyes, a Democrat, said the pier would stay closed. | the pier would stay closed | said | Governor Tom Reyes
One fisherman, who like others spoke on the condition of anonymity, said the new timetable was a disaster for the town. | the new timetable was a disaster for the town | said | One fisherman
The harbour clubs have adapted to what the mayor said is growing demand for ferry trips. | what is growing demand for ferry trips | said | the mayor
The sailors were released on Monday, showing what many officials said was a sign of better relations with the port. | what was a sign of better relations with the port | said | many officials
The row began after Ada Moss, asked about the levy, had said the port was losing money. | the port was losing money | said | Ada Moss
The vote came late on Tuesday, as Mayor Ada Moss, angered by the delay, said the ferry would run all winter. | the ferry would run all winter | said | Mayor Ada Moss
The vote was delayed since Lee Park, the harbour master, told reporters the crane was unsafe. | the crane was unsafe | told | Lee Park
The row began after Ada Moss, asked about the levy, had said, “The port is losing money.” | “The port is losing money.” | said | Ada Moss
""".strip().splitlines()]


@pytest.mark.parametrize("text, content, cue, claimant", ONE_CLAIM)
def test_stranded_speaker_makes_one_claim(extract, text, content, cue, claimant):
    assert [(c.content, c.cue, c.claimant) for c in extract(text)] == [(content, cue, claimant)]


def test_clause_opener_read_as_preposition_needs_a_name_and_a_cue(extract):
    # "as"/"after"/"until" taken for a preposition: its object speaks only when it is a name
    # before a cue ("until Tuesday, the harbour master said": the date is no speaker)
    assert [(c.content, c.claimant) for c in extract("The vote was delayed until Tuesday, the harbour master said.")] \
        == [("The vote was delayed until Tuesday", "the harbour master")]
    assert extract("The crews cheered as Ada Moss, the harbour master, walked out of the hall.") == []


def test_free_relative_as_subject_is_no_content(extract):
    # "what the mayor believes" is the sentence's subject (relative_cues.py): the mystery is the
    # writer's, not hers
    assert extract("What the mayor truly believes remains a mystery to the fishermen.") == []


def test_stranded_question_is_no_claim(extract):
    # the parse tags "Jolly" as an adverb here too, but "how Y" is a question, not a statement
    assert extract("Jolly said how the pier would be rebuilt after the storm.") == []


def _claims_of_parse(nlp, words, heads, deps, pos, tags):
    """The claims of a Doc with the given (wrong) parse, as the statistical parser sometimes makes it."""
    from spacy.tokens import Doc

    from services.extract.claims import ClaimExtractor
    from services.extract.entities import EntityResolver

    lemmas = [{"said": "say", "announced": "announce"}.get(w, w.lower()) for w in words]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=["O"] * len(words))
    return [(c.content, c.cue, c.claimant) for c in ClaimExtractor().extract(doc, EntityResolver().resolve(doc))]


# "Two boats sank in the bay , police said ." with the content hung on the tag as an adverbial clause
_TAG_WORDS = ["Two", "boats", "sank", "in", "the", "bay", ",", "police", "said"]
_TAG_HEADS = [1, 2, 8, 2, 5, 3, 8, 8, 8]
_TAG_DEPS = ["nummod", "nsubj", "advcl", "prep", "det", "pobj", "punct", "nsubj", "ROOT"]
_TAG_POS = ["NUM", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "NOUN", "VERB"]
_TAG_TAGS = ["CD", "NNS", "VBD", "IN", "DT", "NN", ",", "NNS", "VBD"]


def test_trailing_tag_the_parse_left_unjoined(nlp):
    claims = _claims_of_parse(nlp, _TAG_WORDS + ["."], _TAG_HEADS + [8], _TAG_DEPS + ["punct"],
                              _TAG_POS + ["PUNCT"], _TAG_TAGS + ["."])
    assert claims == [("Two boats sank in the bay", "said", "police")]


def test_trailing_tag_with_an_object_is_no_tag(nlp):
    # "..., police said a lot.": the cue has an object of its own, so it is no tag of the clause before it
    claims = _claims_of_parse(nlp, _TAG_WORDS + ["a", "lot", "."], _TAG_HEADS + [10, 8, 8],
                              _TAG_DEPS + ["det", "npadvmod", "punct"], _TAG_POS + ["DET", "NOUN", "PUNCT"],
                              _TAG_TAGS + ["DT", "NN", "."])
    assert claims == []


def test_trailing_tag_keeps_a_scare_quoted_word(nlp):
    # "Two boats sank in the “old” bay, police said.": one quoted word does not make a quotation
    words = ["Two", "boats", "sank", "in", "the", "“", "old", "”", "bay", ",", "police", "said", "."]
    claims = _claims_of_parse(nlp, words, [1, 2, 11, 2, 8, 8, 8, 8, 3, 11, 11, 11, 11],
                              ["nummod", "nsubj", "advcl", "prep", "det", "punct", "amod", "punct", "pobj", "punct",
                               "nsubj", "ROOT", "punct"],
                              ["NUM", "NOUN", "VERB", "ADP", "DET", "PUNCT", "ADJ", "PUNCT", "NOUN", "PUNCT", "NOUN",
                               "VERB", "PUNCT"],
                              ["CD", "NNS", "VBD", "IN", "DT", "``", "JJ", "''", "NN", ",", "NNS", "VBD", "."])
    assert [c[1:] for c in claims] == [("said", "police")] and claims[0][0].startswith("Two boats sank in the")


# "Ann Lee , who backed Moss , said Moss has options ." with the cue a clause of the relative clause
_AS_CLAUSE = (["Ann", "Lee", ",", "who", "backed", "Moss", ",", "said"], [1, 1, 1, 4, 1, 4, 4, 4],
              ["compound", "ROOT", "punct", "nsubj", "relcl", "dobj", "punct", "ccomp"],
              ["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PROPN", "PUNCT", "VERB"],
              ["NNP", "NNP", ",", "WP", "VBD", "NNP", ",", "VBD"])


def test_cue_read_as_a_clause_of_another_verb(nlp):
    # the speaker is the name before the aside; a question after the cue is still no claim
    words, heads, deps, pos, tags = _AS_CLAUSE
    claims = _claims_of_parse(nlp, words + ["Moss", "has", "options", "."], heads + [9, 7, 9, 1],
                              deps + ["nsubj", "ccomp", "dobj", "punct"], pos + ["PROPN", "VERB", "NOUN", "PUNCT"],
                              tags + ["NNP", "VBZ", "NNS", "."])
    assert claims == [("Moss has options", "said", "Ann Lee")]
    claims = _claims_of_parse(nlp, words + ["whether", "Moss", "has", "options", "."], heads + [10, 10, 7, 10, 1],
                              deps + ["mark", "nsubj", "ccomp", "dobj", "punct"],
                              pos + ["SCONJ", "PROPN", "VERB", "NOUN", "PUNCT"], tags + ["IN", "NNP", "VBZ", "NNS", "."])
    assert claims == []


def test_an_office_the_parse_hung_on_the_phrase_before(nlp):
    # "After a day of talks , Lee 's office announced that Lee will meet Moss ." with "office" conjoined to
    # "talks": the named office speaks; a common noun with no name ("the office") stays no speaker
    words = ["After", "a", "day", "of", "talks", ",", "Lee", "'s", "office", "announced", "that", "Lee", "will",
             "meet", "Moss", "."]
    heads = [9, 2, 0, 2, 3, 4, 8, 6, 4, 9, 13, 13, 13, 9, 13, 9]
    deps = ["prep", "det", "pobj", "prep", "pobj", "punct", "poss", "case", "conj", "ROOT", "mark", "nsubj", "aux",
            "ccomp", "dobj", "punct"]
    pos = ["ADP", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "PROPN", "PART", "NOUN", "VERB", "SCONJ", "PROPN", "AUX",
           "VERB", "PROPN", "PUNCT"]
    tags = ["IN", "DT", "NN", "IN", "NNS", ",", "NNP", "POS", "NN", "VBD", "IN", "NNP", "MD", "VB", "NNP", "."]
    assert _claims_of_parse(nlp, words, heads, deps, pos, tags) == [("Lee will meet Moss", "announced", "Lee 's office")]
    words[6:8], deps[6:8], pos[6:8], tags[6:8] = ["the", "new"], ["det", "amod"], ["DET", "ADJ"], ["DT", "JJ"]
    assert _claims_of_parse(nlp, words, heads, deps, pos, tags) == []


# The parse joins the tag to the clause before it ("said" and "told" conjoined to "is hanging"):
# the tag names its speaker after the cue, or tells a named reader.
_CLAUSE = "In nearby Toledo, the old glass plant is hanging on, but it is under heavy pressure from cheaper imports"


def test_trailing_tag_with_its_speaker_after_the_cue(extract):
    text = _CLAUSE + ", said the company's chief executive, Jane Roe."
    assert [(c.content, c.cue, c.claimant) for c in extract(text)] == [(_CLAUSE, "said", "Jane Roe")]


def test_trailing_tag_telling_a_newspaper(extract):
    text = _CLAUSE + ", the company's chief executive, Jane Roe, told The Herald."
    assert [(c.content, c.cue, c.claimant) for c in extract(text)] == [(_CLAUSE, "told", "Jane Roe")]


def test_trailing_tag_telling_a_panel(extract):
    text = "This includes a second ferry to serve Orkney, Harbour Secretary Tom Reyes told a Senate panel Wednesday."
    assert [(c.content, c.cue, c.claimant) for c in extract(text)] == [
        ("This includes a second ferry to serve Orkney", "told", "Harbour Secretary Tom Reyes")]


def test_trailing_tag_before_a_dash_and_after_a_dateline(extract):
    # the dash ends the tag; the dateline is no part of what was reported
    text = ("PORTLAND -- Ferry fares will rise this spring, sooner than expected, the harbour board said on "
            "Tuesday -- a change that will hit the islands hardest.")
    assert [(c.content, c.cue, c.claimant) for c in extract(text)] == [
        ("Ferry fares will rise this spring, sooner than expected", "said", "the harbour board")]


def test_trailing_tag_telling_a_story_is_no_tag(extract):
    # a story told is the object of the telling, not whom it is told to: no tag of the clause before it
    text = _CLAUSE + ", the company's chief executive, Jane Roe, told the story."
    assert all(c.content != _CLAUSE for c in extract(text))


def test_speaker_read_as_an_appositive_of_the_phrase_before(extract):
    # "64 percent" hangs on "voters", the members on "Mr. Hale": the cue has no subject of its own
    text = "Among likely Democratic primary voters, about two-thirds, 64 percent, say they will vote for the mayor."
    assert [(c.content, c.cue, c.claimant) for c in extract(text)] == [
        ("they will vote for the mayor", "say", "64 percent")]
    text = ("In addition to Mr. Hale, two Democratic members of the council from Portland, Jane Roe and Tom Reyes, "
            "have said they will not back the harbour plan.")
    assert [(c.content, c.cue) for c in extract(text)] == [("they will not back the harbour plan", "said")]


def test_place_read_as_an_appositive_is_no_speaker(extract):
    # "Augusta" is where the talks were, not who speaks
    assert extract("After two days of talks in the capital, Augusta, have said they will vote for the mayor.") == []
