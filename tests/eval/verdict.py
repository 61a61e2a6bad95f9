"""How an eval ends (tests/eval/run_eval.py, tests/eval/news.py): its gate's failures on
stderr and exit status 1, or one line saying it passed and 0."""

from __future__ import annotations

import sys


def exit_status(failures: list[str], passed: str) -> int:
    """1 after printing each failure to stderr; 0 after printing `passed` when there is none."""
    for failure in failures:
        print(f"\n{failure}", file=sys.stderr)
    if failures:
        return 1
    print(f"\n{passed}")
    return 0
