"""Write score tables as CSV, Parquet and one formatted Excel workbook.

Every table is first shaped to its spec (`scoring.tables`): the columns in order, counts as
integers, percentages rounded to one decimal, so the CSV, the Parquet file and the Excel
sheet hold the same values. In Excel, `pct` columns are real percentages (the cell holds
0.753 shown as 75.3%); `pp` columns are numbers with a sign. Text is always a text cell,
never a formula (`text_cell`): a value from a crawled page or an input list that starts
with `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP's formula-injection list) is
stored as a string and marked as quoted text, so Excel neither computes it on opening nor
when someone edits the cell. The CSV and Parquet files keep the exact values. Files are
written to a temporary name and renamed, so a failure never leaves a half-written table
behind.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from scoring.i18n import messages
from scoring.sheetnames import column_titles, sheet_title
from scoring.tables import TableSpec

EXCEL_MAX_TEXT = 32_767
#: Leading characters that spreadsheet programs read as the start of a formula (OWASP).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
PCT_FORMAT = "0.0%"
PP_FORMAT = "+0.0;-0.0;0.0"


def shape(frame: pd.DataFrame, spec: TableSpec) -> pd.DataFrame:
    """The frame with exactly the spec's columns, typed and rounded for export."""
    missing = [c for c in spec.names if c not in frame.columns]
    if missing and frame.empty:  # a table without rows, e.g. no size classes
        frame = pd.DataFrame({c: pd.Series(dtype=object) for c in spec.names})
    elif missing:
        raise RuntimeError(f"table {spec.name}: columns {missing} were not computed")
    out = pd.DataFrame(index=range(len(frame)))
    for column in spec.columns:
        values = frame[column.name].reset_index(drop=True)
        if column.kind == "text":
            out[column.name] = values.map(lambda v: "" if v is None or v is pd.NA or v != v else v)
            out[column.name] = out[column.name].astype(str)
        elif column.kind == "int":
            out[column.name] = pd.to_numeric(values).round().astype("Int64")
        elif column.kind in ("pct", "pp"):
            # `+ 0.0` turns -0.0 into 0.0.
            out[column.name] = pd.to_numeric(values).astype("float64").round(1) + 0.0
        else:
            out[column.name] = values.fillna(False).astype(bool)
    return out


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it to `path` when the block succeeds."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    with atomic_path(path) as tmp:
        frame.to_csv(tmp, index=False, float_format="%.1f", lineterminator="\n")


def write_parquet(frame: pd.DataFrame, path: Path) -> None:
    with atomic_path(path) as tmp:
        frame.to_parquet(tmp, index=False, engine="pyarrow")


def _text_width(value: Any) -> int:
    if value is None:
        return 0
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def excel_text(value: Any) -> str:
    """Text as Excel can hold it: illegal control characters removed, cut at 32 767."""
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    return text if len(text) <= EXCEL_MAX_TEXT else text[: EXCEL_MAX_TEXT - 1] + "…"


def text_cell(ws: Any, value: Any) -> Any:
    """A value for a write-only sheet that is always a text cell, never a formula.

    Plain text is returned as it is (openpyxl stores it as a string); text that a
    spreadsheet would read as a formula becomes a string cell with Excel's quote prefix.
    """
    if value is None:
        return None
    text = excel_text(value)
    if not text.startswith(FORMULA_PREFIXES):
        return text
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def set_text(cell: Any, value: Any) -> None:
    """Put text into a cell of a normal (not write-only) sheet as a text cell, never a
    formula (the same rule as `text_cell`)."""
    text = excel_text("" if value is None else value)
    cell.value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_PREFIXES):
        cell.quotePrefix = True


def _excel_value(value: Any, kind: str) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    if kind == "pct":
        return float(value) / 100.0
    if kind == "pp":
        return float(value)
    if kind == "int":
        return int(value)
    if kind == "bool":
        return bool(value)
    return excel_text(value)


def _column_widths(frame: pd.DataFrame, spec: TableSpec, titles: list[str]) -> list[float]:
    widths = []
    for column, title in zip(spec.columns, titles, strict=True):
        values = frame[column.name]
        if column.kind in ("pct", "pp"):
            longest = 7
        elif column.kind in ("int", "bool"):
            longest = max((len(str(v)) for v in values.dropna()), default=1)
        else:
            sample = values if len(values) <= 2000 else values.sample(2000, random_state=0)
            longest = max((_text_width(v) for v in sample), default=0)
        header = len(title) + 3  # room for the autofilter button
        widths.append(float(min(max(longest + 2, header, 6), 60)))
    return widths


HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")


def _write_sheet(wb: Workbook, frame: pd.DataFrame, spec: TableSpec, lang: str) -> None:
    ws = wb.create_sheet(title=sheet_title(spec, lang)[:31])
    titles = column_titles(spec, lang)
    for i, width in enumerate(_column_widths(frame, spec, titles), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    last = get_column_letter(len(spec.columns))
    ws.auto_filter.ref = f"A1:{last}{len(frame) + 1}"
    header = []
    for title in titles:
        cell = WriteOnlyCell(ws, value=title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="top")
        header.append(cell)
    ws.append(header)
    kinds = [c.kind for c in spec.columns]
    formats = {"pct": PCT_FORMAT, "pp": PP_FORMAT}
    for row in frame.itertuples(index=False, name=None):
        out: list[Any] = []
        for value, kind in zip(row, kinds, strict=True):
            converted = _excel_value(value, kind)
            if kind in formats and converted is not None:
                cell = WriteOnlyCell(ws, value=converted)
                cell.number_format = formats[kind]
                out.append(cell)
            elif kind == "text":
                out.append(text_cell(ws, converted))
            else:
                out.append(converted)
        ws.append(out)


def _write_about(wb: Workbook, about: list[tuple[str, str]], lang: str) -> None:
    ws = wb.create_sheet(title=messages(lang).t("about.sheet"))
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 100
    for key, value in about:
        cell = WriteOnlyCell(ws, value=key)
        cell.font = HEADER_FONT
        ws.append([cell, text_cell(ws, value)])


def write_excel(
    path: Path,
    tables: list[tuple[TableSpec, pd.DataFrame]],
    about: list[tuple[str, str]],
    *,
    lang: str,
) -> None:
    """One workbook: an `about` sheet, then a formatted sheet per table; sheet and column
    names in the language `lang` (`scoring.sheetnames`)."""
    wb = Workbook(write_only=True)
    _write_about(wb, about, lang)
    for spec, frame in tables:
        _write_sheet(wb, frame, spec, lang)
    with atomic_path(path) as tmp:
        wb.save(tmp)
