"""`generate_web`: write a deterministic simulated government web with its ground truth.

    OUT/sites/<host>/<path>    the pages and files of every host
    OUT/search/<host>.json     site search indexes (and result templates) the server answers from
    OUT/organisations.csv      code,name,org_type,website,inhabitants
    OUT/labels.csv             one row per organisation x applicable product (see labels.py)
    OUT/testweb.json           seed, counts, and the dynamic behaviours the server adds

The same seed and size give byte-identical output.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from digimeter.core.configfiles import (
    DEFAULT_PRODUCTS,
    PROJECT_ROOT,
    load_products,
    write_organisations,
)
from digimeter.core.model import Organisation, Product
from testweb import feeds, hostile, sharedsites
from testweb.families import make_families
from testweb.labels import write_labels
from testweb.manifest import FORMAT_VERSION, MANIFEST_NAME
from testweb.model import Row, Site
from testweb.orgs import GenerateError, choose_organisations
from testweb.plan import plan_web
from testweb.platforms import RouteBuilder
from testweb.productdata import texts_for
from testweb.sitebuilder import SiteBuilder
from testweb.writer import SiteWriter

DEFAULT_REGISTER = PROJECT_ROOT.parent / "shared" / "data" / "registers" / "organisations-2023.csv"
OUTPUTS = ("sites", "search", "notfound", "labels.csv", "organisations.csv", MANIFEST_NAME)
STYLES = ("default", "realistic")
SDK_STUB = "export function init() { /* the form is built by the page's inline script */ }\n"

__all__ = ["DEFAULT_REGISTER", "GenerateError", "GenerateSummary", "generate_web"]


@dataclass
class GenerateSummary:
    out: Path
    organisations: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    levels: Counter[str] = field(default_factory=Counter)
    files: int = 0
    bytes: int = 0
    hosts: int = 0
    source: str = ""

    def counts(self) -> dict[str, object]:
        """The counts of the manifest (`testweb.json`)."""
        return {
            "organisations": dict(sorted(self.organisations.items())),
            "labels": dict(sorted(self.statuses.items())),
            "levels": dict(sorted(self.levels.items())),
            "files": self.files,
            "bytes": self.bytes,
            "hosts": self.hosts,
        }

    def describe(self) -> str:
        orgs = ", ".join(f"{n} {t}" for t, n in sorted(self.organisations.items()))
        statuses = ", ".join(f"{n} {s}" for s, n in sorted(self.statuses.items()))
        levels = ", ".join(
            f"{n}x{lvl}" for lvl, n in sorted(self.levels.items(), key=lambda i: int(i[0]))
        )
        return (
            f"wrote {self.out}: {sum(self.organisations.values())} organisations ({orgs}) from "
            f"{self.source}; {sum(self.statuses.values())} labels ({statuses}; levels {levels}); "
            f"{self.files} files on {self.hosts} hosts, {self.bytes / 1e6:.1f} MB"
        )


def _prepare(out: Path) -> None:
    """Make OUT ready; an earlier generated web in it is replaced, anything else is refused."""
    if out.exists() and not out.is_dir():
        raise GenerateError(f"{out} exists and is not a folder")
    if out.exists() and any(out.iterdir()) and not (out / MANIFEST_NAME).exists():
        raise GenerateError(
            f"{out} is not empty and holds no {MANIFEST_NAME}; refusing to overwrite it. "
            "Give an empty or new folder, or one with an earlier generated web."
        )
    out.mkdir(parents=True, exist_ok=True)
    for name in OUTPUTS:
        target = out / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()


def generate_web(
    out: Path | str,
    *,
    seed: int = 1,
    n_organisations: int = 12,
    register: Path | str | None = None,
    products: Path | str | None = None,
    style: str = "default",
    titles: Path | str | None = None,
) -> GenerateSummary:
    """Generate the web into OUT and return what was written.

    `style` "default" is the web built from the project's own product table; "realistic"
    a web modelled on real sites from real titles (`titles`, default
    ../shared/data/real-titles/titles.csv; see testweb/realistic/).
    """
    out = Path(out)
    if n_organisations < 5:
        raise GenerateError(f"--organisations {n_organisations}: expected at least 5")
    if style not in STYLES:
        raise GenerateError(f"--style {style!r}: expected one of {', '.join(STYLES)}")
    product_list = load_products(products or DEFAULT_PRODUCTS)
    register_path = Path(register) if register is not None else DEFAULT_REGISTER
    if register is not None and not register_path.exists():
        raise GenerateError(
            f"{register_path}: no such register file (leave out --register to use "
            "the default or the built-in fictional organisations)"
        )
    orgs, source = choose_organisations(n_organisations, seed, product_list, register_path)
    if style == "realistic":
        return _generate_realistic(out, orgs, source, product_list, seed, titles)
    texts = texts_for(product_list)
    plan = plan_web(orgs, product_list, texts, seed)
    _prepare(out)
    writer = SiteWriter(out)
    dynamic: dict[str, list[dict[str, object]]] = defaultdict(list)
    families = make_families()
    routes = RouteBuilder(writer, families, dynamic)
    builder = SiteBuilder(writer, families, routes, dynamic)
    rows_of: dict[str, list[Row]] = defaultdict(list)
    for row in plan.rows:
        rows_of[row.site.org.code].append(row)
    for site in plan.sites:
        builder.assign_urls(site, rows_of[site.org.code])
    for site in plan.sites:
        _build_site(builder, writer, site, rows_of[site.org.code], dynamic)
    by_key = {p.key: p for p in product_list}
    for body in [*plan.bodies.tax, *plan.bodies.social]:
        sharedsites.write_body_site(writer, body, by_key, texts, seed)
    for body in plan.bodies.parking:
        sharedsites.write_parking_portal(writer, body)
    sharedsites.write_national_services(writer, plan.bodies)
    for host in sorted(
        {
            route.url.split("/")[2]
            for row in plan.rows
            for route in row.routes
            if route.platform == "openforms" and route.url
        }
    ):
        for name in ("open-forms-sdk.mjs", "sdk-wrapper.mjs", "open-forms-sdk.css"):
            writer.write(
                f"http://{host}/static/sdk/{name}", SDK_STUB if name.endswith("mjs") else ""
            )
    searches: list[dict[str, object]] = []
    for site in plan.sites:
        if site.unreachable in ("dns", "http_503"):
            continue
        entry = _discovery(out, writer, site, rows_of[site.org.code], dynamic)
        if entry:
            searches.append(dict(entry))
    dynamic["searches"] = searches
    write_organisations(out / "organisations.csv", orgs)
    labelled = write_labels(out / "labels.csv", plan.rows)
    summary = _summary(out, source, orgs, labelled, writer.files_written, writer.bytes_written)
    _write_manifest(out, seed, plan.sites, summary, dynamic)
    return summary


def _summary(
    out: Path,
    source: str,
    orgs: list[Organisation],
    labelled: list[dict[str, str]],
    files: int,
    size: int,
) -> GenerateSummary:
    summary = GenerateSummary(out=out, source=Path(source).name, files=files, bytes=size)
    summary.organisations.update(o.org_type for o in orgs)
    summary.statuses.update(r["status"] for r in labelled)
    summary.levels.update(r["level"] for r in labelled if r["level"])
    summary.hosts = sum(1 for _ in (out / "sites").iterdir())
    return summary


def _generate_realistic(
    out: Path,
    orgs: list[Organisation],
    source: str,
    products: list[Product],
    seed: int,
    titles: Path | str | None,
) -> GenerateSummary:
    from testweb.realistic import generate as realistic
    from testweb.realistic.material import MaterialError

    _prepare(out)
    try:
        plan, dynamic = realistic.build_realistic(
            out, orgs, products, seed, Path(titles) if titles else None
        )
    except MaterialError as exc:
        raise GenerateError(str(exc)) from exc
    entries = [replace(s.org, website=f"http://{s.entry}/") for s in plan.sites]
    write_organisations(out / "organisations.csv", entries)
    labelled = write_labels(out / "labels.csv", plan.rows)
    files = [p for p in (out / "sites").rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    summary = _summary(out, source, orgs, labelled, len(files), size)
    realistic.write_manifest(out, realistic.manifest(seed, plan, summary.counts(), dynamic))
    return summary


def _build_site(
    builder: SiteBuilder, writer: SiteWriter, site: Site, rows: list[Row], dynamic: dict[str, list]
) -> None:
    if site.unreachable == "dns":
        return  # the host does not exist: the proxy answers dns_failure
    hostile.unreachable_site(site, dynamic)
    if site.unreachable == "http_503":
        writer.write(
            f"http://{site.host}/",
            "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'>"
            f"<title>{site.org.name}</title></head><body><p>Onderhoud</p></body></html>",
        )
        return
    builder.build(site, rows)


def _discovery(
    out: Path, writer: SiteWriter, site: Site, rows: list[Row], dynamic: dict[str, list]
) -> dict[str, str] | None:
    hosts = [site.host] + ([f"loket.{site.domain}"] if site.family == "pdcloket" else [])
    pages = [p for host in hosts for p in writer.pages.get(host, [])]
    for host in hosts:
        writer.write(f"http://{host}/robots.txt", feeds.robots_txt(site, host, rows))
    feeds.write_sitemaps(writer, site, writer.pages.get(site.host, []))
    feeds.write_sc_feed(writer, site, rows, dynamic)
    return feeds.write_search_index(out, site, pages)


def _write_manifest(
    out: Path, seed: int, sites: list[Site], summary: GenerateSummary, dynamic: dict[str, list]
) -> None:
    features = {
        site.org.code: {
            "host": site.host,
            "family": site.family,
            "platform": site.platform,
            "sitemap": site.sitemap,
            "sc_feed": site.sc_feed,
            "search": list(site.search) if site.search else None,
            "robots": site.robots,
            "unreachable": site.unreachable,
            "hostile": sorted(site.hostile),
            "traps": sorted(site.traps),
            "tax_office": site.tax.host if site.tax else "",
            "social_service": site.social.host if site.social else "",
            "parking_portal": site.parking.host if site.parking else "",
        }
        for site in sites
    }
    manifest = {
        "format": FORMAT_VERSION,
        "generator": "digimeter testweb generate",
        "seed": seed,
        "organisations": sum(summary.organisations.values()),
        "source": summary.source,
        "counts": summary.counts(),
        "sites": features,
        "behaviours": {k: dynamic[k] for k in sorted(dynamic) if dynamic[k]},
    }
    (out / MANIFEST_NAME).write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
