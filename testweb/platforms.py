"""Building an organisation's own routes: form-platform pages, documents, appointment pages.

Each route gets its URL (the label's `route_url`) and the pages or files behind it; login
start URLs become redirects to the identity providers in the manifest.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from testweb import forms
from testweb.documents import Document, docx_bytes, odt_bytes, pdf_bytes, size_label
from testweb.families import Family
from testweb.markup import a, digid_login_url, eherkenning_login_url, esc
from testweb.model import Route, Row, Site
from testweb.writer import SiteWriter

FORMDESK_HOSTS = 9
GENERIC_PDF_FIELDS = (
    "Naam",
    "Adres",
    "Postcode en woonplaats",
    "Telefoonnummer",
    "E-mailadres",
    "Datum",
    "Handtekening",
)


def camel(title: str) -> str:
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return "".join(w[:1].upper() + w[1:] for w in re.findall(r"[A-Za-z0-9]+", plain)) or "Formulier"


class RouteBuilder:
    """Writes the routes of one web's organisations."""

    def __init__(
        self, writer: SiteWriter, families: dict[str, Family], dynamic: dict[str, list]
    ) -> None:
        self.writer = writer
        self.families = families
        self.dynamic = dynamic
        self.sizes: dict[str, str] = {}
        self._appointments: set[str] = set()

    # --- documents --------------------------------------------------------------------
    def document(self, site: Site, filename: str, doc: Document, kind: str, style: int = 0) -> str:
        """Write a document once per site; return its URL (its size label in `self.sizes`)."""
        url = self.families[site.family].doc_url(site, filename)
        if not self.writer.exists(url):
            if kind == "docx":
                data = docx_bytes(doc)
            elif kind == "odt":
                data = odt_bytes(doc)
            else:
                data = pdf_bytes(doc, fillable=kind == "pdf_fillable")
            self.writer.write(url, data)
            self.sizes[url] = size_label(data, style=style)
        return url

    def form_document(self, row: Row, route: Route) -> str:
        site = row.site
        ext = {"docx": "docx", "odt": "odt"}.get(route.platform, "pdf")
        name = f"aanvraagformulier-{row.slug}.{ext}"
        labels = tuple(label for label, _ in forms.field_labels(row)) or GENERIC_PDF_FIELDS
        doc = Document(
            title=f"Aanvraagformulier {row.title.lower()}",
            paragraphs=(
                f"{site.org.name}. Vul dit formulier volledig in en onderteken het.",
                "Stuur het formulier met de gevraagde bijlagen naar ons postadres of lever "
                "het in bij de balie.",
                *row.text.conditions,
            ),
            fields=(*labels, "Datum", "Handtekening"),
            author=site.org.name,
        )
        return self.document(site, name, doc, route.platform, style=row.rng.randrange(3))

    def regulation(self, row: Row) -> tuple[str, str, str]:
        site, label = row.site, row.text.regulation
        year = 2024 + len(site.org.code) % 2
        title = f"{label} {year}" if not label.startswith(("Tarieven", "Brochure")) else label
        paragraphs = tuple(
            f"Artikel {i}. {text}"
            for i, text in enumerate(
                (
                    "Begripsbepalingen. In deze regeling wordt verstaan onder de "
                    "belastingplichtige: "
                    "degene die het belastbare feit verricht.",
                    "Belastbaar feit en belastingplicht zijn geregeld in de bijbehorende "
                    "tarieventabel.",
                    "De tarieven worden jaarlijks vastgesteld door het algemeen bestuur.",
                    "Deze regeling treedt in werking op 1 januari en kan worden aangehaald met de "
                    "titel.",
                ),
                start=1,
            )
        )
        if label.startswith(("Tarieven", "Brochure")):
            paragraphs = (
                "Dit overzicht is een informatieve brochure; u kunt er geen aanvraag mee doen.",
                "Tarief per jaar: zie de tabel op de website.",
                *paragraphs[2:],
            )
        url = self.document(
            site,
            f"{re.sub(r'[^a-z0-9]+', '-', title.lower()).strip('-')}.pdf",
            Document(title, paragraphs, author=site.org.name),
            "pdf",
        )
        return title, url, self.sizes[url]

    def auxiliary(self, row: Row) -> tuple[str, str, str]:
        label = row.text.auxiliary
        doc = Document(
            label,
            ("Dit formulier hoort bij uw aanvraag. Neem het ingevuld mee.",),
            fields=("Naam ouder of hoofdbewoner", "Adres", "Handtekening"),
            author=row.site.org.name,
        )
        filename = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") + ".pdf"
        url = self.document(row.site, filename, doc, "pdf_fillable")
        return label, url, self.sizes[url]

    # --- routes -----------------------------------------------------------------------
    def build(self, row: Row) -> None:
        for route in row.routes:
            if route.url:
                continue
            self._build(row, route, suffix="" if route is row.primary else "-zonder-digid")

    def _build(self, row: Row, route: Route, suffix: str) -> None:
        site = row.site
        if route.channel in ("info", "mail"):
            return
        if route.channel == "document":
            route.url = self.form_document(row, route)
            return
        if route.channel == "appointment":
            route.url = self.appointment(site)
            return
        slug = row.slug + suffix
        platform = route.platform
        if platform == "gravity":
            route.url = f"http://mijn.{site.domain}/{slug}/"
            self.writer.write(
                route.url, forms.gravity_page(row, route, route.url, f"Mijn {site.short}")
            )
        elif platform == "triple":
            name = (
                camel(row.title)
                + ("DigiD" if route.channel == "auth" else "")
                + (camel(suffix) if suffix else "")
            )
            route.url = (
                f"http://formulieren.{site.domain}/DirectRegelen/formulier/nl-NL/"
                f"ev{camel(site.short)}/{name}.aspx"
            )
            self.writer.write(route.url, forms.triple_page(row, route, route.url, site.org.name))
        elif platform == "openforms":
            self._openforms(row, route, slug)
        elif platform == "formdesk":
            n = 1 + int(hashlib.sha1(site.org.code.encode()).hexdigest(), 16) % FORMDESK_HOSTS
            account = site.domain.split(".")[0]
            route.url = f"http://fd{n}.formdesk.test/{account}/{slug}"
            self.writer.write(route.url, forms.formdesk_page(row, route, route.url, site.org.name))
        elif platform == "iform":
            base = f"http://zaken.{site.domain}/pls/iform/"
            route.url = f"{base}formEgemFormToon?F_FORMNR={103000 + len(row.slug) * 11}"
            self.writer.write(
                f"{base}formEgemFormToon", forms.iform_page(row, route.url, site.org.name)
            )
            self.writer.write(
                f"{base}formEgemFormVerwerk",
                "<!DOCTYPE html><html lang='nl'><head>"
                "<meta charset='utf-8'><title>Verzonden</title></head><body><p>Uw "
                "formulier is verzonden.</p></body></html>",
            )
        elif platform == "wizard":
            family = self.families[site.family]
            base = f"http://{site.host}/formulieren/{slug}/"
            route.url = base
            for url, title, main in forms.wizard_steps(row, base):
                self.writer.write(url, family.page(site, title, main, overview=site.home_url))
        elif platform == "portal":
            self._portal(row, route, slug)
        else:
            raise ValueError(f"unknown form platform {platform!r} for {site.org.code}")

    def _openforms(self, row: Row, route: Route, slug: str) -> None:
        site = row.site
        base = f"http://formulieren.{site.domain}/"
        page = f"{base}{slug}/"
        form_id = hashlib.sha1(page.encode()).hexdigest()
        form_id = (
            f"{form_id[:8]}-{form_id[8:12]}-{form_id[12:16]}-{form_id[16:20]}-{form_id[20:32]}"
        )
        self.writer.write(
            page, forms.openforms_page(row, route, page, form_id, base, site.org.name)
        )
        route.url = page
        if route.channel != "auth":
            return
        for name, _, plugin in route.logins:
            start = f"{base}auth/{slug}/{plugin}/start"
            target = digid_login_url(page) if name == "digid" else eherkenning_login_url(page, name)
            self.dynamic["redirects"].append({"url": start, "status": 302, "location": target})
        if route.start_link:
            route.url = f"{base}auth/{slug}/{'digid' if route.digid else 'eherkenning'}/start"

    def _portal(self, row: Row, route: Route, slug: str) -> None:
        site = row.site
        if route.channel == "form":
            route.url = f"http://{site.host}/formulieren/{slug}/"
            main = (
                f"<h1>{esc(row.title)}</h1><form method='post' action='{route.url}'>"
                + "".join(
                    f"<label for='f{i}'>{esc(lbl)}{' *' if req else ''}</label>"
                    f"<input id='f{i}' name='f{i}'>"
                    for i, (lbl, req) in enumerate(forms.field_labels(row))
                )
                + "<p>U betaalt direct online met iDEAL.</p>"
                + "<button type='submit'>Bestellen en betalen"
                "</button></form>"
            )
            family = self.families[site.family]
            self.writer.write(route.url, family.page(site, row.title, main, overview=site.home_url))
            return
        page = f"http://mijn.{site.domain}/{slug}/"
        self.writer.write(page, forms.portal_page(row, route, page, site.short))
        route.url = page
        if route.start_link:
            start = f"{page}inloggen"
            target = digid_login_url(page) if route.digid else eherkenning_login_url(page)
            self.dynamic["redirects"].append({"url": start, "status": 302, "location": target})
            route.url = start

    def appointment(self, site: Site) -> str:
        """The organisation's appointment booking page (a booking form, not a request form)."""
        account = site.domain.split(".")[0]
        if site.appointment == "qmatic":
            url = f"http://{account}.afspraakmaken.test/qmaticwebbooking/"
        else:
            url = f"http://afspraak.{site.domain}/"
        if url in self._appointments:
            return url
        self._appointments.add(url)
        options = "".join(
            f"<option>{esc(o)}</option>"
            for o in (
                "Paspoort aanvragen",
                "Identiteitskaart aanvragen",
                "Rijbewijs aanvragen",
                "Paspoort of identiteitskaart ophalen",
                "Geboorte aangeven",
                "Huwelijk of partnerschap",
            )
        )
        body = (
            f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Afspraak maken - "
            f"{esc(site.org.name)}</title></head><body class='{site.appointment}-booking'>"
            f"<h1>Afspraak maken</h1><p>Maak een afspraak bij {esc(site.org.name)}. U kiest een "
            "product, een datum en een tijd.</p><form method='post' action='#/bevestigen' "
            "class='booking-form'><label for='product'>Product</label><select id='product' "
            f"name='product'>{options}</select><label for='datum'>Datum</label><input id='datum' "
            "type='date' name='datum'><label for='tijd'>Tijd</label><select id='tijd' name='tijd'>"
            "<option>09:00</option><option>09:15</option><option>09:30</option></select>"
            "<label for='naam'>Naam</label><input id='naam' name='naam'><label for='email'>"
            "E-mailadres</label><input id='email' type='email' name='email'>"
            "<button type='submit'>Afspraak bevestigen</button></form>"
            f"<p>{a(site.home_url, 'Terug naar de website')}</p></body></html>"
        )
        self.writer.write(url, body)
        return url
