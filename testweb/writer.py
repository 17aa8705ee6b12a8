"""Writing a web to disk as `sites/<host>/<path>`; remembering its pages for search and sitemaps."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
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
        self._files: set[PurePosixPath] = set()
        self._dirs: set[PurePosixPath] = set()
        self.bytes_written = 0

    def relative(self, url: str) -> PurePosixPath:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        path = unquote(parts.path or "/")
        if path.endswith("/"):
            path += "index.html"
        rel = PurePosixPath(host) / path.lstrip("/")
        if not host or ".." in rel.parts:
            raise ValueError(f"cannot write {url!r}: expected an absolute URL without '..'")
        return rel

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
        if rel in self._dirs or any(parent in self._files for parent in rel.parents):
            raise RuntimeError(f"{url}: its file clashes with a folder of another page")
        if rel in self._files:
            raise RuntimeError(f"{url}: written twice")
        body = data.encode("utf-8") if isinstance(data, str) else data
        target = self.sites / rel
        parent = rel.parent
        if parent not in self._dirs:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._dirs.update(p for p in rel.parents if str(p) != ".")
        target.write_bytes(body)
        self._files.add(rel)
        self.bytes_written += len(body)
        if kind:
            host = rel.parts[0]
            self.pages[host].append(PageInfo(url, title, text, kind))
        return url
