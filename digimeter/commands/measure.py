"""`digimeter measure`: a whole measurement (crawl, classify, score, report) into one run."""

from __future__ import annotations

from pathlib import Path

import click

from digimeter.commands.options import (
    not_found_option,
    output_option,
    parse_settings,
    polite_option,
    products_option,
    proxy_option,
    run_id_option,
    settings_option,
)
from digimeter.configfiles import ConfigError, load_organisations, load_products
from digimeter.pipeline import MeasureOptions, measure, summary_table, written_files

geojson_option = click.option(
    "--geojson",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="Municipality boundaries for the report's map "
    "(default: ../shared/data/geo/gemeente_2025.geojson when present).",
)


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
@products_option
@proxy_option
@output_option
@run_id_option
@geojson_option
@not_found_option
@settings_option
@polite_option(True)
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
        settings=parse_settings(settings, polite),
        geojson=geojson,
        not_found=not_found,
    )
    report_run(measure(organisations, products, options))
