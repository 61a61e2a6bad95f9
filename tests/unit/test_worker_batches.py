"""The worker task that carries several files: one batch while that works; each file alone
after an error that is not transient, or after a delivery that died, so only the bad file
fails; Elasticsearch away retries the files together. The batch flow and ledger are stand-ins."""

from __future__ import annotations

import time

import pytest
from celery.exceptions import Retry
from elastic_transport import ConnectionError as ESConnectionError

from services.core.models import IngestEvent
from services.core.queue import PROCESS_FILE, PROCESS_FILES
from services.core.settings import Settings
from services.extract import worker as worker_module


class FakeLedger:
    def __init__(self) -> None:
        self.died: dict[str, int] = {}
        self.failed: dict[str, object] = {}
        self.requeued: list[str] = []

    def attempts(self, paths):
        return [self.died.get(p, 0) for p in paths]

    def fail(self, record):
        self.failed[record.path] = record

    def requeue_for_retry(self, path):
        self.requeued.append(path)


class FakeFlow:
    """Raises what `errors` says for any batch holding that path; records every batch."""

    ledger = FakeLedger()
    runs: list[list[str]] = []
    errors: dict[str, BaseException] = {}

    def __init__(self, settings) -> None:
        pass

    def run(self, events):
        paths = [ev.path for ev in events]
        FakeFlow.runs.append(paths)
        for path in paths:
            if path in FakeFlow.errors:
                raise FakeFlow.errors[path]


@pytest.fixture(scope="module")
def worker_app():
    """One app for the module (Celery keeps the first callable registered under a task name)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(worker_module, "BatchFlow", FakeFlow)
        yield worker_module.create_worker_app(Settings(index_prefix="unit"))


@pytest.fixture
def app(worker_app):
    FakeFlow.ledger, FakeFlow.runs, FakeFlow.errors = FakeLedger(), [], {}
    return worker_app


def ask_retry(monkeypatch, task) -> dict:
    """What the task asks task.retry for (a real retry needs a broker)."""
    asked: dict = {}
    monkeypatch.setattr(task, "retry", lambda **kwargs: asked.update(kwargs) or Retry("later"), raising=False)
    return asked


def events(*paths: str) -> list[dict]:
    return [IngestEvent.from_bytes(p, f"Article {p}.".encode(), time.time()).model_dump(mode="json") for p in paths]


def test_a_batch_that_works_runs_once_together(app):
    app.tasks[PROCESS_FILES](events("a", "b", "c"))
    assert FakeFlow.runs == [["a", "b", "c"]]
    assert not FakeFlow.ledger.failed


def test_a_poison_file_fails_alone_and_its_batch_mates_are_done(app):
    FakeFlow.errors["p"] = ValueError("cannot digest this")
    app.tasks[PROCESS_FILES](events("a", "p", "b"))
    assert FakeFlow.runs == [["a", "p", "b"], ["a"], ["p"], ["b"]]
    (record,) = FakeFlow.ledger.failed.values()
    assert record.path == "p" and record.error == "ValueError" and record.reason == "cannot digest this"
    assert record.stage.value == "extract"


def test_after_a_worker_died_holding_the_batch_each_file_runs_alone(app):
    FakeFlow.ledger.died["b"] = 1
    app.tasks[PROCESS_FILES](events("a", "b"))
    assert FakeFlow.runs == [["a"], ["b"]], "no second batch run that could kill the worker again"


def test_elasticsearch_away_retries_the_files_together(app, monkeypatch):
    FakeFlow.errors["b"] = ESConnectionError("es down")
    task = app.tasks[PROCESS_FILES]
    asked = ask_retry(monkeypatch, task)
    with pytest.raises(Retry):
        task(events("a", "b"))
    assert FakeFlow.runs == [["a", "b"]], "a transient error is not a reason to split the batch"
    assert [e["path"] for e in asked["args"][0]] == ["a", "b"] and asked["countdown"] > 0
    assert FakeFlow.ledger.requeued == ["a", "b"] and not FakeFlow.ledger.failed


def test_split_after_a_failure_retries_only_the_files_elasticsearch_refused(app, monkeypatch):
    FakeFlow.errors.update(p=ValueError("bad"), c=ESConnectionError("es down"))
    task = app.tasks[PROCESS_FILES]
    asked = ask_retry(monkeypatch, task)
    with pytest.raises(Retry):
        task(events("p", "a", "c"))
    assert list(FakeFlow.ledger.failed) == ["p"]
    assert [e["path"] for e in asked["args"][0]] == ["c"] and FakeFlow.ledger.requeued == ["c"]


def test_the_single_file_task_still_works_and_fails_its_file(app):
    FakeFlow.errors["p"] = ValueError("bad")
    app.tasks[PROCESS_FILE](events("p")[0])
    assert FakeFlow.runs == [["p"]] and list(FakeFlow.ledger.failed) == ["p"]


def test_a_malformed_event_is_dropped_and_the_rest_run(app):
    app.tasks[PROCESS_FILES]([*events("a"), {"nonsense": True}, *events("b")])
    assert FakeFlow.runs == [["a", "b"]]
