"""Checks made before a run writes anything: can the output be written, does the proxy (and
Redis) answer. Each failure is a `BadInput` that says what, where and what to do."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from digimeter.core.errors import BadInput

TIMEOUT = 5.0


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
    """Something accepts connections at the proxy's address (no request is sent: nothing
    reaches any site, not even a probe)."""
    parts = urlsplit(proxy)
    host, port = parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as exc:
        reason = exc.strerror or str(exc) or type(exc).__name__
        raise _error(
            f"the proxy {proxy} does not answer ({reason})",
            "start the proxy (a simulated web: `digimeter testweb serve --root WEB`) or fix "
            "--proxy",
        ) from exc


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
