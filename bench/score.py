"""Benchmark: scoring, all exports and the report for 400 organisations x 70 products.

    .venv/bin/python bench/score.py [--keep DIR] [--realistic] [--compare]
                                   [--screenshot PNG] [--geojson PATH]

Builds a deterministic synthetic run (real organisation codes and names from the register,
so the map matches; the 67 products of config/products.csv plus 3 extra ones; every
product for every organisation, 28 000 verdicts), runs `score_run` and `write_report` with
the real GeoJSON, and prints the seconds per step and in total. `--realistic` gives each
organisation only its applicable products (for a realistic report, e.g. the README
screenshot); `--compare` also builds an earlier run and compares with it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from digimeter.core.configfiles import load_products  # noqa: E402
from digimeter.core.model import Organisation, Product, Verdict  # noqa: E402
from digimeter.core.runstore import RunStore  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
REGISTER = SHARED / "registers" / "organisations-2023.csv"
GEOJSON = SHARED / "geo" / "gemeente_2025.geojson"
N_ORGANISATIONS = 400
N_PRODUCTS = 70


def organisations(n: int, rng: random.Random) -> list[Organisation]:
    """All municipalities, provinces and water authorities of the register, then national
    bodies, up to n; municipalities get a synthetic number of inhabitants."""
    import csv

    with open(REGISTER, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    order = {"gemeente": 0, "provincie": 1, "waterschap": 2, "rijk": 3}
    offering = {p.offered_by for p in load_products(ROOT / "config" / "products.csv")}
    rows = [r for r in rows if r["org_type"] in order]
    rows.sort(key=lambda r: (order[r["org_type"]], r["code"] not in offering, r["code"]))
    out = []
    for r in rows[:n]:
        extra = {}
        if r["org_type"] == "gemeente":
            extra["inhabitants"] = str(int(min(max(rng.lognormvariate(10.3, 0.8), 1000), 9e5)))
        out.append(Organisation(r["code"], r["name"], r["org_type"], r["website"], extra))
    return out


def products(n: int, *, all_types: bool) -> list[Product]:
    base = load_products(ROOT / "config" / "products.csv")
    extra = [
        replace(base[i % len(base)], key=f"extra-{i}", name_nl=f"Extra product {i}")
        for i in range(max(n - len(base), 0))
    ]
    if not all_types:
        return base
    chosen = (base + extra)[:n]
    if all_types:
        chosen = [replace(p, org_types=frozenset("GPWR"), offered_by="") for p in chosen]
    return chosen


def _level(rng: random.Random, quality: float) -> int:
    """A level for one cell; higher quality shifts the mix towards 100."""
    weights = [max(0.02, 0.30 - 0.25 * quality), max(0.04, 0.25 - 0.15 * quality),
               0.20 + 0.05 * quality, 0.25 + 0.55 * quality]  # fmt: skip
    return rng.choices((0, 33, 67, 100), weights)[0]


def verdict_rows(
    orgs: list[Organisation], prods: list[Product], *, seed: int, shift: float,
    applicable_only: bool, run_id: str,
) -> list[dict[str, str]]:  # fmt: skip
    rng = random.Random(seed)
    product_ease = {p.key: rng.uniform(-0.35, 0.35) for p in prods}
    unreachable = {o.code for o in rng.sample(orgs, 3)}
    rows = []
    for org in orgs:
        size = int(org.extra.get("inhabitants", "40000"))
        skill = rng.gauss(0.68 + shift, 0.15) + 0.06 * (size > 50_000) + 0.05 * (size > 100_000)
        for p in prods:
            if applicable_only and not p.applies_to(org):
                continue
            quality = min(max(skill + product_ease[p.key], 0.0), 1.0)
            roll = rng.random()
            if org.code in unreachable:
                status = "unreachable"
            elif roll < 0.04:
                status = "not_found"
            elif roll < 0.06 and p.notes:
                status = "not_offered"
            else:
                status = "ok"
            level = _level(rng, quality) if status == "ok" else None
            strict = 67 if level == 100 and rng.random() < 0.35 else level
            evidence = [{"url": f"{org.website}{p.key}", "rule": f"rule.{status}",
                         "snippet": "Aanvraagformulier (pdf, 117 kB)"}]  # fmt: skip
            if status == "not_found":
                evidence = [{"url": org.website, "rule": "crawl.not_found",
                             "snippet": "no page in sitemap, site search or links"}]  # fmt: skip
            if status == "unreachable":
                evidence = [{"url": org.website, "rule": "crawl.timeout", "snippet": "timeout"}]
            rows.append(
                {
                    "run_id": run_id, "org_code": org.code, "org_name": org.name,
                    "org_type": org.org_type, "product_key": p.key, "audience": p.audience,
                    "status": status, "level": "" if level is None else str(level),
                    "level_strict": "" if strict is None else str(strict),
                    "confidence": "0.90",
                    "product_url": f"{org.website}{p.key}" if status == "ok" else "",
                    "route_url": "", "via": "", "signals": "pdf_form" if level == 33 else "",
                    "evidence": json.dumps(evidence, ensure_ascii=False),
                    "rules_version": "bench-1",
                }
            )  # fmt: skip
    return rows


def earlier_rows(rows: list[dict[str, str]], *, seed: int, run_id: str) -> list[dict[str, str]]:
    """A plausible earlier measurement: about 15 % of the ok verdicts one step lower."""
    rng = random.Random(seed)
    lower = {"100": "67", "67": "33", "33": "0"}
    out = []
    for row in rows:
        row = {**row, "run_id": run_id}
        if row["status"] == "ok" and row["level"] in lower and rng.random() < 0.15:
            row["level"] = row["level_strict"] = lower[row["level"]]
        elif row["status"] == "ok" and rng.random() < 0.01:
            row.update(status="not_found", level="", level_strict="")
        out.append(row)
    return out


def build_run(
    run_dir: Path, *, seed: int, applicable_only: bool = False, earlier_dir: Path | None = None,
    started_at: str = "2026-07-01T08:00:00Z",
) -> int:  # fmt: skip
    """Build the run (and, with `earlier_dir`, an earlier run a year before it)."""
    rng = random.Random(seed)
    orgs = organisations(N_ORGANISATIONS, random.Random(1))
    prods = products(N_PRODUCTS, all_types=not applicable_only)
    rows = verdict_rows(orgs, prods, seed=rng.randrange(1 << 30), shift=0.0,
                        applicable_only=applicable_only, run_id=run_dir.name)  # fmt: skip
    if earlier_dir is not None:
        _save(earlier_dir, orgs, prods, earlier_rows(rows, seed=seed, run_id=earlier_dir.name),
              started_at.replace("2026", "2025"))  # fmt: skip
    _save(run_dir, orgs, prods, rows, started_at)
    return len(rows)


def _save(
    run_dir: Path, orgs: list[Organisation], prods: list[Product], rows: list[dict[str, str]],
    started_at: str,
) -> None:  # fmt: skip
    store = RunStore(run_dir, create=True)
    store.save_inputs(orgs, prods)
    store.save_verdicts([Verdict.from_row(r) for r in rows])
    store.set_meta(run_id=run_dir.name, started_at=started_at,
                   finished_at=started_at.replace("08:00", "14:30"))  # fmt: skip
    store.advance_to("classified")
    store.close()


def screenshot(report: Path, png: Path) -> None:
    from playwright.sync_api import sync_playwright

    from crawler.browser import launch_options

    with sync_playwright() as pw:
        browser = pw.chromium.launch(**launch_options())
        page = browser.new_page(viewport={"width": 1200, "height": 1250})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
                   else r.abort())  # fmt: skip
        page.goto(report.resolve().as_uri())
        page.screenshot(path=str(png), full_page=False)
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build the run(s) here and keep them")
    parser.add_argument("--realistic", action="store_true", help="applicable products only")
    parser.add_argument("--compare", action="store_true", help="also compare with a run")
    parser.add_argument("--geojson", type=Path, default=GEOJSON)
    parser.add_argument("--screenshot", type=Path, help="save a PNG of the report's top")
    args = parser.parse_args()

    from scoring.report import write_report
    from scoring.run import score_run

    base = args.keep or Path(tempfile.mkdtemp(prefix="digimeter-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    run_dir, earlier_dir = base / "20260701T080000-bench", base / "20250701T080000-bench"
    for d in (run_dir, earlier_dir):
        shutil.rmtree(d, ignore_errors=True)
    t0 = time.perf_counter()
    n = build_run(run_dir, seed=2026, applicable_only=args.realistic,
                  earlier_dir=earlier_dir if args.compare else None)  # fmt: skip
    t_build = time.perf_counter() - t0
    compare = earlier_dir if args.compare else None
    t1, c1 = time.perf_counter(), time.process_time()
    result = score_run(run_dir, compare=compare)
    t2, c2 = time.perf_counter(), time.process_time()
    report = write_report(run_dir, geojson=args.geojson, compare=compare)
    t3, c3 = time.perf_counter(), time.process_time()
    n_orgs = len(result.tables["scores_organisations"])
    print(
        f"synthetic run: {n_orgs} organisations, {n} verdicts"
        f"{' (+ an earlier run to compare)' if compare else ''}; built in {t_build:.2f} s"
    )
    print(
        f"score_run (tables, CSV, Parquet, Excel, summary.json): {t2 - t1:.2f} s "
        f"(CPU {c2 - c1:.2f} s)"
    )
    print(
        f"write_report (report.html, {report.size_bytes / 1e6:.1f} MB, map of "
        f"{report.map.n_areas if report.map else 0} areas): {t3 - t2:.2f} s (CPU {c3 - c2:.2f} s)"
    )
    print(
        f"total score + report: {t3 - t1:.2f} s, CPU {c3 - c1:.2f} s (target: under 10 s; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )
    if args.screenshot:
        screenshot(report.path, args.screenshot)
        print(f"screenshot: {args.screenshot}")
    if args.keep is None:
        shutil.rmtree(base, ignore_errors=True)
    else:
        print(f"run folder: {run_dir}")


if __name__ == "__main__":
    main()
