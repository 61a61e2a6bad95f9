"""The search page: server-rendered (Jinja2), one URL per view. JavaScript (static/app.js)
only makes it quicker: it fetches /ui/view?<same query> (the page's main part alone) on
clicks and swaps it in, with history.pushState; without it every link and form is a plain
GET and the page works the same."""

from __future__ import annotations

import asyncio
import math
import secrets
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from elasticsearch import ApiError, TransportError
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from services.search import service
from services.search.deps import Resources
from services.search.errors import ArticleNotFound, SearchError
from services.search.export import EXPORT_LIMIT
from services.search.paging import MAX_WINDOW, Paging
from services.search.queries import ArticleQuery, ClaimQuery
from services.search.session import SESSION_COOKIE, SESSION_SECONDS, cookie_secure, has_session, make_token

from . import markup
from .security import CSRF_COOKIE, csrf_ok, csrf_token, new_csrf_cookie
from .state import ARTICLE_FACET_KEYS, CLAIM_FACET_KEYS, PAGE_SIZE, State

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals.update(snippet=markup.safe_snippet, export_limit=EXPORT_LIMIT)

router = APIRouter(include_in_schema=False)

FACET_SIZE = 30  # values per facet on the page; the box inside a facet filters them
FACET_LABELS = {"person": "People", "organization": "Organisations", "place": "Places",
                "source": "Sources", "claimant": "Claimants", "cue": "Cue", "kind": "Kind",
                "quote_type": "Quote type"}
NO_STORE = {"Cache-Control": "no-store", "Vary": "Cookie"}


def _res(request: Request) -> Resources:
    return request.app.state.resources


def _secret(request: Request) -> str:
    return _res(request).settings.api_key or request.app.state.page_secret


def _login_redirect(request: Request) -> Response | None:
    key = _res(request).settings.api_key
    if not key or has_session(request, key):
        return None
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if request.url.path == "/ui/view":
        target = "/" + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse("/login?" + urlencode({"next": target}), status_code=303)


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError as exc:
        raise SearchError(f"dates are yyyy-mm-dd, such as 2024-03-01 (got {value!r})") from exc


def _bucket_end(start: str, interval: str | None) -> str:
    d = date.fromisoformat(start)
    if interval == "day":
        end = d
    elif interval == "week":
        end = d + timedelta(days=6)
    elif interval == "year":
        end = date(d.year, 12, 31)
    else:
        nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        end = nxt - timedelta(days=1)
    return end.isoformat()


def _facets(state: State, facets: Any, keys: dict[str, str]) -> list[dict[str, Any]]:
    out = []
    for name, key in keys.items():
        values = []
        included, excluded = set(state.values(key)), set(state.values("not_" + key))
        seen = set()
        for b in getattr(facets, name, []):
            seen.add(b.value)
            values.append({"value": b.value, "count": b.count, "on": b.value in included,
                           "off": b.value in excluded, "include": state.include(key, b.value),
                           "exclude": state.exclude(key, b.value)})
        # Selected values the facet does not list (a surface form such as claimant=Okafor, or a
        # value past the top ones) stay visible without a count, so they can be switched off here.
        for v in sorted((included | excluded) - seen) if name not in ("person", "organization", "place") else []:
            values.append({"value": v, "count": None, "on": v in included, "off": v in excluded,
                           "include": state.include(key, v), "exclude": state.exclude(key, v)})
        out.append({"name": name, "label": FACET_LABELS[name], "key": key, "values": values})
    return out


def _histogram(state: State, buckets: list[Any], interval: str | None) -> dict[str, Any] | None:
    if not buckets:
        return None
    top = max(b.count for b in buckets) or 1
    lo, hi = state.get("published_from"), state.get("published_to")
    bars = []
    for i, b in enumerate(buckets):
        end = _bucket_end(b.value, interval)
        selected = bool((lo or hi) and (not lo or end >= lo) and (not hi or b.value <= hi))
        height = round(56 * b.count / top) if b.count else 0
        bars.append({"i": i, "start": b.value, "end": end, "count": b.count, "h": height,
                     "y": 58 - height, "x": i * 10, "sel": selected, "url": state.with_range(b.value, end)})
    return {"bars": bars, "width": len(bars) * 10, "interval": interval or "month"}


def _pages(state: State, total: int) -> dict[str, Any]:
    last = max(1, min(math.ceil(total / PAGE_SIZE), MAX_WINDOW // PAGE_SIZE))
    page = min(state.page, last)
    numbers = sorted({1, last, *range(max(1, page - 2), min(last, page + 2) + 1)})
    return {
        "page": page, "last": last,
        "prev": state.with_single("page", str(page - 1)) if page > 1 else None,
        "next": state.with_single("page", str(page + 1)) if page < last else None,
        "numbers": [(n, state.with_single("page", str(n))) for n in numbers],
    }


def _listing(state: State, resp: Any, hits: list[Any], keys: dict[str, str], api_path: str,
             histogram: dict[str, Any] | None = None) -> dict[str, Any]:
    """What a result list shows: total, hits, facets, pages, and the API's export of the
    same result set (the same parameters plus format)."""
    query = state.api_query()
    return {
        "total": resp.total, "hits": hits, "facets": _facets(state, resp.facets, keys),
        "histogram": histogram, "pages": _pages(state, resp.total),
        "export": {fmt: f"{api_path}?{query + '&' if query else ''}format={fmt}" for fmt in ("csv", "jsonl")},
    }


def _paging(state: State) -> Paging:
    return Paging(min(state.page, MAX_WINDOW // PAGE_SIZE), PAGE_SIZE, state.sort)


async def _articles_view(request: Request, state: State) -> dict[str, Any]:
    res = _res(request)
    # The URL's filters are the query's fields by name (state.MULTI_KEYS).
    query = ArticleQuery(q=state.q or None, **state.copy().multi,
                         published_from=_day(state.get("published_from")),
                         published_to=_day(state.get("published_to")))
    resp = await service.search_articles(res.es, res.names, query, _paging(state), FACET_SIZE)
    histogram = _histogram(state, resp.facets.published, resp.published_interval)
    return _listing(state, resp, resp.hits, ARTICLE_FACET_KEYS, "/search", histogram)


async def _claims_view(request: Request, state: State) -> dict[str, Any]:
    res = _res(request)
    query = ClaimQuery(q=state.q or None, **state.copy().multi)
    resp = await service.search_claims(res.es, res.names, query, _paging(state), FACET_SIZE)
    hits = [{"c": h, "sentence": markup.mark_sentence(h.sentence, h.content)} for h in resp.hits]
    return _listing(state, resp, hits, CLAIM_FACET_KEYS, "/claims")


async def _ingest_view(request: Request, state: State) -> dict[str, Any]:
    ledger = _res(request).ledger
    status, failures, alive = await asyncio.gather(
        asyncio.to_thread(ledger.status), asyncio.to_thread(ledger.failures),
        asyncio.to_thread(ledger.watcher_alive),
    )
    cookie = request.cookies.get(CSRF_COOKIE) or request.state.new_csrf
    return {"status": status.model_dump(), "failures": failures, "watcher_alive": alive,
            "csrf": csrf_token(_secret(request), cookie),
            "retried": request.query_params.get("retried")}


async def _view(request: Request, template: str) -> Response:
    if (redirect := _login_redirect(request)) is not None:
        return redirect
    state = State.parse(list(request.query_params.multi_items()))
    request.state.new_csrf = None if request.cookies.get(CSRF_COOKIE) else new_csrf_cookie()
    ctx: dict[str, Any] = {"state": state, "error": None, "api_key_mode": bool(_res(request).settings.api_key),
                           "tabs": [(t, state.for_tab(t)) for t in ("articles", "claims", "ingest")]}
    status = 200
    try:
        view = {"articles": _articles_view, "claims": _claims_view, "ingest": _ingest_view}[state.tab]
        ctx.update(await view(request, state))
    except SearchError as exc:
        ctx["error"], status = str(exc), 400
    except (ApiError, TransportError) as exc:
        ctx["error"], status = f"the search index cannot answer right now ({type(exc).__name__}); try again", 503
    response = templates.TemplateResponse(request, template, ctx, status_code=status, headers=NO_STORE)
    if request.state.new_csrf:
        response.set_cookie(CSRF_COOKIE, request.state.new_csrf, httponly=True, samesite="strict",
                            secure=cookie_secure(request), path="/")
    return response


@router.api_route("/", methods=["GET", "HEAD"], response_class=HTMLResponse)
async def page(request: Request) -> Response:
    return await _view(request, "page.html")


@router.get("/ui/view", response_class=HTMLResponse)
async def view_fragment(request: Request) -> Response:
    """The page's main part alone, for app.js to swap in."""
    return await _view(request, "view.html")


@router.get("/article/{article_id}", response_class=HTMLResponse)
async def article_page(request: Request, article_id: str) -> Response:
    if (redirect := _login_redirect(request)) is not None:
        return redirect
    res = _res(request)
    try:
        article = await service.get_article(res.es, res.names, article_id)
    except ArticleNotFound:
        return templates.TemplateResponse(request, "missing.html", {"article_id": article_id},
                                          status_code=404, headers=NO_STORE)
    try:
        similar = (await service.similar_articles(res.es, res.names, article_id, 5)).hits
    except (ApiError, TransportError, SearchError):
        similar = []
    copies = [h for h in similar if h.title == article.title]
    ctx = {
        "a": article, "body": markup.mark_article(article.body, article.entities, article.claims),
        "similar": similar, "copies": copies, "ents_on": request.query_params.get("entities") != "off",
        "entity_types": sorted({e.type for e in article.entities}),
        "back": request.query_params.get("back", "/") if request.query_params.get("back", "/").startswith("/") else "/",
        "api_key_mode": bool(res.settings.api_key),
    }
    return templates.TemplateResponse(request, "article.html", ctx, headers=NO_STORE)


@router.get("/login", response_class=HTMLResponse)
async def login_form(request: Request) -> Response:
    nxt = request.query_params.get("next", "/")
    return templates.TemplateResponse(request, "login.html", {"next": _local(nxt), "error": None},
                                      headers=NO_STORE)


def _local(target: str) -> str:
    """Only paths of this site: never an open redirect."""
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"


async def _form(request: Request) -> dict[str, str]:
    body = (await request.body())[:10_000].decode("utf-8", "replace")
    return dict(parse_qsl(body, keep_blank_values=True))


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    form = await _form(request)
    key = _res(request).settings.api_key
    nxt = _local(form.get("next", "/"))
    if not key:
        return RedirectResponse(nxt, status_code=303)
    given = form.get("api_key", "")
    if not secrets.compare_digest(given.encode(), key.encode()):
        return templates.TemplateResponse(request, "login.html",
                                          {"next": nxt, "error": "That is not the API key of this server."},
                                          status_code=401, headers=NO_STORE)
    response = RedirectResponse(nxt, status_code=303)
    response.set_cookie(SESSION_COOKIE, make_token(key), max_age=SESSION_SECONDS, httponly=True,
                        samesite="strict", secure=cookie_secure(request), path="/")
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/ui/ingest/retry")
async def retry(request: Request) -> Response:
    if (redirect := _login_redirect(request)) is not None:
        return redirect
    form = await _form(request)
    if not csrf_ok(request, _secret(request), form.get("csrf")):
        return Response("The form was stale or came from another site: reload the ingest tab and "
                        "press retry again.", status_code=403, media_type="text/plain")
    paths = await asyncio.to_thread(_res(request).ledger.request_retry)
    return RedirectResponse(f"/?tab=ingest&retried={len(paths)}", status_code=303)


@router.get("/docs", response_class=HTMLResponse)
async def docs(request: Request) -> Response:
    """Swagger UI from files served here (static/vendor/swagger-ui): no CDN, works offline."""
    return templates.TemplateResponse(request, "docs.html", {})
