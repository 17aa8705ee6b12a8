"""`digimeter organisations`: make and check organisation lists."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from digimeter.configfiles import ConfigError, load_organisations, write_organisations
from digimeter.register import import_register, parse_types


@click.group(name="organisations")
def command() -> None:
    """Make and check organisation lists (code,name,org_type,website)."""


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
        result = import_register(register, wanted)
    except (ConfigError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
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
    """Check an organisation list and print what it holds."""
    try:
        organisations = load_organisations(path)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    types: dict[str, int] = {}
    for org in organisations:
        types[org.org_type] = types.get(org.org_type, 0) + 1
    summary = ", ".join(f"{n} {t}" for t, n in sorted(types.items()))
    click.echo(f"{path}: {len(organisations)} organisations ({summary})")
