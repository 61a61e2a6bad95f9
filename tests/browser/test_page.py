"""The search page in a real browser (Debian's chromium through Playwright), against real
API, watcher and worker processes: every count the page shows is checked against the API's
own answer for the same parameters."""

from __future__ import annotations

import csv
import io
import statistics
import time
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from services.core.ledger import IngestLedger
from services.core.models import FailureRecord, Stage
from tests.browser.conftest import API_KEY, screenshot

pytestmark = [pytest.mark.integration, pytest.mark.e2e, pytest.mark.timeout(240)]


def shown_total(pg) -> int:
    return int(pg.locator("#total").get_attribute("data-total"))


def page_params(pg) -> list[tuple[str, str]]:
    return [(k, v) for k, v in parse_qsl(urlsplit(pg.url).query) if k not in ("tab", "page")]


def facet_counts(pg, facet: str) -> dict[str, int]:
    items = pg.locator(f'[data-facet="{facet}"] li[data-value]:not(.extra):not(.more)')
    out = {}
    for i in range(items.count()):
        li = items.nth(i)
        out[li.get_attribute("data-value")] = int(li.locator(".count").inner_text())
    return out


def api_counts(resp: dict, facet: str) -> dict[str, int]:
    return {b["value"]: b["count"] for b in resp["facets"][facet]}


def csv_rows(path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(Path(path).read_text(encoding="utf-8"))))


def nav_seq(pg) -> int:
    """How many times the script has swapped results in (the page's CSP forbids
    wait_for_function's eval, so waits go through selectors on this counter)."""
    return int(pg.evaluate("document.documentElement.dataset.navSeq || '0'"))


def click_nav(pg, locator) -> float:
    """Click a link the script swaps in place; the time until the new results are in the DOM."""
    after = nav_seq(pg) + 1
    t0 = time.perf_counter()
    locator.click()
    pg.wait_for_selector(f'html[data-nav-seq="{after}"]', state="attached")
    return (time.perf_counter() - t0) * 1000


def assert_matches_api(pg, site, path: str = "/search", facets=("person", "source", "claimant")) -> dict:
    params = page_params(pg)
    resp = site.api.get(path, params=[*params, ("facet_size", "30")]).json()
    assert shown_total(pg) == resp["total"], (pg.url, resp["total"])
    for f in facets:
        assert facet_counts(pg, f) == api_counts(resp, f), (f, pg.url)
    return resp


def test_search_facets_include_exclude_counts_and_timing(page, site, capsys):
    pg = page
    pg.goto("/")
    assert_matches_api(pg, site)
    pg.fill("#q", "harbour")
    pg.press("#q", "Enter")
    pg.wait_for_url("**/?q=harbour")
    first = assert_matches_api(pg, site)
    assert pg.locator(".snip em").count() > 0, "no highlighted snippet"

    # Pick two people (OR within the facet), then a source (AND across facets).
    people = list(api_counts(first, "person"))[:2]
    for name in people:
        click_nav(pg, pg.locator(f'[data-facet="person"] li[data-value="{name}"] a.inc'))
        assert_matches_api(pg, site)
    assert [v for k, v in page_params(pg) if k == "entity"] == people
    source = next(iter(facet_counts(pg, "source")))
    click_nav(pg, pg.locator(f'[data-facet="source"] li[data-value="{source}"] a.inc'))
    assert_matches_api(pg, site)
    # Exclude a claimant: not_claimant=..., the count drops as the API's does.
    before = shown_total(pg)
    claimant = next(iter(facet_counts(pg, "claimant")))
    click_nav(pg, pg.locator(f'[data-facet="claimant"] li[data-value="{claimant}"] a.exc'))
    assert ("not_claimant", claimant) in page_params(pg)
    after = assert_matches_api(pg, site)["total"]
    assert after < before
    chips = pg.locator(".chips .chip")
    assert chips.count() == 4
    assert pg.locator(".chip.not").inner_text().startswith("not claimant")
    # Remove a chip.
    click_nav(pg, pg.locator(".chip.not a"))
    assert ("not_claimant", claimant) not in page_params(pg)
    assert_matches_api(pg, site)

    # 20 facet clicks: time from click to results in the DOM, in the browser.
    pg.goto("/?q=harbour")
    values = list(facet_counts(pg, "place"))[:5]
    walls = []
    for i in range(20):
        name = values[i % len(values)]
        walls.append(click_nav(pg, pg.locator(f'[data-facet="place"] li[data-value="{name}"] a.inc')))
    in_page = pg.evaluate("window.nrTimings")[-20:]
    assert_matches_api(pg, site, facets=("place",))
    median = statistics.median(in_page)
    with capsys.disabled():
        print(f"\nfacet click -> results, median of 20: {median:.1f} ms in the page (fetch + swap), "
              f"{statistics.median(walls):.1f} ms as the driver saw it")
    assert median < 1500
    pg.goto("/?q=harbour+OR+airbase&entity=Amara+Okafor&not_source=Wire+Service")
    assert_matches_api(pg, site)
    screenshot(pg, "search")


def test_histogram_range_and_url_state_reload_back_forward(page, site):
    pg = page
    pg.goto("/")
    bars = pg.locator(".hist a.bar")
    assert bars.count() > 3
    # Drag across three bars: a range from the first's start to the last's end.
    a, b = bars.nth(1), bars.nth(3)
    start, end = a.get_attribute("data-start"), b.get_attribute("data-end")
    box_a, box_b = a.bounding_box(), b.bounding_box()
    after = nav_seq(pg) + 1
    pg.mouse.move(box_a["x"] + box_a["width"] / 2, box_a["y"] + box_a["height"] / 2)
    pg.mouse.down()
    pg.mouse.move(box_b["x"] + box_b["width"] / 2, box_b["y"] + box_b["height"] / 2, steps=5)
    pg.mouse.up()
    pg.wait_for_selector(f'html[data-nav-seq="{after}"]', state="attached")
    assert ("published_from", start) in page_params(pg) and ("published_to", end) in page_params(pg)
    resp = assert_matches_api(pg, site)
    ranged_url, ranged_total = pg.url, resp["total"]

    source = next(iter(facet_counts(pg, "source")))
    click_nav(pg, pg.locator(f'[data-facet="source"] li[data-value="{source}"] a.inc'))
    click_nav(pg, pg.locator('.sort a:has-text("newest")'))
    steps = 2
    if pg.locator('.pager a[rel="next"]').count():
        click_nav(pg, pg.locator('.pager a[rel="next"]'))
        steps += 1
    full_url, full_total = pg.url, shown_total(pg)
    titles = pg.locator(".hit h3").all_inner_texts()

    pg.reload()
    assert pg.url == full_url and shown_total(pg) == full_total
    assert pg.locator(".hit h3").all_inner_texts() == titles
    for _ in range(steps):  # pushState entries: same document, no load event to wait for
        pg.go_back()
    pg.wait_for_selector(f'#total[data-total="{ranged_total}"]')
    assert pg.url == ranged_url
    assert pg.locator(".chip").inner_text().startswith("published")
    for _ in range(steps):
        pg.go_forward()
    pg.wait_for_selector(f'#total[data-total="{full_total}"]')
    pg.wait_for_selector(".sort a.on:has-text('newest')")
    assert pg.url == full_url
    assert pg.locator(".hit h3").all_inner_texts() == titles
    # The shared link, opened fresh in another tab, is the same page.
    other = pg.context.new_page()
    other.goto(full_url)
    assert shown_total(other) == full_total
    assert other.locator(".hit h3").all_inner_texts() == titles
    other.close()


def test_article_view_marks_claims_and_entities(page, site):
    pg = page
    pg.goto("/?q=Khmeimim+Russian")
    pg.locator(".hit h3 a").first.click()
    pg.wait_for_url("**/article/**")
    article_id = urlsplit(pg.url).path.rsplit("/", 1)[-1]
    api = site.get(f"/articles/{article_id}")
    assert api["claims"], "the seed article should have claims"
    marks = pg.locator("#body mark.claim")
    assert marks.count() == len(api["claims"])
    for i in range(marks.count()):
        c = api["claims"][i]
        assert api["body"][c["start"]:c["end"]] in marks.nth(i).inner_text()
    assert pg.locator(".claim-list li").count() == len(api["claims"])
    for t in {e["type"] for e in api["entities"]} & {"PERSON", "ORG", "PLACE"}:
        assert pg.locator(f"#body .ent-{t.lower()}").count() > 0, t
    # A claim in the list links to its place in the text.
    pg.locator(".claim-list li a").first.click()
    assert pg.evaluate("location.hash") == "#claim-0"
    # Entity marks switch off and on.
    assert pg.locator("#body.show-ents").count() == 1
    pg.uncheck("#ents-toggle")
    assert pg.locator("#body.show-ents").count() == 0
    assert "entities=off" in pg.url
    pg.check("#ents-toggle")
    assert pg.locator("#body.show-ents").count() == 1
    assert pg.locator(".files li").count() >= 1
    pg.evaluate("window.scrollTo(0, 0)")
    screenshot(pg, "article")


def test_claims_tab_by_claimant_and_csv_export(page, site):
    pg = page
    pg.goto("/?tab=claims")
    resp = assert_matches_api(pg, site, "/claims", facets=("claimant", "cue", "quote_type"))
    claimant = next(b["value"] for b in resp["facets"]["claimant"] if b["value"] != "officials")
    click_nav(pg, pg.locator(f'[data-facet="claimant"] li[data-value="{claimant}"] a.inc'))
    resp = assert_matches_api(pg, site, "/claims", facets=("claimant", "cue", "quote_type"))
    assert resp["total"] > 0
    hits = pg.locator(".claim-hit")
    assert hits.count() == min(10, resp["total"])
    assert hits.first.locator("mark.content").count() == 1
    assert hits.first.locator(".badge.who").inner_text() == (resp["hits"][0]["claimant_entity"] or resp["hits"][0]["claimant"])
    screenshot(pg, "claims")

    with pg.expect_download() as dl:
        pg.locator('.export a:has-text("CSV")').click()
    rows = csv_rows(dl.value.path())
    assert len(rows) == resp["total"]
    expected, cursor = [], None
    while True:
        params = [*page_params(pg), ("size", "100")] + ([("cursor", cursor)] if cursor else [])
        r = site.api.get("/claims", params=params).json()
        expected += r["hits"]
        cursor = r["next_cursor"]
        if not cursor:
            break
    assert [r["id"] for r in rows] == [h["id"] for h in expected]
    assert [r["claimant"] for r in rows] == [h["claimant"] or "" for h in expected]
    assert [r["content"] for r in rows] == [h["content"] for h in expected]

    # Articles too: the CSV of the current search against the API's pages.
    pg.goto("/?q=harbour&not_source=Wire+Service")
    with pg.expect_download() as dl:
        pg.locator('.export a:has-text("CSV")').click()
    rows = csv_rows(dl.value.path())
    total = site.get("/search", q="harbour", not_source="Wire Service", size=0)["total"]
    assert len(rows) == total == shown_total(pg)
    assert "Wire Service" not in {r["source"] for r in rows}


def test_keyboard_autocomplete_and_no_javascript(page, site, make_context):
    pg = page
    pg.goto("/")
    pg.locator("body").press("/")
    assert pg.evaluate("document.activeElement.id") == "q"
    pg.keyboard.type("Okaf")
    pg.wait_for_selector("#suggest li")
    first = pg.locator("#suggest li").first.inner_text()
    assert "Okafor" in first and "PERSON" in first
    pg.keyboard.press("ArrowDown")
    pg.keyboard.press("Enter")
    pg.wait_for_selector(".chip")
    assert ("entity", "Amara Okafor") in page_params(pg)
    assert_matches_api(pg, site)
    # The box in a facet filters its values, and finds people beyond the listed ones.
    box = pg.locator('[data-facet="person"] .facet-filter')
    if box.count():
        box.fill("zhur")
        visible = pg.locator('[data-facet="person"] li[data-value]:visible')
        visible.first.wait_for()
        assert all("zhur" in v.lower() for v in visible.evaluate_all("els => els.map(e => e.dataset.value)"))
    # Focus is visible on links and stays on the facet control after a swap.
    link = pg.locator('[data-facet="source"] li a.inc').first
    value = link.locator("xpath=..").get_attribute("data-value")
    link.focus()
    outline = pg.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")
    after = nav_seq(pg) + 1
    pg.keyboard.press("Enter")
    pg.wait_for_selector(f'html[data-nav-seq="{after}"]', state="attached")
    assert pg.evaluate("document.activeElement.closest('li') && document.activeElement.closest('li').dataset.value") == value

    # Without JavaScript: the form searches and the pager pages, as plain GETs.
    ctx, _ = make_context(site.url, java_script_enabled=False)
    nojs = ctx.new_page()
    nojs.goto("/")
    nojs.fill("#q", "report")
    nojs.locator("form.search button").click()
    nojs.wait_for_url("**/?q=report")
    total = site.get("/search", q="report", size=0)["total"]
    assert shown_total(nojs) == total > 10
    nojs.locator('.pager a[rel="next"]').click()
    nojs.wait_for_url("**page=2**")
    api_page2 = [h["title"] for h in site.get("/search", q="report", page=2)["hits"]]
    assert nojs.locator(".hit h3").all_inner_texts() == api_page2
    nojs.locator('[data-facet="source"] li a.inc').first.click()
    nojs.wait_for_url("**source=**")
    assert shown_total(nojs) == site.api.get("/search", params=page_params(nojs)).json()["total"]


def test_ingest_panel_retry_and_csrf(page, site):
    ledger = IngestLedger(site.settings)
    ledger.record_failure(FailureRecord(path="broken-upload.pdf", stage=Stage.parse, error="ValueError",
                                        reason="not a PDF: the file ends before its first page"))
    pg = page
    pg.goto("/?tab=ingest")
    status = site.get("/ingest/status")
    for k in ("indexed", "failed"):
        assert pg.locator(f"#count-{k}").inner_text().replace(",", "") == str(status[k])
    assert "not a PDF" in pg.locator(".failures").inner_text()
    pg.locator("#retry").click()
    pg.wait_for_url("**retried=**")
    assert "queued again" in pg.locator(".note").inner_text()
    assert not any(f["path"] == "broken-upload.pdf" for f in site.get("/ingest/failures"))
    # No token, or another site's Origin: refused.
    assert pg.request.post("/ui/ingest/retry", form={"csrf": "forged"}).status == 403
    r = httpx.post(site.url + "/ingest/retry", headers={"Origin": "http://evil.example"})
    assert r.status_code == 403
    r = httpx.post(site.url + "/ingest/retry", headers={"Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 403


def test_api_key_mode_session_cookie(make_context, site):
    ctx, _ = make_context(site.key_url)
    pg = ctx.new_page()
    pg.goto("/?q=harbour")
    assert urlsplit(pg.url).path == "/login"
    assert httpx.get(site.key_url + "/search").status_code == 401
    pg.fill("#api_key", "wrong")
    pg.locator("form button").click()
    assert "not the API key" in pg.locator(".error").inner_text()
    pg.fill("#api_key", API_KEY)
    pg.locator("form button").click()
    pg.wait_for_url("**/?q=harbour")
    assert shown_total(pg) == site.get("/search", q="harbour", size=0)["total"]
    cookie = next(c for c in ctx.cookies() if c["name"] == "newsroom_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    assert API_KEY not in cookie["value"]
    assert pg.evaluate("document.cookie").find("newsroom_session") < 0
    # The page's own calls (autocomplete, facets, export) go through with the cookie.
    pg.fill("#q", "Okaf")
    pg.wait_for_selector("#suggest li")
    click_nav(pg, pg.locator('[data-facet="source"] li a.inc').first)
    assert pg.request.get("/search?format=csv").status == 200
    # A state-changing API call needs the key itself, not the cookie.
    assert pg.request.post("/ingest/retry").status == 401
    assert httpx.post(site.key_url + "/ingest/retry", headers={"X-API-Key": API_KEY}).status_code == 200


def test_headers_and_docs_offline(page, site):
    r = httpx.get(site.url + "/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in r.text and " style=" not in r.text and " on" + "click=" not in r.text
    pg = page
    pg.goto("/docs")
    pg.wait_for_selector(".swagger-ui .info .title", timeout=20_000)
    assert "newsroom" in pg.locator(".swagger-ui .info .title").inner_text()
    assert pg.locator(".opblock-summary-path").count() > 5
