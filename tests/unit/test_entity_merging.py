"""UnionFind, the groups of mentions that merging joins."""

from __future__ import annotations

from services.extract.entity_merging import UnionFind


def test_union_find_joins_groups_under_the_lowest_id():
    groups = UnionFind()
    a, b, c, d = (groups.add() for _ in range(4))
    groups.union(c, d)
    groups.union(b, d)
    assert groups.find(d) == groups.find(c) == groups.find(b) == b
    assert groups.find(a) == a


_MERGE_SCRIPT = """
from services.extract.entity_merging import UnionFind, merge_name_parts
from services.extract.entity_mentions import NameMention
from services.extract.gazetteer import gazetteer
P = {"PERSON": 1.0}
groups = UnionFind()
ms = []
for name, g in [("Hillary Clinton", 0), ("Clinton", 1), ("Wallace", 1)]:
    while len(groups.parent) <= g:
        groups.add()
    ms.append(NameMention(0, len(name), name, name, dict(P), "PERSON", group=g))
merge_name_parts(ms, groups, gazetteer())
print(groups.find(1))
"""


def test_merge_name_parts_does_not_depend_on_the_hash_seed():
    """A group whose longest names tie ("Clinton", "Wallace") picks the same one in every
    process: set order changes with PYTHONHASHSEED, the outcome must not."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    outs = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(root))
        r = subprocess.run([sys.executable, "-c", _MERGE_SCRIPT], env=env, cwd=root,
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        outs.add(r.stdout.strip())
    assert len(outs) == 1, outs
