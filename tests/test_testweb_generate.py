"""The generator: determinism, organisation choice, inputs and errors, documents."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader

from digimeter.core.configfiles import load_organisations, load_products
from digimeter.core.model import applicable_products
from testweb import generate as generate_module
from testweb.documents import Document, docx_bytes, odt_bytes, pdf_bytes
from testweb.generate import GenerateError, generate_web
from testweb.orgs import choose_organisations
from testweb.productdata import ProductDataError, load_product_texts

REPO = Path(__file__).resolve().parent.parent


def _digest(root: Path) -> str:
    sha = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        sha.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return sha.hexdigest()


@pytest.fixture(scope="module")
def register(shared_dir: Path) -> Path:
    return shared_dir / "data" / "registers" / "organisations-2023.csv"


def test_same_seed_and_size_give_byte_identical_webs(tmp_path: Path, register: Path) -> None:
    generate_web(tmp_path / "a", seed=5, n_organisations=12, register=register)
    # another process with another string-hash seed: no dependence on set or dict order
    cmd = [
        sys.executable,
        "-m",
        "testweb",
        "generate",
        "--out",
        str(tmp_path / "b"),
        "--seed",
        "5",
        "--organisations",
        "12",
        "--register",
        str(register),
    ]
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run(cmd, check=True, cwd=REPO, env=env, capture_output=True)
    generate_web(tmp_path / "c", seed=6, n_organisations=12, register=register)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")
    first = (tmp_path / "a" / "labels.csv").read_bytes()
    assert first != (tmp_path / "c" / "labels.csv").read_bytes()


def test_labels_cover_every_applicable_product_once(tmp_path: Path, register: Path) -> None:
    generate_web(tmp_path, seed=2, n_organisations=6, register=register)
    orgs = load_organisations(tmp_path / "organisations.csv")
    products = load_products()
    with open(tmp_path / "labels.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    pairs = Counter((r["org_code"], r["product_key"]) for r in rows)
    expected = {(o.code, p.key) for o in orgs for p in applicable_products(o, products)}
    assert set(pairs) == expected
    assert set(pairs.values()) == {1}
    assert all(o.website.startswith("http://") and ".test/" in o.website for o in orgs)
    assert all(o.extra["inhabitants"].isdigit() for o in orgs if o.org_type == "gemeente")


def test_small_samples_have_every_type_and_real_register_names(register: Path) -> None:
    products = load_products()
    demo, source = choose_organisations(12, 1, products, register)
    types = Counter(o.org_type for o in demo)
    assert source.endswith("organisations-2023.csv")
    assert types["gemeente"] >= 6 and types["provincie"] == 1 and types["waterschap"] >= 1
    offering = {p.offered_by for p in products if p.offered_by}
    assert next(o.code for o in demo if o.org_type == "rijk") in offering
    with open(register, encoding="utf-8") as fh:
        codes = {row["code"] for row in csv.DictReader(fh)}
    assert {o.code for o in demo} <= codes
    five, _ = choose_organisations(5, 1, products, register)
    assert {o.org_type for o in five} == {"gemeente", "provincie", "waterschap", "rijk"}


def test_full_register_size_takes_every_decentral_body_and_offering_national_bodies(
    register: Path,
) -> None:
    products = load_products()
    orgs, _ = choose_organisations(400, 1, products, register)
    types = Counter(o.org_type for o in orgs)
    assert len(orgs) == 400
    assert types["provincie"] == 12 and types["waterschap"] == 21 and types["gemeente"] >= 341
    offering = {p.offered_by for p in products if p.offered_by}
    assert offering <= {o.code for o in orgs}
    hosts = [o.website for o in orgs]
    assert len(set(hosts)) == len(hosts)
    with pytest.raises(GenerateError, match="asked for 5000"):
        choose_organisations(5000, 1, products, register)


def test_without_the_register_fictional_organisations_are_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generate_module, "DEFAULT_REGISTER", tmp_path / "missing.csv")
    summary = generate_web(tmp_path / "web", seed=1, n_organisations=7)
    orgs = load_organisations(tmp_path / "web" / "organisations.csv")
    assert summary.source == "built-in fictional organisations"
    assert len(orgs) == 7
    assert all(o.code.startswith(("GM9", "PV9", "WS9")) for o in orgs if o.org_type != "rijk")
    assert (tmp_path / "web" / "labels.csv").stat().st_size > 1000


def test_a_given_register_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GenerateError, match=r"missing\.csv: no such register file"):
        generate_web(tmp_path / "web", n_organisations=6, register=tmp_path / "missing.csv")


def test_output_folder_with_other_files_is_refused_and_an_old_web_is_replaced(
    tmp_path: Path, register: Path
) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(GenerateError, match="refusing to overwrite"):
        generate_web(tmp_path / "mine", n_organisations=5, register=register)
    assert (tmp_path / "mine" / "notes.txt").read_text(encoding="utf-8") == "keep me"
    web = tmp_path / "web"
    generate_web(web, seed=1, n_organisations=6, register=register)
    stale = web / "sites" / "www.stale.test" / "index.html"
    stale.parent.mkdir()
    stale.write_text("old", encoding="utf-8")
    generate_web(web, seed=1, n_organisations=6, register=register)
    assert not stale.exists()


def test_command_line_generate_prints_a_summary_and_rejects_a_too_small_web(
    tmp_path: Path, register: Path
) -> None:
    cmd = [sys.executable, "-m", "digimeter.cli", "testweb", "generate"]
    done = subprocess.run(
        [*cmd, "--out", str(tmp_path / "w"), "--organisations", "5", "--register", str(register)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "5 organisations" in done.stdout and "labels" in done.stdout
    manifest = json.loads((tmp_path / "w" / "testweb.json").read_text(encoding="utf-8"))
    assert manifest["seed"] == 1 and manifest["organisations"] == 5
    bad = subprocess.run(
        [*cmd, "--out", str(tmp_path / "x"), "--organisations", "3"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert bad.returncode == 2 and "3 is not in the range 5<=x<=2000" in bad.stderr


def test_product_table_errors_name_the_file_product_and_field(tmp_path: Path) -> None:
    table = tmp_path / "products.toml"
    table.write_text(
        '[paspoort]\ntitles = ["Paspoort"]\nsection = "Burgerzaken"\nintro = ["x"]\n'
        'conditions = ["x"]\nneeds = ["x"]\ncosts = "x"\nduration = "x"\n'
        "routes = { appointment = 90, balie = 10 }\n",
        encoding="utf-8",
    )
    with pytest.raises(
        ProductDataError,
        match=r"products\.toml: \[paspoort\] field 'routes': unknown route kind 'balie'",
    ):
        load_product_texts(table)


def test_pdf_docx_and_odt_writers_make_valid_files() -> None:
    doc = Document(
        "Aanvraagformulier ligplaats",
        ("Vul alles in. € 12,50 leges.",),
        fields=("Naam", "Adres", "Handtekening"),
        author="Gemeente X",
    )
    fillable = PdfReader(io.BytesIO(pdf_bytes(doc, fillable=True)), strict=True)
    assert set(fillable.get_fields() or {}) == {"naam_1_1", "adres_1_2", "handtekening_1_3"}
    assert "€ 12,50" in fillable.pages[0].extract_text()
    plain = PdfReader(io.BytesIO(pdf_bytes(doc)), strict=True)
    assert not plain.get_fields()
    assert plain.metadata is not None and plain.metadata.title == "Aanvraagformulier ligplaats"
    long_doc = Document("Verordening", tuple(f"Artikel {i}. Tekst." for i in range(120)))
    assert len(PdfReader(io.BytesIO(pdf_bytes(long_doc)), strict=True).pages) > 1
    for data, member in ((docx_bytes(doc), "word/document.xml"), (odt_bytes(doc), "content.xml")):
        archive = zipfile.ZipFile(io.BytesIO(data))
        assert archive.testzip() is None
        assert "Aanvraagformulier ligplaats" in archive.read(member).decode()
    assert zipfile.ZipFile(io.BytesIO(odt_bytes(doc))).namelist()[0] == "mimetype"
    assert docx_bytes(doc) == docx_bytes(doc)


def test_writer_refuses_clashing_and_unclean_paths(tmp_path: Path) -> None:
    from testweb.writer import SiteWriter

    writer = SiteWriter(tmp_path)
    writer.write("http://www.a.test/Inwoners/Afval/", "<h1>Afval</h1>", kind="overview")
    writer.write("http://www.a.test/Inwoners/Afval/Grofvuil", "<h1>Grofvuil</h1>", kind="product")
    assert (tmp_path / "sites/www.a.test/Inwoners/Afval/index.html").read_text() == "<h1>Afval</h1>"
    with pytest.raises(RuntimeError, match="clashes"):
        writer.write("http://www.a.test/Inwoners/Afval/Grofvuil/oud", "x")
    with pytest.raises(RuntimeError, match="clashes"):
        writer.write("http://www.a.test/Inwoners", "x")
    with pytest.raises(RuntimeError, match="written twice"):
        writer.write("http://www.a.test/Inwoners/Afval/Grofvuil", "x")
    with pytest.raises(ValueError, match="clean path"):
        writer.write("http://www.a.test/a/../b", "x")
    assert [p.kind for p in writer.pages["www.a.test"]] == ["overview", "product"]
    assert writer.files_written == 2
