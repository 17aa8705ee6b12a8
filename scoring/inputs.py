"""Read what scoring needs from a run folder or a plain `verdicts.csv`, and check it.

A run folder (`digimeter.runstore.RunStore`) gives verdicts, organisations, products, meta
and, when the review app has stored any, the `overrides` table of `run.db`. A folder with
only a `verdicts.csv`, or the path of a verdicts CSV file, works too (that is how tests and
analysts score hand-made sets); `organisations.csv` (with `inhabitants` for size classes),
`products.csv` (product names) and `overrides.csv` beside it are used when present.

Every error names the source, the line (CSV) or row (run.db), the field, the value and what
was expected; nothing is scored or written from input that failed the check.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from digimeter.configfiles import ConfigError, load_organisations
from digimeter.model import AUDIENCES, LEVELS, ORG_TYPES, STATUSES, VERDICT_FIELDS
from digimeter.runstore import RunStore

#: Verdict columns scoring cannot do without.
REQUIRED_VERDICT_FIELDS = (
    "org_code", "org_type", "product_key", "audience", "status", "level", "level_strict",
)  # fmt: skip
#: Columns of a review override (the review app's `overrides` table in run.db).
OVERRIDE_FIELDS = (
    "org_code", "product_key", "status", "level", "level_strict", "reviewer", "reviewed_at",
    "reason",
)  # fmt: skip


class ScoringInputError(ValueError):
    """Input that cannot be scored; the message says where and what was expected."""

    def __init__(self, source: str, message: str, *, where: str = "", field: str = "") -> None:
        text = source
        if where:
            text += f", {where}"
        if field:
            text += f", field '{field}'"
        super().__init__(f"{text}: {message}")
        self.source = source
        self.where = where
        self.field = field


@dataclass
class RunInput:
    """Everything one run gives to scoring, checked."""

    run_id: str
    source: str
    verdicts: pd.DataFrame
    #: org_code, org_name, org_type, inhabitants (Int64) in list order.
    organisations: pd.DataFrame
    #: product_key, product_name, audience in list order (may be empty).
    products: pd.DataFrame
    overrides: pd.DataFrame
    overrides_source: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    run_dir: Path | None = None


def load_run(path: Path | str) -> RunInput:
    """Load a run folder, a folder holding `verdicts.csv`, or a verdicts CSV file."""
    path = Path(path)
    if path.is_dir() and (path / RunStore.DB_NAME).exists():
        return _load_run_store(path)
    csv_path = path / "verdicts.csv" if path.is_dir() else path
    if not csv_path.is_file():
        raise ScoringInputError(
            str(path),
            "not a run folder (no run.db) and no verdicts.csv; expected a run folder from "
            "`digimeter crawl`/`classify`, or a verdicts CSV file",
        )
    return _load_csv_run(csv_path)


def _load_run_store(path: Path) -> RunInput:
    store = RunStore(path)
    try:
        source = f"{path / RunStore.DB_NAME} table verdicts"
        rows = verdict_rows(store)
        if not rows:
            raise ScoringInputError(
                source, "the run has no verdicts; run `digimeter classify RUN` first"
            )
        verdicts = pd.DataFrame(rows, columns=list(VERDICT_FIELDS), dtype=object)
        verdicts = check_verdicts(verdicts, source, where=lambda i: _db_row(verdicts, i))
        orgs = pd.DataFrame(
            [
                {
                    "org_code": o.code,
                    "org_name": o.name,
                    "org_type": o.org_type,
                    "inhabitants": o.extra.get("inhabitants", ""),
                }
                for o in store.organisations()
            ],
            columns=["org_code", "org_name", "org_type", "inhabitants"],
        )
        products = pd.DataFrame(
            [(p.key, p.name_nl, p.audience) for p in store.products()],
            columns=["product_key", "product_name", "audience"],
        )
        overrides = read_overrides_table(store.db, f"{path / RunStore.DB_NAME} table overrides")
        meta = store.meta()
        run_id = store.run_id
    finally:
        store.close()
    organisations = check_organisations(orgs, f"{path / RunStore.DB_NAME} table organisations")
    return RunInput(
        run_id=run_id,
        source=str(path),
        verdicts=verdicts,
        organisations=_complete_organisations(organisations, verdicts),
        products=products,
        overrides=overrides,
        overrides_source="run.db table overrides" if len(overrides) else "",
        meta=meta,
        run_dir=path,
    )


def verdict_rows(store: RunStore) -> list[list[str]]:
    """The run's verdicts as rows of `VERDICT_FIELDS`, in organisation and product order.

    The same rows as `RunStore.verdicts()`, which parses each stored row once per field;
    this parses it once (the difference is seconds for a 400-organisation run).
    """
    cursor = store.db.execute(
        "SELECT v.row FROM verdicts v LEFT JOIN organisations o ON o.code = v.org_code "
        "LEFT JOIN products p ON p.key = v.product_key ORDER BY o.position, p.position"
    )
    rows = []
    for (raw,) in cursor:
        record = json.loads(raw)
        rows.append([record.get(k, "") for k in VERDICT_FIELDS])
    return rows


def _db_row(frame: pd.DataFrame, i: int) -> str:
    return f"row {i + 1} ({frame.at[i, 'org_code']} x {frame.at[i, 'product_key']})"


def _load_csv_run(csv_path: Path) -> RunInput:
    verdicts = read_csv_text(csv_path)
    verdicts = check_verdicts(verdicts, str(csv_path), where=lambda i: f"line {i + 2}")
    orgs_path = csv_path.parent / "organisations.csv"
    if orgs_path.is_file():
        try:
            listed = load_organisations(orgs_path)
        except ConfigError as exc:
            raise ScoringInputError(str(orgs_path), str(exc)) from exc
        orgs = pd.DataFrame(
            [(o.code, o.name, o.org_type, o.extra.get("inhabitants", "")) for o in listed],
            columns=["org_code", "org_name", "org_type", "inhabitants"],
        )
        organisations = check_organisations(orgs, str(orgs_path))
    else:
        organisations = check_organisations(
            pd.DataFrame(columns=["org_code", "org_name", "org_type", "inhabitants"]), ""
        )
    products = pd.DataFrame(columns=["product_key", "product_name", "audience"])
    products_path = csv_path.parent / "products.csv"
    if products_path.is_file():
        raw = read_csv_text(products_path)
        missing = [c for c in ("product_key", "name_nl") if c not in raw.columns]
        if missing:
            raise ScoringInputError(
                str(products_path),
                f"missing column(s) {', '.join(missing)}; expected the products.csv columns "
                "product_key,name_nl,... (as config/products.csv)",
                where="header",
            )
        products = pd.DataFrame(
            {
                "product_key": raw["product_key"],
                "product_name": raw["name_nl"],
                "audience": raw.get("audience", ""),
            }
        )
    overrides_path = csv_path.parent / "overrides.csv"
    overrides = empty_overrides()
    if overrides_path.is_file():
        raw = read_csv_text(overrides_path)
        overrides = check_overrides(raw, str(overrides_path), where=lambda i: f"line {i + 2}")
    run_ids = sorted({r for r in verdicts.get("run_id", pd.Series(dtype=object)) if r})
    return RunInput(
        run_id=run_ids[0] if len(run_ids) == 1 else csv_path.parent.name,
        source=str(csv_path),
        verdicts=verdicts,
        organisations=_complete_organisations(organisations, verdicts),
        products=products,
        overrides=overrides,
        overrides_source=str(overrides_path.name) if len(overrides) else "",
        meta={},
        run_dir=None,
    )


def read_csv_text(path: Path) -> pd.DataFrame:
    """A CSV file as a frame of strings (`,` or `;`, optional BOM); empty cells are ''."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScoringInputError(
            str(path),
            f"not UTF-8 text ({exc.reason} at byte {exc.start}); expected a UTF-8 CSV file "
            "(in Excel: 'Save as' > 'CSV UTF-8')",
        ) from exc
    lines = text.splitlines()
    if not lines:
        raise ScoringInputError(str(path), "the file is empty; expected a header line")
    delimiter = ";" if lines[0].count(";") > lines[0].count(",") else ","
    reader = csv.reader(lines, delimiter=delimiter)
    header = [h.strip() for h in next(reader)]
    rows = []
    for number, values in enumerate(reader, start=2):
        if len(values) > len(header):
            raise ScoringInputError(
                str(path),
                f"{len(values)} fields but the header has {len(header)}",
                where=f"line {number}",
            )
        rows.append(values + [""] * (len(header) - len(values)))
    return pd.DataFrame(rows, columns=header, dtype=object)


def _levels(
    frame: pd.DataFrame, column: str, source: str, where: Callable[[int], str]
) -> pd.Series:
    """Parse a level column: '' -> NA, '33' / '33.0' -> 33; anything else is an error."""
    raw = frame[column].map(lambda v: "" if v is None or v != v else str(v).strip())
    numbers = pd.to_numeric(raw.where(raw != "", None), errors="coerce")
    bad = (raw != "") & ~numbers.isin(LEVELS)
    if bad.any():
        i = int(bad.to_numpy().nonzero()[0][0])
        raise ScoringInputError(
            source,
            f"{raw.iloc[i]!r} is not a level; expected one of {', '.join(map(str, LEVELS))} "
            "or empty",
            where=where(i),
            field=column,
        )
    return numbers.astype("Int64")


def _check_status_levels(
    frame: pd.DataFrame, source: str, where: Callable[[int], str], *, strict_required: bool
) -> None:
    bad_status = ~frame["status"].isin(STATUSES)
    if bad_status.any():
        i = int(bad_status.to_numpy().nonzero()[0][0])
        raise ScoringInputError(
            source,
            f"unknown status {frame['status'].iloc[i]!r}; expected one of {', '.join(STATUSES)}",
            where=where(i),
            field="status",
        )
    ok = frame["status"] == "ok"
    checks: list[tuple[pd.Series, str, str]] = [
        (ok & frame["level"].isna(), "level", "status ok needs a level (0, 33, 67 or 100)"),
        (~ok & frame["level"].notna(), "level", "only status ok has a level; expected empty"),
        (~ok & frame["level_strict"].notna(), "level_strict", "only status ok has a level"),
    ]
    if strict_required:
        checks.append(
            (ok & frame["level_strict"].isna(), "level_strict", "status ok needs a level_strict")
        )
    strict, level = frame["level_strict"], frame["level"]
    mismatch = (
        ok & strict.notna() & level.notna() & (strict != level) & ~((level == 100) & (strict == 67))
    )
    checks.append(
        (
            mismatch.fillna(False),
            "level_strict",
            "level_strict must equal level, or be 67 when level is 100 (strict convention)",
        )
    )
    for mask, column, message in checks:
        mask = mask.fillna(False).astype(bool)
        if mask.any():
            i = int(mask.to_numpy().nonzero()[0][0])
            value = frame[column].iloc[i]
            shown = "" if pd.isna(value) else str(value)
            raise ScoringInputError(
                source,
                f"{message} (status {frame['status'].iloc[i]!r}, value {shown!r})",
                where=where(i),
                field=column,
            )


def check_verdicts(
    frame: pd.DataFrame, source: str, *, where: Callable[[int], str]
) -> pd.DataFrame:
    """Check a verdicts frame and return it typed: levels as Int64, text columns as str."""
    missing = [c for c in REQUIRED_VERDICT_FIELDS if c not in frame.columns]
    if missing:
        raise ScoringInputError(
            source,
            f"missing column(s) {', '.join(missing)}; expected the verdicts.csv columns "
            f"{','.join(VERDICT_FIELDS)}",
            where="header",
        )
    if frame.empty:
        raise ScoringInputError(source, "no verdict rows; expected at least one")
    frame = frame.reset_index(drop=True).copy()
    for column in VERDICT_FIELDS:
        if column not in frame.columns:
            frame[column] = ""
        elif column not in ("level", "level_strict"):
            frame[column] = frame[column].fillna("").astype(str).str.strip()
    for column, expected in (("org_code", "an organisation code"), ("product_key", "a key")):
        empty = frame[column] == ""
        if empty.any():
            i = int(empty.to_numpy().nonzero()[0][0])
            raise ScoringInputError(
                source, f"empty value; expected {expected}", where=where(i), field=column
            )
    bad_type = ~frame["org_type"].isin(ORG_TYPES)
    if bad_type.any():
        i = int(bad_type.to_numpy().nonzero()[0][0])
        raise ScoringInputError(
            source,
            f"unknown org_type {frame['org_type'].iloc[i]!r}; expected one of "
            f"{', '.join(ORG_TYPES)}",
            where=where(i),
            field="org_type",
        )
    bad_audience = ~frame["audience"].isin(AUDIENCES)
    if bad_audience.any():
        i = int(bad_audience.to_numpy().nonzero()[0][0])
        raise ScoringInputError(
            source,
            f"unknown audience {frame['audience'].iloc[i]!r}; expected one of "
            f"{', '.join(AUDIENCES)} (beide counts for both)",
            where=where(i),
            field="audience",
        )
    frame["level"] = _levels(frame, "level", source, where)
    frame["level_strict"] = _levels(frame, "level_strict", source, where)
    _check_status_levels(frame, source, where, strict_required=True)
    duplicated = frame.duplicated(["org_code", "product_key"], keep="first")
    if duplicated.any():
        i = int(duplicated.to_numpy().nonzero()[0][0])
        first = frame.index[
            (frame["org_code"] == frame.at[i, "org_code"])
            & (frame["product_key"] == frame.at[i, "product_key"])
        ][0]
        raise ScoringInputError(
            source,
            f"second verdict for {frame.at[i, 'org_code']} x {frame.at[i, 'product_key']} "
            f"(first at {where(int(first))}); expected one verdict per organisation x product",
            where=where(i),
            field="product_key",
        )
    return frame


def check_organisations(frame: pd.DataFrame, source: str) -> pd.DataFrame:
    """Type the organisation list; `inhabitants` must be a whole number or empty."""
    frame = frame.reset_index(drop=True).copy()
    raw = frame["inhabitants"].map(
        lambda v: "" if v is None or v != v else str(v).strip().replace(" ", "").replace("_", "")
    )
    numbers = pd.to_numeric(raw.where(raw != "", None), errors="coerce")
    bad = (raw != "") & (numbers.isna() | (numbers < 0) | (numbers % 1 != 0))
    if bad.any():
        i = int(bad.to_numpy().nonzero()[0][0])
        raise ScoringInputError(
            source,
            f"{frame['inhabitants'].iloc[i]!r} for {frame['org_code'].iloc[i]} is not a number "
            "of inhabitants; expected a whole number such as 23456, or empty",
            where=f"organisation {i + 1}",
            field="inhabitants",
        )
    frame["inhabitants"] = numbers.astype("Int64")
    return frame


def _complete_organisations(orgs: pd.DataFrame, verdicts: pd.DataFrame) -> pd.DataFrame:
    """The listed organisations, plus any that only appear in the verdicts (in their order)."""
    known = set(orgs["org_code"])
    extra = (
        verdicts.loc[~verdicts["org_code"].isin(known), ["org_code", "org_name", "org_type"]]
        .drop_duplicates("org_code")
        .assign(inhabitants=pd.NA)
    )
    if extra.empty:
        return orgs
    extra["inhabitants"] = extra["inhabitants"].astype("Int64")
    return pd.concat([orgs, extra], ignore_index=True)


def empty_overrides() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in OVERRIDE_FIELDS})
    frame["level"] = frame["level"].astype("Int64")
    frame["level_strict"] = frame["level_strict"].astype("Int64")
    return frame


def read_overrides_table(db: sqlite3.Connection, source: str) -> pd.DataFrame:
    """The `overrides` table of run.db, checked; empty when the table does not exist."""
    exists = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'overrides'"
    ).fetchone()
    if not exists:
        return empty_overrides()
    cursor = db.execute("SELECT * FROM overrides ORDER BY rowid")
    names = [d[0] for d in cursor.description]
    frame = pd.DataFrame(cursor.fetchall(), columns=names, dtype=object)
    return check_overrides(frame, source, where=lambda i: f"row {i + 1}")


def check_overrides(
    frame: pd.DataFrame, source: str, *, where: Callable[[int], str]
) -> pd.DataFrame:
    """Check review overrides; a missing level_strict of an ok override defaults to level."""
    missing = [c for c in ("org_code", "product_key", "status", "level") if c not in frame.columns]
    if missing:
        raise ScoringInputError(
            source,
            f"missing column(s) {', '.join(missing)}; expected {','.join(OVERRIDE_FIELDS)}",
            where="header",
        )
    frame = frame.reset_index(drop=True).copy()
    for column in OVERRIDE_FIELDS:
        if column not in frame.columns:
            frame[column] = ""
        elif column not in ("level", "level_strict"):
            frame[column] = frame[column].map(lambda v: "" if v is None or v != v else str(v))
    frame["level"] = _levels(frame, "level", source, where)
    frame["level_strict"] = _levels(frame, "level_strict", source, where)
    ok = frame["status"] == "ok"
    frame.loc[ok & frame["level_strict"].isna(), "level_strict"] = frame["level"]
    _check_status_levels(frame, source, where, strict_required=False)
    return frame[list(OVERRIDE_FIELDS)]
