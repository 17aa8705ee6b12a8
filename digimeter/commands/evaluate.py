"""`digimeter evaluate` (not built yet)."""

from __future__ import annotations

import click


@click.command(name="evaluate")
def command() -> None:
    """Not built yet."""
    raise click.ClickException("digimeter evaluate is not built yet")
