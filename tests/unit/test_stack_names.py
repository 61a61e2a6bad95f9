"""StackNames: every name a prefix owns, spelled as the deployed data has it (the names are
part of the contract: existing indices and keys must stay readable)."""

from __future__ import annotations

import fnmatch

from services.core.names import StackNames
from services.core.settings import Settings


def test_names_are_spelled_as_existing_data_has_them():
    n = Settings(index_prefix="desk").names
    assert (n.articles, n.claims) == ("desk-articles", "desk-claims")
    assert (n.articles_concrete, n.claims_concrete) == ("desk-articles-v2", "desk-claims-v2")  # -v{MAPPING_VERSION}
    assert n.queue == "desk.ingest" == Settings(index_prefix="desk").queue_name
    assert n.queue_key == "desk:desk.ingest"
    assert n.unacked_index_key == "desk:unacked_index"
    assert n.kombu_key_prefix == "desk:"
    assert n.worker_hostname() == "desk-worker@%h"
    assert n.worker_hostname("box") == "desk-worker@box"
    assert n.ledger_keys == (
        "desk:file:state", "desk:file:count", "desk:file:sha", "desk:file:article", "desk:failures",
        "desk:file:attempts", "desk:file:queued_at", "desk:retry", "desk:watcher:alive",
        "desk:metrics:counters", "desk:metrics:stage_sum", "desk:metrics:stage_count", "desk:metrics:stage_buckets",
        "desk:files", "desk:file:items", "desk:item:failures",
    )


def test_cleanup_patterns_cover_every_name_and_nothing_of_another_prefix():
    n, other = StackNames("desk"), StackNames("desk2")
    keys = [*n.ledger_keys, n.queue_key, n.unacked_index_key, f"{n.kombu_key_prefix}_kombu.binding.{n.queue}"]
    for key in keys:
        assert any(fnmatch.fnmatchcase(key, p) for p in n.redis_key_patterns), key
    for key in [*other.ledger_keys, other.queue_key, other.unacked_index_key]:
        assert not any(fnmatch.fnmatchcase(key, p) for p in n.redis_key_patterns), key
    for index in (n.articles, n.claims, n.articles_concrete, n.claims_concrete):
        assert fnmatch.fnmatchcase(index, n.index_pattern)
    assert not fnmatch.fnmatchcase(other.articles, n.index_pattern)
