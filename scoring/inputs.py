"""Read what scoring needs from a run folder or a plain `verdicts.csv`, and check it.

A run folder (`digimeter.core.runstore.RunStore`) gives verdicts, organisations, products, meta
and, when the review app has stored any, the `overrides` table of `run.db`. A folder with
only a `verdicts.csv`, or the path of a verdicts CSV file, works too (that is how tests and
analysts score hand-made sets); `organisations.csv` (with `inhabitants` for size classes),
`products.csv` (product names) and `overrides.csv` beside it are used when present.

Every error names the source, the line (CSV) or row (run.db), the field, the value and what
was expected; nothing is scored or written from input that failed the check.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from digimeter.core.configfiles import ConfigError, load_organisations
from digimeter.core.model import VERDICT_FIELDS
from digimeter.core.runstate import RunStatus
from digimeter.core.runstore import RunStore
from scoring.checks import (
    OVERRIDE_FIELDS,
    ScoringInputError,
    check_organisations,
    check_overrides,
    check_verdicts,
    empty_overrides,
)
from scoring.notices import Notice

__all__ = ["OVERRIDE_FIELDS", "RunInput", "ScoringInputError", "load_run"]

#: The columns of `RunInput.organisations` and `RunInput.products`.
ORG_COLUMNS = ["org_code", "org_name", "org_type", "inhabitants"]
PRODUCT_COLUMNS = ["product_key", "product_name", "audience"]


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
    #: the run's state (None for a verdicts CSV, which has none)
    status: RunStatus | None = None
    #: warnings every output of the run must show in its headline (incomplete run, ...)
    notes: list[Notice] = field(default_factory=list)
    #: Municipal mergers applied for a comparison (scoring.mergers), one notice each.
    merger_notes: list[Notice] = field(default_factory=list)


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
        verdicts = verdicts_frame(store)
        if verdicts.empty:
            raise ScoringInputError(
                source, "the run has no verdicts; run `digimeter classify RUN` first"
            )
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
            columns=ORG_COLUMNS,
        )
        products = pd.DataFrame(
            [(p.key, p.name_nl, p.audience) for p in store.products()],
            columns=PRODUCT_COLUMNS,
        )
        overrides = overrides_frame(store, f"{path / RunStore.DB_NAME} table overrides")
        meta = store.meta()
        run_id = store.run_id
        status = store.status()
    finally:
        store.close()
    try:
        organisations = check_organisations(orgs, f"{path / RunStore.DB_NAME} table organisations")
    except ScoringInputError as exc:
        exc.hint = (
            f"correct it in the organisation list, then `digimeter organisations update {path} "
            "FILE` stores the corrected attributes in the run"
        )
        raise
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
        status=status,
    )


def verdicts_frame(store: RunStore) -> pd.DataFrame:
    """The run's verdicts (columns `VERDICT_FIELDS`) in organisation and product order.

    Every value is its verdicts.csv cell, as a verdicts CSV file gives them.
    """
    return pd.DataFrame.from_records(store.verdict_table(), columns=list(VERDICT_FIELDS))


def _db_row(frame: pd.DataFrame, i: int) -> str:
    return f"row {i + 1} ({frame.at[i, 'org_code']} x {frame.at[i, 'product_key']})"


def _load_csv_run(csv_path: Path) -> RunInput:
    verdicts = read_csv_text(csv_path)
    lines = verdicts.attrs["lines"]
    verdicts = check_verdicts(verdicts, str(csv_path), where=lambda i: f"line {lines[i]}")
    orgs_path = csv_path.parent / "organisations.csv"
    if orgs_path.is_file():
        try:
            listed = load_organisations(orgs_path)
        except ConfigError as exc:
            where = f"line {exc.line}" if exc.line else ""
            raise ScoringInputError(
                str(orgs_path), exc.message, where=where, field=exc.column
            ) from exc
        orgs = pd.DataFrame(
            [(o.code, o.name, o.org_type, o.extra.get("inhabitants", "")) for o in listed],
            columns=ORG_COLUMNS,
        )
        organisations = check_organisations(orgs, str(orgs_path))
    else:
        organisations = check_organisations(pd.DataFrame(columns=ORG_COLUMNS), "")
    products = pd.DataFrame(columns=PRODUCT_COLUMNS)
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
        numbers = raw.attrs["lines"]
        overrides = check_overrides(raw, str(overrides_path), where=lambda i: f"line {numbers[i]}")
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
    """A CSV file as a frame of strings (`,` or `;`, optional BOM); empty cells are ''.

    Every row must have the header's number of fields, and no quote may stay open: a file
    cut off mid-line is refused with the line. Blank lines are skipped;
    `frame.attrs["lines"]` holds the line each row starts on.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScoringInputError(
            str(path),
            f"not UTF-8 text ({exc.reason} at byte {exc.start}); expected a UTF-8 CSV file "
            "(in Excel: 'Save as' > 'CSV UTF-8')",
        ) from exc
    first = text.split("\n", 1)[0]
    if not first.strip():
        raise ScoringInputError(str(path), "the file is empty; expected a header line")
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows, lines = [], []
    try:
        header = [h.strip() for h in next(reader)]
        end = reader.line_num
        for values in reader:
            start, end = end + 1, reader.line_num
            if not values:
                continue
            if len(values) != len(header):
                raise ScoringInputError(
                    str(path),
                    f"{len(values)} fields but the header has {len(header)}; the line is cut "
                    f"off, or a value containing '{delimiter}' is not quoted",
                    where=f"line {start}",
                )
            rows.append(values)
            lines.append(start)
    except csv.Error as exc:
        raise ScoringInputError(
            str(path),
            f"{exc}: a quote that is not closed, or a file cut off inside a quoted value",
            where=f"line {reader.line_num}",
        ) from exc
    frame = pd.DataFrame(rows, columns=header, dtype=object)
    frame.attrs["lines"] = lines
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


def overrides_frame(store: RunStore, source: str) -> pd.DataFrame:
    """The run's review overrides (the `overrides` view of run.db), checked."""
    names, rows = store.override_table()
    if not names:
        return empty_overrides()
    frame = pd.DataFrame(rows, columns=names, dtype=object)
    return check_overrides(frame, source, where=lambda i: f"row {i + 1}")
