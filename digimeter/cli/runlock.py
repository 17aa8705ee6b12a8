"""One measurement at a time: a lock file per schedule that survives a crash.

The lock is an exclusive `flock` on `<output>/.<schedule>.lock`, which the kernel releases
when every process holding it has died, so a crash never leaves a lock that blocks for
ever. The measurement subprocess inherits the locked file (`pass_fds`), so the lock stays
held while a run goes on even if the scheduler that started it is killed. The file holds
the holders' process ids: a lock found unheld but with ids in it was left by a dead
process and is taken over, with a log line that names them.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import socket
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)


class LockHeld(RuntimeError):
    """Another live process holds the lock."""

    def __init__(self, path: Path, holder: dict[str, Any]) -> None:
        pids = ", ".join(str(p) for p in holder.get("pids", [])) or "unknown"
        super().__init__(
            f"{path} is held by process {pids} on {holder.get('host', '?')} since "
            f"{holder.get('since', '?')}: a run of this measurement is still going on"
        )
        self.holder = holder


class RunLock:
    """`acquire()` or raise LockHeld; `add_pid()` for the subprocess; `release()`."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.fd: int | None = None
        self.took_over: dict[str, Any] | None = None

    def acquire(self, since: str = "") -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read(fd)
            os.close(fd)
            raise LockHeld(self.path, holder) from None
        stale = _read(fd)
        if stale.get("pids"):
            self.took_over = stale
            logger.warning(
                "took over the stale lock %s of process %s on %s (since %s), which is no "
                "longer running",
                self.path,
                ", ".join(map(str, stale["pids"])),
                stale.get("host", "?"),
                stale.get("since", "?"),
            )
        self.fd = fd
        self._write({"pids": [os.getpid()], "host": socket.gethostname(), "since": since})
        return self

    def add_pid(self, pid: int) -> None:
        """Record a subprocess that shares the lock."""
        holder = _read(self._fd)
        holder["pids"] = [*holder.get("pids", []), pid]
        self._write(holder)

    def release(self) -> None:
        if self.fd is None:
            return
        os.ftruncate(self.fd, 0)
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)
        self.fd = None

    @property
    def _fd(self) -> int:
        if self.fd is None:
            raise RuntimeError(f"{self.path} is not held")
        return self.fd

    def _write(self, holder: dict[str, Any]) -> None:
        data = json.dumps(holder).encode()
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, data, 0)
        os.fsync(self._fd)

    def __enter__(self) -> RunLock:
        return self.acquire() if self.fd is None else self

    def __exit__(self, *_: object) -> None:
        self.release()


def _read(fd: int) -> dict[str, Any]:
    raw = os.pread(fd, 65536, 0)
    try:
        holder = json.loads(raw) if raw.strip() else {}
    except ValueError:
        return {"pids": ["(unreadable lock file)"]}
    return holder if isinstance(holder, dict) else {}


def holder_of(path: Path | str) -> dict[str, Any] | None:
    """Who holds the lock now (None when nobody does); for `schedule list`."""
    path = Path(path)
    if not path.exists():
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _read(fd)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)
