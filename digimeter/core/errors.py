"""The one error translator of the `digimeter` command line, and the exit statuses.

Every command ends with one of these statuses, whatever went wrong:

    0  complete
    2  bad input or configuration (nothing was done)
    3  incomplete: the run was interrupted and can be resumed
    4  failed: the run cannot complete as configured

A known failure is one `Error: ...` line on stderr that says what went wrong, where (file,
line, field, run folder) and what to do, never a traceback. Known failures are the
`DigimeterError` classes below (the loaders' errors derive from them), a damaged run.db,
a file that cannot be read or written, an interrupt (Ctrl-C, SIGTERM), and a command's own
`click.ClickException` (bad input: status 2).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import click

OK, BAD_INPUT, INCOMPLETE, FAILED = 0, 2, 3, 4


class DigimeterError(Exception):
    """A known failure: the message says what and where; `hint` says what to do."""

    exit_status = BAD_INPUT
    hint = ""

    def describe(self) -> str:
        """The one line: what, where, and what to do."""
        text = str(self)
        return f"{text}; {self.hint}" if self.hint and self.hint not in text else text


class BadInput(DigimeterError):
    """Bad input or configuration: nothing was done."""


class RunIncomplete(DigimeterError):
    """The run is incomplete (interrupted); it can be resumed."""

    exit_status = INCOMPLETE


class RunFailed(DigimeterError):
    """The run cannot complete as configured."""

    exit_status = FAILED


class OneLineError(click.ClickException):
    """What the translator hands to click: printed as `Error: <line>`, exit `exit_code`."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        # click's annotations declare exit_code a ClassVar, yet click reads it from the
        # instance it caught (sys.exit(e.exit_code)) and documents setting it per instance
        self.exit_code = exit_code  # type: ignore[misc]


def translate(exc: BaseException) -> OneLineError | None:
    """The one-line error for a known failure, or None for an unknown one (a bug)."""
    if isinstance(exc, DigimeterError):
        return OneLineError(exc.describe(), exc.exit_status)
    if isinstance(exc, KeyboardInterrupt):
        return OneLineError("interrupted; nothing more was done, run the command again", INCOMPLETE)
    if isinstance(exc, sqlite3.DatabaseError):
        return OneLineError(
            f"a run.db cannot be read ({exc}); it is damaged or not a digimeter run database: "
            "restore it from a copy or measure again",
            BAD_INPUT,
        )
    if isinstance(exc, OSError) and exc.filename:
        what = exc.strerror or type(exc).__name__
        return OneLineError(
            f"{exc.filename}: {what}; check the path and its permissions (or choose another "
            "--output) and run the command again",
            BAD_INPUT,
        )
    return None


P = ParamSpec("P")
R = TypeVar("R")


def translated(invoke: Callable[P, R]) -> Callable[P, R]:
    """Wrap a click `invoke`: known failures become `OneLineError`."""

    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return invoke(*args, **kwargs)
        except click.ClickException as exc:
            if type(exc) is click.ClickException and exc.exit_code == 1:
                # a command's own refusal of its input
                raise OneLineError(exc.format_message(), BAD_INPUT) from None
            raise
        except (click.exceptions.Exit, click.Abort):
            raise
        except (Exception, KeyboardInterrupt) as exc:
            error = translate(exc)
            if error is None:
                raise
            raise error from exc

    return wrapper


def warn(message: str) -> None:
    """One `Warning: ...` line on stderr."""
    click.echo(f"Warning: {message}", err=True)
