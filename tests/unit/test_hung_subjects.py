"""A content clause whose subject the parse hung on the cue (hung_subjects.py): "said the days
when the party had “a big tent” are gone", the subject read as the cue's noun phrase and the
clause left with a predicate alone. Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

HUNG = [  # (sentence, cue, content)
    ('Smith said the days when the party had "a big tent" are gone.', "said",
     'the days when the party had "a big tent" are gone'),
    ('Lee said the time when the paper had "a reporter in every town" is gone.', "said",
     'the time when the paper had "a reporter in every town" is gone'),
    # the closing quotation mark hung on the cue, between the subject and its clause
    ('Jones said the years when the club had "a waiting list" are over.', "said",
     'the years when the club had "a waiting list" are over'),
]
LEFT = [  # the cue's object is no subject: a listener, or a "that" after it
    ("Smith told reporters the vote was close.", "told", "the vote was close"),
    ("Smith told the mayor that the vote was close.", "told", "the vote was close"),
]


@pytest.mark.parametrize("text,cue,content", HUNG + LEFT)
def test_subject_hung_on_cue(extract, by_cue, text, cue, content):
    assert by_cue(extract(text), cue).content == content
