"""`newsroom api`: serve the app with uvicorn."""

from __future__ import annotations

import uvicorn

from services.core.settings import get_settings

from .app import create_app


def run_api(host: str | None = None, port: int | None = None) -> None:
    settings = get_settings()
    uvicorn.run(
        create_app(settings),
        host=host or settings.api_host,
        port=port or settings.api_port,
        log_level="info",
        access_log=False,
        proxy_headers=False,
    )
