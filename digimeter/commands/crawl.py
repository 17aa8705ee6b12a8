"""`digimeter crawl` (not built yet)."""

from __future__ import annotations

import click


@click.command(name="crawl")
def command() -> None:
    """Not built yet."""
    raise click.ClickException("digimeter crawl is not built yet")
