"""Errors become 4xx/503 answers that say what to change; never a 500 for bad input."""

from __future__ import annotations

import logging

import redis
from elasticsearch import ApiError, TransportError
from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

from .queries import BadQuery

log = logging.getLogger("newsroom.api")


def _error(code: int, detail: str) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=code)


def _es_reason(exc: ApiError) -> str:
    body = exc.body if isinstance(exc.body, dict) else {}
    err = body.get("error") if isinstance(body.get("error"), dict) else {}
    causes = err.get("root_cause") or []
    reason = (causes[0].get("reason") if causes and isinstance(causes[0], dict) else None) or err.get("reason")
    return str(reason or exc.message)


def install(app: FastAPI) -> None:
    @app.exception_handler(BadQuery)
    async def bad_query(_: Request, exc: BadQuery) -> JSONResponse:
        return _error(status.HTTP_400_BAD_REQUEST, str(exc))

    @app.exception_handler(ApiError)
    async def es_api_error(_: Request, exc: ApiError) -> JSONResponse:
        if exc.meta.status == 400:
            return _error(
                status.HTTP_400_BAD_REQUEST,
                f"Elasticsearch cannot run this query: {_es_reason(exc)}. Simplify q or the filters.",
            )
        log.warning("Elasticsearch error %s: %s", exc.meta.status, _es_reason(exc))
        return _error(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            f"Elasticsearch answered {exc.meta.status} ({_es_reason(exc)}); try again shortly",
        )

    @app.exception_handler(TransportError)
    async def es_unreachable(_: Request, exc: TransportError) -> JSONResponse:
        log.warning("Elasticsearch unreachable: %s", exc)
        return _error(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "Elasticsearch is not reachable; check NEWSROOM_ELASTICSEARCH_URL and that it runs "
            "(`make services`)",
        )

    @app.exception_handler(redis.RedisError)
    async def redis_unreachable(_: Request, exc: redis.RedisError) -> JSONResponse:
        log.warning("Redis error: %s", exc)
        return _error(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "Redis is not reachable; check NEWSROOM_REDIS_URL and that it runs (`make services`)",
        )
