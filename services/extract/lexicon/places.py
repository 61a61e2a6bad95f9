"""Place names the gazetteers lack or spell otherwise."""

from __future__ import annotations

COUNTRY_ALIASES = {
    "us": "USA", "usa": "USA", "america": "USA", "united states": "USA",
    "united states of america": "USA", "the us": "USA", "uk": "GBR", "britain": "GBR",
    "great britain": "GBR", "united kingdom": "GBR", "uae": "ARE", "drc": "COD",
    "south korea": "KOR", "north korea": "PRK", "russia": "RUS", "iran": "IRN", "syria": "SYR",
    "vietnam": "VNM", "laos": "LAO", "bolivia": "BOL", "venezuela": "VEN", "tanzania": "TZA",
    "taiwan": "TWN", "moldova": "MDA", "czech republic": "CZE", "ivory coast": "CIV",
    "holland": "NLD", "burma": "MMR", "palestine": "PSE", "vatican": "VAT",
}

# Places the country gazetteer lacks: the UK's constituent countries and the continents.
REGION_PLACES = frozenset({
    "england", "scotland", "wales", "northern ireland", "europe", "africa", "asia", "oceania",
    "antarctica", "north america", "south america", "latin america", "middle east",
})

# World regions that end some organisations' names ("... Co-operation in Europe").
