"""Reproached reasons: a verb of reproach with a quoted reason after "for" ("ripped the prosecutor
for acting as “judge and jury”"). Sentences written for these tests."""

from __future__ import annotations

import pytest

# (text, cue, who reproaches, who is reproached and why)
REPROACHES = [
    ("The former campaign manager ripped the prosecutor for acting as “judge and jury” in the case.",
     "ripped", "The former campaign manager", "the prosecutor for acting as “judge and jury” in the case"),
    # the fallback for quoted fragments would leave out the one reproached
    ("At the forum, Senator Lane chided Mayor Ortiz for raising doubts about her “Ohio roots” during the primary.",
     "chided", "Senator Lane", "Mayor Ortiz for raising doubts about her “Ohio roots” during the primary"),
    # "for" hung on the object's appositive
    ("The governor hit his two rivals, Smith and Jones, for skipping the “people's debate” in Dayton.",
     "hit", "The governor", "his two rivals, Smith and Jones, for skipping the “people's debate” in Dayton"),
]


@pytest.mark.parametrize("case", REPROACHES, ids=[c[1] for c in REPROACHES])
def test_a_reproach_with_a_quoted_reason_is_mixed_speech(extract, by_cue, case):
    text, cue, who, content = case
    c = by_cue(extract(text), cue)
    assert (c.quote_type, c.claimant, c.content) == ("mixed", who, content)


def test_a_second_participle_speaks_for_the_first_ones_speaker(extract, by_cue):
    # the parse gives "accusing" no subject: the speaker of "calling" accuses
    c = by_cue(extract("The mayor answered by calling the councilman “reckless” and accusing him of trying to run "
                       "the city “like a casino.”"), "accusing")
    assert c.quote_type == "mixed" and c.claimant == "The mayor" and c.content.startswith("him of trying")


def test_a_charge_with_quoted_words_is_mixed_speech(extract, by_cue):
    # "charged X with Y", a speaker's (here a report's issuer's) account of X
    c = by_cue(extract("The watchdog group issued a report charging the agency with “gross negligence” in its "
                       "handling of the flood."), "charging")
    assert (c.quote_type, c.claimant, c.content) == ("mixed", "The watchdog group", "the agency with “gross negligence”")


def test_a_reproach_verb_with_a_thing_for_object_is_no_claim(extract):
    # "hit the road for" is a deed: nobody's verdict on anyone
    assert not [c for c in extract("The senator hit the road for a “listening” tour of rural counties.")
                if c.cue == "hit"]


def test_a_reproach_without_quoted_words_is_left_alone(extract):
    # no quotation marks in the reason: "ripped" may be a deed as often as words
    assert not [c for c in extract("The coach ripped the referee for missing the call in the final minute.")
                if c.cue == "ripped"]
