"""`digimeter report RUN`: write the run's self-contained report.html."""

from __future__ import annotations

from pathlib import Path

import click

from digimeter.cli.commands.options import (
    allow_incomplete_option,
    compare_previous_option,
    compared_run,
    lang_option,
    load_mergers_option,
    mergers_option,
    output_option,
)
from digimeter.core.errors import warn
from digimeter.core.runlog import run_log


@click.command(name="report")
@click.argument("run")
@click.option(
    "--geojson",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Municipality boundaries (GeoJSON, WGS84, features keyed by statcode = "
    "organisation code), e.g. ../shared/data/geo/gemeente_2025.geojson.",
)
@click.option(
    "--compare",
    metavar="RUN",
    default=None,
    help="An earlier run (folder or run id): adds the change since that run.",
)
@click.option(
    "--not-found",
    type=click.Choice(["zero", "exclude"]),
    default=None,
    help="not_found handling [default: as the last `digimeter score`, else zero].",
)
@compare_previous_option
@mergers_option
@lang_option
@output_option
@allow_incomplete_option
def command(
    run: str,
    geojson: Path | None,
    compare: str | None,
    compare_previous: bool,
    not_found: str | None,
    mergers_file: Path | None,
    lang: str,
    output: Path,
    allow_incomplete: bool,
) -> None:
    """Write report.html for RUN (a run folder, a run id under --output, or a verdicts CSV).

    A run whose crawl is not complete is refused (exit 3) unless --allow-incomplete.
    """
    from scoring.report import write_report
    from scoring.run import output_dir, resolve_run

    run_dir = resolve_run(run, output)
    compare_dir = compared_run(run_dir, compare, compare_previous, output, resolve_run)
    with run_log(output_dir(run_dir), "report"):
        result = write_report(
            run_dir, geojson=geojson, compare=compare_dir, not_found=not_found,
            allow_incomplete=allow_incomplete, lang=lang,
            mergers=load_mergers_option(mergers_file),
        )  # fmt: skip
    for note in result.notes:
        warn(note)
    click.echo(f"report: {result.path} ({result.size_bytes / 1e6:.1f} MB, lang {result.lang})")
    if result.map is None:
        click.echo("no map: add --geojson PATH (municipality boundaries keyed by statcode)")
    else:
        click.echo(f"map: {result.map.n_areas} areas, {result.map.n_scored} with a score")
