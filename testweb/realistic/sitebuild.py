"""Writing one realistic organisation site: routes, product pages with their calls to
action, neighbouring pages (sibling, other audience, English), the not-offered page, the
forms overview, the A-Z list, the homepage behind its consent wall or splash, soft 404s."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from testweb.markup import esc
from testweb.model import Route
from testweb.orgs import slugify
from testweb.realistic import cta, furniture, pages
from testweb.realistic.layouts import Layout
from testweb.realistic.material import Wordings
from testweb.realistic.model import RRow, RSite
from testweb.realistic.routes import RouteWriter
from testweb.writer import SiteWriter


class SiteBuild:
    def __init__(
        self, writer: SiteWriter, routes: RouteWriter, wordings: Wordings, dynamic: dict[str, list]
    ) -> None:
        self.writer = writer
        self.routes = routes
        self.wordings = wordings
        self.dynamic = dynamic

    def build(self, site: RSite, rows: list[RRow]) -> None:
        layout = Layout(site)
        index: list[tuple[str, str, bool]] = []
        for row in rows:  # URLs first: pages link to each other
            if row.status == "ok" and row.shares_page_of is None:
                for i, route in enumerate(row.routes):
                    if not route.url:
                        self.routes.own(row, route, i, self.dynamic["redirects"])
                for helper in row.helpers:
                    self.routes.helper(row, helper)
                business = row.product.audience == "ondernemer"
                if row.form_only:
                    row.product_url = row.routes[0].url
                elif row.body_only:
                    row.product_url = row.via_page
                    row.notes.append(
                        "the organisation has no page of its own; its A-Z list "
                        "links to the shared body's page"
                    )
                else:
                    row.product_url = layout.page_url(
                        row.title, key=row.product.key, business=business
                    )
                index.append((row.title, row.product_url, business))
        for row in rows:
            if row.shares_page_of is not None:
                row.product_url = row.shares_page_of.product_url
                row.notes.append(
                    f"one page covers this product and {row.shares_page_of.product.key}"
                )
        overview = self._forms_overview(site, layout, rows)
        for row in rows:
            if row.status == "ok" and row.shares_page_of is None:
                if not row.body_only:
                    index += self._neighbours(site, layout, row)
                if not (row.form_only or row.body_only):
                    self._product_page(site, layout, row, overview)
        for row in rows:
            if row.shares_page_of is not None:
                row.traps = list(row.shares_page_of.traps)
            row.traps = list(dict.fromkeys(row.traps))
        index += self._not_offered(site, layout, rows)
        for row in rows:
            if row.status == "not_found" and site.soft404:
                row.stale_url = layout.page_url(row.title, key=row.product.key)
                index.append((row.title, row.stale_url, False))
                row.notes.append(
                    f"a stale link titled '{row.title}' ends on a soft 404 (status 200)"
                )
        furniture.write(self.writer, self.routes, self.dynamic, layout, rows, index)

    def _product_page(
        self, site: RSite, layout: Layout, row: RRow, overview: dict[str, int]
    ) -> None:
        url = row.product_url
        sentences, labels = cta.texts_for(row, self.wordings)
        if row.cta_style != "link":
            row.notes.append(f"call to action: {row.cta_style}")
        parts = [f"<p>{esc(s)}</p>" for s in sentences]
        if row.via is not None:
            parts.append(f"<p>{esc(row.via.name)} regelt dit voor {esc(site.short)}.</p>")
        for i, route in enumerate(row.routes):
            if route.channel in ("info",):
                continue
            if route.channel == "mail":
                parts.append(
                    f"<p>Stuur uw verzoek naar <a href='mailto:info@{site.domain}'>"
                    f"info@{site.domain}</a>.</p>"
                )
                continue
            target = route.target
            if i == 0 and row.through_overview:
                target = site.forms_overview
                if max(overview.values(), default=0) > (row.level or 0):
                    row.traps.append("neighbour_form")
                row.notes.append(
                    f"the call to action leads to the forms overview {target}; the right form "
                    "is one of many there"
                )
            elif i == 0 and row.via_page:
                target = row.via_page
            label = labels.get(i, "Aanvragen")
            if route.channel == "document":
                kind = "Word" if route.platform == "docx" else ("pdf", "PDF")[len(label) % 2]
                label = f"{label} ({kind}, {self.routes.sizes.get(route.url, '90 kB')})"
            style = row.cta_style if i == 0 else "link"
            if route.channel == "document" and site.document_pages:
                target = self._document_page(site, layout, target, label)
            if site.exit_page and style != "iframe" and urlsplit(target).hostname != site.host:
                target = self._exit_page(site, layout, target)
                if i == 0:
                    row.notes.append("the way to the other host passes an exit page (one link on)")
            img = layout.href(url, f"http://{site.host}/img/digid.png") if style == "image" else ""
            element = cta.element(style, layout.href(url, target), label, digid_img=img, n=i)
            parts.append(f"<div class='cta'>{element}</div>")
        parts += [self._helper_link(layout, row, helper) for helper in row.helpers]
        if not parts:
            parts.append(f"<p>Neem contact op met {esc(site.org.name)}.</p>")
        related = self._related(site, layout, row)
        main = pages.product_main(row, layout, url, "".join(parts), related)
        crumbs = [("Home", site.home_url), ("Onderwerpen", layout.index_url()), (row.title, "")]
        self.writer.write(
            url,
            layout.page(url, row.title, main, crumbs=crumbs, alternate=row.english_url),
            title=row.title,
            kind="product",
            text=" ".join([row.title, *row.pieces])[:400],
        )
        if row.english_url:
            self._english(layout, row)

    def _helper_link(self, layout: Layout, row: RRow, helper: Route) -> str:
        """A consent document beside the route: the page's own real wording for it when it
        has one, else a generic real label; an auxiliary-form trap, never a route."""
        pieces = row.model.pieces if row.model else ()
        label = next(
            (
                p.removesuffix(" (pdf)").removesuffix(" (PDF)")
                for p in pieces
                if self.wordings.kind_of(p) == "pdf-form" and cta.is_label(p)
            ),
            "",
        )
        if not label:
            options = self.wordings.cta["consent"]
            label = options[row.rng.randrange(len(options))]
        kind = "Word" if helper.platform == "docx" else "pdf"
        label = f"{label} ({kind}, {self.routes.sizes.get(helper.url, '90 kB')})"
        row.traps.append("auxiliary_pdf")
        row.notes.append(
            f"'{label}' is a helper beside the request, not a printable request form: the "
            "product is requested in person"
        )
        link = layout.a(row.product_url, helper.url, label)
        return f"<p>Voor een kind jonger dan 18 jaar: {link}</p>"

    def _document_page(self, site: RSite, layout: Layout, target: str, label: str) -> str:
        """A document's own page with its type, size and a download button."""
        url = f"http://{site.host}/documenten/{target.rsplit('/', 1)[-1].rsplit('.', 1)[0]}"
        if not self.writer.exists(url):
            main = (
                f"<h1>{esc(label)}</h1><dl><dt>Bestandstype</dt><dd>"
                f"{'Word' if target.endswith('.docx') else 'PDF'}</dd><dt>Grootte</dt><dd>"
                f"{esc(self.routes.sizes.get(target, ''))}</dd></dl>"
                f"<p>{layout.a(url, target, 'Download', 'knop')}</p>"
            )
            self.writer.write(url, layout.page(url, label, main))
        return url

    def _exit_page(self, site: RSite, layout: Layout, target: str) -> str:
        """ "U verlaat onze website": an interstitial with one way on to `target`."""
        url = f"http://{site.host}/externe-link?url={quote(target, safe='')}"
        if not self.writer.exists(url):
            main = (
                f"<h1>U verlaat de website van {esc(site.org.name)}</h1><p>U gaat naar een "
                f"website van een andere organisatie.</p><p>{layout.a(url, target, 'Doorgaan')}</p>"
            )
            self.writer.write(url, layout.page(url, "Externe link", main))
        return url

    def _related(self, site: RSite, layout: Layout, row: RRow) -> str:
        links = []
        if row.sibling_url and row.sibling:
            links.append((row.sibling[0], row.sibling_url))
        if row.twin_url:
            links.append(
                (
                    f"{row.title} (ondernemers)"
                    if row.product.audience == "burger"
                    else f"{row.title} (inwoners)",
                    row.twin_url,
                )
            )
        trap = self._trap_link(site, layout, row)
        items = "".join(f"<li>{layout.a(row.product_url, u, t)}</li>" for t, u in links)
        return (
            f"<aside class='zie-ook'><h2>Zie ook</h2><ul>{items}</ul></aside>" if items else ""
        ) + trap

    def _trap_link(self, site: RSite, layout: Layout, row: RRow) -> str:
        out = ""
        if site.site_login:
            row.traps.append("site_login")
        if site.footer_digid:
            row.traps.append("footer_digid")
        if row.rng.random() < 0.12:
            url = f"http://{site.host}/documenten/regelgeving/legesverordening-2025.pdf"
            self.routes.document(
                url, "Legesverordening 2025", site.org.name, fillable=False, style=0
            )
            out += (
                f"<p>Tarieven: {layout.a(row.product_url, url, 'Legesverordening 2025 (pdf)')}</p>"
            )
            row.traps.append("regulation_pdf")
        if row.rng.random() < 0.1 and not any(r.channel == "mail" for r in row.routes):
            out += (
                f"<p>Vragen? Mail naar <a href='mailto:info@{site.domain}'>"
                f"info@{site.domain}</a>.</p>"
            )
            row.traps.append("mailto")
        return out

    def _neighbours(self, site: RSite, layout: Layout, row: RRow) -> list[tuple[str, str, bool]]:
        """Sibling and other-audience pages (their own routes); the row's English page URL."""
        out = []
        business = row.product.audience == "ondernemer"
        for which, title, route in (
            ("sibling", *(row.sibling or ("", None))),
            ("twin", row.title, row.twin),
        ):
            if route is None:
                continue
            twin = which == "twin"
            page_business = (not business) if twin else business
            url = layout.page_url(title, key=row.product.key, business=page_business)
            fake = RRow(site=site, product=row.product, rng=row.rng, title=title, routes=[route])
            self.routes.own(fake, route, 7 if twin else 8, self.dynamic["redirects"])
            label = (
                self.wordings.cta["online-form"][0]
                if route.channel != "document"
                else "Aanvraagformulier (pdf)"
            )
            if twin:
                other = "inwoner" if page_business else "ondernemer"
                intro = (
                    f"Deze pagina is voor {'ondernemers' if page_business else 'inwoners'}. Bent "
                    f"u {other}? Lees dan {layout.a(url, row.product_url, row.title)}."
                )
            else:
                intro = (
                    f"Let op: dit is iets anders dan {layout.a(url, row.product_url, row.title)}. "
                    "Hieronder leest u hoe u dit regelt."
                )
            main = (
                f"<h1>{esc(title)}</h1><p>{intro}</p><p>"
                f"{cta.element('link', layout.href(url, route.url), label)}</p>"
            )
            self.writer.write(
                url, layout.page(url, title, main), title=title, kind="product", text=title
            )
            out.append((title, url, page_business))
            higher = route.level > (row.level or 0)
            if twin:
                row.twin_url = url
                row.notes.append(f"a page of the same name for the other audience: {url}")
                row.traps += ["audience_page"] if higher else []
            else:
                row.sibling_url = url
                row.notes.append(f"a closely related page '{title}': {url}")
                row.traps += ["sibling_page"] if higher else []
        if row.english_url and not row.form_only:
            row.english_url = f"http://{site.host}/en/{layout.unique(slugify(row.product.name_en))}"
            row.notes.append(f"English page beside it: {row.english_url}")
        else:
            row.english_url = ""
        return out

    def _english(self, layout: Layout, row: RRow) -> None:
        route = row.routes[0]
        target = row.via_page or route.target
        action = ""
        if route.channel in ("form", "auth", "document", "appointment"):
            text = {
                "appointment": "Make an appointment",
                "document": "Download the form (pdf)",
            }.get(route.channel, "Apply online")
            action = f"<p><a class='knop' href='{esc(target)}'>{text}</a></p>"
        url = row.english_url
        self.writer.write(
            url,
            layout.page(url, row.product.name_en, pages.english_main(row, action), lang="en"),
            title=row.product.name_en,
            kind="other",
            text=row.product.name_en,
        )

    def _not_offered(
        self, site: RSite, layout: Layout, rows: list[RRow]
    ) -> list[tuple[str, str, bool]]:
        missing = [r for r in rows if r.status == "not_offered"]
        if not missing:
            return []
        titles = self.wordings.not_offered_titles
        title = titles[site.rng.randrange(len(titles))].format(year=2025)
        url = layout.page_url(title)
        statements = []
        for row in missing:
            options = self.wordings.not_offered[row.product.key]
            statements.append(options[row.rng.randrange(len(options))])
            row.product_url = url
            row.notes.append(f"the statement is on a page titled '{title}'")
        self.writer.write(
            url,
            layout.page(url, title, pages.not_offered_main(site, title, statements)),
            title=title,
            kind="other",
            text=" ".join(statements)[:400],
        )
        return [(title, url, False)]

    def _forms_overview(self, site: RSite, layout: Layout, rows: list[RRow]) -> dict[str, int]:
        if not site.forms_overview:
            return {}
        url = site.forms_overview
        entries = self.routes.forms_overview(site, rows)
        items = "".join(f"<li>{layout.a(url, u, t)}</li>" for t, u, _ in entries)
        main = (
            "<h1>Formulieren</h1><p>Hier vindt u al onze digitale formulieren.</p>"
            f"<ul class='formulieren'>{items}</ul>"
        )
        page = (
            layout.page(url, "Formulieren", main)
            if url.startswith(f"http://{site.host}/")
            else (
                "<!DOCTYPE html>\n<html lang='nl'>\n<head>\n<meta charset='utf-8'>\n"
                f"<title>Digitaal loket | {esc(site.org.name)}</title>\n</head>\n<body>\n"
                f"<main>{main}<p><a href='{site.home_url}'>"
                "Naar de website</a></p></main>\n</body>\n</html>\n"
            )
        )
        self.writer.write(
            url, page, title="Formulieren", kind="overview" if site.host in url else ""
        )
        return {u: level for _, u, level in entries}
