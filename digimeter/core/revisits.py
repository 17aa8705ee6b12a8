"""WARC `revisit` records: a page not modified since an earlier run is stored as a pointer.

When a conditional request of a re-crawl is answered `304 Not Modified`, the page is the
one the earlier run stored. The new run's WARC gets a `revisit` record (profile
server-not-modified, `WARC-Refers-To` the original record) instead of the body again, and
run.db's `revisits` table says where the original lies: a WARC file of the earlier run,
by a path relative to this run's folder, and its offset. `WarcPageStore` follows it, so
classification and review read such a page like any other.

A run that later runs refer to cannot be deleted without breaking them
(`digimeter.core.runhistory`); `inline_revisits` copies the pages a run reads from earlier runs
into its own WARC files, so that it stands on its own.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders

if TYPE_CHECKING:
    from digimeter.core.runstore import RunStore

SCHEMA = """
CREATE TABLE IF NOT EXISTS revisits (
    warc_file TEXT, warc_offset INTEGER, url TEXT, rendered INTEGER, refers_run TEXT,
    refers_file TEXT, refers_offset INTEGER, PRIMARY KEY (warc_file, warc_offset));
"""
PROFILE = "http://netpreserve.org/warc/1.0/revisit/server-not-modified"


@dataclass(frozen=True)
class Original:
    """Where a stored page's full record lies (following an earlier revisit)."""

    run_id: str
    path: Path  # the WARC file
    offset: int
    record_id: str
    digest: str
    date: str
    uri: str


def read_record(fh: BinaryIO, offset: int) -> Any:
    fh.seek(offset)
    for record in ArchiveIterator(fh):
        return record
    raise ValueError(f"no WARC record at offset {offset}")


def original_of(db: sqlite3.Connection, run_dir: Path, url: str, rendered: bool) -> Original | None:
    """The original record of a stored page of a run (None when the page has no body)."""
    row = db.execute(
        "SELECT warc_file, warc_offset FROM pages "
        "WHERE url = ? AND rendered = ? AND warc_file != ''",
        (url, int(rendered)),
    ).fetchone()
    if row is None:
        return None
    warc_file, offset = row
    hop = db.execute(
        "SELECT refers_run, refers_file, refers_offset FROM revisits "
        "WHERE warc_file = ? AND warc_offset = ?",
        (warc_file, offset),
    ).fetchone()
    run_id, path = run_dir.name, run_dir / warc_file
    if hop is not None:
        run_id, path, offset = hop[0], run_dir / hop[1], hop[2]
    with open(path, "rb") as fh:
        record = read_record(fh, offset)
        headers = record.rec_headers
        return Original(
            run_id=run_id, path=path, offset=offset,
            record_id=headers.get_header("WARC-Record-ID") or "",
            digest=headers.get_header("WARC-Payload-Digest") or "sha1:unknown",
            date=headers.get_header("WARC-Date") or "",
            uri=headers.get_header("WARC-Target-URI") or url,
        )  # fmt: skip


def revisit_record(writer: Any, url: str, fetched_at: str, original: Original, status: int,
                   headers: dict[str, str]) -> Any:  # fmt: skip
    """A revisit record for `url` that refers to `original` (HTTP headers of the 304)."""
    http_headers = None
    if status:
        http_headers = StatusAndHeaders(f"{status} -", list(headers.items()), protocol="HTTP/1.1")
    record = writer.create_revisit_record(
        url, original.digest, original.uri, original.date, http_headers=http_headers,
        warc_headers_dict={"WARC-Date": fetched_at, "WARC-Refers-To": original.record_id},
    )  # fmt: skip
    record.rec_headers.replace_header("WARC-Profile", PROFILE)
    return record


def index_revisit(db: sqlite3.Connection, run_dir: Path, warc_file: str, offset: int, url: str,
                  rendered: bool, original: Original) -> None:  # fmt: skip
    db.execute(
        "INSERT OR REPLACE INTO revisits VALUES (?, ?, ?, ?, ?, ?, ?)",
        (warc_file, offset, url, int(rendered), original.run_id,
         os.path.relpath(original.path, run_dir), original.offset),
    )  # fmt: skip


def revisited_body(db: sqlite3.Connection, run_dir: Path, warc_file: str, offset: int) -> bytes:
    """The body of the original a revisit record of this run refers to."""
    row = db.execute(
        "SELECT refers_file, refers_offset FROM revisits WHERE warc_file = ? AND warc_offset = ?",
        (warc_file, offset),
    ).fetchone()
    if row is None:
        raise ValueError(f"{run_dir / warc_file} @{offset}: a revisit record without its index row")
    with open(run_dir / row[0], "rb") as fh:
        return bytes(read_record(fh, row[1]).content_stream().read())


#: the revisit records the run's page index still uses
LIVE = "FROM revisits r JOIN pages p ON p.warc_file = r.warc_file AND p.warc_offset = r.warc_offset"


def referred_runs(db: sqlite3.Connection) -> set[str]:
    """The runs (folder names) whose WARC files a run's page index reads pages from."""
    return {r for (r,) in db.execute(f"SELECT DISTINCT r.refers_run {LIVE}")}


def inline_revisits(store: RunStore) -> int:
    """Copy every page the run reads from an earlier run into a new WARC file of the run
    as a full record, and drop its revisits; returns how many pages were copied."""
    rows = store.db.execute(f"SELECT r.url, r.rendered, p.org_code {LIVE}").fetchall()
    pages, writer = store.page_store(), store.page_writer()
    try:
        for url, rendered, org_code in rows:
            page = pages.get(url, rendered=bool(rendered))
            if page is None:
                raise ValueError(f"{store.dir}: {url} is in the revisits but not in the pages")
            writer.add(page, org_code)  # the page row now points to the full record
        store.db.execute("DELETE FROM revisits")
    finally:
        pages.close()
    return len(rows)
