"""The organisations' workbooks: written per organisation, filled in with openpyxl as an
organisation would, read back as proposals; malformed and foreign sheets are refused with
the file, sheet, row and problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook, load_workbook

from digimeter.cli import main
from digimeter.core.reviewrecords import Outcome
from digimeter.core.runstore import RunStore
from review.sheetimport import SheetError, import_sheets, read_sheet
from review.sheets import HEADER, sheet_name, write_sheets


@pytest.fixture
def run(review_run: Path) -> Path:
    return review_run


@pytest.fixture
def sheets(run: Path, tmp_path: Path) -> Path:
    store = RunStore(run)
    try:
        result = write_sheets(store, tmp_path / "sheets")
    finally:
        store.close()
    assert len(result.files) == 7 and result.rows == 45
    return tmp_path / "sheets"


def rows_of(path: Path) -> list[tuple[object, ...]]:
    wb = load_workbook(path)
    return list(wb["verdicts"].iter_rows(values_only=True))


def test_a_workbook_per_organisation_with_the_published_levels(run: Path, sheets: Path) -> None:
    store = RunStore(run)
    store.add_review("GM0114", "klacht", Outcome("ok", 33, 33), reviewer="anna", reason="pdf")
    write_sheets(store, sheets)
    store.close()
    rows = rows_of(sheets / sheet_name("run-r", "GM0114"))
    assert rows[0] == HEADER
    by_key = {r[0]: r for r in rows[1:]}
    assert set(by_key) >= {"klacht", "hondenbelasting", "woo-verzoek"}
    assert by_key["klacht"][2:5] == ("ok", 33, 33)  # the reviewed level, as published
    assert by_key["hondenbelasting"][2:4] == ("not offered", None)
    assert by_key["klacht"][5].startswith("http://") and by_key["klacht"][7:] == (None, None)
    wb = load_workbook(sheets / sheet_name("run-r", "GM0114"))
    assert wb["verdicts"].protection.sheet and not wb["verdicts"]["H2"].protection.locked
    assert wb["verdicts"]["B2"].protection.locked
    about = {r[0]: r[1] for r in wb["about"].iter_rows(values_only=True)}
    assert (about["run"], about["organisation"]) == ("run-r", "GM0114")


def fill(path: Path, answers: dict[str, tuple[object, object]]) -> None:
    """Fill `your level` and the explanation, as an organisation would in Excel."""
    wb = load_workbook(path)
    ws = wb["verdicts"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value in answers:
            row[7].value, row[8].value = answers[row[0].value]
    wb.save(path)


def test_round_trip_of_returned_sheets(run: Path, sheets: Path, tmp_path: Path) -> None:
    path = sheets / sheet_name("run-r", "GM0114")
    fill(
        path,
        {
            "klacht": (100, "Met DigiD: https://mijn.example.test/klacht"),
            "hondenbelasting": (None, '=HYPERLINK("http://evil.test/","klik")'),
            "kapvergunning": ("not offered", "Wij verlenen geen kapvergunningen meer."),
        },
    )
    returned = tmp_path / "returned"
    returned.mkdir()
    shutil.copy(path, returned / path.name)
    store = RunStore(run)
    try:
        result = import_sheets(store, returned)
        assert (result.files, result.proposals, result.new, result.refused) == (1, 3, 3, [])
        proposals = {p.product_key: p for p in store.proposals(open_only=True)}
        assert (proposals["klacht"].status, proposals["klacht"].level) == ("ok", 100)
        assert proposals["klacht"].origin == f"{path.name}, row {proposals['klacht'].source_row}"
        # A formula typed into the sheet is read as its text, never evaluated.
        assert proposals["hondenbelasting"].explanation.startswith("=HYPERLINK(")
        assert proposals["hondenbelasting"].status == ""
        assert proposals["kapvergunning"].status == "not_offered"
        assert import_sheets(store, returned).new == 0  # importing again adds nothing
        assert store.reviews() == []  # a proposal changes nothing by itself
    finally:
        store.close()


def edited(path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    wb = load_workbook(path)
    change(wb)
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda wb: wb["verdicts"].cell(1, 4, "niveau"),
            "sheet verdicts, row 1: column 4 is 'niveau'; expected 'level'",
        ),
        (
            lambda wb: wb["verdicts"].cell(3, 8, "50"),
            "sheet verdicts, row 3, column 'your level': '50' is not a level",
        ),
        (
            lambda wb: wb["verdicts"].cell(4, 1, "paspoort-x"),
            "sheet verdicts, row 4: product 'paspoort-x' has no verdict for GM0114",
        ),
        (
            lambda wb: wb["verdicts"].cell(4, 1, wb["verdicts"].cell(2, 1).value),
            "sheet verdicts, row 4: product",
        ),
        (
            lambda wb: wb["about"].cell(2, 2, "run-other"),
            "sheet about: a sheet of run 'run-other', not of run 'run-r'",
        ),
        (
            lambda wb: wb["about"].cell(3, 2, "GM0000"),
            "sheet about: organisation 'GM0000' has no verdicts",
        ),
        (
            lambda wb: wb.remove(wb["about"]),
            "not a digimeter review sheet (expected the sheets 'verdicts' and 'about'",
        ),
    ],
)
def test_a_bad_sheet_is_refused_with_file_row_and_problem(
    run: Path,
    sheets: Path,
    change,
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    path = edited(sheets / sheet_name("run-r", "GM0114"), change)
    store = RunStore(run)
    try:
        with pytest.raises(SheetError) as info:
            read_sheet(path, store)
    finally:
        store.close()
    assert str(info.value).startswith(path.name)
    assert message in str(info.value)


def test_foreign_files_are_refused_and_the_good_ones_imported(
    run: Path, sheets: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    good = sheets / sheet_name("run-r", "GM0451")
    fill(good, {"grofvuil": (33, "Aanvraagformulier (pdf)")})
    shutil.copy(good, folder / good.name)
    (folder / "notes.xlsx").write_text("org,level\nGM0451,33\n", encoding="utf-8")
    other = Workbook()
    other.active.title = "Blad1"
    other.save(folder / "budget.xlsx")
    result = CliRunner().invoke(main, ["review", "import", str(run), str(folder)])
    assert result.exit_code == 1, result.output
    assert "1 file(s) read, 1 proposal(s) (1 new)" in result.output
    assert "notes.xlsx: not an Excel workbook" in result.output
    assert "budget.xlsx: not a digimeter review sheet" in result.output
    store = RunStore(run)
    try:
        assert [p.product_key for p in store.proposals() if p.org_code == "GM0451"] == ["grofvuil"]
    finally:
        store.close()
