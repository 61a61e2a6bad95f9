"""What routes depend on: settings, the Elasticsearch client, Redis, the ingest ledger, index
names, and the optional API key. Clients live on app.state, made once in the app's lifespan;
routes take them through the `...Dep` aliases at the end."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Annotated

import redis
from elasticsearch import AsyncElasticsearch, OrjsonSerializer
from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader, APIKeyQuery

from services.core.ledger import IngestLedger
from services.core.names import StackNames
from services.core.settings import Settings

from .errors import ApiKeyRejected
from .session import SAFE_METHODS, has_session


@dataclass
class Resources:
    settings: Settings
    es: AsyncElasticsearch
    redis: redis.Redis
    ledger: IngestLedger
    names: StackNames

    @classmethod
    def open(cls, settings: Settings) -> Resources:
        es = AsyncElasticsearch(
            settings.elasticsearch_hosts, request_timeout=10, max_retries=1, retry_on_timeout=False,
            serializer=OrjsonSerializer(),  # responses with highlights and facets decode faster
        )
        r = redis.Redis.from_url(
            settings.redis_url, decode_responses=True, socket_connect_timeout=2, socket_timeout=5
        )
        return cls(settings, es, r, IngestLedger(settings, r), settings.names)

    async def close(self) -> None:
        await self.es.close()
        self.redis.close()


def resources(request: Request) -> Resources:
    return request.app.state.resources


ResourcesDep = Annotated[Resources, Depends(resources)]


def get_settings(res: ResourcesDep) -> Settings:
    return res.settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_es(res: ResourcesDep) -> AsyncElasticsearch:
    return res.es


def get_ledger(res: ResourcesDep) -> IngestLedger:
    return res.ledger


def get_names(res: ResourcesDep) -> StackNames:
    return res.names


def get_redis(res: ResourcesDep) -> redis.Redis:
    return res.redis


_key_header = APIKeyHeader(
    name="X-API-Key", auto_error=False, description="API key, when the server sets NEWSROOM_API_KEY"
)
_key_query = APIKeyQuery(
    name="api_key", auto_error=False, description="API key as a query parameter (same as X-API-Key)"
)


def require_api_key(
    request: Request,
    settings: SettingsDep,
    header_key: str | None = Security(_key_header),
    query_key: str | None = Security(_key_query),
) -> None:
    expected = settings.api_key
    if not expected:
        return
    given = header_key or query_key
    if not given and request.method in SAFE_METHODS and has_session(request, expected):
        return  # the search page's session cookie (session.py): reads only
    if not given or not secrets.compare_digest(given.encode(), expected.encode()):
        raise ApiKeyRejected()


EsDep = Annotated[AsyncElasticsearch, Depends(get_es)]
RedisDep = Annotated[redis.Redis, Depends(get_redis)]
LedgerDep = Annotated[IngestLedger, Depends(get_ledger)]
NamesDep = Annotated[StackNames, Depends(get_names)]
