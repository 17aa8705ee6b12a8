"""Writing a web to disk as `sites/<host>/<path>`; remembering its pages for search and sitemaps."""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit


@dataclass(frozen=True)
class PageInfo:
    """A written page as the site's search index and sitemap see it."""

    url: str
    title: str
    text: str
    #: product, news, overview, home, other
    kind: str


class SiteWriter:
    """Writes files under `<root>/sites`; refuses a URL whose file clashes with another's folder."""

    def __init__(self, root: Path) -> None:
        self.sites = root / "sites"
        self.pages: dict[str, list[PageInfo]] = defaultdict(list)
        self._files: set[str] = set()
        self._dirs: set[str] = set()
        self.bytes_written = 0

    @property
    def files_written(self) -> int:
        return len(self._files)

    def relative(self, url: str) -> str:
        """`<host>/<path>` of the file that serves `url` (`index.html` for a folder URL).

        A URL with a query string is the file `<path>?<query>` (the server answers a
        query-string URL from such a file when there is one: `/product?id=123`).
        """
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        path = unquote(parts.path or "/")
        if path.endswith("/"):
            path += "index.html"
        segments = path.lstrip("/").split("/")
        if not host or any(seg in ("", ".", "..") for seg in segments) or "/" in parts.query:
            raise ValueError(f"cannot write {url!r}: expected an absolute URL with a clean path")
        query = f"?{parts.query}" if parts.query else ""
        return f"{host}/{'/'.join(segments)}{query}"

    def exists(self, url: str) -> bool:
        return self.relative(url) in self._files

    def write(
        self,
        url: str,
        data: bytes | str,
        *,
        title: str = "",
        text: str = "",
        kind: str = "",
    ) -> str:
        """Write the body of `url`; with `kind`, list the page for search and sitemaps."""
        rel = self.relative(url)
        parent = rel.rsplit("/", 1)[0]
        if rel in self._dirs:
            raise RuntimeError(f"{url}: its file clashes with a folder of another page")
        if rel in self._files:
            raise RuntimeError(f"{url}: written twice")
        if parent not in self._dirs:
            ancestors = []
            folder = parent
            while folder:
                if folder in self._files:
                    raise RuntimeError(f"{url}: its folder clashes with the file of another page")
                ancestors.append(folder)
                folder = folder.rsplit("/", 1)[0] if "/" in folder else ""
            os.makedirs(self.sites / parent, exist_ok=True)
            self._dirs.update(ancestors)
        body = data.encode("utf-8") if isinstance(data, str) else data
        with open(self.sites / rel, "wb") as fh:
            fh.write(body)
        self._files.add(rel)
        self.bytes_written += len(body)
        if kind:
            self.pages[rel.split("/", 1)[0]].append(PageInfo(url, title, text, kind))
        return url
