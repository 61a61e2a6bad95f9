"""The search page for people (GET /): templates, our own script and styles, Swagger UI
for /docs, all served from this package (nothing from a CDN), with security headers and
cross-site protection (security.py). `install` adds it to the API app."""

from __future__ import annotations

import secrets
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from .pages import router
from .security import SecurityMiddleware

STATIC = Path(__file__).parent / "static"


PAGE_PREFIXES = ("/ui/", "/static/", "/article/", "/docs")


class PageGZip:
    """gzip for the page's HTML and files only (the facet lists repeat a lot of URL); the
    JSON API stays as it was."""

    def __init__(self, app: ASGIApp) -> None:
        self.app, self.gzip = app, GZipMiddleware(app, minimum_size=1000)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        target = self.gzip if path == "/" or path.startswith(PAGE_PREFIXES) else self.app
        await target(scope, receive, send)


def install(app: FastAPI) -> None:
    app.state.page_secret = secrets.token_hex(32)  # CSRF tokens when no API key is set
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(router)
    app.add_middleware(PageGZip)
    app.add_middleware(SecurityMiddleware)
