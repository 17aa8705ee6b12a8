"""`digimeter classify` (not built yet)."""

from __future__ import annotations

import click


@click.command(name="classify")
def command() -> None:
    """Not built yet."""
    raise click.ClickException("digimeter classify is not built yet")
