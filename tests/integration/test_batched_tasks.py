"""Several files in one worker task (NEWSROOM_TASK_FILES): real watcher and worker processes.
Files ready at once go in one task; a file that breaks its batch fails alone, with its reason,
and its batch-mates are indexed."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from services.core.settings import Settings
from tests.harness import ROOT, Stack, free_port, unique_prefix

pytestmark = pytest.mark.integration
POISON_HOOK = Path(__file__).parent / "poison"  # its sitecustomize breaks batches with poison*


@pytest.fixture
def stack(es_client, redis_client, tmp_path):
    settings = Settings(index_prefix=unique_prefix("batch"), inbox_dir=tmp_path / "inbox", api_port=free_port())
    settings.inbox_dir.mkdir()
    s = Stack(settings, tmp_path, NEWSROOM_TASK_FILES="8", NEWSROOM_TEST_POISON="1",
              NEWSROOM_SETTLE_SECONDS="0.3", NEWSROOM_RESCAN_SECONDS="2")
    s.env["PYTHONPATH"] = os.pathsep.join([str(POISON_HOOK), str(ROOT), os.environ.get("PYTHONPATH", "")])
    try:
        s.start("worker")
        s.start("watcher")
        yield s
    finally:
        s.close()


def test_a_batch_with_a_broken_file_indexes_the_others_and_fails_only_it(stack: Stack, tmp_path):
    folder = tmp_path / "stage" / "batch"
    folder.mkdir(parents=True)
    seeds = sorted((ROOT / "seeds").iterdir())
    for seed in seeds:
        shutil.copy(seed, folder / seed.name)
    (folder / "poison.txt").write_text("An ordinary article, as far as its bytes go.\n")
    past = time.time() - 60  # settled long ago: the watcher takes them at once, in one turn
    for f in folder.iterdir():
        os.utime(f, (past, past))
    os.rename(folder, stack.inbox / "batch")  # a folder moved in: every file is ready together

    st = stack.wait_settled(len(seeds) + 1, 180, "the batch settled")
    assert "in a task of 5" in stack.procs["watcher"].log(), stack.logs()
    assert st["indexed"] == len(seeds) and st["failed"] == 1 and st["duplicates"] == 0, (st, stack.logs())
    (failure,) = stack.ledger.failures()
    assert failure.path == "batch/poison.txt" and failure.error == "RuntimeError", failure
    assert "poisoned file in this batch" in failure.reason and failure.stage.value == "extract"
    assert "each runs alone now" in stack.procs["worker"].log(), stack.logs()
    files = sorted(f for a in stack.articles() for f in a["files"])
    assert files == sorted(f"batch/{s.name}" for s in seeds)


def test_the_same_article_twice_in_one_task_is_one_article_and_one_duplicate(stack: Stack, tmp_path):
    folder = tmp_path / "stage" / "twice"
    folder.mkdir(parents=True)
    seed = ROOT / "seeds" / "syria-russia-bases.txt"
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(seed, folder / name)
    past = time.time() - 60
    for f in folder.iterdir():
        os.utime(f, (past, past))
    os.rename(folder, stack.inbox / "twice")

    st = stack.wait_settled(3, 180, "the batch settled")
    assert "in a task of 3" in stack.procs["watcher"].log(), stack.logs()
    assert st["indexed"] == 1 and st["duplicates"] == 2 and st["failed"] == 0, (st, stack.logs())
    (article,) = stack.articles()
    assert sorted(article["files"]) == ["twice/a.txt", "twice/b.txt", "twice/c.txt"]
