"""Workers with no shared disk: the watcher alone sees the inbox and queues each file with its
bytes; two workers on "other hosts" (their own node names, working directories and an inbox
path that does not exist for them) share the work, and one SIGKILLed mid-burst loses nothing.

Prints the split and the recovery time ("[recovery] ..."); run with -s to see them."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fault.conftest import article_text, drop, report
from tests.harness import ROOT, ServiceProcess, wait_until

pytestmark = [pytest.mark.integration, pytest.mark.timeout(240)]

N = 300


class RemoteWorker(ServiceProcess):
    """A worker as on another host: its own node name, working directory, and no inbox."""

    def __init__(self, host: str, env: dict[str, str], tmp_path: Path) -> None:  # not super(): that runs in ROOT
        self.name, self.host = f"worker-{host}", host
        self.workdir = tmp_path / host
        self.workdir.mkdir()
        self.log_path = self.workdir / "worker.log"
        self._log = self.log_path.open("ab")
        env = dict(env, NEWSROOM_WORKER_HOST=host, NEWSROOM_WORKER_CONCURRENCY="1",
                   NEWSROOM_INBOX_DIR=str(self.workdir / "no-such-inbox"),
                   PYTHONPATH=str(ROOT), TMPDIR=str(self.workdir))
        self.proc = subprocess.Popen([sys.executable, "-m", "services.cli", "worker"], env=env, cwd=self.workdir,
                                     stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)

    def indexed(self) -> set[str]:
        return set(re.findall(r"indexed (\S+): ", self.log()))  # "indexed PATH: id (n entities, m claims)"


def test_two_workers_without_the_inbox_share_work_and_one_dies_mid_burst(stack, tmp_path):
    a = RemoteWorker("host-a", stack.env, tmp_path)
    b = RemoteWorker("host-b", stack.env, tmp_path)
    try:
        stack.start("watcher")
        for w in (a, b):
            wait_until(lambda w=w: f"{stack.names.worker_name}@{w.host} ready." in w.log(), 120, 0.2,
                       f"{w.name} to be ready")
        assert not (a.workdir / "no-such-inbox").exists() and not str(stack.inbox).startswith(str(a.workdir))
        drop(stack.inbox, [(f"w/a{i:03}.txt", article_text(i, "Workers ")) for i in range(N)])
        wait_until(lambda: len(a.indexed()) >= 20 and len(b.indexed()) >= 20, 150, 0.2, "both workers to index")
        a.stop(signal.SIGKILL)  # its unacked tasks come back after the visibility timeout
        killed = time.monotonic()
        in_flight = stack.ledger.unacked_count()
        at_kill = len(a.indexed())
        st = stack.wait_settled(N, 180, f"all {N} done with one worker")
        recovered = time.monotonic() - killed
        assert st["indexed"] == N and st["failed"] == 0 and st["duplicates"] == 0, (st, stack.logs())
        articles = stack.articles()
        assert len(articles) == N and len({x["id"] for x in articles}) == N
        split_a, split_b = a.indexed(), b.indexed()
        # host-a settles a file in the ledger, then logs it: a SIGKILL between the two leaves a file
        # indexed (counted above) with no log line, so only files in hand at the kill may lack one.
        unlogged = {f"w/a{i:03}.txt" for i in range(N)} - (split_a | split_b)
        assert len(unlogged) <= max(in_flight, 1), (sorted(unlogged), in_flight)
        assert len(split_a) >= 20 and len(split_b) >= 20, (len(split_a), len(split_b))
        report("worker host-a SIGKILLed of two (no shared disk)", recovered,
               f"from the kill to all {N} indexed; split host-a {len(split_a)} / host-b {len(split_b)} "
               f"(host-a {at_kill} before the kill, {in_flight} task(s) unacked at it, {len(unlogged)} unlogged)")
    finally:
        for w in (a, b):
            w.stop()
        print(f"logs: {a.log_path} {b.log_path}")

