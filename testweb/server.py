"""The simulated web's HTTP server: a forward proxy and Host-header server on 127.0.0.1.

    python -m testweb serve --root DIR [--port 0]     # prints "proxy http://127.0.0.1:PORT"

Clients reach it as a forward proxy (`GET http://www.x.test/path HTTP/1.1`, what Scrapy
with `meta["proxy"]`, `curl -x` and Chromium with a proxy server send) or directly with a
`Host` header. It never opens an outgoing connection: a host that is not in the folder is
a `502` with `X-Proxy-Error: dns_failure`, and `CONNECT` (https) a `502` with
`X-Proxy-Error: tls_failure`. One asyncio loop serves many keep-alive connections; a slow
page only delays its own connection.

`running_server(root)` runs it as a subprocess for tests and other code.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

from testweb.http11 import MAX_HEAD, BadRequest, Request, Response, read_request, write_response
from testweb.inflight import InFlight
from testweb.responder import Responder, error_page
from testweb.validators import conditional

READY_PREFIX = "proxy http://127.0.0.1:"
STARTUP_TIMEOUT = 30.0
#: seconds between looks at whether a client still waits for a delayed response
CLIENT_CHECK = 0.5


def request_host(request: Request) -> str:
    """The host a request is for: of its absolute target, its CONNECT target or its Host."""
    target = request.target
    if target.lower().startswith(("http://", "https://")):
        return (urlsplit(target).hostname or "").lower()
    if request.method == "CONNECT":
        return target.rsplit(":", 1)[0].lower()
    return request.headers.get("host", "").split(":")[0].lower()


async def _wait_unless_gone(reader: asyncio.StreamReader, seconds: float) -> bool:
    """Wait `seconds`, as a server takes to answer; False as soon as the client has closed
    the connection (it timed out), True after the whole wait."""
    loop = asyncio.get_running_loop()
    end = loop.time() + seconds
    while (left := end - loop.time()) > 0:
        await asyncio.sleep(min(left, CLIENT_CHECK))
        if reader.at_eof() or reader.exception() is not None:
            return False
    return True


class ProxyServer:
    """Serves one folder; `serve_forever` runs until `stop()` (or SIGTERM/SIGINT)."""

    def __init__(
        self,
        root: Path | str,
        *,
        access_log: TextIO | None = None,
        latency: float = 0.0,
        jitter: float = 0.0,
    ) -> None:
        self.responder = Responder(root)
        #: requests being answered, overall and per host (`in_flight.summary()`)
        self.in_flight = InFlight()
        self.access_log = access_log
        #: seconds added to every response, like a real server's time to answer
        self.latency, self.jitter = latency, jitter
        self._random = random.Random(0)
        self._connections: set[asyncio.Task[None]] = set()
        self._stopped: asyncio.Event | None = None

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            while True:
                try:
                    request = await read_request(reader)
                except (BadRequest, asyncio.IncompleteReadError, asyncio.LimitOverrunError) as e:
                    response = Response(400, [("Content-Type", "text/plain")], str(e).encode())
                    await write_response(writer, response, head_only=False, keep_alive=False)
                    break
                if request is None:
                    break
                keep_alive = request.keep_alive
                host = request_host(request)
                self.in_flight.begin(host)
                try:
                    response = self.answer(request)
                    delay = response.delay + self._latency()
                    if delay and not await _wait_unless_gone(reader, delay):
                        break  # the client gave up (a timeout): no answer, no longer in flight
                    keep_alive = keep_alive and not response.close
                    await write_response(
                        writer, response, head_only=request.method == "HEAD",
                        keep_alive=keep_alive,
                    )  # fmt: skip
                finally:
                    self.in_flight.end(host)
                if not keep_alive:
                    break
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._connections.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    def _latency(self) -> float:
        if not self.jitter:
            return self.latency
        return max(0.0, self.latency + self._random.uniform(-self.jitter, self.jitter))

    def answer(self, request: Request) -> Response:
        if request.method == "CONNECT":
            response = Response(
                502,
                [("Content-Type", "text/html; charset=utf-8"), ("X-Proxy-Error", "tls_failure")],
                error_page(502, f"TLS connections are not available for {request.target}"),
                close=True,
            )
            self._log(request.method, request.target, response.status)
            return response
        target = request.target
        proxied = target.lower().startswith(("http://", "https://"))
        if proxied:
            url = target
        elif target.startswith("/"):
            url = f"http://{request.headers.get('host', '')}{target}"
        else:
            response = Response(400, [("Content-Type", "text/plain")], b"bad request target")
            self._log(request.method, target, 400)
            return response
        if request.method not in ("GET", "HEAD", "POST", "PUT", "OPTIONS"):
            response = Response(405, [("Allow", "GET, HEAD, POST")], b"")
        else:
            response = self.responder.respond(request.method, url, proxied=proxied)
            response = conditional(request.method, request.headers, response)
        self._log(request.method, url, response.status)
        return response

    def _log(self, method: str, url: str, status: int) -> None:
        if self.access_log is not None:
            self.access_log.write(f"{method} {url} {status}\n")
            self.access_log.flush()

    async def serve_forever(self, port: int = 0, *, ready: TextIO | None = None) -> None:
        self._stopped = asyncio.Event()
        server = await asyncio.start_server(
            self.handle, "127.0.0.1", port, limit=MAX_HEAD, backlog=1024
        )
        bound = server.sockets[0].getsockname()[1]
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, self._stopped.set)
        out = ready or sys.stdout
        out.write(f"{READY_PREFIX}{bound}\n")
        out.flush()
        async with server:
            await self._stopped.wait()
            server.close()
            for task in list(self._connections):
                task.cancel()
            await asyncio.gather(*self._connections, return_exceptions=True)

    def stop(self) -> None:
        if self._stopped is not None:
            self._stopped.set()


def serve(
    root: Path | str,
    port: int = 0,
    *,
    access_log: Path | None = None,
    latency: float = 0.0,
    jitter: float = 0.0,
    in_flight: Path | None = None,
) -> None:
    """Run the server in this process until SIGTERM or SIGINT (latency/jitter in seconds).
    `in_flight`: write the requests in flight (`InFlight.summary()`) there as JSON on stop."""
    log = open(access_log, "a", encoding="utf-8") if access_log else None  # noqa: SIM115
    try:
        server = ProxyServer(root, access_log=log, latency=latency, jitter=jitter)
        asyncio.run(server.serve_forever(port))
    finally:
        if log:
            log.close()
    if in_flight:
        summary = json.dumps(server.in_flight.summary(), indent=1)
        Path(in_flight).write_text(summary + "\n", encoding="utf-8")


@contextlib.contextmanager
def running_server(
    root: Path | str,
    *,
    port: int = 0,
    access_log: Path | str | None = None,
    latency_ms: float = 0,
    jitter_ms: float = 0,
    in_flight: Path | str | None = None,
) -> Iterator[str]:
    """Start `python -m testweb serve --root ROOT` and yield its proxy URL; stop it on exit
    (`in_flight`: the file the server writes its requests in flight to when it stops)."""
    root = Path(root).resolve()
    cmd = [sys.executable, "-m", "testweb", "serve", "--root", str(root), "--port", str(port)]
    if access_log:
        cmd += ["--access-log", str(Path(access_log).resolve())]
    if in_flight:
        cmd += ["--in-flight", str(Path(in_flight).resolve())]
    if latency_ms or jitter_ms:
        cmd += ["--latency", f"{latency_ms:g}", "--jitter", f"{jitter_ms:g}"]
    repo = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = repo + os.pathsep + env.get("PYTHONPATH", "")
    errors = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=errors, text=True, env=env, cwd=repo
    )
    try:
        url = _await_ready(proc, errors)
        yield url
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stdout:
            proc.stdout.close()
        errors.close()


def _await_ready(proc: subprocess.Popen[str], errors: TextIO) -> str:
    line: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        line.append(proc.stdout.readline())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(STARTUP_TIMEOUT)
    first = line[0].strip() if line else ""
    if not first.startswith(READY_PREFIX):
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        errors.seek(0)
        err = errors.read()
        raise RuntimeError(
            f"the testweb server did not start (exit {proc.returncode}); "
            f"expected a line '{READY_PREFIX}PORT', got {first!r}; stderr: {err.strip()[-2000:]}"
        )
    return first.removeprefix("proxy ")
