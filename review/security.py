"""The review app's defences: where it may listen, who may use it, CSRF tokens, and the
headers that keep crawled content inert.

* It listens on 127.0.0.1 by default; any other address needs an access token (a
  password) the operator sets, or it refuses to start (`check_bind`).
* With a token, every page needs a session that entered it (`/login`).
* Every state-changing request (POST) carries the session's CSRF token (`check_csrf`).
* App pages may load only the app's own script and style (`APP_CSP`); stored pages are
  served under their own path with `STORED_CSP`: a sandbox, no script, no request.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

APP_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
STORED_CSP = (
    "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "form-action 'none'; base-uri 'none'; frame-ancestors 'self'"
)
COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cache-Control": "no-store",
}
MIN_TOKEN_LENGTH = 12
STORED_PREFIX = "/stored/"


class BindError(ValueError):
    """The app may not listen on this address as configured."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    """Refuse a non-loopback address without a token, and a token that is too short."""
    if token is not None and len(token) < MIN_TOKEN_LENGTH:
        raise BindError(f"the access token must have at least {MIN_TOKEN_LENGTH} characters")
    if not is_loopback(host) and not token:
        raise BindError(
            f"refusing to listen on {host}: anyone who can reach that address could read the "
            "crawled pages and change verdicts. Set an access token with --token (or the "
            "environment variable DIGIMETER_REVIEW_TOKEN), or listen on 127.0.0.1"
        )


def csrf_token(request: Request) -> str:
    """The session's CSRF token (made on first use)."""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return str(token)


def check_csrf(request: Request, form: Any) -> bool:
    expected = request.session.get("csrf", "")
    given = str(form.get("csrf", ""))
    return bool(expected) and hmac.compare_digest(expected, given)


def token_matches(expected: str, given: str) -> bool:
    return hmac.compare_digest(expected.encode(), given.encode())


async def security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """Add the CSP and the other headers; stored pages get the sandbox policy."""
    response = await call_next(request)
    stored = request.url.path.startswith(STORED_PREFIX)
    response.headers["Content-Security-Policy"] = STORED_CSP if stored else APP_CSP
    if not stored:
        response.headers["X-Frame-Options"] = "DENY"
    for name, value in COMMON_HEADERS.items():
        response.headers.setdefault(name, value)
    return response
