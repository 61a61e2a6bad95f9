"""The search page for people (GET /): templates, our own script and styles, Swagger UI
for /docs, all served from this package (nothing from a CDN), with security headers and
cross-site protection (security.py). `install` adds it to the API app."""

from __future__ import annotations

import secrets
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .pages import router
from .security import SecurityMiddleware

STATIC = Path(__file__).parent / "static"


def install(app: FastAPI) -> None:
    app.state.page_secret = secrets.token_hex(32)  # CSRF tokens when no API key is set
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(router)
    app.add_middleware(SecurityMiddleware)
