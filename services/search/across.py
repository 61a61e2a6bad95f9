"""What the views across articles do against Elasticsearch: stories, claim groups, entity
pages and alerts. Bodies come from across_queries.py; errors are those of errors.py."""

from __future__ import annotations

import inspect
import typing
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from elasticsearch import AsyncElasticsearch, NotFoundError
from pydantic import ValidationError, validate_call

from services.core.names import StackNames

from . import across_queries as AQ
from . import params as P
from .across_schemas import (
    Alert,
    AlertIn,
    AlertList,
    Appearance,
    ClaimGroup,
    ClaimGroupDetail,
    ClaimGroupsResponse,
    EntityPage,
    StoryHit,
    StorySearchResponse,
)
from .errors import AlertNotFound, BadQuery, ClaimGroupNotFound, EntityNotFound
from .paging import Paging, article_sort
from .queries import ArticleQuery, ClaimQuery
from .results import facet_buckets, search_hit
from .schemas import ArticleCopy as Copy
from .schemas import ClaimHit, FacetBucket


async def _search(es: AsyncElasticsearch, index: str, body: dict[str, Any]) -> dict[str, Any]:
    return (await es.search(index=index, body=body, ignore_unavailable=True)).body


def _no_cursor(paging: Paging) -> None:
    if paging.cursor:
        raise BadQuery("cursor does not work with collapse; page through groups with page and size")


def _buckets(node: dict[str, Any] | None) -> list[FacetBucket]:
    return [FacetBucket(value=b["key"], count=b["doc_count"]) for b in (node or {}).get("buckets", [])]


# -- stories ---------------------------------------------------------------------------------

async def search_stories(es: AsyncElasticsearch, names: StackNames, query: ArticleQuery,
                         paging: Paging) -> StorySearchResponse:
    _no_cursor(paging)
    req = query.request()
    body = AQ.story_search_body(req, paging.size, (paging.page - 1) * paging.size,
                                article_sort(paging.sort, req.query is not None))
    resp = await _search(es, names.articles, body)
    raw = resp["hits"]["hits"]
    raw = raw[: paging.size]
    stories = [h["_source"].get(AQ.STORY_FIELD) for h in raw]
    sizes: dict[str, int] = {}
    if any(stories):
        agg = await _search(es, names.articles, AQ.story_sizes_body([s for s in stories if s]))
        sizes = {b["key"]: b["doc_count"] for b in agg["aggregations"]["s"]["buckets"]}
    hits = [
        StoryHit(**search_hit(h).model_dump(), story_id=s, copies=sizes.get(s, 1) if s else 1)
        for h, s in zip(raw, stories, strict=True)
    ]
    return StorySearchResponse(
        total=resp["hits"]["total"]["value"], page=paging.page, size=paging.size,
        next_cursor=None,
        stories=int((resp.get("aggregations") or {}).get("stories", {}).get("value", 0)), hits=hits,
    )


async def story_copies(es: AsyncElasticsearch, names: StackNames, article_id: str,
                       story_id: str | None) -> list[Copy]:
    if not story_id:
        return []
    resp = await _search(es, names.articles, AQ.story_copies_body(article_id, story_id))
    return [Copy(**{k: h["_source"].get(k) for k in ("id", "title", "source", "published_at")})
            for h in resp["hits"]["hits"]]


# -- claim groups ----------------------------------------------------------------------------

def _appearance(src: dict[str, Any]) -> Appearance:
    return Appearance(
        claim_id=src["id"], article_id=src["article_id"], article_title=src.get("article_title") or "",
        content=src.get("content") or "", claimant=src.get("claimant_entity") or src.get("claimant"),
        source=src.get("source"), published_at=src.get("published_at"),
    )


async def search_claim_groups(es: AsyncElasticsearch, names: StackNames, query: ClaimQuery,
                              paging: Paging) -> ClaimGroupsResponse:
    _no_cursor(paging)
    body = AQ.claim_group_search_body(query.request(), paging.size, (paging.page - 1) * paging.size)
    resp = await _search(es, names.claims, body)
    ids = [h["_source"][AQ.GROUP_FIELD] for h in resp["hits"]["hits"]]
    groups: dict[str, ClaimGroup] = {}
    if ids:
        agg = await _search(es, names.claims, AQ.claim_group_summary_body(ids))
        for b in agg["aggregations"]["g"]["buckets"]:
            first = _appearance(b["first"]["hits"]["hits"][0]["_source"])
            groups[b["key"]] = ClaimGroup(
                id=b["key"], content=first.content, first_appearance=first, count=b["doc_count"],
                claimants=_buckets(b["claimants"]), sources=_buckets(b["sources"]),
                articles=max(1, int(b["articles"]["value"])),
            )
    n = int((resp.get("aggregations") or {}).get("groups", {}).get("value", 0))
    return ClaimGroupsResponse(total=resp["hits"]["total"]["value"], page=paging.page, size=paging.size,
                               groups=n, hits=[groups[i] for i in ids if i in groups])


async def claim_group(es: AsyncElasticsearch, names: StackNames, group_id: str, size: int) -> ClaimGroupDetail:
    resp = await _search(es, names.claims, AQ.claim_group_body(group_id, size))
    hits = resp["hits"]["hits"]
    if not hits:
        raise ClaimGroupNotFound(group_id)
    aggs = resp["aggregations"]
    return ClaimGroupDetail(
        id=group_id, count=resp["hits"]["total"]["value"], claimants=_buckets(aggs["claimants"]),
        sources=_buckets(aggs["sources"]), appearances=[ClaimHit(**h["_source"]) for h in hits],
    )


# -- entity pages ------------------------------------------------------------------------------

async def entity_page(es: AsyncElasticsearch, names: StackNames, name: str, top: int) -> EntityPage:
    name = name.strip()
    if not name:
        raise BadQuery("give an entity name, such as /entities/Amara%20Okafor")
    over = await _search(es, names.articles, AQ.entity_overview_body(name, top))
    total = over["hits"]["total"]["value"]
    if not total:
        raise EntityNotFound(name)
    types: dict[str, int] = {}
    aliases: dict[str, None] = {}
    canonical = name
    for h in over["hits"]["hits"]:
        for e in h["_source"].get("entities") or []:
            if str(e.get("name", "")).lower() == name.lower():
                canonical = e["name"]
                types[e["type"]] = types.get(e["type"], 0) + 1
                for a in e.get("aliases") or []:
                    aliases.setdefault(a, None)
    aggs = over["aggregations"]
    hist_body, interval = AQ.entity_histogram_body(canonical, aggs["lo"].get("value"), aggs["hi"].get("value"))
    forms = list(dict.fromkeys([canonical, *aliases]))
    searches: list[dict[str, Any]] = []
    for index, body in ((names.articles, hist_body), (names.claims, AQ.claims_by_body(canonical, top)),
                        (names.claims, AQ.claims_about_body(forms, canonical, top))):
        searches += [{"index": index, "ignore_unavailable": True}, body]
    hist, by, about = (await es.msearch(searches=searches)).body["responses"]
    for r in (hist, by, about):
        if "error" in r:
            raise BadQuery(f"cannot build the page of {name!r}: {r['error'].get('reason', r['error'])}")
    return EntityPage(
        name=canonical, type=max(types, key=types.get) if types else None,
        aliases=sorted(a for a in aliases if a != canonical), articles=total,
        published=facet_buckets({"h": {"v": hist["aggregations"]["v"]}}, "h"), published_interval=interval,
        co_mentioned=[b for b in _buckets(aggs["co"]) if b.value.lower() != canonical.lower()][:top],
        sources=_buckets(aggs["sources"]),
        claims_by=[ClaimHit(**h["_source"]) for h in by["hits"]["hits"]], claims_by_total=by["hits"]["total"]["value"],
        claims_about=[ClaimHit(**h["_source"]) for h in about["hits"]["hits"]],
        claims_about_total=about["hits"]["total"]["value"],
    )


# -- alerts ----------------------------------------------------------------------------------

# The saved parameters are checked by the very functions that read /search and /claims
# (params.py), so an alert takes exactly what the URL takes, new parameters included.
_PARAMS = {"articles": validate_call(P.article_query), "claims": validate_call(P.claim_query)}


def _listify(fn: Any, params: dict[str, Any]) -> dict[str, Any]:
    """One value where a list is expected, as in a URL with the parameter once."""
    hints = typing.get_type_hints(fn, include_extras=True)
    return {k: [v] if isinstance(v, str) and "list" in str(hints.get(k, "")) else v for k, v in params.items()}


def alert_query(alert: AlertIn) -> dict[str, Any]:
    """The saved parameters -> the query the worker runs (400 naming what to change)."""
    fn = P.article_query if alert.target == "articles" else P.claim_query
    allowed = ", ".join(inspect.signature(fn).parameters)
    try:
        query = _PARAMS[alert.target](**_listify(fn, alert.params))
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise BadQuery(f"params.{where}: {err['msg']} (parameters of {alert.target}: {allowed})") from exc
    return AQ.saved_query(query.request())


def _alert_out(src: dict[str, Any]) -> Alert:
    return Alert(**{k: src.get(k) for k in ("id", "name", "target", "params", "webhook", "created_at")},
                 feed=f"/alerts/{src['id']}/feed")


async def create_alert(es: AsyncElasticsearch, names: StackNames, alert: AlertIn) -> Alert:
    doc = {
        "id": uuid.uuid4().hex[:16], "name": alert.name, "target": alert.target,
        "params": alert.params, "query": alert_query(alert),
        "webhook": str(alert.webhook) if alert.webhook else None,
        "created_at": datetime.now(UTC).isoformat(),
    }
    await es.index(index=names.alerts, id=doc["id"], document=doc, refresh="wait_for")
    return _alert_out(doc)


async def list_alerts(es: AsyncElasticsearch, names: StackNames) -> AlertList:
    resp = await _search(es, names.alerts, {"size": 1000, "sort": [{"created_at": "desc"}]})
    return AlertList(hits=[_alert_out(h["_source"]) for h in resp["hits"]["hits"]])


async def get_alert(es: AsyncElasticsearch, names: StackNames, alert_id: str) -> Alert:
    try:
        got = await es.get(index=names.alerts, id=alert_id)
    except NotFoundError as exc:
        raise AlertNotFound(alert_id) from exc
    return _alert_out(got["_source"])


async def delete_alert(es: AsyncElasticsearch, names: StackNames, alert_id: str,
                       on_deleted: Callable[[], object] = lambda: None) -> None:
    """`on_deleted` runs once the alert is gone from searches, before its matches are deleted
    (the API tells workers there, so none records a match the loop below has passed)."""
    await get_alert(es, names, alert_id)
    await es.delete(index=names.alerts, id=alert_id, refresh="wait_for")
    on_deleted()
    # No _delete_by_query on this node: find the matches, delete them by id.
    while True:
        resp = await _search(es, names.alert_matches, {"query": {"term": {"alert_id": alert_id}},
                                                       "_source": False, "size": 1000})
        ids = [h["_id"] for h in resp["hits"]["hits"]]
        if not ids:
            return
        ops = [{"delete": {"_index": names.alert_matches, "_id": i}} for i in ids]
        await es.bulk(operations=ops, refresh="true")


async def alert_matches(es: AsyncElasticsearch, names: StackNames, alert_id: str, size: int) -> list[dict[str, Any]]:
    resp = await _search(es, names.alert_matches, AQ.alert_matches_body(alert_id, size))
    return [h["_source"] for h in resp["hits"]["hits"]]
