"""iprox-like family: `/Inwoners/<Sectie>/<Titel_Met_Underscores>`, sections and an accordion."""

from __future__ import annotations

import re
import unicodedata

from testweb.content import Content
from testweb.families.base import Family, Overview
from testweb.markup import a, esc, ul
from testweb.model import Row, Site


def title_path(title: str) -> str:
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.sub(r"[^A-Za-z0-9 -]+", "", plain).split()
    return "_".join(words) or "Product"


class IproxFamily(Family):
    name = "iprox"
    generator = "iprox.cms"
    body_class = "iprox-content product"
    overview_label = "Onderwerpen"

    @staticmethod
    def audience_root(row: Row) -> str:
        return "Ondernemers" if row.product.audience == "ondernemer" else "Inwoners"

    def product_url(self, site: Site, row: Row) -> str:
        name = self.unique(site, title_path(row.title))
        return f"http://{site.host}/{self.audience_root(row)}/{row.text.section}/{name}"

    def doc_url(self, site: Site, filename: str) -> str:
        return f"http://{site.host}/publish/pages/{1000 + len(filename) * 37}/{filename}"

    def overviews(self, site: Site, rows: list[Row]) -> list[Overview]:
        groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for row in rows:
            groups.setdefault((self.audience_root(row), row.text.section), []).append(
                (row.title, row.product_url)
            )
        out = [
            Overview(
                f"http://{site.host}/onderwerpen/",
                "Onderwerpen",
                "Alle onderwerpen.",
                [
                    (section.replace("_", " "), f"http://{site.host}/{root}/{section}/")
                    for root, section in sorted(groups)
                ],
            )
        ]
        for (root, section), links in sorted(groups.items()):
            label = section.replace("_", " ")
            out.append(
                Overview(
                    f"http://{site.host}/{root}/{section}/",
                    label,
                    f"Alles over {label.lower()}.",
                    sorted(links),
                )
            )
        return out

    def search_form(self, site: Site) -> str:
        if site.search is None:
            return ""
        path, param = site.search
        return (
            f'<form action="{path}" method="get" class="zoekveld"><label for="zoeken">Zoeken'
            f'</label><input id="zoeken" name="{param}" type="text"><button type="submit">'
            "Zoek</button></form>"
        )

    def header(self, site: Site, overview: str) -> str:
        items = "".join(f"<li>{a(u, t)}</li>" for t, u in self.menu(site, overview))
        return (
            f'<div id="header"><div class="logo">{a(site.home_url, site.org.name)}</div>'
            f"{self.login_link(site)}{self.search_form(site)}</div>"
            f'<div id="navigatie"><ul class="hoofdmenu">{items}</ul></div>'
        )

    def product_main(self, c: Content) -> str:
        blocks = [
            ("Voorwaarden", ul(c.conditions)),
            ("Aanvraag", c.action),
            ("Wat heeft u nodig", ul(c.needs)),
            ("Kosten", f"<p>{esc(c.costs)}</p>"),
            ("Termijn", f"<p>{esc(c.duration)}</p>"),
        ]
        body = "".join(
            f'<div class="iprox-accordion"><h2 class="accordion-kop">{esc(h)}</h2>'
            f'<div class="accordion-inhoud">{html}</div></div>'
            for h, html in blocks
        )
        return (
            f'<div class="grid-blok type-titel"><h1>{esc(c.title)}</h1></div><div class="grid-blok '
            f'type-tekst"><p class="intro">{esc(c.intro)}</p>{body}{c.extra}</div>'
        )
