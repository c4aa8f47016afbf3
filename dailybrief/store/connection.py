"""Opening a database (a SQLite file or a PostgreSQL URL), and the base of the Store.

`StoreBase` owns the one connection: a lock serialises calls from any thread, reads and
transactions turn driver errors into `errors.StoreError` naming the database. It also
holds the key-value ``meta`` table and the row counts, which belong to no table group.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from ..errors import StoreError
from .dialect import Connection, PostgresDialect, SQLiteDialect, dialect_for, display_name
from .schema import Migration, migrate

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
    if path == ":memory:" or path.startswith(("file:", "postgres")):
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
    location: str,
    busy_timeout_ms: int,
    migrations: Sequence[Migration | str],
    dialect: SQLiteDialect | PostgresDialect | None = None,
) -> Connection:
    """Return a connection to location (file or URL), migrated to the end of migrations."""
    dialect = dialect or dialect_for(location)
    name = display_name(location)
    try:
        conn = dialect.connect(location, busy_timeout_ms)
    except dialect.errors as exc:
        raise StoreError(
            f"{name}: cannot open database: {dialect.message(exc)}{_open_hint(location)}"
        ) from exc
    except ImportError as exc:
        raise StoreError(f"{name}: cannot open database: {exc}") from exc
    try:
        migrate(conn, dialect, name, migrations)
    except dialect.errors as exc:
        conn.close()
        raise StoreError(
            f"{name}: cannot open database: {dialect.message(exc)}{_open_hint(location)}"
        ) from exc
    except BaseException:
        conn.close()
        raise
    return conn


# --- The base of the store -------------------------------------------------------------


class StoreBase:
    """One connection, its lock, and the read and transaction context managers."""

    def __init__(
        self,
        conn: Connection,
        path: str,
        dialect: SQLiteDialect | PostgresDialect | None = None,
    ) -> None:
        self._conn: Connection | None = conn
        self.location = path
        self.path = display_name(path)  # what messages name: a URL's password is masked
        self.dialect = dialect or dialect_for(path)
        self._lock = threading.RLock()

    def close(self) -> None:
        """Close the connection; calling it again does nothing."""
        with self._lock:
            if self._conn is None:
                return
            conn, self._conn = self._conn, None
            try:
                self.dialect.before_close(conn)
            except self.dialect.errors as exc:
                log.debug("%s: tidying before close failed: %s", self.path, exc)
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

    def _connection(self) -> Connection:
        if self._conn is None:
            raise StoreError(f"{self.path}: the store is closed")
        return self._conn

    @contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        try:
            yield
        except self.dialect.errors as exc:
            raise StoreError(f"{self.path}: cannot {what}: {self.dialect.message(exc)}") from exc

    @contextmanager
    def _read(self, what: str) -> Iterator[Connection]:
        with self._lock, self._errors(what):
            yield self._connection()

    @contextmanager
    def _transaction(self, what: str) -> Iterator[Connection]:
        with self._lock, self._errors(what):
            conn = self._connection()
            self.dialect.begin(conn)
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
            return self.dialect.version(conn)

    def table_counts(self) -> dict[str, int]:
        """Return the number of rows in each table (for status lines and tests)."""
        with self._read("count rows") as conn:
            return {
                t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED_TABLES
            }
