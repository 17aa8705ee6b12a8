"""`run.log` in a run folder: the log lines of every command that worked on the run.

    with run_log(run_dir, "classify"):
        ...

appends the block's log records (INFO and up, from every logger) to `<run>/run.log`, with
a line when the command starts (its command line) and one when it ends (and how).
"""

from __future__ import annotations

import logging
import shlex
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOG_NAME = "run.log"
FORMAT = "%(asctime)s %(levelname)s [%(name)s] %(message)s"
logger = logging.getLogger("digimeter")


@contextmanager
def run_log(run_dir: Path, command: str) -> Iterator[None]:
    if not (Path(run_dir) / "run.db").exists():  # not a run folder (e.g. a verdicts file's)
        yield
        return
    handler = logging.FileHandler(Path(run_dir) / LOG_NAME, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    logger.info("%s started: %s", command, shlex.join(["digimeter", *sys.argv[1:]]))
    try:
        yield
    except BaseException as exc:
        logger.error("%s ended: %s", command, _one_line(exc))
        raise
    else:
        logger.info("%s ended", command)
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)
        handler.close()


def _one_line(exc: BaseException) -> str:
    describe = getattr(exc, "describe", None)
    text = describe() if callable(describe) else str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
