"""Writing one organisation's site: product pages, overviews, homepage, news and furniture pages."""

from __future__ import annotations

from testweb import hostile
from testweb.content import Content, action_html, how_text, secondary_html, trap_html, via_html
from testweb.families import Family, Overview
from testweb.markup import a, esc, text_of
from testweb.model import Row, Site
from testweb.orgs import slugify
from testweb.platforms import RouteBuilder
from testweb.writer import SiteWriter

DIGID_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46"><rect width="46" '
    'height="46" fill="#000"/><text x="5" y="30" fill="#fff" font-size="14">DigiD</text></svg>'
)
EHERKENNING_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46"><rect width="46" '
    'height="46" fill="#0a5"/><text x="3" y="30" fill="#fff" font-size="9">eHerkenning'
    "</text></svg>"
)
GENERIC_NEWS = (
    (
        "Nieuwe openingstijden van het gemeentehuis",
        "Vanaf volgende maand zijn wij op donderdag tot 20.00 uur open.",
    ),
    (
        "Werkzaamheden aan de rondweg",
        "In het voorjaar wordt de rondweg opnieuw geasfalteerd. Verwacht omleidingen.",
    ),
    (
        "Inwoners gezocht voor het klantenpanel",
        "Denk mee over onze dienstverlening en meld u aan voor het panel.",
    ),
)


class SiteBuilder:
    def __init__(
        self,
        writer: SiteWriter,
        families: dict[str, Family],
        routes: RouteBuilder,
        dynamic: dict[str, list],
    ) -> None:
        self.writer = writer
        self.families = families
        self.routes = routes
        self.dynamic = dynamic
        self._assets: set[str] = set()

    def assets(self, host: str) -> None:
        if host in self._assets:
            return
        self._assets.add(host)
        self.writer.write(f"http://{host}/static/img/digid.svg", DIGID_SVG)
        self.writer.write(f"http://{host}/static/img/eherkenning.svg", EHERKENNING_SVG)

    def assign_urls(self, site: Site, rows: list[Row]) -> None:
        family = self.families[site.family]
        for row in rows:
            if row.has_page:
                row.product_url = family.product_url(site, row)

    # --- the whole site ---------------------------------------------------------------
    def build(self, site: Site, rows: list[Row]) -> list[Overview]:
        """Write the site (not for dns/http_503 organisations); return its overviews."""
        family = self.families[site.family]
        paged = [r for r in rows if r.has_page]
        overviews = family.overviews(site, paged)
        by_url = {o.url: o for o in overviews}
        for row in paged:
            overview = next(
                (o for o in overviews if any(u == row.product_url for _, u in o.links)),
                overviews[0],
            )
            if row.via is None:
                self.routes.build(row)
            self.product_page(site, family, row, overview)
            for route in row.routes:
                if route.url and "://mijn." in route.url:
                    self.assets(route.url.split("/")[2])
        main_overview = overviews[0].url if overviews else site.home_url
        for overview in by_url.values():
            links = "".join(f"<li>{a(u, t)}</li>" for t, u in overview.links)
            main = (
                f"<h1>{esc(overview.title)}</h1><p>{esc(overview.intro)}</p>"
                f"<ul class='overview'>{links}</ul>"
            )
            crumbs = [("Home", site.home_url), (overview.title, "")]
            html = family.page(site, overview.title, main, overview=main_overview, crumbs=crumbs)
            self.writer.write(
                overview.url,
                html,
                title=overview.title,
                kind="overview",
                text=text_of(overview.intro, *(t for t, _ in overview.links)),
            )
        news = self.news(site, family, rows, main_overview)
        self.furniture(site, family, main_overview)
        self.homepage(site, family, paged, overviews, news)
        self.assets(site.host)
        return overviews

    def product_page(self, site: Site, family: Family, row: Row, overview: Overview) -> None:
        t = row.text
        intro = t.intro[row.rng.randrange(len(t.intro))]
        if row.status == "not_offered":
            statement = t.not_offered_text[row.rng.randrange(len(t.not_offered_text))]
            main = family.not_offered_main(
                row.title, statement, f"Heeft u vragen? Bel ons op {site.phone}."
            )
            text = statement
        else:
            main, text = self._product_main(site, family, row, intro)
        crumbs = family.crumbs(site, row, overview)
        charset = {"cp1252": "windows-1252", "cp1252_undeclared": ""}.get(
            next((h for h in row.hostile if h.startswith("cp1252")), ""), "utf-8"
        )
        html = family.page(
            site,
            row.title,
            main,
            overview=overview.url,
            crumbs=crumbs,
            sidebar=True,
            charset=charset,
        )
        body = hostile.page_body(row, html, self.dynamic)
        self.writer.write(
            row.product_url, body, title=row.title, kind="product", text=text_of(intro, text)
        )

    def _product_main(self, site: Site, family: Family, row: Row, intro: str) -> tuple[str, str]:
        logo = "/static/img/digid.svg"
        if row.via is not None:
            action = via_html(row)
        else:
            assert row.primary is not None
            action = action_html(
                row, row.primary, logo=logo, size=self.routes.sizes.get(row.primary.url, "")
            )
            for route in row.secondary:
                action += secondary_html(row, route, self.routes.sizes.get(route.url, ""))
        regulation = self.routes.regulation(row) if "regulation_pdf" in row.traps else None
        auxiliary = self.routes.auxiliary(row) if "auxiliary_pdf" in row.traps else None
        t = row.text
        content = Content(
            title=row.title,
            intro=intro,
            how=how_text(row),
            action=action,
            conditions=t.conditions,
            needs=t.needs,
            costs=t.costs,
            duration=t.duration,
            extra=trap_html(row, regulation=regulation, auxiliary=auxiliary),
            online=(row.level or 0) >= 67,
        )
        return family.product_main(content), t.costs

    # --- other pages ------------------------------------------------------------------
    def news(
        self, site: Site, family: Family, rows: list[Row], overview: str
    ) -> list[tuple[str, str]]:
        items: list[tuple[str, str, str]] = [(t, body, "") for t, body in GENERIC_NEWS]
        for row in rows:
            if "news_article" in row.traps and row.has_page:
                body = (
                    f"{row.text.news}. Dit bericht gaat over {row.title.lower()}. "
                    f"{row.text.intro[0]}"
                )
                items.append(
                    (row.text.news, body, row.product_url if row.rng.random() < 0.5 else "")
                )
        out = []
        for title, body, link in items:
            url = family.news_url(site, slugify(title))
            more = f"<p>Lees meer: {a(link, 'meer informatie')}</p>" if link else ""
            main = (
                f"<article class='news'><h1>{esc(title)}</h1><p class='date'>12 maart 2025</p>"
                f"<p>{esc(body)}</p>{more}</article>"
            )
            crumbs = [("Home", site.home_url), ("Nieuws", family.news_index(site)), (title, "")]
            self.writer.write(
                url,
                family.page(site, title, main, overview=overview, crumbs=crumbs),
                title=title,
                kind="news",
                text=text_of(body),
            )
            out.append((title, url))
        links = "".join(f"<li>{a(u, t)}</li>" for t, u in out)
        self.writer.write(
            family.news_index(site),
            family.page(
                site,
                "Nieuws",
                f"<h1>Nieuws</h1><ul class='news-list'>{links}</ul>",
                overview=overview,
                crumbs=[("Home", site.home_url), ("Nieuws", "")],
            ),
            title="Nieuws",
            kind="overview",
            text="Nieuws en actualiteiten",
        )
        return out

    def furniture(self, site: Site, family: Family, overview: str) -> None:
        base = f"http://{site.host}"
        form = (
            f"<h1>Contact</h1><p>Bel {esc(site.phone)} of stuur ons een bericht.</p>"
            f"<form class='contact-form' method='post' action='{base}/contact-verzonden'>"
            "<label for='naam'>Naam</label><input id='naam' name='naam'><label for='email'>E-mail"
            "</label><input id='email' name='email' type='email'><label for='bericht'>Uw vraag"
            "</label><textarea id='bericht' name='bericht'></textarea><button type='submit'>"
            "Verstuur</button></form>"
        )
        pages = (
            ("contact", "Contact", form, "other"),
            (
                "contact-verzonden",
                "Bericht verzonden",
                "<h1>Bedankt</h1><p>Wij hebben uw vraag ontvangen.</p>",
                "",
            ),
            (
                "privacy",
                "Privacyverklaring",
                "<h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw gegevens.</p>",
                "other",
            ),
            (
                "toegankelijkheid",
                "Toegankelijkheid",
                "<h1>Toegankelijkheid</h1><p>Wij werken aan een toegankelijke website.</p>",
                "other",
            ),
        )
        for path, title, main, kind in pages:
            self.writer.write(
                f"{base}/{path}",
                family.page(site, title, main, overview=overview),
                title=title,
                kind=kind,
                text=text_of(title),
            )
        if "site_login" in site.traps:
            login = f"http://mijn.{site.domain}/"
            from testweb.markup import digid_login_url

            main = (
                f"<h1>Mijn {esc(site.short)}</h1><p>In uw persoonlijke omgeving ziet u uw lopende "
                "zaken "
                f"en berichten.</p><p>{a(digid_login_url(login), 'Inloggen met DigiD')}</p>"
            )
            self.writer.write(
                login,
                f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>"
                f"Mijn {esc(site.short)}</title></head><body>{main}</body></html>",
            )
        if site.family == "pdcloket":
            loket = f"http://loket.{site.domain}/"
            main = (
                f"<h1>Digitaal loket {esc(site.short)}</h1>"
                f"<p>{a(loket + 'producten/', 'Alle producten')}"
                f"</p><p>{a(site.home_url, 'Naar de website')}</p>"
            )
            self.writer.write(
                loket,
                family.page(site, "Digitaal loket", main, overview=loket + "producten/"),
                title="Digitaal loket",
                kind="home",
                text="Digitaal loket",
            )
        if site.search is not None:
            template = family.page(
                site,
                "Zoeken",
                "<h1>Zoekresultaten</h1><p>U zocht op: <!--QUERY--></p><!--RESULTS-->",
                overview=overview,
            )
            self.writer.sites.parent.joinpath("search").mkdir(exist_ok=True)
            self.writer.sites.parent.joinpath("search", f"{site.host}.html").write_text(
                template, encoding="utf-8"
            )

    def homepage(
        self,
        site: Site,
        family: Family,
        rows: list[Row],
        overviews: list[Overview],
        news: list[tuple[str, str]],
    ) -> None:
        head = ""
        if site.sc_feed:
            head = (
                f'<link rel="alternate" type="application/xml" title="Samenwerkende Catalogi" '
                f'href="{site.sc_feed}">\n'
            )
        top = [r for r in rows if r.status == "ok"][:6]
        toptaken = "".join(f"<li>{a(r.product_url, r.title)}</li>" for r in top)
        sections = "".join(f"<li>{a(o.url, o.title)}</li>" for o in overviews)
        latest = "".join(f"<li>{a(u, t)}</li>" for t, u in news[:4])
        extra = hostile.homepage_links(site, self.dynamic)
        main = (
            f"<h1>Welkom bij {esc(site.org.name)}</h1><section "
            "class='toptaken'><h2>Veelgevraagd</h2>"
            f"<ul>{toptaken}</ul></section><section class='onderwerpen'><h2>Alle onderwerpen</h2>"
            f"<ul>{sections}</ul></section><section class='nieuws'><h2>Nieuws</h2><ul>{latest}</ul>"
            f"<p>{a(family.news_index(site), 'Al het nieuws')}</p></section>{extra}"
        )
        if site.family == "pdcloket":
            main += f"<p>{a(f'http://loket.{site.domain}/', 'Naar het digitale loket')}</p>"
        overview = overviews[0].url if overviews else site.home_url
        html = family.page(site, "Home", main, overview=overview, head=head)
        self.writer.write(
            site.home_url, html, title=site.org.name, kind="home", text=text_of(site.org.name)
        )
