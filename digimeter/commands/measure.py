"""`digimeter measure` (not built yet)."""

from __future__ import annotations

import click


@click.command(name="measure")
def command() -> None:
    """Not built yet."""
    raise click.ClickException("digimeter measure is not built yet")
