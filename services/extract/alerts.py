"""Alerts after each written batch: every saved search (services/search/routes/alerts.py stores
the Elasticsearch query it built from the saved parameters) runs against the ids this batch
created (an ids filter plus the saved query: the local node has no percolator), and each match
is recorded once in the alert-matches index (id = alert id + document id). A webhook, when the
alert has one, is POSTed from a background thread with retry and exponential backoff: ingest
never waits for it.

The list of saved searches is cached in the worker: re-read when the version key the API bumps
after each create and delete (`StackNames.alerts_version`) has changed, and at least every
ALERTS_MAX_AGE seconds (alerts written without the API). So a batch whose alert step starts
after POST /alerts returned uses the new alert; one written to the index directly is used
within ALERTS_MAX_AGE. One Redis GET a batch instead of one Elasticsearch search."""

from __future__ import annotations

import json
import logging
import math
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import redis
from elasticsearch import Elasticsearch, helpers

from services.core.documents import claim_id
from services.core.models import Article
from services.core.names import StackNames

log = logging.getLogger("newsroom.alerts")

WEBHOOK_ATTEMPTS = 4
WEBHOOK_BACKOFF = 1.0  # seconds, doubled after each failed attempt
WEBHOOK_TIMEOUT = 5.0
MAX_ALERTS = 1000
ALERTS_MAX_AGE = 5.0  # seconds: the longest a list of saved searches is used without re-reading


def post_webhook(url: str, payload: dict[str, Any], attempts: int = WEBHOOK_ATTEMPTS,
                 backoff: float = WEBHOOK_BACKOFF) -> bool:
    data = json.dumps(payload).encode()
    for attempt in range(attempts):
        try:
            req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(req, timeout=WEBHOOK_TIMEOUT) as resp:  # noqa: S310 (user's URL)
                if 200 <= resp.status < 300:
                    return True
        except Exception as exc:  # any failure: try again later
            log.info("webhook %s attempt %d failed: %s", url, attempt + 1, exc)
        time.sleep(backoff * 2 ** attempt)
    log.warning("webhook %s gave up after %d attempts", url, attempts)
    return False


class AlertRunner:
    def __init__(self, es: Elasticsearch, names: StackNames, redis_client: redis.Redis,
                 max_age: float = ALERTS_MAX_AGE) -> None:
        self.es = es
        self.names = names
        self.redis = redis_client
        self.max_age = max_age
        self.webhooks = ThreadPoolExecutor(max_workers=2, thread_name_prefix="webhook")
        self.seconds = 0.0
        self._cached: list[dict[str, Any]] = []
        self._cached_version: bytes | str | None = None
        self._cached_at = -math.inf

    def alerts(self) -> list[dict[str, Any]]:
        """The saved searches: the cached list while the API's version key is unchanged and
        the list is younger than max_age, else read again."""
        version = self.redis.get(self.names.alerts_version)  # read before the search: a bump
        now = time.monotonic()                              # after it makes the next batch re-read
        if version == self._cached_version and now - self._cached_at < self.max_age:
            return self._cached
        resp = self.es.search(index=self.names.alerts, size=MAX_ALERTS, query={"match_all": {}},
                              ignore_unavailable=True)
        self._cached = [h["_source"] for h in resp["hits"]["hits"]]
        self._cached_version, self._cached_at = version, now
        return self._cached

    def run(self, articles: list[Article], refreshed: bool) -> int:
        """Record the matches of the new articles (and their claims); the number recorded."""
        if not articles:
            return 0
        started = time.perf_counter()
        try:
            return self._run(articles, refreshed)
        finally:
            self.seconds += time.perf_counter() - started

    def _run(self, articles: list[Article], refreshed: bool) -> int:
        alerts = self.alerts()
        if not alerts:
            return 0
        if not refreshed:  # the saved queries must see this batch
            self.es.indices.refresh(index=[self.names.articles, self.names.claims])
        ids = {
            "articles": [a.id for a in articles],
            "claims": [claim_id(a.id, i) for a in articles for i in range(len(a.claims))],
        }
        body: list[dict[str, Any]] = []
        asked = []
        for alert in alerts:
            target = alert.get("target", "articles")
            if not ids.get(target):
                continue
            index = self.names.articles if target == "articles" else self.names.claims
            body += [{"index": index}, {
                "size": len(ids[target]),
                "_source": ["id", "title", "article_id", "article_title", "content", "claimant",
                            "source", "published_at"],
                "query": {"bool": {"must": [alert["query"]], "filter": [{"ids": {"values": ids[target]}}]}},
            }]
            asked.append(alert)
        if not asked:
            return 0
        responses = self.es.msearch(searches=body)["responses"]
        now = datetime.now(UTC).isoformat()
        actions = []
        hooks: list[tuple[str, dict[str, Any]]] = []
        for alert, resp in zip(asked, responses, strict=True):
            if "error" in resp:
                log.warning("alert %s cannot run: %s", alert["id"], resp["error"])
                continue
            matches = [match_document(alert, h, now) for h in resp["hits"]["hits"]]
            for m in matches:
                actions.append({"_op_type": "create", "_index": self.names.alert_matches,
                                "_id": f"{alert['id']}:{m['doc_id']}", "_source": m})
            if matches and alert.get("webhook"):
                hooks.append((alert["webhook"], {"alert": alert["id"], "matches": matches}))
        if actions:
            helpers.bulk(self.es, actions, raise_on_error=False, refresh="true")
        for url, payload in hooks:  # after the feed has them
            self.webhooks.submit(post_webhook, url, payload)
        return len(actions)


def match_document(alert: dict[str, Any], hit: dict[str, Any], now: str) -> dict[str, Any]:
    src = hit["_source"]
    if alert.get("target") == "claims":
        who = src.get("claimant") or "unattributed"
        title = f"{who}: {src.get('content', '')}"[:300]
        summary = f"in {src.get('article_title', '')}"
        article_id = src.get("article_id")
    else:
        title = src.get("title") or ""
        summary = src.get("source") or ""
        article_id = src.get("id") or hit["_id"]
    return {
        "alert_id": alert["id"], "target": alert.get("target", "articles"), "doc_id": hit["_id"],
        "article_id": article_id, "title": title, "summary": summary, "source": src.get("source"),
        "published_at": src.get("published_at"), "matched_at": now,
    }
