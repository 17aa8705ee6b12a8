"""The names of the workbook's sheets and columns in the language of `--lang`.

An English workbook uses the table and column names of the CSV and Parquet files
(`scoring.tables`); a Dutch one the names of `scoring/sheetnames_nl.toml`, which is
checked when it is loaded: every table and column needs a name, a sheet name fits Excel
(at most 31 characters, none of []:*?/\\), and no sheet has two columns of one name.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from scoring.i18n import CatalogueError, check_language
from scoring.tables import TABLES, TableSpec

NAMES_FILE = Path(str(files("scoring").joinpath("sheetnames_nl.toml")))
EXCEL_FORBIDDEN = set("[]:*?/\\")
EXCEL_MAX_SHEET = 31


@dataclass(frozen=True)
class TableNames:
    sheet: str
    title: str
    row: str


@dataclass(frozen=True)
class DutchNames:
    tables: dict[str, TableNames]
    columns: dict[str, str]


def _text(path: Path, where: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CatalogueError(path, f"{where} = {value!r}: expected a non-empty text")
    return value


def load_dutch_names(path: Path = NAMES_FILE, tables: tuple[TableSpec, ...] = TABLES) -> DutchNames:
    """Read and check the Dutch sheet and column names against `tables`."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CatalogueError(path, f"cannot read the names file: {exc}") from exc
    raw_tables, raw_columns = data.get("tables", {}), data.get("columns", {})
    known = {t.name for t in tables}
    unknown = sorted(set(raw_tables) - known) + sorted(
        set(raw_columns) - {c.name for t in tables for c in t.columns}
    )
    if unknown:
        raise CatalogueError(path, f"names for unknown table(s) or column(s): {unknown}")
    names: dict[str, TableNames] = {}
    columns = {k: _text(path, f"columns.{k}", v) for k, v in raw_columns.items()}
    for spec in tables:
        entry = raw_tables.get(spec.name)
        if not isinstance(entry, dict):
            raise CatalogueError(path, f"no [tables.{spec.name}] with sheet, title and row")
        where = f"tables.{spec.name}"
        sheet = _text(path, f"{where}.sheet", entry.get("sheet"))
        if len(sheet) > EXCEL_MAX_SHEET or EXCEL_FORBIDDEN & set(sheet):
            raise CatalogueError(
                path,
                f"{where}.sheet = {sheet!r}: expected at most {EXCEL_MAX_SHEET} characters "
                "and none of []:*?/\\",
            )
        names[spec.name] = TableNames(
            sheet, _text(path, f"{where}.title", entry.get("title")),
            _text(path, f"{where}.row", entry.get("row")),
        )  # fmt: skip
        missing = [c.name for c in spec.columns if c.name not in columns]
        if missing:
            raise CatalogueError(path, f"[columns] has no Dutch name for {missing}")
        titles = [columns[c.name] for c in spec.columns]
        doubles = sorted({t for t in titles if titles.count(t) > 1})
        if doubles:
            raise CatalogueError(path, f"table {spec.name} would have two columns {doubles}")
    sheets = [n.sheet.lower() for n in names.values()]
    if len(set(sheets)) != len(sheets):
        raise CatalogueError(path, "two tables have the same sheet name")
    return DutchNames(names, columns)


@cache
def dutch_names() -> DutchNames:
    return load_dutch_names()


def sheet_title(spec: TableSpec, lang: str) -> str:
    return dutch_names().tables[spec.name].sheet if check_language(lang) == "nl" else spec.name


def column_titles(spec: TableSpec, lang: str) -> list[str]:
    if check_language(lang) != "nl":
        return spec.names
    return [dutch_names().columns[c.name] for c in spec.columns]


def table_description(spec: TableSpec, lang: str) -> tuple[str, str]:
    """(title, what one row is) of a table in the language."""
    if check_language(lang) != "nl":
        return spec.title, spec.row
    names = dutch_names().tables[spec.name]
    return names.title, names.row
