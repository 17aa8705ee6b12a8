"""Catalogue family with ids: `/<sectie>_<id>/product/<slug>_<id>.html`, accordion headings."""

from __future__ import annotations

from testweb.content import Content
from testweb.families.base import Family, Overview
from testweb.markup import esc, ul
from testweb.model import Row, Site


class ProductIdFamily(Family):
    name = "productid"
    generator = "GX WebManager"
    body_class = "product-detail"

    def section(self, site: Site, row: Row) -> str:
        base = 43000 + sum(map(ord, site.org.code)) * 3
        if row.product.audience == "ondernemer":
            return f"ondernemer_{base + 2}"
        return f"producten-en-diensten_{base + 1}"

    def product_url(self, site: Site, row: Row) -> str:
        slug = self.unique(site, row.slug)
        pid = 600 + sum(map(ord, row.product.key)) % 400
        return f"http://{site.host}/{self.section(site, row)}/product/{slug}_{pid}.html"

    def doc_url(self, site: Site, filename: str) -> str:
        return f"http://{site.host}/document/{filename}"

    def overviews(self, site: Site, rows: list[Row]) -> list[Overview]:
        groups: dict[str, list[tuple[str, str]]] = {}
        for row in rows:
            groups.setdefault(self.section(site, row), []).append((row.title, row.product_url))
        return [
            Overview(
                f"http://{site.host}/{section}/",
                "Ondernemers" if section.startswith("onder") else "Producten en diensten",
                "Regel het snel en eenvoudig.",
                sorted(links),
            )
            for section, links in sorted(groups.items())
        ]

    def product_main(self, c: Content) -> str:
        blocks = [
            ("Wat is het?", f"<p>{esc(c.intro)}</p><p>{esc(c.how)}</p>"),
            ("Wat moet ik doen?", c.action),
            ("Wat heb ik nodig?", ul(c.needs)),
            ("Voorwaarden", ul(c.conditions)),
            ("Kosten", f"<p>{esc(c.costs)}</p>"),
            ("Termijn", f"<p>{esc(c.duration)}</p>"),
        ]
        acc = "".join(
            f'<div class="accordion__item"><button class="accordion__button" aria-expanded="false" '
            f'aria-controls="acc-{i}">{esc(h)}</button><div class="accordion__panel" id="acc-{i}" '
            f"hidden>{html}</div></div>"
            for i, (h, html) in enumerate(blocks)
        )
        return f'<h1>{esc(c.title)}</h1><div class="accordion">{acc}</div>{c.extra}'
