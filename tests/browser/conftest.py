"""A real stack for the browser tests, once per session: the seeds dropped into a watched
inbox and read by real watcher and worker processes, a generated corpus indexed alongside
(the same generator and documents as tests/integration/test_search_api.py), and two API
processes on that index: one open, one with NEWSROOM_API_KEY set. Debian's chromium, driven
by Playwright; under CI=true a missing browser fails the run instead of skipping it.

Every request a page makes is recorded; a test fails if one went anywhere but 127.0.0.1
(and such a request is aborted, so an offline machine behaves the same)."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from services.core.index import ensure_indices
from services.core.settings import Settings
from tests.conftest import IN_CI, ROOT, ServiceProcess, drop_prefix, settings_env, unique_prefix, wait_until
from tests.harness import free_port, index_articles

CHROMIUM = os.environ.get("NEWSROOM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
API_KEY = "browser-test-key-4f1c"
SCREENSHOTS = ROOT / "docs" / "screenshots"
SEEDS = sorted((ROOT / "seeds").glob("*"))
N_GENERATED = 160


def _missing(what: str) -> None:
    if IN_CI:
        pytest.fail(f"{what} (CI=true: the browser tests must run)", pytrace=False)
    pytest.skip(what)


@dataclass
class Site:
    settings: Settings
    url: str  # the open API
    key_url: str  # the same index behind NEWSROOM_API_KEY
    api: httpx.Client
    procs: dict[str, ServiceProcess] = field(default_factory=dict)

    def get(self, path: str, **params) -> dict:
        r = self.api.get(path, params=params)
        assert r.status_code == 200, (path, params, r.status_code, r.text)
        return r.json()


@pytest.fixture(scope="session")
def site(es_client, redis_client, tmp_path_factory) -> Iterator[Site]:
    from tests.integration.test_search_api import generate

    tmp = tmp_path_factory.mktemp("browser")
    settings = Settings(index_prefix=unique_prefix("web"), inbox_dir=tmp / "inbox", api_port=free_port(),
                        refresh_interval="200ms")
    settings.inbox_dir.mkdir()
    names = ensure_indices(es_client, settings)
    index_articles(es_client, names, generate(N_GENERATED, 4242))

    env = settings_env(settings, NEWSROOM_RESCAN_SECONDS="2", NEWSROOM_SETTLE_SECONDS="0.3")
    key_port = free_port()
    procs = {
        "worker": ServiceProcess("worker", ["worker"], env, tmp),
        "watcher": ServiceProcess("watcher", ["watch"], env, tmp),
        "api": ServiceProcess("api", ["api"], env, tmp),
        "api-key": ServiceProcess("api-key", ["api"], {**env, "NEWSROOM_API_PORT": str(key_port),
                                                       "NEWSROOM_API_KEY": API_KEY}, tmp),
    }
    s = Site(settings, f"http://127.0.0.1:{settings.api_port}", f"http://127.0.0.1:{key_port}",
             httpx.Client(base_url=f"http://127.0.0.1:{settings.api_port}", timeout=20), procs)
    try:
        def up() -> bool:
            dead = [n for n, p in procs.items() if not p.alive()]
            assert not dead, "\n".join(f"--- {n}\n{procs[n].log()[-3000:]}" for n in dead)
            try:
                return all(httpx.get(u + "/health", timeout=2).status_code == 200 for u in (s.url, s.key_url))
            except httpx.HTTPError:
                return False

        wait_until(up, 60, 0.2, "both APIs to answer")
        for seed in SEEDS:
            shutil.copy(seed, settings.inbox_dir / seed.name)
        wait_until(lambda: s.get("/ingest/status")["indexed"] >= len(SEEDS), 150, 0.3,
                   "the seeds to be indexed")
        es_client.indices.refresh(index=names.articles)
        yield s
    finally:
        for p in procs.values():
            p.stop()
        s.api.close()
        drop_prefix(es_client, redis_client, settings.index_prefix)


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed (pip install -e '.[dev]')")
    if not Path(CHROMIUM).exists():
        _missing(f"no chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Recorder:
    """Every URL the page asked for; anything not on 127.0.0.1 is aborted and remembered."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def foreign(self) -> list[str]:
        return [u for u in self.urls if urlsplit(u).hostname != "127.0.0.1" and not u.startswith("data:")]


def _context(browser, base_url: str, **kwargs):
    rec = Recorder()
    ctx = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 860},
                              accept_downloads=True, **kwargs)
    ctx.on("request", lambda r: rec.urls.append(r.url))

    def guard(route):
        host = urlsplit(route.request.url).hostname
        if host == "127.0.0.1" or route.request.url.startswith("data:"):
            route.continue_()
        else:
            route.abort()

    ctx.route("**/*", guard)
    ctx.set_default_timeout(15_000)
    return ctx, rec


@pytest.fixture
def page(browser, site):
    ctx, rec = _context(browser, site.url)
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    ctx.close()
    assert not rec.foreign(), f"requests left 127.0.0.1: {rec.foreign()}"
    assert not errors, f"script errors on the page: {errors}"
    assert rec.urls, "the page made no request at all"


@pytest.fixture
def make_context(browser):
    made = []

    def make(base_url: str, **kwargs):
        ctx, rec = _context(browser, base_url, **kwargs)
        made.append((ctx, rec))
        return ctx, rec

    yield make
    for ctx, rec in made:
        ctx.close()
        assert not rec.foreign(), f"requests left 127.0.0.1: {rec.foreign()}"


def screenshot(pg, name: str) -> None:
    """A PNG for the README, at 1100x720, reduced to a 64-colour palette to stay small."""
    from PIL import Image

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    size = pg.viewport_size
    pg.set_viewport_size({"width": 1100, "height": 720})
    pg.evaluate("window.scrollTo(0, 0)")
    raw = pg.screenshot(full_page=False)
    pg.set_viewport_size(size)
    img = Image.open(io.BytesIO(raw)).convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT)
    img.save(SCREENSHOTS / f"{name}.png", optimize=True)
