"""schemathesis against the live API process's /openapi.json: no 5xx, answers that conform
to the documented schema. Bounded: a few dozen examples per operation."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ignored_auth,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from services.core.index import ensure_indices
from services.core.settings import Settings
from services.search.app import create_app
from tests.harness import ServiceProcess, drop_prefix, index_articles, settings_env, unique_prefix, wait_until
from tests.integration.test_search_api import free_port, generate

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]

# The live process runs with a key, so schemathesis also checks that a wrong key gets a 401.
API_KEY = "fuzz-key"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    ignored_auth,
]


@pytest.fixture(scope="module")
def live_api(es_client, redis_client, tmp_path_factory) -> Iterator[str]:
    api_settings = Settings(index_prefix=unique_prefix("fuzz"), api_key=API_KEY)
    names = ensure_indices(es_client, api_settings)
    index_articles(es_client, names, generate(40, seed=7))
    port = free_port()
    proc = ServiceProcess("api-fuzz", ["api"], settings_env(api_settings, NEWSROOM_API_PORT=str(port), NEWSROOM_API_KEY=API_KEY),
                          tmp_path_factory.mktemp("fuzz"))
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return httpx.get(f"{base}/health", timeout=1).status_code == 200
        except httpx.HTTPError:
            return not proc.alive()

    try:
        wait_until(up, timeout=30, what="API process")
        assert proc.alive(), proc.log()
        yield base
    finally:
        proc.stop()
        drop_prefix(es_client, redis_client, api_settings.index_prefix)


# The schema the app serves, built without I/O (no client is made before the lifespan runs);
# requests go to the live process. (schemathesis.pytest.from_fixture fails on pytest 9:
# it sets request.node._nodeid, which pytest 9 no longer has.)
schema = schemathesis.openapi.from_dict(create_app(Settings(api_key=API_KEY)).openapi())


def test_served_schema_is_the_one_fuzzed(live_api):
    served = httpx.get(f"{live_api}/openapi.json", headers={"X-API-Key": API_KEY}).json()
    assert served == schema.raw_schema


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi(case, live_api):
    # No 5xx, documented status codes, content types, headers and bodies, and a 401 for a
    # wrong key. Not the acceptance/rejection checks: a schema-valid q that cannot be parsed
    # (an unclosed quote) gets the documented 400 by design, and "invalid" values such as a
    # repeated q have no distinct form in a query string.
    case.call_and_validate(base_url=live_api, headers={"X-API-Key": API_KEY}, checks=CHECKS)
