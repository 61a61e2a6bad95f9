"""text_matches: the same matches as the pattern's own scan, found from its stem."""

from __future__ import annotations

import re

import pytest

from services.extract.call_labels import CALL_WORD
from services.extract.call_nouns import CALL_NOUN
from services.extract.calling_participles import CALLING
from services.extract.token_index import lowered, text_matches
from services.extract.wondered_questions import _WONDER

TEXTS = [
    "",
    "The mayor called for calm; CALLS FOR a vote, recalled calls to the board, and Calls from aides.",
    "Callers kept calling on the council, calling upon the board, calling\nfor calm; so-called calls.",
    "callcall call-call (call) “call” calls  for calls\tto calls-for",
    "Voters wonder, wondered and are left wondering; a wonderful Wonders of the world, wonders.",
    "İstanbul's mayor called for calm and aides wondered if calling for it helped.",  # İ lowers to two
    "CALLıNG FOR calm, callıng on the board",  # a dotless i: the scan's IGNORECASE pairs it with I
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(("pattern", "stem"), [(CALL_WORD, "call"), (CALL_NOUN, "call"), (CALLING, "call"),
                                               (_WONDER, "wonder")])
def test_the_matches_are_the_scans(text, pattern, stem):
    assert [m.span() for m in text_matches(text, pattern, stem)] == [m.span() for m in pattern.finditer(text)]


def test_a_match_needs_its_word_boundary_before_it():
    pattern = re.compile(r"\bcall", re.I)
    assert [m.start() for m in text_matches("recall a call", pattern, "call")] == [9]


def test_the_lowered_text_is_kept_for_the_same_text_only():
    a = "Mayor Roe CALLED"
    assert lowered(a) == "mayor roe called" and lowered(a) is lowered(a)
    assert lowered("Another") == "another"
