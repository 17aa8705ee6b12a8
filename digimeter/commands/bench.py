"""`digimeter bench` (not built yet)."""

from __future__ import annotations

import click


@click.command(name="bench")
def command() -> None:
    """Not built yet."""
    raise click.ClickException("digimeter bench is not built yet")
