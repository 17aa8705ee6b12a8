"""`digimeter organisations`: make, check and update organisation lists."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from digimeter.cli.commands.options import organisation_list, output_option, run_folder
from digimeter.core.configfiles import write_organisations
from digimeter.core.errors import BadInput
from digimeter.core.model import Organisation
from digimeter.core.register import import_register, parse_types


@click.group(name="organisations")
def command() -> None:
    """Make, check and update organisation lists (code,name,org_type,website)."""


@command.command(name="import")
@click.option(
    "--register",
    "register",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The register extract, e.g. ../shared/data/registers/organisations-2023.csv.",
)
@click.option(
    "--types",
    default=None,
    help="Comma-separated organisation types to keep (gemeente,provincie,waterschap,rijk). "
    "Default: all four.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write the organisation list (default: standard output).",
)
def import_command(register: Path, types: str | None, output: Path | None) -> None:
    """Convert the organisations register into an organisation list."""
    try:
        wanted = parse_types(types)
    except ValueError as exc:
        raise BadInput(f"--types: {exc}") from exc
    result = import_register(register, wanted)
    write_organisations(output or sys.stdout, result.organisations)
    counts = {t: sum(o.org_type == t for o in result.organisations) for t in wanted}
    summary = ", ".join(f"{n} {t}" for t, n in counts.items())
    click.echo(f"{len(result.organisations)} organisations ({summary})", err=True)
    for line, code, why in result.skipped:
        click.echo(f"  skipped {register}:{line} {code}: {why}", err=True)
    if output is not None:
        click.echo(f"wrote {output}", err=True)


@command.command(name="check")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def check_command(path: Path) -> None:
    """Check an organisation list and print what it holds.

    The same checks as before a crawl: every value any stage reads (codes, types,
    websites and their ports, inhabitants); two organisations with one website are a
    warning.
    """
    organisations = organisation_list(path)
    types: dict[str, int] = {}
    for org in organisations:
        types[org.org_type] = types.get(org.org_type, 0) + 1
    summary = ", ".join(f"{n} {t}" for t, n in sorted(types.items()))
    click.echo(f"{path}: {len(organisations)} organisations ({summary})")


@command.command(name="update")
@click.argument("run")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@output_option
def update_command(run: str, path: Path, output: Path) -> None:
    """Replace the stored attributes of RUN's organisations with those of the list PATH.

    The list is checked first. It must hold the run's organisations with the same code,
    type and website; their names and extra columns (e.g. inhabitants) replace the stored
    ones. The crawl is not touched: score and report the run again afterwards.
    """
    from digimeter.core.runlog import run_log
    from digimeter.core.runstore import RunStore

    run_dir = run_folder(run, output)
    organisations = organisation_list(path)
    store = RunStore(run_dir)
    try:
        stored = {o.code: o for o in store.organisations()}
        given = {o.code: o for o in organisations}
        _check_same_organisations(path, stored, given)
        with run_log(run_dir, "organisations update"):
            store.update_organisations(organisations)
            store.set_meta(organisations_updated_from=str(path))
    finally:
        store.close()
    click.echo(
        f"updated the attributes of {len(organisations)} organisations of {run_dir} from "
        f"{path}; score and report the run again to use them"
    )


def _check_same_organisations(
    path: Path, stored: dict[str, Organisation], given: dict[str, Organisation]
) -> None:
    missing = [code for code in stored if code not in given]
    extra = [code for code in given if code not in stored]
    moved = [
        code
        for code, org in given.items()
        if code in stored
        and (org.org_type, org.website) != (stored[code].org_type, stored[code].website)
    ]
    problems = []
    if missing:
        problems.append(f"lacks the run's organisation(s) {', '.join(missing[:10])}")
    if extra:
        problems.append(f"has organisation(s) not in the run: {', '.join(extra[:10])}")
    if moved:
        problems.append(f"changes the type or website of {', '.join(moved[:10])}")
    if problems:
        error = BadInput(f"{path}: {'; '.join(problems)}")
        error.hint = (
            "the list must hold the run's organisations with their code, type and website "
            "(a change of those is a new run)"
        )
        raise error
