"""The cheap sources of one organisation's discovery: robots.txt (its Sitemap lines), the
homepage (its SC feed link and search form), sitemaps and sitemap indexes, and the
Samenwerkende Catalogi feed, read into proposals (the files are parsed by
crawler.discovery.sourcefiles)."""

from __future__ import annotations

from urllib.parse import urlsplit

from crawler.discovery.evaluation import Evaluator
from crawler.discovery.fetch import Fetch
from crawler.discovery.findings import Findings
from crawler.discovery.kinds import FEED, HOME, SITEMAP
from crawler.discovery.pageinfo import PageInfo
from crawler.discovery.sourcefiles import parse_sc_feed, parse_sitemap, robots_sitemaps
from digimeter.core.pages import Page, normalize_url

#: sitemaps (indexes and their children) read per organisation
MAX_SITEMAPS = 20


class SourceReader:
    """Reads robots.txt, the homepage, sitemaps and the SC feed into the findings."""

    def __init__(self, findings: Findings, evaluator: Evaluator) -> None:
        self.site = findings
        self.ev = evaluator
        self.by_upl = {st.product.upl_uri: key for key, st in findings.states.items()}
        #: sitemaps asked for so far
        self.sitemaps = 0

    def on_robots(self, page: Page) -> list[Fetch]:
        code = self.site.code
        out = [Fetch(code, self.site.org.website, HOME)]
        for url in robots_sitemaps(page)[:5]:
            self.sitemaps += 1
            out.append(Fetch(code, url, SITEMAP, depth=1))
        return out

    def on_home(self, page: Page, info: PageInfo | None) -> list[Fetch]:
        self.site.scope.add(page.url)
        out = []
        if info and info.sc_feed_url:
            out.append(Fetch(self.site.code, info.sc_feed_url, FEED, depth=1))
        if info and info.search_form:
            self.site.search_form = info.search_form
        if not self.sitemaps:
            parts = urlsplit(page.url)
            self.sitemaps += 1
            sitemap = f"{parts.scheme}://{parts.netloc}/sitemap.xml"
            out.append(Fetch(self.site.code, sitemap, SITEMAP))
        return out

    def on_sitemap(self, page: Page) -> list[Fetch]:
        sitemap = parse_sitemap(page)
        out = []
        for child in sitemap.children:
            if self.sitemaps < MAX_SITEMAPS:
                self.sitemaps += 1
                out.append(Fetch(self.site.code, child, SITEMAP, depth=1))
        candidate = self.ev.candidate
        for url in sitemap.urls:
            if not self.site.scope.is_site(url) or self.ev.skip(url):
                continue
            self.site.counts["sitemap_urls"] += 1
            for key, score in self.ev.matcher.score_url(url).items():
                if score >= candidate:
                    self.site.proposals.add(url, key, "sitemap", score)
        return out

    def on_feed(self, page: Page) -> list[Fetch]:
        for entry in parse_sc_feed(page):
            key = self.by_upl.get(entry.upl_uri)
            if key is None:
                continue
            self.site.counts["feed_entries"] += 1
            self.site.states[key].feed = entry
            if entry.url:
                self.site.feed_for.setdefault(normalize_url(entry.url), set()).add(key)
                self.site.proposals.add(entry.url, key, "sc_feed", 100.0)
        return []
