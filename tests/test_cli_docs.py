"""Every command is documented: it has --help, and the README names it."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner
from conftest import REPO

from digimeter.cli import COMMANDS, main


def all_commands() -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    ctx = click.Context(main)
    for name in COMMANDS:
        cmd = main.get_command(ctx, name)
        assert cmd is not None, name
        found.append((name,))
        if isinstance(cmd, click.Group):
            found += [(name, sub) for sub in cmd.list_commands(ctx)]
    return found


@pytest.mark.parametrize("path", all_commands(), ids=lambda p: " ".join(p))
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(main, [*path, "--help"], prog_name="digimeter")
    assert result.exit_code == 0, result.output
    assert "Usage: digimeter " + " ".join(path) in result.output
    assert "Not built yet" not in result.output


@pytest.mark.parametrize("path", all_commands(), ids=lambda p: " ".join(p))
def test_every_command_is_in_the_readme(path: tuple[str, ...]) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"`digimeter {' '.join(path)}" in readme


def test_the_readme_opens_with_the_two_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    head = readme[: readme.index("## ")]
    assert "make demo" in head and "make test" in head
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
