"""The store (SQLite by default, PostgreSQL for a team), the only package that speaks SQL.

One database (a file, or a ``postgresql://`` URL) holds what runs leave behind and what the web workbench reads and
edits: sources, every fetched page version, articles, rejections, storylines, brief
revisions, runs, a key-value ``meta`` table, workbench accounts and full-text indexes
over articles and briefs.

The modules follow the tables: `schema` (migrations and their runner; how to add a
table on both backends), `dialect` (what differs between SQLite and PostgreSQL),
`connection` (opening, locking, transactions, meta), `pages` (sources, pages, articles,
rejections), `briefs` (storylines, briefs, runs), `accounts` (users, sessions, edits),
`search` (jieba segmentation, full-text queries, snippets) and `monitor` (each source's
outcome per run, deliveries). `Store` joins them.
"""

from __future__ import annotations

import os

from .accounts import AccountsMixin
from .briefs import BRIEF_STATUSES, BriefsMixin
from .connection import BUSY_TIMEOUT_MS, DEFAULT_PATH, open_connection
from .dialect import database_exists, dialect_for, display_name, is_postgres_url, local_folder
from .history import HistoryMixin
from .monitor import MonitorMixin
from .pages import PagesMixin
from .schema import MIGRATIONS, SCHEMA_V1, SCHEMA_V2_WEB, Migration
from .search import (
    ELLIPSIS,
    HIGHLIGHT,
    SNIPPET_CHARS,
    TITLE_WEIGHT,
    BriefHit,
    SearchHit,
    SearchMixin,
    make_snippet,
    segment,
)

__all__ = [
    "BRIEF_STATUSES",
    "BUSY_TIMEOUT_MS",
    "DEFAULT_PATH",
    "ELLIPSIS",
    "HIGHLIGHT",
    "MIGRATIONS",
    "SCHEMA_V1",
    "SCHEMA_V2_WEB",
    "SNIPPET_CHARS",
    "TITLE_WEIGHT",
    "BriefHit",
    "Migration",
    "SearchHit",
    "Store",
    "database_exists",
    "display_name",
    "is_postgres_url",
    "local_folder",
    "make_snippet",
    "segment",
]


class Store(PagesMixin, BriefsMixin, AccountsMixin, SearchMixin, MonitorMixin, HistoryMixin):
    """A connection to one dailybrief database; use `Store.open(path)`.

    Methods may be called from any thread, one call at a time (a lock serialises them).
    Driver errors (sqlite3, psycopg) are raised as `errors.StoreError` naming the database.
    """

    @classmethod
    def open(
        cls, path: str | os.PathLike[str] = DEFAULT_PATH, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> Store:
        """Open (creating or migrating) the database at path: a SQLite file (WAL mode,
        foreign keys on) or a ``postgresql://user:password@host:port/dbname`` URL."""
        name = os.fspath(path)
        dialect = dialect_for(name)
        # MIGRATIONS is read here, at call time, so this package's tuple is the one applied.
        return cls(open_connection(name, busy_timeout_ms, MIGRATIONS, dialect), name, dialect)
