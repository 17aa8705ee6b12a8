"""WordPress-like water board: `/loket/<slug>/`, free sections and a Downloads block."""

from __future__ import annotations

from testweb.content import Content
from testweb.families.base import Overview
from testweb.families.owc import OwcFamily
from testweb.markup import esc, ul
from testweb.model import Row, Site


class WpWaterFamily(OwcFamily):
    name = "wpwater"
    body_class = "page-template-loket"
    overview_label = "Loket"

    def product_url(self, site: Site, row: Row) -> str:
        return f"http://{site.host}/loket/{self.unique(site, row.slug)}/"

    def overviews(self, site: Site, rows: list[Row]) -> list[Overview]:
        links = sorted((r.title, r.product_url) for r in rows)
        return [
            Overview(
                f"http://{site.host}/loket/",
                "Loket",
                "Vergunningen, meldingen en belastingen.",
                links,
            )
        ]

    def product_main(self, c: Content) -> str:
        sections = [
            ("Wanneer heeft u dit nodig?", f"<p>{esc(c.intro)}</p>{ul(c.conditions)}"),
            ("Zo regelt u het", f"<p>{esc(c.how)}</p>{c.action}"),
            ("Wat kost het?", f"<p>{esc(c.costs)}</p>"),
            ("Hoe lang duurt het?", f"<p>{esc(c.duration)}</p>"),
        ]
        body = "".join(f"<h2>{esc(h)}</h2>{html}" for h, html in sections)
        title = f'<h1 class="entry-title">{esc(c.title)}</h1>'
        return f'{title}<div class="entry-content">{body}{c.extra}</div>'
