"""National bodies: `/particulieren/<slug>` and `/zakelijk/<slug>`, Rijkshuisstijl-like pages."""

from __future__ import annotations

from testweb.content import Content
from testweb.families.base import Family, Overview
from testweb.markup import esc, ul
from testweb.model import Row, Site


class RijkFamily(Family):
    name = "rijk"
    generator = "Rijksoverheid Platform"
    body_class = "rhs-page"

    @staticmethod
    def root(row: Row) -> str:
        return "zakelijk" if row.product.audience == "ondernemer" else "particulieren"

    def product_url(self, site: Site, row: Row) -> str:
        return f"http://{site.host}/{self.root(row)}/{self.unique(site, row.slug)}"

    def doc_url(self, site: Site, filename: str) -> str:
        return f"http://{site.host}/binaries/content/assets/formulieren/{filename}"

    def overviews(self, site: Site, rows: list[Row]) -> list[Overview]:
        groups: dict[str, list[tuple[str, str]]] = {}
        for row in rows:
            groups.setdefault(self.root(row), []).append((row.title, row.product_url))
        if not groups:
            groups["particulieren"] = []
        return [
            Overview(
                f"http://{site.host}/{root}/",
                root.capitalize(),
                "Wat kunt u bij ons regelen?",
                sorted(links),
            )
            for root, links in sorted(groups.items())
        ]

    def product_main(self, c: Content) -> str:
        sections = [
            ("Wat is het?", f"<p>{esc(c.intro)}</p>"),
            ("Voorwaarden", ul(c.conditions)),
            ("Aanvragen", c.action),
            ("Kosten", f"<p>{esc(c.costs)}</p>"),
            ("Hoe lang duurt het?", f"<p>{esc(c.duration)}</p>"),
        ]
        body = "".join(f"<h2>{esc(h)}</h2>{html}" for h, html in sections)
        return f'<div class="article content"><h1>{esc(c.title)}</h1>{body}{c.extra}</div>'
