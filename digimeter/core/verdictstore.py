"""The verdicts of a run in run.db: one SQL column per field of `model.Verdict`.

Two tables of the same shape: `verdicts` (the current classification) and
`verdicts_previous` (the one it replaced). Levels are INTEGER (NULL for no level), the
confidence REAL (two decimals, as in verdicts.csv), every other field TEXT in its
verdicts.csv form (signals joined by ';', evidence as a JSON list).

Runs of schema version 1 kept each verdict as one JSON text (`row`); `upgrade_verdicts`
moves such a run to the columns when it is opened (schema version 2).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from digimeter.core.errors import BadInput
from digimeter.core.model import VERDICT_CODECS, VERDICT_FIELDS, Evidence, Verdict

VERDICT_TABLES = ("verdicts", "verdicts_previous")
_COLUMNS = ", ".join(VERDICT_FIELDS)
_DEFINITIONS = ", ".join(f"{name} {codec.sql_type}" for name, codec in VERDICT_CODECS.items())
VERDICT_SCHEMA = "".join(
    f"CREATE TABLE IF NOT EXISTS {table} ({_DEFINITIONS}, PRIMARY KEY (org_code, product_key));\n"
    for table in VERDICT_TABLES
)
#: Each column as its verdicts.csv cell, computed by SQLite (no per-row Python).
_CELLS = ", ".join(
    {
        "INTEGER": f"COALESCE(CAST(v.{name} AS TEXT), '')",
        "REAL": f"printf('%.2f', v.{name})",
    }.get(codec.sql_type, f"v.{name}")
    for name, codec in VERDICT_CODECS.items()
)
#: Organisation-list, then product-list order.
_ORDER = (
    "LEFT JOIN organisations o ON o.code = v.org_code "
    "LEFT JOIN products p ON p.key = v.product_key ORDER BY o.position, p.position"
)


def _sql_values(row: dict[str, str]) -> tuple[Any, ...]:
    """A verdicts.csv row as the values of the table's columns."""
    values: list[Any] = []
    for name, codec in VERDICT_CODECS.items():
        cell = row.get(name, "")
        if codec.sql_type == "INTEGER":
            values.append(int(cell) if cell != "" else None)
        elif codec.sql_type == "REAL":
            values.append(float(cell or 0))
        else:
            values.append(cell)
    return tuple(values)


class VerdictStorage:
    """The verdict tables of a run (mixed into `RunStore`, which provides `db`)."""

    db: sqlite3.Connection

    if TYPE_CHECKING:  # provided by RunStore

        def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...

    def save_verdicts(self, verdicts: Iterable[Verdict]) -> None:
        """Replace the run's verdicts; the ones replaced are kept as the previous set."""
        values = [_sql_values(v.as_row()) for v in verdicts]
        marks = ", ".join("?" * len(VERDICT_FIELDS))
        with self.transaction():
            self.db.execute("DELETE FROM verdicts_previous")
            self.db.execute(
                f"INSERT INTO verdicts_previous ({_COLUMNS}) SELECT {_COLUMNS} FROM verdicts"
            )
            self.db.execute("DELETE FROM verdicts")
            self.db.executemany(f"INSERT INTO verdicts ({_COLUMNS}) VALUES ({marks})", values)

    def verdict_table(self, *, previous: bool = False) -> list[tuple[str, ...]]:
        """Every verdict as the cells of its verdicts.csv row (columns `VERDICT_FIELDS`),
        in organisation and product order: the fast reader scoring uses."""
        table = "verdicts_previous" if previous else "verdicts"
        return self.db.execute(f"SELECT {_CELLS} FROM {table} v {_ORDER}").fetchall()

    def verdict_rows(self, *, previous: bool = False) -> list[dict[str, str]]:
        """Every verdict as a verdicts.csv row, in organisation and product order."""
        return [dict(zip(VERDICT_FIELDS, cells, strict=True))
                for cells in self.verdict_table(previous=previous)]  # fmt: skip

    def verdicts(self, *, previous: bool = False) -> list[Verdict]:
        """Every verdict, in organisation and product order."""
        rows = self.verdict_rows(previous=previous)
        # the evidence of all rows parsed in one go, not one JSON text per row
        evidence = json.loads("[" + ",".join(r["evidence"] or "[]" for r in rows) + "]")
        plain = [(n, c.from_cell) for n, c in VERDICT_CODECS.items() if n != "evidence"]
        return [
            Verdict(
                **{name: parse(row[name]) for name, parse in plain},
                evidence=tuple(Evidence(**item) for item in items),
            )
            for row, items in zip(rows, evidence, strict=True)
        ]

    def verdict_row(self, org_code: str, product_key: str) -> dict[str, str] | None:
        """One verdict as a verdicts.csv row, or None."""
        cells = self.db.execute(
            f"SELECT {_CELLS} FROM verdicts v WHERE org_code = ? AND product_key = ?",
            (org_code, product_key),
        ).fetchone()
        return None if cells is None else dict(zip(VERDICT_FIELDS, cells, strict=True))

    def verdict_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM verdicts").fetchone()[0])

    def rules_versions(self) -> list[str]:
        """The rules versions of the run's verdicts."""
        rows = self.db.execute("SELECT DISTINCT rules_version FROM verdicts")
        return sorted(v for (v,) in rows if v)


_JSON_LAYOUT = ["org_code", "product_key", "row"]


def _json_layout(db: sqlite3.Connection, table: str) -> bool:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")] == _JSON_LAYOUT


def needs_upgrade(db: sqlite3.Connection) -> bool:
    """True for a run.db whose verdicts are JSON texts (schema version 1 and before)."""
    return any(_json_layout(db, table) for table in VERDICT_TABLES)


def upgrade_verdicts(db: sqlite3.Connection, source: str) -> None:
    """Move verdict tables kept as JSON texts to one column per field (inside the
    caller's transaction; a table already moved, by another process, is left alone)."""
    for table in VERDICT_TABLES:
        if not _json_layout(db, table):
            continue
        rows = db.execute(f"SELECT rowid, row FROM {table} ORDER BY rowid").fetchall()
        values = []
        for rowid, text in rows:
            stored = json.loads(text)
            cells = {k: "" if (v := stored.get(k)) is None else str(v) for k in VERDICT_FIELDS}
            try:
                values.append(_sql_values(cells))
            except ValueError as exc:
                raise BadInput(
                    f"{source} table {table}, row {rowid}: cannot be upgraded ({exc}); "
                    "expected a verdict as written by digimeter"
                ) from exc
        db.execute(f"DROP TABLE {table}")
        db.execute(VERDICT_SCHEMA.splitlines()[VERDICT_TABLES.index(table)])
        marks = ", ".join("?" * len(VERDICT_FIELDS))
        db.executemany(f"INSERT INTO {table} ({_COLUMNS}) VALUES ({marks})", values)
