"""`digimeter review`: the review app and its siblings (sample, carry, export, sheets,
import)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from digimeter.cli.commands.options import (
    compare_previous_option,
    compared_run,
    output_option,
    run_folder,
)

if TYPE_CHECKING:
    from digimeter.core.runstore import RunStore


@contextmanager
def opened(run: str, output: Path) -> Iterator[RunStore]:
    """The run's store, closed afterwards."""
    from digimeter.core.runstore import RunStore

    store = RunStore(run_folder(run, output))
    try:
        yield store
    finally:
        store.close()


@click.group(name="review")
def command() -> None:
    """Review verdicts: the web app, the accuracy sample, decisions carried from an
    earlier run, labels for `evaluate`, and the organisations' sheets."""


@command.command(name="serve")
@click.argument("run")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; any but loopback needs --token.",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--token",
    envvar="DIGIMETER_REVIEW_TOKEN",
    default=None,
    help="Access token (password) reviewers must enter; required for any address "
    "but loopback [env: DIGIMETER_REVIEW_TOKEN].",
)
@click.option(
    "--compare",
    metavar="RUN",
    default=None,
    help="An earlier run: its differing verdicts count as changed in the queue.",
)
@compare_previous_option
@output_option
def serve(
    run: str,
    host: str,
    port: int,
    token: str | None,
    compare: str | None,
    compare_previous: bool,
    output: Path,
) -> None:
    """Serve the review app for RUN on http://HOST:PORT/ until interrupted."""
    import uvicorn

    from review.app import create_app
    from review.security import BindError, check_bind

    try:
        check_bind(host, token)
    except BindError as exc:
        raise click.ClickException(str(exc)) from exc
    run_dir = run_folder(run, output)
    compare_dir = compared_run(run_dir, compare, compare_previous, output)
    app = create_app(run_dir, token=token, compare=compare_dir)
    click.echo(f"review app for run {run_dir} on http://{host}:{port}/ (Ctrl-C stops it)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@command.command(name="sample")
@click.argument("run")
@click.option(
    "--size", default=400, show_default=True, type=click.IntRange(1, None), help="Verdicts to draw."
)
@click.option("--seed", default=1, show_default=True, help="Seed of the random draw.")
@output_option
def sample(run: str, size: int, seed: int, output: Path) -> None:
    """Draw a stratified random sample of RUN's verdicts for a blind review.

    Strata: organisation type x level (not_found and not_offered as levels of their own);
    unreachable verdicts are left out. The sample is recorded in run.db and becomes the
    app's sample queue; `digimeter score` estimates the run's accuracy from it once every
    sampled verdict is decided.
    """
    from review.sampling import draw_sample

    with opened(run, output) as store:
        verdicts = store.verdict_rows()
        try:
            items, strata = draw_sample(verdicts, size, seed)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
        versions = sorted({v["rules_version"] for v in verdicts if v["rules_version"]})
        sample_id = store.save_sample(items, strata, seed=seed, rules_version=",".join(versions))
    click.echo(
        f"sample {sample_id}: {len(items)} of {sum(n for n, _ in strata.values())} "
        f"verdicts, {len(strata)} strata (seed {seed})"
    )
    click.echo(f"{'stratum':<28} {'verdicts':>9} {'drawn':>6}")
    for name, (n, drawn) in strata.items():
        click.echo(f"{name:<28} {n:>9} {drawn:>6}")


@command.command(name="carry")
@click.argument("run")
@click.option(
    "--from",
    "earlier",
    metavar="EARLIER_RUN",
    required=True,
    help="The run whose decisions to carry forward.",
)
@output_option
def carry(run: str, earlier: str, output: Path) -> None:
    """Apply EARLIER_RUN's decisions to RUN where the evidence is unchanged.

    A decision carries when RUN's verdict has the same route URL, the same rule ids and the
    same stored pages (digest) as the verdict the reviewer saw; it is marked as carried,
    with the earlier run named. Everything else stays in RUN's queue.
    """
    with opened(run, output) as store, opened(earlier, output) as old:
        click.echo(store.carry_reviews(old).summary())


@command.command(name="export")
@click.argument("run")
@click.option(
    "-o",
    "--out",
    "out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The labels CSV to write.",
)
@output_option
def export(run: str, out: Path, output: Path) -> None:
    """Write RUN's reviewed verdicts as labels (the format `digimeter evaluate` reads)."""
    from review.labels import export_labels

    with opened(run, output) as store:
        n = export_labels(store, out)
    click.echo(f"{n} reviewed verdict(s) written to {out}")


@command.command(name="sheets")
@click.argument("run")
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the workbooks (one per organisation).",
)
@output_option
def sheets(run: str, out: Path, output: Path) -> None:
    """Write one Excel workbook per organisation to check its verdicts and return."""
    from review.sheets import write_sheets

    with opened(run, output) as store:
        result = write_sheets(store, out)
    click.echo(f"{len(result.files)} workbook(s), {result.rows} verdict row(s), in {out}")


@command.command(name="import")
@click.argument("run")
@click.argument("folder", type=click.Path(file_okay=False, exists=True, path_type=Path))
@output_option
def import_(run: str, folder: Path, output: Path) -> None:
    """Read the organisations' returned workbooks in FOLDER as proposals for RUN.

    A reviewer accepts or rejects each proposal in the app. A malformed or foreign file is
    refused with the file, sheet, row and problem (exit status 1); the good files are kept.
    """
    from review.sheetimport import SheetError, import_sheets

    with opened(run, output) as store:
        try:
            result = import_sheets(store, folder)
        except SheetError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(f"{result.files} file(s) read, {result.proposals} proposal(s) ({result.new} new)")
    for problem in result.refused:
        click.echo(f"refused: {problem}", err=True)
    if result.refused:
        raise SystemExit(1)
