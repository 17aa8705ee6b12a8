"""A run's state, the changes allowed between states, and the lock of a crawling process.

    preparing ──> crawling ──> crawled ──> classified <──> scored
                   │   ▲
                   ▼   │ (resume)
                 interrupted          failed: from preparing, crawling or interrupted

`RunStore` (digimeter.core.runstore) keeps the state and each organisation's crawl state in
run.db. A process that crawls a run holds `CrawlLock` on it, so a run whose stored state
is `crawling` (or `preparing`) while nobody holds the lock was killed: it reads as
`interrupted`. A run.db written before states were recorded (no schema version) reads as
`unknown`: it can still be classified, scored and reported, with a warning.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
from dataclasses import dataclass
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from digimeter.core.errors import DigimeterError, RunFailed, RunIncomplete

#: The schema version of a run.db written by this code (absent before run states existed;
#: 1: verdicts as JSON texts, 2: a column per verdict field, see digimeter.core.verdictstore).
SCHEMA_VERSION = 2

PREPARING, CRAWLING, INTERRUPTED, CRAWLED = "preparing", "crawling", "interrupted", "crawled"
CLASSIFIED, SCORED, FAILED, UNKNOWN = "classified", "scored", "failed", "unknown"
RUN_STATES = (PREPARING, CRAWLING, INTERRUPTED, CRAWLED, CLASSIFIED, SCORED, FAILED)
#: The states of a run whose crawl is complete.
COMPLETE_STATES = (CRAWLED, CLASSIFIED, SCORED)
#: state -> the states it may change to ("" is a run.db without a state yet)
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "": (PREPARING,),
    PREPARING: (CRAWLING, INTERRUPTED, FAILED),
    CRAWLING: (CRAWLING, CRAWLED, INTERRUPTED, FAILED),
    INTERRUPTED: (CRAWLING, INTERRUPTED, CRAWLED, FAILED),  # crawled: nothing was left
    CRAWLED: (CLASSIFIED,),
    CLASSIFIED: (CLASSIFIED, SCORED),
    SCORED: (CLASSIFIED, SCORED),
    FAILED: (),
}
#: The path a complete run takes (for runs written without a crawl: fixtures, benchmarks).
NORMAL_PATH = (PREPARING, CRAWLING, CRAWLED, CLASSIFIED, SCORED)

#: Crawl states of one organisation; done and unreachable are final.
ORG_CRAWLING, ORG_INTERRUPTED, ORG_DONE, ORG_UNREACHABLE = (
    "crawling", "interrupted", "done", "unreachable",
)  # fmt: skip
ORG_FINAL_STATES = (ORG_DONE, ORG_UNREACHABLE)
#: A run fails when more than this share of its organisations is unreachable for one reason.
FAILED_SHARE = 0.9


class RunStateError(DigimeterError):
    """A state change the run does not allow (e.g. classifying a run still crawling)."""


def check_transition(current: str, new: str) -> None:
    if new not in TRANSITIONS.get(current, ()):
        raise RunStateError(
            f"the run is {current or 'new'} and cannot become {new}; allowed next: "
            f"{', '.join(TRANSITIONS.get(current, ())) or 'none'}"
        )


@dataclass(frozen=True)
class RunStatus:
    """What a reader needs to know about a run before using it."""

    run_dir: Path
    #: The effective state: the stored one, `interrupted` for a dead crawl, or `unknown`.
    state: str
    organisations: int
    #: (code, name) of the organisations whose crawl is not final, in list order.
    missing: tuple[tuple[str, str], ...] = ()
    #: Why a failed run failed.
    reason: str = ""

    @property
    def complete(self) -> bool:
        return self.state in COMPLETE_STATES

    def missing_text(self, limit: int = 10) -> str:
        names = [f"{name} ({code})" if name else code for code, name in self.missing[:limit]]
        more = len(self.missing) - limit
        return ", ".join(names) + (f" and {more} more" if more > 0 else "")

    def note(self) -> str:
        """The headline warning of a report on this run ('' for a complete run)."""
        if self.complete:
            return ""
        if self.state == UNKNOWN:
            return (
                "run state unknown: this run was written before digimeter recorded run "
                "states, so it may be incomplete"
            )
        if self.state == FAILED:
            return f"this run failed ({self.reason}); its figures are not a measurement"
        return (
            f"incomplete run ({self.state}): {len(self.missing)} of {self.organisations} "
            f"organisations were not crawled and are missing from these figures: "
            f"{self.missing_text()}"
        )

    def require_complete(self, *, allow_incomplete: bool = False) -> str:
        """Raise unless the run is complete (or allowed); returns the warning to show."""
        if self.complete or (not self.organisations and self.state != FAILED):
            return ""  # complete, or nothing was ever crawled into it that could be missing
        if self.state == UNKNOWN or allow_incomplete:
            return self.note()
        error: DigimeterError
        if self.state == FAILED:
            error = RunFailed(f"{self.run_dir}: the run failed ({self.reason})")
            error.hint = (
                "start a new run once the cause is fixed, or pass --allow-incomplete to use "
                "it as it stands"
            )
            raise error
        error = RunIncomplete(
            f"{self.run_dir}: the run is {self.state}: {len(self.missing)} of "
            f"{self.organisations} organisations have no finished crawl "
            f"({self.missing_text()})"
        )
        error.hint = (
            f"finish it with `digimeter crawl --resume {self.run_dir}` (or `digimeter measure "
            f"--resume {self.run_dir}`), or pass --allow-incomplete to use it as it stands"
        )
        raise error


class CrawlLock:
    """An advisory lock on `<run>/crawl.lock`, held while a process crawls the run.

    Workers that share a run through Redis hold it shared; a lone crawl holds it
    exclusively, so a second crawl of the same run is refused. The operating system
    releases it when the process dies, however it dies.
    """

    NAME = "crawl.lock"

    def __init__(self, run_dir: Path) -> None:
        self.path = Path(run_dir) / self.NAME
        self._fd: int | None = None

    def acquire(self, *, shared: bool) -> bool:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    @classmethod
    def held(cls, run_dir: Path) -> bool:
        """True while some process (this one included) crawls the run."""
        path = Path(run_dir) / cls.NAME
        if not path.exists():
            return False
        fd = os.open(path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)
        return False


@cache
def code_version() -> str:
    """The digimeter version, with the git commit when running from a checkout."""
    try:
        base = version("digimeter")
    except PackageNotFoundError:  # pragma: no cover - a bare checkout
        base = "0"
    root = Path(__file__).resolve().parents[2]
    if not (root / ".git").exists():
        return base
    try:
        done = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short=12", "HEAD"],
            capture_output=True, text=True, timeout=10, check=False,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return base
    commit = done.stdout.strip()
    return f"{base}+g{commit}" if done.returncode == 0 and commit else base


def failure_reason(unreachable: dict[str, int], total: int) -> str:
    """The reason shared by more than FAILED_SHARE of `total` organisations, or ''."""
    for reason, count in sorted(unreachable.items(), key=lambda kv: -kv[1]):
        if total and count > FAILED_SHARE * total:
            return f"{count} of {total} organisations unreachable ({reason})"
    return ""
