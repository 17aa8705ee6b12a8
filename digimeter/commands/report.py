"""`digimeter report` (not built yet)."""

from __future__ import annotations

import click


@click.command(name="report")
def command() -> None:
    """Not built yet."""
    raise click.ClickException("digimeter report is not built yet")
