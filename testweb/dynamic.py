"""Pages the server makes up per request: the endless calendar, the huge page, search results."""

from __future__ import annotations

import html
import json
import re
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from pathlib import Path

from testweb.http11 import STREAM_CHUNK

MONTHS_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def _shift(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def calendar_page(path: str, param: str, value: str, start: str) -> bytes:
    """An agenda month page linking to the next and the previous month, without end."""
    match = _MONTH.match(value) or _MONTH.match(start)
    year, month = (int(match.group(1)), int(match.group(2))) if match else (2026, 1)
    month = min(max(month, 1), 12)
    next_y, next_m = _shift(year, month, 1)
    prev_y, prev_m = _shift(year, month, -1)
    title = f"Agenda {MONTHS_NL[month - 1]} {year}"
    events = "".join(
        f"<li><time datetime='{year}-{month:02d}-{day:02d}'>{day} {MONTHS_NL[month - 1]}</time>"
        f" {html.escape(name)}</li>"
        for day, name in (
            (3 + (year + month) % 7, "Inloopspreekuur wijkteam"),
            (12 + month % 9, "Raadsvergadering"),
            (21 + year % 5, "Rommelmarkt op het plein"),
        )
    )
    body = (
        f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{title}</title>"
        f"</head><body><nav><a href='/'>Home</a></nav><main><h1>{title}</h1><ul>{events}</ul>"
        f"<p class='pager'><a rel='prev' href='{path}?{param}={prev_y}-{prev_m:02d}'>"
        f"&laquo; Vorige maand</a> | <a rel='next' href='{path}?{param}={next_y}-{next_m:02d}'>"
        "Volgende maand &raquo;</a></p></main></body></html>"
    )
    return body.encode("utf-8")


HUGE_TAIL = b"</table></body></html>"


def huge_prefix(title: str) -> bytes:
    return (
        "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head><body><h1>{html.escape(title)}</h1><table>"
    ).encode()


async def huge_stream(title: str, size: int) -> AsyncGenerator[bytes, None]:
    """Exactly `size` bytes of a long archive table (at least the head and the tail)."""
    head = huge_prefix(title)
    tail = HUGE_TAIL
    row = b"<tr><td>Besluit</td><td>Publicatie in het archief, zie het register.</td></tr>\n"
    remaining = max(size - len(head) - len(tail), 0)
    yield head
    block = row * (STREAM_CHUNK // len(row) + 1)
    while remaining > 0:
        piece = block[: min(remaining, len(block))]
        remaining -= len(piece)
        yield piece
    yield tail


def huge_length(title: str, size: int) -> int:
    head, tail = len(huge_prefix(title)), len(HUGE_TAIL)
    return head + max(size - head - tail, 0) + tail


@dataclass(frozen=True)
class SearchEntry:
    url: str
    title: str
    text: str
    haystack: str


_WORD = re.compile(r"[0-9a-zà-ÿ]+(?:-[0-9a-zà-ÿ]+)*")


class SearchIndex:
    """A site's search index (`[{"url", "title", "text"}]`), answered by word matching."""

    def __init__(self, path: Path) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        self.entries = [
            SearchEntry(e["url"], e["title"], e["text"], f"{e['title']} {e['text']}".lower())
            for e in data
        ]

    def search(self, query: str, limit: int = 15) -> list[SearchEntry]:
        words = [w for w in _WORD.findall(query.lower()) if len(w) > 1]
        if not words:
            return []
        scored = []
        for order, entry in enumerate(self.entries):
            title = entry.title.lower()
            hits = sum(1 for w in words if w in entry.haystack)
            if not hits:
                continue
            score = hits * 2 + sum(1 for w in words if w in title) * 3
            scored.append((-score, order, entry))
        scored.sort(key=lambda item: (item[0], item[1]))
        return [entry for _, _, entry in scored[:limit]]


def render_search(template: str, query: str, results: list[SearchEntry]) -> bytes:
    """Fill a site's results template at its `<!--QUERY-->` and `<!--RESULTS-->` markers."""
    if results:
        items = "".join(
            f"<li class='search-result'><h3><a href='{html.escape(r.url)}'>"
            f"{html.escape(r.title)}</a></h3><p>{html.escape(r.text[:180])}</p></li>"
            for r in results
        )
        block = f"<p>{len(results)} resultaten</p><ol class='search-results'>{items}</ol>"
    else:
        block = "<p>Er zijn geen resultaten gevonden. Probeer een andere zoekterm.</p>"
    page = template.replace("<!--QUERY-->", html.escape(query)).replace("<!--RESULTS-->", block)
    return page.encode("utf-8")
