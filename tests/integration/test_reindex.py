"""`newsroom reindex` on the real node: an index made with the version 1 mapping (standard
analyzer, no _meta) moves to this code's mapping while searches run in a loop and see no
error and no change in `total`; writes and deletes made during the copy survive it; the
services warn at start about an outdated mapping."""

from __future__ import annotations

import copy
import logging
import random
import subprocess
import sys
import threading
import time
from typing import Any

import pytest
from fastapi.testclient import TestClient

import services.core.reindex as reindex_mod
from services.core.documents import article_document
from services.core.index import (
    ARTICLE_MAPPING,
    CLAIM_MAPPING,
    MAPPING_VERSION,
    ensure_indices,
    mapping_version_of,
)
from services.core.models import Article, Claim
from services.core.names import StackNames
from services.core.reindex import reindex
from services.search.app import create_app
from tests.conftest import ROOT, settings_env
from tests.harness import index_articles

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]

WORDS = ["harbour", "council", "budget", "river", "village", "bridge", "market", "school", "rain", "garden", "museum", "train"]


def v1_mapping(mapping: dict[str, Any]) -> dict[str, Any]:
    """The mapping as version 1 had it: every text field with the standard analyzer, no _meta."""
    m = copy.deepcopy(mapping)
    m.pop("_meta", None)
    for spec in m["properties"].values():
        if spec.get("type") == "text":
            spec["analyzer"] = "standard"
            spec["fields"] = {k: v for k, v in (spec.get("fields") or {}).items() if v.get("type") == "keyword"}
            if not spec["fields"]:
                del spec["fields"]
    return m


def make_v1(es, settings) -> StackNames:
    names = settings.names
    for alias, mapping in ((names.articles, ARTICLE_MAPPING), (names.claims, CLAIM_MAPPING)):
        es.indices.create(
            index=f"{alias}-v1", mappings=v1_mapping(mapping),
            settings={"number_of_shards": 1, "number_of_replicas": 0},
            aliases={alias: {"is_write_index": True}},
        )
    return names


def articles(n: int, seed: int, prefix: str = "a") -> list[Article]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        body = " ".join(rnd.choice(WORDS) for _ in range(40))
        if i % 10 == 0:
            body += " Residents were fleeing Ukraine’s border towns."
        claims = []
        if i % 50 == 0:
            claims = [Claim(content="the bridge is unsafe", sentence="Engineers said the bridge is unsafe.",
                            claimant="Engineers", cue="said", quote_type="indirect", start=0, end=10)]
        out.append(Article(id=f"{prefix}{i:05d}", title=f"{rnd.choice(WORDS).capitalize()} report {i}", body=body,
                           claims=claims))
    return out


def test_outdated_mapping_is_reported_at_start(es_client, stack_settings, caplog):
    make_v1(es_client, stack_settings)
    assert mapping_version_of(es_client, f"{stack_settings.index_prefix}-articles") == 1
    with caplog.at_level(logging.WARNING, logger="newsroom.index"):
        ensure_indices(es_client, stack_settings)
    assert "run `newsroom reindex`" in caplog.text
    assert f"expects {MAPPING_VERSION}" in caplog.text


def test_reindex_2000_articles_under_search_load(es_client, stack_settings):
    names = make_v1(es_client, stack_settings)
    index_articles(es_client, names, articles(2000, seed=1))
    errors: list[str] = []
    totals: dict[str, set[int]] = {"all": set(), "harbour": set(), "claims": set()}
    searches = 0
    stop = threading.Event()

    with TestClient(create_app(stack_settings)) as client:
        def searcher() -> None:
            nonlocal searches
            while not stop.is_set():
                for key, path, params in (("all", "/search", {}), ("harbour", "/search", {"q": "harbour"}),
                                          ("claims", "/claims", {"q": "bridge"})):
                    try:
                        r = client.get(path, params={**params, "size": 3})
                    except Exception as exc:  # noqa: BLE001 - any failure is what the test looks for
                        errors.append(f"{path} {params}: {exc!r}")
                        continue
                    if r.status_code != 200:
                        errors.append(f"{path} {params}: {r.status_code} {r.text[:200]}")
                    else:
                        totals[key].add(r.json()["total"])
                    searches += 1

        before = {
            "all": client.get("/search").json()["total"],
            "harbour": client.get("/search", params={"q": "harbour"}).json()["total"],
        }
        assert before["all"] == 2000
        assert client.get("/search", params={"q": "flee"}).json()["total"] == 0  # v1: no stemming
        thread = threading.Thread(target=searcher, daemon=True)
        thread.start()
        time.sleep(1.0)
        started = time.monotonic()
        results = reindex(es_client, stack_settings, grace_seconds=2.0, batch=250)
        took = time.monotonic() - started
        time.sleep(1.0)
        stop.set()
        thread.join(timeout=30)

        print(f"\nreindex of 2000 articles: {took:.1f}s, {searches} searches during it, "
              f"{len(errors)} errors; {[r.describe() for r in results]}")
        assert not errors, errors[:5]
        assert searches > 20
        assert totals["all"] == {2000}, totals
        assert totals["harbour"] == {before["harbour"]}, totals
        assert len(totals["claims"]) == 1, totals
        assert results[0].copied == 2000 and results[1].copied == 40
        # The new mapping answers: stems and possessives.
        assert client.get("/search", params={"q": "flee"}).json()["total"] == 200
        assert client.get("/search", params={"q": "Ukraine"}).json()["total"] == 200

    assert mapping_version_of(es_client, names.articles) == MAPPING_VERSION
    assert sorted(es_client.indices.get_alias(name=names.articles)) == [f"{names.articles}-v{MAPPING_VERSION}"]
    assert not es_client.indices.exists(index=f"{names.articles}-v1")


def test_writes_during_the_copy_survive(es_client, stack_settings, monkeypatch):
    names = make_v1(es_client, stack_settings)
    index_articles(es_client, names, articles(600, seed=2))
    real = reindex_mod._pit_docs
    state = {"done": False}

    def pit_docs_with_writes(es, index, batch, query=None):
        for n, hit in enumerate(real(es, index, batch, query)):
            yield hit
            if n == 10 and not state["done"] and index.startswith(names.articles):
                state["done"] = True  # the services write to the alias while the copy runs
                es.index(index=names.articles, id="new-1", document=article_document(
                    Article(id="new-1", title="Written during the copy", body="fleeing")))
                es.delete(index=names.articles, id="a00599")
                got = es.get(index=names.articles, id="a00000")
                es.update(index=names.articles, id="a00000", doc={"files": ["inbox/second.txt"]},
                          if_seq_no=got["_seq_no"], if_primary_term=got["_primary_term"])
                es.indices.refresh(index=names.articles)

    monkeypatch.setattr(reindex_mod, "_pit_docs", pit_docs_with_writes)
    results = reindex(es_client, stack_settings, grace_seconds=0.5, batch=100)
    assert state["done"]
    assert results[0].caught_up == 2 and results[0].deleted == 1, results[0].describe()
    es_client.indices.refresh(index=names.articles)
    assert es_client.count(index=names.articles)["count"] == 600
    assert es_client.exists(index=names.articles, id="new-1")
    assert not es_client.exists(index=names.articles, id="a00599")
    assert es_client.get(index=names.articles, id="a00000")["_source"]["files"] == ["inbox/second.txt"]


def test_reindex_command_is_idempotent(es_client, stack_settings):
    ensure_indices(es_client, stack_settings)
    run = subprocess.run([sys.executable, "-m", "services.cli", "reindex"], env=settings_env(stack_settings),
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert f"already has mapping version {MAPPING_VERSION}" in run.stdout
    forced = subprocess.run([sys.executable, "-m", "services.cli", "reindex", "--force"],
                            env=settings_env(stack_settings), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert forced.returncode == 0, forced.stderr
    assert "0 documents" in forced.stdout
    assert len(es_client.indices.get_alias(name=f"{stack_settings.index_prefix}-articles")) == 1


def test_a_second_reindex_at_once_is_refused(es_client, stack_settings):
    names = make_v1(es_client, stack_settings)
    es_client.indices.create(index=f"{names.articles}-v{MAPPING_VERSION}")  # another run's target
    run = subprocess.run([sys.executable, "-m", "services.cli", "reindex"], env=settings_env(stack_settings),
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "another `newsroom reindex` is running" in run.stderr
    assert sorted(es_client.indices.get_alias(name=names.articles)) == [f"{names.articles}-v1"]
