"""`digimeter measure`: a whole measurement (crawl, classify, score, report) into one run."""

from __future__ import annotations

from pathlib import Path

import click

from digimeter.configfiles import DEFAULT_PRODUCTS, ConfigError, load_organisations, load_products
from digimeter.pipeline import MeasureOptions, measure, summary_table, written_files


def parse_settings(values: tuple[str, ...]) -> dict[str, str]:
    """`-s NAME=VALUE` options as a dict of Scrapy settings."""
    settings: dict[str, str] = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{value!r}: expected NAME=VALUE", param_hint="-s")
        settings[name.strip()] = setting
    return settings


def measure_options(*, polite: bool):  # type: ignore[no-untyped-def]
    """The options `measure` and `demo` share; `polite` is the default of --polite."""
    options = [
        click.option(
            "--output",
            type=click.Path(file_okay=False, path_type=Path),
            default=Path("output"),
            show_default=True,
            help="Folder for run folders; each run writes OUTPUT/<run-id>/.",
        ),
        click.option("--run-id", default="", help="Name of the run folder (default: the time)."),
        click.option(
            "--geojson",
            type=click.Path(dir_okay=False, exists=True, path_type=Path),
            default=None,
            help="Municipality boundaries for the report's map "
            "(default: ../shared/data/geo/gemeente_2025.geojson when present).",
        ),
        click.option(
            "--not-found",
            type=click.Choice(["zero", "exclude"]),
            default="zero",
            show_default=True,
            help="Count products whose page was not found as level 0, or leave them out.",
        ),
        click.option(
            "-s",
            "settings",
            multiple=True,
            metavar="NAME=VALUE",
            help="A crawler setting (repeatable), e.g. -s DIGIMETER_ORG_PAGE_BUDGET=500.",
        ),
        click.option(
            "--polite/--no-polite",
            default=polite,
            show_default=True,
            help="Throttle per host (AutoThrottle, a delay, 2 requests per host), or crawl "
            "at full speed (only for the simulated web).",
        ),
    ]

    def decorate(func):  # type: ignore[no-untyped-def]
        for option in reversed(options):
            func = option(func)
        return func

    return decorate


def crawl_settings(settings: tuple[str, ...], polite: bool) -> dict[str, str]:
    """The crawler settings of `-s` options and --polite/--no-polite (an -s wins)."""
    return {"DIGIMETER_POLITE": str(polite), **parse_settings(settings)}


def report_run(run_dir: Path) -> None:
    """Print the summary table and the files written."""
    click.echo(summary_table(run_dir))
    click.echo(f"\nrun folder: {run_dir}")
    for path in written_files(run_dir):
        click.echo(f"  {path}")


@click.command(name="measure")
@click.option(
    "--organisations",
    "organisations_file",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Organisation list (code,name,org_type,website).",
)
@click.option(
    "--products",
    "products_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_PRODUCTS,
    show_default="config/products.csv",
    help="Products list.",
)
@click.option(
    "--proxy",
    default=None,
    help="Send every request through this HTTP proxy, e.g. the simulated web's "
    "http://127.0.0.1:PORT.",
)
@measure_options(polite=True)
def command(
    organisations_file: Path,
    products_file: Path,
    proxy: str | None,
    output: Path,
    run_id: str,
    geojson: Path | None,
    not_found: str,
    settings: tuple[str, ...],
    polite: bool,
) -> None:
    """Run a whole measurement: crawl, classify, score and report into OUTPUT/<run-id>/."""
    try:
        organisations = load_organisations(organisations_file)
        products = load_products(products_file)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    options = MeasureOptions(
        output=output,
        proxy=proxy,
        run_id=run_id,
        settings=crawl_settings(settings, polite),
        geojson=geojson,
        not_found=not_found,
    )
    run_dir = measure(organisations, products, options)
    report_run(run_dir)
