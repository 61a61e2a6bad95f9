"""The search page and what it added to the API, without a browser: exclusion filters and
export (checked against the generated corpus, not against what Elasticsearch says), security
headers, the session cookie of API key mode, CSRF and cross-site refusal, offline assets."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

import orjson
import pytest
from fastapi.testclient import TestClient

from services.core.settings import Settings
from services.search import export
from services.search.app import create_app
from services.search.session import SESSION_COOKIE
from services.search.web import STATIC
from tests.integration.test_search_api import api_settings, corpus, matching, phrase_in, search  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]

KEY = "page-test-key"


@pytest.fixture(scope="module")
def key_client(api_settings) -> Iterator[TestClient]:  # noqa: F811
    settings = Settings(**{**api_settings.model_dump(), "api_key": KEY})
    with TestClient(create_app(settings)) as c:
        yield c


# -- exclusions ---------------------------------------------------------------------------------

def test_not_source_and_not_entity_exclude_and_keep_their_own_facet(client, corpus):  # noqa: F811
    res = search(client, not_source="Wire Service", size=0)
    assert res["total"] == len([a for a in corpus if a.source != "Wire Service"])
    # The source facet ignores its own filter: the excluded value is still counted there.
    assert "Wire Service" in {b["value"] for b in res["facets"]["source"]}
    res = search(client, entity="Okafor", not_entity="Berg", size=0)
    expected = [a for a in matching(corpus, entity=["Okafor"])
                if not phrase_in("Berg", [f for e in a.entities for f in (e.name, *e.aliases)])]
    assert res["total"] == len(expected)


def test_not_claimant_and_not_cue_on_claims(client, corpus):  # noqa: F811
    claims = [c for a in corpus for c in a.claims]
    r = client.get("/claims", params={"not_cue": "said", "size": 0}).json()
    assert r["total"] == len([c for c in claims if c.cue != "said"])
    r = client.get("/claims", params={"not_claimant": "officials", "not_quote_type": "direct", "size": 0}).json()
    assert r["total"] == len([c for c in claims if c.claimant != "officials" and c.quote_type != "direct"])
    kinds = {c.kind for c in claims}
    assert kinds, "the corpus's claims carry a kind"
    some = sorted(kinds)[0]
    r = client.get("/claims", params={"not_kind": some, "size": 0}).json()
    assert r["total"] == len([c for c in claims if c.kind != some])
    # multi-select: the kind facet ignores its own filter, so the excluded kind keeps its count
    assert {f["value"]: f["count"] for f in r["facets"]["kind"]}.get(some) == len([c for c in claims if c.kind == some])


# -- export -------------------------------------------------------------------------------------

def test_csv_export_is_the_whole_result_set_in_order(client, corpus):  # noqa: F811
    r = client.get("/search", params={"source": "Daily Ledger", "sort": "newest", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    expected = matching(corpus, source=["Daily Ledger"])
    assert sorted(row["id"] for row in rows) == sorted(a.id for a in expected)
    dated = [row["published_at"] for row in rows if row["published_at"]]
    assert dated == sorted(dated, reverse=True)


def test_jsonl_export_of_claims_crosses_pages(client, corpus, monkeypatch):  # noqa: F811
    monkeypatch.setattr(export, "EXPORT_PAGE", 7)  # many search_after pages
    r = client.get("/claims", params={"claimant": "Okafor", "format": "jsonl"})
    assert r.headers["content-type"].startswith("application/x-ndjson")
    lines = [orjson.loads(line) for line in r.text.splitlines()]
    expected = [c for a in corpus for c in a.claims
                if phrase_in("Okafor", [f for f in (c.claimant, c.claimant_entity) if f])]
    assert len(lines) == len(expected) > 7
    assert len({line["id"] for line in lines}) == len(lines)


def test_export_format_is_checked(client):  # noqa: F811
    r = client.get("/search", params={"format": "xlsx"})
    assert r.status_code == 422 and "format" in r.text


# -- the page -----------------------------------------------------------------------------------

def test_page_headers_and_no_inline_script(client):  # noqa: F811
    r = client.get("/", params={"q": "harbour"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp and "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert not re.search(r"<script(?![^>]*\bsrc=)", r.text), "inline script"
    assert not re.search(r"\son[a-z]+=", r.text) and " style=" not in r.text
    assert client.head("/").status_code == 200
    # The API's JSON gets the headers too.
    assert client.get("/search").headers["x-content-type-options"] == "nosniff"


def test_page_escapes_what_it_shows(client):  # noqa: F811
    r = client.get("/", params={"q": '<script>alert(1)</script>"x"', "entity": "<img src=x onerror=alert(1)>"})
    assert "<script>alert" not in r.text and "<img src=x" not in r.text


def test_bad_input_is_a_message_on_the_page(client):  # noqa: F811
    r = client.get("/", params={"published_from": "2024-13-01"})
    assert r.status_code == 400 and "yyyy-mm-dd" in r.text
    r = client.get("/", params={"q": '"unclosed'})
    assert r.status_code == 400 and "unclosed quote" in r.text
    assert client.get("/article/nope").status_code == 404


def test_no_asset_from_anywhere_else():
    """Every script, style and font is ours or vendored; nothing names another host."""
    here = STATIC.parent
    for path in [*here.glob("templates/*.html"), *STATIC.glob("*.js"), *STATIC.glob("*.css")]:
        text = path.read_text()
        assert not re.search(r"(src|href)=[\"']?(https?:)?//", text), path
        assert "url(http" not in text, path


def test_docs_served_locally(client):  # noqa: F811
    html = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in html and "cdn" not in html.lower()
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static/vendor/swagger-ui/swagger-ui.css").status_code == 200
    assert client.get("/redoc").status_code == 404


def test_cross_site_posts_are_refused(client):  # noqa: F811
    assert client.post("/ingest/retry", headers={"Origin": "https://evil.example"}).status_code == 403
    assert client.post("/ingest/retry", headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert client.post("/ui/ingest/retry", data={"csrf": "x"}).status_code == 403


def test_retry_form_needs_its_csrf_token(client):  # noqa: F811
    page = client.get("/", params={"tab": "ingest"})
    token = re.search(r'name="csrf" value="([0-9a-f]+)"', page.text).group(1)
    assert client.cookies.get("newsroom_csrf")
    r = client.post("/ui/ingest/retry", data={"csrf": token}, follow_redirects=False,
                    headers={"Origin": "http://testserver"})
    assert r.status_code == 303 and "retried=" in r.headers["location"]


def test_api_key_mode_session(key_client):
    c = key_client
    r = c.get("/", params={"q": "x"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    assert c.get("/search").status_code == 401
    assert c.post("/login", data={"api_key": "no", "next": "/"}).status_code == 401
    r = c.post("/login", data={"api_key": KEY, "next": "//evil.example/"}, follow_redirects=False,
               headers={"X-Forwarded-Proto": "https"})
    assert r.status_code == 303 and r.headers["location"] == "/"  # never an open redirect
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "secure" in cookie
    assert KEY not in r.headers["set-cookie"]
    c.cookies.set(SESSION_COOKIE, r.cookies[SESSION_COOKIE])
    assert c.get("/").status_code == 200
    assert c.get("/search").status_code == 200  # reads with the cookie
    assert c.post("/ingest/retry").status_code == 401  # writes need the key
    c.cookies.set(SESSION_COOKIE, "1.forged")
    assert c.get("/search").status_code == 401
    c.cookies.clear()


def test_same_origin_posts_pass_behind_a_proxy(client):  # noqa: F811
    ok = {"Origin": "https://news.example", "X-Forwarded-Host": "news.example"}
    assert client.post("/ingest/retry", headers=ok).status_code == 200
    assert client.post("/ingest/retry", headers={"Sec-Fetch-Site": "same-origin"}).status_code == 200
    assert client.post("/ingest/retry", headers={"Origin": "null"}).status_code == 403
