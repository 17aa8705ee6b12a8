"""`digimeter report RUN`: write the run's self-contained report.html."""

from __future__ import annotations

from pathlib import Path

import click

from digimeter.commands.options import load_mergers_option, mergers_option, output_option


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
@mergers_option
@output_option
def command(
    run: str,
    geojson: Path | None,
    compare: str | None,
    not_found: str | None,
    mergers_file: Path | None,
    output: Path,
) -> None:
    """Write report.html for RUN (a run folder, a run id under --output, or a verdicts CSV)."""
    from scoring.inputs import ScoringInputError
    from scoring.report import write_report
    from scoring.run import resolve_run

    try:
        run_dir = resolve_run(run, output)
        compare_dir = resolve_run(compare, output) if compare else None
        result = write_report(
            run_dir, geojson=geojson, compare=compare_dir, not_found=not_found,
            mergers=load_mergers_option(mergers_file),
        )  # fmt: skip
    except ScoringInputError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"report: {result.path} ({result.size_bytes / 1e6:.1f} MB)")
    if result.map is None:
        click.echo("no map: add --geojson PATH (municipality boundaries keyed by statcode)")
    else:
        click.echo(f"map: {result.map.n_areas} areas, {result.map.n_scored} with a score")
