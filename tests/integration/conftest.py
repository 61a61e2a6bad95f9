"""Fixtures of the integration modules that search an indexed corpus through the API in-process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from services.core.settings import Settings
from services.search.app import create_app


@pytest.fixture(scope="module")
def client(api_settings: Settings) -> Iterator[TestClient]:
    """The API app in-process on the requesting module's own `api_settings` fixture (its corpus)."""
    with TestClient(create_app(api_settings)) as c:
        yield c
