"""`digimeter score` (not built yet)."""

from __future__ import annotations

import click


@click.command(name="score")
def command() -> None:
    """Not built yet."""
    raise click.ClickException("digimeter score is not built yet")
