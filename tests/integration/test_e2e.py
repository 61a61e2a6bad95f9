"""The main path, whole: real watcher, worker and API processes on the real services, a
temporary inbox and index prefix. An article dropped in the inbox becomes searchable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from services.core.settings import Settings
from tests.harness import ROOT, Stack, running_stack, wait_until

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
SEED = ROOT / "seeds" / "syria-russia-bases.txt"


class E2EStack(Stack):
    def __init__(self, settings: Settings, log_dir: Path) -> None:
        super().__init__(settings, log_dir, NEWSROOM_RESCAN_SECONDS="2", NEWSROOM_SETTLE_SECONDS="0.3")

    def get(self, path: str, **params) -> dict:
        response = self.api.get(path, params=params)
        assert response.status_code == 200, (path, response.status_code, response.text)
        return response.json()

    def status(self) -> dict:
        """The counts as the API reports them."""
        return self.get("/ingest/status")

    def wait_searchable(self, q: str, timeout: float = 90) -> dict:
        return wait_until(lambda: (r := self.get("/search", q=q))["total"] and r, timeout, 0.2, f"/search?q={q}")


@pytest.fixture
def stack(es_client, redis_client, tmp_path):
    with running_stack(E2EStack, tmp_path, "e2e") as s:
        yield s


def test_dropped_article_is_searchable_with_entities_and_claims(stack: E2EStack):
    shutil.copy(SEED, stack.settings.inbox_dir / "seed.txt")
    found = stack.wait_searchable("Khmeimim")
    assert found["total"] == 1, stack.logs()
    persons = {f["value"] for f in found["facets"]["person"]}
    assert "Alexander Zhuravlyov" in persons, (found["facets"], stack.logs())
    hit = found["hits"][0]
    assert any("Khmeimim" in s for s in hit["snippets"])

    article = stack.get(f"/articles/{hit['id']}")
    assert article["files"] == ["seed.txt"]
    assert article["title"].startswith("Russian forces are reported to be fleeing")
    assert "Khmeimim airbase" in article["body"]
    assert article["published_at"], "no date in the file: the file's time stands in"
    starts = [c["start"] for c in article["claims"]]
    assert starts == sorted(starts) and len(starts) >= 5
    assert any(c["claimant_entity"] == "Alexander Zhuravlyov" for c in article["claims"])
    by_name = {e["name"]: e for e in article["entities"]}
    assert by_name["Hayat Tahrir al-Sham"]["type"] == "ORG" and "HTS" in by_name["Hayat Tahrir al-Sham"]["aliases"]

    # Dropped again under another name: still one article, and one duplicate counted.
    shutil.copy(SEED, stack.settings.inbox_dir / "same-story-again.txt")
    status = wait_until(lambda: (st := stack.status())["duplicates"] == 1 and st, 60, 0.2, "one duplicate")
    assert status["indexed"] == 1 and status["failed"] == 0, status
    assert stack.get("/search", q="Khmeimim")["total"] == 1
    article = stack.get(f"/articles/{hit['id']}")
    assert sorted(article["files"]) == ["same-story-again.txt", "seed.txt"]


def test_file_dropped_while_watcher_is_down_is_indexed_on_start(stack: E2EStack):
    stack.stop("watcher")
    text = SEED.read_text().replace("Khmeimim", "Latakia")  # a different article
    (stack.settings.inbox_dir / "sub").mkdir()
    (stack.settings.inbox_dir / "sub" / "while-down.txt").write_text(text)
    (stack.settings.inbox_dir / ".hidden.txt").write_text(text + " hidden")
    (stack.settings.inbox_dir / "partial.txt.part").write_text(text + " partial")
    assert stack.get("/search", q="Latakia")["total"] == 0
    stack.start("watcher")
    found = stack.wait_searchable("Latakia")
    assert found["total"] == 1
    status = wait_until(lambda: (st := stack.status())["indexed"] == 1 and st, 30, 0.2, "indexed == 1")
    # hidden and partial files are never picked up
    assert status["queued"] == status["processing"] == status["failed"] == status["duplicates"] == 0, status
    assert stack.get(f"/articles/{found['hits'][0]['id']}")["files"] == ["sub/while-down.txt"]


KINDS_ARTICLE = """Harbour board under fire over flood survey

Councillor Tom Reyes accused the harbour board of hiding the flood survey from residents.

Mayor Lena Brandt vowed to publish the survey before the end of the month.

The fishermen's association urged the council to close the north quay until repairs are done.

A spokesman for the harbour board declined to comment.
"""


def test_claims_filtered_by_kind_end_to_end(stack: E2EStack):
    """A dropped article's claims carry a kind; /claims?kind= returns only that kind and the
    kind facet counts what the article holds; a refusal to comment is no claim."""
    (stack.settings.inbox_dir / "harbour.txt").write_text(KINDS_ARTICLE)
    found = stack.wait_searchable("fishermen")
    article = stack.get(f"/articles/{found['hits'][0]['id']}")
    kinds = [c["kind"] for c in article["claims"]]
    assert "accusation" in kinds and "promise" in kinds and "proposal" in kinds, article["claims"]
    assert not any("comment" in c["content"] or c["cue"].startswith("declin") for c in article["claims"])
    res = wait_until(lambda: (r := stack.get("/claims", kind="accusation"))["total"] and r, 30, 0.2, "claims")
    assert res["total"] == kinds.count("accusation")
    assert all(h["kind"] == "accusation" for h in res["hits"])
    assert "hiding the flood survey" in res["hits"][0]["content"]
    facet = {b["value"]: b["count"] for b in res["facets"]["kind"]}
    assert facet == {k: kinds.count(k) for k in set(kinds)}
