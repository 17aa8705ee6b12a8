"""`digimeter organisations` (not built yet)."""

from __future__ import annotations

import click


@click.command(name="organisations")
def command() -> None:
    """Not built yet."""
    raise click.ClickException("digimeter organisations is not built yet")
