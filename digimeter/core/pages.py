"""Stored pages: what the crawl fetched and what the classifiers read.

A `Page` is one stored response (or one failed fetch). A `PageStore` looks pages up by
URL; the classifiers use nothing else, so they run the same on a stored crawl (WARC
files, see `digimeter.core.runstore`), on an in-memory set of fixture pages, or on a static
folder of sites such as `../shared/corpus/`.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

MAX_REDIRECTS = 10


@lru_cache(maxsize=1 << 16)  # the crawl asks for the same URLs' keys many times over
def normalize_url(url: str) -> str:
    """The form of a URL used as a store key: lower-case scheme and host, no fragment."""
    parts = urlsplit(url.strip())
    netloc = (parts.hostname or "").lower()
    default_port = {"http": 80, "https": 443}.get(parts.scheme.lower())
    if parts.port and parts.port != default_port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


@dataclass(frozen=True)
class Page:
    """One stored response, or one fetch that failed (status 0 and `error` set)."""

    url: str
    status: int
    #: Response headers with lower-case names.
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    #: True when `body` is the DOM after the page's JavaScript ran (Playwright).
    rendered: bool = False
    fetched_at: str = ""
    #: Why the fetch failed: dns, tls, timeout, connection, robots, too_large, ...
    error: str = ""
    #: True when the body was cut at the crawl's size cap.
    truncated: bool = False

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def location(self) -> str:
        """The absolute redirect target of a 3xx response, else ''."""
        if 300 <= self.status < 400 and self.headers.get("location"):
            return urljoin(self.url, self.headers["location"])
        return ""

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def text(self) -> str:
        """The body decoded with the charset of the headers or the page (default UTF-8)."""
        from digimeter.core.encoding import decode_body

        return decode_body(self.body, self.headers.get("content-type", ""))


@dataclass(frozen=True)
class PageRef:
    """Where one stored page lies: its row in a run's page index (run.db `pages`).

    The response's status and headers, and the WARC file, offset and length of its record
    (no file for a failed fetch); `page(body)` is the page with the record's body.
    """

    url: str
    rendered: bool
    status: int
    error: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)
    truncated: bool = False
    warc_file: str = ""
    warc_offset: int = 0
    warc_length: int = 0
    fetched_at: str = ""
    #: The organisation whose crawl fetched the page.
    org_code: str = ""

    def page(self, body: bytes = b"") -> Page:
        return Page(
            url=self.url, status=self.status, headers=self.headers, body=body,
            rendered=self.rendered, fetched_at=self.fetched_at, error=self.error,
            truncated=self.truncated,
        )  # fmt: skip


class PageStore(Protocol):
    """Looks up stored pages by URL."""

    def get(self, url: str) -> Page | None:
        """The stored page for `url` (the rendered version when there is one), or None."""


def resolve(store: PageStore, url: str) -> tuple[Page | None, list[str]]:
    """Follow stored redirects from `url`; return the last page and the URLs passed.

    The chain lists every URL visited, `url` first. When a redirect target was not
    stored (the crawl stopped there, e.g. at an identity provider) the 3xx page itself
    is returned and the chain ends with the target that was not fetched.
    """
    chain = [url]
    page = store.get(url)
    seen = {normalize_url(url)}
    while page is not None and page.location and len(chain) <= MAX_REDIRECTS:
        target = page.location
        chain.append(target)
        if normalize_url(target) in seen:
            break
        seen.add(normalize_url(target))
        nxt = store.get(target)
        if nxt is None:
            break
        page = nxt
    return page, chain


class MemoryPageStore:
    """A page store held in a dict; used by fixtures and tests."""

    def __init__(self, pages: Iterable[Page] = ()) -> None:
        self._pages: dict[str, Page] = {}
        for page in pages:
            self.add(page)

    def add(self, page: Page) -> None:
        key = normalize_url(page.url)
        current = self._pages.get(key)
        if current is None or page.rendered or not current.rendered:
            self._pages[key] = page

    def get(self, url: str) -> Page | None:
        return self._pages.get(normalize_url(url))

    def __len__(self) -> int:
        return len(self._pages)

    def __iter__(self) -> Iterator[Page]:
        return iter(self._pages.values())


#: File suffixes a web server answers with an HTML page: static HTML and server-side scripts.
HTML_SUFFIXES = ("", ".html", ".htm", ".aspx", ".asp", ".php", ".jsp", ".cfm", ".shtml")


def static_content_type(path: Path) -> str:
    """Content-Type of a file in a static sites folder (extension-less and .aspx are HTML).

    The file of a query-string URL (`<path>?<query>`) has the type of its path. A
    server-side script's address (`index.php?p=12`, `.asp`, `.jsp`, `.cfm`) stands for the
    HTML page a real server renders from it.
    """
    name = path.name.split("?", 1)[0]
    if Path(name).suffix.lower() in HTML_SUFFIXES:
        return "text/html; charset=utf-8"
    guessed = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if guessed.startswith("text/") or guessed.endswith("xml"):
        guessed += "; charset=utf-8"
    return guessed


def static_file(sites: Path, url: str) -> Path | None:
    """The file of `<sites>/<host>/<path>` that serves `url`, or None.

    A URL with a query string is served by a file named `<path>?<query>` when there is
    one (a product catalogue such as `/product?id=123`; for a folder, `index.html?<query>`
    or `?<query>` in it: WordPress's `/?page_id=160`), else the query is ignored.
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    folder = unquote(parts.path or "/")
    path = f"{folder}index.html" if folder.endswith("/") else folder
    root = (sites / host).resolve()
    if not host:
        return None
    candidates = [path]
    if parts.query:
        candidates.insert(0, f"{path}?{parts.query}")
        if folder.endswith("/"):
            candidates.insert(1, f"{folder}?{parts.query}")
    for candidate in candidates:
        try:
            target = (root / candidate.lstrip("/")).resolve()
            if root in target.parents and target.is_file():
                return target
        except OSError:  # a name too long for the file system (a long query string): no file
            continue
    return None


class FolderPageStore:
    """Pages read straight from a static sites folder (`<root>/sites/<host>/<path>`).

    No crawl needed: every URL that maps to a file is a 200 page, every other URL a 404.
    `rendered` maps URLs to DOM snapshots taken with a browser, for pages built by scripts.
    """

    def __init__(self, root: Path | str, rendered: Mapping[str, bytes] | None = None) -> None:
        self.sites = Path(root) / "sites"
        self._rendered = {normalize_url(u): b for u, b in (rendered or {}).items()}

    def get(self, url: str) -> Page | None:
        key = normalize_url(url)
        if key in self._rendered:
            return Page(
                url=key,
                status=200,
                headers={"content-type": "text/html; charset=utf-8"},
                body=self._rendered[key],
                rendered=True,
            )
        target = static_file(self.sites, key)
        if target is None:
            return Page(url=key, status=404, headers={"content-type": "text/html"})
        return Page(
            url=key,
            status=200,
            headers={"content-type": static_content_type(target)},
            body=target.read_bytes(),
        )
