"""The FastAPI app: one router per resource (routes/), errors mapped to HTTP in one place
(error_handlers.py), clients opened once for the app's life (deps.py). OpenAPI at /docs and
/openapi.json."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from services.core import __version__
from services.core.index import ensure_indices
from services.core.settings import Settings
from services.core.settings import get_settings as load_settings

from . import error_handlers, web
from .deps import Resources, require_api_key
from .routes import alerts, articles, claims, entities, health, ingest, metrics

# Behind the API key when one is set, in this order in the OpenAPI document.
GUARDED_ROUTERS = [articles.router, claims.router, entities.router, alerts.router, ingest.router, metrics.router]


def _prepare_indices(settings: Settings) -> None:
    """Create the indices before serving, so a fresh stack answers with empty results rather
    than with a 503 while the first article's write creates them."""
    from elasticsearch import Elasticsearch

    try:
        with Elasticsearch(settings.elasticsearch_hosts, request_timeout=10) as es:
            ensure_indices(es, settings)
    except Exception as exc:  # ES away: the API still starts and reports itself degraded
        logging.getLogger("newsroom.api").warning("could not prepare the indices: %s", exc)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.resources = Resources.open(settings)
        await asyncio.to_thread(_prepare_indices, settings)
        try:
            yield
        finally:
            await app.state.resources.close()

    app = FastAPI(
        title="newsroom",
        version=__version__,
        description="Search news articles, the people, organisations and places they name, "
                    "and the claims they report.",
        lifespan=lifespan,
        docs_url=None,  # served by web/ with local Swagger UI files: no CDN
        redoc_url=None,
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET"],
            allow_headers=["X-API-Key"],
        )
    error_handlers.install(app)

    app.include_router(health.router)
    # The key check is added only when a key is set, so the OpenAPI document shows the
    # security scheme only when it is enforced.
    guarded = [Depends(require_api_key)] if settings.api_key else []
    for router in GUARDED_ROUTERS:
        app.include_router(router, dependencies=guarded)
    web.install(app)  # the search page at /, /docs; asks for the key itself when one is set
    return app
