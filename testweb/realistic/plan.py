"""Who has what on a realistic web: site features, and per organisation x product its page,
routes and the real-world complications around them.

Routes follow the channels a real page of the same product showed (`cta_kind` of a
tuning-half row of the real titles). Features are handed out round-robin over the
gemeenten, so a web of 12 organisations already has every one, and `ensure` tops up
row features that chance left too rare.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from digimeter.core.model import Organisation, Product
from testweb.model import Route, SharedBody
from testweb.orgs import short_name, slugify
from testweb.realistic.bodies import KIND_OF_PRODUCT, BodyMaker, assign_bodies
from testweb.realistic.material import ProductMaterial, Wordings
from testweb.realistic.model import CTA_STYLES, RRow, RSite

LAYOUTS_G = ("slugs", "paths", "catalogue", "basehref")
LAYOUT_OTHER = {"provincie": "provloket", "waterschap": "regelen", "rijk": "rijk"}
FORM_KINDS = ("eloket", "vendor", "jsform")
VENDORS = ("formulierenbalie", "e-aanvraag", "digiformulier", "webformulier-nl", "aanvraagdesk")
APPOINTMENT_HOSTS = ("{a}.afspraakplanner.test", "afspraken.{d}", "{a}.tijdvakreserveren.test")
#: Pairs of products one real page often covers together.
SHARED_PAGES = (
    ("paspoort", "identiteitskaart"),
    ("woz-bezwaar", "belastingaanslag-bezwaar"),
    ("alcoholvergunning", "exploitatievergunning-horeca"),
    ("gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats"),
)
STYLE_WEIGHTS = (0.42, 0.12, 0.12, 0.09, 0.1, 0.15)
NOT_FOUND_SHARE = 0.03
#: Share of product pages titled like a clear product page of a real site (confidence high);
#: the others may carry the title of a closely related page (medium), as real sites do.
HIGH_SHARE = 0.75
ORG_WORD = {"P": "provincie", "W": "waterschap"}
#: Product kinds (products.csv `kind`) requested only in person: a document on their page is
#: a helper (the consent for a minor), not a printable request form (DESIGN.md §1, level 33).
IN_PERSON_KINDS = ("afspraak",)
NOT_OFFERED_SHARE = 0.2


@dataclass
class RPlan:
    sites: list[RSite]
    rows: list[RRow]
    bodies: list[SharedBody]
    loket: SharedBody
    vendor: str


def plan_realistic(
    orgs: list[Organisation],
    products: list[Product],
    material: dict[str, ProductMaterial],
    wordings: Wordings,
    seed: int,
) -> RPlan:
    rng = random.Random(f"{seed}:realistic:plan")
    maker = BodyMaker(seed)
    vendor = rng.choice(VENDORS)
    sites = [_site(org, seed, wordings) for org in orgs]
    gemeenten = [s for s in sites if s.letter == "G"]
    rng.shuffle(gemeenten)
    for i, site in enumerate(gemeenten):
        site.layout = LAYOUTS_G[i % len(LAYOUTS_G)]
        site.consent = ("", "links", "", "form")[i % 4] if i % 3 != 2 else ""
        site.english = i % 3 == 2 or i == 4
        site.splash = i % 9 == 4
        site.soft404 = i % 2 == 0 or site.layout == "basehref"
        site.sitemap = i % 2 == 1
        site.form_kind = FORM_KINDS[(i + 1) % len(FORM_KINDS)]
        site.site_login = i % 4 == 3
        site.footer_digid = i % 5 == 2
        site.exit_page = i % 4 == 2
        site.moved_share = 0.3 if i % 3 == 0 else 0.0
        site.cta_aside = i % 3 == 1
        site.feedback_form = i % 4 == 1
        site.document_pages = i % 3 == 2
        has_overview = i % 2 == 0
        site.search = ("/zoeken", ("q", "zoekterm", "trefwoord")[i % 3]) if i % 4 < 2 else None
        _hosts(site, ("to_www", "to_bare", "")[i % 3], vendor, has_overview)
    for site in sites:
        if site.letter != "G":
            r = site.rng
            site.soft404 = r.random() < 0.5
            site.english = site.letter == "R" or r.random() < 0.3
            site.sitemap = r.random() < 0.6
            site.search = ("/zoeken", "q") if r.random() < 0.5 else None
            site.form_kind = FORM_KINDS[r.randrange(2)]
            _hosts(site, ("to_www", "to_bare", "")[r.randrange(3)], vendor, r.random() < 0.5)
    bodies = assign_bodies(maker, gemeenten, [s for s in sites if s.letter == "W"], rng)
    for body in [*bodies, maker.loket]:
        maker.routes(body)
    for site in sites:
        site.bodies.setdefault("loket", maker.loket)
    rows = []
    for site in sites:
        for product in products:
            if product.applies_to(site.org):
                rows.append(_row(site, product, material[product.key], wordings, seed))
    _share_pages(rows)
    ensure(rows, rng)
    return RPlan(sites, rows, bodies, maker.loket, vendor)


def _site(org: Organisation, seed: int, wordings: Wordings) -> RSite:
    host = org.website.split("//", 1)[1].strip("/")
    domain = host.removeprefix("www.")
    letter = {"gemeente": "G", "provincie": "P", "waterschap": "W", "rijk": "R"}[org.org_type]
    rng = random.Random(f"{seed}:realistic:site:{org.code}")
    site = RSite(
        org=org,
        host=host,
        entry=host,
        domain=domain,
        short=short_name(org),
        letter=letter,
        layout=LAYOUT_OTHER.get(org.org_type, "slugs"),
        rng=rng,
    )
    site.headings = wordings.headings[rng.randrange(len(wordings.headings))]
    return site


def _hosts(site: RSite, redirect: str, vendor: str, has_overview: bool) -> None:
    """Canonical host, form host, appointment and forms overview URLs of a site."""
    site.redirect = redirect
    if redirect == "to_www":  # the register lists the bare domain, pages live on www.
        site.host, site.entry = f"www.{site.domain}", site.domain
    elif redirect == "to_bare":  # the register lists www., pages live on the bare domain
        site.host, site.entry = site.domain, f"www.{site.domain}"
    account = slugify(site.domain.removesuffix(".test")).replace("-", "")
    if site.letter == "R":  # national bodies: a "Mijn" portal on their own domain
        site.form_kind = "eloket"
    site.form_host = (
        f"mijn.{site.domain}"
        if site.letter == "R"
        else {
            "eloket": f"loket.{site.domain}",
            "vendor": f"{account}.{vendor}.test",
            "jsform": f"aanvragen.{site.domain}",
        }[site.form_kind]
    )
    pattern = APPOINTMENT_HOSTS[site.rng.randrange(len(APPOINTMENT_HOSTS))]
    site.appointment_url = "http://" + pattern.format(a=account, d=site.domain) + "/"
    if has_overview:
        site.forms_overview = (
            f"http://{site.form_host}/"
            if site.form_kind == "eloket"
            else f"http://{site.host}/formulieren"
        )


def _row(
    site: RSite, product: Product, material: ProductMaterial, wordings: Wordings, seed: int
) -> RRow:
    rng = random.Random(f"{seed}:realistic:row:{site.org.code}:{product.key}")
    row = RRow(site=site, product=product, rng=rng)
    models = material.titles_for(site.letter, high=rng.random() < HIGH_SHARE)
    if models:
        row.model = models[rng.randrange(len(models))]
        row.title = row.model.display_title
        name = re.sub(
            r"^(Gemeente|Provincie|Waterschap|Hoogheemraadschap)\s+|\s*\(.*\)$",
            "",
            row.model.organisation,
        )
        if len(name) > 2 and name in row.title:  # "Hondenbelasting Dalfsen" on another site
            row.title = row.title.replace(name, site.short)
        if site.letter != row.model.org_type and site.letter in ORG_WORD:  # another type's page
            row.title = re.sub(r"\bgemeente\b", ORG_WORD[site.letter], row.title)
    else:
        row.title = material.upl_name or product.name_nl
    if (
        product.key in wordings.not_offered
        and site.letter == "G"
        and rng.random() < NOT_OFFERED_SHARE
    ):
        row.status = "not_offered"
        row.extra_signals.append("not_offered_text")
        return row
    if site.letter != "R" and rng.random() < NOT_FOUND_SHARE:
        row.status = "not_found"
        row.notes.append("the organisation has no page for this product")
        return row
    kinds = set(row.model.kinds) if row.model else set()
    if kinds <= {"none-visible", "app"}:
        others = [m for m in material.rows if m.kinds - {"none-visible", "app"}]
        kinds = set(others[rng.randrange(len(others))].kinds) if others else {"counter"}
    body = site.bodies.get(KIND_OF_PRODUCT.get(product.key, ""))
    if body is not None and product.key in body.routes:
        always = body.kind in ("loket", "parking", "tax", "social")
        if (always and rng.random() < 0.85) or ("delegated" in kinds and rng.random() < 0.8):
            row.via = body
            row.routes = [body.routes[product.key]]
            if rng.random() < 0.5:
                row.via_page = body.pages[product.key]
                row.body_only = body.kind in ("tax", "social") and rng.random() < 0.25
    if row.via is None:
        row.routes = _own_routes(site, product, kinds, rng)
        if product.kind in IN_PERSON_KINDS:
            row.helpers = [r for r in row.routes if r.channel == "document"]
            row.routes = [r for r in row.routes if r.channel != "document"] or [Route("info")]
    _features(row, material, rng)
    return row


def _own_routes(site: RSite, product: Product, kinds: set[str], rng: random.Random) -> list[Route]:
    login = {"digid", "eherkenning"} & kinds
    routes: list[Route] = []
    js = site.form_kind == "jsform" and rng.random() < 0.7
    if login or ("online-form" in kinds and rng.random() < 0.25):
        digid = "digid" in kinds or (not login and product.audience != "ondernemer")
        eherkenning = "eherkenning" in kinds or product.audience == "ondernemer"
        route = Route("auth", site.form_kind, digid=digid, eherkenning=eherkenning, js=js)
        route.prefill = rng.random() < 0.06
        route.start_link = not js and rng.random() < 0.12
        routes.append(route)
    elif "online-form" in kinds:
        routes.append(Route("form", site.form_kind, js=js))
    if "pdf-form" in kinds:
        roll = rng.random()
        platform = "docx" if roll < 0.1 else "pdf_fillable" if roll < 0.4 else "pdf"
        routes.append(Route("document", platform))
    if "appointment" in kinds:
        routes.append(Route("appointment", "planner"))
    if not routes:
        routes.append(Route("mail") if "email" in kinds and rng.random() < 0.7 else Route("info"))
    return routes


def _features(row: RRow, material: ProductMaterial, rng: random.Random) -> None:
    site, route = row.site, row.routes[0]
    own_page = row.via is None and route.channel in ("form", "auth")
    row.cta_style = rng.choices(CTA_STYLES, weights=STYLE_WEIGHTS)[0]
    if not _style_fits(row, row.cta_style):
        row.cta_style = "link"
    row.through_overview = (
        bool(site.forms_overview) and own_page and row.cta_style == "link" and rng.random() < 0.5
    )
    related = [t for t in material.related if t.lower() != row.title.lower()]
    if related and rng.random() < 0.3:
        row.sibling = (related[rng.randrange(len(related))], _other_route(row, rng))
    if site.letter == "G" and row.product.audience != "beide" and rng.random() < 0.12:
        row.twin = _other_route(row, rng, business=row.product.audience == "burger")
    row.accordion = rng.random() < 0.25
    if row.body_only:
        row.sibling, row.twin, row.cta_style, row.accordion = None, None, "link", False
        return
    row.form_only = own_page and not route.start_link and rng.random() < 0.04
    if site.english and rng.random() < 0.25:
        row.english_url = "planned"


def _style_fits(row: RRow, style: str) -> bool:
    route = row.routes[0]
    page_route = route.channel in ("form", "auth") and not route.start_link
    if style == "iframe":
        return page_route and row.via is None
    if style == "get_form":
        return page_route and row.via is None
    if style == "image":
        return route.channel == "auth" and route.digid
    return True


def _other_route(row: RRow, rng: random.Random, *, business: bool = False) -> Route:
    """The route of a neighbouring page: usually higher than this row's level (a trap)."""
    if business:
        return Route(
            "auth", row.site.form_kind, eherkenning=True, js=row.site.form_kind == "jsform"
        )
    if (row.level or 0) < 100 and rng.random() < 0.7:
        digid = row.product.audience != "ondernemer"
        return Route(
            "auth",
            row.site.form_kind,
            digid=digid,
            eherkenning=not digid,
            js=row.site.form_kind == "jsform",
        )
    return Route("document", "pdf")


def _share_pages(rows: list[RRow]) -> None:
    by_key = {(r.site.org.code, r.product.key): r for r in rows}
    for row in rows:
        for first, second in SHARED_PAGES:
            if row.product.key != first or row.status != "ok" or row.rng.random() >= 0.35:
                continue
            other = by_key.get((row.site.org.code, second))
            if other is None or other.status != "ok" or other.via is not row.via:
                continue
            other.shares_page_of = row
            other.routes, other.via, other.via_page = row.routes, row.via, row.via_page
            other.helpers = row.helpers
            other.cta_style, other.through_overview = row.cta_style, row.through_overview
            other.sibling = other.twin = None
            other.form_only = row.form_only = False
            other.english_url = ""
            row.title = other.title = f"{row.title} en {other.title[:1].lower()}{other.title[1:]}"


def ensure(rows: list[RRow], rng: random.Random) -> None:
    """Top up row features chance left rare: each at least a few times on any web."""
    ok = [
        r
        for r in rows
        if r.status == "ok" and r.shares_page_of is None and not (r.body_only or r.form_only)
    ]
    for style in CTA_STYLES[1:]:
        have = [r for r in ok if r.cta_style == style]
        pool = [
            r
            for r in ok
            if r.cta_style == "link" and not r.through_overview and _style_fits(r, style)
        ]
        for row in rng.sample(pool, max(0, min(len(pool), 3 - len(have)))):
            row.cta_style = style
    with_overview = [r for r in ok if r.site.forms_overview and r.via is None]
    need = 3 - sum(r.through_overview for r in ok)
    pool = [
        r
        for r in with_overview
        if r.cta_style == "link"
        and r.routes[0].channel in ("form", "auth")
        and not r.routes[0].start_link
        and not r.form_only
    ]
    for row in rng.sample(pool, max(0, min(len(pool), need))):
        row.through_overview = True
