"""Configuration files: organisation lists, the products list, and the register import."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from digimeter.cli import main
from digimeter.core.configfiles import (
    DEFAULT_PRODUCTS,
    ConfigError,
    load_organisations,
    load_products,
    write_organisations,
)
from digimeter.core.model import applicable_products
from digimeter.core.register import import_register

REGISTER = Path(__file__).resolve().parents[2] / "shared/data/registers/organisations-2023.csv"
SHARED_PRODUCTS = Path(__file__).resolve().parents[2] / "shared/data/products.csv"

GOOD = "code,name,org_type,website\nGM0001,Gemeente Een,gemeente,https://www.een.nl/\n"


def write(tmp_path: Path, text: str | bytes, name: str = "orgs.csv") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def error_of(path: Path) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load_organisations(path)
    return info.value


def test_a_good_list_loads_and_keeps_extra_columns(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "code,name,org_type,website,inhabitants\n"
        "GM0001,Gemeente Een,gemeente,https://www.een.nl/,12345\n"
        "PV20,Provincie Twee,provincie,http://www.twee.nl,\n",
    )
    orgs = load_organisations(path)
    assert [o.code for o in orgs] == ["GM0001", "PV20"]
    assert orgs[0].extra == {"inhabitants": "12345"}
    assert orgs[1].org_type == "provincie"


def test_an_excel_export_with_bom_and_semicolons_is_read(tmp_path: Path) -> None:
    text = (
        "code;name;org_type;website\r\nGM0001;Gemeente Een, Twee;gemeente;https://www.een.nl/\r\n"
    )
    path = write(tmp_path, b"\xef\xbb\xbf" + text.encode("utf-8"))
    orgs = load_organisations(path)
    assert orgs[0].code == "GM0001"  # the BOM is not part of the first column name
    assert orgs[0].name == "Gemeente Een, Twee"


def test_a_missing_column_is_named(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, "code,name,website\nGM0001,Een,https://een.nl/\n"))
    assert err.line == 1
    assert "missing column(s) org_type" in str(err)
    assert str(tmp_path / "orgs.csv") in str(err)


def test_an_unknown_org_type_names_line_column_value_and_choices(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, GOOD + "XX1,Iets,stadsdeel,https://iets.nl/\n"))
    assert (err.line, err.column) == (3, "org_type")
    assert "'stadsdeel'" in str(err)
    assert "gemeente, provincie, waterschap, rijk" in str(err)


def test_a_duplicate_code_points_at_the_first_one(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, GOOD + "GM0001,Gemeente Weer,gemeente,https://weer.nl/\n"))
    assert (err.line, err.column) == (3, "code")
    assert "first on line 2" in str(err)


@pytest.mark.parametrize("website", ["www.een.nl", "ftp://een.nl/", "https://", "mailto:a@b.nl"])
def test_a_website_that_is_not_an_http_url_is_refused(tmp_path: Path, website: str) -> None:
    err = error_of(write(tmp_path, f"code,name,org_type,website\nGM1,Een,gemeente,{website}\n"))
    assert (err.line, err.column) == (2, "website")
    assert repr(website) in str(err)


def test_an_empty_website_is_refused(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, "code,name,org_type,website\nGM1,Een,gemeente,\n"))
    assert (err.line, err.column) == (2, "website")
    assert "empty value" in str(err)


@pytest.mark.parametrize("text", ["", "   \n\n"])
def test_an_empty_file_is_refused(tmp_path: Path, text: str) -> None:
    err = error_of(write(tmp_path, text))
    assert "empty" in str(err)


def test_a_header_without_rows_is_refused(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, "code,name,org_type,website\n"))
    assert "no data rows" in str(err)


def test_a_non_utf8_file_names_the_line_and_the_byte(tmp_path: Path) -> None:
    data = (GOOD + "GM0002,Gemeente Súdwest,gemeente,https://sw.nl/\n").encode("cp1252")
    err = error_of(write(tmp_path, data))
    assert err.line == 3
    assert "0xfa" in str(err) and "UTF-8" in str(err)


def test_a_row_with_too_many_fields_is_refused(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, GOOD + "GM2,Gemeente, Twee,gemeente,https://twee.nl/\n"))
    assert err.line == 3
    assert "must be quoted" in str(err)


def test_a_missing_file_is_a_config_error(tmp_path: Path) -> None:
    err = error_of(tmp_path / "nope.csv")
    assert "cannot read" in str(err)


def test_line_numbers_count_quoted_values_spanning_lines(tmp_path: Path) -> None:
    text = GOOD + 'GM2,"Gemeente\nTwee",gemeente,https://twee.nl/\nGM3,Drie,dorp,https://drie.nl/\n'
    err = error_of(write(tmp_path, text))
    assert err.line == 5


def test_write_organisations_round_trips(tmp_path: Path) -> None:
    path = write(
        tmp_path, 'code,name,org_type,website,inhabitants\nGM1,"A, B",gemeente,https://a.nl/,7\n'
    )
    orgs = load_organisations(path)
    out = tmp_path / "out.csv"
    write_organisations(out, orgs)
    assert load_organisations(out) == orgs
    assert load_organisations(out)[0].extra == {"inhabitants": "7"}


def test_the_products_list_is_the_shared_one_and_loads() -> None:
    """Our copy has the shared list's rows and columns, plus what each product is about
    (objects) and what a person does (activities) for discovery."""

    def rows(path: Path) -> list[dict[str, str]]:
        with open(path, encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    ours, shared = rows(DEFAULT_PRODUCTS), rows(SHARED_PRODUCTS)
    assert list(ours[0]) == [*shared[0], "objects", "activities"]
    assert [{k: r[k] for k in shared[0]} for r in ours] == shared
    products = load_products()
    assert all(p.objects and p.activities for p in products)
    assert len(products) == 67
    keys = {p.key for p in products}
    assert {"paspoort", "hondenbelasting", "watervergunning", "studiefinanciering"} <= keys
    national = [p for p in products if "R" in p.org_types]
    assert all(p.offered_by for p in national)


@pytest.mark.parametrize(
    ("objects", "message"),
    [("drank;;alcohol", "bad entry ''"), ("Drank", "lower-case"), ("drank;drank", "twice")],
)
def test_a_bad_objects_entry_names_line_and_column(
    tmp_path: Path, objects: str, message: str
) -> None:
    lines = DEFAULT_PRODUCTS.read_text(encoding="utf-8").splitlines()
    head = lines[0].split(",")
    cells = next(csv.reader([lines[3]]))
    cells[head.index("objects")] = objects
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(cells)
    lines[3] = buffer.getvalue()
    path = write(tmp_path, "\n".join(lines) + "\n", "products.csv")
    with pytest.raises(ConfigError) as info:
        load_products(path)
    assert info.value.column == "objects"
    assert "line 4" in str(info.value) and message in str(info.value)


def test_a_bad_products_file_names_the_problem(tmp_path: Path) -> None:
    text = DEFAULT_PRODUCTS.read_text(encoding="utf-8").replace(",GPW,beide,", ",GPX,beide,", 1)
    path = write(tmp_path, text, "products.csv")
    with pytest.raises(ConfigError) as info:
        load_products(path)
    assert info.value.column == "org_types"
    assert "G, P, W, R" in str(info.value)


def test_register_import_uses_the_real_register() -> None:
    result = import_register(REGISTER, ("gemeente", "provincie", "waterschap"))
    types = [o.org_type for o in result.organisations]
    assert types.count("gemeente") == 342
    assert types.count("provincie") == 12
    assert types.count("waterschap") == 21
    assert all(o.website.startswith(("http://", "https://")) for o in result.organisations)
    products = load_products()
    gm = next(o for o in result.organisations if o.code == "GM0363")  # Amsterdam
    assert len(applicable_products(gm, products)) == 42


def test_register_import_reports_rows_without_website() -> None:
    result = import_register(REGISTER, ("rijk",))
    assert result.skipped, "the register has national bodies without a website"
    assert all(why == "no website in the register" for _, _, why in result.skipped)
    rvo = next(o for o in result.organisations if o.code == "oorg10122")
    assert rvo.extra["register_type"] == "Agentschap"


def test_the_import_command_writes_a_list_that_loads(tmp_path: Path) -> None:
    out = tmp_path / "gemeenten.csv"
    result = CliRunner().invoke(
        main,
        [
            "organisations",
            "import",
            "--register",
            str(REGISTER),
            "--types",
            "gemeente",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert len(load_organisations(out)) == 342
    check = CliRunner().invoke(main, ["organisations", "check", str(out)])
    assert "342 organisations (342 gemeente)" in check.output


def test_the_import_command_refuses_unknown_types() -> None:
    result = CliRunner().invoke(
        main, ["organisations", "import", "--register", str(REGISTER), "--types", "caribisch"]
    )
    assert result.exit_code == 2  # bad input
    assert "unknown organisation type(s) caribisch" in result.output


def test_the_check_command_reports_a_bad_list(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "GM0001,Dubbel,gemeente,https://d.nl/\n")
    result = CliRunner().invoke(main, ["organisations", "check", str(path)])
    assert result.exit_code == 2  # bad input
    assert "line 3, column 'code'" in result.output
