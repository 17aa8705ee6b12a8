"""One page parsed once, shared by everything that reads it on its way through the crawl.

Discovery's page facts (`crawler.discovery.pagereader.page_info`), the decision to render
(`crawler.discovery.rendering.needs_rendering`) and the route links
(`classifiers.routes.route_links`) all read the same lxml tree, main scope and ways on: each
is computed when first asked for and kept. Nothing here changes the tree (`main_content`
copies where it removes).
"""

from __future__ import annotations

from functools import cached_property

from lxml.etree import _Element

from classifiers.clickables import Clickable, clickables
from classifiers.html import (
    block_text,
    element_text,
    main_content,
    main_scope,
    one_line,
    parse_html,
)
from digimeter.core.pages import Page


class ParsedPage:
    def __init__(self, page: Page) -> None:
        self.page = page

    @classmethod
    def of(cls, page: Page | ParsedPage) -> ParsedPage:
        """`page` itself when it is parsed already, else a new ParsedPage of it."""
        return page if isinstance(page, ParsedPage) else cls(page)

    @cached_property
    def tree(self) -> _Element | None:
        """The HTML tree; None when the page is not HTML."""
        return parse_html(self.page)

    @cached_property
    def scope(self) -> tuple[_Element, list[_Element]]:
        """`main_scope(tree)`: the main element and the furniture inside it."""
        assert self.tree is not None
        return main_scope(self.tree)

    @cached_property
    def main(self) -> _Element:
        """The main content without its furniture (`classifiers.html.main_content`)."""
        assert self.tree is not None
        return main_content(self.tree, self.scope)

    @cached_property
    def main_text(self) -> str:
        return one_line(self.main_lines)

    @cached_property
    def main_lines(self) -> str:
        """The main text, one line per block (`classifiers.html.block_text`)."""
        return block_text(self.main)

    @cached_property
    def body_text(self) -> str:
        """The text of the body ('' when the document has none)."""
        assert self.tree is not None
        body = self.tree.find("body")
        return element_text(body) if body is not None else ""

    @cached_property
    def clickables(self) -> list[Clickable]:
        """Every way on and POST form, in document order (`classifiers.clickables`)."""
        if self.tree is None:
            return []
        return clickables(self.page, self.tree, self.scope)

    @property
    def ways_on(self) -> list[Clickable]:
        """The clickables a person can follow without sending anything."""
        return [c for c in self.clickables if c.way_on]
