"""The two database backends behind one small connection interface.

The store's modules write SQL once, in the subset SQLite and PostgreSQL share (``?``
placeholders, ``ON CONFLICT … DO UPDATE``, ``coalesce``, ``count``/``max``, ISO-text
dates), and call ``conn.execute(sql, params)`` on a `Connection`: sqlite3's own connection
for a file, `PgConnection` (psycopg 3) for a ``postgresql://`` URL. What differs is kept
here and in `schema` (DDL types) and `search` (full-text queries):

- placeholders: ``?`` becomes ``%s`` (and a literal ``%`` becomes ``%%``) for psycopg;
- ``INSERT OR IGNORE`` becomes ``INSERT … ON CONFLICT DO NOTHING``;
- ``cursor.lastrowid`` after an INSERT into a table with an identity ``id`` column works on
  both (PostgreSQL gets ``RETURNING id`` appended);
- Python bools are stored as 0/1 integers on both;
- a write transaction holds the database's one writer lock on both (SQLite's
  ``BEGIN IMMEDIATE``, a PostgreSQL transaction-level advisory lock), so read-modify-write
  code such as "next version number" behaves the same.

SQLAlchemy Core was considered and not used: it would not remove the differences that
matter here (full-text search, triggers, the schema version), and rewriting every query
as expressions would not pay for itself over the thirty lines of translation below.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

POSTGRES_SCHEMES = ("postgresql", "postgres")
WRITER_LOCK_KEY = 0x6462_7269  # "dbri": the advisory lock every write transaction holds


class Cursor(Protocol):
    """The part of a DB-API cursor the store uses."""

    lastrowid: int | None
    rowcount: int
    description: Any

    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The part of sqlite3.Connection the store uses; `PgConnection` offers the same."""

    @property
    def in_transaction(self) -> bool: ...
    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...
    def executemany(self, sql: str, seq_of_parameters: Iterable[Sequence[Any]], /) -> Any: ...
    def close(self) -> None: ...


# --- Locations ------------------------------------------------------------------------


def is_postgres_url(location: str | Path) -> bool:
    """Return True if location names a PostgreSQL database rather than a SQLite file."""
    return isinstance(location, str) and urlsplit(location).scheme in POSTGRES_SCHEMES


def display_name(location: str | Path) -> str:
    """Return location as it may appear in messages: a URL's password is masked."""
    text = str(location)
    if not is_postgres_url(text):
        return text
    parts = urlsplit(text)
    if parts.password is None:
        return text
    host = parts.netloc.rpartition("@")[2]
    netloc = f"{parts.username or ''}:***@{host}"
    return urlunsplit(parts._replace(netloc=netloc))


def database_exists(location: str | Path) -> bool:
    """Return True if a SQLite file exists at location (a server database is assumed to)."""
    return is_postgres_url(location) or Path(location).is_file()


def local_folder(location: str | Path) -> Path:
    """Return the folder that belongs to the database: the SQLite file's, else the cwd."""
    return Path.cwd() if is_postgres_url(location) else Path(location).resolve().parent


# --- SQL for psycopg ------------------------------------------------------------------

_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")
_INSERT_INTO = re.compile(r"^\s*INSERT\s+(OR\s+IGNORE\s+)?INTO\s+(\w+)", re.IGNORECASE)
_RETURNING = re.compile(r"\bRETURNING\b", re.IGNORECASE)
_ON_CONFLICT = re.compile(r"\bON\s+CONFLICT\b", re.IGNORECASE)


def _placeholder(match: re.Match[str]) -> str:
    token = match.group()
    return {"?": "%s", "%": "%%"}.get(token, token)


@lru_cache(maxsize=1024)
def pg_statement(sql: str, identity_tables: frozenset[str]) -> tuple[str, bool]:
    """Return sql in psycopg's form, and whether it was given ``RETURNING id``."""
    text = _TOKENS.sub(_placeholder, sql.strip().rstrip(";"))
    insert = _INSERT_INTO.match(text)
    if insert is None:
        return text, False
    if insert.group(1):
        text = text[: insert.start(1)] + text[insert.end(1) :]
        if not _ON_CONFLICT.search(text):
            text += " ON CONFLICT DO NOTHING"
    if insert.group(2).lower() in identity_tables and not _RETURNING.search(text):
        return text + " RETURNING id", True
    return text, False


def _pg_value(value: Any) -> Any:
    return int(value) if isinstance(value, bool) else value


class PgCursor:
    """A psycopg cursor with sqlite3's lastrowid."""

    def __init__(self, cursor: Any, returning_id: bool) -> None:
        self._cursor = cursor
        self.lastrowid: int | None = None
        if returning_id:
            row = cursor.fetchone()
            self.lastrowid = None if row is None else int(row[0])
        self.rowcount: int = cursor.rowcount
        self.description = cursor.description

    def fetchone(self) -> Any:
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor)


class PgConnection:
    """A psycopg 3 connection in autocommit mode that runs the store's sqlite-style SQL."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.identity_tables: frozenset[str] = frozenset()

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> PgCursor:
        text, returning = pg_statement(sql, self.identity_tables)
        params = [_pg_value(v) for v in parameters] if parameters else None
        return PgCursor(self.raw.execute(text, params), returning)

    def executemany(self, sql: str, seq_of_parameters: Iterable[Sequence[Any]]) -> PgCursor:
        text, _ = pg_statement(sql, frozenset())
        cursor = self.raw.cursor()
        cursor.executemany(text, [[_pg_value(v) for v in row] for row in seq_of_parameters])
        return PgCursor(cursor, False)

    def executescript(self, script: str) -> None:
        """Run a script of DDL statements as written (no placeholder translation)."""
        self.raw.execute(script)

    def refresh_identity_tables(self) -> None:
        """Learn which tables have an identity ``id`` column (for lastrowid)."""
        rows = self.raw.execute(
            "SELECT table_name FROM information_schema.columns WHERE column_name = 'id'"
            " AND is_identity = 'YES' AND table_schema = current_schema()"
        ).fetchall()
        self.identity_tables = frozenset(r[0] for r in rows)

    def close(self) -> None:
        self.raw.close()


# --- The dialects ---------------------------------------------------------------------


class SQLiteDialect:
    """A SQLite file: WAL mode, foreign keys on, ``PRAGMA user_version`` as the version."""

    name = "sqlite"
    errors: tuple[type[BaseException], ...] = (sqlite3.Error,)

    def connect(self, location: str, busy_timeout_ms: int) -> sqlite3.Connection:
        import logging

        conn = sqlite3.connect(
            location, timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            conn.execute("PRAGMA foreign_keys = ON")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal" and location != ":memory:":
                logging.getLogger(__name__).warning(
                    "%s: journal mode is %s, not WAL", location, mode
                )
            conn.execute("PRAGMA synchronous = NORMAL")
        except BaseException:
            conn.close()
            raise
        return conn

    def begin(self, conn: Any) -> None:
        conn.execute("BEGIN IMMEDIATE")

    def version(self, conn: Any) -> int:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])

    def set_version(self, conn: Any, version: int) -> None:
        conn.execute(f"PRAGMA user_version = {int(version)}")

    def run_script(self, conn: Any, script: str) -> None:
        for statement in sqlite_statements(script):
            conn.execute(statement)

    def after_migrations(self, conn: Any) -> None:
        """Nothing to learn after migrating a SQLite file."""

    def before_close(self, conn: Any) -> None:
        conn.execute("PRAGMA optimize")

    def message(self, exc: BaseException) -> str:
        return str(exc)


class PostgresDialect:
    """A PostgreSQL database: autocommit, an advisory writer lock, a version table."""

    name = "postgresql"

    @property
    def errors(self) -> tuple[type[BaseException], ...]:
        try:
            import psycopg
        except ImportError:  # connect() says how to install it
            return ()
        return (psycopg.Error,)

    def connect(self, location: str, busy_timeout_ms: int) -> PgConnection:
        try:
            import psycopg
        except ImportError as exc:
            raise ImportError(
                "PostgreSQL needs the psycopg package: pip install 'dailybrief[postgresql]'"
            ) from exc
        raw = psycopg.connect(
            location,
            autocommit=True,
            connect_timeout=max(1, busy_timeout_ms // 1000),
            options=f"-c lock_timeout={int(busy_timeout_ms)} -c client_encoding=UTF8",
        )
        return PgConnection(raw)

    def begin(self, conn: Any) -> None:
        conn.execute("BEGIN")
        conn.execute(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")

    def version(self, conn: Any) -> int:
        if conn.raw.execute("SELECT to_regclass('dailybrief_schema')").fetchone()[0] is None:
            return 0
        row = conn.raw.execute("SELECT max(version) FROM dailybrief_schema").fetchone()
        return int(row[0] or 0)

    def set_version(self, conn: Any, version: int) -> None:
        conn.raw.execute("CREATE TABLE IF NOT EXISTS dailybrief_schema (version BIGINT NOT NULL)")
        conn.raw.execute("DELETE FROM dailybrief_schema")
        conn.raw.execute("INSERT INTO dailybrief_schema (version) VALUES (%s)", (int(version),))

    def run_script(self, conn: Any, script: str) -> None:
        conn.executescript(script)

    def after_migrations(self, conn: Any) -> None:
        conn.refresh_identity_tables()

    def before_close(self, conn: Any) -> None:
        """Nothing to tidy before closing a PostgreSQL connection."""

    def message(self, exc: BaseException) -> str:
        return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def dialect_for(location: str | Path) -> SQLiteDialect | PostgresDialect:
    """Return the dialect of a database location (a ``postgresql://`` URL or a file)."""
    return PostgresDialect() if is_postgres_url(location) else SQLiteDialect()


def sqlite_statements(script: str) -> list[str]:
    """Split an SQL script into complete SQLite statements (trigger bodies kept whole)."""
    statements, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements

