"""One run at a time per database, with a lock that a crash releases by itself.

- A SQLite file: `fcntl.flock` on ``<database>.run.lock``; the kernel releases it when the
  holding process ends, however it ends. The file holds the holder's pid, start time and
  brief date, which the refusal message quotes.
- A ``postgresql://`` database (shared by a team, runs may start on several machines): a
  session-level advisory lock on a connection held for the run; the server releases it when
  that session ends. The holder describes itself in the session's application_name.
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
from ..store.dialect import display_name, is_postgres_url

RUN_LOCK_KEY = 0x6462_7275  # "dbru"; the store's write transactions use another key
_PG_HOLDER = ("SELECT a.application_name, a.backend_start FROM pg_locks AS l"
              " JOIN pg_stat_activity AS a"
              " ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.objid = %s AND l.granted")


def _is_postgres(db: str | os.PathLike[str]) -> bool:
    return is_postgres_url(os.fspath(db))


def _pg_holder(conn: Any) -> dict[str, Any]:
    row = conn.execute(_PG_HOLDER, (RUN_LOCK_KEY,)).fetchone()
    if row is None:
        return {}
    data: dict[str, Any] = dict(
        part.split("=", 1) for part in str(row[0]).split()[1:] if "=" in part)
    if str(data.get("pid", "")).isdigit():
        data["pid"] = int(data["pid"])
    if row[1] is not None:
        data["started"] = row[1].astimezone(UTC).isoformat(timespec="seconds")
    return data


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
        self._pg: Any = None

    def _info(self) -> dict[str, Any]:
        return {"pid": os.getpid(), "host": socket.gethostname(), "day": self.day.isoformat(),
                "started": datetime.now(UTC).isoformat(timespec="seconds"), "by": self.by}

    def _enter_postgres(self) -> RunLock:
        import psycopg

        info = self._info()
        name = f"dailybrief-run pid={info['pid']} day={info['day']} by={info['by']}"[:63]
        conn = psycopg.connect(self.db, autocommit=True, application_name=name)
        if not conn.execute("SELECT pg_try_advisory_lock(%s)", (RUN_LOCK_KEY,)).fetchone()[0]:
            holder = _pg_holder(conn)
            conn.close()
            raise RunBusyError(
                f"{display_name(self.db)}: another run is in progress ({describe_holder(holder)}); "
                "wait for it to finish (a crashed run releases the lock by itself)")
        self._pg = conn
        return self

    def __enter__(self) -> RunLock:
        if _is_postgres(self.db):
            return self._enter_postgres()
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            os.close(fd)
            raise RunBusyError(
                f"{self.db}: another run is in progress ({describe_holder(holder)}); "
                f"wait for it to finish (a crashed run releases the lock by itself)") from None
        info = self._info()
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(info).encode("utf-8"))
        self._fd = fd
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        conn, self._pg = self._pg, None
        if conn is not None:
            conn.close()  # ending the session releases the advisory lock
            return
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
    if _is_postgres(db):
        import psycopg

        with psycopg.connect(os.fspath(db), autocommit=True) as conn:
            return _pg_holder(conn) or None
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
