"""What grouping costs per article, and how well it groups (python -m bench.grouping [--n N]).

  cost     stories (MinHash + LSH bands in Redis) and claim groups (one msearch of candidates a
           batch, rules in Python) per article, on bench/corpus.py articles with their claims
           (no NLP: only the grouping is timed), written in batches of 32 to a scratch prefix
  stories  pair precision/recall on bench/story_corpus.py (copies by edits of known size)
  claims   precision/recall on tests/data/claim_pairs.tsv, and what the rules got wrong
  groups   on the corpus's own claims (templates repeated with other numbers and claimants):
           how many groups, the largest, and whether any group mixes different numbers

Prints one JSON object; the lead wires it into `make bench`."""

from __future__ import annotations

import argparse
import json
import statistics
import time
import uuid
from collections import defaultdict
from typing import Any

import redis
from elasticsearch import Elasticsearch

from services.core.models import Article, Claim
from services.core.settings import Settings
from services.extract.claim_match import claim_key
from services.extract.grouping import Grouper
from services.extract.store import ArticleStore
from services.extract.stories import STORY_THRESHOLD, group_offline

from .corpus import corpus
from .stack import drop_prefix
from .story_corpus import pair_scores, story_corpus

BATCH = 32


def to_article(a: Any) -> Article:
    claims = [
        Claim(content=c.content, sentence=c.sentence, claimant=c.claimant, claimant_entity=c.claimant,
              cue=c.cue, quote_type=c.quote_type, polarity=c.polarity, hedged=c.hedged, start=0, end=1)
        for c in a.claims
    ]
    return Article(id=f"bench-{a.n}", title=a.title, body=a.body, source=a.source,
                   published_at=a.published_at, claims=claims, files=[a.filename])


def cost(n: int) -> dict[str, Any]:
    settings = Settings(index_prefix=f"bench-grouping-{uuid.uuid4().hex[:8]}")
    es = Elasticsearch(settings.elasticsearch_url, request_timeout=60)
    r = redis.Redis.from_url(settings.redis_url)
    try:
        store = ArticleStore(settings, es)
        grouper = Grouper(settings, es, store.names)
        arts = [to_article(a) for a in corpus(n, seed=17)]
        per_batch = []
        first_story = first_claim = 0.0
        groups: dict[str, list[Article | Claim]] = defaultdict(list)
        for i in range(0, len(arts), BATCH):
            batch = arts[i:i + BATCH]
            started = time.perf_counter()
            extra = grouper.assign(batch)
            per_batch.append((time.perf_counter() - started) / len(batch))
            if i == 0:
                first_story, first_claim = grouper.story_seconds, grouper.claim_seconds
            store.write(batch, refresh=True, extra=extra)  # refreshed so later batches see them
            for a in batch:
                for k, c in enumerate(a.claims):
                    groups[extra[f"{a.id}:{k}"]["claim_group"]].append(c)
        sizes = sorted((len(v) for v in groups.values()), reverse=True)
        mixed = [g for g, cs in groups.items() if len({claim_key(c.content, c.polarity).numbers for c in cs}) > 1]
        claims = sum(len(a.claims) for a in arts)
        grouped = len(arts) - BATCH  # the first batch has nothing to compare with: left out
        largest = max(groups.values(), key=len)
        return {
            "articles": len(arts), "claims": claims, "batch": BATCH,
            "ms_per_article_mean": round(1000 * statistics.mean(per_batch[1:]), 2),
            "ms_per_article_last_batches": round(1000 * statistics.mean(per_batch[-3:]), 2),
            "story_ms_per_article": round(1000 * (grouper.story_seconds - first_story) / grouped, 2),
            "claim_ms_per_claim": round(1000 * (grouper.claim_seconds - first_claim) / (claims * grouped / len(arts)), 3),
            "claims_per_article": round(claims / len(arts), 1),
            "claim_groups": len(groups), "largest_groups": sizes[:5],
            "largest_group_example": sorted({c.content for c in largest})[:3],
            "groups_mixing_numbers": len(mixed),
        }
    finally:
        drop_prefix(es, r, settings.index_prefix)
        es.close()


def stories() -> dict[str, Any]:
    docs = story_corpus(originals=150, copies_per=2, seed=21)
    predicted = group_offline([d.body for d in docs])
    return {
        "threshold": STORY_THRESHOLD,
        "edited_up_to_30pct": pair_scores(docs, predicted, 0.3),
        "edited_up_to_50pct": pair_scores(docs, predicted, 0.5),
        "all_copies": pair_scores(docs, predicted),
    }


def claim_pairs() -> dict[str, Any]:
    from tests.unit.test_claim_match import load_pairs, scores

    precision, recall, wrong = scores()
    return {"pairs": len(load_pairs()), "precision": round(precision, 3), "recall": round(recall, 3),
            "wrong": [f"{p['label']} {p['kind']}: {p['a']} / {p['b']}" for p in wrong]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=640, help="articles for the cost measurement")
    args = ap.parse_args()
    out = {"cost": cost(args.n), "stories": stories(), "claim_pairs": claim_pairs()}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
