"""Gold and predicted claims paired one to one, as both evals count them (tests/eval/run_eval.py
on our gold, tests/eval/news.py on PolNeAR): each scores and orders the candidate pairs its own
way, the pairing itself is the same greedy rule."""

from __future__ import annotations

from collections.abc import Iterable


def one_to_one(candidates: Iterable[tuple[float, int, int]]) -> list[tuple[int, int, float]]:
    """(gold i, pred j, score) for the (score, i, j) candidates taken in their order, skipping
    any whose gold or prediction is already paired."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for f, i, j in candidates:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j, f))
    return pairs
