"""Provincial NL Design System style: `/onderwerpen/<thema>/<slug>/`, utrecht-* components."""

from __future__ import annotations

from testweb.content import Content
from testweb.families.base import Family, Overview
from testweb.markup import a, esc, ul
from testweb.model import Row, Site


class NldsFamily(Family):
    name = "nlds"
    generator = "TYPO3 CMS"
    body_class = "utrecht-document utrecht-document--surface"
    overview_label = "Loket"
    news_label = "Actueel"

    def product_url(self, site: Site, row: Row) -> str:
        theme = row.text.section.lower().replace("_", "-")
        return f"http://{site.host}/onderwerpen/{theme}/{self.unique(site, row.slug)}/"

    def doc_url(self, site: Site, filename: str) -> str:
        return f"http://{site.host}/fileadmin/documenten/{filename}"

    def overviews(self, site: Site, rows: list[Row]) -> list[Overview]:
        links = sorted((r.title, r.product_url) for r in rows)
        return [
            Overview(
                f"http://{site.host}/loket/", "Loket", "Aanvragen, melden en vergunningen.", links
            )
        ]

    def search_form(self, site: Site) -> str:
        if site.search is None:
            return ""
        path, param = site.search
        return (
            f'<form class="utrecht-form" role="search" action="{path}" method="get">'
            '<label class="utrecht-form-label" for="q">Zoeken</label><input '
            'class="utrecht-textbox" '
            f'id="q" name="{param}" type="search"><button '
            'class="utrecht-button">Zoeken</button></form>'
        )

    def header(self, site: Site, overview: str) -> str:
        items = "".join(
            f'<li class="utrecht-navbar__item">{a(u, t, "utrecht-navbar__link")}</li>'
            for t, u in self.menu(site, overview)
        )
        return (
            f'<header class="utrecht-page-header"><div class="utrecht-logo">'
            f"{a(site.home_url, site.org.name)}</div>{self.login_link(site)}"
            f"{self.search_form(site)}"
            '</header><nav class="utrecht-navbar"><ul '
            f'class="utrecht-navbar__list">{items}</ul></nav>'
        )

    def product_main(self, c: Content) -> str:
        sections = [
            ("Voor wie", f"<p>{esc(c.intro)}</p>"),
            ("Waarvoor", ul(c.conditions)),
            ("Aanvragen", c.action),
            ("Wat heeft u nodig", ul(c.needs)),
            ("Kosten", f"<p>{esc(c.costs)}</p>"),
            ("Termijn", f"<p>{esc(c.duration)}</p>"),
        ]
        body = "".join(f'<h2 class="utrecht-heading-2">{esc(h)}</h2>{html}' for h, html in sections)
        return (
            f'<h1 class="utrecht-heading-1">{esc(c.title)}</h1><div class="utrecht-article">'
            f"{body}{c.extra}</div>"
        )
