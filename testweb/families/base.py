"""What every CMS family has: URL schemes, page furniture, and a heading template for products.

A family decides where product pages and documents live, what the header, menu, search
box, breadcrumb, side bar and footer look like, and how a product page's sections are
headed. Subclasses override the parts that differ; the default is a Drupal-like site with
short root slugs and the "Wat is het? / Hoe werkt het? / Wat moet ik doen?" template.
"""

from __future__ import annotations

from dataclasses import dataclass

from testweb.content import Content
from testweb.markup import a, esc, ul
from testweb.model import Row, Site

RESERVED = {
    "contact",
    "zoeken",
    "nieuws",
    "agenda",
    "privacy",
    "home",
    "sitemap.xml",
    "robots.txt",
    "formulieren",
    "documenten",
    "toegankelijkheid",
    "nl",
    "archief",
}


@dataclass
class Overview:
    """A page that lists products (an A-Z list, a section, a loket overview)."""

    url: str
    title: str
    intro: str
    links: list[tuple[str, str]]


class Family:
    """The default family: Drupal-like, short root slugs (`/parkeervergunning`)."""

    name = "slug"
    generator = "Drupal 10 (https://www.drupal.org)"
    body_class = "path-node page-node-type-product"
    overview_label = "Producten en diensten"
    news_label = "Nieuws"

    def __init__(self) -> None:
        self._used: dict[str, set[str]] = {}

    # --- URLs -------------------------------------------------------------------------
    def unique(self, site: Site, slug: str) -> str:
        used = self._used.setdefault(site.org.code, set())
        candidate, n = slug or "product", 2
        while candidate in used or candidate in RESERVED:
            candidate = f"{slug}-{n}"
            n += 1
        used.add(candidate)
        return candidate

    def product_url(self, site: Site, row: Row) -> str:
        return f"http://{site.host}/{self.unique(site, row.slug)}"

    def doc_url(self, site: Site, filename: str) -> str:
        return f"http://{site.host}/sites/default/files/2024-0{1 + len(filename) % 9}/{filename}"

    def overviews(self, site: Site, rows: list[Row]) -> list[Overview]:
        links = sorted((r.title, r.product_url) for r in rows)
        return [
            Overview(
                f"http://{site.host}/producten-en-diensten",
                "Producten en diensten",
                "Alle producten en diensten van A tot Z.",
                links,
            )
        ]

    def news_index(self, site: Site) -> str:
        return f"http://{site.host}/nieuws/"

    def news_url(self, site: Site, slug: str) -> str:
        return f"http://{site.host}/nieuws/{slug}"

    # --- furniture --------------------------------------------------------------------
    def search_form(self, site: Site) -> str:
        if site.search is None:
            return ""
        path, param = site.search
        return (
            f'<form class="search-block-form" action="{path}" method="get" role="search">'
            f'<label for="edit-{param}" class="visually-hidden">Zoeken</label>'
            f'<input type="search" id="edit-{param}" name="{param}" '
            'placeholder="Waar bent u naar op zoek?"><input type="submit" value="Zoeken"></form>'
        )

    def login_link(self, site: Site) -> str:
        if "site_login" not in site.traps:
            return ""
        return (
            f'<div class="header__mijn"><a href="http://mijn.{site.domain}/" class="mijn-link">'
            f"Mijn {esc(site.short)}</a></div>"
        )

    def menu(self, site: Site, overview: str) -> list[tuple[str, str]]:
        return [
            ("Home", site.home_url),
            (self.overview_label, overview),
            (self.news_label, self.news_index(site)),
            ("Contact", f"http://{site.host}/contact"),
        ]

    def header(self, site: Site, overview: str) -> str:
        items = "".join(
            f'<li class="menu-item">{a(u, t)}</li>' for t, u in self.menu(site, overview)
        )
        return (
            f'<header class="header" role="banner"><div class="header__branding">'
            f'<a href="{site.home_url}" rel="home" class="site-logo"><img '
            'src="/themes/custom/site/logo.svg" '
            f'alt="{esc(site.org.name)} '
            f'logo"></a></div>{self.login_link(site)}{self.search_form(site)}'
            '<nav role="navigation" aria-label="Hoofdnavigatie" class="menu--main">'
            f'<ul class="menu">{items}</ul></nav></header>'
        )

    def footer(self, site: Site) -> str:
        base = f"http://{site.host}"
        digid = ""
        if "footer_digid" in site.traps:
            digid = (
                '<div class="footer__digid"><a href="http://digid-sim.test/" '
                'class="digid-logo-link">'
                '<img src="/static/img/digid.svg" alt="Logo DigiD" width="40"> Veilig online zaken '
                "regelen met DigiD</a></div>"
            )
        return (
            '<footer class="site-footer" role="contentinfo"><div '
            'class="footer__contact"><h2>Contact'
            f"</h2><p>{esc(site.org.name)}</p><p>Telefoon: {esc(site.phone)}</p><p>"
            f"{a(f'http://{site.host}/contact', 'Contactformulier')}</p></div>{digid}"
            f'<ul class="footer__links"><li>{a(f"{base}/privacy", "Privacyverklaring")}</li>'
            f"<li>{a(f'{base}/toegankelijkheid', 'Toegankelijkheid')}</li></ul></footer>"
        )

    def sidebar(self, site: Site) -> str:
        if "contact_sidebar" not in site.traps:
            return ""
        return (
            f'<aside class="sidebar" aria-label="Contact"><h2>Stel uw vraag</h2>'
            f'<form class="contact-form" method="post" action="http://{site.host}/contact-verzonden">'
            '<label for="cf-naam">Naam</label><input id="cf-naam" name="naam" type="text">'
            '<label for="cf-mail">E-mailadres</label><input id="cf-mail" name="email" type="email">'
            '<label for="cf-vraag">Uw vraag</label><textarea id="cf-vraag" name="vraag"></textarea>'
            '<button type="submit">Verstuur</button></form></aside>'
        )

    def breadcrumb(self, crumbs: list[tuple[str, str]]) -> str:
        items = "".join(
            f'<li class="breadcrumb__item">{a(u, t) if u else esc(t)}</li>' for t, u in crumbs
        )
        return f'<nav class="breadcrumb" aria-label="Kruimelpad"><ol>{items}</ol></nav>'

    def page(
        self,
        site: Site,
        title: str,
        main: str,
        *,
        overview: str,
        crumbs: list[tuple[str, str]] | None = None,
        head: str = "",
        sidebar: bool = False,
        charset: str = "utf-8",
    ) -> str:
        meta = f'<meta charset="{charset}">\n' if charset else ""
        return (
            f'<!DOCTYPE html>\n<html lang="nl" dir="ltr">\n<head>\n{meta}'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            f'<meta name="Generator" content="{self.generator}">\n'
            f"<title>{esc(title)} | {esc(site.org.name)}</title>\n{head}</head>\n"
            f'<body class="{self.body_class}">\n<a href="#main-content" class="skip-link">Naar de '
            "inhoud"
            f"</a>\n{self.header(site, overview)}\n{self.breadcrumb(crumbs or [])}\n"
            f'<main role="main" id="main-content"><div class="layout-content">{main}</div>'
            f"{self.sidebar(site) if sidebar else ''}</main>\n{self.footer(site)}\n"
            "</body>\n</html>\n"
        )

    # --- product pages ----------------------------------------------------------------
    def product_main(self, c: Content) -> str:
        """Toptaken template: Wat is het? / Hoe werkt het? / Wat moet ik doen? / ..."""
        sections = [
            ("Wat is het?", f"<p>{esc(c.intro)}</p>"),
            ("Hoe werkt het?", f"<p>{esc(c.how)}</p>"),
            ("Wat moet ik doen?", c.action),
            ("Wat heb ik nodig?", ul(c.needs)),
            ("Wat kost het?", f"<p>{esc(c.costs)}</p>"),
            ("Hoe lang duurt het?", f"<p>{esc(c.duration)}</p>"),
            ("Voorwaarden", ul(c.conditions)),
        ]
        body = "".join(f"<h2>{esc(h)}</h2>{html}" for h, html in sections if html)
        return (
            f'<h1 class="page-title">{esc(c.title)}</h1><article class="node node--type-product">'
            f'<div class="field--name-body">{body}{c.extra}</div></article>'
        )

    def not_offered_main(self, title: str, statement: str, intro: str) -> str:
        return (
            f'<h1 class="page-title">{esc(title)}</h1><article class="node node--type-product">'
            f"<p>{esc(statement)}</p><h2>Meer informatie</h2><p>{esc(intro)}</p></article>"
        )

    def crumbs(self, site: Site, row: Row, overview: Overview) -> list[tuple[str, str]]:
        return [("Home", site.home_url), (overview.title, overview.url), (row.title, "")]
