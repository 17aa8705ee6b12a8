"""`digimeter testweb` (not built yet)."""

from __future__ import annotations

import click


@click.command(name="testweb")
def command() -> None:
    """Not built yet."""
    raise click.ClickException("digimeter testweb is not built yet")
