"""Subcommands of the digimeter CLI, one module each (see digimeter.cli)."""
