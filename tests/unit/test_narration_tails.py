"""Narration tails (narration_tails.py): the writer's next clause, with a subject of its own, in
the cue's tense and not the content's, ends the content it was hung on. Sentences written for
these tests in the style of news."""

from __future__ import annotations

import pytest


def test_content_ends_before_the_writers_next_clause(extract):
    text = ("Most of the growers polled said that the new tariffs are hurting their farms, and those "
            "growers backed the challenger in the spring primary.")
    assert [(c.cue, c.content) for c in extract(text)] == [
        ("said", "the new tariffs are hurting their farms")]


# (sentence, its one content): the joined clause is part of what was said
WHOLE_CONTENTS = [
    # a second "that" clause is a second thing said
    ("The union says that the plant was losing money for years, and that the owners now want a buyout.",
     "the plant was losing money for years, and that the owners now want a buyout"),
    # in the content's own tense: the speaker's words go on
    ("Most of the growers polled say that the new tariffs are hurting their farms, and their buyers "
     "are leaving for Brazil.",
     "the new tariffs are hurting their farms, and their buyers are leaving for Brazil"),
]


@pytest.mark.parametrize(("text", "content"), WHOLE_CONTENTS)
def test_clause_of_what_was_said_stays(extract, text, content):
    assert [c.content for c in extract(text)] == [content]
