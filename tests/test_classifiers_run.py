"""`classify_run` and `digimeter classify`: re-deriving a stored run's verdicts offline."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from classifiers.ruleset import RuleSet, load_rules
from classifiers.run import CHANGE_FIELDS, classify_run
from digimeter.cli import main
from digimeter.cli.labelled import classify_labelled, labelled_cases, write_run
from digimeter.core.configfiles import load_products
from digimeter.core.model import VERDICT_FIELDS, Case, Organisation
from digimeter.core.pages import FolderPageStore


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture
def corpus_run(tmp_path: Path, shared_dir: Path) -> Path:
    """A run folder holding the corpus's labelled cases, plus not_found and unreachable ones."""
    root = shared_dir / "corpus"
    products = {p.key: p for p in load_products()}
    cases = labelled_cases(root)
    lingewaard = cases[0].org
    dns = Organisation("GM9999", "Gemeente Nergens", "gemeente", "http://www.nergens.test/")
    cases += [
        Case(lingewaard, products["brp-uittreksel"], "not_found"),
        Case(dns, products["paspoort"], "unreachable", reason="dns"),
        Case(dns, products["klacht"], "unreachable", reason="dns"),
    ]
    run_dir = tmp_path / "output" / "run-1"
    write_run(run_dir, cases, FolderPageStore(root), run_id="run-1").close()
    return run_dir


def test_classify_run_writes_verdicts_like_the_folder_store(
    corpus_run: Path, shared_dir: Path
) -> None:
    result = classify_run(corpus_run)
    assert result.verdicts == 45 and not result.had_previous
    assert result.by_status == {"ok": 41, "not_offered": 1, "not_found": 1, "unreachable": 2}
    header, rows = read_csv(corpus_run / "verdicts.csv")
    assert header == list(VERDICT_FIELDS)
    assert {r["run_id"] for r in rows} == {"run-1"}
    assert {r["rules_version"] for r in rows} == {load_rules().version}
    by_key = {(r["org_code"], r["product_key"]): r for r in rows}
    assert by_key[("GM9999", "paspoort")]["level"] == ""
    assert "dns" in by_key[("GM9999", "paspoort")]["evidence"]
    assert by_key[("GM1705", "brp-uittreksel")]["status"] == "not_found"
    folder = {
        (v.org_code, v.product_key): v.as_row() for v in classify_labelled(shared_dir / "corpus")
    }
    for key, row in folder.items():
        for name in ("status", "level", "level_strict", "route_url", "via", "signals"):
            assert by_key[key][name] == row[name], (key, name)
    _, changes = read_csv(corpus_run / "classification_changes.csv")
    assert changes == []


def test_reclassification_lists_what_changed_with_both_evidences(
    corpus_run: Path, rules_without_request_forms: RuleSet
) -> None:
    first = classify_run(corpus_run, rules=rules_without_request_forms)
    second = classify_run(corpus_run)
    assert first.rules_version != second.rules_version
    assert second.had_previous and second.changed == 1
    header, rows = read_csv(corpus_run / "classification_changes.csv")
    assert header == list(CHANGE_FIELDS)
    changed = {(r["org_code"], r["product_key"]): r for r in rows}
    evenement = changed[("GM0451", "evenementenvergunning")]
    assert (evenement["level_before"], evenement["level_after"]) == ("0", "67")
    assert evenement["change"] == "changed"
    assert "form.request" in evenement["evidence_after"]
    assert "form.request" not in evenement["evidence_before"]
    assert evenement["route_url_before"] == ""
    assert evenement["route_url_after"].startswith("http://zaken.uithoorn.test/pls/iform/")
    third = classify_run(corpus_run)
    assert third.changed == 0


def test_cli_classify_by_run_id_prints_one_line(corpus_run: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["classify", "run-1", "--output", str(corpus_run.parent)])
    assert result.exit_code == 0, result.output
    line = result.output.strip()
    assert "\n" not in line
    assert line.startswith("classified 45 cases of run run-1 (")
    assert "41 ok" in line and "first classification" in line
    missing = runner.invoke(main, ["classify", "nope", "--output", str(corpus_run.parent)])
    assert missing.exit_code != 0 and "no run 'nope'" in missing.output


def test_cli_classify_labelled_folder_writes_verdicts(tmp_path: Path, shared_dir: Path) -> None:
    out = tmp_path / "v.csv"
    result = CliRunner().invoke(
        main,
        ["classify-labelled", str(shared_dir / "corpus"), "--verdicts", str(out), "--no-render"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "classified 42 labelled cases" in result.output
    header, rows = read_csv(out)
    assert header == list(VERDICT_FIELDS) and len(rows) == 42


def test_worker_processes_give_the_same_verdicts(
    corpus_run: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import classifiers.run

    single = classify_run(corpus_run, workers=1)
    _, one = read_csv(single.verdicts_csv)
    monkeypatch.setattr(classifiers.run, "ORGS_PER_TASK", 2)
    classify_run(corpus_run, workers=2)
    _, two = read_csv(single.verdicts_csv)
    assert one == two


def test_a_page_covering_two_products_lends_its_route_to_both() -> None:
    """'WOZ-waarde bezwaar maken en belastingaanslag bezwaar' (one page, both products):
    its call to action leads to the tax office's 'Woz waarde en taxatieverslag' page and its
    DigiD form. That page's title names the WOZ product only; for the belastingaanslag case
    it is the route too, because the two cases share the page (`partners_on_page`)."""
    from test_classifiers_routes import titled_page as html

    from classifiers.classify import Classifier
    from classifiers.run import partners_on_page
    from digimeter.core.pages import MemoryPageStore

    site, body = "http://www.zandvliet.test", "http://mijnrbz.test"
    saml = "http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=x"
    shared = f"{site}/woz-waarde-bezwaar-maken-en-belastingaanslag-bezwaar"

    store = MemoryPageStore()
    store.add(html(shared, "WOZ-waarde bezwaar maken en belastingaanslag bezwaar",
                   "<p>Bent u het niet eens met de WOZ-waarde of uw aanslag? Maak bezwaar bij "
                   f"het belastingbureau.</p><p><a href='{body}/woz-bezwaar'>Vul eerst een "
                   "reactieformulier in</a></p>"))  # fmt: skip
    store.add(html(f"{body}/woz-bezwaar", "Woz waarde en taxatieverslag",
                   f"<p>Het belastingbureau voert dit uit.</p><p><a href='{body}/mijn/bezwaar'>"
                   "Direct regelen</a></p>"))  # fmt: skip
    login = f"<p>Log in om verder te gaan.</p><a href='{saml}'>Inloggen met DigiD</a>"
    store.add(html(f"{body}/mijn/bezwaar", "Bezwaar maken", login))
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", f"{site}/")
    cases = [
        Case(org, products[key], "found", shared)
        for key in ("belastingaanslag-bezwaar", "woz-bezwaar")
    ]
    classifier = Classifier(store, load_rules())
    alone = classifier.classify(cases[0])
    assert alone.level == 0  # the tax office's page names only the other product
    on_page = partners_on_page(cases)
    assert [p.key for p in on_page[id(cases[0])]] == ["woz-bezwaar"]
    together = classifier.classify(cases[0], on_page[id(cases[0])])
    assert together.level == 100 and together.route_url == f"{body}/mijn/bezwaar"
