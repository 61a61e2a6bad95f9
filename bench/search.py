"""(d) /search with facets and a filter over indexed articles, beside the same query sent
straight to Elasticsearch, in the same run and with the same HTTP client.

The articles are indexed directly with the bulk helper in the shapes of
services/core/documents.py (no NLP): people, organisations, places and claims come from the
generator. The API process is a real `newsroom api` on its own index prefix.

Each request is `q=<word>&source=<outlet>`: full text, one filter, and the API's facets
(person, organization, place, source, claimant and the published histogram). "Direct" is the
main search body the API builds for it (services/search), POSTed to ES; "direct, both" adds the
published-range look-up the API makes first, so it is the API's whole ES work, sequentially."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
from elasticsearch import Elasticsearch, helpers

from services.core.documents import article_document
from services.core.index import ensure_indices
from services.core.models import Article, Claim, Entity
from services.core.settings import Settings

from .corpus import SOURCES, GenArticle, article
from .e2e import pct
from .stack import RssSampler, ServiceProcess, free_port, settings_env

WORDS = ["port", "strike", "vaccine", "budget", "flood", "merger", "energy", "housing", "trade",
         "hospital", "election", "water", "jobs", "families", "inquiry"]


def to_article(g: GenArticle) -> Article:
    from services.extract.pipeline import article_id

    ents = [Entity(name=p, type="PERSON", aliases=[p, p.split()[-1]], count=2) for p in g.persons]
    ents += [Entity(name=o, type="ORG", aliases=[o], count=1) for o in g.orgs]
    ents += [Entity(name=p, type="PLACE", aliases=[p], count=1) for p in g.places]
    claims = []
    for c in g.claims[:12]:
        start = max(0, g.body.find(c.content))
        claims.append(Claim(
            content=c.content, sentence=c.sentence, claimant=c.claimant, claimant_entity=c.claimant,
            cue=c.cue, quote_type=c.quote_type, hedged=c.hedged, polarity=c.polarity,
            start=start, end=start + len(c.content),
        ))
    return Article(
        id=article_id(g.text), title=g.title, body=g.body, published_at=g.published_at, source=g.source,
        entities=ents, claims=claims, files=[g.filename],
    )


def index_corpus(es: Elasticsearch, settings: Settings, count: int, log) -> dict[str, Any]:
    names = ensure_indices(es, settings)
    t0 = time.monotonic()

    def actions():
        for n in range(count):
            doc = article_document(to_article(article(2_000_000 + n)))
            yield {"_op_type": "index", "_index": names.articles, "_id": doc["id"], "_source": doc}

    ok, errors = helpers.bulk(es, actions(), chunk_size=500, raise_on_error=False, request_timeout=120)
    es.indices.refresh(index=names.articles)
    took = time.monotonic() - t0
    n = es.count(index=names.articles)["count"]
    log(f"    indexed {n} articles directly in {took:.1f}s ({len(errors) if isinstance(errors, list) else errors} errors)")
    return {"indexed": n, "seconds": round(took, 1)}


def requests_for() -> list[tuple[dict[str, str], dict[str, Any], dict[str, Any]]]:
    """(API params, direct main body, direct range body) for each query variant."""
    from services.search import queries as Q
    from services.search import service as S

    out = []
    for i, word in enumerate(WORDS):
        source = SOURCES[i % len(SOURCES)]
        aq = S.ArticleQuery(q=word, source=[source])
        req = aq.request()
        range_body = Q.published_range_body(req, "published_at", "published")
        # The interval the API would pick for this query: ask once, then send the same body.
        body: dict[str, Any] = {
            "query": req.main_query(), "track_total_hits": True, "_source": S.HIT_SOURCE,
            "highlight": Q.ARTICLE_HIGHLIGHT,
            "aggs": {**req.terms_aggs(S.ARTICLE_FACETS, 10), "published": Q.histogram_agg(req, "published_at", "published", "month")},
        }
        if req.query is not None:
            body["track_scores"] = True
        post = req.post_filter()
        if post:
            body["post_filter"] = post
        Q.Paging(page=1, size=10, sort="relevance").apply(body, Q.article_sort("relevance", req.query is not None))
        out.append(({"q": word, "source": source}, body, range_body))
    return out


async def _load(kind: str, url_api: str, url_es: str, alias: str, variants, concurrency: int,
                seconds: float) -> dict[str, Any]:
    lat: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        deadline = time.perf_counter() + seconds
        counter = iter(range(10**9))

        async def one() -> None:
            nonlocal errors
            while time.perf_counter() < deadline:
                params, body, range_body = variants[next(counter) % len(variants)]
                t = time.perf_counter()
                if kind == "api":
                    r = await client.get(f"{url_api}/search", params=params)
                else:
                    if kind == "direct_both":
                        r = await client.post(f"{url_es}/{alias}/_search", json=range_body,
                                              params={"request_cache": "true", "ignore_unavailable": "true"})
                    r = await client.post(f"{url_es}/{alias}/_search", json=body, params={"ignore_unavailable": "true"})
                lat.append(time.perf_counter() - t)
                if r.status_code != 200:
                    errors += 1

        t0 = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    return {
        "requests": len(lat), "errors": errors, "rps": round(len(lat) / wall, 1),
        "p50_ms": round(1000 * pct(lat, 50), 2), "p99_ms": round(1000 * pct(lat, 99), 2),
    }


def run(prefix: str, run_dir, sampler: RssSampler, count: int, seconds: float, log,
        extra_env: dict[str, str]) -> dict[str, Any]:
    log(f"(d) search: indexing {count} articles directly (bulk), prefix {prefix}")
    settings = Settings(index_prefix=prefix, inbox_dir=run_dir / "inbox-search", api_port=free_port())
    es = Elasticsearch(settings.elasticsearch_hosts, request_timeout=60)
    out: dict[str, Any] = {"index": index_corpus(es, settings, count, log)}
    port = settings.api_port
    api = ServiceProcess("api-search", ["api"], settings_env(settings, **extra_env), run_dir)
    sampler.watch("api-search", api.proc.pid)
    url_api, url_es = f"http://127.0.0.1:{port}", settings.elasticsearch_url
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url_api}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("search API did not start:\n" + api.tail())
            time.sleep(0.2)
        variants = requests_for()
        sample = httpx.get(f"{url_api}/search", params=variants[0][0], timeout=30).json()
        out["sample"] = {"total": sample.get("total"), "facets": {k: len(v) for k, v in (sample.get("facets") or {}).items()}}
        alias = settings.names.articles
        for kind in ("direct", "api", "direct_both"):  # warm both paths
            asyncio.run(_load(kind, url_api, url_es, alias, variants, 2, 1.5))
        for conc in (1, 8):
            for kind in ("direct", "direct_both", "api"):
                sampler.phase = f"d-{kind}-c{conc}"
                r = asyncio.run(_load(kind, url_api, url_es, alias, variants, conc, seconds))
                out[f"{kind}_c{conc}"] = r
                log(f"    {kind:12s} c={conc}: p50 {r['p50_ms']:7.2f} ms  p99 {r['p99_ms']:7.2f} ms  "
                    f"{r['rps']:6.1f} req/s  errors {r['errors']}")
        out["ratio_api_p50_over_direct_p50_c8"] = round(out["api_c8"]["p50_ms"] / out["direct_c8"]["p50_ms"], 2)
        out["ratio_api_p50_over_direct_p50_c1"] = round(out["api_c1"]["p50_ms"] / out["direct_c1"]["p50_ms"], 2)
        out["ratio_api_p50_over_direct_both_p50_c8"] = round(out["api_c8"]["p50_ms"] / out["direct_both_c8"]["p50_ms"], 2)
    finally:
        api.stop()
    return out
