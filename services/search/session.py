"""The page's session when NEWSROOM_API_KEY is set: the user types the key once, the page
keeps a signed token in an HttpOnly, SameSite=Strict cookie (Secure over https) instead of
the key itself. The token is `issued.mac`, with mac = HMAC-SHA256(key, issued); it expires
after SESSION_SECONDS and dies with a new key. The API accepts it for safe (read) requests
only: a state-changing request needs the key itself, or, from the page, a CSRF token too."""

from __future__ import annotations

import hashlib
import hmac
import time

from starlette.requests import HTTPConnection

SESSION_COOKIE = "newsroom_session"
SESSION_SECONDS = 12 * 3600
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def _mac(key: str, message: str) -> str:
    return hmac.new(key.encode(), message.encode(), hashlib.sha256).hexdigest()


def make_token(key: str, now: float | None = None) -> str:
    issued = str(int(now if now is not None else time.time()))
    return f"{issued}.{_mac(key, 'session.' + issued)}"


def token_valid(key: str, token: str | None, now: float | None = None) -> bool:
    if not token or token.count(".") != 1:
        return False
    issued, mac = token.split(".")
    if not issued.isdigit() or not hmac.compare_digest(mac, _mac(key, "session." + issued)):
        return False
    age = (now if now is not None else time.time()) - int(issued)
    return 0 <= age <= SESSION_SECONDS


def has_session(conn: HTTPConnection, key: str) -> bool:
    return token_valid(key, conn.cookies.get(SESSION_COOKIE))


def cookie_secure(conn: HTTPConnection) -> bool:
    proto = conn.headers.get("x-forwarded-proto", conn.url.scheme)
    return proto.split(",")[0].strip() == "https"
