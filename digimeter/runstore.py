"""One run's storage: a SQLite database plus WARC files, in `output/<run-id>/`.

    run.db                 runs, organisations, products, crawl state, cases, page index,
                           verdicts (and the previous classification), review overrides
    warc/pages-NNNNN.warc.gz   every stored response; each process start opens a new file,
                           so a crawl killed mid-write never damages what was indexed

A page is indexed only after its WARC record is written and flushed, so the index never
points at bytes that are not there. Nothing here imports Scrapy.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from digimeter.model import VERDICT_FIELDS, Case, Organisation, Product
from digimeter.pages import Page, normalize_url

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS organisations (
    code TEXT PRIMARY KEY, name TEXT, org_type TEXT, website TEXT, extra TEXT, position INTEGER);
CREATE TABLE IF NOT EXISTS products (key TEXT PRIMARY KEY, record TEXT, position INTEGER);
CREATE TABLE IF NOT EXISTS org_crawl (
    org_code TEXT PRIMARY KEY, state TEXT NOT NULL, reason TEXT DEFAULT '',
    summary TEXT DEFAULT '{}', finished_at TEXT DEFAULT '');
CREATE TABLE IF NOT EXISTS cases (
    org_code TEXT, product_key TEXT, outcome TEXT, product_url TEXT, found_via TEXT,
    reason TEXT, sc_online_aanvragen TEXT, sc_aanvraag_url TEXT,
    PRIMARY KEY (org_code, product_key));
CREATE TABLE IF NOT EXISTS pages (
    url TEXT, rendered INTEGER, status INTEGER, error TEXT, headers TEXT, truncated INTEGER,
    warc_file TEXT, warc_offset INTEGER, warc_length INTEGER, fetched_at TEXT, org_code TEXT,
    PRIMARY KEY (url, rendered));
CREATE TABLE IF NOT EXISTS verdicts (
    org_code TEXT, product_key TEXT, row TEXT, PRIMARY KEY (org_code, product_key));
CREATE TABLE IF NOT EXISTS verdicts_previous (
    org_code TEXT, product_key TEXT, row TEXT, PRIMARY KEY (org_code, product_key));
"""


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_run_id(label: str = "") -> str:
    """A sortable run id: UTC time plus an optional label, e.g. 20261128T170501-demo."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    return f"{stamp}-{label}" if label else stamp


def find_run(run: str | Path, output: str | Path = "output") -> Path:
    """A run folder given as a path, or as a run id under `output`."""
    for candidate in (Path(run), Path(output) / str(run)):
        if (candidate / RunStore.DB_NAME).exists():
            return candidate
    raise FileNotFoundError(
        f"no run {str(run)!r}: expected a run folder or a run id under {output}/ "
        f"(a folder holding {RunStore.DB_NAME})"
    )


class RunStore:
    """Read and write one run folder."""

    DB_NAME = "run.db"

    def __init__(self, run_dir: Path | str, *, create: bool = False) -> None:
        self.dir = Path(run_dir)
        if not (self.dir / self.DB_NAME).exists() and not create:
            raise FileNotFoundError(f"{self.dir} is not a digimeter run folder (no {self.DB_NAME})")
        self.dir.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.dir / self.DB_NAME, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        self._writer: WarcPageWriter | None = None

    @property
    def run_id(self) -> str:
        return self.meta().get("run_id", self.dir.name)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self.db.close()

    # -- metadata ---------------------------------------------------------------------
    def set_meta(self, **values: Any) -> None:
        with self.db:
            for key, value in values.items():
                self.db.execute(
                    "INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value))
                )

    def meta(self) -> dict[str, Any]:
        return {k: json.loads(v) for k, v in self.db.execute("SELECT key, value FROM meta")}

    # -- inputs -----------------------------------------------------------------------
    def save_inputs(self, organisations: list[Organisation], products: list[Product]) -> None:
        with self.db:
            self.db.execute("DELETE FROM organisations")
            self.db.executemany(
                "INSERT INTO organisations VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (o.code, o.name, o.org_type, o.website, json.dumps(o.extra), i)
                    for i, o in enumerate(organisations)
                ],
            )
            self.db.execute("DELETE FROM products")
            self.db.executemany(
                "INSERT INTO products VALUES (?, ?, ?)",
                [(p.key, json.dumps(_product_record(p)), i) for i, p in enumerate(products)],
            )

    def organisations(self) -> list[Organisation]:
        rows = self.db.execute(
            "SELECT code, name, org_type, website, extra FROM organisations ORDER BY position"
        )
        return [Organisation(c, n, t, w, json.loads(e or "{}")) for c, n, t, w, e in rows]

    def products(self) -> list[Product]:
        rows = self.db.execute("SELECT record FROM products ORDER BY position")
        return [_product_from_record(json.loads(r)) for (r,) in rows]

    # -- crawl state ------------------------------------------------------------------
    def finish_org(
        self,
        org_code: str,
        cases: Iterable[Case],
        *,
        state: str = "done",
        reason: str = "",
        summary: dict[str, Any] | None = None,
    ) -> None:
        """Store an organisation's cases and mark it finished, in one transaction."""
        with self.db:
            self.db.execute("DELETE FROM cases WHERE org_code = ?", (org_code,))
            self.db.executemany(
                "INSERT INTO cases VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        org_code, c.product.key, c.outcome, c.product_url, c.found_via,
                        c.reason, c.sc_online_aanvragen, c.sc_aanvraag_url,
                    )
                    for c in cases
                ],
            )  # fmt: skip
            self.db.execute(
                "INSERT OR REPLACE INTO org_crawl VALUES (?, ?, ?, ?, ?)",
                (org_code, state, reason, json.dumps(summary or {}), now_iso()),
            )

    def finished_orgs(self) -> set[str]:
        return {c for (c,) in self.db.execute("SELECT org_code FROM org_crawl")}

    def org_summaries(self) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT org_code, state, reason, summary, finished_at FROM org_crawl ORDER BY rowid"
        )
        return [
            {"org_code": c, "state": s, "reason": r, "finished_at": f, **json.loads(j)}
            for c, s, r, j, f in rows
        ]

    def cases(self) -> list[Case]:
        """All stored cases, in organisation-list and product-list order."""
        orgs = {o.code: o for o in self.organisations()}
        products = {p.key: p for p in self.products()}
        rows = self.db.execute(
            "SELECT c.* FROM cases c JOIN organisations o ON o.code = c.org_code "
            "JOIN products p ON p.key = c.product_key ORDER BY o.position, p.position"
        )
        return [
            Case(orgs[o], products[k], out, url, via, reason, sc_on, sc_url)
            for o, k, out, url, via, reason, sc_on, sc_url in rows
        ]

    # -- pages --------------------------------------------------------------------------
    def page_writer(self) -> WarcPageWriter:
        if self._writer is None:
            self._writer = WarcPageWriter(self)
        return self._writer

    def page_store(self) -> WarcPageStore:
        return WarcPageStore(self)

    def has_page(self, url: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM pages WHERE url = ? LIMIT 1", (normalize_url(url),)
        ).fetchone()
        return row is not None

    def page_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM pages").fetchone()[0])

    # -- verdicts -----------------------------------------------------------------------
    def save_verdicts(self, rows: Iterable[dict[str, str]]) -> None:
        """Replace the run's verdicts; the ones replaced are kept as the previous set."""
        with self.db:
            self.db.execute("DELETE FROM verdicts_previous")
            self.db.execute("INSERT INTO verdicts_previous SELECT * FROM verdicts")
            self.db.execute("DELETE FROM verdicts")
            self.db.executemany(
                "INSERT INTO verdicts VALUES (?, ?, ?)",
                [(r["org_code"], r["product_key"], json.dumps(r)) for r in rows],
            )

    def verdicts(self, *, previous: bool = False) -> list[dict[str, str]]:
        table = "verdicts_previous" if previous else "verdicts"
        rows = self.db.execute(
            f"SELECT v.row FROM {table} v LEFT JOIN organisations o ON o.code = v.org_code "
            "LEFT JOIN products p ON p.key = v.product_key ORDER BY o.position, p.position"
        )
        verdicts = []
        for (raw,) in rows:
            row = json.loads(raw)
            verdicts.append({k: row.get(k, "") for k in VERDICT_FIELDS})
        return verdicts


def _product_record(p: Product) -> dict[str, Any]:
    return {
        "key": p.key, "upl_uri": p.upl_uri, "name_nl": p.name_nl, "name_en": p.name_en,
        "org_types": "".join(sorted(p.org_types)), "audience": p.audience, "kind": p.kind,
        "search_terms": list(p.search_terms), "notes": p.notes, "offered_by": p.offered_by,
        "objects": list(p.objects), "activities": list(p.activities),
    }  # fmt: skip


def _product_from_record(r: dict[str, Any]) -> Product:
    return Product(
        key=r["key"], upl_uri=r["upl_uri"], name_nl=r["name_nl"], name_en=r["name_en"],
        org_types=frozenset(r["org_types"]), audience=r["audience"], kind=r["kind"],
        search_terms=tuple(r["search_terms"]), notes=r["notes"], offered_by=r["offered_by"],
        objects=tuple(r.get("objects", ())), activities=tuple(r.get("activities", ())),
    )  # fmt: skip


class WarcPageWriter:
    """Appends pages to a new WARC file of the run and indexes them in run.db."""

    def __init__(self, store: RunStore) -> None:
        self.store = store
        warc_dir = store.dir / "warc"
        warc_dir.mkdir(exist_ok=True)
        n = len(list(warc_dir.glob("pages-*.warc.gz"))) + 1
        while True:  # exclusive create: concurrent workers never share a file
            self.name = f"warc/pages-{n:05d}.warc.gz"
            try:
                self._fh: BinaryIO = open(store.dir / self.name, "xb")  # noqa: SIM115
                break
            except FileExistsError:
                n += 1
        self._warc = WARCWriter(self._fh, gzip=True)
        self._pending = 0

    def add(self, page: Page, org_code: str = "") -> None:
        """Store one page (a response, a rendered DOM, or a failed fetch)."""
        url = normalize_url(page.url)
        fetched_at = page.fetched_at or now_iso()
        offset = length = 0
        if not page.error:
            offset = self._fh.tell()
            self._warc.write_record(self._record(page, url, fetched_at))
            self._fh.flush()
            length = self._fh.tell() - offset
        self.store.db.execute(
            "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                url, int(page.rendered), page.status, page.error, json.dumps(dict(page.headers)),
                int(page.truncated), self.name if length else "", offset, length, fetched_at,
                org_code,
            ),
        )  # fmt: skip

    def _record(self, page: Page, url: str, fetched_at: str):  # type: ignore[no-untyped-def]
        warc_headers = {"WARC-Date": fetched_at}
        if page.rendered:
            warc_headers["WARC-Refers-To-Target-URI"] = url
            return self._warc.create_warc_record(
                url, "conversion", payload=BytesIO(page.body),
                warc_headers_dict=warc_headers, warc_content_type="text/html; charset=utf-8",
            )  # fmt: skip
        http_headers = StatusAndHeaders(
            f"{page.status} -", [(k, v) for k, v in page.headers.items()], protocol="HTTP/1.1"
        )
        return self._warc.create_warc_record(
            url, "response", payload=BytesIO(page.body), http_headers=http_headers,
            warc_headers_dict=warc_headers,
        )  # fmt: skip

    def close(self) -> None:
        self._fh.close()


class WarcPageStore:
    """The run's stored pages, read from its WARC files through the index (a PageStore)."""

    def __init__(self, store: RunStore) -> None:
        self.store = store
        self._files: dict[str, BinaryIO] = {}

    def get(self, url: str, *, rendered: bool | None = None) -> Page | None:
        """The stored page (the rendered one when there is one, unless `rendered` says)."""
        where = "" if rendered is None else f" AND rendered = {int(rendered)}"
        row = self.store.db.execute(
            "SELECT url, rendered, status, error, headers, truncated, warc_file, warc_offset, "
            f"fetched_at FROM pages WHERE url = ?{where} ORDER BY rendered DESC LIMIT 1",
            (normalize_url(url),),
        ).fetchone()
        if row is None:
            return None
        key, rendered, status, error, headers, truncated, warc_file, offset, fetched_at = row
        body = self._body(warc_file, offset) if warc_file else b""
        return Page(
            url=key, status=status, headers=json.loads(headers), body=body,
            rendered=bool(rendered), fetched_at=fetched_at, error=error or "",
            truncated=bool(truncated),
        )  # fmt: skip

    def _body(self, warc_file: str, offset: int) -> bytes:
        fh = self._files.get(warc_file)
        if fh is None:
            fh = self._files[warc_file] = open(self.store.dir / warc_file, "rb")  # noqa: SIM115
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            return bytes(record.content_stream().read())
        return b""

    def urls(self) -> Iterator[str]:
        for (url,) in self.store.db.execute("SELECT DISTINCT url FROM pages"):
            yield url

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()
        self._files.clear()
