"""What discovery knows of one fetched HTML page: the `PageInfo` record, the ways on it
lists (`Link`) and the site search it shows (`SearchForm`). A page is read into one by
`crawler.discovery.pagereader.page_info`."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode, urlsplit

from classifiers.dutch import fold


@dataclass(frozen=True)
class Link:
    url: str
    text: str
    in_main: bool


@dataclass(frozen=True)
class SearchForm:
    """A site search: GET `action` with the query in `field` (plus fixed hidden fields)."""

    action: str
    field: str
    fixed: tuple[tuple[str, str], ...] = ()

    def url_for(self, query: str) -> str:
        params = [*self.fixed, (self.field, query)]
        sep = "&" if urlsplit(self.action).query else "?"
        return f"{self.action}{sep}{urlencode(params)}"


@dataclass
class PageInfo:
    url: str
    titles: tuple[str, ...] = ()
    #: every way on a person can follow (classifiers.clickables: anchors, buttons, GET
    #: forms without typed input, frames, refresh and script redirects)
    links: list[Link] = field(default_factory=list)
    main_text: str = ""
    #: the main text, one line per block (for sentences: `classifiers.notoffered`)
    main_lines: str = ""
    is_news: bool = False
    is_overview: bool = False
    #: a "not found" page answered with status 200
    is_soft_404: bool = False
    #: the page is a form to fill in (a route), not an information page
    is_form: bool = False
    #: almost no content and one or two ways on: a consent wall, "kies uw taal", a splash
    is_splash: bool = False
    #: a document's own page: its file's type and size and the download, nothing else (a
    #: CMS's "Bestandstype PDF, Grootte 90 kB, Download"); the document is a route, its
    #: page no product's page
    is_document: bool = False
    #: little text of its own besides its links
    thin: bool = False
    #: hardly a sentence of its own besides its headings and links: a page to pass through
    #: (a topic page "Subsidies" listing "Subsidie")
    bare: bool = False
    #: links in list items of the main content (a topic page's entries)
    list_entries: int = 0
    #: the first paragraph of the main content, which names what the page is about
    lead: str = ""
    #: the links in the lead ("Bent u inwoner? Lees dan <Paspoort en identiteitskaart>")
    lead_links: list[Link] = field(default_factory=list)
    #: a page with almost no content that moves itself to another address (a refresh or a
    #: script redirect: "Deze pagina is verhuisd"), the address
    moved_to: str = ""
    #: the page says it is in another language than Dutch (`<html lang="en">`): the Dutch
    #: page of the same product goes first
    other_language: bool = False
    search_form: SearchForm | None = None
    sc_feed_url: str = ""
    needs_render: bool = False

    @property
    def title(self) -> str:
        return self.titles[0] if self.titles else ""

    @cached_property
    def folded_text(self) -> str:
        """The main text folded (`classifiers.dutch.fold`), once per page."""
        return fold(self.main_text)
