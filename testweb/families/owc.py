"""OpenWebConcept (WordPress + PDC plugin): `/onderwerp/<slug>`, forms on `mijn.<org>.test`."""

from __future__ import annotations

from testweb.content import Content
from testweb.families.base import Family, Overview
from testweb.markup import a, esc, ul
from testweb.model import Row, Site


class OwcFamily(Family):
    name = "owc"
    generator = "WordPress 6.4"
    body_class = "single single-pdc-item"
    overview_label = "Onderwerpen"

    def product_url(self, site: Site, row: Row) -> str:
        return f"http://{site.host}/onderwerp/{self.unique(site, row.slug)}"

    def doc_url(self, site: Site, filename: str) -> str:
        return f"http://{site.host}/wp-content/uploads/2024/0{1 + len(filename) % 9}/{filename}"

    def overviews(self, site: Site, rows: list[Row]) -> list[Overview]:
        links = sorted((r.title, r.product_url) for r in rows)
        return [
            Overview(
                f"http://{site.host}/onderwerpen/",
                "Onderwerpen",
                "Alle onderwerpen en producten.",
                links,
            )
        ]

    def news_url(self, site: Site, slug: str) -> str:
        return f"http://{site.host}/nieuws/{slug}/"

    def search_form(self, site: Site) -> str:
        if site.search is None:
            return ""
        path, param = site.search
        return (
            f'<form role="search" method="get" class="search-form" action="{path}">'
            f'<label><span class="screen-reader-text">Zoeken naar:</span><input type="search" '
            f'class="search-field" name="{param}"></label><input type="submit" '
            'class="search-submit" value="Zoeken"></form>'
        )

    def header(self, site: Site, overview: str) -> str:
        items = "".join(
            f'<li class="menu-item">{a(u, t)}</li>' for t, u in self.menu(site, overview)
        )
        return (
            f'<header id="masthead" class="site-header"><div class="site-branding">'
            f"{a(site.home_url, site.org.name, 'custom-logo-link')}</div>{self.login_link(site)}"
            f'{self.search_form(site)}<nav id="site-navigation" class="main-navigation">'
            f'<ul id="primary-menu" class="menu">{items}</ul></nav></header>'
        )

    def product_main(self, c: Content) -> str:
        sections = [
            ("Wat is het?", f"<p>{esc(c.intro)}</p>"),
            ("Hoe vraag ik het aan?", c.action),
            ("Wat heb ik nodig?", ul(c.needs)),
            ("Voorwaarden", ul(c.conditions)),
            ("Wat kost het?", f"<p>{esc(c.costs)}</p>"),
        ]
        body = "".join(
            f'<section class="pdc-item__section"><h2>{esc(h)}</h2>{html}</section>'
            for h, html in sections
        )
        return (
            f'<article class="pdc-item"><h1 class="entry-title">{esc(c.title)}</h1>'
            f'<div class="entry-content">{body}{c.extra}</div></article>'
        )
