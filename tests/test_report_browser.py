"""report.html rendered in headless Chromium (/usr/bin/chromium through Playwright), offline.

Every request the page makes is routed: anything but the report file itself fails the
test. The run has every municipality of the real boundary file, so every map area must
be coloured; a second run has only the fixture organisations, so most areas are grey.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page
from scoring_fixtures import store_run, verdict_rows

from digimeter.model import Organisation
from digimeter.runstore import RunStore
from scoring.report import write_report
from scoring.run import score_run
from scoring.svg import NO_DATA

GEOJSON = Path(__file__).resolve().parents[2] / "shared/data/geo/gemeente_2025.geojson"
LEVELS = ("0", "33", "67", "100")


def municipalities_run(folder: Path) -> Path:
    """Every municipality of the boundary file, four products each, levels by code."""
    from scoring_fixtures import organisations, products

    features = json.loads(GEOJSON.read_text(encoding="utf-8"))["features"]
    orgs = [
        Organisation(f["properties"]["statcode"], f["properties"]["statnaam"], "gemeente",
                     "https://x.test/", {"inhabitants": str(5_000 + 3_000 * i)})
        for i, f in enumerate(features)
    ] + organisations()[3:]  # fmt: skip
    rows = []
    for i, org in enumerate(orgs):
        keys = ["p_b1", "p_b2", "p_o1", "p_both"] if org.org_type == "gemeente" else []
        for j, key in enumerate(keys):
            level = LEVELS[(i + j * (i % 3)) % 4]
            rows.append(f"{org.code},{key},ok,{level},{level}")
    rows += ["PV20,p_prov,ok,100,67", "WS0155,p_ws,ok,33,33", f"{orgs[0].code},p_no,not_found,,"]
    store = RunStore(folder, create=True)
    store.save_inputs(orgs, products())
    verdicts = verdict_rows("\n".join(rows))
    names = {o.code: o.name for o in orgs}
    for v in verdicts:
        v["org_name"] = names[v["org_code"]]
    store.save_verdicts(verdicts)
    store.set_meta(run_id=folder.name, started_at="2026-07-01T08:00:00Z")
    store.advance_to("classified")
    store.close()
    return folder


def open_offline(browser: Browser, report: Path) -> tuple[Page, list[str], list[str]]:
    """Open the report; return the page, requests other than the file, and JS errors."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    url = report.resolve().as_uri()
    foreign: list[str] = []
    errors: list[str] = []

    def route(r):  # type: ignore[no-untyped-def]
        if r.request.url == url:
            r.continue_()
        else:
            foreign.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(url, wait_until="load")
    return page, foreign, errors


@pytest.fixture(scope="module")
def full_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    run = municipalities_run(tmp_path_factory.mktemp("browser") / "run")
    score_run(run)
    return write_report(run, geojson=GEOJSON).path


def test_charts_and_map_render_offline(browser: Browser, full_report: Path, tmp_path: Path) -> None:
    page, foreign, errors = open_offline(browser, full_report)
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 50_000
    charts = page.locator("svg.chart")
    assert charts.count() >= 8
    for i in range(charts.count()):
        box = charts.nth(i).bounding_box()
        assert box is not None and box["width"] > 100 and box["height"] > 50, i
    areas = page.locator("svg.map path.area")
    assert areas.count() == 342
    fills = areas.evaluate_all("els => els.map(e => getComputedStyle(e).fill)")
    grey = "rgb(217, 217, 217)"  # NO_DATA
    assert NO_DATA == "#d9d9d9"
    assert grey not in fills  # every municipality has a score
    assert len(set(fills)) >= 3
    sizes = areas.evaluate_all("els => els.map(e => e.getBBox().width * e.getBBox().height)")
    assert min(sizes) > 0
    dots = page.locator("svg.distribution circle.dot")
    assert dots.count() == 342 + 2  # every scored organisation: 342 municipalities + PV + WS
    assert page.locator("svg.level-mix rect.segment").count() > 5
    assert foreign == [] and errors == []
    page.close()


def test_a_map_with_unscored_municipalities(browser: Browser, tmp_path: Path) -> None:
    run = store_run(tmp_path / "run")
    report = write_report(run, geojson=GEOJSON).path
    page, foreign, errors = open_offline(browser, report)
    coloured = page.locator("svg.map path.area[data-value]")
    assert coloured.count() == 2  # GM0014 and GM0034; GM0037 is unreachable
    fills = page.locator("svg.map path.area").evaluate_all(
        "els => els.map(e => [e.dataset.code, getComputedStyle(e).fill])"
    )
    by_code = dict(fills)
    assert by_code["GM0014"] != "rgb(217, 217, 217)"
    assert by_code["GM0037"] == "rgb(217, 217, 217)"
    assert sum(1 for _, f in fills if f == "rgb(217, 217, 217)") == 340
    assert foreign == [] and errors == []
    page.close()


def _column(page: Page, table: str, index: int) -> list[str | None]:
    return page.locator(f"#{table} tbody tr").evaluate_all(
        f"rows => rows.filter(r => !r.hidden).map(r => r.cells[{index}].getAttribute('data-v'))"
    )


def test_tables_sort_and_filter(browser: Browser, full_report: Path) -> None:
    page, foreign, errors = open_offline(browser, full_report)
    header = page.locator("#t-organisations thead th").nth(3)
    assert header.inner_text().startswith("Maturity")
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "descending"
    values = [float(v) for v in _column(page, "t-organisations", 3) if v]
    assert values == sorted(values, reverse=True) and len(values) == 344
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    values = [float(v) for v in _column(page, "t-organisations", 3) if v]
    assert values == sorted(values)
    name = page.locator("#t-organisations thead th").nth(1)
    name.locator("button").click()  # text column: ascending first
    names = page.locator("#t-organisations tbody tr td:nth-child(2)").all_inner_texts()
    assert names[0] <= names[1] <= names[-1]
    page.locator('input[data-filter="t-organisations"]').fill("Groningen")
    visible = page.locator("#t-organisations tbody tr:not([hidden])").all_inner_texts()
    assert visible and all("groningen" in row.lower() for row in visible)
    assert foreign == [] and errors == []
    page.close()


def test_print_stylesheet(browser: Browser, full_report: Path) -> None:
    page, _, _ = open_offline(browser, full_report)
    page.emulate_media(media="print")
    assert page.locator("nav.toc").evaluate("e => getComputedStyle(e).display") == "none"
    scroll = page.locator("#organisations .scroll")
    assert scroll.evaluate("e => getComputedStyle(e).overflow") == "visible"
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 100_000
    page.close()
