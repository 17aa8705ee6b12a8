"""`generate_realistic`: a web modelled on how real Dutch government sites are built, from
real material (see `material.py`), with ground truth in the default style's label format.

Called by `testweb.generate.generate_web(style="realistic")`.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from xml.sax.saxutils import escape

from digimeter.core.model import Organisation, Product
from testweb.manifest import FORMAT_VERSION, MANIFEST_NAME
from testweb.realistic.material import (
    load_tuning_titles,
    load_wordings,
    product_material,
    upl_names,
)
from testweb.realistic.model import RRow, RSite
from testweb.realistic.plan import RPlan, plan_realistic
from testweb.realistic.routes import RouteWriter
from testweb.realistic.sitebuild import SiteBuild
from testweb.sharedsites import write_identity_providers
from testweb.writer import SiteWriter

STYLE = "realistic"


def build_realistic(
    out: Path, orgs: list[Organisation], products: list[Product], seed: int, titles: Path | None
) -> tuple[RPlan, dict[str, list]]:
    """Write the sites of a realistic web into OUT; return the plan and the behaviours."""
    real = load_tuning_titles(titles) if titles else load_tuning_titles()
    wordings = load_wordings(real)
    material = product_material(products, real, upl_names())
    plan = plan_realistic(orgs, products, material, wordings, seed)
    writer = SiteWriter(out)
    dynamic: dict[str, list] = defaultdict(list)
    routes = RouteWriter(writer, plan.vendor)
    builder = SiteBuild(writer, routes, wordings, dynamic)
    rows_of: dict[str, list[RRow]] = defaultdict(list)
    for row in plan.rows:
        rows_of[row.site.org.code].append(row)
    for site in plan.sites:
        builder.build(site, rows_of[site.org.code])
    titles_of = {
        key: (m.rows[0].display_title if m.rows else m.upl_name) for key, m in material.items()
    }
    for body in [*plan.bodies, plan.loket]:
        if body.members or body is plan.loket:
            routes.body_site(body, titles_of)
    write_identity_providers(writer)
    searches = []
    for site in plan.sites:
        stale = sorted(r.stale_url for r in rows_of[site.org.code] if r.stale_url)
        searches += _discovery(out, writer, site, stale)
    dynamic["searches"] = searches
    return plan, dynamic


def _discovery(
    out: Path, writer: SiteWriter, site: RSite, stale: list[str]
) -> list[dict[str, str]]:
    pages = [p for p in writer.pages.get(site.host, []) if p.kind]
    lines = ["User-agent: *", "Disallow: /admin/"]
    if site.search and site.rng.random() < 0.4:
        lines.append(f"Disallow: {site.search[0]}")
    if site.sitemap:
        urls = "".join(f"<url><loc>{escape(p.url)}</loc></url>" for p in pages)
        urls += "".join(f"<url><loc>{escape(u)}</loc></url>" for u in stale)
        writer.write(
            f"http://{site.host}/sitemap.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
            f'schemas/sitemap/0.9">{urls}</urlset>\n',
        )
        lines.append(f"Sitemap: http://{site.host}/sitemap.xml")
    writer.write(f"http://{site.host}/robots.txt", "\n".join(lines) + "\n")
    if site.search is None:
        return []
    folder = out / "search"
    folder.mkdir(exist_ok=True)
    entries = [{"url": p.url, "title": p.title, "text": p.text} for p in pages]
    (folder / f"{site.host}.json").write_text(
        json.dumps(entries, ensure_ascii=False), encoding="utf-8"
    )
    (folder / f"{site.host}.html").write_text(
        "<!DOCTYPE html>\n<html lang='nl'>\n<head>\n<meta charset='utf-8'>\n<title>Zoeken</title>\n"
        "</head>\n<body>\n<h1>Zoekresultaten voor <!--QUERY--></h1><!--RESULTS-->\n"
        "</body>\n</html>\n",
        encoding="utf-8",
    )
    path, param = site.search
    return [
        {
            "host": site.host,
            "path": path,
            "param": param,
            "index": f"search/{site.host}.json",
            "template": f"search/{site.host}.html",
        }
    ]


def feature_counts(plan: RPlan) -> dict[str, int]:
    """How often each real-world feature occurs (rows, pages or sites)."""
    ok = [r for r in plan.rows if r.status == "ok"]
    own = [r for r in ok if r.shares_page_of is None]
    via_hosts = {r.via.host for r in ok if r.via is not None}
    counts: Counter[str] = Counter()
    counts["rows_via_shared_body"] = sum(r.via is not None for r in ok)
    counts["shared_body_hosts_used"] = len(via_hosts)
    counts["through_forms_overview"] = sum(r.through_overview for r in own)
    for style in ("onclick", "get_form", "iframe", "script", "image"):
        counts[f"cta_{style}"] = sum(r.cta_style == style for r in own)
    counts["js_only_forms"] = sum(any(x.js for x in r.routes) for r in own)
    counts["consent_walls"] = sum(bool(s.consent) for s in plan.sites)
    counts["language_splash"] = sum(s.splash for s in plan.sites)
    counts["soft404_sites"] = sum(s.soft404 for s in plan.sites)
    counts["stale_links_to_soft404"] = sum(bool(r.stale_url) for r in plan.rows)
    counts["query_string_product_pages"] = sum("?" in r.product_url for r in own)
    counts["base_href_sites"] = sum(s.layout == "basehref" for s in plan.sites)
    counts["relative_dotdot_sites"] = sum(s.layout in ("paths", "basehref") for s in plan.sites)
    counts["www_redirects"] = sum(s.redirect == "to_www" for s in plan.sites)
    counts["bare_redirects"] = sum(s.redirect == "to_bare" for s in plan.sites)
    counts["english_pages"] = sum(bool(r.english_url) for r in own)
    counts["not_offered_other_title"] = sum(r.status == "not_offered" for r in plan.rows)
    counts["accordions"] = sum(r.accordion and not r.form_only for r in own)
    counts["sibling_pages"] = sum(bool(r.sibling_url) for r in own)
    counts["other_audience_pages"] = sum(bool(r.twin_url) for r in own)
    counts["pages_shared_by_two_products"] = sum(r.shares_page_of is not None for r in ok)
    counts["form_only_products"] = sum(r.form_only for r in own)
    counts["body_page_only_products"] = sum(r.body_only for r in own)
    counts["exit_pages_sites"] = sum(s.exit_page for s in plan.sites)
    counts["meta_refresh_sites"] = sum(s.moved_share > 0 for s in plan.sites)
    counts["cta_aside_sites"] = sum(s.cta_aside for s in plan.sites)
    counts["feedback_form_sites"] = sum(s.feedback_form for s in plan.sites)
    counts["document_page_sites"] = sum(s.document_pages for s in plan.sites)
    counts["docx_forms"] = sum(any(x.platform == "docx" for x in r.routes) for r in own)
    counts["login_start_redirects"] = sum(any(x.start_link for x in r.routes) for r in own)
    for trap in ("neighbour_form", "sibling_page", "audience_page"):
        counts[f"trap_{trap}"] = sum(trap in r.traps for r in plan.rows)
    return dict(sorted(counts.items()))


def manifest(seed: int, plan: RPlan, counts: dict[str, object], dynamic: dict[str, list]) -> dict:
    sites = {
        s.org.code: {
            "host": s.host,
            "entry": s.entry,
            "layout": s.layout,
            "redirect": s.redirect,
            "consent": s.consent,
            "splash": s.splash,
            "english": s.english,
            "soft404": s.soft404,
            "sitemap": s.sitemap,
            "search": list(s.search) if s.search else None,
            "form_host": s.form_host,
            "form_kind": s.form_kind,
            "forms_overview": s.forms_overview,
            "bodies": {k: b.host for k, b in sorted(s.bodies.items())},
        }
        for s in plan.sites
    }
    return {
        "format": FORMAT_VERSION,
        "generator": "digimeter testweb generate --style realistic",
        "style": STYLE,
        "seed": seed,
        "counts": counts,
        "features": feature_counts(plan),
        "sites": sites,
        "bodies": {
            b.host: {"kind": b.kind, "name": b.name, "members": b.members} for b in plan.bodies
        },
        "behaviours": {k: dynamic[k] for k in sorted(dynamic) if dynamic[k]},
    }


def write_manifest(out: Path, data: dict) -> None:
    (out / MANIFEST_NAME).write_text(
        json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
