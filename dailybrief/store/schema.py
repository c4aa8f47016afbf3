"""The database schema as ordered migration scripts, and the runner that applies them.

``PRAGMA user_version`` records how many scripts have run, so opening an older file
upgrades it and a newer one is refused. The full-text tables index jieba-segmented text
(see `search`), which is why they use the unicode61 tokenizer.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence

from ..errors import StoreError

log = logging.getLogger(__name__)

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

# Where a source came from: 'operator' (a sources.yaml file) or 'workbench' (added by an
# editor, so its fetches are guarded: see collect.guard).
SCHEMA_V3_SOURCE_ORIGIN = """
ALTER TABLE sources ADD COLUMN origin TEXT NOT NULL DEFAULT 'operator';
"""

# Runs by the clock: each source's outcome per run (alarms, the Sources page's history) and
# every delivery attempt of a brief or an alarm. A channel is recorded by its service and a
# redacted address: the secret in a channel's URL never reaches the database.
SCHEMA_V4_MONITOR = """
CREATE TABLE source_outcomes (
    id         INTEGER PRIMARY KEY,
    run_id     INTEGER REFERENCES runs (id) ON DELETE CASCADE,
    source_id  TEXT NOT NULL,
    brief_date TEXT NOT NULL,
    at         TEXT NOT NULL,
    outcome    TEXT NOT NULL CHECK (outcome IN ('ok', 'empty', 'failed')),
    pages      INTEGER NOT NULL DEFAULT 0,
    reason     TEXT NOT NULL DEFAULT '',
    detail     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX source_outcomes_source ON source_outcomes (source_id, id);

CREATE TABLE deliveries (
    id         INTEGER PRIMARY KEY,
    brief_date TEXT NOT NULL,
    revision   INTEGER,
    kind       TEXT NOT NULL DEFAULT 'brief' CHECK (kind IN ('brief', 'alarm')),
    channel    TEXT NOT NULL,
    at         TEXT NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 1,
    status     TEXT NOT NULL CHECK (status IN ('sent', 'failed')),
    detail     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX deliveries_brief_date ON deliveries (brief_date, id);
"""

# Day after day: storyline threads, what each brief covered, the analyst's actions, figures.
SCHEMA_V5_HISTORY = """
-- Storylines across days: the thread (identity across days) of each day's storyline and
-- its novelty, the keys that identify a thread (page paths, text hashes, documents,
-- figures), and the day each page was first seen in a storyline.
CREATE TABLE thread_days (
    brief_date TEXT NOT NULL,
    story_id   TEXT NOT NULL,
    thread_id  TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'new',
    novelty    TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (brief_date, story_id)
);
CREATE INDEX thread_days_thread ON thread_days (thread_id, brief_date);

CREATE TABLE thread_keys (
    key       TEXT NOT NULL,
    thread_id TEXT NOT NULL,
    first_day TEXT NOT NULL,
    PRIMARY KEY (key, thread_id)
);

CREATE TABLE thread_pages (
    page_key  TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL,
    url       TEXT NOT NULL,
    first_day TEXT NOT NULL
);

-- Which threads each day's brief covered and the facts it stated: the published revision
-- of the day, else its latest one (`revision`/`rev_status` say which was read).
CREATE TABLE brief_coverage (
    brief_date TEXT NOT NULL,
    thread_id  TEXT NOT NULL,
    story_id   TEXT NOT NULL,
    revision   INTEGER NOT NULL,
    rev_status TEXT NOT NULL,
    facts      TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (brief_date, thread_id)
);

-- The analyst's storyline actions in the workbench, replayed on every re-run of the day.
CREATE TABLE storyline_actions (
    id         INTEGER PRIMARY KEY,
    brief_date TEXT NOT NULL,
    action     TEXT NOT NULL,
    story_id   TEXT NOT NULL,
    arg        TEXT NOT NULL DEFAULT '',
    at         TEXT NOT NULL
);
CREATE INDEX storyline_actions_day ON storyline_actions (brief_date, id);

-- Tracked figures: one row per (indicator, unit, page, literal).
CREATE TABLE figure_series (
    indicator  TEXT NOT NULL,
    unit       TEXT NOT NULL,
    value      REAL NOT NULL,
    text       TEXT NOT NULL,
    published  TEXT NOT NULL,
    url        TEXT NOT NULL,
    thread_id  TEXT NOT NULL,
    brief_date TEXT NOT NULL,
    PRIMARY KEY (indicator, unit, url, text)
);
CREATE INDEX figure_series_thread ON figure_series (thread_id);
"""

# Append new scripts, never edit a released one: version N = the first N scripts applied.
MIGRATIONS: tuple[str, ...] = (SCHEMA_V1, SCHEMA_V2_WEB, SCHEMA_V3_SOURCE_ORIGIN,
                               SCHEMA_V4_MONITOR, SCHEMA_V5_HISTORY)


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


def user_version(conn: sqlite3.Connection) -> int:
    """Return how many migration scripts the open database has applied."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: str, migrations: Sequence[str] = MIGRATIONS) -> None:
    """Apply the migrations the file has not seen yet, each in its own transaction."""
    target = len(migrations)
    current = user_version(conn)
    if current > target:
        raise StoreError(
            f"{path}: database schema version {current} is newer than this dailybrief "
            f"supports ({target}); upgrade dailybrief or use another database file"
        )
    for version in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if user_version(conn) < version:  # another process may have just migrated
                for statement in _statements(migrations[version - 1]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        log.info("%s: migrated database to schema version %d", path, version)
