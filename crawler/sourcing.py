"""The cheap sources of one organisation's discovery (mixed into `OrgCrawl`): robots.txt
(its Sitemap lines), the homepage (its SC feed link and search form), sitemaps and sitemap
indexes, and the Samenwerkende Catalogi feed."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from crawler.fetch import FEED, HOME, SITEMAP, Fetch
from crawler.sources import parse_sc_feed, parse_sitemap, robots_sitemaps
from digimeter.core.pages import Page, normalize_url

if TYPE_CHECKING:
    from crawler.evaluation import Evaluator, SiteScope
    from crawler.pageinfo import PageInfo, SearchForm
    from crawler.products import ProductState, Proposals

#: sitemaps (indexes and their children) read per organisation
MAX_SITEMAPS = 20


class SourceReading:
    """Reads robots.txt, the homepage, sitemaps and the SC feed into proposals."""

    org_code: str
    website: str
    sitemaps: int
    scope: SiteScope
    ev: Evaluator
    counts: Counter[str]
    proposals: Proposals
    states: dict[str, ProductState]
    by_upl: dict[str, str]
    feed_for: dict[str, set[str]]
    search_form: SearchForm | None

    def _on_robots(self, page: Page) -> list[Fetch]:
        out = [Fetch(self.org_code, self.website, HOME)]
        for url in robots_sitemaps(page)[:5]:
            self.sitemaps += 1
            out.append(Fetch(self.org_code, url, SITEMAP, depth=1))
        return out

    def _on_home(self, page: Page, info: PageInfo | None) -> list[Fetch]:
        self.scope.add(page.url)
        out = []
        if info and info.sc_feed_url:
            out.append(Fetch(self.org_code, info.sc_feed_url, FEED, depth=1))
        if info and info.search_form:
            self.search_form = info.search_form
        if not self.sitemaps:
            parts = urlsplit(page.url)
            self.sitemaps += 1
            out.append(
                Fetch(self.org_code, f"{parts.scheme}://{parts.netloc}/sitemap.xml", SITEMAP)
            )
        return out

    def _on_sitemap(self, page: Page) -> list[Fetch]:
        sitemap = parse_sitemap(page)
        out = []
        for child in sitemap.children:
            if self.sitemaps < MAX_SITEMAPS:
                self.sitemaps += 1
                out.append(Fetch(self.org_code, child, SITEMAP, depth=1))
        candidate = self.ev.candidate
        for url in sitemap.urls:
            if not self.scope.is_site(url) or self.ev.skip(url):
                continue
            self.counts["sitemap_urls"] += 1
            for key, score in self.ev.matcher.score_url(url).items():
                if score >= candidate:
                    self.proposals.add(url, key, "sitemap", score)
        return out

    def _on_feed(self, page: Page) -> list[Fetch]:
        for entry in parse_sc_feed(page):
            key = self.by_upl.get(entry.upl_uri)
            if key is None:
                continue
            self.counts["feed_entries"] += 1
            self.states[key].feed = entry
            if entry.url:
                self.feed_for.setdefault(normalize_url(entry.url), set()).add(key)
                self.proposals.add(entry.url, key, "sc_feed", 100.0)
        return []
