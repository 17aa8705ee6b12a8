"""`python -m testweb generate|serve`: the same commands as `digimeter testweb`."""

from __future__ import annotations

from digimeter.cli.commands.testweb import command

if __name__ == "__main__":
    command(prog_name="python -m testweb")
