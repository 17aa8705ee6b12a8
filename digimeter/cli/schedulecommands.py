"""The `digimeter measure` command lines of a scheduled measurement: a new run with the
schedule's organisations, products and crawler options, or the resume of an unfinished
one (which keeps the proxy, settings and inputs it was started with)."""

from __future__ import annotations

import csv
from pathlib import Path

from digimeter.cli.schedules import Schedule
from digimeter.core.configfiles import read_rows, write_organisations


def measure_command(schedule: Schedule, run_dir: Path, previous: Path | None) -> list[str]:
    """`measure` for a new run; writes the schedule's organisation and product lists."""
    schedule.output.mkdir(parents=True, exist_ok=True)
    orgs = schedule.output / f"{schedule.name}.organisations.csv"
    write_organisations(orgs, schedule.select_organisations())
    products = schedule.output / f"{schedule.name}.products.csv"
    keys = {p.key for p in schedule.select_products()}
    write_product_subset(schedule.products_file, keys, products)
    return [
        "measure", "--organisations", str(orgs), "--products", str(products),
        "--output", str(schedule.output), "--run-id", run_dir.name,
        "--schedule", schedule.name, *scoring_options(schedule),
        *crawl_options(schedule, previous),
    ]  # fmt: skip


def resume_command(schedule: Schedule, run_dir: Path) -> list[str]:
    """`measure --resume`: the rest of the crawl with the run's own settings, then the rest."""
    return ["measure", "--resume", str(run_dir), *scoring_options(schedule)]


def scoring_options(schedule: Schedule) -> list[str]:
    compare = ["--compare-previous"] if schedule.compare_previous else []
    return ["--not-found", schedule.not_found, *compare]


def crawl_options(schedule: Schedule, previous: Path | None) -> list[str]:
    """Politeness, proxy and settings (the second attempt's delay, the previous run for
    conditional requests, the schedule's own settings)."""
    options = ["--polite" if schedule.polite else "--no-polite"]
    if schedule.proxy:
        options += ["--proxy", schedule.proxy]
    settings = {
        "DIGIMETER_SITE_RETRY_DELAY": f"{schedule.site_retry_delay:g}",
        **schedule.settings,
    }
    if previous is not None:
        settings["DIGIMETER_PREVIOUS_RUN"] = str(previous.resolve())
    for name, value in settings.items():
        options += ["-s", f"{name}={value}"]
    return options


def write_product_subset(source: Path, keys: set[str], target: Path) -> None:
    """The rows of the products list `source` whose product_key is in `keys`."""
    header, rows = read_rows(source, ())
    with open(target, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(r.values for r in rows if r.values.get("product_key") in keys)
