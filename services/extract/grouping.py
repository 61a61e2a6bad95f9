"""Groups across articles, assigned in the worker before a batch is written, so each document is
written once with its groups: `story_id` on articles (services/extract/stories.py: MinHash LSH in
Redis) and `claim_group` on claims (services/extract/claim_match.py rules over candidates that
Elasticsearch finds by their words, plus the earlier claims of the same batch).

A claim group's id is the id of its first claim; what a group knows (first appearance,
claimants, sources, count) is read with aggregations at query time, so no group document is
ever updated (the node has no scripting)."""

from __future__ import annotations

import logging
import time
from typing import Any

import redis
from elasticsearch import Elasticsearch

from services.core.documents import claim_id
from services.core.models import Article
from services.core.names import StackNames
from services.core.settings import Settings

from .claim_match import ClaimKey, claim_key, same_claim, similarity
from .stories import StoryIndex

log = logging.getLogger("newsroom.grouping")

CANDIDATES = 10  # claims Elasticsearch proposes for each new claim


def candidate_query(content: str) -> dict[str, Any]:
    return {
        "size": CANDIDATES,
        "_source": ["content", "polarity", "claim_group"],
        "query": {"bool": {
            "must": [{"match": {"content": {"query": content, "minimum_should_match": "50%"}}}],
            "filter": [{"exists": {"field": "claim_group"}}],
        }},
    }


class Grouper:
    def __init__(self, settings: Settings, es: Elasticsearch, names: StackNames) -> None:
        self.es = es
        self.names = names
        self.redis = redis.Redis.from_url(settings.redis_url, socket_timeout=10)
        self.stories = StoryIndex(self.redis, names)
        self.seconds = 0.0  # time spent grouping (bench)

    def assign(self, articles: list[Article]) -> dict[str, dict[str, Any]]:
        """Extra fields by document id: story_id per article, claim_group per claim."""
        started = time.perf_counter()
        extra: dict[str, dict[str, Any]] = {}
        stories = self.stories.assign((a.id, a.body) for a in articles)
        for aid, story in stories.items():
            extra[aid] = {"story_id": story}
        for cid, group in self.claim_groups(articles).items():
            extra[cid] = {"claim_group": group}
        self.seconds += time.perf_counter() - started
        return extra

    def claim_groups(self, articles: list[Article]) -> dict[str, str]:
        claims = [
            (claim_id(a.id, i), c.content, c.polarity) for a in articles for i, c in enumerate(a.claims)
        ]
        if not claims:
            return {}
        body: list[dict[str, Any]] = []
        for _, content, _ in claims:
            body += [{"index": self.names.claims}, candidate_query(content)]
        responses = self.es.msearch(searches=body, ignore_unavailable=True)["responses"]
        out: dict[str, str] = {}
        earlier: list[tuple[ClaimKey, str]] = []  # this batch's claims, in order
        for (cid, content, polarity), resp in zip(claims, responses, strict=True):
            key = claim_key(content, polarity)
            found: list[tuple[ClaimKey, str]] = []
            for hit in (resp.get("hits") or {}).get("hits", []):
                src = hit["_source"]
                if hit["_id"] == cid:  # a second delivery: keep its group
                    found = [(key, src["claim_group"])]
                    break
                found.append((claim_key(src.get("content") or "", src.get("polarity") or "asserted"),
                              src["claim_group"]))
            best, group = 0.0, cid
            for other, other_group in [*found, *earlier]:
                if other_group == cid or not same_claim(key, other):
                    continue
                score = similarity(key, other)
                if score > best:
                    best, group = score, other_group
            out[cid] = group
            earlier.append((key, group))
        return out
