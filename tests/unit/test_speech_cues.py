"""Speech acts beyond the plain verbs of saying (speech_acts.py, noun_acts.py,
light_verb_acts.py, passive_acts.py, omitted_mentions.py): sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

# The one claim each sentence makes: sentence | content | cue | kind | claimant ("-" for none).
ONE_CLAIM = [tuple(None if f == "-" else f for f in (x.strip() for x in row.split("|"))) for row in """
Mayor Lena Brandt called for the council to reopen the fish market. | the council to reopen the fish market | called for | proposal | Mayor Lena Brandt
Tom Reyes called again for the harbour board to resign over the survey. | the harbour board to resign over the survey | called for | proposal | Tom Reyes
Councillor Tom Reyes expressed concern about the cost of the new sea wall. | concern about the cost of the new sea wall | expressed | evaluation | Councillor Tom Reyes
Lena Brandt mentioned the closure of the fish market on Tuesday. | the closure of the fish market | mentioned | assertion | Lena Brandt
The union decried the decision to sell the harbour to a private fund. | the decision to sell the harbour to a private fund | decried | accusation | The union
The council backed Lena Brandt's proposal to sell the old ferry to a museum. | to sell the old ferry to a museum | proposal | proposal | Lena Brandt's
The board rejected Tom Reyes's call for an inquiry into the collapse of the pier. | an inquiry into the collapse of the pier | call for | proposal | Tom Reyes's
The board ignored the union's criticism of the new ferry timetable. | the new ferry timetable | criticism of | accusation | the union's
Tom Reyes was asked whether the ferry would run on Sunday. | whether the ferry would run on Sunday | asked | question | -
When asked whom she would back for harbour master, Lena Brandt smiled. | whom she would back for harbour master | asked | question | -
Tom Reyes asked the harbour board to resign. | the harbour board to resign | asked | proposal | Tom Reyes
A new poll shows Lena Brandt with a narrow lead over Tom Reyes. | Lena Brandt with a narrow lead over Tom Reyes | shows | evidence | A new poll
The council published a survey which found broad support for the new ferry route. | broad support for the new ferry route | found | evidence | a survey
The fishermen demanded that the harbour board publish the survey. | the harbour board publish the survey | demanded | proposal | The fishermen
Lena Brandt recommended the council sell the old ferry. | the council sell the old ferry | recommended | proposal | Lena Brandt
Mayor Lena Brandt told her aides to find a way to keep the pier open. | her aides to find a way to keep the pier open | told | proposal | Mayor Lena Brandt
The coast guard warned fishermen to stay in the harbour until the storm passed. | fishermen to stay in the harbour until the storm passed | warned | proposal | The coast guard
The mayor called for an auditor to examine the accounts of the harbour board. | an auditor to examine the accounts of the harbour board | called for | proposal | The mayor
The board rejected the union's calls for the harbour master to step down. | the harbour master to step down | calls for | proposal | the union's
The mayor called for a vote on Tuesday to the surprise of the board. | a vote on Tuesday | called for | proposal | The mayor
Senator Lena Brandt called out her rival Tom Reyes for ignoring the fishermen. | her rival Tom Reyes for ignoring the fishermen | called out | accusation | Senator Lena Brandt
Councillor Ada Moss criticized the harbour board on the cost of the new sea wall. | the harbour board on the cost of the new sea wall | criticized | accusation | Councillor Ada Moss
The fishermen blamed the closure of the fish market on the new harbour board. | the closure of the fish market on the new harbour board | blamed | accusation | The fishermen
Mayor Lena Brandt praised the volunteers during the storm on Tuesday. | the volunteers | praised | evaluation | Mayor Lena Brandt
Councillor Tom Reyes attacked the harbour board in a long speech in Harbourtown. | the harbour board | attacked | accusation | Councillor Tom Reyes
On Wednesday the senator also called upon the council to press the port into paying. | the council to press the port into paying | called upon | proposal | the senator
Lena Brandt outdid her rival by calling for a second ferry to the island. | a second ferry to the island | calling for | proposal | Lena Brandt
As the Eastport Times reported, Lena Brandt raised more than a million dollars from the port. | Lena Brandt raised more than a million dollars from the port | reported | assertion | the Eastport Times
The ferry has been late all summer, as Tom Reyes pointed out. | The ferry has been late all summer | pointed out | assertion | Tom Reyes
As reported by the Eastport Times, the mayor was told twice about the cracks in the pier. | the mayor was told twice about the cracks in the pier | reported | assertion | the Eastport Times
But as Tom Reyes suggested, the harbour board could sell the old ferry. | the harbour board could sell the old ferry | suggested | proposal | Tom Reyes
Lena Brandt mentioned Tom Reyes as a possible harbour master. | Tom Reyes as a possible harbour master | mentioned | assertion | Lena Brandt
Lena Brandt recalled her years as harbour master of the old port. | her years as harbour master of the old port | recalled | assertion | Lena Brandt
Tom Reyes recalled the meeting with the union on Tuesday. | the meeting with the union | recalled | assertion | Tom Reyes
Tom Reyes acknowledged the delays on the new ferry route. | the delays on the new ferry route | acknowledged | assertion | Tom Reyes
The mayor dismissed concerns that the sea wall would fail. | concerns that the sea wall would fail | dismissed | denial | The mayor
Councillor Tom Reyes echoed the union's complaints about the ferry timetable. | the union's complaints about the ferry timetable | echoed | assertion | Councillor Tom Reyes
Tom Reyes made comments about the ferry timetable at the meeting. | the ferry timetable at the meeting | made comments about | assertion | Tom Reyes
The mayor made the case that the pier must be rebuilt before winter. | the pier must be rebuilt before winter | made the case | proposal | The mayor
Lena Brandt issued a statement on the collapse of the old pier. | the collapse of the old pier | issued a statement on | assertion | Lena Brandt
Councillor Tom Reyes raised questions about the cost of the sea wall. | the cost of the sea wall | raised questions about | question | Councillor Tom Reyes
Lena Brandt made a promise to rebuild the pier by the summer. | to rebuild the pier by the summer | made a promise | promise | Lena Brandt
Councillor Lena Brandt voiced concern over the new harbour fees. | the new harbour fees | voiced concern over | assertion | Councillor Lena Brandt
Tom Reyes made a veiled reference to the mayor's unpaid harbour fees. | the mayor's unpaid harbour fees | made a veiled reference to | assertion | Tom Reyes
Tom Reyes was criticized for offering vague answers about the ferry. | Tom Reyes for offering vague answers about the ferry | criticized | accusation | -
Her remarks were echoed by Councillor Tom Reyes. | Her remarks | echoed | assertion | Councillor Tom Reyes
The sale of the old ferry was first reported by the Eastport Times. | The sale of the old ferry | reported | assertion | the Eastport Times
Her resignation was confirmed by the Eastport Council on Friday. | Her resignation | confirmed | assertion | the Eastport Council
Lena Brandt told reporters how the old pier had collapsed. | how the old pier had collapsed | told | assertion | Lena Brandt
Tom Reyes discussed why the ferry had been late all summer. | why the ferry had been late all summer | discussed | assertion | Tom Reyes
Mayor Jane Holt acknowledged the town's deep debts on Tuesday. | the town's deep debts | acknowledged | assertion | Mayor Jane Holt
The spokesman explained the reasons for the delay. | the reasons for the delay | explained | assertion | The spokesman
Senator Tom Reyes stated his intention to run for governor next year. | his intention to run for governor next year | stated | assertion | Senator Tom Reyes
Tom Reyes told a joke about the ferry timetable. | a joke about the ferry timetable | told | assertion | Tom Reyes
The harbour master told a different tale. | a different tale | told | assertion | The harbour master
Tom Reyes wrote a sharp assessment of the harbour accounts. | a sharp assessment of the harbour accounts | wrote | assertion | Tom Reyes
Several fishermen who claim to speak for the whole harbour met the mayor. | to speak for the whole harbour | claim | assertion | Several fishermen
The harbour report explains how the old ferry was sold. | how the old ferry was sold | explains | evidence | The harbour report
Lena Brandt did not mention Tom Reyes by name in her speech. | Tom Reyes by name | did not mention | assertion | Lena Brandt
The mayor never mentioned the man who had opposed the pier for years. | the man who had opposed the pier for years | never mentioned | assertion | The mayor
Tom Reyes never mentioned Lena Brandt, who trails him in the polls. | Lena Brandt | never mentioned | assertion | Tom Reyes
The council's statement doesn't mention the cost of the new sea wall. | the cost of the new sea wall | doesn't mention | assertion | The council's statement
Tom Reyes made no mention of the ferry timetable in his address. | the ferry timetable | made no mention of | assertion | Tom Reyes
Tom Reyes avoided all mention of the ferry contract. | the ferry contract | avoided all mention of | assertion | Tom Reyes
""".strip().splitlines()]

# near misses: no claim at all
NO_CLAIM = [
    "Lena Brandt called her lawyer on Monday for the papers to be signed.",  # a purpose, no proposal
    "The timetable mentions the new ferry route to the island.",  # no speaker
    "The new harbour plan acknowledges different uses of the pier.",  # no speaker
    "The storm stressed the old timbers of the pier.",
    "Calls for help went unanswered as the water rose in the harbour.",  # a noun with no speaker
    "The storm's promise to pass quickly did not hold for the harbour.",
    "Tom Reyes was asked to resign from the harbour board.",  # a passive request, no question
    "Tom Reyes showed reporters the cracked beams of the old pier.",  # no document
    "The fishermen encouraged whoever was listening.",
    "Only time will tell if the new ferry route pays off.",  # a question, no speaker
    "The governor called out the National Guard after the storm.",  # a deed, no rebuke
    "The crowd fell silent as Lena Brandt explained.",  # a time, not an aside
    "As I noted last week, the ferry has been late all summer.",  # the writer's own aside
    "The ferry, as was reported last week, will stop running in the winter.",  # no one named
    "Parliament has two ways to close the gap: by asking the port to pay more, or by raising fees.",  # a means
    "The judge dismissed the case against the harbour board.",  # a court's act
    "The mayor dismissed her aide on Friday.",  # a boss's act
    "The council echoed Tom Reyes at the meeting on the ferry.",  # whose line, not which words
    "The port recalled two thousand life jackets from the ferries.",  # no speaker
    "Tom Reyes made no comment on the ferry timetable.",  # a negated act (a mention left out is a claim)
    "Tom Reyes was never mentioned in the harbour board's report.",  # nobody's omission is told
    "The fish market was not mentioned.",
    "The survey raised questions about the cost of the sea wall.",  # no speaker
    "The harbour board has been making the case for weeks.",  # a time, not a content
    "Lena Brandt delivered a speech on Monday at the harbour.",  # a speech's time, no content
    "Arguments could be made against the new sea wall.",  # nobody's
    "The old ferry was attacked by gunmen near the harbour.",  # a deed, no speaker
    "The harbour board, which was criticized for the delays, met on Monday.",  # a relative word, no content
    "The ferry plan, which was announced by the mayor, will cost a million dollars.",  # a relative word
    "Lena Brandt wrote a check to the harbour fund.",  # a deed, no text
    "Tom Reyes claimed the prize money to pay the fishermen.",  # a purpose, no claim
    "Lena Brandt wrote a column for the Eastport Times.",  # the venue more than the words
]


@pytest.mark.parametrize("text, content, cue, kind, claimant", ONE_CLAIM)
def test_speech_act_makes_one_claim(extract, text, content, cue, kind, claimant):
    claims = extract(text)
    assert len(claims) == 1, [c.content for c in claims]
    c = claims[0]
    assert (c.content, c.cue, c.kind, c.claimant) == (content, cue, kind, claimant)


@pytest.mark.parametrize("text", NO_CLAIM)
def test_near_miss_makes_no_claim(extract, text):
    assert extract(text) == []


def test_an_editors_note_is_the_outlets_own_voice(extract):
    text = ("Harbour news\n\nEditor’s note: Tom Reyes is a serial liar and bully who has repeatedly "
            "pledged to sell the harbour to his friends.\n\nTom Reyes pledged to keep the harbour public.\n")
    assert [c.content for c in extract(text)] == ["to keep the harbour public"]


def test_called_on_read_as_a_particle_and_called_for_after_an_apostrophe_s(extract):
    claims = extract("Brandt's family has called on police to release the footage \"as a matter of trust\" "
                     "and called on people to protest peacefully.")
    assert [(c.cue, c.content) for c in claims] == [
        ("called on", "police to release the footage \"as a matter of trust\""),
        ("called on", "people to protest peacefully")]
    claims = extract("Ferry fares have become a big issue, with Lena Brandt — who’s called for lower "
                     "fares on the island — attacking the board.")
    assert ("called for", "lower fares on the island", "Lena Brandt", "proposal") in [
        (c.cue, c.content, c.claimant, c.kind) for c in claims]
    assert extract("The mayor's called a liar by the union.") == []  # a passive: is called


def test_asked_about_a_matter_but_not_a_name(extract):
    claims = extract("Asked about the cost of the new sea wall, Lena Brandt said it was fair.")
    assert [(c.cue, c.content, c.claimant) for c in claims] == [
        ("asked about", "the cost of the new sea wall", None), ("said", "it was fair", "Lena Brandt")]
    claims = extract("Asked about Reyes, Lena Brandt said the striker had been unlucky.")
    assert [c.cue for c in claims] == ["said"]


def test_asked_at_an_occasion_about_a_matter(extract):
    # the parse hangs "about" on the occasion ("the hearing"), not on "asked"
    claims = extract("When asked at the hearing about the harbour budget, the mayor defended her plan.")
    assert ("asked about", "the harbour budget", None) in [(c.cue, c.content, c.claimant) for c in claims]
    claims = extract("Asked at the hearing in May, the mayor defended her plan.")
    assert not any(c.cue.startswith("asked") for c in claims)
    claims = extract("Asked at the hearing about Reyes, the mayor defended her plan.")
    assert not any(c.cue.startswith("asked") for c in claims)


def test_questioned_about_a_matter_in_the_passive(extract):
    claims = extract("When the mayor was questioned about the harbour budget, her answer was short.")
    assert ("questioned about", "the harbour budget", None) in [(c.cue, c.content, c.claimant) for c in claims]
    claims = extract("The mayor was questioned for two hours on Monday.")
    assert not any(c.cue.startswith("questioned") for c in claims)


def test_asked_about_a_remark_with_scare_quotes(extract):
    # the quotation marks are the remark's, not the asker's words: still what the question was about
    claims = extract("The mayor was asked about her “not yet” remark on the harbour budget.")
    assert ("asked about", "her “not yet” remark on the harbour budget", None) in [
        (c.cue, c.content, c.claimant) for c in claims]
    claims = extract("The mayor was asked, “Will the ferry run this winter?”")
    assert not any(c.cue.startswith("asked about") for c in claims)


def test_a_question_put_between_the_pieces_of_a_split_quote(extract):
    # the question is no part of the quote around it, so it is no duplicate of it
    claims = extract("“The pier is safe,” the harbour master told reporters on Monday when asked whether "
                     "the ferry would run this winter. “We have checked every beam.”")
    assert [(c.cue, c.content, c.claimant, c.kind) for c in claims] == [
        ("told", "“The pier is safe,” “We have checked every beam.”", "the harbour master", "assertion"),
        ("asked", "whether the ferry would run this winter", None, "question")]
    # the speaker's second act after the tag is a claim of its own, and the quote after it goes
    # on with it (as PolNeAR's gold has it): test_content_bounds.py
    claims = extract("“The pier is safe,” the harbour master told reporters, adding that the ferry would "
                     "run. “We have checked every beam.”")
    assert [(c.cue, c.content) for c in claims] == [
        ("told", "“The pier is safe,”"), ("adding", "the ferry would run “We have checked every beam.”")]


def test_a_question_the_parse_hung_on_the_main_verb(extract):
    claims = extract("The mayor used the same words when asked in March if she would back the ferry plan.")
    assert [(c.cue, c.content, c.claimant, c.kind) for c in claims] == [
        ("asked", "if she would back the ferry plan", None, "question")]
    # not a condition of the main verb after a comma: the question must open right after the cue's words
    assert extract("When I asked Tom Reyes, he laughed if the weather was fine.") == []


def test_cited_remarks_the_parse_split_from_their_relative_clause(nlp):
    from spacy.tokens import Doc

    from services.extract.claims import ClaimExtractor
    from services.extract.entities import EntityResolver

    # Brandt cited remarks Reyes had made about the ferry as proof of neglect.  -- the parse makes
    # "Reyes had made ..." a clause of "cited", not a relative clause of "remarks"
    def extract(subject: str) -> list[str]:
        words = ["Brandt", "cited", "remarks", subject, "had", "made", "about", "the", "ferry", "as", "proof",
                 "of", "neglect", "."]
        doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 5, 5, 1, 5, 8, 6, 5, 9, 10, 11, 1],
                  deps=["nsubj", "ROOT", "dobj", "nsubj", "aux", "ccomp", "prep", "det", "pobj", "prep", "pobj",
                        "prep", "pobj", "punct"],
                  pos=["PROPN", "VERB", "NOUN", "PRON" if subject == "he" else "PROPN", "AUX", "VERB", "ADP",
                       "DET", "NOUN", "ADP", "NOUN", "ADP", "NOUN", "PUNCT"],
                  tags=["NNP", "VBD", "NNS", "PRP" if subject == "he" else "NNP", "VBD", "VBN", "IN", "DT", "NN",
                        "IN", "NN", "IN", "NN", "."],
                  lemmas=["Brandt", "cite", "remark", subject, "have", "make", "about", "the", "ferry", "as",
                          "proof", "of", "neglect", "."],
                  ents=["B-PERSON"] + ["O"] * 13)
        return [c.content for c in ClaimExtractor().extract(doc, EntityResolver().resolve(doc))]

    assert extract("Reyes") == ["remarks Reyes had made about the ferry as proof of neglect"]
    # a pronoun's clause after the object is as often an aside: "cited the survey he said was new"
    assert extract("he") == ["remarks"]


def test_a_mention_left_out_in_a_quote_is_the_quotes(extract):
    claims = extract("“I did not mention the ferry once,” Lena Brandt said.")
    assert [(c.cue, c.content) for c in claims] == [("said", "“I did not mention the ferry once,”")]


def test_saying_on_the_noun_that_says(extract):
    # the calls say it: the participle describes its noun
    claims = extract("At noon the coast guard received calls saying a ferry had run aground near the pier.")
    assert [(c.cue, c.claimant, c.content) for c in claims] == [
        ("saying", "calls", "a ferry had run aground near the pier")]
    # a text its sender issues is the sender's
    claims = extract("Later that day, Reyes fired back a response saying he would not support the plan.")
    assert [(c.cue, c.claimant, c.content) for c in claims] == [("saying", "Reyes", "he would not support the plan")]
    # no clause, no claim
    assert extract("The harbour master waved at the children saying goodbye to the ferry.") == []
