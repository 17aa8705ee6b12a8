"""Requests in flight at the simulated web's server (`testweb serve --in-flight`)."""

from __future__ import annotations

import json
import socket
import threading
from pathlib import Path
from urllib.parse import urlsplit

from testweb.inflight import InFlight
from testweb.server import running_server


def test_maxima_per_host_and_the_time_weighted_mean() -> None:
    now = [0.0]
    flights = InFlight(clock=lambda: now[0])
    flights.begin("a.test")  # t=0: a
    now[0] = 1.0
    flights.begin("a.test")  # t=1: a a
    flights.begin("b.test")  # t=1: a a b
    now[0] = 2.0
    flights.end("a.test")  # t=2: a b
    flights.end("a.test")  # t=2: b
    now[0] = 4.0
    flights.end("b.test")  # t=4: none
    summary = flights.summary()
    # 1 request for 1 s, 3 for 1 s, 1 for 2 s: 6 request-seconds in 4 s
    assert summary["mean_in_flight"] == 1.5
    assert summary["max_in_flight"] == 3
    assert summary["max_in_flight_per_host"] == 2
    assert summary["busiest_hosts"] == {"a.test": 2, "b.test": 1}
    assert summary["requests"] == 3 and summary["hosts"] == 2


def raw_get(proxy: str, url: str, *, wait: float) -> bytes:
    """GET `url` through the proxy; give up (close) after `wait` seconds."""
    parts = urlsplit(proxy)
    with socket.create_connection((parts.hostname, parts.port)) as conn:
        conn.sendall(f"GET {url} HTTP/1.1\r\nHost: {urlsplit(url).hostname}\r\n\r\n".encode())
        conn.settimeout(wait)
        try:
            return conn.recv(100)
        except TimeoutError:
            return b""


def test_the_server_counts_what_is_in_flight_and_forgets_clients_that_gave_up(
    tmp_path: Path,
) -> None:
    site = tmp_path / "sites" / "www.a.test"
    site.mkdir(parents=True)
    (site / "index.html").write_text("<html><body>a</body></html>", encoding="utf-8")
    (tmp_path / "sites" / "www.b.test").mkdir()
    report = tmp_path / "in-flight.json"
    with running_server(tmp_path, latency_ms=3000, in_flight=report) as proxy:
        # three clients at once, two of them on one host; one more gives up early
        waits = [("http://www.a.test/", 9.0), ("http://www.a.test/", 9.0),
                 ("http://www.b.test/", 9.0), ("http://www.b.test/", 0.2)]  # fmt: skip
        answers: list[bytes] = []
        threads = [
            threading.Thread(target=lambda u=u, w=w: answers.append(raw_get(proxy, u, wait=w)))
            for u, w in waits
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    summary = json.loads(report.read_text())
    assert sum(a.startswith(b"HTTP/1.1") for a in answers) == 3
    assert summary["requests"] == 4
    assert summary["max_in_flight"] == 4
    assert summary["busiest_hosts"] == {"www.a.test": 2, "www.b.test": 2}
    # the client that gave up after 0.2 s stopped counting well before the 3 s answer (4 without)
    assert summary["mean_in_flight"] < 3.5
