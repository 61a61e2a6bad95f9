"""Across the collection, end to end on real watcher, worker and API processes: stories of
near-duplicate articles, claim groups, entity pages, and alerts whose Atom feed has a matching
article within two seconds of its drop and never a non-matching one."""

from __future__ import annotations

import json
import threading
import time
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from services.core.settings import Settings
from tests.harness import ROOT, Stack, running_stack, wait_until

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
SEEDS = ROOT / "seeds"
ATOM = "{http://www.w3.org/2005/Atom}"


class AcrossStack(Stack):
    def __init__(self, settings: Settings, log_dir: Path) -> None:
        # One pool process: warmed once below, so the timings are those of a running worker.
        super().__init__(settings, log_dir, NEWSROOM_RESCAN_SECONDS="2", NEWSROOM_SETTLE_SECONDS="0.3",
                         NEWSROOM_WORKER_CONCURRENCY="1")

    def get(self, path: str, expect: int = 200, **params):
        r = self.api.get(path, params=params)
        assert r.status_code == expect, (path, r.status_code, r.text, self.logs())
        return r.json() if "json" in r.headers.get("content-type", "") else r.text

    def drop(self, name: str, text: str) -> None:
        tmp = self.settings.inbox_dir / f".{name}.tmp"
        tmp.write_text(text)
        tmp.rename(self.settings.inbox_dir / name)  # complete at once, as rsync or mv

    def indexed(self, n: int, timeout: float = 120) -> dict:
        return wait_until(lambda: (s := self.get("/ingest/status"))["indexed"] + s["duplicates"] >= n and s,
                          timeout, 0.1, f"{n} files done")

    def feed_ids(self, alert_id: str) -> list[str]:
        root = ET.fromstring(self.get(f"/alerts/{alert_id}/feed"))
        return [e.find(f"{ATOM}link").get("href").rsplit("/", 1)[-1] for e in root.iter(f"{ATOM}entry")]


@pytest.fixture(scope="module")
def stack(es_client, redis_client, tmp_path_factory):
    with running_stack(AcrossStack, tmp_path_factory.mktemp("across"), "across") as s:
        # Warm the worker (spaCy loaded) so timings below are those of a running stack.
        s.drop("cup.txt", (SEEDS / "cup-final-report.txt").read_text())
        s.indexed(1)
        yield s


def syria() -> str:
    return (SEEDS / "syria-russia-bases.txt").read_text()


def syria_copy() -> str:
    """Wire copy re-published: a new headline, the last two paragraphs trimmed, a typo fixed."""
    lines = [ln for ln in syria().splitlines() if ln.strip()]
    return "Rebels push Russian troops out of their Syrian bases\n\n" + "\n".join(lines[:-2]) + "\n"


def test_alert_feed_has_the_match_within_two_seconds_and_never_the_other(stack: AcrossStack):
    r = stack.api.post("/alerts", json={"name": "Khmeimim", "params": {"q": "Khmeimim"}})
    assert r.status_code == 201, r.text
    alert = r.json()
    claims_alert = stack.api.post("/alerts", json={"name": "herring claims", "target": "claims",
                                                   "params": {"q": "herring"}}).json()
    assert {a["id"] for a in stack.get("/alerts")["hits"]} >= {alert["id"], claims_alert["id"]}

    dropped = time.monotonic()
    stack.drop("syria.txt", syria())
    stack.drop("vaccine.txt", (SEEDS / "vaccine-trial-results.txt").read_text())
    ids = wait_until(lambda: stack.feed_ids(alert["id"]), 10, 0.05, "a feed entry")
    took = time.monotonic() - dropped
    assert took <= 2.0, f"feed entry after {took:.2f}s"
    stack.indexed(3)
    time.sleep(0.5)
    found = stack.get("/search", q="Khmeimim")["hits"]
    assert ids == [found[0]["id"]]
    vaccine = stack.get("/search", q="malaria")["hits"][0]["id"]
    assert vaccine not in stack.feed_ids(alert["id"])
    assert stack.feed_ids(claims_alert["id"]) == []  # no claim about herring yet

    # Deleted: no feed, no more matches.
    assert stack.api.delete(f"/alerts/{alert['id']}").status_code == 204
    assert stack.api.get(f"/alerts/{alert['id']}/feed").status_code == 404
    assert alert["id"] not in {a["id"] for a in stack.get("/alerts")["hits"]}


def test_bad_alerts_get_a_4xx_that_says_what_to_change(stack: AcrossStack):
    r = stack.api.post("/alerts", json={"name": "x", "params": {"colour": "red"}})
    assert r.status_code == 400 and "colour" in r.json()["detail"], r.text
    r = stack.api.post("/alerts", json={"name": "x", "params": {"q": '"unclosed'}})
    assert r.status_code == 400 and "quote" in r.json()["detail"], r.text
    r = stack.api.post("/alerts", json={"name": "x", "target": "claims", "params": {"quote_type": "shouted"}})
    assert r.status_code == 400 and "quote_type" in r.json()["detail"], r.text
    assert stack.api.post("/alerts", json={"params": {}}).status_code == 422
    assert stack.api.delete("/alerts/nope").status_code == 404


def test_a_republished_copy_joins_the_story_of_the_original(stack: AcrossStack):
    stack.drop("syria.txt", syria()) if not (stack.settings.inbox_dir / "syria.txt").exists() else None
    stack.drop("syria-copy.txt", syria_copy())
    stack.drop("harbour.md", (SEEDS / "harbour-authority-dredging.md").read_text())
    stack.indexed(5)
    time.sleep(1.2)
    plain = stack.get("/search", q="Khmeimim")
    assert plain["total"] == 2
    collapsed = stack.get("/search", q="Khmeimim", collapse="story")
    assert collapsed["total"] == 2 and collapsed["stories"] == 1 and len(collapsed["hits"]) == 1
    assert collapsed["hits"][0]["copies"] == 2
    ids = {h["id"] for h in plain["hits"]}
    a, b = (stack.get(f"/articles/{i}") for i in ids)
    assert a["story_id"] == b["story_id"]
    assert [c["id"] for c in a["copies"]] == [b["id"]] and [c["id"] for c in b["copies"]] == [a["id"]]
    everything = stack.get("/search", collapse="story", size=20)
    assert everything["total"] == 5 and everything["stories"] == 4
    assert stack.get("/search", collapse="story", cursor="abc", expect=400)


def test_claims_repeated_by_the_copy_form_groups_with_their_first_appearance(stack: AcrossStack):
    groups = stack.get("/claims", q="Khmeimim", collapse="group")
    assert groups["hits"], groups
    shared = [g for g in groups["hits"] if g["count"] >= 2]
    assert shared, groups
    g = shared[0]
    assert g["articles"] == 2 and g["first_appearance"]["content"] == g["content"]
    detail = stack.get(f"/claims/groups/{g['id']}")
    assert detail["count"] == len(detail["appearances"]) == g["count"]
    times = [c["published_at"] or "" for c in detail["appearances"]]
    assert times == sorted(times)
    assert len({c["content"] for c in detail["appearances"]}) >= 1
    stack.get("/claims/groups/no-such-group", expect=404)


def test_entity_page(stack: AcrossStack):
    page = stack.get("/entities/alexander zhuravlyov")
    assert page["name"] == "Alexander Zhuravlyov" and page["type"] == "PERSON"
    assert page["articles"] == 2 and sum(b["count"] for b in page["published"]) == 2
    assert page["claims_by_total"] >= 1 and all(c["claimant_entity"] == "Alexander Zhuravlyov" for c in page["claims_by"])
    co = {b["value"] for b in page["co_mentioned"]}
    assert "Hayat Tahrir al-Sham" in co and "Alexander Zhuravlyov" not in co
    hts = stack.get("/entities/HAYAT TAHRIR AL-SHAM")
    assert "HTS" in hts["aliases"] and hts["type"] == "ORG"
    assert hts["claims_about_total"] >= 0
    r = stack.api.get("/entities/Nobody Anywhere")
    assert r.status_code == 404 and "entities?prefix" in r.json()["detail"]


def test_a_claims_alert_posts_its_webhook_and_fills_its_feed(stack: AcrossStack):
    received: list[dict] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        r = stack.api.post("/alerts", json={
            "name": "sturgeon", "target": "claims", "params": {"q": "sturgeon", "claimant": "Okafor"},
            "webhook": f"http://127.0.0.1:{server.server_port}/hook"})
        assert r.status_code == 201, r.text
        alert = r.json()
        stack.drop("sturgeon.txt", "Fishermen fear for the sturgeon\n\n"
                   "The dredging would harm sturgeon stocks, Dr. Amara Okafor said on Monday.\n"
                   "The weather was fine, a sturgeon spotter said.\n")
        wait_until(lambda: received, 30, 0.1, "the webhook")
        matches = received[0]["matches"]
        assert received[0]["alert"] == alert["id"] and len(matches) == 1
        assert "Okafor" in matches[0]["title"] and "sturgeon" in matches[0]["title"]
        feed = stack.get(f"/alerts/{alert['id']}/feed")
        assert feed.count("<entry>") == 1 and "Okafor" in feed
    finally:
        server.shutdown()
