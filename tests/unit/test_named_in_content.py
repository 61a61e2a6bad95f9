"""A pronoun speaker resolved to a name its own words hold (named_in_content.py): "He said Reyes
would Y" is not Reyes speaking; the person before that mention is. Left alone: the name as the
subject of words before their tag ("Reyes was shocked, he said"), where the pronoun may be Reyes."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "cue"), [
    # indirect: a pronoun cannot stand for a name inside the clause it frames
    ("Governor Tom Reyes visited the port in May. Senator Paul Okafor spoke at the harbour on Monday. "
     "The fleet's troubles had been raised by Reyes. He said Reyes would not go far enough to protect "
     "the trawlers.", "said"),
    # direct: a speaker seldom names himself
    ("Governor Tom Reyes visited the port in May. Senator Paul Okafor spoke at the dock on Friday. "
     "The crowd had booed Reyes. “Reyes has no plan for this harbour,” he said.", "said"),
])
def test_pronoun_is_not_the_name_in_its_words(extract, by_cue, text, cue):
    c = by_cue(extract(text), cue)
    assert (c.claimant, c.claimant_entity) == ("Paul Okafor", "Paul Okafor")


@pytest.mark.parametrize(("text", "cue", "claimant"), [
    # the name is the subject of the words before the tag: the pronoun may well be that name
    ("Senator Paul Okafor spoke at the dock on Friday. The crowd had waited two hours for Governor Tom "
     "Reyes. Reyes was shocked by the size of the crowd, he said later.", "said", "Tom Reyes"),
])
def test_fronted_subject_stays(extract, by_cue, text, cue, claimant):
    c = by_cue(extract(text), cue)
    assert claimant in (c.claimant or "")


def test_they_is_not_a_plural_inside_its_words(extract, by_cue):
    # the nearest plural subject before "they" is the one inside the words it frames
    text = ("Two economists at the port authority studied the trade figures for a year. Unless ports "
            "expand their fleets, they say, the harbour could lose half of its trade.")
    assert by_cue(extract(text), "say").claimant == "they"


def test_quoted_words_are_no_speaker(extract, by_cue):
    # a tag with no subject took the quote's first word for its speaker: the sign speaks
    text = 'Ana Ruiz held up a sign saying "Jobs For The Harbour - Because We Were Here First."'
    c = by_cue(extract(text), "saying")
    assert (c.claimant, c.claimant_entity) == ("a sign", None)


def test_inverted_speaker_with_a_quoted_title_stays(extract, by_cue):
    # the speaker after the tag is outside the quote, though a quoted title follows it
    text = ("“If we want fishermen to support the plan, we have to listen to them first,” wrote the authors of "
            "the “Harbour Renewal Report,” published in May.")
    assert by_cue(extract(text), "wrote").claimant.startswith("the authors")
