"""A later generation of a simulated web: a given share of its pages changed.

`change_pages(out, share, seed)` edits that share of the generated HTML pages (chosen by
`seed`, the same every time) by adding a dated "last updated" line to the page's content,
as a CMS does when an editor saves a page. Levels and labels stay what they were; the
pages' bytes, and so their ETags, change. Re-crawl tests and benchmarks use it to check
that changed pages are downloaded again and unchanged ones are not.
"""

from __future__ import annotations

import random
from pathlib import Path

MARKERS = (b"</main>", b"</body>")


def html_pages(sites: Path) -> list[Path]:
    pages = []
    for path in sorted(sites.rglob("*")):
        if path.is_file() and path.suffix in ("", ".html", ".htm", ".aspx"):
            head = path.read_bytes()[:512].lower()
            if b"<html" in head or b"<!doctype html" in head:
                pages.append(path)
    return pages


def change_pages(out: Path | str, share: float, seed: int = 1) -> list[Path]:
    """Edit `share` (0 to 1) of the web's HTML pages; returns the files changed."""
    if not 0 <= share <= 1:
        raise ValueError(f"share {share}: expected a fraction from 0 to 1")
    pages = html_pages(Path(out) / "sites")
    chosen = random.Random(seed).sample(pages, round(len(pages) * share))
    line = f"<p class='bijgewerkt'>Deze pagina is bijgewerkt (versie {seed}).</p>".encode()
    changed = []
    for path in sorted(chosen):
        data = path.read_bytes()
        for marker in MARKERS:
            at = data.rfind(marker)
            if at >= 0:
                path.write_bytes(data[:at] + line + data[at:])
                changed.append(path)
                break
    return changed
