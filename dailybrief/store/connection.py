"""Opening a database file, and the base every part of the Store builds on.

`StoreBase` owns the one connection: a lock serialises calls from any thread, reads and
transactions turn sqlite3 errors into `errors.StoreError` naming the database path. It also
holds the key-value ``meta`` table and the row counts, which belong to no table group.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from ..errors import StoreError
from .schema import migrate, user_version

log = logging.getLogger(__name__)

DEFAULT_PATH = "dailybrief.db"
BUSY_TIMEOUT_MS = 5000
COUNTED_TABLES = (
    "sources",
    "pages",
    "articles",
    "rejections",
    "storylines",
    "briefs",
    "runs",
    "meta",
)


# --- Small conversions -----------------------------------------------------------------


def now_iso() -> str:
    """Return the current UTC time as stored in the database (ISO, whole seconds)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def iso_day(d: date) -> str:
    """Return the ISO day of a date (or of a datetime, without its time)."""
    return date(d.year, d.month, d.day).isoformat()


def opt_date(value: str | None) -> date | None:
    """Return the date of a stored ISO day, or None for NULL or ''."""
    return date.fromisoformat(value) if value else None


# --- Opening ---------------------------------------------------------------------------


def _open_hint(path: str) -> str:
    if path == ":memory:" or path.startswith("file:"):
        return ""
    parent = Path(path).resolve().parent
    if not parent.is_dir():
        return f" (directory {parent} does not exist)"
    if Path(path).is_dir():
        return " (it is a directory)"
    if not os.access(parent, os.W_OK):
        return f" (directory {parent} is not writable)"
    return ""


def open_connection(
    name: str, busy_timeout_ms: int, migrations: Sequence[str]
) -> sqlite3.Connection:
    """Return a connection to name in WAL mode with foreign keys on, migrated to the end."""
    try:
        conn = sqlite3.connect(
            name, timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise StoreError(f"{name}: cannot open database: {exc}{_open_hint(name)}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal" and name != ":memory:":
            log.warning("%s: journal mode is %s, not WAL", name, mode)
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn, name, migrations)
    except sqlite3.Error as exc:
        conn.close()
        raise StoreError(f"{name}: cannot open database: {exc}{_open_hint(name)}") from exc
    except BaseException:
        conn.close()
        raise
    return conn


# --- The base of the store -------------------------------------------------------------


class StoreBase:
    """One connection, its lock, and the read and transaction context managers."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self._conn: sqlite3.Connection | None = conn
        self.path = path
        self._lock = threading.RLock()

    def close(self) -> None:
        """Close the connection; calling it again does nothing."""
        with self._lock:
            if self._conn is None:
                return
            conn, self._conn = self._conn, None
            try:
                conn.execute("PRAGMA optimize")
            except sqlite3.Error as exc:
                log.debug("%s: PRAGMA optimize failed: %s", self.path, exc)
            conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- plumbing

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(f"{self.path}: the store is closed")
        return self._conn

    @contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot {what}: {exc}") from exc

    @contextmanager
    def _read(self, what: str) -> Iterator[sqlite3.Connection]:
        with self._lock, self._errors(what):
            yield self._connection()

    @contextmanager
    def _transaction(self, what: str) -> Iterator[sqlite3.Connection]:
        with self._lock, self._errors(what):
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    # -- meta

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        with self._read(f"read meta {key!r}") as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    def set_meta(self, key: str, value: str) -> None:
        with self._transaction(f"write meta {key!r}") as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def schema_version(self) -> int:
        with self._read("read the schema version") as conn:
            return user_version(conn)

    def table_counts(self) -> dict[str, int]:
        """Return the number of rows in each table (for status lines and tests)."""
        with self._read("count rows") as conn:
            return {
                t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED_TABLES
            }
