"""The search API against real Elasticsearch and Redis, over a generated corpus.

Every expected count is computed here in Python from the generated Article objects, never
from what Elasticsearch stores, so the facets, filters and multi-select rules are checked
independently."""

from __future__ import annotations

import random
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fastapi.testclient import TestClient

from services.core.index import ensure_indices
from services.core.ledger import IngestLedger
from services.core.models import Article, Claim, Entity, FailureRecord, FileState, Stage
from services.core.settings import Settings
from services.search.app import create_app
from services.search.paging import encode_cursor
from services.search.queries import calendar_interval
from tests.harness import (
    ServiceProcess,
    drop_prefix,
    free_port,
    index_articles,
    settings_env,
    unique_prefix,
    wait_until,
)

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]

N_ARTICLES = 240
SEED = 20240601

PERSONS = [
    ("Amara Okafor", ["Okafor", "Dr. Amara Okafor"]),
    ("Jonas Berg", ["Berg"]),
    ("Li Wei", ["Li Wei"]),
    ("Sofia Marquez", ["Marquez", "Minister Sofia Marquez"]),
    ("Alexander Zhuravlyov", ["Zhuravlyov"]),
    ("Hana Sato", ["Sato"]),
    ("Omar Haddad", ["Haddad"]),
    ("Grace Mensah", ["Mensah"]),
    ("Pieter de Vries", ["de Vries"]),
    ("Okoro Nwosu", ["Nwosu"]),
    ("Ines Costa", ["Costa"]),
    ("Tomasz Nowak", ["Nowak"]),
]
ORGS = [
    ("Harbour Authority", ["the Harbour Authority"]),
    ("Hayat Tahrir al-Sham", ["HTS"]),
    ("United Nations", ["UN"]),
    ("Eastport Council", []),
    ("Northwind Energy", ["Northwind"]),
    ("Red Cross", []),
    ("World Bank", []),
    ("Okapi Logistics", []),
]
PLACES = ["Eastport", "Aleppo", "Khmeimim", "Lagos", "Gdansk", "Osaka", "Lisbon", "Okinawa", "Rotterdam"]
NORPS = ["Syrian", "Nigerian", "Polish"]
SOURCES = ["Harbour Herald", "Wire Service", "Daily Ledger", "Coastal Times", "Okay News"]
TOPICS = ["harbour", "airbase", "drone", "election", "flood", "strike", "budget", "pipeline", "ceasefire"]
CUES = ["said", "claims", "according to", "reported"]
QUOTE_TYPES = ["direct", "indirect", "mixed", "reported"]
KINDS = ["assertion", "belief", "accusation", "denial", "promise", "prediction", "proposal", "question",
         "evaluation", "evidence"]
START = datetime(2023, 1, 1, tzinfo=UTC)


def generate(n: int, seed: int) -> list[Article]:
    rnd = random.Random(seed)
    articles = []
    for i in range(n):
        persons = rnd.sample(PERSONS, rnd.randint(1, 4))
        orgs = rnd.sample(ORGS, rnd.randint(0, 3))
        places = rnd.sample(PLACES, rnd.randint(1, 2))
        topics = rnd.sample(TOPICS, rnd.randint(1, 3))
        entities = [Entity(name=n_, type="PERSON", aliases=a, count=rnd.randint(1, 5)) for n_, a in persons]
        entities += [Entity(name=n_, type="ORG", aliases=a, count=rnd.randint(1, 3)) for n_, a in orgs]
        entities += [Entity(name=p, type="PLACE", aliases=[], count=1) for p in places]
        if rnd.random() < 0.3:
            entities.append(Entity(name=rnd.choice(NORPS), type="NORP", aliases=[], count=1))
        title = f"{topics[0].capitalize()} in {places[0]}: report {i}"
        sentences = [
            f"{persons[0][0]} visited {places[0]} during the {topics[0]} talks.",
            f"Residents spoke of the {' and '.join(topics)} in {places[-1]}.",
        ]
        claims = []
        for _ in range(rnd.randint(0, 3)):
            kind = rnd.random()
            if kind < 0.6:
                who, aliases = rnd.choice(persons)
                claimant, claimant_entity = rnd.choice([who, *aliases]), who
            elif kind < 0.8:
                claimant, claimant_entity = "officials", None
            else:
                claimant, claimant_entity = None, None
            topic = rnd.choice(topics)
            content = f"the {topic} would end soon in {rnd.choice(places)}"
            sentence = f"{claimant or 'It'} {rnd.choice(['said', 'claimed'])} that {content}."
            offset = sum(len(s) + 1 for s in sentences)
            start = offset + sentence.index(content)
            sentences.append(sentence)
            claims.append(Claim(
                content=content, sentence=sentence, claimant=claimant, claimant_entity=claimant_entity,
                cue=rnd.choice(CUES), quote_type=rnd.choice(QUOTE_TYPES), hedged=rnd.random() < 0.2,
                kind=rnd.choice(KINDS), start=start, end=start + len(content),
            ))
        body = " ".join(sentences)
        published = START + timedelta(days=rnd.randint(0, 729), hours=rnd.randint(0, 23))
        articles.append(Article(
            id=f"art{i:04d}{seed % 1000:03d}",
            title=title,
            body=body,
            language="fr" if rnd.random() < 0.1 else "en",
            published_at=None if rnd.random() < 0.08 else published,
            source=rnd.choice(SOURCES),
            entities=entities,
            claims=claims,
            files=[f"inbox/{i:04d}.txt"],
        ))
    return articles


# -- independent model of the rules ------------------------------------------------------------

def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def phrase_in(phrase: str, forms: list[str]) -> bool:
    """Whole words, any case: the phrase's words appear contiguously in one of the forms."""
    p = words(phrase)
    for form in forms:
        w = words(form)
        if any(w[i:i + len(p)] == p for i in range(len(w) - len(p) + 1)):
            return True
    return False


def entity_forms(a: Article) -> list[str]:
    return [f for e in a.entities for f in (e.name, *e.aliases)]


def claimant_forms(a: Article) -> list[str]:
    return [f for c in a.claims for f in (c.claimant, c.claimant_entity) if f]


def claimant_labels(a: Article) -> set[str]:
    return {c.claimant_entity or c.claimant for c in a.claims if c.claimant_entity or c.claimant}


def names_of(a: Article, kind: str) -> set[str]:
    return {e.name for e in a.entities if e.type == kind}


def top(counter: Counter, n: int = 10) -> list[dict]:
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return [{"value": k, "count": v} for k, v in ranked]


def facet_counts(docs: list[Article], values: Callable[[Article], set[str]]) -> Counter:
    c: Counter = Counter()
    for a in docs:
        c.update(values(a))
    return c


FACET_VALUES: dict[str, Callable[[Article], set[str]]] = {
    "person": lambda a: names_of(a, "PERSON"),
    "organization": lambda a: names_of(a, "ORG"),
    "place": lambda a: names_of(a, "PLACE"),
    "source": lambda a: {a.source} if a.source else set(),
    "claimant": claimant_labels,
}


def matching(articles, entity=(), source=(), claimant=(), language=(), start=None, end=None):
    out = []
    for a in articles:
        if entity and not any(phrase_in(v, entity_forms(a)) for v in entity):
            continue
        if source and a.source not in source:
            continue
        if claimant and not any(phrase_in(v, claimant_forms(a)) for v in claimant):
            continue
        if language and a.language not in language:
            continue
        if (start or end) and a.published_at is None:
            continue
        if start and a.published_at < start:
            continue
        if end and a.published_at > end:
            continue
        out.append(a)
    return out


# -- fixtures -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    return generate(N_ARTICLES, SEED)


@pytest.fixture(scope="module")
def api_settings(es_client, redis_client, corpus) -> Iterator[Settings]:
    settings = Settings(index_prefix=unique_prefix("api"))
    names = ensure_indices(es_client, settings)
    index_articles(es_client, names, corpus)
    ledger = IngestLedger(settings, redis_client)
    for i in range(3):
        ledger.set_state(f"inbox/q{i}.txt", FileState.queued)
    ledger.set_state("inbox/x.txt", FileState.indexed)
    ledger.record_failure(FailureRecord(path="inbox/bad.pdf", stage=Stage.parse, error="ValueError",
                                        reason="unsupported format .pdf"))
    yield settings
    drop_prefix(es_client, redis_client, settings.index_prefix)


def search(client: TestClient, **params) -> dict:
    r = client.get("/search", params=params)
    assert r.status_code == 200, r.text
    return r.json()


# -- /search: facets and filters ---------------------------------------------------------------

def test_unfiltered_total_and_every_facet(client, corpus):
    res = search(client, size=0)
    assert res["total"] == N_ARTICLES >= 200
    for name, values in FACET_VALUES.items():
        assert res["facets"][name] == top(facet_counts(corpus, values)), name


def test_published_facet_is_a_monthly_histogram_of_the_range(client, corpus):
    res = search(client, size=0)
    # Two years of articles: monthly buckets keep the histogram at <= 50 bars.
    assert res["published_interval"] == "month"
    expected = Counter(a.published_at.strftime("%Y-%m-01") for a in corpus if a.published_at)
    got = {b["value"]: b["count"] for b in res["facets"]["published"]}
    assert len(got) <= 50
    assert {k: v for k, v in got.items() if v} == dict(expected)


def test_date_range_filter_and_published_facet_ignoring_it(client, corpus):
    start, end = datetime(2023, 3, 1, tzinfo=UTC), datetime(2023, 3, 20, 23, 59, 59, 999000, tzinfo=UTC)
    res = search(client, published_from="2023-03-01", published_to="2023-03-20", size=100)
    expected = matching(corpus, start=start, end=end)
    assert 0 < res["total"] == len(expected)
    assert {h["id"] for h in res["hits"]} == {a.id for a in expected}
    # Its own filter ignored: the histogram still spans every dated article.
    assert sum(b["count"] for b in res["facets"]["published"]) == sum(1 for a in corpus if a.published_at)
    # Other facets honour the date range.
    assert res["facets"]["source"] == top(facet_counts(expected, FACET_VALUES["source"]))


@pytest.mark.parametrize("days,interval", [(0, "day"), (30, "day"), (120, "week"), (700, "month"),
                                           (2000, "year")])
def test_histogram_interval_keeps_at_most_50_buckets(days, interval):
    lo = START.timestamp() * 1000
    assert calendar_interval(lo, lo + days * 86_400_000) == interval


def test_multi_select_within_one_facet_ors_and_keeps_its_own_counts(client, corpus):
    chosen = ["Harbour Herald", "Okay News"]
    res = search(client, source=chosen, size=0)
    docs = matching(corpus, source=chosen)
    assert res["total"] == len(docs)
    # The source facet ignores the source filter: a user can widen the selection.
    assert res["facets"]["source"] == top(facet_counts(corpus, FACET_VALUES["source"]))
    for name in ("person", "organization", "place", "claimant"):
        assert res["facets"][name] == top(facet_counts(docs, FACET_VALUES[name])), name


def test_different_filters_and_each_facet_ignores_only_its_own(client, corpus):
    entity, source, claimant = ["Eastport"], ["Wire Service", "Daily Ledger"], ["okafor", "Berg"]
    res = search(client, entity=entity, source=source, claimant=claimant, size=100)
    docs = matching(corpus, entity=entity, source=source, claimant=claimant)
    assert 0 < res["total"] == len(docs)
    assert {h["id"] for h in res["hits"]} == {a.id for a in docs}
    without_entity = matching(corpus, source=source, claimant=claimant)
    for name in ("person", "organization", "place"):
        assert res["facets"][name] == top(facet_counts(without_entity, FACET_VALUES[name])), name
    assert res["facets"]["source"] == top(
        facet_counts(matching(corpus, entity=entity, claimant=claimant), FACET_VALUES["source"]))
    assert res["facets"]["claimant"] == top(
        facet_counts(matching(corpus, entity=entity, source=source), FACET_VALUES["claimant"]))


def test_entity_filter_matches_surface_forms_by_whole_words(client, corpus):
    res = search(client, entity="hts", size=0)
    assert res["total"] == len(matching(corpus, entity=["HTS"])) > 0
    assert res["total"] == search(client, entity="Hayat Tahrir al-Sham", size=0)["total"]
    assert search(client, entity="Hayat Tahrir", size=0)["total"] == res["total"]
    assert search(client, entity="Tahr", size=0)["total"] == 0


def test_claimant_whole_word_rule(client, corpus):
    expected = matching(corpus, claimant=["Okafor"])
    assert expected and all("Amara Okafor" in claimant_labels(a) for a in expected)
    for spelling in ("Okafor", "okafor", "AMARA OKAFOR"):
        assert search(client, claimant=spelling, size=0)["total"] == len(expected), spelling
    # A surface form matches the claims that used it.
    titled = matching(corpus, claimant=["Dr. Amara Okafor"])
    assert 0 < search(client, claimant="dr amara okafor", size=0)["total"] == len(titled) < len(expected)
    assert search(client, claimant="Oka", size=0)["total"] == 0
    assert search(client, claimant="Amara Okaf", size=0)["total"] == 0


def test_language_filter(client, corpus):
    res = search(client, language="fr", size=0)
    assert res["total"] == len(matching(corpus, language=["fr"])) > 0
    assert res["facets"]["source"] == top(facet_counts(matching(corpus, language=["fr"]),
                                                       FACET_VALUES["source"]))


# -- /search: query syntax, snippets, sorting ------------------------------------------------

def text_match(a: Article, must=(), must_not=(), any_of=()) -> bool:
    w = set(words(a.title + " " + a.body))
    return (all(m in w for m in must) and not any(m in w for m in must_not)
            and (not any_of or any(m in w for m in any_of)))


@pytest.mark.parametrize("q,must,must_not,any_of", [
    ("harbour", ["harbour"], [], []),
    ("harbour drone", ["harbour", "drone"], [], []),
    ("harbour -drone", ["harbour"], ["drone"], []),
    ("harbour NOT drone", ["harbour"], ["drone"], []),
    ("harbour OR airbase", [], [], ["harbour", "airbase"]),
    ("+flood -strike", ["flood"], ["strike"], []),
])
def test_query_syntax(client, corpus, q, must, must_not, any_of):
    res = search(client, q=q, size=0)
    assert res["total"] == sum(text_match(a, must, must_not, any_of) for a in corpus)


def test_phrase_query_and_snippets(client, corpus):
    res = search(client, q='"flood talks"', size=5)
    assert res["total"] == sum("flood talks" in a.body.lower() for a in corpus) > 0
    hit = res["hits"][0]
    assert any("<em>flood talks</em>" in s for s in hit["snippets"]), hit["snippets"]
    assert hit["score"] > 0


def test_newest_sort(client, corpus):
    res = search(client, sort="newest", size=20)
    dated = sorted((a for a in corpus if a.published_at), key=lambda a: (-a.published_at.timestamp(), a.id))
    assert [h["id"] for h in res["hits"]] == [a.id for a in dated[:20]]


@pytest.mark.parametrize("q,why", [
    ('"unclosed phrase', "quote"),
    ("+ - |", "no word"),
    ("x" * 1001, "1000"),
])
def test_unparseable_queries_get_400_or_422(client, q, why):
    r = client.get("/search", params={"q": q})
    assert r.status_code in (400, 422), r.text
    assert why in r.text


# -- paging and cursors ---------------------------------------------------------------------------

def test_pages_are_disjoint_and_cover_everything(client, corpus):
    seen: list[str] = []
    for page in range(1, 6):
        res = search(client, sort="newest", page=page, size=50)
        assert res["page"] == page and res["size"] == 50
        seen += [h["id"] for h in res["hits"]]
    assert len(seen) == len(set(seen)) == N_ARTICLES


def test_cursor_walks_every_hit_once_in_page_order(client, corpus):
    pages = [h["id"] for p in (1, 2) for h in search(client, q="harbour OR drone", page=p, size=30)["hits"]]
    seen, cursor, calls = [], None, 0
    while True:
        params = {"q": "harbour OR drone", "size": 30}
        if cursor:
            params["cursor"] = cursor
        res = search(client, **params)
        seen += [h["id"] for h in res["hits"]]
        cursor, calls = res["next_cursor"], calls + 1
        if not cursor:
            break
    expected = sum(text_match(a, any_of=["harbour", "drone"]) for a in corpus)
    assert len(seen) == len(set(seen)) == expected
    assert seen[:60] == pages
    assert calls == -(-expected // 30)


@pytest.mark.parametrize("params,words_", [
    ({"size": 101}, ["100"]),
    ({"size": -1}, ["0"]),
    ({"page": 0}, ["1"]),
    ({"page": 101, "size": 100}, ["10000", "cursor"]),
    ({"sort": "oldest"}, ["relevance", "newest"]),
    ({"published_from": "yesterday"}, ["date"]),
])
def test_out_of_range_paging_and_bad_values_get_422(client, params, words_):
    r = client.get("/search", params=params)
    assert r.status_code == 422, r.text
    for w in words_:
        assert w in r.text


def test_bad_cursor_gets_400(client):
    forged = encode_cursor("newest", ["not-a-date", "x"])
    for cursor in ("not-a-cursor!", "eyJ4IjoxfQ", forged):
        r = client.get("/search", params={"cursor": cursor})
        assert r.status_code == 400 and "cursor" in r.json()["detail"], r.text
    good = search(client, size=5, sort="newest")["next_cursor"]
    r = client.get("/search", params={"cursor": good, "sort": "relevance", "q": "harbour"})
    assert r.status_code == 400 and "sort=newest" in r.json()["detail"]


# -- articles --------------------------------------------------------------------------------------

def test_article_by_id_with_claims_in_order(client, corpus):
    a = next(x for x in corpus if len(x.claims) >= 2)
    r = client.get(f"/articles/{a.id}")
    assert r.status_code == 200
    got = r.json()
    assert got["title"] == a.title and got["body"] == a.body and got["files"] == a.files
    assert [c["content"] for c in got["claims"]] == [c.content for c in a.claims]
    assert [e["name"] for e in got["entities"]] == [e.name for e in a.entities]


def test_unknown_article_is_404(client):
    for path in ("/articles/nope", "/articles/nope/similar"):
        r = client.get(path)
        assert r.status_code == 404 and "nope" in r.json()["detail"]


def test_similar_articles(client, corpus):
    a = corpus[0]
    res = client.get(f"/articles/{a.id}/similar", params={"size": 5}).json()
    assert res["id"] == a.id and 0 < len(res["hits"]) <= 5
    assert a.id not in {h["id"] for h in res["hits"]}


# -- claims ----------------------------------------------------------------------------------------

def all_claims(corpus):
    return [c for a in corpus for c in a.claims]


def test_claims_total_and_facets(client, corpus):
    res = client.get("/claims", params={"size": 3}).json()
    claims = all_claims(corpus)
    assert res["total"] == len(claims)
    assert res["facets"]["cue"] == top(Counter(c.cue for c in claims))
    assert res["facets"]["quote_type"] == top(Counter(c.quote_type for c in claims))
    assert res["facets"]["claimant"] == top(
        Counter(c.claimant_entity or c.claimant for c in claims if c.claimant_entity or c.claimant))
    hit = res["hits"][0]
    assert {"id", "article_id", "article_title", "content", "cue", "quote_type"} <= hit.keys()


def test_claims_multi_select_and_claimant_words(client, corpus):
    res = client.get("/claims", params={"claimant": "okafor", "quote_type": ["direct", "mixed"]}).json()
    claims = [c for c in all_claims(corpus)
              if phrase_in("okafor", [f for f in (c.claimant, c.claimant_entity) if f])]
    chosen = [c for c in claims if c.quote_type in ("direct", "mixed")]
    assert res["total"] == len(chosen) > 0
    # quote_type facet ignores its own filter, honours the claimant filter.
    assert res["facets"]["quote_type"] == top(Counter(c.quote_type for c in claims))
    assert all("Okafor" in (h["claimant_entity"] or "") for h in res["hits"])
    assert client.get("/claims", params={"claimant": "Oka"}).json()["total"] == 0


def test_claims_kind_filter_and_facet(client, corpus):
    claims = all_claims(corpus)
    res = client.get("/claims", params={"kind": "accusation", "size": 100}).json()
    accusations = [c for c in claims if c.kind == "accusation"]
    assert res["total"] == len(accusations) > 0
    assert {h["kind"] for h in res["hits"]} == {"accusation"}
    # the kind facet ignores its own selection; repeated kinds are ORed
    assert res["facets"]["kind"] == top(Counter(c.kind for c in claims))
    res = client.get("/claims", params={"kind": ["promise", "denial"], "claimant": "okafor"}).json()
    mine = [c for c in claims if phrase_in("okafor", [f for f in (c.claimant, c.claimant_entity) if f])]
    assert res["total"] == sum(c.kind in ("promise", "denial") for c in mine)
    assert res["facets"]["kind"] == top(Counter(c.kind for c in mine))
    r = client.get("/claims", params={"kind": "rumour"})
    assert r.status_code == 422 and "accusation" in r.text


def test_claims_bad_quote_type_is_422(client):
    r = client.get("/claims", params={"quote_type": "shouted"})
    assert r.status_code == 422 and "direct" in r.text


# -- entities --------------------------------------------------------------------------------------

def test_entity_prefix_suggestions_ignore_case_and_match_any_word(client, corpus):
    per_type: Counter = Counter()
    for a in corpus:
        for e in {(e.name, e.type) for e in a.entities}:
            per_type[e] += 1
    for prefix in ("oka", "OKA", "Oka"):
        res = client.get("/entities", params={"prefix": prefix, "size": 20}).json()
        got = {(h["name"], h["type"]): h["count"] for h in res["hits"]}
        expected = {k: v for k, v in per_type.items()
                    if any(w.startswith("oka") for w in k[0].lower().split())}
        assert got == expected, prefix
        assert ("Amara Okafor", "PERSON") in got and ("Okinawa", "PLACE") not in got
    res = client.get("/entities", params={"prefix": "tahrir", "type": "ORG"}).json()
    assert res["hits"] == [{"name": "Hayat Tahrir al-Sham", "type": "ORG",
                            "count": per_type[("Hayat Tahrir al-Sham", "ORG")]}]
    res = client.get("/entities", params={"prefix": "syr"}).json()
    assert res["hits"] == [{"name": "Syrian", "type": "NORP", "count": per_type[("Syrian", "NORP")]}]


def test_entity_prefix_with_regex_characters_is_safe(client):
    for prefix in (".*", "a|b", "(", "[", "\\", "@", "~", "<1-9>"):
        r = client.get("/entities", params={"prefix": prefix})
        assert r.status_code == 200, (prefix, r.text)
        assert r.json()["hits"] == []


# -- ingest ----------------------------------------------------------------------------------------

def test_ingest_status_and_failures(client):
    assert client.get("/ingest/status").json() == {
        "queued": 3, "processing": 0, "indexed": 1, "duplicates": 0, "failed": 1,
        "files": 5, "articles": 0, "failed_items": 0,  # the fixture settles no articles by position
    }
    failures = client.get("/ingest/failures").json()
    assert [(f["path"], f["reason"]) for f in failures] == [("inbox/bad.pdf", "unsupported format .pdf")]


# -- health, auth, errors, OpenAPI -----------------------------------------------------------------

def test_health(client):
    r = client.get("/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok" and r.json()["redis"] == "ok"
    assert r.json()["elasticsearch"] in ("green", "yellow")


def test_api_key_guards_everything_but_health(api_settings):
    settings = api_settings.model_copy(update={"api_key": "s3cret", "cors_origins": ["https://ui.example"]})
    with TestClient(create_app(settings)) as c:
        assert c.get("/health").status_code == 200
        for path in ("/search", "/claims", "/entities", "/ingest/status"):
            assert c.get(path).status_code == 401, path
        assert c.get("/search", headers={"X-API-Key": "wrong"}).status_code == 401
        assert c.get("/search", headers={"X-API-Key": "s3cret"}).status_code == 200
        assert c.get("/search", params={"api_key": "s3cret"}).status_code == 200
        pre = c.options("/search", headers={"Origin": "https://ui.example", "Access-Control-Request-Method": "GET"})
        assert pre.headers["access-control-allow-origin"] == "https://ui.example"


def test_unreachable_elasticsearch_is_503_and_health_degraded(api_settings):
    settings = api_settings.model_copy(update={"elasticsearch_url": "http://127.0.0.1:9"})
    with TestClient(create_app(settings)) as c:
        r = c.get("/search", params={"q": "harbour"})
        assert r.status_code == 503 and "Elasticsearch" in r.json()["detail"]
        h = c.get("/health")
        assert h.status_code == 200 and h.json()["status"] == "degraded"


def test_every_parameter_is_documented_with_an_example(client):
    spec = client.get("/openapi.json").json()
    for path, ops in spec["paths"].items():
        for op in ops.values():
            for p in op.get("parameters", []):
                assert p.get("description"), (path, p["name"])
                assert p.get("examples") or p["schema"].get("examples"), (path, p["name"])
            ok = op["responses"].get("200") or op["responses"].get("201")  # 201: POST /alerts
            if ok is None:
                assert "204" in op["responses"], (path, op["responses"])  # DELETE /alerts/{id}
                continue
            content = ok["content"]
            # JSON everywhere but the Prometheus exposition format of /metrics and Atom feeds
            assert "application/json" in content or (path == "/metrics" and any(c.startswith("text/plain") for c in content)) \
                or (path.endswith("/feed") and "application/atom+xml" in content), (path, content)


# -- the real process ------------------------------------------------------------------------------

def test_real_api_process(api_settings, corpus, tmp_path):
    port = free_port()
    proc = ServiceProcess("api", ["api"], settings_env(api_settings, NEWSROOM_API_PORT=str(port)), tmp_path)
    base = f"http://127.0.0.1:{port}"
    try:
        def up():
            try:
                return httpx.get(f"{base}/health", timeout=1).status_code == 200
            except httpx.HTTPError:
                return False
        wait_until(lambda: up() or not proc.alive(), timeout=30, what="API process")
        assert proc.alive(), proc.log()
        with httpx.Client(base_url=base, timeout=10) as http:
            params = {"q": "harbour", "source": "Wire Service", "facet_size": 10}
            http.get("/search", params=params)  # warm up
            started = time.perf_counter()
            r = http.get("/search", params=params)
            elapsed_ms = (time.perf_counter() - started) * 1000
            assert r.status_code == 200, r.text
            body = r.json()
            docs = [a for a in matching(corpus, source=["Wire Service"]) if text_match(a, ["harbour"])]
            assert body["total"] == len(docs)
            assert r.headers["content-type"].startswith("application/json")
            print(f"/search q+filter+6 facets over {N_ARTICLES} articles: {elapsed_ms:.1f} ms")
            assert http.get("/articles/nope").status_code == 404
    finally:
        proc.stop()
