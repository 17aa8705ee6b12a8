"""The organisations' workbooks: one Excel file per organisation with its verdicts, to
check and return (`digimeter review sheets`); `review.sheetimport` reads them back.

Sheet `verdicts`: one row per product (as the run will publish it, review decisions
included) with the evidence URL and what was found there, and two columns for the
organisation: `your level` (a list: 0, 33, 67, 100, not offered) and `your correction /
explanation`. The other columns are locked (sheet protection without a password, against
slips). Sheet `about`: what the file is and how to fill it in, plus the fields the import
checks (format, run, organisation). Every text cell is a text cell, never a formula
(`scoring.exports.set_text`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from digimeter.core.reviewrecords import Outcome
from digimeter.core.runstore import RunStore, now_iso
from scoring.exports import atomic_path, set_text
from scoring.rankings import evidence_items, evidence_url

FORMAT = "digimeter review sheet 1"
SHEET = "verdicts"
ABOUT = "about"
HEADER = (
    "product_key",
    "product",
    "status",
    "level",
    "level (strict)",
    "evidence URL",
    "what we found",
    "your level",
    "your correction / explanation",
)
INPUT_COLUMNS = ("your level", "your correction / explanation")
#: What `your level` may hold, and the outcome it proposes.
CHOICES: dict[str, tuple[str, int | None]] = {
    "0": ("ok", 0),
    "33": ("ok", 33),
    "67": ("ok", 67),
    "100": ("ok", 100),
    "not offered": ("not_offered", None),
}
WIDTHS = (26, 40, 12, 8, 12, 60, 60, 12, 60)
INSTRUCTIONS = (
    "Controleer per product het niveau dat wij hebben gemeten. Klopt het niet, kies dan in "
    "'your level' het juiste niveau en licht het toe in 'your correction / explanation' "
    "(bijvoorbeeld de URL van het formulier). Wijzig geen andere kolommen en geen tabbladen.",
    "Check the level we measured for each product. Where it is wrong, choose the right "
    "level in 'your level' and explain in 'your correction / explanation' (for example the "
    "form's URL). Do not change other columns or sheets.",
    "Levels: 0 information only, 33 printable form, 67 online form, 100 form behind "
    "DigiD/eHerkenning; 'not offered' when the organisation does not offer the product.",
)


@dataclass(frozen=True)
class SheetsResult:
    run_id: str
    files: list[Path]
    rows: int


def sheet_name(run_id: str, org_code: str) -> str:
    """A file name made of safe characters only."""
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"digimeter-{run_id}-{org_code}")
    return safe.strip("._") + ".xlsx"


def _evidence(verdict: dict[str, str]) -> tuple[str, str]:
    items = evidence_items(verdict["evidence"])
    url = evidence_url(verdict["route_url"], verdict["product_url"], verdict["evidence"])
    return url, str(items[0].get("snippet", "")) if items else ""


def _published(store: RunStore) -> dict[tuple[str, str], Outcome]:
    """The outcome after review decisions, per verdict that has a current override."""
    latest = store.latest_reviews(with_stale=False)
    return {key: r.new for key, r in latest.items() if r.decision == "override"}


def write_sheets(store: RunStore, out: Path) -> SheetsResult:
    """One workbook per organisation with verdicts, into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    names = {p.key: p.name_nl for p in store.products()}
    overrides = _published(store)
    by_org: dict[str, list[dict[str, str]]] = {}
    for verdict in store.verdict_rows():
        by_org.setdefault(verdict["org_code"], []).append(verdict)
    orgs = {o.code: o.name for o in store.organisations()}
    files, rows = [], 0
    for code, verdicts in by_org.items():
        path = out / sheet_name(store.run_id, code)
        name = orgs.get(code) or verdicts[0]["org_name"]
        _write_workbook(path, store.run_id, code, name, verdicts, names, overrides)
        files.append(path)
        rows += len(verdicts)
    return SheetsResult(store.run_id, files, rows)


def _write_workbook(
    path: Path,
    run_id: str,
    org_code: str,
    org_name: str,
    verdicts: list[dict[str, str]],
    names: dict[str, str],
    overrides: dict[tuple[str, str], Outcome],
) -> None:
    wb = Workbook()
    ws = wb.worksheets[0]  # a new workbook's one sheet
    ws.title = SHEET
    for column, (title, width) in enumerate(zip(HEADER, WIDTHS, strict=True), start=1):
        cell = ws.cell(1, column)
        set_text(cell, title)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFF2CC" if title in INPUT_COLUMNS else "DDE6F0")
        ws.column_dimensions[get_column_letter(column)].width = width
    for row, verdict in enumerate(verdicts, start=2):
        outcome = overrides.get((org_code, verdict["product_key"])) or Outcome.of_verdict(verdict)
        url, found = _evidence(verdict)
        values = (
            verdict["product_key"],
            names.get(verdict["product_key"], ""),
            outcome.status.replace("_", " "),
        )
        for column, value in enumerate(values, start=1):
            set_text(ws.cell(row, column), value)
        ws.cell(row, 4).value = outcome.level
        ws.cell(row, 5).value = outcome.level_strict
        set_text(ws.cell(row, 6), url)
        set_text(ws.cell(row, 7), found)
        ws.cell(row, 7).alignment = Alignment(wrap_text=True, vertical="top")
        for column in (8, 9):
            ws.cell(row, column).protection = Protection(locked=False)
    last = len(verdicts) + 1
    choices = DataValidation(
        type="list", formula1='"' + ",".join(CHOICES) + '"', allow_blank=True, showErrorMessage=True
    )
    choices.error = "Choose 0, 33, 67, 100 or not offered (or leave it empty)."
    ws.add_data_validation(choices)
    choices.add(f"H2:H{max(last, 2)}")
    ws.freeze_panes = "A2"
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    about = wb.create_sheet(ABOUT)
    about.column_dimensions["A"].width = 18
    about.column_dimensions["B"].width = 110
    fields = [
        ("format", FORMAT),
        ("run", run_id),
        ("organisation", org_code),
        ("name", org_name),
        ("written at", now_iso()),
        ("rows", str(len(verdicts))),
    ]
    fields += [("", text) for text in INSTRUCTIONS]
    for row, (key, value) in enumerate(fields, start=1):
        set_text(about.cell(row, 1), key)
        set_text(about.cell(row, 2), value)
        about.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
    about.protection.sheet = True
    with atomic_path(path) as tmp:
        wb.save(tmp)
