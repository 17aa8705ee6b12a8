"""The simulated web as a real server: validators and 304s, latency, a later generation."""

from __future__ import annotations

import hashlib
import http.client
import time
from pathlib import Path

import pytest

from testweb.changes import change_pages, html_pages
from testweb.server import running_server

PAGE = "<!DOCTYPE html><html><body><main><h1>Paspoort</h1></main></body></html>"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    site = tmp_path / "sites" / "www.a.test"
    site.mkdir(parents=True)
    (site / "index.html").write_text(PAGE, encoding="utf-8")
    (site / "logo.png").write_bytes(b"\x89PNG not really")
    return tmp_path


def get(proxy: str, url: str, headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    host, port = proxy.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    conn.request("GET", url, headers=headers or {})
    response = conn.getresponse()
    response.read()
    conn.close()
    return response


def test_files_carry_validators_and_conditional_requests_get_304(folder: Path) -> None:
    with running_server(folder) as proxy:
        first = get(proxy, "http://www.a.test/")
        etag, modified = first.getheader("ETag"), first.getheader("Last-Modified")
        assert first.status == 200
        assert etag == '"' + hashlib.sha1(PAGE.encode()).hexdigest()[:20] + '"'
        assert modified and modified.endswith("GMT")
        same = get(proxy, "http://www.a.test/", {"If-None-Match": etag})
        assert (same.status, same.getheader("ETag")) == (304, etag)
        assert get(proxy, "http://www.a.test/", {"If-None-Match": '"other"'}).status == 200
        assert get(proxy, "http://www.a.test/", {"If-Modified-Since": modified}).status == 304
        earlier = "Mon, 01 Jan 2001 00:00:00 GMT"
        assert get(proxy, "http://www.a.test/", {"If-Modified-Since": earlier}).status == 200
        # If-None-Match wins over If-Modified-Since (RFC 9110)
        both = {"If-None-Match": '"other"', "If-Modified-Since": modified}
        assert get(proxy, "http://www.a.test/", both).status == 200
        missing = get(proxy, "http://www.a.test/nope", {"If-None-Match": "*"})
        assert missing.status == 404 and missing.getheader("ETag") is None
        logo = get(proxy, "http://www.a.test/logo.png").getheader("ETag")
        (folder / "sites" / "www.a.test" / "logo.png").write_bytes(b"x")  # cached while served
    with running_server(folder) as proxy:  # a changed file: a new ETag, no 304
        assert get(proxy, "http://www.a.test/", {"If-None-Match": etag}).status == 304
        changed = get(proxy, "http://www.a.test/logo.png", {"If-None-Match": logo})
        assert changed.status == 200 and changed.getheader("ETag") != logo


def test_latency_delays_every_response(folder: Path) -> None:
    with running_server(folder, latency_ms=300, jitter_ms=50) as proxy:
        for url in ("http://www.a.test/", "http://www.a.test/nope", "http://www.unknown.test/"):
            started = time.monotonic()
            get(proxy, url)
            assert time.monotonic() - started >= 0.25, url


def test_a_later_generation_changes_the_given_share_of_pages(tmp_path: Path) -> None:
    sites = tmp_path / "sites" / "www.a.test"
    sites.mkdir(parents=True)
    for i in range(20):
        (sites / f"p{i}").write_text(PAGE.replace("Paspoort", f"Pagina {i}"), encoding="utf-8")
    (sites / "form.pdf").write_bytes(b"%PDF-1.4")
    before = {p: p.read_bytes() for p in html_pages(tmp_path / "sites")}
    assert len(before) == 20
    changed = change_pages(tmp_path, 0.25, seed=3)
    assert len(changed) == 5
    now = {p: p.read_bytes() for p in before}
    assert sorted(p for p in before if now[p] != before[p]) == changed
    assert all(b"bijgewerkt (versie 3)" in now[p] and b"</main>" in now[p] for p in changed)
    for path, data in before.items():  # the same pages again: the same seed chooses the same
        path.write_bytes(data)
    assert change_pages(tmp_path, 0.25, seed=3) == changed
