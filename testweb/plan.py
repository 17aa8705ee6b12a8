"""Deciding, deterministically from the seed, what every site has and how every product is offered.

Site features are handed out so that even a small web has each CMS family, form platform
and discovery path, and hostile parts scale with the size of the web. Each organisation x
product then gets a status, routes, a possible delegation to a shared body, and traps.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from digimeter.core.model import Organisation, Product
from testweb.model import Route, Row, Site
from testweb.orgs import short_name, slugify
from testweb.productdata import ProductText
from testweb.shared import SharedBodies

FAMILIES_G = ("slug", "iprox", "productid", "pdcloket", "owc")
PLATFORMS = {
    "slug": ("gravity", "openforms"),
    "iprox": ("triple",),
    "productid": ("formdesk", "openforms"),
    "pdcloket": ("openforms",),
    "owc": ("gravity",),
    "nlds": ("openforms",),
    "wpwater": ("gravity", "formdesk"),
    "rijk": ("portal",),
}
SEARCH = {
    "slug": ("/zoeken", "keys"),
    "iprox": ("/zoeken", "zoeken_term"),
    "productid": ("/zoeken", "q"),
    "pdcloket": ("/zoeken", "trefwoord"),
    "owc": ("/", "s"),
    "nlds": ("/zoeken", "query"),
    "wpwater": ("/", "s"),
    "rijk": ("/zoeken", "zoekopdracht"),
}
SITEMAPS = ("robots_single", "robots_index", "plain", "none")
NOT_FOUND_SHARE = 0.03
#: Share of printable forms offered as Word or OpenDocument files instead of PDF.
DOC_SHARE = 0.08
#: Applied to the route weights of data/products.toml (which describe the channel mix seen
#: on pages around 2015-2017) so that the web's scores land near the official reference
#: figures (all government: maturity about 75 %, availability about 90 %).
CALIBRATION = {"auth": 2.2, "info": 0.4, "mail": 0.4, "pdf": 0.8, "doc": 0.8}
SITE_HOSTILE = ("redirect_chain", "redirect_loop", "calendar", "huge")
PAGE_HOSTILE = ("slow", "flaky", "malformed", "cp1252", "cp1252_undeclared")


@dataclass
class Plan:
    sites: list[Site]
    rows: list[Row]
    bodies: SharedBodies


def _unreachable_kinds(n: int) -> list[str]:
    if n < 10:
        return []
    kinds = ["dns", "http_503"]
    if n >= 25:
        kinds += ["robots", "timeout"]
    return kinds * max(1, n // 200)


def plan_web(
    orgs: list[Organisation], products: list[Product], texts: dict[str, ProductText], seed: int
) -> Plan:
    rng = random.Random(f"{seed}:plan")
    sites = [_site(org, seed) for org in orgs]
    gemeenten = [s for s in sites if s.org.org_type == "gemeente"]
    order = gemeenten[:]
    rng.shuffle(order)
    # CMS families and form platforms: every family once before any repeats.
    for i, site in enumerate(order):
        site.family = FAMILIES_G[i % len(FAMILIES_G)]
    for site in sites:
        site.platform = PLATFORMS[site.family][site.rng.randrange(len(PLATFORMS[site.family]))]
    # Unreachable organisations come from the end of the order (the start has the coverage).
    unreachable = _unreachable_kinds(len(orgs))
    for site, kind in zip(reversed(order), unreachable, strict=False):
        if order.index(site) >= len(FAMILIES_G):
            site.unreachable = kind
    reachable = [s for s in order if not s.unreachable]
    for i, site in enumerate(reachable):
        site.sitemap = SITEMAPS[i % len(SITEMAPS)]
        site.sc_feed = "/sc/producten.xml" if i % 5 in (0, 2) else ""
        if i % 7 != 6:
            site.search = SEARCH[site.family]
    for site in sites:
        if site.org.org_type != "gemeente":
            site.sitemap = SITEMAPS[site.rng.randrange(3)]
            site.search = SEARCH[site.family] if site.rng.random() < 0.8 else None
            site.sc_feed = "/feeds/samenwerkende-catalogi.xml" if site.rng.random() < 0.3 else ""
    for i, kind in enumerate(SITE_HOSTILE):
        if reachable:
            reachable[(i * 2 + 1) % len(reachable)].hostile.add(kind)
    if len(reachable) >= 4:
        reachable[2].robots = "disallow_search" if reachable[2].search else "allow"
        reachable[3].robots = "disallow_product"
    for site in sites:
        if site.unreachable == "robots":
            site.robots = "disallow_all"
        r = site.rng
        for trap, share in (("contact_sidebar", 0.45), ("site_login", 0.4), ("footer_digid", 0.4)):
            if r.random() < share:
                site.traps.add(trap)
        if site.home_path == "/" and "redirect_chain" in site.hostile:
            site.home_path = "/nl/home"
    bodies = SharedBodies(seed)
    bodies.assign(reachable, [s for s in sites if s.org.org_type == "waterschap"], rng)
    rows = [
        _row(site, product, texts[product.key], seed, bodies)
        for site in sites
        for product in products
        if product.applies_to(site.org)
    ]
    _page_hostile(rows, rng)
    for site in sites:
        if site.robots == "disallow_product":
            own = [r for r in rows if r.site is site and r.has_page and not r.hostile]
            if own:
                blocked = own[rng.randrange(len(own))]
                blocked.unreachable = "robots"
                blocked.hostile.append("robots_disallowed")
    return Plan(sites, rows, bodies)


def _site(org: Organisation, seed: int) -> Site:
    host = org.website.split("//", 1)[1].strip("/")
    domain = host[4:] if host.startswith("www.") else host
    family = {"provincie": "nlds", "waterschap": "wpwater", "rijk": "rijk"}.get(org.org_type, "")
    rng = random.Random(f"{seed}:site:{org.code}")
    return Site(
        org=org,
        host=host,
        domain=domain,
        short=short_name(org),
        family=family,
        platform="",
        appointment=("qmatic", "jcc")[rng.randrange(2)],
        rng=rng,
        phone=f"0{rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
    )


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    kinds = sorted(weights)
    return rng.choices(kinds, weights=[weights[k] for k in kinds])[0]


def _row(site: Site, product: Product, text: ProductText, seed: int, bodies: SharedBodies) -> Row:
    rng = random.Random(f"{seed}:row:{site.org.code}:{product.key}")
    title_index = 0 if rng.random() < 0.45 else rng.randrange(len(text.titles))
    row = Row(site=site, product=product, text=text, rng=rng, title=text.titles[title_index])
    row.slug = slugify(row.title)
    if site.unreachable:
        row.unreachable = site.unreachable
    if site.letter == "G" and text.not_offered and rng.random() < text.not_offered:
        row.status = "not_offered"
        row.extra_signals.append("not_offered_text")
        _traps(row, rng, sitewide_only=True)
        return row
    if site.letter in "GPW" and rng.random() < NOT_FOUND_SHARE:
        row.status = "not_found"
        row.notes.append(
            "the organisation has no page for this product (no link, sitemap or search)"
        )
        return row
    body = bodies.delegate_for(site, product, text, rng)
    if body is not None:
        row.via = body
        row.primary = body.routes[product.key]
        _traps(row, rng)
        return row
    weights: dict[str, float] = dict(text.weights(site.letter))
    if site.letter != "R":
        weights = {k: w * CALIBRATION.get(k, 1.0) for k, w in weights.items()}
    channel = _weighted(rng, weights)
    row.primary = _route(site, product, channel, rng)
    if row.primary.channel == "auth" and rng.random() < 0.25:
        row.secondary.append(_route(site, product, "pdf", rng))
    elif row.primary.channel == "auth" and rng.random() < 0.1:
        row.secondary.append(_route(site, product, "form", rng))
    elif row.primary.channel == "form" and rng.random() < 0.15:
        row.secondary.append(_route(site, product, "pdf", rng))
    if row.primary.channel == "info" and rng.random() < 0.3:
        row.extra_signals.append("not_online_text")
    _traps(row, rng)
    return row


def _route(site: Site, product: Product, channel: str, rng: random.Random) -> Route:
    if channel == "info":
        return Route("info")
    if channel == "mail":
        return Route("mail")
    if channel == "appointment":
        return Route("appointment", site.appointment)
    if channel in ("pdf", "doc"):
        if channel == "doc" or rng.random() < DOC_SHARE:
            return Route("document", "docx" if rng.random() < 0.7 else "odt")
        return Route("document", "pdf_fillable" if rng.random() < 0.4 else "pdf")
    if channel == "own_login":
        return Route("own_login", "portal")
    platform = site.platform
    if channel == "form":
        if (
            site.iform_product in ("", product.key)
            and site.family == "iprox"
            and rng.random() < 0.5
        ):
            site.iform_product = product.key
            platform = "iform"
        elif platform != "openforms" and rng.random() < 0.2:
            platform = "wizard"
        return Route("form", platform, js=platform == "openforms")
    # auth: DigiD for citizens, eHerkenning for businesses, both for 'beide'
    audience = product.audience
    digid = audience in ("burger", "beide")
    eherkenning = audience == "ondernemer" or (audience == "beide" and rng.random() < 0.7)
    route = Route("auth", platform, digid=digid, eherkenning=eherkenning)
    route.eidas = digid and rng.random() < 0.12
    route.yivi = digid and rng.random() < 0.04
    route.prefill = rng.random() < (0.5 if site.letter == "R" else 0.08)
    if platform == "openforms":
        mode = rng.random()
        route.js = mode < 0.35
        route.start_link = 0.35 <= mode < 0.6
    elif platform == "portal":
        route.start_link = rng.random() < 0.4 and not (digid and eherkenning)
    if route.start_link:  # the product page links straight to the IdP: nothing else to see
        route.eidas = route.yivi = route.prefill = False
    return route


def _traps(row: Row, rng: random.Random, *, sitewide_only: bool = False) -> None:
    site, text = row.site, row.text
    traps = row.traps
    if "site_login" in site.traps:
        traps.append("site_login")
    if "footer_digid" in site.traps:
        traps.append("footer_digid")
    if "contact_sidebar" in site.traps:
        traps.append("contact_form")
    if sitewide_only:
        return
    if "contact_sidebar" not in site.traps and rng.random() < 0.25:
        traps.append("contact_form")
    if (
        row.via is not None
        and row.via.kind == "tax"
        and row.product.key == "belastingkwijtschelding"
    ):
        row.extra_signals.append("trap_regulation_pdf")  # the tax office's brochure PDF
    if text.regulation and rng.random() < 0.55:
        traps.append("regulation_pdf")
    if text.news and site.letter == "G" and rng.random() < 0.45:
        traps.append("news_article")
    primary = row.primary
    if primary is not None and primary.channel != "mail" and rng.random() < 0.15:
        traps.append("mailto")
    has_aux_route = primary is not None and primary.channel in ("appointment", "auth")
    if text.auxiliary and has_aux_route and rng.random() < 0.6:
        traps.append("auxiliary_pdf")
    if primary is not None and primary.channel in ("auth", "form") and rng.random() < 0.05:
        traps.append("old_pdf_text")
    if row.via is not None and row.via.kind == "omgevingsloket" and rng.random() < 0.7:
        traps.append("vergunningcheck")


def _page_hostile(rows: list[Row], rng: random.Random) -> None:
    eligible = [
        r
        for r in rows
        if r.status == "ok"
        and not r.site.unreachable
        and not r.site.hostile
        and r.site.robots != "disallow_product"
    ]
    count = max(1, len(eligible) // 400)
    for kind in PAGE_HOSTILE:
        # an encoding only matters on a page with characters outside ASCII (amounts in euro)
        pool = [
            r
            for r in eligible
            if not r.hostile and (not kind.startswith("cp1252") or "€" in r.text.costs)
        ]
        for row in rng.sample(pool, min(count, len(pool))):
            row.hostile.append(kind)
