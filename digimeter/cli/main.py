"""The `digimeter` command line: one entry point, one module per subcommand.

Each module in `digimeter.cli.commands` exposes `command`, a click command or group; the
order of COMMANDS is the order of `digimeter --help`. Every command's failures go through
one translator (`digimeter.core.errors`): one line and a documented exit status.
"""

from __future__ import annotations

import importlib

import click

from digimeter.core.errors import translated

COMMANDS = (
    "demo", "measure", "crawl", "classify", "classify-labelled", "score", "report", "evaluate",
    "organisations", "review", "runs", "schedule", "testweb",
)  # fmt: skip


class _Group(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module = importlib.import_module(f"digimeter.cli.commands.{name.replace('-', '_')}")
        command: click.Command = module.command
        return command

    @translated
    def invoke(self, ctx: click.Context) -> object:
        return super().invoke(ctx)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="digimeter")
def main() -> None:
    """Measure how far Dutch government organisations offer their products digitally."""


if __name__ == "__main__":
    main()
