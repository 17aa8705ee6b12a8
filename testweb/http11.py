"""A small HTTP/1.1 reader and writer over asyncio streams (what the proxy server speaks).

Enough of RFC 9112 for crawlers and browsers talking to a forward proxy: request line
with an absolute URI (proxy form) or a path (origin form) plus `Host`, headers, a body by
`Content-Length` or chunked, persistent connections, and `HEAD`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from http import HTTPStatus

MAX_HEAD = 64 * 1024
MAX_BODY = 8 * 1024 * 1024
STREAM_CHUNK = 256 * 1024


class BadRequest(Exception):
    """The client sent something that is not HTTP/1.x; answered with 400 and closed."""


@dataclass(frozen=True)
class Request:
    method: str
    target: str
    version: str
    #: Header names in lower case; a repeated header keeps its last value.
    headers: dict[str, str]
    body: bytes = b""

    @property
    def keep_alive(self) -> bool:
        tokens = ",".join(
            self.headers.get(name, "") for name in ("connection", "proxy-connection")
        ).lower()
        if "close" in tokens:
            return False
        return self.version == "HTTP/1.1" or "keep-alive" in tokens


@dataclass
class Response:
    """A response to write: a fixed body, or a stream of `length` bytes."""

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    stream: AsyncGenerator[bytes, None] | None = None
    length: int | None = None
    #: Seconds to wait before answering (a slow page).
    delay: float = 0.0
    #: Close the connection after this response.
    close: bool = False


async def read_request(reader: asyncio.StreamReader) -> Request | None:
    """Read one request; None when the client closed the connection between requests."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if not exc.partial.strip():
            return None
        raise BadRequest("connection closed in the middle of the request head") from exc
    except asyncio.LimitOverrunError as exc:
        raise BadRequest(f"request head longer than {MAX_HEAD} bytes") from exc
    lines = head.decode("latin-1").split("\r\n")
    while lines and not lines[0]:
        lines.pop(0)  # tolerate stray CRLF between requests
    parts = lines[0].split(" ") if lines else []
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise BadRequest(f"not an HTTP/1.x request line: {lines[0][:80] if lines else ''!r}")
    method, target, version = parts
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep or not name.strip():
            raise BadRequest(f"malformed header line: {line[:80]!r}")
        headers[name.strip().lower()] = value.strip()
    body = await _read_body(reader, headers)
    return Request(method.upper(), target, version, headers, body)


async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str]) -> bytes:
    if "chunked" in headers.get("transfer-encoding", "").lower():
        chunks: list[bytes] = []
        total = 0
        while True:
            size_line = await reader.readuntil(b"\r\n")
            try:
                size = int(size_line.split(b";")[0].strip(), 16)
            except ValueError as exc:
                raise BadRequest(f"bad chunk size {size_line[:20]!r}") from exc
            if size == 0:
                while (await reader.readuntil(b"\r\n")) != b"\r\n":
                    pass  # trailers
                return b"".join(chunks)
            total += size
            if total > MAX_BODY:
                raise BadRequest(f"request body over {MAX_BODY} bytes")
            chunks.append(await reader.readexactly(size))
            await reader.readexactly(2)
    length_text = headers.get("content-length", "0") or "0"
    try:
        length = int(length_text)
    except ValueError as exc:
        raise BadRequest(f"bad Content-Length {length_text!r}") from exc
    if length < 0 or length > MAX_BODY:
        raise BadRequest(f"Content-Length {length} out of range (0-{MAX_BODY})")
    return await reader.readexactly(length) if length else b""


async def write_response(
    writer: asyncio.StreamWriter, response: Response, *, head_only: bool, keep_alive: bool
) -> None:
    """Write the status line, headers and body (streamed in chunks when it is a stream)."""
    reason = (
        HTTPStatus(response.status).phrase
        if response.status in HTTPStatus._value2member_map_
        else ""
    )
    length = response.length if response.stream is not None else len(response.body)
    lines = [f"HTTP/1.1 {response.status} {reason}"]
    lines += [f"{name}: {value}" for name, value in response.headers]
    lines.append(f"Content-Length: {length}")
    lines.append("Server: digimeter-testweb")
    lines.append("Connection: " + ("keep-alive" if keep_alive else "close"))
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
    if head_only:
        if response.stream is not None:
            await response.stream.aclose()
    elif response.stream is not None:
        async for chunk in response.stream:
            writer.write(chunk)
            await writer.drain()
    else:
        writer.write(response.body)
    await writer.drain()
