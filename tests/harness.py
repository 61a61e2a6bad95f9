"""The one harness for tests and bench: spare ports, real newsroom service processes with
their environment, a Stack of watcher + worker + API for one index prefix, and the cleanup of
every index and Redis key of a prefix (through StackNames). No pytest here: bench imports it."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from services.core.documents import article_document, claim_documents
from services.core.ledger import IngestLedger
from services.core.models import Article
from services.core.names import StackNames
from services.core.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
# `python -m services.cli <args>` for each service a Stack runs.
SERVICE_ARGS = {"watcher": ["watch"], "worker": ["worker"], "api": ["api"]}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def unique_prefix(tag: str = "t") -> str:
    return f"test-{tag}-{uuid.uuid4().hex[:8]}"


def wait_until(predicate, timeout: float, interval: float = 0.1, what: str = "condition"):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = predicate()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what} (last: {last!r})")


def settings_env(settings: Settings, **extra: str) -> dict[str, str]:
    """Environment for a child process that should use these settings."""
    env = dict(os.environ)
    env.update(
        NEWSROOM_INDEX_PREFIX=settings.names.prefix,
        NEWSROOM_REDIS_URL=settings.redis_url,
        NEWSROOM_ELASTICSEARCH_URL=settings.elasticsearch_url,
        NEWSROOM_INBOX_DIR=str(settings.inbox_dir),
        NEWSROOM_API_PORT=str(settings.api_port),
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def drop_prefix(es: Any, redis_client: Any, prefix: str | StackNames) -> None:
    """Remove every index and Redis key of a stack."""
    names = prefix if isinstance(prefix, StackNames) else StackNames(prefix)
    es.options(ignore_status=404).indices.delete(index=names.index_pattern, expand_wildcards="all")
    for pattern in names.redis_key_patterns:
        for key in redis_client.scan_iter(pattern, count=1000):
            redis_client.delete(key)


def index_articles(es: Any, names: StackNames, articles: Iterable[Article]) -> None:
    """Index articles and their claims as the documents the worker writes, refreshed: searchable
    on return (fixtures that need a corpus without running the worker)."""
    from elasticsearch.helpers import bulk

    actions = []
    for a in articles:
        actions.append({"_index": names.articles, "_id": a.id, "_source": article_document(a)})
        actions += [{"_index": names.claims, "_id": d["id"], "_source": d} for d in claim_documents(a)]
    bulk(es, actions, raise_on_error=True, refresh=True)


class ServiceProcess:
    """A real newsroom process (`python -m services.cli ...`) with its log in a file."""

    def __init__(self, name: str, args: list[str], env: dict[str, str], log_dir: Path) -> None:
        self.name = name
        self.log_path = Path(log_dir) / f"{name}.log"
        self._log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "services.cli", *args],
            env=env, cwd=ROOT, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True,
        )

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def tail(self, n: int = 3000) -> str:
        return self.log()[-n:]

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self, sig: int | None = None, timeout: float = 20) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, sig or signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        self._log.close()


class Stack:
    """Watcher, worker and API as real processes for one prefix, logs in `log_dir`.

    `env` adds NEWSROOM_* variables for the processes (short timeouts in tests)."""

    def __init__(self, settings: Settings, log_dir: Path, **env: str) -> None:
        import httpx
        from elasticsearch import Elasticsearch

        self.settings = settings
        self.names = settings.names
        self.inbox = Path(settings.inbox_dir)
        self.env = settings_env(settings, **env)
        self.log_dir = Path(log_dir)
        self.procs: dict[str, ServiceProcess] = {}
        self._started: list[str] = []
        self.ledger = IngestLedger(settings)
        self.es = Elasticsearch(settings.elasticsearch_hosts, request_timeout=30)
        self.api = httpx.Client(base_url=f"http://127.0.0.1:{settings.api_port}", timeout=10)

    # processes -------------------------------------------------------------------
    def start(self, name: str, args: list[str] | None = None) -> ServiceProcess:
        self.procs[name] = ServiceProcess(name, args or SERVICE_ARGS[name], self.env, self.log_dir)
        if name not in self._started:
            self._started.append(name)
        return self.procs[name]

    def stop(self, name: str, sig: int | None = None) -> None:
        self.procs.pop(name).stop(sig)

    def stop_all(self) -> None:
        for name in list(self.procs):
            self.stop(name)

    def dead(self) -> list[str]:
        return [n for n, p in self.procs.items() if not p.alive()]

    def logs(self, tail: int = 3000) -> str:
        """The end of every service's log, stopped ones included."""
        out = []
        for name in self._started:
            path = self.log_dir / f"{name}.log"
            if path.exists():
                out.append(f"--- {path.name}\n{path.read_text(errors='replace')[-tail:]}")
        return "\n".join(out)

    def api_answers(self) -> bool:
        import httpx

        try:
            return self.api.get("/health").status_code == 200
        except httpx.HTTPError:
            return False

    def wait_api(self, timeout: float = 60) -> None:
        def ready() -> bool:
            dead = self.dead()
            if dead:
                raise RuntimeError(f"{dead} exited at start:\n{self.logs()}")
            return self.api_answers()

        wait_until(ready, timeout, 0.2, "the API to answer")

    # what the stack holds ----------------------------------------------------------
    def status(self) -> dict:
        """The ledger's counts (tried for a while: Redis may be restarting)."""
        for _ in range(50):
            try:
                return self.ledger.status().model_dump()
            except Exception:  # Redis restarting
                time.sleep(0.2)
        return self.ledger.status().model_dump()

    def settled(self, expected_done: int) -> dict | bool:
        st = self.status()
        done = st["indexed"] + st["duplicates"] + st["failed"]
        return st if done >= expected_done and st["queued"] == 0 and st["processing"] == 0 else False

    def wait_settled(self, expected_done: int, timeout: float, what: str) -> dict:
        """Wait until `expected_done` files are settled; on timeout, say where they stand: the
        ledger's counts and the services' logs are what tells a lost file from a slow one."""
        try:
            return wait_until(lambda: self.settled(expected_done), timeout, 0.5, what)
        except AssertionError as e:
            raise AssertionError(f"{e}\nstatus: {self.status()}\n{self.first_errors()}\n{self.logs()}") from None

    def first_errors(self, per_log: int = 3, context: int = 40) -> str:
        """The first ERROR and CRITICAL records of every service's log with the lines after
        them: a log's tail shows the last of a cascade, the first record shows its cause."""
        out = []
        for name in self._started:
            path = self.log_dir / f"{name}.log"
            lines = path.read_text(errors="replace").splitlines() if path.exists() else []
            starts = [i for i, line in enumerate(lines) if " ERROR " in line or " CRITICAL " in line][:per_log]
            for i in starts:
                out.append(f"--- {path.name}, line {i + 1}\n" + "\n".join(lines[i:i + context]))
        return "\n".join(out)

    def articles(self) -> list[dict]:
        from elasticsearch import helpers

        self.es.indices.refresh(index=self.names.articles)
        return [h["_source"] for h in helpers.scan(self.es, index=self.names.articles, query={"query": {"match_all": {}}})]

    def article_count(self, query: dict | None = None) -> int:
        """Searchable articles (matching `query`); 0 while the index does not exist yet."""
        try:
            kwargs = {"query": query} if query else {}
            return int(self.es.count(index=self.names.articles, ignore_unavailable=True, **kwargs)["count"])
        except Exception:
            return 0

    def drop_data(self) -> None:
        import redis

        with contextlib.closing(redis.Redis.from_url(self.settings.redis_url)) as client:
            drop_prefix(self.es, client, self.names)

    def close(self) -> None:
        """Stop every process and drop the prefix's indices and keys."""
        self.stop_all()
        self.api.close()
        with contextlib.suppress(Exception):  # a test that failed with a service down
            self.drop_data()


S = TypeVar("S", bound=Stack)


@contextlib.contextmanager
def running_stack(stack_type: type[S], tmp_path: Path, tag: str) -> Iterator[S]:
    """A `stack_type` with worker, API and watcher started on a fresh prefix (`tag`) and an inbox
    under tmp_path (the logs there too), its API answering; closed after."""
    settings = Settings(index_prefix=unique_prefix(tag), inbox_dir=tmp_path / "inbox", api_port=free_port())
    settings.inbox_dir.mkdir()
    s = stack_type(settings, tmp_path)
    try:
        for name in ("worker", "api", "watcher"):
            s.start(name)
        s.wait_api(60)
        yield s
    finally:
        s.close()
