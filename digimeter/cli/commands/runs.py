"""`digimeter runs`: the run folders under OUTPUT as a history; `runs show|inline|delete`.

One row per run folder (a folder holding run.db), oldest first. The columns are the table
`COLUMNS` (header, width, value of a `RunInfo`): a new column is one more entry there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import click

from digimeter.cli.commands.options import output_option, run_folder
from digimeter.core.errors import BadInput
from digimeter.core.runhistory import RunInfo, list_runs


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def _maturity(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


@dataclass(frozen=True)
class Column:
    header: str
    width: int
    value: Callable[[RunInfo], str]


COLUMNS = (
    Column("run", 24, lambda r: r.run_id),
    Column("state", 11, lambda r: r.state),
    Column("started (UTC)", 16, lambda r: r.started_at[:16].replace("T", " ") or "-"),
    Column("duration", 9, lambda r: _duration(r.seconds)),
    Column("orgs", 5, lambda r: str(r.organisations)),
    Column("verdicts", 8, lambda r: str(r.verdicts)),
    Column("rules", 12, lambda r: ", ".join(r.rules_versions) or "-"),
    Column("schedule", 10, lambda r: r.schedule or "-"),
    Column("maturity", 8, lambda r: _maturity(r.maturity)),
    Column("referred", 8, lambda r: str(len(r.referred_by)) if r.referred_by else "-"),
)
REFERRED_NOTE = (
    "referred: the number of later runs that read unchanged pages from the run's WARC files; "
    "`digimeter runs delete` refuses it until `digimeter runs inline` has made them "
    "self-contained"
)


def runs_table(runs: list[RunInfo]) -> str:
    def row(values: list[str]) -> str:
        return "  ".join(v.ljust(c.width) for v, c in zip(values, COLUMNS, strict=True)).rstrip()

    lines = [row([c.header for c in COLUMNS])]
    lines.append("-" * len(lines[0]))
    lines += [row([c.value(r) for c in COLUMNS]) for r in runs]
    if any(r.referred_by for r in runs):
        lines += ["", REFERRED_NOTE]
    return "\n".join(lines)


@click.group(name="runs", invoke_without_command=True)
@output_option
@click.pass_context
def command(ctx: click.Context, output: Path) -> None:
    """List the run folders under OUTPUT: state, start, duration, organisations, verdicts,
    rules version, schedule, all-government maturity, and how many later runs read pages
    from it (see `runs show`, `runs inline`, `runs delete`).

    States: preparing, crawling, interrupted (resume it), crawled, classified, scored,
    failed; unknown for a run written before states were recorded, damaged for a run.db
    that cannot be read.
    """
    if ctx.invoked_subcommand is not None:
        return
    if not output.is_dir():
        raise BadInput(f"{output}: no such folder; expected the folder of run folders (--output)")
    runs = list_runs(output)
    if not runs:
        click.echo(f"no run folders in {output}")
        return
    click.echo(runs_table(runs))


@command.command(name="show")
@click.argument("run")
@click.option(
    "--threshold",
    default=5.0,
    show_default=True,
    type=click.FloatRange(0),
    help="List the organisations whose maturity moved more than this many points.",
)
@output_option
def show(run: str, threshold: float, output: Path) -> None:
    """One run's summary and its change against the previous run of the same schedule (for
    a run started by hand: of the same organisation list)."""
    from digimeter.cli.runchanges import changes_since
    from digimeter.core.runhistory import find_info, latest_measured
    from scoring.run import last_not_found

    run_dir = run_folder(run, output)
    runs, at = find_info(run_dir)
    info = runs[at]
    for line in _facts(info):
        click.echo(line)
    previous = latest_measured(runs[:at], schedule=info.schedule, org_codes=info.org_codes)
    what = f"schedule {info.schedule}" if info.schedule else "its organisation list"
    if previous is None:
        click.echo(f"no earlier complete run of {what}")
        return
    click.echo(f"previous complete run of {what}: {previous.run_id}")
    if not info.measured:
        click.echo(f"no change shown: the run is {info.state}")
        return
    changes = changes_since(
        run_dir, previous.folder, not_found=last_not_found(run_dir), threshold=threshold
    )
    for line in changes.lines():
        click.echo(line)


def _facts(info: RunInfo) -> list[str]:
    started = info.started_at[:16].replace("T", " ") or "-"
    lines = [
        f"run {info.run_id} ({info.folder})",
        f"  state: {info.state}",
        f"  schedule: {info.schedule or '- (started by hand)'}",
        f"  started: {started} UTC, duration {_duration(info.seconds)}",
        f"  organisations: {info.organisations}, verdicts: {info.verdicts}, rules: "
        f"{', '.join(info.rules_versions) or '-'}",
        f"  all-government maturity: {_maturity(info.maturity)}",
    ]
    if info.refers_to:
        lines.append(f"  reads unchanged pages from: {', '.join(info.refers_to)}")
    if info.referred_by:
        lines.append(f"  referred to by later runs: {', '.join(info.referred_by)}")
    return lines


@command.command(name="inline")
@click.argument("run")
@output_option
def inline(run: str, output: Path) -> None:
    """Make RUN self-contained: copy every page it reads from earlier runs (its WARC revisit
    records) into its own WARC files, so that those runs can be deleted."""
    from digimeter.core.runhistory import inline_run

    run_dir = run_folder(run, output)
    copied = inline_run(run_dir)
    click.echo(f"{run_dir}: {copied} page(s) copied from earlier runs; it reads no other run")


@command.command(name="delete")
@click.argument("run")
@click.confirmation_option(prompt="Delete the run folder and everything in it?")
@output_option
def delete(run: str, output: Path) -> None:
    """Delete RUN's folder. Refused while it is crawled, and while later runs read pages
    from it (make them self-contained first with `digimeter runs inline LATER_RUN`)."""
    from digimeter.core.runhistory import delete_run

    run_dir = run_folder(run, output)
    delete_run(run_dir)
    click.echo(f"deleted {run_dir}")
