"""The judged query set for full-text search (issue 13): a corpus of the four seed articles,
short generated articles that each carry one linguistic case, and neutral filler; and queries,
each with the ids that must be in the first 10 hits (`must`) and the ids that must not be hit
at all (`must_not`). tests/integration/test_analysis.py runs them through the API and reports
recall@10 (the share of `must` ids found in the first 10) and the must-not violations.

Seed ids are `seed:<file stem>`; generated ids `g:<name>`; filler ids `f:<n>`."""

from __future__ import annotations

# id -> (title, body): one case each.
GENERATED: dict[str, tuple[str, str]] = {
    "g:ukraine-plain": ("Ukraine signs grain deal", "Ukraine signed a grain export deal with Turkey on Monday. Officials in Kyiv welcomed it."),
    "g:ukraine-curly": ("Grain exports resume", "Ukraine’s grain exports resumed through the Black Sea corridor this week."),
    "g:ukraine-straight": ("Southern port reopens", "Ukraine's southern port of Odesa reopened to shipping after repairs."),
    "g:exports-grain": ("Customs figures published", "Exports of grain fell sharply, the customs office said."),
    "g:assad": ("Damascus talks stall", "Envoys met officials of Bashar al-Assad’s government in Damascus on Tuesday."),
    "g:fled": ("Villagers fled the rising river", "Hundreds of villagers fled their homes as the river burst its banks."),
    "g:flees": ("Deposed mayor flees abroad", "The deposed mayor flees the country, his lawyer confirmed."),
    "g:fleet": ("Fishing fleet returns", "The fishing fleet returned to the quay before the storm."),
    "g:reported": ("Losses reported at the paper mill", "The paper mill reported heavy losses for the third quarter."),
    "g:report-noun": ("Inspectors publish annual report", "The inspectors' annual report criticised the prison service."),
    "g:port": ("Container port expands", "The container port added two more cranes."),
    "g:news": ("News agency opens bureau", "The news agency opened a bureau in Nairobi."),
    "g:new": ("A new library for Tema", "The town opened a new library on Friday."),
    "g:cafe-accent": ("Café owners protest rent rises", "Owners of a small café in Lyon protested against higher rents."),
    "g:cafe-plain": ("Cafe chain expands north", "The cafe chain will open twenty branches in the north."),
    "g:zurich-accent": ("Zürich bank fined by regulator", "A private bank in Zürich was fined by the regulator."),
    "g:zurich-plain": ("Zurich tram strike ends", "Tram drivers in Zurich ended their strike."),
    "g:renee": ("Renée Dubois named museum director", "Renée Dubois will lead the museum from March."),
    "g:syria-poss": ("Border crossing closes", "Syria’s northern border crossing closed on Friday, officials said."),
    "g:lebanon-border": ("Lebanon border crossing reopens", "A border crossing between Lebanon and Cyprus ferries reopened."),
    "g:russian-other": ("Russian ballet tours Asia", "A Russian ballet company began a tour of Asia."),
    "g:s400": ("Turkey switches on S-400 radar", "The S-400 system was switched on near Ankara."),
    "g:s300": ("Old S-300 batteries moved", "Several S-300 batteries were moved to the coast."),
    "g:2019": ("Floods of 2019 revisited", "An inquiry into the floods of 2019 heard from farmers."),
    "g:2018": ("Floods of 2018 inquiry", "An inquiry into the floods of 2018 opened."),
    "g:militias": ("Militias disarm in the east", "Two militias agreed to disarm under the accord."),
    "g:denies": ("Minister denies bribery claim", "The minister denies taking bribes."),
    "g:military-ukraine-order": ("Military aid for Ukraine approved", "Military aid for Ukraine was approved by parliament."),
    "g:al-sham": ("Ahrar al-Sham commander killed", "A commander of Ahrar al-Sham was killed in an air strike."),
}

SYRIA = "seed:syria-russia-bases"
HARBOUR = "seed:harbour-authority-dredging"
VACCINE = "seed:vaccine-trial-results"
CUP = "seed:cup-final-report"
UKRAINE = [SYRIA, "g:ukraine-plain", "g:ukraine-curly", "g:ukraine-straight"]
FLEE = [SYRIA, "g:fled", "g:flees"]
REPORT = [SYRIA, VACCINE, CUP, "g:reported", "g:report-noun"]
CAFE = ["g:cafe-accent", "g:cafe-plain"]
ZURICH = ["g:zurich-accent", "g:zurich-plain"]

# (kind, query, must be in the first 10, must not be hit)
QUERIES: list[tuple[str, str, list[str], list[str]]] = [
    ("possessive", "Ukraine", UKRAINE, []),
    ("possessive", "Ukraine’s", UKRAINE, []),
    ("possessive", "Ukraine's", UKRAINE, []),
    ("possessive", "UKRAINE", UKRAINE, []),
    ("possessive", "Zhuravlyov", [SYRIA], []),
    ("possessive", "Zhuravlyov’s", [SYRIA], []),
    ("possessive", "Eastport", [HARBOUR], []),
    ("possessive", "Westford", [CUP], []),
    ("hyphenated", "Assad", [SYRIA, "g:assad"], []),
    ("hyphenated", "al-Assad", [SYRIA, "g:assad"], []),
    ("hyphenated", "al-Assad’s", [SYRIA, "g:assad"], []),
    ("hyphenated", "Tahrir al-Sham", [SYRIA], ["g:al-sham"]),
    ("hyphenated", "al-Sham", [SYRIA, "g:al-sham"], []),
    ("hyphenated", "Jolani", [SYRIA], []),
    ("hyphenated", "Suwayda", [SYRIA], []),
    ("verb", "flee", FLEE, ["g:fleet"]),
    ("verb", "fleeing", FLEE, ["g:fleet"]),
    ("verb", "fled", FLEE, ["g:fleet"]),
    ("verb", "report", REPORT, ["g:port"]),
    ("verb", "reported", REPORT, ["g:port"]),
    ("verb", "port", ["g:port", "g:ukraine-straight", SYRIA], ["g:reported", "g:report-noun"]),
    ("verb", "scores", [CUP], []),
    ("verb", "denied", [HARBOUR, VACCINE, "g:denies"], []),
    ("verb", "seize", [SYRIA], []),
    ("plural", "new", ["g:new", VACCINE], ["g:news"]),
    ("plural", "vaccines", [VACCINE], []),
    ("plural", "dose", [VACCINE], []),
    ("plural", "militia", [SYRIA, "g:militias"], []),
    ("plural", "universities", [HARBOUR, VACCINE], []),
    ("plural", "studies", [HARBOUR], []),
    ("plural", "losses", [SYRIA, "g:reported"], []),
    ("plural", "soldier", [SYRIA], []),
    ("plural", "fishermen", [HARBOUR], []),
    ("accent", "cafe", CAFE, []),
    ("accent", "café", CAFE, []),
    ("accent", "Zurich", ZURICH, []),
    ("accent", "Zürich", ZURICH, []),
    ("accent", "Renee", ["g:renee"], []),
    ("negation", "border -Syria", ["g:lebanon-border"], ["g:syria-poss"]),
    ("negation", "Russian -Syria", ["g:russian-other"], [SYRIA]),
    ("negation", "copper NOT Eastport", [], [HARBOUR]),
    ("number", "S-400", [SYRIA, "g:s400"], ["g:s300"]),
    ("number", "S-300", [SYRIA, "g:s300"], ["g:s400"]),
    ("number", "2019", [HARBOUR, SYRIA, "g:2019"], ["g:2018"]),
    ("number", "floods 2019", ["g:2019"], ["g:2018"]),
    ("phrase", '"grain exports"', ["g:ukraine-curly"], ["g:exports-grain"]),
    ("phrase", '"Ukraine military"', [SYRIA], ["g:military-ukraine-order"]),
    ("phrase", '"military Ukraine"', [], [SYRIA, "g:military-ukraine-order"]),
    ("phrase", '"fled Hama"', [SYRIA], []),
    ("phrase", '"three times the copper"', [HARBOUR], []),
    ("phrase", '"Bashar al-Assad"', [SYRIA, "g:assad"], []),
    ("prefix", "Ukr*", UKRAINE, []),
    ("prefix", "Zür*", ZURICH, []),
    ("prefix", "Zur*", ZURICH, []),
    ("prefix", "Khmei*", [SYRIA], []),
    ("prefix", "dredg*", [HARBOUR], []),
    ("boolean", "Aleppo OR Damascus", [SYRIA, "g:assad"], []),
    ("boolean", "Kremlin", [SYRIA], []),
]

# Orderings: for the query, the first id ranks above each of the others (exact forms first).
RANKED: list[tuple[str, str, list[str]]] = [
    ("Ukraine", "g:ukraine-plain", ["g:ukraine-curly", "g:ukraine-straight"]),
    ("café", "g:cafe-accent", ["g:cafe-plain"]),
    ("cafe", "g:cafe-plain", ["g:cafe-accent"]),
    ("Zürich", "g:zurich-accent", ["g:zurich-plain"]),
    ("fled", "g:fled", ["g:flees"]),
]

# Neutral filler: none of these words (or their stems) is queried above.
FILLER_WORDS = [
    "council", "budget", "road", "school", "weather", "rain", "market", "price", "library",
    "park", "train", "museum", "festival", "garden", "bridge", "harvest", "orchestra", "tram",
    "bakery", "cinema", "choir", "stadium", "hospital", "bicycle", "lantern", "meadow",
    "orchard", "pottery", "quilt", "river", "valley", "village", "windmill", "teacher", "nurse",
    "farmer", "painter",
]

