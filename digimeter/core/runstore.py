"""One run's storage: a SQLite database plus WARC files, in `output/<run-id>/`.

    run.db                 meta (schema version, run state), organisations, products, crawl
                           state per organisation, cases, page index, verdicts (and the
                           previous classification); the review tables (reviews, the
                           overrides view, samples, proposals: see digimeter.core.reviewstore,
                           samplestore, proposalstore)
    warc/pages-NNNNN.warc.gz   every stored response; each process start opens a new file,
                           so a crawl killed mid-write never damages what was indexed

A page is indexed only after its WARC record is written and flushed, so the index never
points at bytes that are not there. Nothing here imports Scrapy.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from digimeter.core import revisits
from digimeter.core.errors import BadInput
from digimeter.core.model import Case, Organisation, Product
from digimeter.core.pages import Page, PageRef, normalize_url
from digimeter.core.proposalstore import PROPOSAL_SCHEMA, ProposalStorage
from digimeter.core.reviewstore import REVIEW_SCHEMA, ReviewStorage
from digimeter.core.runstate import (
    CRAWLED,
    CRAWLING,
    FAILED,
    INTERRUPTED,
    NORMAL_PATH,
    ORG_CRAWLING,
    ORG_FINAL_STATES,
    ORG_INTERRUPTED,
    ORG_UNREACHABLE,
    PREPARING,
    SCHEMA_VERSION,
    UNKNOWN,
    CrawlLock,
    RunStatus,
    check_transition,
    failure_reason,
)
from digimeter.core.samplestore import SAMPLE_SCHEMA, SampleStorage
from digimeter.core.verdictstore import (
    VERDICT_SCHEMA,
    VerdictStorage,
    needs_upgrade,
    upgrade_verdicts,
)

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
"""


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_run_id(label: str = "") -> str:
    """A sortable run id: UTC time plus an optional label, e.g. 20261128T170501-demo."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    return f"{stamp}-{label}" if label else stamp


class RunFolderError(BadInput, FileNotFoundError):
    """Not a usable run folder: missing, or its run.db cannot be read."""


def find_run(run: str | Path, output: str | Path = "output") -> Path:
    """A run folder given as a path, or as a run id under `output`."""
    for candidate in (Path(run), Path(output) / str(run)):
        if (candidate / RunStore.DB_NAME).exists():
            return candidate
    error = RunFolderError(
        f"no run {str(run)!r}: expected a run folder or a run id under {output}/ "
        f"(a folder holding {RunStore.DB_NAME})"
    )
    error.hint = "`digimeter runs` lists the run folders"
    raise error


def set_run_state(run_dir: Path | str, state: str) -> None:
    """Change a run folder's state (see `RunStore.set_state`)."""
    store = RunStore(run_dir)
    try:
        store.set_state(state)
    finally:
        store.close()


class RunStore(VerdictStorage, ReviewStorage, SampleStorage, ProposalStorage):
    """Read and write one run folder (the verdict and review tables through the storage
    mixins). The only code that speaks SQL to run.db."""

    DB_NAME = "run.db"

    def __init__(self, run_dir: Path | str, *, create: bool = False) -> None:
        self.dir = Path(run_dir)
        path = self.dir / self.DB_NAME
        new = not path.exists()
        if new and not create:
            raise RunFolderError(f"{self.dir} is not a digimeter run folder (no {self.DB_NAME})")
        self.dir.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, isolation_level=None, timeout=30)
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA + VERDICT_SCHEMA + revisits.SCHEMA)
            self.db.executescript(REVIEW_SCHEMA + SAMPLE_SCHEMA + PROPOSAL_SCHEMA)
            self.db.execute("SELECT COUNT(*) FROM meta").fetchone()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            error = RunFolderError(f"{path}: cannot be read ({exc}); the run database is damaged")
            error.hint = "restore run.db from a copy, or measure again into a new run"
            raise error from exc
        if new:
            self.set_meta(schema_version=SCHEMA_VERSION)
        else:
            self._upgrade()
        self._writer: WarcPageWriter | None = None

    def _upgrade(self) -> None:
        """Bring a run.db written by an earlier version to this schema (one transaction;
        nothing is written when it has this schema already)."""
        if not needs_upgrade(self.db):
            return
        with self.transaction():
            upgrade_verdicts(self.db, str(self.dir / self.DB_NAME))
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is not None and json.loads(row[0]) < SCHEMA_VERSION:
                self.db.execute(
                    "UPDATE meta SET value = ? WHERE key = 'schema_version'",
                    (json.dumps(SCHEMA_VERSION),),
                )

    @property
    def run_id(self) -> str:
        return str(self.meta().get("run_id", self.dir.name))

    def data_version(self) -> int:
        """A number that changes when another connection changes run.db."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def copy_database(self, target: RunStore) -> None:
        """Copy run.db into `target`'s (a consistent snapshot, through SQLite's backup)."""
        self.db.backup(target.db)

    def referred_runs(self) -> set[str]:
        """The runs (folder names) whose WARC files this run reads pages from."""
        return revisits.referred_runs(self.db)

    def inline_revisits(self) -> int:
        """Copy the pages this run reads from earlier runs into its own WARC files."""
        return revisits.inline_revisits(self)

    def revisit_original(self, url: str, *, rendered: bool) -> revisits.Original | None:
        """Where the record of a stored page lies, for a later run's revisit record."""
        return revisits.original_of(self.db, self.dir, url, rendered)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE): all of it is stored, or none of it."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- metadata ---------------------------------------------------------------------
    def set_meta(self, **values: Any) -> None:
        with self.transaction():
            for key, value in values.items():
                self.db.execute(
                    "INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value))
                )

    def append_meta(self, key: str, item: Any) -> None:
        """Append `item` to the list kept under `key` (one transaction: workers that resume
        the run at the same moment each keep theirs)."""
        with self.transaction():
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            items = [*json.loads(row[0]), item] if row else [item]
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(items)))

    def meta(self) -> dict[str, Any]:
        return {k: json.loads(v) for k, v in self.db.execute("SELECT key, value FROM meta")}

    # -- inputs -----------------------------------------------------------------------
    def save_inputs(self, organisations: list[Organisation], products: list[Product]) -> None:
        with self.transaction():
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

    def update_organisations(self, organisations: list[Organisation]) -> None:
        """Replace the stored name and extra columns (e.g. inhabitants) of organisations
        of the run; their code, type and website, and their crawl, stay as they are."""
        with self.transaction():
            self.db.executemany(
                "UPDATE organisations SET name = ?, extra = ? WHERE code = ?",
                [(o.name, json.dumps(o.extra), o.code) for o in organisations],
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
        with self.transaction():
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
        """The organisations whose crawl reached a final state (done or unreachable)."""
        marks = ",".join("?" * len(ORG_FINAL_STATES))
        rows = self.db.execute(
            f"SELECT org_code FROM org_crawl WHERE state IN ({marks})", ORG_FINAL_STATES
        )
        return {c for (c,) in rows}

    def start_org(self, org_code: str, worker: str = "") -> None:
        """Record that this process crawls the organisation now (not final)."""
        self.db.execute(
            "INSERT OR REPLACE INTO org_crawl VALUES (?, ?, '', ?, '')",
            (org_code, ORG_CRAWLING, json.dumps({"worker": worker} if worker else {})),
        )

    def interrupt_orgs(self, org_codes: Iterable[str], reason: str = "") -> None:
        """Organisations whose crawl was cut: not final, crawled again on resume."""
        with self.transaction():
            for code in org_codes:
                self.db.execute(
                    "UPDATE org_crawl SET state = ?, reason = ?, finished_at = ? "
                    "WHERE org_code = ? AND state NOT IN (?, ?)",
                    (ORG_INTERRUPTED, reason, now_iso(), code, *ORG_FINAL_STATES),
                )

    def org_states(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT org_code, state FROM org_crawl").fetchall())

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

    # -- run state ------------------------------------------------------------------------
    def state(self) -> str:
        """The stored run state; `unknown` for a run.db written before states existed."""
        meta = self.meta()
        if "schema_version" not in meta:
            return UNKNOWN
        return str(meta.get("state", ""))

    def set_state(self, state: str, *, reason: str = "") -> None:
        """Change the run state (only along `runstate.TRANSITIONS`)."""
        with self.transaction():
            self._set_state(state, reason)

    def _set_state(self, state: str, reason: str) -> None:
        current = self.state()
        if current == UNKNOWN:
            return  # a run from before run states: it stays unknown
        check_transition(current, state)
        values = {"state": state, "state_at": now_iso(), "state_reason": reason}
        for key, value in values.items():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value)))

    def advance_to(self, state: str) -> None:
        """Walk the normal path (preparing, crawling, crawled, ...) up to `state`."""
        current = self.state()
        start = NORMAL_PATH.index(current) + 1 if current in NORMAL_PATH else 0
        for step in NORMAL_PATH[start : NORMAL_PATH.index(state) + 1]:
            self.set_state(step)

    def end_crawl(self, *, others_crawling: bool) -> str:
        """A crawling process ends: the run becomes crawled (or failed) when every
        organisation is final, interrupted when some are not and nobody crawls on."""
        with self.transaction():
            state = self.state()
            if state not in (PREPARING, CRAWLING, INTERRUPTED):
                return state
            orgs = [o.code for o in self.organisations()]
            rows = self.db.execute("SELECT org_code, state, reason FROM org_crawl").fetchall()
            final = {c for c, s, _ in rows if s in ORG_FINAL_STATES}
            if all(code in final for code in orgs):
                reasons = Counter(r for _, s, r in rows if s == ORG_UNREACHABLE)
                why = failure_reason(dict(reasons), len(orgs))
                self._set_state(FAILED if why else CRAWLED, why)
                return FAILED if why else CRAWLED
            if others_crawling:
                return state
            self._set_state(INTERRUPTED, "")
            return INTERRUPTED

    def status(self) -> RunStatus:
        """The effective state (a crawl nobody runs any more is interrupted) and what is
        missing."""
        state = self.state()
        if state in ("", PREPARING, CRAWLING) and not CrawlLock.held(self.dir):
            state = INTERRUPTED
        final = self.finished_orgs()
        orgs = self.organisations()
        missing = tuple((o.code, o.name) for o in orgs if o.code not in final)
        reason = str(self.meta().get("state_reason", "")) if state == FAILED else ""
        return RunStatus(self.dir, state, len(orgs), missing, reason)

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

    def page_count(self, *, rendered: bool | None = None) -> int:
        where = "" if rendered is None else f" WHERE rendered = {int(rendered)}"
        return int(self.db.execute(f"SELECT COUNT(*) FROM pages{where}").fetchone()[0])

    def index_page(self, ref: PageRef) -> None:
        """Add (or replace) one page's row in the page index."""
        self.db.execute(
            f"INSERT OR REPLACE INTO pages ({', '.join(PAGE_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(PAGE_COLUMNS))})",
            (
                ref.url, int(ref.rendered), ref.status, ref.error, json.dumps(dict(ref.headers)),
                int(ref.truncated), ref.warc_file, ref.warc_offset, ref.warc_length,
                ref.fetched_at, ref.org_code,
            ),
        )  # fmt: skip

    def page_ref(self, url: str, *, rendered: bool | None = None) -> PageRef | None:
        """The index row of the stored page of `url` (the rendered one when there is one,
        unless `rendered` says)."""
        where = "" if rendered is None else f" AND rendered = {int(rendered)}"
        row = self.db.execute(
            f"SELECT {', '.join(PAGE_COLUMNS)} FROM pages WHERE url = ?{where} "
            "ORDER BY rendered DESC LIMIT 1",
            (normalize_url(url),),
        ).fetchone()
        return None if row is None else _page_ref(row)

    def page_refs(self) -> Iterator[PageRef]:
        """Every row of the page index, in the order stored."""
        for row in self.db.execute(f"SELECT {', '.join(PAGE_COLUMNS)} FROM pages ORDER BY rowid"):
            yield _page_ref(row)

    def page_urls(self) -> Iterator[str]:
        for (url,) in self.db.execute("SELECT DISTINCT url FROM pages"):
            yield url


#: The columns of the page index, in the order of `PageRef`'s fields.
PAGE_COLUMNS = (
    "url", "rendered", "status", "error", "headers", "truncated", "warc_file", "warc_offset",
    "warc_length", "fetched_at", "org_code",
)  # fmt: skip


def _page_ref(row: tuple[Any, ...]) -> PageRef:
    url, rendered, status, error, headers, truncated, warc_file, offset, length, at, org = row
    return PageRef(
        url=url, rendered=bool(rendered), status=status, error=error or "",
        headers=json.loads(headers or "{}"), truncated=bool(truncated), warc_file=warc_file or "",
        warc_offset=offset or 0, warc_length=length or 0, fetched_at=at or "", org_code=org or "",
    )  # fmt: skip


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
        self.store.index_page(
            PageRef(
                url, page.rendered, page.status, page.error, page.headers, page.truncated,
                self.name if length else "", offset, length, fetched_at, org_code,
            )
        )  # fmt: skip

    def add_revisit(self, page: Page, org_code: str, original: revisits.Original) -> None:
        """Store a page not modified since an earlier run as a revisit record pointing to
        the earlier run's record (`page` holds the status and headers of the 304)."""
        url = normalize_url(page.url)
        fetched_at = page.fetched_at or now_iso()
        offset = self._fh.tell()
        status = 0 if page.rendered else 304
        record = revisits.revisit_record(self._warc, url, fetched_at, original, status,
                                         dict(page.headers))  # fmt: skip
        self._warc.write_record(record)
        self._fh.flush()
        with self.store.transaction():  # the revisit and its page row, or neither
            revisits.index_revisit(self.store.db, self.store.dir, self.name, offset, url,
                                   page.rendered, original)  # fmt: skip
            self.store.index_page(
                PageRef(
                    url, page.rendered, page.status, "", page.headers, page.truncated,
                    self.name, offset, self._fh.tell() - offset, fetched_at, org_code,
                )
            )  # fmt: skip

    def _record(self, page: Page, url: str, fetched_at: str) -> ArcWarcRecord:
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
        ref = self.store.page_ref(url, rendered=rendered)
        if ref is None:
            return None
        return ref.page(self._body(ref.warc_file, ref.warc_offset) if ref.warc_file else b"")

    def _body(self, warc_file: str, offset: int) -> bytes:
        fh = self._files.get(warc_file)
        if fh is None:
            fh = self._files[warc_file] = open(self.store.dir / warc_file, "rb")  # noqa: SIM115
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            if record.rec_type == "revisit":  # the body is in an earlier run's WARC
                return revisits.revisited_body(self.store.db, self.store.dir, warc_file, offset)
            return bytes(record.content_stream().read())
        return b""

    def urls(self) -> Iterator[str]:
        return self.store.page_urls()

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()
        self._files.clear()
