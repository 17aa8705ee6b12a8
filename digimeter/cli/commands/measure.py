"""`digimeter measure`: a whole measurement (crawl, classify, score, report) into one run."""

from __future__ import annotations

from pathlib import Path

import click

from digimeter.cli.commands.options import (
    compare_previous_option,
    lang_option,
    new_run_options,
    not_found_option,
    parse_settings,
    polite_option,
    run_folder,
    run_inputs,
    settings_option,
)
from digimeter.cli.pipeline import MeasureOptions, measure, summary_table, written_files

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
@new_run_options(
    "Finish a run (a run folder or a run id under --output): the rest of its crawl, "
    "with the proxy, settings and inputs it was started with, then classify, score, report."
)
@compare_previous_option
@geojson_option
@not_found_option
@lang_option
@settings_option
@polite_option(None)
def command(
    organisations_file: Path | None,
    products_file: Path | None,
    proxy: str | None,
    output: Path,
    run_id: str,
    resume: str | None,
    override_settings: bool,
    schedule: str,
    compare_previous: bool,
    geojson: Path | None,
    not_found: str,
    lang: str,
    settings: tuple[str, ...],
    polite: bool | None,
) -> None:
    """Run a whole measurement: crawl, classify, score and report into OUTPUT/<run-id>/.

    Exits 0 when the run is complete, 3 when it is interrupted (finish it with
    --resume RUN), 4 when it failed.
    """
    organisations, products = run_inputs(organisations_file, products_file, resume)
    options = MeasureOptions(
        output=output,
        proxy=proxy,
        run_id=run_id,
        settings=parse_settings(settings, polite),
        geojson=geojson,
        not_found=not_found,
        lang=lang,
        resume=run_folder(resume, output) if resume else None,
        override_settings=override_settings,
        schedule=schedule,
        compare_previous=compare_previous,
    )
    report_run(measure(organisations, products, options))
