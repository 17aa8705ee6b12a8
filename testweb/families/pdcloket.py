"""PDC catalogue on its own host: `loket.<org>.test/producten/<slug_met_underscores>`.

Product pages carry a "Product informatie" block with `<details>` sections (Inleiding /
Omschrijving / Voorwaarden / Aanpak / Kosten / Termijn) and a "Direct regelen" button.
"""

from __future__ import annotations

from testweb.content import Content
from testweb.families.base import Family, Overview
from testweb.markup import esc, ul
from testweb.model import Row, Site


class PdcLoketFamily(Family):
    name = "pdcloket"
    generator = "SIM PDC"
    body_class = "pdc product"

    @staticmethod
    def loket(site: Site) -> str:
        return f"loket.{site.domain}"

    def product_url(self, site: Site, row: Row) -> str:
        slug = self.unique(site, row.slug.replace("-", "_"))
        return f"http://{self.loket(site)}/producten/{slug}"

    def doc_url(self, site: Site, filename: str) -> str:
        return f"http://{self.loket(site)}/files/{filename}"

    def overviews(self, site: Site, rows: list[Row]) -> list[Overview]:
        links = sorted((r.title, r.product_url) for r in rows)
        return [
            Overview(
                f"http://{self.loket(site)}/producten/",
                "Digitaal loket: producten",
                "Vind een product of dienst en regel het direct.",
                links,
            )
        ]

    def product_main(self, c: Content) -> str:
        direct = ""
        if c.online:
            direct = '<p class="direct-regelen">Direct regelen: zie Aanpak hieronder.</p>'
        sections = [
            ("Inleiding", f"<p>{esc(c.intro)}</p>"),
            ("Omschrijving", f"<p>{esc(c.how)}</p>"),
            ("Voorwaarden", ul(c.conditions)),
            ("Aanpak", c.action),
            ("Benodigdheden", ul(c.needs)),
            ("Kosten", f"<p>{esc(c.costs)}</p>"),
            ("Termijn", f"<p>{esc(c.duration)}</p>"),
        ]
        details = "".join(
            f"<details{' open' if h in ('Inleiding', 'Aanpak') else ''}><summary>{esc(h)}</summary>"
            f"{html}</details>"
            for h, html in sections
        )
        return (
            f'<h1>{esc(c.title)}</h1>{direct}<section class="product-informatie"><h2>Product '
            f"informatie</h2>{details}</section>{c.extra}"
        )
