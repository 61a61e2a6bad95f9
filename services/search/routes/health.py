"""Health: liveness and the state of Elasticsearch and Redis. Never behind the API key."""

from __future__ import annotations

from fastapi import APIRouter

from .. import service
from ..deps import EsDep, RedisDep
from ..schemas import Health

router = APIRouter()


@router.get("/health", summary="Liveness and dependencies; always 200 while the API answers")
async def health(es: EsDep, r: RedisDep) -> Health:
    return await service.health(es, r)
