"""The SQLite store, and the only module that speaks SQL.

One database file holds what runs leave behind and what the web workbench reads and
edits: sources, every fetched page version, articles, rejections, storylines, brief
revisions, runs, a key-value ``meta`` table and full-text indexes over articles and briefs.

The schema is an ordered list of migration scripts; ``PRAGMA user_version`` records how
many have run, so opening an older file upgrades it and a newer one is refused.

Full-text search: FTS5's trigram tokenizer finds nothing for two-character queries such
as 电力 or 算力, so the indexed text is jieba-segmented (search mode, tokens joined by
spaces) under the unicode61 tokenizer and queries are segmented the same way. Snippets
are cut from the original text in Python, because the search-mode token stream repeats
overlapping words and cannot be turned back into readable text.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple

from .errors import StoreError
from .models import (
    Article,
    Authority,
    Brief,
    Fact,
    FactKind,
    Page,
    Reason,
    Rejection,
    Source,
    SourceKind,
    Stage,
    Story,
    brief_to_dict,
)
from .text import jieba_module

log = logging.getLogger(__name__)

DEFAULT_PATH = "dailybrief.db"
BUSY_TIMEOUT_MS = 5000
BRIEF_STATUSES = ("draft", "published")
HIGHLIGHT = ("【", "】")
SNIPPET_CHARS = 80
ELLIPSIS = "…"
TITLE_WEIGHT = 5.0

SCHEMA_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sources (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    name_en       TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL,
    url           TEXT NOT NULL,
    authority     TEXT NOT NULL,
    link_selector TEXT,
    encoding      TEXT,
    enabled       INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    last_fetch_at TEXT,
    last_status   TEXT
);

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    brief_date  TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL DEFAULT 'running',
    counters    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX runs_brief_date ON runs (brief_date);

-- One row per distinct body of a url; `seen` orders the versions of one url (highest =
-- latest) and the body is the last column so metadata scans skip its overflow pages.
CREATE TABLE pages (
    id               INTEGER PRIMARY KEY,
    url              TEXT NOT NULL,
    final_url        TEXT NOT NULL,
    source_id        TEXT REFERENCES sources (id),
    status           INTEGER NOT NULL,
    content_type     TEXT,
    sha256           TEXT NOT NULL,
    etag             TEXT,
    last_modified    TEXT,
    link_title       TEXT,
    published_hint   TEXT,
    first_fetched_at TEXT NOT NULL,
    fetched_at       TEXT NOT NULL,
    seen             INTEGER NOT NULL,
    body             BLOB NOT NULL,
    UNIQUE (url, sha256)
);
CREATE INDEX pages_url_seen ON pages (url, seen);
CREATE INDEX pages_sha256 ON pages (sha256);

-- An explicit INTEGER PRIMARY KEY keeps rowids stable across VACUUM: articles_fts uses them.
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    source_id     TEXT REFERENCES sources (id),
    title         TEXT NOT NULL,
    text          TEXT NOT NULL,
    published     TEXT NOT NULL,
    publisher     TEXT NOT NULL,
    publisher_en  TEXT NOT NULL DEFAULT '',
    authority     TEXT NOT NULL,
    stated_source TEXT,
    sha256        TEXT NOT NULL DEFAULT '',
    first_seen    TEXT NOT NULL,
    updated       TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_source ON articles (source_id);

CREATE TABLE rejections (
    id         INTEGER PRIMARY KEY,
    brief_date TEXT NOT NULL,
    url        TEXT NOT NULL,
    stage      TEXT NOT NULL,
    reason     TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT '',
    source_id  TEXT NOT NULL DEFAULT '',
    run_id     INTEGER REFERENCES runs (id) ON DELETE SET NULL,
    first_seen TEXT NOT NULL,
    updated    TEXT NOT NULL,
    UNIQUE (brief_date, url, stage, reason)
);

CREATE TABLE storylines (
    brief_date   TEXT NOT NULL,
    story_id     TEXT NOT NULL,
    position     INTEGER NOT NULL,
    title        TEXT NOT NULL,
    score        REAL NOT NULL DEFAULT 0,
    included     INTEGER NOT NULL DEFAULT 1 CHECK (included IN (0, 1)),
    why          TEXT NOT NULL DEFAULT '',
    article_urls TEXT NOT NULL,
    original_url TEXT NOT NULL,
    topics       TEXT NOT NULL DEFAULT '[]',
    duplicates   TEXT NOT NULL DEFAULT '[]',
    facts        TEXT NOT NULL DEFAULT '[]',
    run_id       INTEGER REFERENCES runs (id) ON DELETE SET NULL,
    PRIMARY KEY (brief_date, story_id)
);

CREATE TABLE briefs (
    brief_date   TEXT NOT NULL,
    revision     INTEGER NOT NULL CHECK (revision >= 1),
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    json         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    published_at TEXT,
    note         TEXT NOT NULL DEFAULT '',
    run_id       INTEGER REFERENCES runs (id),
    PRIMARY KEY (brief_date, revision)
);

CREATE TRIGGER briefs_published_no_update BEFORE UPDATE ON briefs
WHEN OLD.status = 'published'
BEGIN
    SELECT RAISE(ABORT, 'published brief revisions are immutable');
END;

CREATE TRIGGER briefs_published_no_delete BEFORE DELETE ON briefs
WHEN OLD.status = 'published'
BEGIN
    SELECT RAISE(ABORT, 'published brief revisions are immutable');
END;

-- Full-text indexes over jieba-segmented text (see the module docstring).
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, tokenize = 'unicode61');
CREATE VIRTUAL TABLE briefs_fts USING fts5 (
    brief_date UNINDEXED, title, text, tokenize = 'unicode61'
);
"""

# The web workbench: accounts, server-side sessions and a log of analysts' actions.
SCHEMA_V2_WEB = """
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('editor', 'viewer')),
    created_at    TEXT NOT NULL
);

-- Only a hash of each session token is stored: a copied database opens no session.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE edits (
    id         INTEGER PRIMARY KEY,
    brief_date TEXT NOT NULL,
    at         TEXT NOT NULL,
    user_name  TEXT NOT NULL,
    action     TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT '',
    revision   INTEGER
);
CREATE INDEX edits_brief_date ON edits (brief_date, id);
"""

# Append new scripts, never edit a released one: version N = the first N scripts applied.
MIGRATIONS: tuple[str, ...] = (SCHEMA_V1, SCHEMA_V2_WEB)


class SearchHit(NamedTuple):
    """An article found by `Store.search_articles`; rank is FTS5 bm25 (lower is better)."""

    url: str
    title: str
    snippet: str
    rank: float


class BriefHit(NamedTuple):
    """A brief (its latest revision) found by `Store.search_briefs`."""

    brief_date: date
    title: str
    snippet: str
    rank: float


# --- Chinese segmentation -------------------------------------------------------------

def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def segment(text: str) -> list[str]:
    """Return jieba's search-mode words of text (sub-words included), without punctuation."""
    if not text or not text.strip():
        return []
    return [w.strip() for w in jieba_module().lcut_for_search(text) if _is_word(w)]


def _indexed(text: str) -> str:
    return " ".join(segment(text))


def _match_expression(terms: Sequence[str]) -> str:
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _query_terms(query: str) -> list[str]:
    return list(dict.fromkeys(segment(query)))


def make_snippet(
    text: str, terms: Sequence[str], mark: tuple[str, str] = HIGHLIGHT, width: int = SNIPPET_CHARS
) -> str:
    """Return about `width` characters of text around the most query terms, each hit marked."""
    flat = " ".join(text.split())
    if not terms:
        return flat[:width] + (ELLIPSIS if len(flat) > width else "")
    pattern = re.compile(
        "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True)), re.IGNORECASE
    )
    hits = list(pattern.finditer(flat))
    if not hits:
        return flat[:width] + (ELLIPSIS if len(flat) > width else "")
    lead = width // 4
    best_start, best_count = 0, -1
    for hit in hits:
        start = max(0, hit.start() - lead)
        count = len(
            {h.group().casefold() for h in hits if start <= h.start() and h.end() <= start + width}
        )
        if count > best_count:
            best_start, best_count = start, count
    end = min(len(flat), best_start + width)
    inside = [h for h in hits if h.end() > best_start and h.start() < end]
    start = min([best_start, *(h.start() for h in inside)])
    end = max([end, *(h.end() for h in inside)])
    out, pos = [], start
    for h in inside:
        out += [flat[pos : h.start()], mark[0], h.group(), mark[1]]
        pos = h.end()
    out.append(flat[pos:end])
    return (ELLIPSIS if start > 0 else "") + "".join(out) + (ELLIPSIS if end < len(flat) else "")


# --- Small conversions -----------------------------------------------------------------


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso_day(d: date) -> str:
    return date(d.year, d.month, d.day).isoformat()


def _opt_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _brief_json(brief: Mapping[str, Any] | Brief) -> str:
    data = brief_to_dict(brief) if isinstance(brief, Brief) else dict(brief)
    return json.dumps(data, ensure_ascii=False, indent=2)


def _brief_text(data: Mapping[str, Any]) -> tuple[str, str]:
    """Return (title, body) of a brief dict: the summary, section titles and paragraphs."""
    parts = [str(data.get("summary", ""))]
    for section in data.get("sections", ()):
        parts.append(str(section.get("title", "")))
        parts.extend(str(p) for p in section.get("paragraphs", ()))
    return str(data.get("title", "")), "\n".join(p for p in parts if p)


def _fact_to_dict(fact: Fact) -> dict[str, Any]:
    return {
        "kind": str(fact.kind),
        "text": fact.text,
        "sentence": fact.sentence,
        "article_url": fact.article_url,
        "value": fact.value,
        "unit": fact.unit,
        "day": fact.day.isoformat() if fact.day else None,
    }


def _fact_from_dict(data: Mapping[str, Any]) -> Fact:
    return Fact(
        kind=FactKind(data["kind"]),
        text=data["text"],
        sentence=data.get("sentence", ""),
        article_url=data.get("article_url", ""),
        value=data.get("value"),
        unit=data.get("unit"),
        day=_opt_date(data.get("day")),
    )


def _statements(script: str) -> list[str]:
    """Split an SQL script into complete statements (trigger bodies kept whole)."""
    statements, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements


def _user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _migrate(conn: sqlite3.Connection, path: str) -> None:
    """Apply the migrations the file has not seen yet, each in its own transaction."""
    target = len(MIGRATIONS)
    current = _user_version(conn)
    if current > target:
        raise StoreError(
            f"{path}: database schema version {current} is newer than this dailybrief "
            f"supports ({target}); upgrade dailybrief or use another database file"
        )
    for version in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if _user_version(conn) < version:  # another process may have just migrated
                for statement in _statements(MIGRATIONS[version - 1]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        log.info("%s: migrated database to schema version %d", path, version)


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


# --- The store -------------------------------------------------------------------------


class Store:
    """A connection to one dailybrief database; use `Store.open(path)`.

    Methods may be called from any thread, one call at a time (a lock serialises them).
    sqlite3 errors are raised as `errors.StoreError` naming the database path.
    """

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self._conn: sqlite3.Connection | None = conn
        self.path = path
        self._lock = threading.RLock()

    # -- opening and closing

    @classmethod
    def open(
        cls, path: str | os.PathLike[str] = DEFAULT_PATH, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> Store:
        """Open (creating or migrating) the database at path, in WAL mode with foreign keys on."""
        name = os.fspath(path)
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
            _migrate(conn, name)
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(f"{name}: cannot open database: {exc}{_open_hint(name)}") from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, name)

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

    def __enter__(self) -> Store:
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

    def _source_ref(self, conn: sqlite3.Connection, source_id: str, item: str) -> str | None:
        """Return source_id for a foreign-key column ('' → NULL), refusing unknown ids."""
        if not source_id:
            return None
        if conn.execute("SELECT 1 FROM sources WHERE id = ?", (source_id,)).fetchone() is None:
            raise StoreError(
                f"{self.path}: unknown source id {source_id!r} for {item}; "
                "upsert_sources() must store the sources first"
            )
        return source_id

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
            return _user_version(conn)

    def table_counts(self) -> dict[str, int]:
        """Return the number of rows in each table (for status lines and tests)."""
        tables = (
            "sources",
            "pages",
            "articles",
            "rejections",
            "storylines",
            "briefs",
            "runs",
            "meta",
        )
        with self._read("count rows") as conn:
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    # -- sources

    def upsert_sources(self, sources: Iterable[Source]) -> None:
        """Insert or update sources from sources.yaml, keeping their last fetch status."""
        rows = [
            (
                s.id,
                s.name,
                s.name_en,
                str(s.kind),
                s.url,
                str(s.authority),
                s.link_selector,
                s.encoding,
                int(s.enabled),
            )
            for s in sources
        ]
        with self._transaction("store sources") as conn:
            conn.executemany(
                "INSERT INTO sources (id, name, name_en, kind, url, authority, link_selector,"
                " encoding, enabled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_en = excluded.name_en,"
                " kind = excluded.kind, url = excluded.url, authority = excluded.authority,"
                " link_selector = excluded.link_selector, encoding = excluded.encoding,"
                " enabled = excluded.enabled",
                rows,
            )

    def sources(self) -> list[Source]:
        with self._read("read sources") as conn:
            rows = conn.execute(
                "SELECT id, name, name_en, kind, url, authority, link_selector, encoding, enabled"
                " FROM sources ORDER BY id"
            ).fetchall()
        return [
            Source(
                id=r[0],
                name=r[1],
                name_en=r[2],
                kind=SourceKind(r[3]),
                url=r[4],
                authority=Authority(r[5]),
                link_selector=r[6],
                encoding=r[7],
                enabled=bool(r[8]),
            )
            for r in rows
        ]

    def source_rows(self) -> list[dict[str, Any]]:
        """Return every source as a plain dict, with last_fetch_at and last_status."""
        with self._read("read sources") as conn:
            cur = conn.execute("SELECT * FROM sources ORDER BY id")
            names = [d[0] for d in cur.description]
            rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        for row in rows:
            row["enabled"] = bool(row["enabled"])
        return rows

    def mark_source(self, source_id: str, status: str, at: datetime | None = None) -> None:
        """Record the outcome of fetching a source (e.g. 'ok', 'http_error 404')."""
        when = (at or datetime.now(UTC)).isoformat(timespec="seconds")
        with self._transaction(f"update source {source_id!r}") as conn:
            cur = conn.execute(
                "UPDATE sources SET last_fetch_at = ?, last_status = ? WHERE id = ?",
                (when, status, source_id),
            )
        if cur.rowcount == 0:
            log.warning("%s: mark_source: unknown source id %r", self.path, source_id)

    # -- pages

    def save_page(self, page: Page) -> bool:
        """Store a fetched page; return True if its body is a new version of its url.

        Identical bytes for the same url add no row: the stored version takes the new fetch
        time, status and validators. A 304 (page.not_modified) only touches the latest version.
        """
        sha = hashlib.sha256(page.body).hexdigest()
        if not page.not_modified and page.sha256 and page.sha256.lower() != sha:
            raise ValueError(f"{page.url}: page.sha256 {page.sha256} is not the sha256 of its body")
        fetched_at = page.fetched_at.isoformat()
        with self._transaction(f"store page {page.url}") as conn:
            source_id = self._source_ref(conn, page.source_id, page.url)
            if page.not_modified:
                conn.execute(
                    "UPDATE pages SET fetched_at = ?, etag = coalesce(?, etag),"
                    " last_modified = coalesce(?, last_modified)"
                    " WHERE id = (SELECT id FROM pages WHERE url = ? ORDER BY seen DESC LIMIT 1)",
                    (fetched_at, page.etag, page.last_modified, page.url),
                )
                return False
            seen = conn.execute(
                "SELECT coalesce(max(seen), 0) + 1 FROM pages WHERE url = ?", (page.url,)
            ).fetchone()[0]
            existing = conn.execute(
                "SELECT id FROM pages WHERE url = ? AND sha256 = ?", (page.url, sha)
            ).fetchone()
            hint = page.published_hint.isoformat() if page.published_hint else None
            if existing is not None:
                conn.execute(
                    "UPDATE pages SET final_url = ?, source_id = ?, status = ?, content_type = ?,"
                    " etag = ?, last_modified = ?, link_title = coalesce(?, link_title),"
                    " published_hint = coalesce(?, published_hint), fetched_at = ?, seen = ?"
                    " WHERE id = ?",
                    (
                        page.final_url,
                        source_id,
                        page.status,
                        page.content_type,
                        page.etag,
                        page.last_modified,
                        page.link_title,
                        hint,
                        fetched_at,
                        seen,
                        existing[0],
                    ),
                )
                return False
            conn.execute(
                "INSERT INTO pages (url, final_url, source_id, status, content_type, sha256, etag,"
                " last_modified, link_title, published_hint, first_fetched_at, fetched_at, seen,"
                " body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    page.url,
                    page.final_url,
                    source_id,
                    page.status,
                    page.content_type,
                    sha,
                    page.etag,
                    page.last_modified,
                    page.link_title,
                    hint,
                    fetched_at,
                    fetched_at,
                    seen,
                    page.body,
                ),
            )
            return True

    _PAGE_COLUMNS = (
        "url, final_url, source_id, status, content_type, body, sha256, fetched_at, etag,"
        " last_modified, link_title, published_hint"
    )

    @staticmethod
    def _page(row: Sequence[Any]) -> Page:
        return Page(
            url=row[0],
            final_url=row[1],
            source_id=row[2] or "",
            status=row[3],
            content_type=row[4],
            body=bytes(row[5]),
            sha256=row[6],
            fetched_at=datetime.fromisoformat(row[7]),
            etag=row[8],
            last_modified=row[9],
            link_title=row[10],
            published_hint=_opt_date(row[11]),
        )

    def latest_page(self, url: str) -> Page | None:
        """Return the most recently fetched version of url."""
        with self._read(f"read page {url}") as conn:
            row = conn.execute(
                f"SELECT {self._PAGE_COLUMNS} FROM pages WHERE url = ? ORDER BY seen DESC LIMIT 1",
                (url,),
            ).fetchone()
        return None if row is None else self._page(row)

    def page_versions(self, url: str) -> list[Page]:
        """Return every stored version of url, oldest first."""
        with self._read(f"read pages {url}") as conn:
            rows = conn.execute(
                f"SELECT {self._PAGE_COLUMNS} FROM pages WHERE url = ? ORDER BY id", (url,)
            ).fetchall()
        return [self._page(r) for r in rows]

    def page_by_sha(self, sha256: str) -> Page | None:
        """Return the page whose body has this sha256 (the latest fetched if several urls)."""
        with self._read(f"read page {sha256}") as conn:
            row = conn.execute(
                f"SELECT {self._PAGE_COLUMNS} FROM pages WHERE sha256 = ?"
                " ORDER BY fetched_at DESC, id DESC LIMIT 1",
                (sha256.lower(),),
            ).fetchone()
        return None if row is None else self._page(row)

    def validators(self) -> dict[str, tuple[str | None, str | None]]:
        """Return url → (etag, last_modified) of each url's latest 2xx version that has one."""
        with self._read("read page validators") as conn:
            rows = conn.execute(
                "SELECT url, etag, last_modified FROM pages AS p"
                " WHERE seen = (SELECT max(seen) FROM pages WHERE url = p.url)"
                " AND status BETWEEN 200 AND 299"
                " AND (etag IS NOT NULL OR last_modified IS NOT NULL)"
            ).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    # -- articles

    def _upsert_article(self, conn: sqlite3.Connection, a: Article, now: str) -> bool:
        source_id = self._source_ref(conn, a.source_id, a.url)
        values = (
            source_id,
            a.title,
            a.text,
            _iso_day(a.published),
            a.publisher,
            a.publisher_en,
            str(a.authority),
            a.stated_source,
            a.sha256,
        )
        row = conn.execute(
            "SELECT id, source_id, title, text, published, publisher, publisher_en, authority,"
            " stated_source, sha256 FROM articles WHERE url = ?",
            (a.url,),
        ).fetchone()
        if row is not None and tuple(row[1:]) == values:
            return False
        if row is None:
            rowid = conn.execute(
                "INSERT INTO articles (url, source_id, title, text, published, publisher,"
                " publisher_en, authority, stated_source, sha256, first_seen, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (a.url, *values, now, now),
            ).lastrowid
        else:
            rowid = row[0]
            conn.execute(
                "UPDATE articles SET source_id = ?, title = ?, text = ?, published = ?,"
                " publisher = ?, publisher_en = ?, authority = ?, stated_source = ?, sha256 = ?,"
                " updated = ? WHERE id = ?",
                (*values, now, rowid),
            )
            if (row[2], row[3]) == (a.title, a.text):
                return True
            conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (rowid,))
        conn.execute(
            "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
            (rowid, _indexed(a.title), _indexed(a.text)),
        )
        return True

    def save_article(self, article: Article) -> bool:
        """Insert or update the article at its url; return True if anything changed."""
        with self._transaction(f"store article {article.url}") as conn:
            return self._upsert_article(conn, article, _now())

    def save_articles(self, articles: Iterable[Article]) -> int:
        """Upsert articles in one transaction; return how many were new or changed."""
        now = _now()
        with self._transaction("store articles") as conn:
            return sum(self._upsert_article(conn, a, now) for a in articles)

    _ARTICLE_COLUMNS = (
        "url, source_id, title, text, published, publisher, publisher_en, authority,"
        " stated_source, sha256"
    )

    @staticmethod
    def _article(row: Sequence[Any]) -> Article:
        return Article(
            url=row[0],
            source_id=row[1] or "",
            title=row[2],
            text=row[3],
            published=date.fromisoformat(row[4]),
            publisher=row[5],
            publisher_en=row[6],
            authority=Authority(row[7]),
            stated_source=row[8],
            sha256=row[9],
        )

    def article(self, url: str) -> Article | None:
        with self._read(f"read article {url}") as conn:
            row = conn.execute(
                f"SELECT {self._ARTICLE_COLUMNS} FROM articles WHERE url = ?", (url,)
            ).fetchone()
        return None if row is None else self._article(row)

    def articles(
        self, since: date | None = None, until: date | None = None, source_id: str | None = None
    ) -> list[Article]:
        """Return articles published in [since, until] (both optional), newest first."""
        clauses, params = [], []
        if since is not None:
            clauses.append("published >= ?")
            params.append(_iso_day(since))
        if until is not None:
            clauses.append("published <= ?")
            params.append(_iso_day(until))
        if source_id is not None:
            clauses.append("source_id = ?")
            params.append(source_id)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._read("read articles") as conn:
            rows = conn.execute(
                f"SELECT {self._ARTICLE_COLUMNS} FROM articles{where} ORDER BY published DESC, url",
                params,
            ).fetchall()
        return [self._article(r) for r in rows]

    # -- rejections

    def _upsert_rejection(
        self, conn: sqlite3.Connection, r: Rejection, day: str, run_id: int | None, now: str
    ) -> bool:
        key = (day, r.url, str(r.stage), str(r.reason))
        existing = conn.execute(
            "SELECT id FROM rejections WHERE brief_date = ? AND url = ? AND stage = ? AND reason = ?",
            key,
        ).fetchone()
        if existing is not None:
            conn.execute(
                "UPDATE rejections SET detail = ?, source_id = ?, run_id = ?, updated = ?"
                " WHERE id = ?",
                (r.detail, r.source_id, run_id, now, existing[0]),
            )
            return False
        conn.execute(
            "INSERT INTO rejections (brief_date, url, stage, reason, detail, source_id, run_id,"
            " first_seen, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*key, r.detail, r.source_id, run_id, now, now),
        )
        return True

    def save_rejection(
        self, rejection: Rejection, brief_date: date, run_id: int | None = None
    ) -> bool:
        """Record a rejection; return False if (url, stage, reason, day) was already there."""
        with self._transaction(f"store rejection {rejection.url}") as conn:
            return self._upsert_rejection(conn, rejection, _iso_day(brief_date), run_id, _now())

    def save_rejections(
        self, rejections: Iterable[Rejection], brief_date: date, run_id: int | None = None
    ) -> int:
        """Record rejections in one transaction; return how many were new."""
        day, now = _iso_day(brief_date), _now()
        with self._transaction("store rejections") as conn:
            return sum(self._upsert_rejection(conn, r, day, run_id, now) for r in rejections)

    def rejections_for(self, brief_date: date, run_id: int | None = None) -> list[Rejection]:
        """Return the day's rejections (only those last seen by run_id, if given)."""
        sql = "SELECT url, stage, reason, detail, source_id FROM rejections WHERE brief_date = ?"
        params: list[Any] = [_iso_day(brief_date)]
        if run_id is not None:
            sql += " AND run_id = ?"
            params.append(run_id)
        with self._read("read rejections") as conn:
            rows = conn.execute(sql + " ORDER BY stage, reason, url", params).fetchall()
        return [
            Rejection(url=r[0], stage=Stage(r[1]), reason=Reason(r[2]), detail=r[3], source_id=r[4])
            for r in rows
        ]

    def rejection_counts(self, brief_date: date) -> dict[str, int]:
        """Return reason → number of rejections for the day, most frequent first."""
        with self._read("count rejections") as conn:
            rows = conn.execute(
                "SELECT reason, count(*) AS n FROM rejections WHERE brief_date = ?"
                " GROUP BY reason ORDER BY n DESC, reason",
                (_iso_day(brief_date),),
            ).fetchall()
        return {r[0]: r[1] for r in rows}

    # -- storylines

    def save_storylines(
        self, brief_date: date, stories: Sequence[Story], run_id: int | None = None
    ) -> None:
        """Replace the day's storylines with stories (in order), upserting their articles."""
        day, now = _iso_day(brief_date), _now()
        with self._transaction(f"store storylines of {day}") as conn:
            conn.execute("DELETE FROM storylines WHERE brief_date = ?", (day,))
            for position, story in enumerate(stories):
                for a in story.articles:
                    self._upsert_article(conn, a, now)
                urls = [story.original_url]
                urls += [a.url for a in story.articles if a.url != story.original_url]
                conn.execute(
                    "INSERT INTO storylines (brief_date, story_id, position, title, score,"
                    " included, why, article_urls, original_url, topics, duplicates, facts, run_id)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        day,
                        story.id,
                        position,
                        story.title,
                        float(story.score),
                        int(story.included),
                        story.why,
                        json.dumps(urls, ensure_ascii=False),
                        story.original_url,
                        json.dumps(list(story.topics), ensure_ascii=False),
                        json.dumps([list(d) for d in story.duplicates], ensure_ascii=False),
                        json.dumps([_fact_to_dict(f) for f in story.facts], ensure_ascii=False),
                        run_id,
                    ),
                )

    def storylines(self, brief_date: date) -> list[dict[str, Any]]:
        """Return the day's storylines as plain dicts, in saved order (JSON fields decoded)."""
        with self._read("read storylines") as conn:
            cur = conn.execute(
                "SELECT * FROM storylines WHERE brief_date = ? ORDER BY position",
                (_iso_day(brief_date),),
            )
            names = [d[0] for d in cur.description]
            rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        for row in rows:
            row["included"] = bool(row["included"])
            for key in ("article_urls", "topics", "duplicates", "facts"):
                row[key] = json.loads(row[key])
        return rows

    def stories(self, brief_date: date) -> list[Story]:
        """Return the day's storylines as Story values rebuilt from the stored articles."""
        result = []
        for row in self.storylines(brief_date):
            found = {url: self.article(url) for url in row["article_urls"]}
            missing = [url for url, a in found.items() if a is None]
            if row["original_url"] in missing:
                log.warning(
                    "%s: story %s: original %s is not stored; skipped",
                    self.path,
                    row["story_id"],
                    row["original_url"],
                )
                continue
            if missing:
                log.warning(
                    "%s: story %s: articles not stored: %s",
                    self.path,
                    row["story_id"],
                    ", ".join(missing),
                )
            result.append(
                Story(
                    id=row["story_id"],
                    title=row["title"],
                    articles=tuple(a for a in found.values() if a is not None),
                    original_url=row["original_url"],
                    score=row["score"],
                    topics=tuple(row["topics"]),
                    facts=tuple(_fact_from_dict(f) for f in row["facts"]),
                    duplicates=tuple((d[0], d[1]) for d in row["duplicates"]),
                    why=row["why"],
                    included=row["included"],
                )
            )
        return result

    # -- briefs

    def _index_brief(self, conn: sqlite3.Connection, day: str, data: Mapping[str, Any]) -> None:
        title, body = _brief_text(data)
        conn.execute("DELETE FROM briefs_fts WHERE brief_date = ?", (day,))
        conn.execute(
            "INSERT INTO briefs_fts (brief_date, title, text) VALUES (?, ?, ?)",
            (day, _indexed(title), _indexed(body)),
        )

    def save_brief(
        self,
        brief_date: date,
        brief: Mapping[str, Any] | Brief,
        status: str = "draft",
        note: str = "",
        run_id: int | None = None,
    ) -> int:
        """Store brief.json for the day; return its revision number.

        A new revision is added only if the JSON differs from the latest one; saving the
        same JSON as 'published' publishes a latest draft in place. Published revisions
        are never changed: different JSON always becomes a new revision.
        """
        if status not in BRIEF_STATUSES:
            raise ValueError(f"brief status must be one of {BRIEF_STATUSES}, not {status!r}")
        text = _brief_json(brief)
        data = json.loads(text)
        day = _iso_day(brief_date)
        if data.get("date", day) != day:
            raise ValueError(f"brief dated {data.get('date')} saved under {day}")
        now = _now()
        with self._transaction(f"store brief {day}") as conn:
            latest = conn.execute(
                "SELECT revision, status, json FROM briefs WHERE brief_date = ?"
                " ORDER BY revision DESC LIMIT 1",
                (day,),
            ).fetchone()
            if latest is not None and json.loads(latest[2]) == data:
                if status == "published" and latest[1] == "draft":
                    conn.execute(
                        "UPDATE briefs SET status = 'published', published_at = ?,"
                        " note = CASE WHEN ? = '' THEN note ELSE ? END"
                        " WHERE brief_date = ? AND revision = ?",
                        (now, note, note, day, latest[0]),
                    )
                return int(latest[0])
            revision = (latest[0] if latest is not None else 0) + 1
            conn.execute(
                "INSERT INTO briefs (brief_date, revision, status, json, created_at, published_at,"
                " note, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    day,
                    revision,
                    status,
                    text,
                    now,
                    now if status == "published" else None,
                    note,
                    run_id,
                ),
            )
            self._index_brief(conn, day, data)
            return revision

    def publish_brief(self, brief_date: date, revision: int | None = None) -> int:
        """Mark a revision (default: the latest) published; return its number."""
        day = _iso_day(brief_date)
        with self._transaction(f"publish brief {day}") as conn:
            if revision is None:
                row = conn.execute(
                    "SELECT max(revision) FROM briefs WHERE brief_date = ?", (day,)
                ).fetchone()
                revision = row[0]
            row = conn.execute(
                "SELECT status FROM briefs WHERE brief_date = ? AND revision = ?", (day, revision)
            ).fetchone()
            if row is None:
                raise StoreError(f"{self.path}: no brief {day} revision {revision} to publish")
            if row[0] != "published":
                conn.execute(
                    "UPDATE briefs SET status = 'published', published_at = ?"
                    " WHERE brief_date = ? AND revision = ?",
                    (_now(), day, revision),
                )
            return int(revision)

    _BRIEF_COLUMNS = "brief_date, revision, status, json, created_at, published_at, note, run_id"

    @staticmethod
    def _brief_record(row: Sequence[Any]) -> dict[str, Any]:
        return {
            "brief_date": row[0],
            "revision": row[1],
            "status": row[2],
            "json": row[3],
            "brief": json.loads(row[3]),
            "created_at": row[4],
            "published_at": row[5],
            "note": row[6],
            "run_id": row[7],
        }

    def latest_brief(self, brief_date: date) -> dict[str, Any] | None:
        """Return the latest revision of the day's brief as a record dict (see brief_revisions)."""
        with self._read("read brief") as conn:
            row = conn.execute(
                f"SELECT {self._BRIEF_COLUMNS} FROM briefs WHERE brief_date = ?"
                " ORDER BY revision DESC LIMIT 1",
                (_iso_day(brief_date),),
            ).fetchone()
        return None if row is None else self._brief_record(row)

    def brief_revision(self, brief_date: date, revision: int) -> dict[str, Any] | None:
        with self._read("read brief") as conn:
            row = conn.execute(
                f"SELECT {self._BRIEF_COLUMNS} FROM briefs WHERE brief_date = ? AND revision = ?",
                (_iso_day(brief_date), revision),
            ).fetchone()
        return None if row is None else self._brief_record(row)

    def brief_revisions(self, brief_date: date) -> list[dict[str, Any]]:
        """Return every revision of the day's brief, oldest first.

        Each record: brief_date (ISO), revision, status, json (text), brief (parsed),
        created_at, published_at, note, run_id.
        """
        with self._read("read briefs") as conn:
            rows = conn.execute(
                f"SELECT {self._BRIEF_COLUMNS} FROM briefs WHERE brief_date = ? ORDER BY revision",
                (_iso_day(brief_date),),
            ).fetchall()
        return [self._brief_record(r) for r in rows]

    def brief_dates(self) -> list[date]:
        """Return the days that have a brief, newest first."""
        with self._read("read brief dates") as conn:
            rows = conn.execute(
                "SELECT DISTINCT brief_date FROM briefs ORDER BY brief_date DESC"
            ).fetchall()
        return [date.fromisoformat(r[0]) for r in rows]

    # -- runs

    def start_run(self, brief_date: date) -> int:
        with self._transaction("start run") as conn:
            cur = conn.execute(
                "INSERT INTO runs (brief_date, started_at) VALUES (?, ?)",
                (_iso_day(brief_date), _now()),
            )
            return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, counts: Mapping[str, Any], status: str = "ok") -> None:
        """Record the end of a run with its counters (e.g. RunStats.counts) and status."""
        counters = json.dumps(dict(counts), ensure_ascii=False, sort_keys=True, default=str)
        with self._transaction(f"finish run {run_id}") as conn:
            cur = conn.execute(
                "UPDATE runs SET finished_at = ?, status = ?, counters = ? WHERE id = ?",
                (_now(), status, counters, run_id),
            )
            if cur.rowcount == 0:
                raise StoreError(f"{self.path}: no run {run_id} to finish")

    @staticmethod
    def _run_record(row: Sequence[Any]) -> dict[str, Any]:
        return {
            "id": row[0],
            "brief_date": row[1],
            "started_at": row[2],
            "finished_at": row[3],
            "status": row[4],
            "counters": json.loads(row[5]),
        }

    def run(self, run_id: int) -> dict[str, Any] | None:
        with self._read(f"read run {run_id}") as conn:
            row = conn.execute(
                "SELECT id, brief_date, started_at, finished_at, status, counters FROM runs"
                " WHERE id = ?",
                (run_id,),
            ).fetchone()
        return None if row is None else self._run_record(row)

    def runs(self, brief_date: date | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Return the latest runs (of one day, if given), newest first."""
        where, params = "", []
        if brief_date is not None:
            where, params = " WHERE brief_date = ?", [_iso_day(brief_date)]
        with self._read("read runs") as conn:
            rows = conn.execute(
                "SELECT id, brief_date, started_at, finished_at, status, counters FROM runs"
                f"{where} ORDER BY id DESC LIMIT ?",
                [*params, limit],
            ).fetchall()
        return [self._run_record(r) for r in rows]

    # -- web workbench: users, sessions, the edit log, per-source counts

    def save_user(self, name: str, password_hash: str, role: str, *, replace: bool = False) -> int:
        """Add a user (or, with replace, reset an existing one's password and role); return its id."""
        with self._transaction(f"store user {name!r}") as conn:
            row = conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()
            if row is not None and not replace:
                raise StoreError(f"{self.path}: user {name!r} already exists")
            if row is not None:
                conn.execute(
                    "UPDATE users SET password_hash = ?, role = ? WHERE id = ?",
                    (password_hash, role, row[0]),
                )
                conn.execute("DELETE FROM sessions WHERE user_id = ?", (row[0],))
                return int(row[0])
            cur = conn.execute(
                "INSERT INTO users (name, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
                (name, password_hash, role, _now()),
            )
            return int(cur.lastrowid or 0)

    def user(self, name: str) -> dict[str, Any] | None:
        """Return the user as {id, name, password_hash, role, created_at}, or None."""
        with self._read(f"read user {name!r}") as conn:
            row = conn.execute(
                "SELECT id, name, password_hash, role, created_at FROM users WHERE name = ?",
                (name,),
            ).fetchone()
        if row is None:
            return None
        return dict(zip(("id", "name", "password_hash", "role", "created_at"), row, strict=True))

    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        """Store a re-computed hash (argon2 parameters changed) for the same password."""
        with self._transaction("update a password hash") as conn:
            conn.execute("UPDATE users SET password_hash = ? WHERE id = ?", (password_hash, user_id))

    def create_session(self, token_hash: str, user_id: int, expires_at: datetime) -> None:
        now = _now()
        with self._transaction("create a session") as conn:
            conn.execute("DELETE FROM sessions WHERE expires_at < ?", (now,))
            conn.execute(
                "INSERT INTO sessions (token_hash, user_id, created_at, expires_at)"
                " VALUES (?, ?, ?, ?)",
                (token_hash, user_id, now, expires_at.isoformat(timespec="seconds")),
            )

    def session_user(self, token_hash: str) -> dict[str, Any] | None:
        """Return {id, name, role} of the unexpired session's user, or None."""
        with self._read("read a session") as conn:
            row = conn.execute(
                "SELECT u.id, u.name, u.role FROM sessions AS s JOIN users AS u ON u.id = s.user_id"
                " WHERE s.token_hash = ? AND s.expires_at >= ?",
                (token_hash, _now()),
            ).fetchone()
        return None if row is None else {"id": row[0], "name": row[1], "role": row[2]}

    def delete_session(self, token_hash: str) -> None:
        with self._transaction("end a session") as conn:
            conn.execute("DELETE FROM sessions WHERE token_hash = ?", (token_hash,))

    def log_edit(
        self, brief_date: date, user_name: str, action: str, detail: str = "",
        revision: int | None = None,
    ) -> None:
        """Record what an analyst did to the day's storylines or brief."""
        with self._transaction("log an edit") as conn:
            conn.execute(
                "INSERT INTO edits (brief_date, at, user_name, action, detail, revision)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (_iso_day(brief_date), _now(), user_name, action, detail, revision),
            )

    def edits(self, brief_date: date, limit: int = 200) -> list[dict[str, Any]]:
        """Return the day's logged edits, newest first."""
        with self._read("read edits") as conn:
            rows = conn.execute(
                "SELECT at, user_name, action, detail, revision FROM edits WHERE brief_date = ?"
                " ORDER BY id DESC LIMIT ?",
                (_iso_day(brief_date), limit),
            ).fetchall()
        keys = ("at", "user_name", "action", "detail", "revision")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def brief_overview(self) -> list[dict[str, Any]]:
        """Return per day, newest first: brief_date, revisions, latest revision and its status,
        and the latest published revision (or None), without parsing any brief."""
        with self._read("read the brief overview") as conn:
            rows = conn.execute(
                "SELECT b.brief_date, count(*), max(b.revision),"
                " max(CASE WHEN b.status = 'published' THEN b.revision END),"
                " (SELECT status FROM briefs WHERE brief_date = b.brief_date"
                "  ORDER BY revision DESC LIMIT 1)"
                " FROM briefs AS b GROUP BY b.brief_date ORDER BY b.brief_date DESC"
            ).fetchall()
        keys = ("brief_date", "revisions", "latest", "published", "status")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def source_counts(self) -> dict[str, dict[str, Any]]:
        """Return source id → {pages, last_fetched, articles, rejections: {reason: n}} over all days."""
        out: dict[str, dict[str, Any]] = {}

        def entry(source_id: str) -> dict[str, Any]:
            return out.setdefault(
                source_id, {"pages": 0, "last_fetched": None, "articles": 0, "rejections": {}}
            )

        with self._read("count pages per source") as conn:
            for sid, n, last in conn.execute(
                "SELECT source_id, count(DISTINCT url), max(fetched_at) FROM pages GROUP BY source_id"
            ):
                entry(sid or "").update(pages=n, last_fetched=last)
            for sid, n in conn.execute("SELECT source_id, count(*) FROM articles GROUP BY source_id"):
                entry(sid or "")["articles"] = n
            for sid, reason, n in conn.execute(
                "SELECT source_id, reason, count(*) AS n FROM rejections"
                " GROUP BY source_id, reason ORDER BY n DESC, reason"
            ):
                entry(sid or "")["rejections"][reason] = n
        return out

    # -- search

    def search_articles(
        self, query: str, limit: int = 20, *, mark: tuple[str, str] = HIGHLIGHT
    ) -> list[SearchHit]:
        """Return articles whose title or text has every word of query, best first.

        The snippet is plain text with each hit wrapped in mark (a web page can pass
        private-use characters, HTML-escape, then swap them for <mark> tags).
        """
        terms = _query_terms(query)
        if not terms:
            return []
        with self._read(f"search articles for {query!r}") as conn:
            rows = conn.execute(
                f"SELECT a.url, a.title, a.text, bm25(articles_fts, {TITLE_WEIGHT}, 1.0) AS r"
                " FROM articles_fts JOIN articles AS a ON a.id = articles_fts.rowid"
                " WHERE articles_fts MATCH ? ORDER BY r LIMIT ?",
                (_match_expression(terms), limit),
            ).fetchall()
        return [SearchHit(r[0], r[1], make_snippet(r[2], terms, mark), r[3]) for r in rows]

    def search_briefs(
        self, query: str, limit: int = 20, *, mark: tuple[str, str] = HIGHLIGHT
    ) -> list[BriefHit]:
        """Return days whose latest brief revision has every word of query, best first."""
        terms = _query_terms(query)
        if not terms:
            return []
        with self._read(f"search briefs for {query!r}") as conn:
            rows = conn.execute(
                f"SELECT f.brief_date, b.json, bm25(briefs_fts, 0.0, {TITLE_WEIGHT}, 1.0) AS r"
                " FROM briefs_fts AS f JOIN briefs AS b ON b.brief_date = f.brief_date"
                " AND b.revision = (SELECT max(revision) FROM briefs WHERE brief_date = f.brief_date)"
                " WHERE briefs_fts MATCH ? ORDER BY r LIMIT ?",
                (_match_expression(terms), limit),
            ).fetchall()
        hits = []
        for day, text, rank in rows:
            title, body = _brief_text(json.loads(text))
            hits.append(
                BriefHit(date.fromisoformat(day), title, make_snippet(body, terms, mark), rank)
            )
        return hits

    def rebuild_search_index(self) -> None:
        """Re-segment every article and latest brief into the full-text indexes."""
        with self._transaction("rebuild the search index") as conn:
            conn.execute("DELETE FROM articles_fts")
            for rowid, title, text in conn.execute(
                "SELECT id, title, text FROM articles"
            ).fetchall():
                conn.execute(
                    "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                    (rowid, _indexed(title), _indexed(text)),
                )
            conn.execute("DELETE FROM briefs_fts")
            latest = conn.execute(
                "SELECT brief_date, json FROM briefs AS b"
                " WHERE revision = (SELECT max(revision) FROM briefs WHERE brief_date = b.brief_date)"
            ).fetchall()
            for day, text in latest:
                self._index_brief(conn, day, json.loads(text))
