"""Checks made before a run writes anything: can the output be written, does the proxy (and
Redis) answer. Each failure is a `BadInput` that says what, where and what to do."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from digimeter.errors import BadInput

TIMEOUT = 5.0
#: a host that cannot exist (RFC 2606): asking the proxy for it reaches nobody else
PROBE_HOST = "digimeter-preflight.invalid"


def _error(message: str, hint: str) -> BadInput:
    error = BadInput(message)
    error.hint = hint
    return error


def check_writable(folder: Path) -> None:
    """`folder`, or the nearest existing folder above it, accepts a new file (a probe file
    is made and removed, so nothing is left behind)."""
    probe = Path(folder).absolute()
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    hint = "choose another --output"
    if not probe.is_dir():
        raise _error(f"{folder}: cannot create the folder: {probe} is a file", hint)
    try:
        fd, name = tempfile.mkstemp(dir=probe, prefix=".digimeter-preflight-")
    except OSError as exc:
        raise _error(f"{folder}: the output folder is not writable ({exc.strerror})", hint) from exc
    os.close(fd)
    os.unlink(name)


def check_proxy(proxy: str, timeout: float = TIMEOUT) -> None:
    """The HTTP proxy accepts a connection and answers a request with an HTTP response."""
    parts = urlsplit(proxy)
    host, port = parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)
    hint = "start the proxy (a simulated web: `digimeter testweb serve --root WEB`) or fix --proxy"
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.settimeout(timeout)
            sock.sendall(
                f"HEAD http://{PROBE_HOST}/ HTTP/1.1\r\nHost: {PROBE_HOST}\r\n"
                "Connection: close\r\n\r\n".encode("ascii")
            )
            answer = sock.recv(16)
    except OSError as exc:
        reason = exc.strerror or str(exc) or type(exc).__name__
        raise _error(f"the proxy {proxy} does not answer ({reason})", hint) from exc
    if not answer.startswith(b"HTTP/"):
        raise _error(f"the proxy {proxy} does not answer like an HTTP proxy", hint)


def check_redis(url: str, timeout: float = TIMEOUT) -> None:
    """The Redis server of a shared crawl answers a PING."""
    import redis

    try:
        server = redis.Redis.from_url(url, socket_connect_timeout=timeout, socket_timeout=timeout)
        server.ping()
        server.close()
    except (redis.RedisError, ValueError) as exc:
        raise _error(
            f"the Redis server {url} does not answer ({exc})", "start it or fix --redis"
        ) from exc
