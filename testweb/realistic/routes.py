"""Writing the routes of a realistic web: an organisation's own e-forms, login gates and
documents, the shared bodies' portals and pages, and the forms overview pages."""

from __future__ import annotations

import hashlib

from testweb.documents import Document, docx_bytes, pdf_bytes, size_label
from testweb.forms import fields_for
from testweb.markup import digid_login_url, eherkenning_login_url, esc
from testweb.model import Route, SharedBody
from testweb.orgs import slugify
from testweb.platforms import GENERIC_PDF_FIELDS
from testweb.realistic import forms
from testweb.realistic.bodies import body_page
from testweb.realistic.forms import Fields
from testweb.realistic.model import RRow, RSite
from testweb.writer import SiteWriter

LOGOS = {
    "digid": (0, 0, 0),
    "eherkenning": (0, 120, 80),
    "eidas": (0, 50, 150),
    "yivi": (180, 0, 90),
}
#: Other e-forms a forms overview lists (not measured products).
FILLER_FORMS = (
    "Melding ingebruikname bouwwerk",
    "Huisnummer aanvragen",
    "Bel mij terug",
    "Aanmelden voor de nieuwsbrief",
    "Ontheffing stookverbod",
    "Afvalpas aanvragen",
    "Melding plaatsen bouwcontainer op straat",
    "Startersbijdrage aanvragen",
    "Koninklijke onderscheiding voordragen",
    "Vrijwilligersverzekering aanmelden",
    "Ontheffing parkeerschijfzone",
    "Schade melden aan gemeentelijk eigendom",
)


class RouteWriter:
    def __init__(self, writer: SiteWriter, vendor: str) -> None:
        self.writer = writer
        self.vendor = vendor
        self.sizes: dict[str, str] = {}

    def once(self, url: str, data: bytes | str) -> None:
        if not self.writer.exists(url):
            self.writer.write(url, data)

    def logos(self, host: str) -> str:
        for name, rgb in LOGOS.items():
            self.once(f"http://{host}/img/{name}.png", forms.png_bytes(rgb))
        return "/img/"

    def document(self, url: str, title: str, author: str, *, fillable: bool, style: int) -> str:
        if not self.writer.exists(url):
            doc = Document(
                title=title,
                paragraphs=(
                    f"{author}. Vul dit formulier volledig in en onderteken het.",
                    "Stuur het formulier met de bijlagen naar ons postadres.",
                ),
                fields=GENERIC_PDF_FIELDS,
                author=author,
            )
            data = docx_bytes(doc) if url.endswith(".docx") else pdf_bytes(doc, fillable=fillable)
            self.writer.write(url, data)
            self.sizes[url] = size_label(data, style=style)
        return url

    def form_page(
        self, host: str, url: str, title: str, brand: str, route: Route, fields: Fields, kind: str
    ) -> None:
        image_only = int(hashlib.sha1(url.encode()).hexdigest(), 16) % 3 == 0
        img = self.logos(host)
        if kind == "jsform" or route.js:
            page = forms.script_page(title, brand, url, route, fields)
        elif kind == "vendor":
            page = forms.vendor_page(
                title, brand, self.vendor, url, route, fields, image_only=image_only, img=img
            )
        else:
            page = forms.eloket_page(
                title, brand, url, route, fields, image_only=image_only, img=img
            )
        self.writer.write(url, page)

    def own(self, row: RRow, route: Route, index: int, redirects: list[dict[str, object]]) -> None:
        """Write one of the organisation's own routes and set its URL."""
        site = row.site
        slug = slugify(row.title)[:60].strip("-") + ("" if index == 0 else f"-{index}")
        if route.channel in ("info", "mail"):
            return
        if route.channel == "document":
            ext = "docx" if route.platform == "docx" else "pdf"
            ext_url = f"http://{site.host}/documenten/formulieren/{slug}-aanvraagformulier.{ext}"
            route.url = self.document(
                ext_url,
                f"Aanvraagformulier {row.title}",
                site.org.name,
                fillable=route.platform == "pdf_fillable",
                style=row.rng.randrange(3),
            )
            return
        if route.channel == "appointment":
            route.url = site.appointment_url
            self.once(route.url, forms.appointment_page(site.org.name, site.home_url))
            return
        host = site.form_host
        if index == 0 and row.cta_style == "get_form":
            url = f"http://{host}/start?formulier={slug}"
        elif site.form_kind == "vendor":
            url = f"http://{host}/{slugify(site.short)}/{slug}"
        elif site.form_kind == "jsform":
            url = f"http://{host}/{slug}/"
        else:
            url = f"http://{host}/formulier/{slug}"
        while self.writer.exists(url):
            url = url.replace(slug, f"{slug}-x", 1)
        row_fields = fields_for(row.product.kind, row.product.audience)
        self.form_page(host, url, row.title, site.org.name, route, row_fields, site.form_kind)
        route.url = url
        if route.start_link:
            start = url.rstrip("/") + "/inloggen"
            login = digid_login_url(url) if route.digid else eherkenning_login_url(url)
            redirects.append({"url": start, "status": 302, "location": login})
            route.url = start

    def helper(self, row: RRow, route: Route) -> None:
        """Write a consent document that sits beside the route (no request form) and set its
        URL."""
        ext = "docx" if route.platform == "docx" else "pdf"
        slug = slugify(row.title)[:60].strip("-")
        route.url = self.document(
            f"http://{row.site.host}/documenten/formulieren/{slug}-toestemming-minderjarige.{ext}",
            f"Verklaring toestemming minderjarige: {row.title}",
            row.site.org.name,
            fillable=route.platform == "pdf_fillable",
            style=row.rng.randrange(3),
        )

    def forms_overview(self, site: RSite, rows: list[RRow]) -> list[tuple[str, str, int]]:
        """(label, URL, level) of every entry of the site's forms overview; fillers written."""
        entries = []
        for row in rows:
            if row.status != "ok" or row.via is not None or row.shares_page_of is not None:
                continue
            for route in row.routes:
                if route.channel in ("form", "auth", "document") and route.url:
                    how = (
                        " (DigiD)" if route.digid else " (eHerkenning)" if route.eherkenning else ""
                    )
                    how = " (pdf)" if route.channel == "document" else how
                    entries.append((f"{row.title}{how}", route.url, route.level))
        for name in FILLER_FORMS[: 6 + len(site.short) % 6]:
            url = f"http://{site.form_host}/formulier/{slugify(name)}"
            filler = Route("form", "eloket")
            self.once_form(site, url, name, filler)
            entries.append((name, url, 67))
        return sorted(entries)

    def once_form(self, site: RSite, url: str, title: str, route: Route) -> None:
        if not self.writer.exists(url):
            fields = fields_for("aanvraag", "burger")
            self.form_page(site.form_host, url, title, site.org.name, route, fields, "eloket")

    def body_site(self, body: SharedBody, titles: dict[str, str]) -> None:
        """A shared body's homepage, its product pages, and its routes."""
        links = []
        for key, page in sorted(body.pages.items()):
            route = body.routes[key]
            title = titles.get(key, key)
            cta = self.body_route(body, key, route, title)
            main = (
                f"<h1>{esc(title)}</h1><p>{esc(body.name)} voert dit uit voor de deelnemende "
                f"organisaties.</p><h2>Regelen</h2>{cta}"
            )
            self.writer.write(page, body_page(body, title, main))
            links.append(f"<li><a href='{esc(page)}'>{esc(title)}</a></li>")
        self.writer.write(
            f"http://{body.host}/",
            body_page(body, "Home", f"<h1>{esc(body.name)}</h1><ul>{''.join(links)}</ul>"),
        )
        self.once(f"http://{body.host}/robots.txt", "User-agent: *\nDisallow:\n")

    def body_route(self, body: SharedBody, key: str, route: Route, title: str) -> str:
        if route.channel == "info":
            return "<p>Heeft u vragen? Bel ons tijdens kantooruren.</p>"
        host = route.url.split("/")[2]
        if route.channel == "document":
            self.document(route.url, f"Aanvraag {title}", body.name, fillable=False, style=1)
            size = self.sizes[route.url]
            return f"<p><a href='{esc(route.url)}'>Aanvraagformulier (pdf, {size})</a></p>"
        if not self.writer.exists(route.url):
            kind = "vendor" if route.channel == "form" else "eloket"
            fields = fields_for("aanvraag", "beide")
            self.form_page(host, route.url, title, body.name, route, fields, kind)
        return f"<p><a href='{esc(route.url)}' class='knop'>Direct regelen</a></p>"
