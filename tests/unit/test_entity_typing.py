"""TentativeTypes: a group's tentative type, asked again by the merge passes, computed once."""

from __future__ import annotations

from services.extract import entity_typing
from services.extract.entity_mentions import NameMention
from services.extract.entity_typing import TentativeTypes, tentative_type


def _mention(name: str, start: int, votes: dict[str, float], label: str | None) -> NameMention:
    return NameMention(start, start + len(name), name, name, votes, label)


def test_tentative_types_answer_as_tentative_type_once_per_group(monkeypatch):
    person = [_mention("Graham Whitlow", 0, {"PERSON": 1.5}, "PERSON"), _mention("Whitlow", 40, {}, None)]
    org = [_mention("Harbour Authority", 80, {"ORG": 1.5}, "ORG")]
    expected = {id(person): tentative_type(person), id(org): tentative_type(org)}
    assert expected[id(person)] == "PERSON" and expected[id(org)] == "ORG"
    calls = []
    real = entity_typing.tentative_type
    monkeypatch.setattr(entity_typing, "tentative_type", lambda ms: calls.append(1) or real(ms))
    types = TentativeTypes()
    for _ in range(3):
        assert types.of(person) == expected[id(person)]
        assert types.of(list(person)) == expected[id(person)]  # the same mentions in another list
        assert types.of(org) == expected[id(org)]
    assert len(calls) == 2


def test_tentative_types_ask_again_when_a_group_changes():
    first = [_mention("Chayko", 0, {}, None)]
    types = TentativeTypes()
    alone = types.of(first)
    joined = [*first, _mention("General Alexander Chayko", 20, {"PERSON": 6.0}, "PERSON")]
    assert types.of(joined) == tentative_type(joined) == "PERSON"
    assert types.of(first) == alone
    assert types.of(joined[::-1]) == tentative_type(joined[::-1])  # order is part of the group


def test_cached_name_facts_give_the_same_typing_on_every_ask():
    """canonical_name, the head word and the surname test read lru-cached facts of the name:
    asked again (warm caches), the answers do not change."""
    ms = [_mention("Graham Whitlow", 0, {"PERSON": 1.5}, "PERSON"), _mention("Whitlow", 40, {}, None),
          _mention("GW", 60, {}, None)]
    rovers = [_mention("Northport Rovers", 0, {"ORG": 1.5}, "ORG"), _mention("Rovers", 30, {}, None)]
    for _ in range(2):
        assert entity_typing.canonical_name(ms) == "Graham Whitlow"  # not the acronym, the longest
        assert entity_typing._surname_used("Graham Whitlow", ms)
        assert not entity_typing._surname_used("Northport Rovers", rovers)  # a designator
        assert entity_typing._head_word_of("Ministry of Defence") == "ministry"
        assert tentative_type(ms) == "PERSON"
