"""A minimal client for the simulated web: one request through the proxy, no redirects followed.

For tests, checks and benchmarks (the crawler uses Scrapy). Standard library only.
"""

from __future__ import annotations

import http.client
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Fetched:
    status: int
    #: Header names in lower case.
    headers: dict[str, str]
    body: bytes

    def text(self) -> str:
        from digimeter.core.encoding import decode_body

        return decode_body(self.body, self.headers.get("content-type", ""))


def fetch(
    proxy: str,
    url: str,
    *,
    method: str = "GET",
    timeout: float = 30.0,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> Fetched:
    """Send `method url` to the forward proxy at `proxy` (http://127.0.0.1:PORT)."""
    parts = urlsplit(proxy)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=timeout)
    try:
        conn.request(method, url, body=body, headers=headers or {})
        response = conn.getresponse()
        data = response.read()
        return Fetched(response.status, {k.lower(): v for k, v in response.getheaders()}, data)
    finally:
        conn.close()


def fetch_following(
    proxy: str, url: str, *, max_redirects: int = 10, timeout: float = 30.0, retries: int = 1
) -> tuple[Fetched, list[str]]:
    """Fetch `url`, following redirects and retrying a 503; return the last answer and chain."""
    from urllib.parse import urljoin

    chain = [url]
    for _ in range(max_redirects + 1):
        answer = fetch(proxy, chain[-1], timeout=timeout)
        attempts = 0
        while answer.status == 503 and attempts < retries:
            attempts += 1
            answer = fetch(proxy, chain[-1], timeout=timeout)
        location = answer.headers.get("location")
        if not (300 <= answer.status < 400 and location):
            return answer, chain
        chain.append(urljoin(chain[-1], location))
    return answer, chain
