"""Reading organisations' returned workbooks (`digimeter review import RUN DIR`).

Every `.xlsx` file of the folder is read as values, never evaluated: a cell someone typed
a formula into is read as the formula's text. A file is refused as a whole, with the file,
sheet, row and problem, when it is not a workbook of this run (no `about` sheet with the
format, another run or an unknown organisation), when its header was changed, or when a
row names a product the organisation has no verdict for or holds an unknown level. The
rows that propose something (a level, or an explanation) become proposals in run.db, with
the file and row they came from; a reviewer accepts or rejects each in the review app.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from digimeter.core.proposalstore import Proposal
from digimeter.core.runstore import RunStore
from review.sheets import ABOUT, CHOICES, FORMAT, HEADER, SHEET


class SheetError(ValueError):
    """A returned sheet that cannot be used; the message names file, sheet, row, problem."""


@dataclass
class ImportResult:
    files: int = 0
    proposals: int = 0
    new: int = 0
    refused: list[str] = field(default_factory=list)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def read_sheet(path: Path, store: RunStore) -> list[Proposal]:
    """The proposals of one returned workbook, or SheetError."""
    where = path.name
    try:
        data = path.read_bytes()
        wb = load_workbook(path, data_only=False, read_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise SheetError(f"{where}: not an Excel workbook (.xlsx) ({exc})") from exc
    try:
        if ABOUT not in wb.sheetnames or SHEET not in wb.sheetnames:
            raise SheetError(
                f"{where}: not a digimeter review sheet (expected the sheets '{SHEET}' and "
                f"'{ABOUT}', found {', '.join(wb.sheetnames)})"
            )
        about = {
            _text(r[0]): _text(r[1])
            for r in wb[ABOUT].iter_rows(max_col=2, values_only=True)
            if r and r[0]
        }
        if about.get("format") != FORMAT:
            raise SheetError(
                f"{where}, sheet {ABOUT}: format {about.get('format', '')!r}; expected {FORMAT!r}"
            )
        if about.get("run") != store.run_id:
            raise SheetError(
                f"{where}, sheet {ABOUT}: a sheet of run {about.get('run')!r}, "
                f"not of run {store.run_id!r}"
            )
        org = about.get("organisation", "")
        keys = {v["product_key"] for v in store.verdict_rows() if v["org_code"] == org}
        if not keys:
            raise SheetError(
                f"{where}, sheet {ABOUT}: organisation {org!r} has no verdicts "
                f"in run {store.run_id}"
            )
        return _rows(wb[SHEET].iter_rows(values_only=True), where, org, keys, data)
    finally:
        wb.close()


def _rows(rows: Any, where: str, org: str, keys: set[str], data: bytes) -> list[Proposal]:
    header = tuple(_text(v) for v in next(rows, ()))[: len(HEADER)]
    if header != HEADER:
        bad = next(
            (i for i, (a, b) in enumerate(zip(header, HEADER, strict=False)) if a != b), len(header)
        )
        found = header[bad] if bad < len(header) else "nothing"
        raise SheetError(
            f"{where}, sheet {SHEET}, row 1: column {bad + 1} is {found!r}; "
            f"expected {HEADER[bad]!r} (the header must not be changed)"
        )
    digest = hashlib.sha256(data).hexdigest()
    proposals, seen = [], set()
    for number, values in enumerate(rows, start=2):
        cells = [_text(v) for v in values] + [""] * len(HEADER)
        if not any(cells):
            continue
        key, level, explanation = cells[0], cells[7].lower(), cells[8]
        place = f"{where}, sheet {SHEET}, row {number}"
        if key not in keys:
            raise SheetError(f"{place}: product {key!r} has no verdict for {org} in this run")
        if key in seen:
            raise SheetError(f"{place}: product {key!r} appears twice")
        seen.add(key)
        if level and level not in CHOICES:
            raise SheetError(
                f"{place}, column 'your level': {cells[7]!r} is not a level; "
                f"expected {', '.join(CHOICES)} or empty"
            )
        if level or explanation:
            status, lvl = CHOICES.get(level, ("", None))
            proposals.append(Proposal(org, key, status, lvl, explanation, where, number, digest))
    return proposals


def import_sheets(store: RunStore, folder: Path) -> ImportResult:
    """Read every .xlsx of `folder`; store the proposals of the good ones."""
    result = ImportResult()
    paths = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".xlsx")
    if not paths:
        raise SheetError(f"{folder}: no .xlsx files")
    for path in paths:
        try:
            proposals = read_sheet(path, store)
        except SheetError as exc:
            result.refused.append(str(exc))
            continue
        result.files += 1
        result.proposals += len(proposals)
        result.new += store.add_proposals(proposals)
    return result
