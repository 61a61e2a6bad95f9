"""Name helpers: canonical-name cleaning, comparison keys, acronyms, name parts. Pure string
functions, no spaCy."""

from __future__ import annotations

import pytest

from services.extract.names import acronym_key, clean_name, initials, is_acronym, name_key, part_of_name

# --- canonical names -----------------------------------------------------------------------


@pytest.mark.parametrize(("surface", "expected"), [
    ("the Harbour Authority", "Harbour Authority"),
    ("Eastport's", "Eastport"),
    ("Eastport’s", "Eastport"),
    ("Colonel General Alexander Zhuravlyov", "Alexander Zhuravlyov"),
    ("Dr. Amara Okafor", "Amara Okafor"),
    ("Lt. Gen. Mark Hughes", "Mark Hughes"),
    ("Foreign Minister Sergei Lavrov", "Sergei Lavrov"),
    ("Archbishop Desmond Tutu", "Desmond Tutu"),
    ("Reuters", "Reuters"),
    ("Chris'", "Chris"),
])
def test_clean_name_strips_article_title_possessive(surface, expected):
    assert clean_name(surface) == expected


@pytest.mark.parametrize("surface", ["General", "Dr.", "President"])
def test_clean_name_keeps_a_title_that_is_all_there_is(surface):
    assert clean_name(surface) == surface


@pytest.mark.parametrize(("surface", "expected"), [
    ("Sarah Lindqvist KC", "Sarah Lindqvist"),
    ("Sir Patrick Vallance FRS", "Patrick Vallance"),
    ("Ms Jane Doe MP", "Jane Doe"),
    ("Martin Luther King Jr.", "Martin Luther King Jr."),  # a generational suffix is the name
    ("KC", "KC"),
])
def test_clean_name_strips_post_nominal_letters(surface, expected):
    assert clean_name(surface) == expected


# --- keys, acronyms, name parts ------------------------------------------------------------


def test_name_key_ignores_case_accents_dots_and_apostrophes():
    assert name_key("U.S.") == name_key("us")
    assert name_key("Zürich") == name_key("zurich")
    assert name_key("Ukraine’s") == name_key("Ukraine's")


def test_acronyms_and_initials():
    assert is_acronym("HTS") and is_acronym("U.N.") and not is_acronym("Reuters")
    assert acronym_key("U.N.") == "UN"
    assert "HTS" in initials("Hayat Tahrir al-Sham")


def test_part_of_name_is_a_prefix_or_suffix():
    assert part_of_name(["Okafor"], ["Amara", "Okafor"])
    assert part_of_name(["Assad"], ["Bashar", "al-Assad"])  # the particle is optional
    assert not part_of_name(["Amara", "Okafor"], ["Amara", "Okafor"])  # not shorter
    assert not part_of_name(["Chinwe"], ["Amara", "Chinwe", "Okafor"])  # not an end
