"""Every error -> its HTTP answer, in one place: the API's named errors (errors.py) and those
of the Elasticsearch and Redis clients. Bad input gets a 4xx that says what to change, an
unreachable backend a 503; never a 500 for either."""

from __future__ import annotations

import logging

import redis
from elasticsearch import ApiError, TransportError
from fastapi import FastAPI, Request, status
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from .errors import ApiKeyRejected, ArticleNotFound, BadQuery, PageBeyondWindow, ResourceNotFound
from .schemas import ErrorResponse

log = logging.getLogger("newsroom.api")

# How the errors below are documented in OpenAPI.
ERROR_RESPONSES = {
    400: {"model": ErrorResponse, "description": "The query cannot be parsed; the message says why"},
    401: {"model": ErrorResponse, "description": "API key missing or wrong (when one is set)"},
    503: {"model": ErrorResponse, "description": "Elasticsearch or Redis is not reachable"},
}
NOT_FOUND = {404: {"model": ErrorResponse, "description": "No article with this id"}}


def _error(code: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=code, headers=headers)


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

    @app.exception_handler(PageBeyondWindow)
    async def page_beyond_window(request: Request, exc: PageBeyondWindow) -> JSONResponse:
        # The same 422 as any out-of-range parameter, naming `page`.
        return await request_validation_exception_handler(request, RequestValidationError([{
            "type": "value_error", "loc": ("query", "page"), "msg": str(exc), "input": exc.page,
        }]))

    @app.exception_handler(ApiKeyRejected)
    async def api_key_rejected(_: Request, exc: ApiKeyRejected) -> JSONResponse:
        return _error(status.HTTP_401_UNAUTHORIZED, str(exc), headers={"WWW-Authenticate": "X-API-Key"})

    @app.exception_handler(ArticleNotFound)
    async def article_not_found(_: Request, exc: ArticleNotFound) -> JSONResponse:
        return _error(status.HTTP_404_NOT_FOUND, str(exc))

    @app.exception_handler(ResourceNotFound)
    async def resource_not_found(_: Request, exc: ResourceNotFound) -> JSONResponse:
        return _error(status.HTTP_404_NOT_FOUND, str(exc))

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
