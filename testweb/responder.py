"""What the simulated web answers for one request: files plus the manifest's behaviours.

Pure with respect to the network: it reads the sites folder and never connects anywhere.
The order of checks: unknown host (proxy error), delay, fixed status, flaky status,
redirect, calendar, huge page, search, then the static file (with Last-Modified) or 404.
"""

from __future__ import annotations

import html
from collections import Counter, OrderedDict
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from digimeter.core.pages import static_content_type, static_file
from testweb import dynamic
from testweb.http11 import Response
from testweb.manifest import Calendar, Manifest, Search, load_manifest
from testweb.validators import last_modified_of

FILE_CACHE_BYTES = 64 * 1024 * 1024
FILE_CACHE_MAX_FILE = 1024 * 1024
PATH_CACHE_ENTRIES = 500_000


def _key(url: str) -> str:
    """`host/path` of a URL: the key behaviours are matched on (no scheme, no query)."""
    parts = urlsplit(url)
    return f"{(parts.hostname or '').lower()}{parts.path or '/'}"


def error_page(status: int, message: str) -> bytes:
    text = html.escape(message)
    return (
        f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{status}</title>"
        f"</head><body><h1>{status}</h1><p>{text}</p></body></html>"
    ).encode()


class Responder:
    """Answers requests for one served folder (`<root>/sites`, `<root>/testweb.json`)."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root).resolve()
        self.sites = self.root / "sites"
        if not self.sites.is_dir():
            raise FileNotFoundError(
                f"{self.sites}: no 'sites' folder; expected <root>/sites/<host>/<path>"
            )
        self.manifest: Manifest = load_manifest(self.root)
        b = self.manifest.behaviours
        self.host_delays = {d.host.lower(): d.seconds for d in b.delays if d.host}
        self.url_delays = {_key(d.url): d.seconds for d in b.delays if d.url}
        self.statuses = {_key(s.url): s.status for s in b.statuses}
        self.flaky = {_key(s.url): s.status for s in b.flaky}
        self.redirects = {_key(r.url): r for r in b.redirects}
        self.calendars: dict[str, Calendar] = {f"{c.host.lower()}{c.path}": c for c in b.calendars}
        self.huge = {_key(h.url): h.bytes for h in b.huge}
        self.content_types = {_key(c.url): c.content_type for c in b.content_types}
        self.searches: dict[str, Search] = {f"{s.host.lower()}{s.path}": s for s in b.searches}
        self.host_redirects = {r.host.lower(): r for r in b.host_redirects}
        self.not_found_pages = {p.host.lower(): p for p in b.not_found_pages}
        self._search_cache: dict[str, tuple[dynamic.SearchIndex, str]] = {}
        self._flaky_count: Counter[str] = Counter()
        self._hosts: set[str] = set()
        self._files: OrderedDict[Path, bytes] = OrderedDict()
        #: host/path -> file, for URLs seen before (the folder does not change while served).
        self._paths: dict[str, Path] = {}
        self._cached_bytes = 0
        self.dynamic_hosts = {
            h.lower()
            for h in (
                *self.host_delays,
                *(c.host for c in b.calendars),
                *(s.host for s in b.searches),
                *(r.host for r in b.host_redirects),
            )
        }

    def knows_host(self, host: str) -> bool:
        if host in self._hosts or host in self.dynamic_hosts:
            return True
        if host and "/" not in host and not host.startswith(".") and (self.sites / host).is_dir():
            self._hosts.add(host)
            return True
        return False

    def respond(self, method: str, url: str, *, proxied: bool) -> Response:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if not self.knows_host(host):
            if proxied:
                return Response(
                    502,
                    [
                        ("Content-Type", "text/html; charset=utf-8"),
                        ("X-Proxy-Error", "dns_failure"),
                    ],
                    error_page(502, f"DNS lookup failed for {host or '(no host)'}"),
                )
            return self._not_found(url)
        key = _key(url)
        delay = self.host_delays.get(host, 0.0) + self.url_delays.get(key, 0.0)
        moved = self.host_redirects.get(host)
        if moved is not None:
            location = parts._replace(netloc=moved.to).geturl()
            response = Response(
                moved.status,
                [("Location", location), ("Content-Type", "text/html; charset=utf-8")],
                error_page(moved.status, f"Verplaatst naar {location}"),
            )
        else:
            response = self._dynamic(key, parts.query, url) or self._static(url, key)
        response.delay = delay
        return response

    def _dynamic(self, key: str, query: str, url: str) -> Response | None:
        if key in self.statuses:
            status = self.statuses[key]
            body = error_page(status, "De website is tijdelijk niet beschikbaar.")
            return Response(status, [("Content-Type", "text/html; charset=utf-8")], body)
        if key in self.flaky:
            self._flaky_count[key] += 1
            if self._flaky_count[key] % 2 == 1:
                status = self.flaky[key]
                return Response(
                    status,
                    [("Content-Type", "text/html; charset=utf-8"), ("Retry-After", "1")],
                    error_page(status, "Even geduld: probeer het zo opnieuw."),
                )
        if key in self.redirects:
            r = self.redirects[key]
            return Response(
                r.status,
                [("Location", r.location), ("Content-Type", "text/html; charset=utf-8")],
                error_page(r.status, f"Verplaatst naar {r.location}"),
            )
        if key in self.calendars:
            c = self.calendars[key]
            value = parse_qs(query).get(c.param, [""])[0]
            body = dynamic.calendar_page(c.path, c.param, value, c.start)
            return Response(200, [("Content-Type", "text/html; charset=utf-8")], body)
        if key in self.huge:
            title = "Archief van alle besluiten"
            size = self.huge[key]
            return Response(
                200,
                [("Content-Type", "text/html; charset=utf-8")],
                stream=dynamic.huge_stream(title, size),
                length=dynamic.huge_length(title, size),
            )
        if key in self.searches:
            search = self.searches[key]
            # WordPress searches at "/?s=...": without the parameter, "/" is the homepage.
            if search.param in parse_qs(query, keep_blank_values=True) or not search.path.endswith(
                "/"
            ):
                return self._search(key, query)
        return None

    def _search(self, key: str, query: str) -> Response:
        search = self.searches[key]
        if key not in self._search_cache:
            index = dynamic.SearchIndex(self.root / search.index)
            template = (self.root / search.template).read_text(encoding="utf-8")
            self._search_cache[key] = (index, template)
        index, template = self._search_cache[key]
        words = parse_qs(query).get(search.param, [""])[0]
        body = dynamic.render_search(template, words, index.search(words))
        return Response(200, [("Content-Type", "text/html; charset=utf-8")], body)

    def _static(self, url: str, key: str) -> Response:
        query = urlsplit(url).query
        path_key = f"{key}?{query}" if query else key
        target = self._paths.get(path_key)
        if target is None:
            target = static_file(self.sites, url)
            if target is None:
                return self._missing(url)
            if len(self._paths) < PATH_CACHE_ENTRIES:
                self._paths[path_key] = target
        content_type = self.content_types.get(key) or static_content_type(target)
        headers = [("Content-Type", content_type), ("Last-Modified", last_modified_of(target))]
        # any site's scripts may read the file, as the APIs of embedded forms allow the
        # sites embedding them (an Open Forms SDK on www.<org> reading formulieren.<org>)
        headers.append(("Access-Control-Allow-Origin", "*"))
        return Response(200, headers, self._read(target))

    def _missing(self, url: str) -> Response:
        """A path with no file: the host's own not-found page (maybe a soft 404), or 404."""
        page = self.not_found_pages.get((urlsplit(url).hostname or "").lower())
        if page is None:
            return self._not_found(url)
        target = self.root / page.file
        return Response(
            page.status, [("Content-Type", static_content_type(target))], self._read(target)
        )

    def _not_found(self, url: str) -> Response:
        return Response(
            404,
            [("Content-Type", "text/html; charset=utf-8")],
            error_page(404, f"Pagina niet gevonden: {url}"),
        )

    def _read(self, path: Path) -> bytes:
        cached = self._files.get(path)
        if cached is not None:
            self._files.move_to_end(path)
            return cached
        data = path.read_bytes()
        if len(data) <= FILE_CACHE_MAX_FILE:
            self._files[path] = data
            self._cached_bytes += len(data)
            while self._cached_bytes > FILE_CACHE_BYTES:
                _, old = self._files.popitem(last=False)
                self._cached_bytes -= len(old)
        return data
