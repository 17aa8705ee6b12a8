"""`digimeter classify RUN`: re-derive a stored run's verdicts from its pages, offline."""

from __future__ import annotations

from pathlib import Path

import click

from digimeter.cli.commands.options import allow_incomplete_option, output_option, run_folder
from digimeter.core.errors import warn
from digimeter.core.runlog import run_log


@click.command(name="classify")
@click.argument("run")
@output_option
@allow_incomplete_option
def command(
    run: str,
    output: Path,
    allow_incomplete: bool,
) -> None:
    """Classify every case of RUN (a run folder, or a run id under OUTPUT) again.

    No network: the verdicts come from the pages the crawl stored. Writes verdicts.csv and
    classification_changes.csv (what changed against the previous classification) into
    the run folder and prints a one-line summary.

    A labelled static web (the corpus, a generated web) is classified without a run by
    `digimeter classify-labelled`.

    A run whose crawl is not complete is refused (exit 3) unless --allow-incomplete.
    """
    from classifiers.run import classify_run

    run_dir = run_folder(run, output)
    with run_log(run_dir, "classify"):
        result = classify_run(run_dir, allow_incomplete=allow_incomplete)
    if result.note:
        warn(result.note)
    click.echo(result.summary())
