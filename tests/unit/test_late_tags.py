"""A quote's tag past a long description of its speaker. Sentences written for these tests."""

from __future__ import annotations


def test_a_tag_past_a_long_description_of_the_speaker(extract, by_cue):
    text = ("“Very good work, very good work by this team,” Lee, the Republican front-runner in the state and "
            "the leader in most national polls after winning the first two primaries, said when a reporter asked him.")
    c = by_cue(extract(text), "said")
    assert (c.quote_type, c.claimant, c.content) == ("direct", "Lee", "“Very good work, very good work by this team,”")


def test_a_late_verb_of_saying_with_another_subject_tags_nothing(extract):
    # "reporters said" is their own claim: Lee, who opens the words after the quote, only left
    text = ("“It is over,” Lee, the chair of the committee and its longest-serving member by far after three "
            "decades in office, left the room as reporters said the vote had failed.")
    assert not any(c.content == "“It is over,”" for c in extract(text))
