"""One parse per page: the shared tree (`classifiers.parsedpage.ParsedPage`) gives what
separate parses give, and discovery parses each page it is handed once."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import lxml.html
import pytest
from test_crawler_discovery import HOME, RULES, crawl_state, drive, html_page, product_pages

from classifiers.parsedpage import ParsedPage
from classifiers.routes import route_links
from crawler.discovery.pagereader import page_info
from crawler.discovery.rendering import needs_rendering
from digimeter.core.pages import Page

REPO = Path(__file__).resolve().parent.parent
CLICKABLES = REPO / "tests" / "fixtures" / "clickables"
CORPUS = REPO.parent / "shared" / "corpus" / "sites"


def saved_pages() -> list[Page]:
    """The saved pages of the clickables fixtures and the HTML pages of the shared corpus."""
    pages = []
    for folder in sorted(p for p in CLICKABLES.iterdir() if (p / "page.html").exists()):
        meta = json.loads((folder / "page.json").read_text(encoding="utf-8"))
        body = (folder / "page.html").read_bytes()
        pages.append(Page(meta["url"], 200, meta["headers"], body))
    for path in sorted(CORPUS.rglob("*.html")):
        rel = path.relative_to(CORPUS)
        host, parts = rel.parts[0], list(rel.parts[1:])
        if parts[-1] == "index.html":
            parts[-1] = ""
        url = f"http://{host}/{'/'.join(parts)}"
        headers = {"content-type": "text/html; charset=utf-8"}
        pages.append(Page(url, 200, headers, path.read_bytes()))
    return pages


PAGES = saved_pages()


def test_there_are_saved_pages_of_every_kind() -> None:
    assert len(PAGES) > 40
    assert any(needs_rendering(p) for p in PAGES)  # the comparison covers both answers
    assert not all(needs_rendering(p) for p in PAGES)


@pytest.mark.parametrize("order", ["routes first", "page info first"])
def test_shared_tree_gives_what_separate_parses_give(order: str) -> None:
    for page in PAGES:
        separate = (
            page_info(page, RULES),
            needs_rendering(page),
            route_links(page, hop=0),
            route_links(page, hop=1),
        )
        parsed = ParsedPage(page)
        if order == "routes first":  # every reader after another one used the tree
            links = (route_links(page, parsed.tree, hop=0, ways=parsed.clickables),
                     route_links(page, parsed.tree, hop=1, ways=parsed.clickables))  # fmt: skip
            render = needs_rendering(parsed)
            info = page_info(parsed, RULES)
        else:
            info = page_info(parsed, RULES)
            render = needs_rendering(parsed)
            links = (route_links(page, parsed.tree, hop=0, ways=parsed.clickables),
                     route_links(page, parsed.tree, hop=1, ways=parsed.clickables))  # fmt: skip
        assert (info, render, *links) == separate, page.url


def test_discovery_parses_each_page_it_is_handed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    parses: Counter[int] = Counter()
    parse = lxml.html.document_fromstring

    def counting(text: str, *args: object, **kwargs: object) -> object:
        parses[len(parses)] += 1
        return parse(text, *args, **kwargs)

    monkeypatch.setattr(lxml.html, "document_fromstring", counting)
    web = product_pages()
    cta = '<a href="http://formulieren.proefdorp.test/paspoort">Vraag online aan</a>'
    web["http://www.proefdorp.test/burgerzaken/paspoort"] = html_page(
        "http://www.proefdorp.test/burgerzaken/paspoort", "Paspoort aanvragen",
        "<p>" + "Over het paspoort. " * 8 + f"</p>{cta}",
    )  # fmt: skip
    links = "".join(f'<a href="{url}">{page_title}</a>' for url, page_title in (
        ("/burgerzaken/paspoort", "Paspoort aanvragen"), ("/hond-aan-of-afmelden", "Hond"),
        ("/p/123", "Parkeervergunning")))  # fmt: skip
    web[HOME] = html_page(HOME, "Welkom", f"<p>Welkom in Proefdorp.</p>{links}")
    web["http://formulieren.proefdorp.test/paspoort"] = html_page(
        "http://formulieren.proefdorp.test/paspoort", "Paspoort", "<form><input name='a'></form>"
    )
    state = crawl_state()
    handed: list[int] = []
    on_page = state.on_page

    def counted(fetch, page):  # type: ignore[no-untyped-def]
        before = sum(parses.values())
        out = on_page(fetch, page)
        handed.append(sum(parses.values()) - before)
        return out

    monkeypatch.setattr(state, "on_page", counted)
    fetched = drive(state, web)
    routes = [f for f in fetched if f.kind == "route"]
    assert routes, "the product page's call to action was followed"
    assert max(handed) == 1  # a product page is judged and its routes read from one parse
    assert sum(handed) >= 5
