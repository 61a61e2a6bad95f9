"""Stories and claim groups against the real Redis and Elasticsearch: incremental, shared by
every worker through the stack's prefix, and stable when a batch is delivered twice."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import redis
from elasticsearch import Elasticsearch

from services.core.models import Article, Claim
from services.extract.alerts import post_webhook
from services.extract.claim_match import claim_key
from services.extract.grouping import Grouper, exact_key
from services.extract.store import ArticleStore
from services.extract.stories import StoryIndex

pytestmark = pytest.mark.integration
BODY = " ".join(f"Paragraph {i} of the wire story about the harbour dredging and the herring." for i in range(40))


def claim(content: str, claimant: str, polarity: str = "asserted") -> Claim:
    return Claim(content=content, sentence=f"{claimant} said {content}.", claimant=claimant, cue="said",
                 quote_type="indirect", polarity=polarity, start=0, end=len(content))


def article(aid: str, body: str, *claims: Claim) -> Article:
    return Article(id=aid, title=aid, body=body, claims=list(claims), files=[f"{aid}.txt"])


def test_copies_share_a_story_and_claims_a_group_across_batches(stack_settings):
    es = Elasticsearch(stack_settings.elasticsearch_url)
    store = ArticleStore(stack_settings, es)
    grouper = Grouper(stack_settings, es, store.names)
    first = article("a1", BODY, claim("the dredging would harm herring stocks", "Okafor"))
    extra = grouper.assign([first])
    store.write([first], refresh=True, extra=extra)
    assert extra["a1"]["story_id"] == "a1" and extra["a1:0"]["claim_group"] == "a1:0"
    # The exact key is kept in Redis (first writer wins): a later claim with it skips Elasticsearch.
    key = exact_key(claim_key("the dredging would harm herring stocks"))
    assert grouper.redis.hget(store.names.claim_key_group, key) == b"a1:0"

    # Another worker, later: a trimmed copy, an unrelated article, the same claim by someone else,
    # its negation, and a claim repeated within the batch.
    other = Grouper(stack_settings, es, store.names)
    copy = article("a2", BODY[: int(len(BODY) * 0.8)], claim("dredging could harm the herring stocks", "Mensah"))
    unrelated = article("a3", " ".join(f"Budget line {i} rose by {i * 3} percent." for i in range(60)),
                        claim("the dredging would not harm herring stocks", "Harbour Authority"),
                        claim("the budget will be balanced", "Mayor"))
    fourth = article("a4", "A short note. " * 3, claim("the budget would be balanced", "Treasurer"))
    extra = other.assign([copy, unrelated, fourth])
    store.write([copy, unrelated, fourth], refresh=True, extra=extra)
    assert extra["a2"]["story_id"] == "a1"
    assert extra["a3"]["story_id"] == "a3" and extra["a4"]["story_id"] == "a4"
    assert extra["a2:0"]["claim_group"] == "a1:0"
    assert extra["a3:0"]["claim_group"] == "a3:0"  # negated: not the same claim
    assert extra["a4:0"]["claim_group"] == "a3:1"  # same batch, earlier claim

    # Delivered again: nothing moves.
    assert grouper.assign([copy, unrelated, fourth]) == extra
    es.close()


class _Flaky(BaseHTTPRequestHandler):
    calls: list[bytes] = []

    def do_POST(self):  # noqa: N802
        _Flaky.calls.append(self.rfile.read(int(self.headers["Content-Length"])))
        self.send_response(500 if len(_Flaky.calls) < 3 else 200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_webhook_is_retried_with_backoff_until_it_answers():
    server = HTTPServer(("127.0.0.1", 0), _Flaky)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/hook"
        assert post_webhook(url, {"alert": "x", "matches": []}, attempts=4, backoff=0.05)
        assert len(_Flaky.calls) == 3
        assert not post_webhook("http://127.0.0.1:9/nothing", {}, attempts=2, backoff=0.01)
    finally:
        server.shutdown()


def test_backfill_groups_articles_indexed_before_grouping(stack_settings):
    from services.extract.group_backfill import backfill

    es = Elasticsearch(stack_settings.elasticsearch_url)
    store = ArticleStore(stack_settings, es)
    old = [article("o1", BODY, claim("the dredging would harm herring stocks", "Okafor")),
           article("o2", BODY[: int(len(BODY) * 0.85)], claim("the dredging would harm the herring stocks", "Reyes"))]
    store.write(old, refresh=True)  # as an older version wrote them: no groups
    assert backfill(es, stack_settings) == 2
    assert backfill(es, stack_settings) == 0
    docs = {d["_id"]: d["_source"] for d in es.search(index=store.names.articles, size=10)["hits"]["hits"]}
    assert docs["o1"]["story_id"] == docs["o2"]["story_id"] == "o1"
    claims = {d["_id"]: d["_source"] for d in es.search(index=store.names.claims, size=10)["hits"]["hits"]}
    assert claims["o2:0"]["claim_group"] == claims["o1:0"]["claim_group"] == "o1:0"
    es.close()


def test_a_worker_waiting_for_the_story_lock_gets_it_soon_after_release(stack_settings):
    """Two workers assign stories under one Redis lock; the one that waits polls often, so a
    collision costs it milliseconds, not redis-py's default 0.1 s poll."""
    client = redis.Redis.from_url(stack_settings.redis_url)
    index = StoryIndex(client, stack_settings.names)
    held = client.lock(stack_settings.names.story_lock, timeout=5, thread_local=False)  # released by a timer
    assert held.acquire(blocking=False)
    timer = threading.Timer(0.02, held.release)
    started = time.monotonic()
    timer.start()
    stories = index.assign([("a1", "a body of text long enough to make a few shingles of words")])
    waited = time.monotonic() - started
    timer.join()
    assert stories == {"a1": "a1"}
    assert 0.02 <= waited < 0.09


def test_stories_in_redis_match_the_offline_rule_over_batches_of_any_size(stack_settings):
    """The scripted look-up and insert (one call each a batch) give every article the story the
    same rule gives without Redis, whether articles come one by one or many to a batch, and a
    second delivery of a batch keeps its stories."""
    from bench.story_corpus import story_corpus
    from services.extract.stories import group_offline

    docs = story_corpus(originals=25, copies_per=2, seed=5)
    expected = group_offline([d.body for d in docs])
    want = {f"d{i}": f"d{expected[i]}" for i in range(len(docs))}
    assert len(set(want.values())) < len(docs)  # some copies found their original
    client = redis.Redis.from_url(stack_settings.redis_url)
    index = StoryIndex(client, stack_settings.names)
    got: dict[str, str] = {}
    sizes, start = [1, 5, 1, 17, 3, 48], 0
    for size in sizes:
        batch = [(f"d{i}", docs[i].body) for i in range(start, min(start + size, len(docs)))]
        got.update(index.assign(batch))
        assert index.assign(batch) == {aid: got[aid] for aid, _ in batch}  # delivered twice
        start += size
    assert start >= len(docs)
    assert got == want
