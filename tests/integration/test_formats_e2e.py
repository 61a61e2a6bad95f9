"""Issue 15 end to end: every sample of the format corpus dropped into the inbox of a real
watcher + worker + API comes out searchable with its metadata, the facets count right, a
broken JSONL line is reported by file and line, and the updated feed dropped again adds only
its new item."""

from __future__ import annotations

import os

import pytest

from tests.formats_corpus import CORPUS, EXPECTED, all_samples
from tests.harness import running_stack, wait_until

from .test_e2e import E2EStack

pytestmark = [pytest.mark.integration, pytest.mark.e2e]


@pytest.fixture
def stack(es_client, redis_client, tmp_path):
    with running_stack(E2EStack, tmp_path, "fmt") as s:
        yield s


def drop(inbox, name: str, data: bytes) -> None:
    """As rsync does: a hidden temp file, renamed into place."""
    tmp = inbox / f".{name}.tmp"
    tmp.write_bytes(data)
    os.replace(tmp, inbox / name)


def settled(stack: E2EStack, files: int):
    st = stack.status()
    done = st["indexed"] + st["duplicates"] + st["failed"]
    return st if st["files"] == files and done == files else False


def test_every_format_is_searchable_with_its_metadata_and_a_redropped_feed_adds_only_its_new_item(
        stack: E2EStack, redis_client):
    samples = all_samples()
    for name, data in samples.items():
        drop(stack.settings.inbox_dir, name, data)
    status = wait_until(lambda: settled(stack, len(samples)), 180, 0.3, "every sample settled")
    assert status["failed"] == 0 and status["failed_items"] == 1, (status, stack.logs())
    assert status["articles"] == len(EXPECTED) + 1, status  # + the JSONL's line 2

    for exp in EXPECTED:
        found = stack.get("/search", q=f'"{exp.must}"')
        assert found["total"] == 1, (exp.file, exp.position, found)
        hit = found["hits"][0]
        assert hit["title"] == exp.title and hit["source"] == exp.source and hit["authors"] == exp.authors
        assert (hit["published_at"] or "").startswith(exp.published or ""), hit
        assert hit["language"] == exp.language
        if exp.url:
            assert hit["url"] == exp.url

    everything = stack.get("/search", size=50)
    assert everything["total"] == 12  # the PDF and the email's attachment are one article
    facets = {name: {b["value"]: b["count"] for b in buckets} for name, buckets in everything["facets"].items()}
    assert facets["language"] == {"en": 11, "fr": 1}
    assert facets["author"]["Chris Adeyemi"] == 2 and facets["author"]["Lena Fischer"] == 1
    assert facets["source"]["Metro Daily"] == 3 and facets["source"]["Coastline Wire"] == 2
    assert stack.get("/search", author="Dana Whitfield")["total"] == 2
    french = stack.get("/search", language="fr")
    assert french["hits"][0]["title"].startswith("Les dockers")
    assert {b["value"] for b in french["facets"]["person"]} == {"Marie Lefèvre"}  # French model, no English rules

    failures = stack.get("/ingest/failures")
    assert [(f["path"], f["item"]) for f in failures] == [("scraper-export.jsonl", "line 3")]
    assert "not valid JSON" in failures[0]["reason"]

    mail = stack.get("/search", q="ferry subsidy memo")["hits"][0]
    attachment = stack.get("/search", q='"night operations"')["hits"][0]
    article = stack.get(f"/articles/{attachment['id']}")
    assert sorted(article["files"]) == ["press-release.pdf", "tip.eml"]
    assert article["part_of"] in (None, mail["id"])  # which file came first decides

    # The feed, updated with one new item on top, dropped again: only that item is extracted.
    drop(stack.settings.inbox_dir, "wire-news.rss", (CORPUS / "wire-news-updated.rss").read_bytes())
    wait_until(lambda: stack.get("/search", q="amber warning")["total"] == 1, 90, 0.3, "the new item")
    status = wait_until(lambda: (st := settled(stack, len(samples))) and st["articles"] == len(EXPECTED) + 2 and st,
                        60, 0.3, "the feed settled again")
    assert stack.get("/search", size=50)["total"] == 13
    assert stack.get("/search", q='"Morag Innes"')["total"] == 1
    counters = redis_client.hgetall(stack.settings.names.metric_counters)
    assert counters.get("items_unchanged") in ("2", b"2"), counters
