"""Every name derived from INDEX_PREFIX, in one place: Elasticsearch indices and aliases, Redis
keys (the ledger's and kombu's), the Celery queue, the worker's hostname, and the patterns a
reset or a test cleanup deletes.

Two stacks with different prefixes share one Redis and one Elasticsearch without seeing each
other. The names are part of the public contract (existing data must stay readable): change
where a name is built, never what it is."""

from __future__ import annotations

# Bumped when the mapping (services/core/index.py) changes incompatibly: a new concrete index
# behind the same alias, filled by `newsroom reindex`. 1: standard analyzer only;
# 2: newsroom_text (possessives, accents, KStem) with exact subfields.
MAPPING_VERSION = 2


class StackNames:
    """The names of one stack, from its prefix (`Settings.names` builds it)."""

    def __init__(self, prefix: str) -> None:
        p = self.prefix = prefix
        # Elasticsearch: aliases the services read and write, the concrete index behind each.
        self.articles = f"{p}-articles"
        self.claims = f"{p}-claims"
        self.articles_concrete = f"{self.articles}-v{MAPPING_VERSION}"
        self.claims_concrete = f"{self.claims}-v{MAPPING_VERSION}"
        # Saved searches (alerts) and the matches recorded for them after each batch.
        self.alerts = f"{p}-alerts"
        self.alert_matches = f"{p}-alert-matches"
        self.alerts_concrete = f"{self.alerts}-v{MAPPING_VERSION}"
        self.alert_matches_concrete = f"{self.alert_matches}-v{MAPPING_VERSION}"
        self.index_pattern = f"{p}-*"  # every index of this stack
        # Celery and kombu.
        self.celery_app = p
        self.queue = f"{p}.ingest"
        self.kombu_key_prefix = f"{p}:"  # kombu's global_keyprefix: before every key it writes
        self.queue_key = f"{self.kombu_key_prefix}{self.queue}"  # the list of waiting tasks
        # kombu's sorted set of delivered, unacknowledged tasks (score: last sign of life)
        self.unacked_index_key = f"{self.kombu_key_prefix}unacked_index"
        self.worker_name = f"{p}-worker"
        # The ledger (services/core/ledger.py). One hash, path -> packed record (state, sha256,
        # stat fingerprint, queued_at, article: services/core/filerecord.py).
        self.files = f"{p}:files"
        self.file_count = f"{p}:file:count"
        # Before the packed record (kept so `IngestLedger.migrate` reads and then deletes them).
        self.file_state = f"{p}:file:state"
        self.file_sha = f"{p}:file:sha"
        self.file_article = f"{p}:file:article"
        self.failures = f"{p}:failures"
        # Many-article files (feeds, JSON Lines, email): per path, its items' article ids by
        # position, and the items that failed while the rest were indexed.
        self.file_items = f"{p}:file:items"
        self.item_failures = f"{p}:item:failures"
        self.file_attempts = f"{p}:file:attempts"
        self.file_queued_at = f"{p}:file:queued_at"  # before the packed record
        self.retry_requests = f"{p}:retry"  # paths the watcher should queue again
        self.watcher_alive = f"{p}:watcher:alive"
        self.metric_counters = f"{p}:metrics:counters"
        self.stage_sum = f"{p}:metrics:stage_sum"
        self.stage_count = f"{p}:metrics:stage_count"
        self.stage_buckets = f"{p}:metrics:stage_buckets"
        # Stories (services/extract/stories.py): MinHash LSH bands, signatures, story of each
        # article, and the lock that makes "first seen is the original" hold across workers.
        self.story_band = f"{p}:story:band"  # + ":{band}:{hash}" -> set of article ids
        self.story_sig = f"{p}:story:sig"
        self.story_of = f"{p}:story:of"
        self.story_lock = f"{p}:story:lock"
        self.claim_key_group = f"{p}:claimgroup:key"  # exact claim key -> its group
        # Bumped by the API after each alert create/delete: the worker re-reads the saved
        # searches only when it changes (services/extract/alerts.py).
        self.alerts_version = f"{p}:alerts:version"

    @property
    def ledger_keys(self) -> tuple[str, ...]:
        """Every key the ledger writes (what `IngestLedger.reset` deletes)."""
        return (
            self.file_state, self.file_count, self.file_sha, self.file_article, self.failures,
            self.file_attempts, self.file_queued_at, self.retry_requests, self.watcher_alive,
            self.metric_counters, self.stage_sum, self.stage_count, self.stage_buckets, self.files,
            self.file_items, self.item_failures,
        )

    @property
    def legacy_file_keys(self) -> tuple[str, ...]:
        """The per-field hashes the packed `files` record replaced (state, sha, article, queued_at)."""
        return (self.file_state, self.file_sha, self.file_article, self.file_queued_at)

    @property
    def redis_key_patterns(self) -> tuple[str, ...]:
        """SCAN patterns matching every Redis key of this stack: the ledger's and kombu's
        (`prefix:*`) and any key named after the queue (`prefix.*`)."""
        return (f"{self.prefix}:*", f"{self.prefix}.*")

    def worker_hostname(self, host: str = "%h") -> str:
        """The Celery node name of this stack's worker (`%h`: Celery fills in the host)."""
        return f"{self.worker_name}@{host}"

    def __repr__(self) -> str:
        return f"StackNames({self.prefix!r})"
