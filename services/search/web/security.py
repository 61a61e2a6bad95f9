"""Headers on every response, and cross-site protection of state-changing requests.

- Content-Security-Policy without inline scripts or styles (the page's own files only),
  frame-ancestors 'none'; /docs also allows inline styles, which Swagger UI sets.
- A POST, PUT, PATCH or DELETE that a browser marks as cross-site (Sec-Fetch-Site) or whose
  Origin is another site is refused with 403 before any route runs: no other site can make a
  visitor's browser retry the ingest or change alerts. Clients that send neither header
  (curl, scripts) are not affected.
- The page's own forms also carry a CSRF token: HMAC(secret, csrf cookie), double-submit."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from urllib.parse import urlsplit

import orjson
from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..session import SAFE_METHODS

CSRF_COOKIE = "newsroom_csrf"

PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
DOCS_CSP = PAGE_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")

_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


def _cross_site(conn: HTTPConnection) -> bool:
    """Sec-Fetch-Site where the browser sends it (a script cannot set it); otherwise the
    Origin against the host the request was sent to (behind a proxy: X-Forwarded-Host)."""
    site = conn.headers.get("sec-fetch-site")
    if site:
        return site in ("cross-site", "same-site")
    origin = conn.headers.get("origin")
    if origin is None:
        return False  # not a browser's cross-site request: curl, scripts, old clients
    hosts = {conn.headers.get("host", ""), *(h.strip() for h in conn.headers.get("x-forwarded-host", "").split(","))}
    return origin == "null" or urlsplit(origin).netloc not in hosts - {""}


class SecurityMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        conn = HTTPConnection(scope)
        if scope["method"] not in SAFE_METHODS and _cross_site(conn):
            body = orjson.dumps({"detail": "cross-site request refused: send it from this site's "
                                           "own page, or without a browser"})
            await send({"type": "http.response.start", "status": 403, "headers": [
                (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                *_HEADERS, (b"content-security-policy", PAGE_CSP.encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        csp = (DOCS_CSP if scope["path"].startswith("/docs") else PAGE_CSP).encode()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers.extend(h for h in _HEADERS if h[0] not in present)
                if b"content-security-policy" not in present:
                    headers.append((b"content-security-policy", csp))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def csrf_token(secret: str, cookie: str) -> str:
    return hmac.new(secret.encode(), ("csrf." + cookie).encode(), hashlib.sha256).hexdigest()


def new_csrf_cookie() -> str:
    return secrets.token_hex(16)


def csrf_ok(conn: HTTPConnection, secret: str, token: str | None) -> bool:
    cookie = conn.cookies.get(CSRF_COOKIE)
    return bool(cookie and token and hmac.compare_digest(token, csrf_token(secret, cookie)))
