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
