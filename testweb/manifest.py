"""`testweb.json`: what a generated web is, and the dynamic behaviours the server adds.

A static folder (`<root>/sites/<host>/<path>`) cannot be slow, fail once, redirect or
answer a search. The generator writes those behaviours into `<root>/testweb.json`; the
server reads them at start. A folder without the file (such as `../shared/corpus/`) is
served as plain files. Every entry is validated at load, and a bad one is reported with
the file, the section, the entry's index and the field.

Sections of `behaviours` (all optional; URLs are absolute `http://<host>/<path>` URLs,
the query string is part of the match only where noted):

- `delays`: `{"url"|"host", "seconds"}` wait before answering (a whole host or one page).
- `statuses`: `{"url", "status"}` always answer with this status (e.g. a 503 homepage).
- `flaky`: `{"url", "status"}` the 1st, 3rd, 5th ... request fails with `status`, the
  others are served normally: a first attempt fails and a retry succeeds.
- `redirects`: `{"url", "status", "location"}` answer with a redirect.
- `calendars`: `{"host", "path", "param", "start"}` an endless month calendar
  (`/agenda?maand=2026-12` links to the next and the previous month, forever).
- `huge`: `{"url", "bytes"}` a generated HTML page of about this size, streamed.
- `content_types`: `{"url", "content_type"}` override the Content-Type of a file
  (e.g. a windows-1252 page).
- `searches`: `{"host", "path", "param", "index", "template"}` a site search answered
  from an index file (`[{"url", "title", "text"}]`) rendered into a template file at its
  `<!--RESULTS-->` marker (`<!--QUERY-->` is replaced by the escaped query).
- `host_redirects`: `{"host", "status", "to"}` every request to `host` is redirected to
  the same path and query on host `to` (a bare domain sent to `www.`, or the reverse).
- `not_found_pages`: `{"host", "file", "status"}` a path of `host` with no file is
  answered with this file (relative to the root) and status: 200 makes a soft 404
  ("pagina niet gevonden" with status 200), 404 a site's own error page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from digimeter.core.errors import BadInput

MANIFEST_NAME = "testweb.json"
FORMAT_VERSION = 1


class ManifestError(BadInput, ValueError):
    """`testweb.json` is unusable; the message names the file, section, entry and field."""


@dataclass(frozen=True)
class Delay:
    seconds: float
    url: str = ""
    host: str = ""


@dataclass(frozen=True)
class FixedStatus:
    url: str
    status: int


@dataclass(frozen=True)
class Redirect:
    url: str
    status: int
    location: str


@dataclass(frozen=True)
class Calendar:
    host: str
    path: str
    param: str
    start: str  # "YYYY-MM"


@dataclass(frozen=True)
class HugePage:
    url: str
    bytes: int


@dataclass(frozen=True)
class ContentType:
    url: str
    content_type: str


@dataclass(frozen=True)
class Search:
    host: str
    path: str
    param: str
    index: str
    template: str


@dataclass(frozen=True)
class HostRedirect:
    host: str
    status: int
    to: str


@dataclass(frozen=True)
class NotFoundPage:
    host: str
    file: str
    status: int


@dataclass(frozen=True)
class Behaviours:
    delays: tuple[Delay, ...] = ()
    statuses: tuple[FixedStatus, ...] = ()
    flaky: tuple[FixedStatus, ...] = ()
    redirects: tuple[Redirect, ...] = ()
    calendars: tuple[Calendar, ...] = ()
    huge: tuple[HugePage, ...] = ()
    content_types: tuple[ContentType, ...] = ()
    searches: tuple[Search, ...] = ()
    host_redirects: tuple[HostRedirect, ...] = ()
    not_found_pages: tuple[NotFoundPage, ...] = ()


@dataclass(frozen=True)
class Manifest:
    """The parsed `testweb.json` (an empty one for a folder without it)."""

    seed: int | None = None
    counts: dict[str, Any] = field(default_factory=dict)
    behaviours: Behaviours = field(default_factory=Behaviours)
    raw: dict[str, Any] = field(default_factory=dict)


_SECTIONS: dict[str, tuple[type, dict[str, type]]] = {
    "delays": (Delay, {"seconds": float, "url": str, "host": str}),
    "statuses": (FixedStatus, {"url": str, "status": int}),
    "flaky": (FixedStatus, {"url": str, "status": int}),
    "redirects": (Redirect, {"url": str, "status": int, "location": str}),
    "calendars": (Calendar, {"host": str, "path": str, "param": str, "start": str}),
    "huge": (HugePage, {"url": str, "bytes": int}),
    "content_types": (ContentType, {"url": str, "content_type": str}),
    "searches": (
        Search,
        {"host": str, "path": str, "param": str, "index": str, "template": str},
    ),
    "host_redirects": (HostRedirect, {"host": str, "status": int, "to": str}),
    "not_found_pages": (NotFoundPage, {"host": str, "file": str, "status": int}),
}
_OPTIONAL = {("delays", "url"), ("delays", "host")}


def _entry(path: Path, section: str, index: int, value: object) -> object:
    cls, fields = _SECTIONS[section]
    where = f"{path}: behaviours.{section}[{index}]"
    if not isinstance(value, dict):
        raise ManifestError(f"{where}: expected an object, got {type(value).__name__}")
    unknown = set(value) - set(fields)
    if unknown:
        raise ManifestError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    kwargs: dict[str, object] = {}
    for name, kind in fields.items():
        if name not in value:
            if (section, name) in _OPTIONAL:
                continue
            raise ManifestError(f"{where}: missing field '{name}'")
        item = value[name]
        ok = isinstance(item, (int, float)) if kind is float else isinstance(item, kind)
        if not ok or isinstance(item, bool):
            raise ManifestError(f"{where}, field '{name}': {item!r} is not a {kind.__name__}")
        kwargs[name] = float(item) if kind is float else item
    url = kwargs.get("url")
    if isinstance(url, str) and not urlsplit(url).hostname:
        raise ManifestError(f"{where}, field 'url': {url!r} is not an absolute URL")
    if section == "delays" and bool(kwargs.get("url")) == bool(kwargs.get("host")):
        raise ManifestError(f"{where}: give exactly one of 'url' or 'host'")
    status = kwargs.get("status")  # an int when the section has one (checked above)
    if section in ("statuses", "flaky") and not (isinstance(status, int) and 400 <= status <= 599):
        raise ManifestError(f"{where}, field 'status': expected an error status 400-599")
    if section in ("redirects", "host_redirects") and status not in (301, 302, 303, 307, 308):
        raise ManifestError(f"{where}, field 'status': expected 301, 302, 303, 307 or 308")
    if section == "not_found_pages":
        if status not in (200, 404, 410):
            raise ManifestError(f"{where}, field 'status': expected 200, 404 or 410")
        if not (path.parent / str(kwargs["file"])).is_file():
            raise ManifestError(f"{where}, field 'file': {kwargs['file']!r} is not a file")
    return cls(**kwargs)


def load_manifest(root: Path | str) -> Manifest:
    """Read `<root>/testweb.json`; an absent file gives an empty manifest."""
    path = Path(root) / MANIFEST_NAME
    if not path.exists():
        return Manifest()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(f"{path}: cannot read the manifest: {exc}") from exc
    if not isinstance(data, dict):
        raise ManifestError(f"{path}: expected a JSON object at the top level")
    if data.get("format", FORMAT_VERSION) != FORMAT_VERSION:
        raise ManifestError(
            f"{path}, field 'format': {data.get('format')!r}; this server reads {FORMAT_VERSION}"
        )
    raw_behaviours = data.get("behaviours", {})
    if not isinstance(raw_behaviours, dict):
        raise ManifestError(f"{path}, field 'behaviours': expected an object")
    unknown = set(raw_behaviours) - set(_SECTIONS)
    if unknown:
        raise ManifestError(
            f"{path}: unknown behaviours section(s) {', '.join(sorted(unknown))}; "
            f"expected {', '.join(_SECTIONS)}"
        )
    # each section's entries are of the class _SECTIONS names for it, chosen at run time
    sections: dict[str, Any] = {}
    for section, entries in raw_behaviours.items():
        if not isinstance(entries, list):
            raise ManifestError(f"{path}: behaviours.{section}: expected a list")
        sections[section] = tuple(_entry(path, section, i, e) for i, e in enumerate(entries))
    return Manifest(
        seed=data.get("seed"),
        counts=data.get("counts", {}),
        behaviours=Behaviours(**sections),
        raw=data,
    )
