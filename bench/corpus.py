"""A deterministic generator of realistic news articles (~400 words each).

Every article has a title line, a blank line and paragraphs of reporting prose: named people
with titles and roles, organisations, places, direct and indirect quotes, "said",
"according to", denials and hedged claims. The same seed gives the same corpus; every text is
distinct (numbers, names and a per-article marker word differ).

The generator also returns what it put in (people, organisations, places, claims), so the
search benchmark can index 20,000 article documents without running NLP."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

FIRST = [
    "Amara", "Daniel", "Sofia", "Kwame", "Elena", "Tomasz", "Priya", "Hassan", "Ingrid", "Mateo",
    "Yuki", "Fatima", "Oliver", "Leila", "Grace", "Viktor", "Nadia", "Samuel", "Chloe", "Rafael",
    "Aisha", "Henrik", "Mei", "Jonas", "Lucia", "Omar", "Hannah", "Pedro", "Zara", "Felix",
]
LAST = [
    "Okafor", "Brennan", "Lindqvist", "Mensah", "Petrova", "Kowalski", "Raman", "Haddad", "Solberg",
    "Alvarez", "Tanaka", "Karimi", "Whitfield", "Nasser", "Holloway", "Novak", "Aziz", "Carter",
    "Dubois", "Moreira", "Bello", "Eriksen", "Chen", "Weber", "Romano", "Farouk", "Schmidt",
    "Santos", "Malik", "Becker",
]
TITLES = ["Dr.", "Mr.", "Ms.", "Professor", "Senator", "Minister", "General", "Judge", "Mayor"]
ROLES = [
    "chief executive", "spokesperson", "director", "chair", "head of research", "finance minister",
    "chief economist", "police commissioner", "lead negotiator", "health secretary",
]
ORGS = [
    "Harbour Authority", "Northgate Bank", "Ministry of Health", "World Food Programme",
    "Eastport City Council", "Meridian Energy", "United Nations", "European Commission",
    "Red Cross", "Atlas Shipping", "National Weather Service", "Supreme Court",
    "Central Bank", "Greenline Rail", "Coastal Police", "Institute for Fiscal Studies",
    "Apex Pharmaceuticals", "Union of Dock Workers", "Riverside Hospital", "Federal Reserve",
]
PLACES = [
    "Eastport", "Lagos", "Berlin", "Nairobi", "Lisbon", "Warsaw", "Mumbai", "Beirut", "Oslo",
    "Bogota", "Osaka", "Tehran", "Manchester", "Cairo", "Boston", "Zagreb", "Karachi", "Marseille",
    "Accra", "Sao Paulo", "Hamburg", "Shanghai", "Naples", "Toronto", "Dubai", "Seoul",
]
SOURCES = [
    "Harbour Herald", "Daily Courier", "Eastport Times", "Global Wire", "Morning Ledger",
    "The Observer Post", "Metro Gazette", "Continental News",
]
TOPICS = [
    ("port expansion", "the expansion of the container port"),
    ("water shortage", "the shortage of drinking water"),
    ("rail strike", "the strike on the regional railways"),
    ("vaccine rollout", "the rollout of the new vaccine"),
    ("budget dispute", "the dispute over next year's budget"),
    ("flood defences", "the new flood defences along the river"),
    ("bank merger", "the proposed merger of the two banks"),
    ("energy prices", "the sharp rise in energy prices"),
    ("housing plan", "the plan to build affordable housing"),
    ("trade talks", "the trade talks with neighbouring states"),
    ("hospital funding", "funding for the city's hospitals"),
    ("election reform", "the reform of the electoral law"),
]
VERBS_PAST = ["approved", "delayed", "rejected", "announced", "suspended", "expanded", "reviewed", "blocked"]
OUTCOMES = [
    "the project would cost at least {n} million dollars",
    "about {n} families had already been affected",
    "the measures would be in place before the end of {month}",
    "{n} jobs could be lost in the coming year",
    "the agreement had been signed by {n} member states",
    "prices had risen by {p} percent since {month}",
    "the inquiry would report its findings within {n} days",
    "the shortfall amounted to {n} million euros",
    "the plan had the support of {p} percent of residents",
    "{n} people had been evacuated from the coastal districts",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
QUOTES = [
    "We will not accept a deal that leaves workers behind",
    "The figures speak for themselves and the public deserves the truth",
    "This is the most serious crisis the city has faced in a decade",
    "Nobody should be surprised by what happened here",
    "We are doing everything we can to keep people safe",
    "The decision was taken without any consultation",
    "Our investigation is continuing and we will follow the evidence",
    "There is still time to change course if we act now",
]
FILLER = [
    "The {topic} has dominated local politics in {place} for months.",
    "Residents of {place} gathered outside the town hall on {day} evening.",
    "Analysts expect the debate over {topic} to continue well into next year.",
    "The announcement came after weeks of negotiations behind closed doors.",
    "Critics have long argued that the process lacked transparency.",
    "Shares in companies tied to the {topic} fell sharply after the news broke.",
    "A similar proposal was rejected by lawmakers in {year}.",
    "Officials in {place} declined to say when a final decision would be made.",
    "The {org} has faced growing pressure from unions and business groups alike.",
    "Talks are expected to resume in {place} next week.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CUES = ["said", "told reporters", "claimed", "warned", "insisted", "reported"]


@dataclass
class GenClaim:
    claimant: str | None
    content: str
    sentence: str
    cue: str
    quote_type: str
    polarity: str = "asserted"
    hedged: bool = False


@dataclass
class GenArticle:
    n: int
    marker: str  # a word that occurs in this article only
    title: str
    body: str
    source: str
    published_at: datetime
    persons: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    claims: list[GenClaim] = field(default_factory=list)

    @property
    def text(self) -> str:
        return f"{self.title}\n\n{self.body}\n"

    @property
    def filename(self) -> str:
        return f"article-{self.n:05d}.txt"


def marker_word(n: int) -> str:
    """A made-up, unique, tokenizer-friendly word: 'zqv' + base-26 letters of n."""
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return "Zqv" + s


def article(n: int, seed: int = 7, words: int = 400) -> GenArticle:
    rng = random.Random(seed * 1_000_003 + n)
    people = []
    for _ in range(4):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in people:
            people.append(name)
    orgs = rng.sample(ORGS, 3)
    places = rng.sample(PLACES, 3)
    topic_short, topic_long = rng.choice(TOPICS)
    marker = marker_word(n)
    base = datetime(2022, 1, 1, tzinfo=UTC)
    published = base + timedelta(days=rng.randrange(0, 3 * 365), hours=rng.randrange(0, 24))
    source = rng.choice(SOURCES)

    def fill(s: str) -> str:
        return s.format(
            n=rng.randrange(3, 900), p=rng.randrange(2, 60), month=rng.choice(MONTHS),
            topic=topic_short, place=rng.choice(places), org=rng.choice(orgs),
            day=rng.choice(DAYS), year=rng.randrange(2005, 2022),
        )

    claims: list[GenClaim] = []
    mentioned: set[str] = set()

    def person_ref(name: str) -> str:
        if name in mentioned:
            return name.split()[-1]
        mentioned.add(name)
        return f"{rng.choice(TITLES)} {name}"

    def claim_sentence() -> str:
        kind = rng.randrange(6)
        person = rng.choice(people)
        org = rng.choice(orgs)
        outcome = fill(rng.choice(OUTCOMES))
        if kind == 0:
            quote = rng.choice(QUOTES)
            ref = person_ref(person)
            role = f", {rng.choice(ROLES)} of the {org}" if ref.split()[-1] != ref else ""
            s = f"\u201c{quote},\u201d said {ref}{role}."
            claims.append(GenClaim(person, quote, s, "said", "direct"))
        elif kind == 1:
            cue = rng.choice(CUES)
            s = f"{person_ref(person)} {cue} that {outcome}."
            claims.append(GenClaim(person, outcome, s, cue, "indirect"))
        elif kind == 2:
            s = f"According to the {org}, {outcome}."
            claims.append(GenClaim(org, outcome, s, "according to", "reported"))
        elif kind == 3:
            s = f"The {org} denied that {outcome}."
            claims.append(GenClaim(org, outcome, s, "denied", "indirect", polarity="denied"))
        elif kind == 4:
            s = f"Officials in {rng.choice(places)} said it was possible that {outcome}."
            claims.append(GenClaim(None, outcome, s, "said", "indirect", hedged=True))
        else:
            quote = rng.choice(QUOTES).lower()
            outlet = source if source.startswith("The ") else f"the {source}"
            s = f"{person_ref(person)} told {outlet} that \u201c{quote}\u201d."
            claims.append(GenClaim(person, quote, s, "told", "direct"))
        return s

    title = f"{orgs[0]} {rng.choice(VERBS_PAST)} {topic_short} plan in {places[0]}"
    lede = (
        f"{places[0].upper()} \u2014 The {orgs[0]} on {rng.choice(DAYS)} {rng.choice(VERBS_PAST)} "
        f"{topic_long}, a move that officials in {places[0]} described as the {marker} decision, "
        f"after {rng.randrange(2, 19)} months of talks with the {orgs[1]}."
    )
    paragraphs = [lede]
    count = len(lede.split()) + len(title.split())
    while count < words:
        sents = []
        for _ in range(rng.randrange(2, 5)):
            s = claim_sentence() if rng.random() < 0.55 else fill(rng.choice(FILLER))
            sents.append(s)
        para = " ".join(sents)
        paragraphs.append(para)
        count += len(para.split())
    return GenArticle(
        n=n, marker=marker, title=title, body="\n\n".join(paragraphs), source=source,
        published_at=published, persons=sorted(mentioned), orgs=orgs, places=places, claims=claims,
    )


def corpus(count: int, seed: int = 7, start: int = 0) -> list[GenArticle]:
    arts = [article(n, seed) for n in range(start, start + count)]
    assert len({a.text for a in arts}) == len(arts), "corpus texts must be distinct"
    return arts


def words(arts: list[GenArticle]) -> int:
    return sum(len(a.text.split()) for a in arts)
