"""report.html rendered in headless Chromium (/usr/bin/chromium through Playwright), offline,
in Dutch and English.

Every request the page makes is routed: anything but the report file itself fails the
test. The run has every municipality of the real boundary file, so every map area must
be coloured; a second run has only the fixture organisations, so most areas are "not
measured". The pages are checked for WCAG 2.1 A and AA with axe-core (vendored in
tests/vendor/axe-core/), and for their width at 1024 and 1400 px. Set
DIGIMETER_SCREENSHOT_DIR to keep the screenshots the tests take.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page
from scoring_fixtures import store_run, verdict_rows

from digimeter.core.model import Organisation, Verdict
from digimeter.core.runstore import RunStore
from scoring.mapclasses import NOT_MEASURED, UNREACHABLE
from scoring.report import write_report
from scoring.run import score_run

GEOJSON = Path(__file__).resolve().parents[2] / "shared/data/geo/gemeente_2025.geojson"
LEVELS = ("0", "33", "67", "100")
AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
AXE_VERSION = "4.14.1"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def rgb(colour: str) -> str:
    """'#737373' as the browser computes it: 'rgb(115, 115, 115)'."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def keep_screenshot(path: Path) -> None:
    folder = os.environ.get("DIGIMETER_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / path.name)


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
    store.save_verdicts([Verdict.from_row(v) for v in verdicts])
    store.set_meta(run_id=folder.name, started_at="2026-07-01T08:00:00Z")
    store.advance_to("classified")
    store.close()
    return folder


def open_offline(
    browser: Browser, report: Path, width: int = 1280
) -> tuple[Page, list[str], list[str]]:
    """Open the report; return the page, requests other than the file, and JS errors."""
    page = browser.new_page(viewport={"width": width, "height": 900})
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
def full_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The report of the all-municipalities run in both languages."""
    run = municipalities_run(tmp_path_factory.mktemp("browser") / "run")
    score_run(run)
    reports = {}
    for lang in ("nl", "en"):
        path = write_report(run, geojson=GEOJSON, lang=lang).path
        reports[lang] = path.rename(path.with_name(f"report-{lang}.html"))
    return reports


def test_charts_and_map_render_offline(
    browser: Browser, full_reports: dict[str, Path], tmp_path: Path
) -> None:
    page, foreign, errors = open_offline(browser, full_reports["nl"])
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
    assert rgb(NOT_MEASURED) not in fills and rgb(UNREACHABLE) not in fills  # all scored
    assert len(set(fills)) >= 3
    sizes = areas.evaluate_all("els => els.map(e => e.getBBox().width * e.getBBox().height)")
    assert min(sizes) > 0
    dots = page.locator("svg.distribution circle.dot")
    assert dots.count() == 342 + 2  # every scored organisation: 342 municipalities + PV + WS
    assert page.locator("svg.level-mix rect.segment").count() > 5
    assert foreign == [] and errors == []
    page.close()


def test_the_map_tells_unreachable_from_not_measured(browser: Browser, tmp_path: Path) -> None:
    run = store_run(tmp_path / "run")
    report = write_report(run, geojson=GEOJSON).path
    page, foreign, errors = open_offline(browser, report)
    coloured = page.locator("svg.map path.area[data-value]")
    assert coloured.count() == 2  # GM0014 and GM0034; GM0037 is unreachable
    fills = page.locator("svg.map path.area").evaluate_all(
        "els => els.map(e => [e.dataset.code, getComputedStyle(e).fill])"
    )
    by_code = dict(fills)
    assert by_code["GM0014"] not in (rgb(UNREACHABLE), rgb(NOT_MEASURED))
    assert by_code["GM0037"] == rgb(UNREACHABLE)
    assert sum(1 for _, f in fills if f == rgb(NOT_MEASURED)) == 339
    legend = page.locator("svg.map g.legend").text_content() or ""
    assert "onbereikbaar (1)" in legend and "niet gemeten (339)" in legend
    # The map's text alternative: every area with its class, in a table.
    page.locator("#map details summary").click()
    rows = page.locator("#map details tbody tr")
    assert rows.count() == 342
    assert "onbereikbaar" in rows.filter(has_text="GM0037").inner_text()
    assert foreign == [] and errors == []
    page.close()


def _column(page: Page, table: str, index: int) -> list[str | None]:
    return page.locator(f"#{table} tbody tr").evaluate_all(
        f"rows => rows.filter(r => !r.hidden).map(r => r.cells[{index}].getAttribute('data-v'))"
    )


def test_tables_sort_and_filter(browser: Browser, full_reports: dict[str, Path]) -> None:
    page, foreign, errors = open_offline(browser, full_reports["en"])
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


def test_tables_sort_with_the_keyboard(browser: Browser, full_reports: dict[str, Path]) -> None:
    page, _, errors = open_offline(browser, full_reports["nl"])
    page.locator('input[data-filter="t-organisations"]').focus()
    page.keyboard.press("Tab")  # the table's box (it scrolls), then its first header
    box = page.locator("#organisations .table-box")
    assert page.evaluate("document.activeElement") == box.evaluate("e => e")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.startswith("Code")
    for _ in range(3):  # Organisatie, Type, Volwassenheid
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").startswith("Volwassenheid")
    page.keyboard.press("Enter")
    header = page.locator("#t-organisations thead th").nth(3)
    assert header.get_attribute("aria-sort") == "descending"
    values = [float(v) for v in _column(page, "t-organisations", 3) if v]
    assert values == sorted(values, reverse=True)
    page.keyboard.press("Space")
    assert header.get_attribute("aria-sort") == "ascending"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # the focus is visible
    assert errors == []
    page.close()


@pytest.mark.parametrize("width", [1024, 1400])
def test_no_page_is_wider_than_the_window(
    browser: Browser, full_reports: dict[str, Path], tmp_path: Path, width: int
) -> None:
    for lang, report in full_reports.items():
        page, _, errors = open_offline(browser, report, width)
        shot = tmp_path / f"report-{lang}-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
        keep_screenshot(shot)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, lang
        # The wide table scrolls inside its box instead of widening the page.
        box = page.locator("#organisations .table-box")
        inner, outer = box.evaluate("e => [e.scrollWidth, e.clientWidth]")
        if width == 1024:
            assert inner > outer, "the All organisations table should scroll sideways"
        assert box.evaluate("e => e.getBoundingClientRect().right") <= width
        assert errors == []
        page.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_wcag_aa_with_axe(browser: Browser, full_reports: dict[str, Path], lang: str) -> None:
    """No serious or critical WCAG 2.0/2.1 A or AA violation (axe-core), with every chart
    data table open."""
    assert f"axe v{AXE_VERSION}" in AXE.read_text(encoding="utf-8")[:100]
    page, foreign, errors = open_offline(browser, full_reports[lang])
    assert page.evaluate("document.documentElement.lang") == lang
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    page.add_script_tag(path=str(AXE))
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']}; e.g. {v['nodes'][0]['target']}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], serious
    assert len(results["passes"]) > 20  # axe really ran its rules
    assert foreign == [] and errors == []
    page.close()


def test_print_stylesheet(browser: Browser, full_reports: dict[str, Path]) -> None:
    page, _, _ = open_offline(browser, full_reports["nl"])
    page.emulate_media(media="print")
    assert page.locator("nav.toc").evaluate("e => getComputedStyle(e).display") == "none"
    scroll = page.locator("#organisations .table-box")
    assert scroll.evaluate("e => getComputedStyle(e).overflow") == "visible"
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 100_000
    page.close()
