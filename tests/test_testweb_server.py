"""The testweb server: proxy and Host-header modes, errors, behaviours, and no outgoing traffic."""

from __future__ import annotations

import http.client
import json
import re
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import psutil
import pytest

from digimeter.core.pages import static_content_type
from testweb.client import fetch
from testweb.manifest import ManifestError, load_manifest
from testweb.server import running_server

SLOW_SECONDS = 6
REPO = Path(__file__).resolve().parent.parent


def _write(root: Path, host: str, path: str, body: bytes | str) -> None:
    target = root / "sites" / host / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(body.encode() if isinstance(body, str) else body)


@pytest.fixture(scope="module")
def tiny_web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    root = tmp_path_factory.mktemp("tiny_web")
    _write(root, "www.a.test", "index.html", "<h1>Home A</h1>")
    _write(root, "www.a.test", "nl/home/index.html", "<h1>Echte home</h1>")
    _write(root, "www.a.test", "parkeervergunning", "<h1>Parkeervergunning</h1>")
    _write(root, "www.a.test", "docs/form.pdf", b"%PDF-1.4\n%%EOF\n")
    _write(root, "www.a.test", "oud-1252", "<p>Caf\u00e9 en \u20ac 5</p>".encode("cp1252"))
    _write(root, "www.a.test", "traag", "<h1>Traag</h1>")
    _write(root, "www.a.test", "wisselvallig", "<h1>Soms</h1>")
    _write(root, "www.b.test", "index.html", "<h1>Home B</h1>")
    _write(root, "www.c.test", "product?id=12", "<h1>Paspoort</h1>")
    _write(root, "www.c.test", "product", "<h1>Alle producten</h1>")
    _write(root, "www.c.test", "?page_id=7", "<h1>Zuiveringsheffing</h1>")
    _write(root, "www.c.test", "uit?url=http%3A%2F%2Fwww.d.test%2Fa.pdf", "<h1>U verlaat</h1>")
    _write(root, "www.c.test", "niet-gevonden.html", "<h1>Pagina niet gevonden</h1>")
    _write(root, "c.test", "index.html", "<h1>never served</h1>")
    _write(root, "www.slow.test", "index.html", "<h1>Never in time</h1>")
    (root / "search").mkdir()
    (root / "search" / "www.a.test.json").write_text(
        json.dumps(
            [
                {
                    "url": "http://www.a.test/parkeervergunning",
                    "title": "Parkeervergunning",
                    "text": "Vraag een parkeervergunning aan.",
                },
                {
                    "url": "http://www.a.test/nieuws/1",
                    "title": "Nieuws",
                    "text": "Nieuwe tarieven.",
                },
            ]
        ),
        encoding="utf-8",
    )
    (root / "search" / "www.a.test.html").write_text(
        "<h1>Zoeken: <!--QUERY--></h1><!--RESULTS-->", encoding="utf-8"
    )
    manifest = {
        "format": 1,
        "seed": 0,
        "behaviours": {
            "delays": [
                {"url": "http://www.a.test/traag", "seconds": SLOW_SECONDS},
                {"host": "www.slow.test", "seconds": 600},
            ],
            "statuses": [{"url": "http://www.b.test/", "status": 503}],
            "flaky": [{"url": "http://www.a.test/wisselvallig", "status": 503}],
            "redirects": [
                {"url": "http://www.a.test/", "status": 301, "location": "/home"},
                {"url": "http://www.a.test/home", "status": 302, "location": "/nl/home/"},
                {"url": "http://www.a.test/lus-a", "status": 302, "location": "/lus-b"},
                {"url": "http://www.a.test/lus-b", "status": 302, "location": "/lus-a"},
            ],
            "calendars": [
                {"host": "www.a.test", "path": "/agenda", "param": "maand", "start": "2026-11"}
            ],
            "huge": [{"url": "http://www.a.test/archief", "bytes": 3_000_000}],
            "content_types": [
                {
                    "url": "http://www.a.test/oud-1252",
                    "content_type": "text/html; charset=windows-1252",
                }
            ],
            "host_redirects": [{"host": "c.test", "status": 301, "to": "www.c.test"}],
            "not_found_pages": [
                {"host": "www.c.test", "file": "sites/www.c.test/niet-gevonden.html", "status": 200}
            ],
            "searches": [
                {
                    "host": "www.a.test",
                    "path": "/zoeken",
                    "param": "q",
                    "index": "search/www.a.test.json",
                    "template": "search/www.a.test.html",
                }
            ],
        },
    }
    (root / "testweb.json").write_text(json.dumps(manifest), encoding="utf-8")
    log = root / "access.log"
    with running_server(root, access_log=log) as proxy:
        yield root, proxy


def test_proxy_and_host_header_modes(tiny_web: tuple[Path, str]) -> None:
    _, proxy = tiny_web
    via_proxy = fetch(proxy, "http://www.a.test/parkeervergunning")
    assert via_proxy.status == 200
    assert via_proxy.body == b"<h1>Parkeervergunning</h1>"
    assert via_proxy.headers["content-type"] == "text/html; charset=utf-8"
    parts = urlsplit(proxy)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request("GET", "/parkeervergunning?utm=x", headers={"Host": "www.a.test"})
    response = conn.getresponse()
    assert response.status == 200 and response.read() == via_proxy.body
    conn.close()
    pdf = fetch(proxy, "http://www.a.test/docs/form.pdf?download=1")
    assert pdf.status == 200 and pdf.headers["content-type"] == "application/pdf"
    post = fetch(proxy, "http://www.a.test/parkeervergunning", method="POST", body=b"a=1")
    assert post.status == 200 and post.body == via_proxy.body


def test_keep_alive_serves_several_requests_on_one_connection(tiny_web: tuple[Path, str]) -> None:
    _, proxy = tiny_web
    parts = urlsplit(proxy)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    for path in ("/parkeervergunning", "/nl/home/", "/bestaat-niet"):
        conn.request("GET", f"http://www.a.test{path}")
        response = conn.getresponse()
        response.read()
        assert response.status in (200, 404)
        assert response.getheader("Connection") == "keep-alive"
    head = conn.request("HEAD", "http://www.a.test/parkeervergunning")
    response = conn.getresponse()
    assert head is None and response.status == 200 and response.read() == b""
    assert response.getheader("Content-Length") == str(len(b"<h1>Parkeervergunning</h1>"))
    conn.close()


def test_missing_file_is_404_and_unknown_host_is_a_dns_failure(tiny_web: tuple[Path, str]) -> None:
    _, proxy = tiny_web
    assert fetch(proxy, "http://www.a.test/bestaat-niet").status == 404
    assert fetch(proxy, "http://www.a.test/../../etc/passwd").status == 404
    unknown = fetch(proxy, "http://www.does-not-exist.test/")
    assert unknown.status == 502
    assert unknown.headers["x-proxy-error"] == "dns_failure"
    real_looking = fetch(proxy, "http://www.rijksoverheid.nl/")
    assert real_looking.status == 502 and real_looking.headers["x-proxy-error"] == "dns_failure"


def test_connect_is_a_tls_failure(tiny_web: tuple[Path, str]) -> None:
    _, proxy = tiny_web
    parts = urlsplit(proxy)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(b"CONNECT www.a.test:443 HTTP/1.1\r\nHost: www.a.test:443\r\n\r\n")
        answer = sock.recv(4096).decode("latin-1")
    assert answer.startswith("HTTP/1.1 502")
    assert "X-Proxy-Error: tls_failure" in answer


def test_slow_response_does_not_block_others(tiny_web: tuple[Path, str]) -> None:
    _, proxy = tiny_web
    slow_result: list[int] = []
    slow = threading.Thread(
        target=lambda: slow_result.append(fetch(proxy, "http://www.a.test/traag").status)
    )
    slow.start()
    fast = [fetch(proxy, "http://www.a.test/parkeervergunning").status for _ in range(20)]
    still_waiting = slow.is_alive()  # the fast requests finished while the slow one waits
    slow.join()
    assert fast == [200] * 20
    assert still_waiting
    assert slow_result == [200]


def test_query_string_files_host_redirects_and_soft_404(tiny_web: tuple[Path, str]) -> None:
    _, proxy = tiny_web
    assert fetch(proxy, "http://www.c.test/product?id=12").body == b"<h1>Paspoort</h1>"
    assert fetch(proxy, "http://www.c.test/product?id=13").body == b"<h1>Alle producten</h1>"
    assert fetch(proxy, "http://www.c.test/product").body == b"<h1>Alle producten</h1>"
    # a folder's query-string file: WordPress's "/?page_id=7"
    assert fetch(proxy, "http://www.c.test/?page_id=7").body == b"<h1>Zuiveringsheffing</h1>"
    moved = fetch(proxy, "http://c.test/a/b?x=1")
    assert moved.status == 301 and moved.headers["location"] == "http://www.c.test/a/b?x=1"
    soft = fetch(proxy, "http://www.c.test/bestaat-niet")
    assert soft.status == 200 and b"niet gevonden" in soft.body
    assert fetch(proxy, "http://www.a.test/bestaat-niet").status == 404
    # the file of a query-string URL has the type of its path, whatever the query says
    leave = fetch(proxy, "http://www.c.test/uit?url=http%3A%2F%2Fwww.d.test%2Fa.pdf")
    assert leave.body == b"<h1>U verlaat</h1>"
    assert leave.headers["content-type"].startswith("text/html")
    # a query too long for a file name is no file (not a server error)
    assert fetch(proxy, "http://www.c.test/product?q=" + "x" * 400).status == 200
    assert fetch(proxy, "http://www.a.test/zoek?q=" + "x" * 400).status == 404


def test_a_site_slower_than_any_timeout_times_out(tiny_web: tuple[Path, str]) -> None:
    _, proxy = tiny_web
    with pytest.raises(TimeoutError):
        fetch(proxy, "http://www.slow.test/", timeout=1.5)


def test_fixed_and_flaky_statuses(tiny_web: tuple[Path, str]) -> None:
    _, proxy = tiny_web
    assert [fetch(proxy, "http://www.b.test/").status for _ in range(3)] == [503] * 3
    flaky = [fetch(proxy, "http://www.a.test/wisselvallig").status for _ in range(4)]
    assert flaky == [503, 200, 503, 200]


def test_redirect_chain_and_loop(tiny_web: tuple[Path, str]) -> None:
    _, proxy = tiny_web
    first = fetch(proxy, "http://www.a.test/")
    assert first.status == 301 and first.headers["location"] == "/home"
    second = fetch(proxy, "http://www.a.test/home")
    assert second.status == 302 and second.headers["location"] == "/nl/home/"
    assert fetch(proxy, "http://www.a.test/nl/home/").body == b"<h1>Echte home</h1>"
    seen = []
    url = "http://www.a.test/lus-a"
    for _ in range(6):
        answer = fetch(proxy, url)
        assert answer.status == 302
        seen.append(urlsplit(url).path)
        url = "http://www.a.test" + answer.headers["location"]
    assert seen == ["/lus-a", "/lus-b"] * 3


def test_calendar_trap_is_endless(tiny_web: tuple[Path, str]) -> None:
    _, proxy = tiny_web
    url = "http://www.a.test/agenda"
    months = []
    for _ in range(30):
        page = fetch(proxy, url).text()
        assert "Volgende maand" in page
        months.append(page.split("<title>")[1].split("</title>")[0])
        next_href = page.split("rel='next' href='")[1].split("'")[0]
        url = "http://www.a.test" + next_href
    assert months[0] == "Agenda november 2026"
    assert months[2] == "Agenda januari 2027"
    assert len(set(months)) == 30
    assert "maand=2029-05" in url


def test_huge_page_is_streamed_in_full(tiny_web: tuple[Path, str]) -> None:
    _, proxy = tiny_web
    page = fetch(proxy, "http://www.a.test/archief", timeout=60)
    assert page.status == 200
    assert len(page.body) == int(page.headers["content-length"])
    assert abs(len(page.body) - 3_000_000) < 1000
    assert page.body.endswith(b"</html>")


def test_content_type_override_for_a_windows_1252_page(tiny_web: tuple[Path, str]) -> None:
    _, proxy = tiny_web
    page = fetch(proxy, "http://www.a.test/oud-1252")
    assert page.headers["content-type"] == "text/html; charset=windows-1252"
    assert "Café en € 5" in page.text()


def test_search_is_answered_from_the_index(tiny_web: tuple[Path, str]) -> None:
    _, proxy = tiny_web
    hit = fetch(proxy, "http://www.a.test/zoeken?q=parkeervergunning+aanvragen").text()
    assert "<h1>Zoeken: parkeervergunning aanvragen</h1>" in hit
    assert "href='http://www.a.test/parkeervergunning'" in hit
    assert "/nieuws/1" not in hit
    miss = fetch(proxy, "http://www.a.test/zoeken?q=zwembad").text()
    assert "geen resultaten" in miss


def test_no_outgoing_connection_is_ever_made(tiny_web: tuple[Path, str]) -> None:
    root, proxy = tiny_web
    port = urlsplit(proxy).port
    for url in ("http://www.rijksoverheid.nl/", "http://example.com/", "http://www.a.test/"):
        fetch(proxy, url)
    server = next(
        p
        for p in psutil.process_iter(["cmdline"])
        if p.info["cmdline"]
        and str(root) in " ".join(p.info["cmdline"])
        and "serve" in p.info["cmdline"]
    )
    connections = server.net_connections(kind="inet")
    assert connections, "the server process should at least listen"
    for conn in connections:
        assert conn.laddr.ip == "127.0.0.1"
        assert conn.laddr.port == port, f"a socket not on the proxy port: {conn}"
    logged = (root / "access.log").read_text(encoding="utf-8")
    assert "GET http://example.com/ 502" in logged


def test_bad_manifest_is_reported_with_section_index_and_field(tmp_path: Path) -> None:
    (tmp_path / "sites").mkdir()
    (tmp_path / "testweb.json").write_text(
        json.dumps(
            {
                "format": 1,
                "behaviours": {
                    "redirects": [
                        {"url": "http://www.a.test/", "status": 301, "location": "/x"},
                        {"url": "http://www.a.test/y", "status": 200, "location": "/x"},
                    ]
                },
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(ManifestError, match=r"behaviours\.redirects\[1\], field 'status'"):
        load_manifest(tmp_path)


def test_server_that_cannot_start_says_why(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="no 'sites' folder"), running_server(tmp_path):
        pass


def test_corpus_is_served_as_is(corpus_proxy: str, shared_dir: Path) -> None:
    import csv

    with open(shared_dir / "corpus" / "labels.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    urls = {r["product_url"] for r in rows} | {r["route_url"] for r in rows if r["route_url"]}
    for url in sorted(urls):
        answer = fetch(corpus_proxy, url)
        assert answer.status == 200, url
    form = fetch(corpus_proxy, "http://zaken.uithoorn.test/pls/iform/formEgemFormToon?F_FORMNR=1")
    assert form.status == 200 and form.headers["content-type"] == "text/html; charset=utf-8"
    aspx = (
        "http://formulieren.uithoorn.test/DirectRegelen/formulier/nl-NL/evUithoorn/Verzonden.aspx"
    )
    assert fetch(corpus_proxy, aspx).headers["content-type"] == "text/html; charset=utf-8"
    assert (
        fetch(corpus_proxy, "http://www.lingewaard.test/robots.txt")
        .headers["content-type"]
        .startswith("text/plain")
    )


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_prints_one_ready_line_and_exits_cleanly_on_a_signal(
    tiny_web: tuple[Path, str], sig: signal.Signals
) -> None:
    root, _ = tiny_web
    proc = subprocess.Popen(
        [sys.executable, "-m", "testweb", "serve", "--root", str(root), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert re.fullmatch(r"proxy http://127\.0\.0\.1:\d+\n", line)
        answer = fetch(line.split()[1], "http://www.a.test/parkeervergunning")
        assert answer.status == 200
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert out == ""


def test_a_server_side_script_address_is_served_as_html(tmp_path: Path) -> None:
    """A static folder stands in for a real server: `index.php?p=3100` (a WordPress page),
    `.asp` and `.jsp` pages are the HTML a real server renders from the script; a PDF and
    a file of an unknown kind keep their own types."""
    assert static_content_type(tmp_path / "index.php?p=3100") == "text/html; charset=utf-8"
    assert static_content_type(tmp_path / "Default.ASP") == "text/html; charset=utf-8"
    assert static_content_type(tmp_path / "page.jsp?id=4") == "text/html; charset=utf-8"
    assert static_content_type(tmp_path / "form.pdf?v=2") == "application/pdf"
    assert static_content_type(tmp_path / "data.bin") == "application/octet-stream"
