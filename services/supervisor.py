"""`newsroom run`: watcher, worker and API as child processes; a signal stops them all."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

COMMANDS = {
    "worker": ["worker"],
    "watcher": ["watch"],
    "api": ["api"],
}


def run_all() -> int:
    procs: dict[str, subprocess.Popen] = {}
    stopping = False

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    for name, args in COMMANDS.items():
        procs[name] = subprocess.Popen([sys.executable, "-m", "services.cli", *args])
        print(f"[newsroom] started {name} (pid {procs[name].pid})", file=sys.stderr, flush=True)
    code = 0
    while not stopping:
        for name, proc in procs.items():
            if proc.poll() is not None:
                print(f"[newsroom] {name} exited with {proc.returncode}: stopping the rest", file=sys.stderr)
                stopping, code = True, proc.returncode or 1
                break
        time.sleep(0.3)
    for proc in procs.values():
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 20
    for proc in procs.values():
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
    print("[newsroom] stopped", file=sys.stderr)
    return code
