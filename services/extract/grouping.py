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
# HSETNX of many fields in one call (KEYS: the hash; ARGV: field, value, field, value, ...).
_SETNX_MANY = """
for i = 1, #ARGV, 2 do redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[i + 1]) end
return 0
"""


def key_fields(key: ClaimKey) -> dict[str, Any]:
    """The claim's matching key as document fields (filters find candidates with them)."""
    stems = sorted(set(key.stems))
    return {"claim_stems": stems, "claim_stem_count": len(stems),
            "claim_numbers": key_id_numbers(key), "claim_negated": key.negated}


def key_id_numbers(key: ClaimKey) -> str:
    return " ".join(sorted(key.numbers))


def exact_key(key: ClaimKey) -> str:
    return f"{int(key.negated)}|{key_id_numbers(key)}|{' '.join(sorted(key.conditions))}|{' '.join(key.order)}"


def candidate_query(key: ClaimKey) -> dict[str, Any]:
    """Claims whose stems contain this claim's, or are contained in them, with the same
    negation and numbers: filters only (cached, no scoring), the rules check the order."""
    stems = sorted(set(key.stems))
    return {
        "size": CANDIDATES,
        "_source": ["content", "polarity", "claim_group"],
        "query": {"bool": {
            "filter": [
                {"term": {"claim_negated": key.negated}},
                {"term": {"claim_numbers": key_id_numbers(key)}},
                {"exists": {"field": "claim_group"}},
            ],
            "should": [
                {"bool": {"filter": [{"term": {"claim_stems": s}} for s in stems]}},  # this in it
                {"terms_set": {"claim_stems": {"terms": stems,  # it in this
                                               "minimum_should_match_field": "claim_stem_count"}}},
            ],
            "minimum_should_match": 1,
        }},
    }


class Grouper:
    def __init__(self, settings: Settings, es: Elasticsearch, names: StackNames) -> None:
        self.es = es
        self.names = names
        self.redis = redis.Redis.from_url(settings.redis_url, socket_timeout=10)
        self.stories = StoryIndex(self.redis, names)
        self._setnx_many = self.redis.register_script(_SETNX_MANY)
        self.story_seconds = self.claim_seconds = 0.0  # time spent grouping (bench)

    def assign(self, articles: list[Article]) -> dict[str, dict[str, Any]]:
        """Extra fields by document id: story_id per article, claim_group per claim."""
        started = time.perf_counter()
        extra: dict[str, dict[str, Any]] = {}
        stories = self.stories.assign((a.id, a.body) for a in articles)
        for aid, story in stories.items():
            extra[aid] = {"story_id": story}
        middle = time.perf_counter()
        extra.update(self.claim_groups(articles))
        self.story_seconds += middle - started
        self.claim_seconds += time.perf_counter() - middle
        return extra

    def claim_groups(self, articles: list[Article]) -> dict[str, dict[str, Any]]:
        """claim id -> claim_group and key fields. An exact key seen before (Redis) gives the
        group at once; the others ask Elasticsearch for candidates, one msearch a batch."""
        claims = [
            (claim_id(a.id, i), claim_key(c.content, c.polarity)) for a in articles for i, c in enumerate(a.claims)
        ]
        if not claims:
            return {}
        keys = [exact_key(k) for _, k in claims]
        known = dict(zip(keys, self.redis.hmget(self.names.claim_key_group, keys), strict=True))
        ask = [(cid, k) for (cid, k), ek in zip(claims, keys, strict=True) if known[ek] is None and k.stems]
        found: dict[str, list[tuple[ClaimKey, str]]] = {}
        if ask:
            body: list[dict[str, Any]] = []
            for _, k in ask:
                body += [{"index": self.names.claims}, candidate_query(k)]
            responses = self.es.msearch(searches=body, ignore_unavailable=True)["responses"]
            for (cid, _), resp in zip(ask, responses, strict=True):
                found[cid] = [
                    (claim_key(h["_source"].get("content") or "", h["_source"].get("polarity") or "asserted"),
                     h["_source"]["claim_group"])
                    for h in (resp.get("hits") or {}).get("hits", [])
                ]
        out: dict[str, dict[str, Any]] = {}
        earlier: dict[str, str] = {}  # exact key -> group, this batch
        earlier_keys: list[tuple[ClaimKey, str]] = []
        new_keys: dict[str, str] = {}
        for (cid, key), ek in zip(claims, keys, strict=True):
            group = known[ek].decode() if isinstance(known[ek], bytes) else known[ek]
            group = group or earlier.get(ek)
            if group is None:
                best, group = 0.0, cid
                for other, other_group in [*found.get(cid, []), *earlier_keys]:
                    if same_claim(key, other) and (score := similarity(key, other)) > best:
                        best, group = score, other_group
                new_keys[ek] = group
            earlier.setdefault(ek, group)
            earlier_keys.append((key, group))
            out[cid] = {"claim_group": group, **key_fields(key)}
        if new_keys:  # one script, not one command a key (redis-py's per-command cost)
            self._setnx_many(keys=[self.names.claim_key_group], args=[v for kv in new_keys.items() for v in kv])
        return out
