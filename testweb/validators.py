"""Conditional requests on the simulated web: validators for files, and `304 Not Modified`.

Every 200 response with a body gets a strong `ETag` (a hash of its bytes), and a static
file also `Last-Modified` (its modification time), as real web servers and CMSs send them.
A GET or HEAD whose `If-None-Match` names the current ETag, or (without `If-None-Match`)
whose `If-Modified-Since` is not older than the file, is answered `304` with the
validators and no body (RFC 9110 section 13).
"""

from __future__ import annotations

import hashlib
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path

from testweb.http11 import Response


def etag_of(data: bytes) -> str:
    return '"' + hashlib.sha1(data).hexdigest()[:20] + '"'


def last_modified_of(path: Path) -> str:
    return formatdate(int(path.stat().st_mtime), usegmt=True)


def _header(response: Response, name: str) -> str:
    for key, value in response.headers:
        if key.lower() == name:
            return value
    return ""


def conditional(method: str, request_headers: dict[str, str], response: Response) -> Response:
    """The response with its ETag, or the 304 for a conditional GET/HEAD whose
    representation did not change."""
    if response.status != 200 or response.stream is not None:
        return response
    response.headers.append(("ETag", etag_of(response.body)))
    return _not_modified(method, request_headers, response) or response


def _not_modified(
    method: str, request_headers: dict[str, str], response: Response
) -> Response | None:
    if method not in ("GET", "HEAD"):
        return None
    etag = _header(response, "etag")
    modified = _header(response, "last-modified")
    if_none_match = request_headers.get("if-none-match", "")
    if if_none_match:
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        if not etag or not ({etag, "*"} & tags):
            return None
    elif modified and request_headers.get("if-modified-since"):
        try:
            since = parsedate_to_datetime(request_headers["if-modified-since"])
            if parsedate_to_datetime(modified) > since:
                return None
        except (TypeError, ValueError):
            return None
    else:
        return None
    headers = [(k, v) for k, v in response.headers if k.lower() in ("etag", "last-modified")]
    return Response(304, headers, b"", delay=response.delay)
