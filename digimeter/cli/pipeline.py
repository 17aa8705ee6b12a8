"""A whole measurement: crawl, classify, score and report into one run folder."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digimeter.core.configfiles import PROJECT_ROOT
from digimeter.core.errors import RunIncomplete
from digimeter.core.model import Organisation, Product
from digimeter.core.runlog import run_log
from digimeter.core.runstore import new_run_id

#: Where the shared register and boundary data live when the project sits beside ../shared.
DEFAULT_GEOJSON = PROJECT_ROOT.parent / "shared" / "data" / "geo" / "gemeente_2025.geojson"


@dataclass(frozen=True)
class MeasureOptions:
    output: Path
    proxy: str | None = None
    run_id: str = ""
    settings: dict[str, Any] | None = None
    geojson: Path | None = None
    not_found: str = "zero"
    #: language of the report and the workbook (nl or en)
    lang: str = "nl"
    #: finish this run (a run folder) instead of starting a new one
    resume: Path | None = None
    override_settings: bool = False
    #: the schedule a new run belongs to
    schedule: str = ""
    #: score and report against the run's previous run (digimeter.core.runhistory)
    compare_previous: bool = False


def measure(
    organisations: list[Organisation] | None,
    products: list[Product] | None,
    options: MeasureOptions,
) -> Path:
    """Run the four stages into a new run folder (or finish `options.resume`); return it.

    Every input a later stage reads (rule files, boundaries) is checked before the crawl;
    classification starts only when the crawl is complete.
    """
    from classifiers.ruleset import load_rules
    from classifiers.run import classify_run
    from crawler.run import crawl_run
    from digimeter.core.runhistory import previous_to_compare
    from scoring.geomap import load_areas
    from scoring.report import write_report
    from scoring.run import score_run

    run_dir = options.resume or options.output / (options.run_id or new_run_id())
    geojson = options.geojson
    if geojson is None and DEFAULT_GEOJSON.exists():
        geojson = DEFAULT_GEOJSON
    load_rules()
    if geojson is not None:
        load_areas(geojson)
    resume_command = f"digimeter measure --resume {run_dir}"
    summary = crawl_run(
        run_dir, organisations, products, proxy=options.proxy, settings=options.settings,
        resume=options.resume is not None, override_settings=options.override_settings,
        resume_command=resume_command, schedule=options.schedule,
    )  # fmt: skip
    summary.check()
    try:
        with run_log(run_dir, "measure"):
            classify_run(run_dir)
            compare = previous_to_compare(run_dir) if options.compare_previous else None
            score_run(run_dir, not_found=options.not_found, compare=compare, lang=options.lang)
            write_report(run_dir, geojson=geojson, compare=compare, lang=options.lang)
    except KeyboardInterrupt:
        error = RunIncomplete(f"{run_dir}: interrupted after the crawl")
        error.hint = f"the crawl is complete; finish the rest with `{resume_command}`"
        raise error from None
    return run_dir


def _pct(value: str) -> str:
    return f"{float(value):5.1f}" if value else "    -"


def summary_table(run_dir: Path) -> str:
    """The per-organisation summary printed after a measurement."""
    with open(run_dir / "scores_organisations.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    width = max([len(r["org_name"]) for r in rows] + [12])
    head = (
        f"{'organisation':<{width}}  {'type':<10} {'maturity':>8} {'avail.':>6} "
        f"{'counted':>7} {'not found':>9} {'not offered':>11} {'unreachable':>11}"
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(
            f"{r['org_name']:<{width}}  {r['org_type']:<10} {_pct(r['maturity']):>8} "
            f"{_pct(r['availability']):>6} {r['n_counted']:>7} {r['n_not_found']:>9} "
            f"{r['n_not_offered']:>11} {r['n_unreachable']:>11}"
        )
    return "\n".join(lines)


def written_files(run_dir: Path) -> list[Path]:
    """The result files of a run folder, for the paths printed after a measurement."""
    wanted = ("*.csv", "*.html", "*.xlsx", "*.json", "*.parquet")
    return sorted(p for pattern in wanted for p in run_dir.glob(pattern))
