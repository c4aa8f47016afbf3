"""One run at a time per database: an OS file lock next to the database file.

The lock is `fcntl.flock` on ``<database>.run.lock``: the kernel releases it when the holding
process ends, however it ends, so a crashed run never blocks the next morning. The file holds
the holder's pid, start time and brief date, which the refusal message quotes.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import socket
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from ..errors import RunBusyError


def lock_path(db: str | os.PathLike[str]) -> Path:
    """Return the lock file of a database: beside the file, or in the temp folder for a URL."""
    name = os.fspath(db)
    if "://" in name:
        digest = hashlib.sha256(name.encode()).hexdigest()[:16]
        return Path(tempfile.gettempdir()) / f"dailybrief-{digest}.run.lock"
    return Path(name).resolve().with_name(Path(name).name + ".run.lock")


def _read_holder(fd: int) -> dict[str, Any]:
    os.lseek(fd, 0, os.SEEK_SET)
    raw = os.read(fd, 4096)
    try:
        data = json.loads(raw.decode("utf-8") or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def describe_holder(holder: dict[str, Any]) -> str:
    """Return 'pid 123 on host, brief 2026-06-10, started 08:00:01 UTC' (what is known)."""
    parts = []
    if holder.get("pid"):
        parts.append(f"pid {holder['pid']}" + (f" on {holder['host']}" if holder.get("host") else ""))
    if holder.get("day"):
        parts.append(f"brief {holder['day']}")
    if holder.get("started"):
        parts.append(f"started {holder['started']}")
    if holder.get("by"):
        parts.append(f"by {holder['by']}")
    return ", ".join(parts) or "holder unknown"


class RunLock:
    """Hold the database's run lock for the duration of a `with` block.

    Raises RunBusyError on entry if another run (in this or any other process) holds it.
    """

    def __init__(self, db: str | os.PathLike[str], day: date, by: str = "cli") -> None:
        self.path = lock_path(db)
        self.db = os.fspath(db)
        self.day = day
        self.by = by
        self._fd: int | None = None

    def __enter__(self) -> RunLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            os.close(fd)
            raise RunBusyError(
                f"{self.db}: another run is in progress ({describe_holder(holder)}); "
                f"wait for it to finish (a crashed run releases the lock by itself)") from None
        info = {"pid": os.getpid(), "host": socket.gethostname(), "day": self.day.isoformat(),
                "started": datetime.now(UTC).isoformat(timespec="seconds"), "by": self.by}
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(info).encode("utf-8"))
        self._fd = fd
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


def running_holder(db: str | os.PathLike[str]) -> dict[str, Any] | None:
    """Return who holds the database's run lock now, or None when no run is in progress."""
    path = lock_path(db)
    if not path.exists():
        return None
    fd = os.open(path, os.O_RDWR)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return _read_holder(fd) or {"pid": None}
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)
