"""`digimeter score RUN`: score a run and write its tables, workbook and summary.json."""

from __future__ import annotations

from typing import TYPE_CHECKING, SupportsFloat

if TYPE_CHECKING:
    import pandas as pd

import math
from pathlib import Path

import click

from digimeter.cli.commands.options import (
    allow_incomplete_option,
    compare_previous_option,
    compared_run,
    lang_option,
    load_mergers_option,
    mergers_option,
    not_found_option,
    output_option,
)
from digimeter.core.errors import warn
from digimeter.core.runlog import run_log


def _pct(value: SupportsFloat | str | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{float(value):.1f}%"


def types_table(types: pd.DataFrame) -> str:
    """Per organisation type: n organisations, products, maturity, availability (>= 33, 67);
    a type whose figures include reviewer overrides is marked with *."""
    head = f"{'type':<12} {'orgs':>5} {'products':>8} {'maturity':>9} {'avail.':>7} {'>=67':>7}"
    lines = [head, "-" * len(head)]
    marked = False
    for r in types.itertuples():
        name = f"{r.org_type}*" if r.n_overridden else r.org_type
        marked |= bool(r.n_overridden)
        lines.append(
            f"{name:<12} {r.n_organisations:>5} {r.n_products:>8} {_pct(r.maturity):>9} "
            f"{_pct(r.availability):>7} {_pct(r.availability_67):>7}"
        )
    if marked:
        lines.append("* the figures include reviewer overrides (overrides_applied.csv)")
    return "\n".join(lines)


@click.command(name="score")
@click.argument("run")
@click.option(
    "--compare",
    metavar="RUN",
    default=None,
    help="An earlier run (folder or run id) to compare with: writes changes_*.",
)
@compare_previous_option
@mergers_option
@not_found_option
@lang_option
@output_option
@allow_incomplete_option
def command(
    run: str,
    compare: str | None,
    compare_previous: bool,
    mergers_file: Path | None,
    not_found: str,
    lang: str,
    output: Path,
    allow_incomplete: bool,
) -> None:
    """Score RUN (a run folder, a run id under --output, or a verdicts CSV file).

    Writes scores_*.csv/.parquet, top_bottom, not_found_unreachable, overrides_applied
    (and changes_* with --compare), verdicts_scored, digimeter-<run-id>.xlsx (sheet and
    column names in --lang) and summary.json into the run folder, and prints a summary per
    organisation type. A run whose crawl is not complete is refused (exit 3) unless
    --allow-incomplete.
    """
    from scoring.run import output_dir, resolve_run, score_run

    run_dir = resolve_run(run, output)
    compare_dir = compared_run(run_dir, compare, compare_previous, output, resolve_run)
    with run_log(output_dir(run_dir), "score"):
        result = score_run(
            run_dir, compare=compare_dir, not_found=not_found, allow_incomplete=allow_incomplete,
            mergers=load_mergers_option(mergers_file), lang=lang,
        )  # fmt: skip
    for note in result.summary["warnings"]:
        warn(note)
    overrides = result.summary["overrides"]
    click.echo(
        f"run {result.run_id}: not_found {not_found}, {overrides['applied']} review "
        f"override(s) applied"
        + (f", {overrides['unmatched']} unmatched" if overrides["unmatched"] else "")
    )
    click.echo(result.summary["review"]["statement"])
    for line in result.summary["review"]["accuracy"]:
        click.echo(line)
    click.echo(types_table(result.scores.tables["scores_types"]))
    if result.compared is not None:
        changes = result.summary["compare"]
        total = changes["types"].get("all", {})
        click.echo(
            f"\ncompared with run {changes['run_id']}: all-government maturity "
            f"{_pct(total.get('maturity_before'))} -> {_pct(total.get('maturity_after'))}, "
            f"{changes['verdicts_changed']} verdict(s) changed"
        )
        for note in changes["mergers"]:
            click.echo(f"  merger: {note}")
    click.echo(f"\nwritten to {result.out_dir}/:")
    for path in result.paths:
        click.echo(f"  {path.name}")
