"""EntitySet's look-ups from a character span or a surface form, which the claimants use."""

from __future__ import annotations

from services.core.models import Entity
from services.extract.entity_set import EntitySet, Mention


def entity_set() -> EntitySet:
    ents = [Entity(name="Ana Okafor", type="PERSON"), Entity(name="Harbour Board", type="ORG"),
            Entity(name="Tema", type="PLACE")]
    mentions = [Mention(40, 50, "Ana Okafor", "Ana Okafor"), Mention(0, 13, "Harbour Board", "Harbour Board"),
                Mention(44, 50, "Okafor", "Tema"), Mention(60, 64, "Tema", "Tema"),
                Mention(60, 70, "Tema Board", "Harbour Board")]
    return EntitySet(ents, mentions)


def test_the_largest_overlap_wins_and_the_first_mention_of_equal_ones():
    es = entity_set()
    assert es.entity_at(44, 50).name == "Ana Okafor"  # two mentions overlap by 6: the first listed
    assert es.entity_at(2, 5).name == "Harbour Board"
    assert es.entity_at(62, 70).name == "Harbour Board"  # 8 against 2
    assert es.entity_at(20, 30) is None
    assert es.entity_at(50, 60) is None  # touching is no overlap


def test_an_empty_span_takes_the_last_mention_starting_there():
    es = entity_set()
    assert es.entity_at(60, 60).name == "Harbour Board"
    assert es.entity_at(61, 61) is None


def test_a_surface_form_resolves_the_same_when_asked_again():
    es = entity_set()
    assert es.canonical("Okafor") == es.canonical("Okafor") == "Ana Okafor"
    assert es.canonical("the Harbour Board") == "Harbour Board"
    assert es.canonical("") is None and es.canonical("") is None
