"""The roof: the `digimeter` command line and what only it uses (the pipeline of
`measure`, evaluation against ground truth, scheduled measurements). It may import every
stage; no stage imports it (docs/architecture.md)."""

from digimeter.cli.main import COMMANDS, main

__all__ = ["COMMANDS", "main"]
