"""Every way on of a page (`classifiers.clickables`), on saved pages with their expected records.

Each `tests/fixtures/clickables/<case>/` holds `page.html`, `page.json` (the page's URL and
response headers) and `expected.json` (the records, in document order, written by hand from
what a browser does: base href, form submission with default values, onclick targets).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from classifiers.clickables import Clickable, clickables, script_targets, ways_on
from digimeter.core.pages import Page

FIXTURES = Path(__file__).parent / "fixtures" / "clickables"
CASES = sorted(p.name for p in FIXTURES.iterdir() if (p / "expected.json").is_file())


def fixture_page(name: str) -> Page:
    meta = json.loads((FIXTURES / name / "page.json").read_text(encoding="utf-8"))
    body = (FIXTURES / name / "page.html").read_bytes()
    return Page(url=meta["url"], status=200, headers=meta["headers"], body=body)


@pytest.mark.parametrize("name", CASES)
def test_clickables_of_saved_page(name: str) -> None:
    expected = json.loads((FIXTURES / name / "expected.json").read_text(encoding="utf-8"))
    got = [dataclasses.asdict(c) for c in clickables(fixture_page(name))]
    assert got == expected


def test_post_form_is_a_signal_not_a_way_on() -> None:
    page = fixture_page("get_forms")
    posts = [c for c in clickables(page) if c.kind == "post_form"]
    assert [c.url for c in posts] == ["http://www.ommeland.test/formulieren/evenement"]
    assert not posts[0].way_on
    assert all(c.way_on for c in ways_on(page))
    assert "post_form" not in {c.kind for c in ways_on(page)}


def test_get_form_replaces_the_action_query_like_a_browser() -> None:
    html = b'<form action="/a?old=1#f"><input name="q" value="x y"><input type="submit"></form>'
    page = Page("http://h.test/p?z=1", 200, {"content-type": "text/html"}, html)
    (way,) = ways_on(page)
    assert way == Clickable("http://h.test/a?q=x+y", "get_form", "", True, "form", "action",
                            "GET", 1)  # fmt: skip


def test_not_html_and_unparsable_pages_have_no_clickables() -> None:
    pdf = Page("http://h.test/f.pdf", 200, {"content-type": "application/pdf"}, b"%PDF-1.4")
    assert clickables(pdf) == []


@pytest.mark.parametrize(
    ("script", "targets"),
    [
        ("window.location.href = '/a';", ["/a"]),
        ('document.location="https://x.test/b"', ["https://x.test/b"]),
        ("top.location.replace(`/c`)", ["/c"]),
        ("window.open('/d','_blank')", ["/d"]),
        ("if (location.href == '/e') {}", []),
        ("var here = window.location.href;", []),
    ],
)
def test_script_targets(script: str, targets: list[str]) -> None:
    assert script_targets(script) == targets
