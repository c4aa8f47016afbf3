"""What crawling and extraction leave behind: sources, page versions, articles, rejections."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any

from ..errors import StoreError
from ..models import Article, Authority, Page, Reason, Rejection, Source, SourceKind, Stage
from .connection import StoreBase, iso_day, now_iso, opt_date
from .dialect import Connection
from .search import index_article

log = logging.getLogger(__name__)

PAGE_COLUMNS = (
    "url, final_url, source_id, status, content_type, body, sha256, fetched_at, etag,"
    " last_modified, link_title, published_hint"
)
ARTICLE_COLUMNS = (
    "url, source_id, title, text, published, publisher, publisher_en, authority,"
    " stated_source, sha256, doc_number, attached_to"
)


def _source_ref(conn: Connection, path: str, source_id: str, item: str) -> str | None:
    """Return source_id for a foreign-key column ('' → NULL), refusing unknown ids."""
    if not source_id:
        return None
    if conn.execute("SELECT 1 FROM sources WHERE id = ?", (source_id,)).fetchone() is None:
        raise StoreError(
            f"{path}: unknown source id {source_id!r} for {item}; "
            "upsert_sources() must store the sources first"
        )
    return source_id


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
        published_hint=opt_date(row[11]),
    )


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
        doc_number=row[10] or "",
        attached_to=row[11] or "",
    )


def select_article(conn: Connection, url: str) -> Article | None:
    """Return the stored article at url, or None."""
    row = conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE url = ?", (url,)).fetchone()
    return None if row is None else _article(row)


def upsert_article(conn: Connection, path: str, a: Article, now: str) -> bool:
    """Insert or update the article at its url (and its search entry); True if it changed."""
    source_id = _source_ref(conn, path, a.source_id, a.url)
    values = (
        source_id,
        a.title,
        a.text,
        iso_day(a.published),
        a.publisher,
        a.publisher_en,
        str(a.authority),
        a.stated_source,
        a.sha256,
        a.doc_number,
        a.attached_to,
    )
    row = conn.execute(
        "SELECT id, source_id, title, text, published, publisher, publisher_en, authority,"
        " stated_source, sha256, doc_number, attached_to FROM articles WHERE url = ?",
        (a.url,),
    ).fetchone()
    if row is not None and tuple(row[1:]) == values:
        return False
    if row is None:
        rowid = conn.execute(
            "INSERT INTO articles (url, source_id, title, text, published, publisher,"
            " publisher_en, authority, stated_source, sha256, doc_number, attached_to, first_seen, updated)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.url, *values, now, now),
        ).lastrowid
    else:
        rowid = row[0]
        conn.execute(
            "UPDATE articles SET source_id = ?, title = ?, text = ?, published = ?,"
            " publisher = ?, publisher_en = ?, authority = ?, stated_source = ?, sha256 = ?,"
            " doc_number = ?, attached_to = ?, updated = ? WHERE id = ?",
            (*values, now, rowid),
        )
        if (row[2], row[3]) == (a.title, a.text):
            return True
        conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (rowid,))
    index_article(conn, rowid, a.title, a.text, a.words, a.index_entry)
    return True


def _upsert_rejection(
    conn: Connection, r: Rejection, day: str, run_id: int | None, now: str
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


def _store_page(conn: Connection, path: str, page: Page) -> bool:
    """Store one page version in an open transaction (see `PagesMixin.save_page`)."""
    sha = hashlib.sha256(page.body).hexdigest()
    if not page.not_modified and page.sha256 and page.sha256.lower() != sha:
        raise ValueError(f"{page.url}: page.sha256 {page.sha256} is not the sha256 of its body")
    fetched_at = page.fetched_at.isoformat()
    source_id = _source_ref(conn, path, page.source_id, page.url)
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



class PagesMixin(StoreBase):
    """The sources, pages, articles and rejections tables."""

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
                s.origin,
            )
            for s in sources
        ]
        with self._transaction("store sources") as conn:
            conn.executemany(
                "INSERT INTO sources (id, name, name_en, kind, url, authority, link_selector,"
                " encoding, enabled, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_en = excluded.name_en,"
                " kind = excluded.kind, url = excluded.url, authority = excluded.authority,"
                " link_selector = excluded.link_selector, encoding = excluded.encoding,"
                " enabled = excluded.enabled, origin = excluded.origin",
                rows,
            )

    def sources(self) -> list[Source]:
        with self._read("read sources") as conn:
            rows = conn.execute(
                "SELECT id, name, name_en, kind, url, authority, link_selector, encoding, enabled,"
                " origin FROM sources ORDER BY id"
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
                origin=r[9],
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

    # -- pages

    def save_page(self, page: Page) -> bool:
        """Store a fetched page; return True if its body is a new version of its url.

        Identical bytes for the same url add no row: the stored version takes the new fetch
        time, status and validators. A 304 (page.not_modified) only touches the latest version.
        """
        with self._transaction(f"store page {page.url}") as conn:
            return _store_page(conn, self.path, page)

    def save_pages(self, pages: Sequence[Page]) -> list[bool]:
        """Store fetched pages in one transaction; return for each whether it is a new version."""
        with self._transaction(f"store {len(pages)} pages") as conn:
            return [_store_page(conn, self.path, page) for page in pages]

    def latest_shas(self, urls: Iterable[str]) -> dict[str, str]:
        """Return url → sha256 of its latest stored version, for the urls that have one."""
        out: dict[str, str] = {}
        with self._read("read page hashes") as conn:
            for chunk, marks in _url_chunks(urls):
                for url, sha, _seen in conn.execute(
                    f"SELECT url, sha256, seen FROM pages WHERE url IN ({marks}) ORDER BY seen", chunk
                ).fetchall():
                    out[url] = sha
        return out

    def articles_at(self, urls: Iterable[str]) -> dict[str, Article]:
        """Return url → stored article for the urls that have one."""
        out: dict[str, Article] = {}
        with self._read("read articles") as conn:
            for chunk, marks in _url_chunks(urls):
                for row in conn.execute(
                    f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE url IN ({marks})", chunk
                ).fetchall():
                    article = _article(row)
                    out[article.url] = article
        return out

    def latest_page(self, url: str) -> Page | None:
        """Return the most recently fetched version of url."""
        with self._read(f"read page {url}") as conn:
            row = conn.execute(
                f"SELECT {PAGE_COLUMNS} FROM pages WHERE url = ? ORDER BY seen DESC LIMIT 1",
                (url,),
            ).fetchone()
        return None if row is None else _page(row)

    def page_versions(self, url: str) -> list[Page]:
        """Return every stored version of url, oldest first."""
        with self._read(f"read pages {url}") as conn:
            rows = conn.execute(
                f"SELECT {PAGE_COLUMNS} FROM pages WHERE url = ? ORDER BY id", (url,)
            ).fetchall()
        return [_page(r) for r in rows]

    def page_by_sha(self, sha256: str) -> Page | None:
        """Return the page whose body has this sha256 (the latest fetched if several urls)."""
        with self._read(f"read page {sha256}") as conn:
            row = conn.execute(
                f"SELECT {PAGE_COLUMNS} FROM pages WHERE sha256 = ?"
                " ORDER BY fetched_at DESC, id DESC LIMIT 1",
                (sha256.lower(),),
            ).fetchone()
        return None if row is None else _page(row)

    def validators(self, urls: Iterable[str] | None = None) -> dict[str, tuple[str | None, str | None]]:
        """Return url → (etag, last_modified) of each url's latest 2xx version that has one
        (of the given urls only, if any are given)."""
        query = ("SELECT url, etag, last_modified FROM pages AS p"
                 " WHERE seen = (SELECT max(seen) FROM pages WHERE url = p.url)"
                 " AND status BETWEEN 200 AND 299"
                 " AND (etag IS NOT NULL OR last_modified IS NOT NULL)")
        with self._read("read page validators") as conn:
            if urls is None:
                rows = conn.execute(query).fetchall()
            else:
                wanted, rows = list(dict.fromkeys(urls)), []
                for start in range(0, len(wanted), 500):
                    chunk = wanted[start:start + 500]
                    marks = ", ".join("?" * len(chunk))
                    rows.extend(conn.execute(f"{query} AND url IN ({marks})", chunk).fetchall())
        return {r[0]: (r[1], r[2]) for r in rows}

    def fetch_times(self) -> dict[str, datetime]:
        """Return url → when its latest 2xx version was last fetched (a 304 counts as a fetch)."""
        with self._read("read page fetch times") as conn:
            rows = conn.execute(
                "SELECT url, fetched_at FROM pages AS p"
                " WHERE seen = (SELECT max(seen) FROM pages WHERE url = p.url)"
                " AND status BETWEEN 200 AND 299"
            ).fetchall()
        out: dict[str, datetime] = {}
        for url, fetched_at in rows:
            when = datetime.fromisoformat(fetched_at)
            out[url] = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
        return out

    # -- articles

    def save_article(self, article: Article) -> bool:
        """Insert or update the article at its url; return True if anything changed."""
        with self._transaction(f"store article {article.url}") as conn:
            return upsert_article(conn, self.path, article, now_iso())

    def save_articles(self, articles: Iterable[Article]) -> int:
        """Upsert articles in one transaction; return how many were new or changed."""
        now = now_iso()
        with self._transaction("store articles") as conn:
            return sum(upsert_article(conn, self.path, a, now) for a in articles)

    def article(self, url: str) -> Article | None:
        with self._read(f"read article {url}") as conn:
            return select_article(conn, url)

    def articles(
        self, since: date | None = None, until: date | None = None, source_id: str | None = None
    ) -> list[Article]:
        """Return articles published in [since, until] (both optional), newest first."""
        clauses, params = [], []
        if since is not None:
            clauses.append("published >= ?")
            params.append(iso_day(since))
        if until is not None:
            clauses.append("published <= ?")
            params.append(iso_day(until))
        if source_id is not None:
            clauses.append("source_id = ?")
            params.append(source_id)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._read("read articles") as conn:
            rows = conn.execute(
                f"SELECT {ARTICLE_COLUMNS} FROM articles{where} ORDER BY published DESC, url",
                params,
            ).fetchall()
        return [_article(r) for r in rows]

    def article_urls(self, since: date, until: date) -> list[tuple[str, str]]:
        """Return (url, source id) of the articles published in [since, until], newest first
        (the order of `articles`), without reading their text."""
        with self._read("read article urls") as conn:
            rows = conn.execute(
                "SELECT url, source_id FROM articles WHERE published >= ? AND published <= ?"
                " ORDER BY published DESC, url",
                (iso_day(since), iso_day(until)),
            ).fetchall()
        return [(r[0], r[1] or "") for r in rows]

    # -- rejections

    def save_rejection(
        self, rejection: Rejection, brief_date: date, run_id: int | None = None
    ) -> bool:
        """Record a rejection; return False if (url, stage, reason, day) was already there."""
        with self._transaction(f"store rejection {rejection.url}") as conn:
            return _upsert_rejection(conn, rejection, iso_day(brief_date), run_id, now_iso())

    def save_rejections(
        self, rejections: Iterable[Rejection], brief_date: date, run_id: int | None = None
    ) -> int:
        """Record rejections in one transaction; return how many were new."""
        day, now = iso_day(brief_date), now_iso()
        with self._transaction("store rejections") as conn:
            return sum(_upsert_rejection(conn, r, day, run_id, now) for r in rejections)

    def extraction_rejections(self, urls: Iterable[str]) -> dict[str, tuple[str, Rejection]]:
        """Return url → (the inputs it was extracted from, the rejection extraction gave)."""
        out: dict[str, tuple[str, Rejection]] = {}
        with self._read("read extraction rejections") as conn:
            for chunk, marks in _url_chunks(urls):
                for url, inputs, reason, detail, source_id in conn.execute(
                    "SELECT url, inputs, reason, detail, source_id FROM extraction_rejections"
                    f" WHERE url IN ({marks})", chunk
                ).fetchall():
                    out[url] = (inputs, Rejection(url, Stage.EXTRACT, Reason(reason), detail, source_id))
        return out

    def remembered_parses(self, urls: Iterable[str]) -> dict[str, tuple[str, str]]:
        """Return url → (the inputs its last parse read, what it gave as JSON) for feeds and list pages."""
        out: dict[str, tuple[str, str]] = {}
        with self._read("read remembered parses") as conn:
            for chunk, marks in _url_chunks(urls):
                for url, inputs, result in conn.execute(
                    f"SELECT url, inputs, result FROM parses WHERE url IN ({marks})", chunk
                ).fetchall():
                    out[url] = (inputs, result)
        return out

    def remember_parses(self, items: Iterable[tuple[str, str, str]]) -> None:
        """Keep, per feed or list page url, its latest parse and the inputs it read."""
        now = now_iso()
        with self._transaction("store parses") as conn:
            for url, inputs, result in items:
                conn.execute(
                    "INSERT INTO parses (url, inputs, result, updated) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (url) DO UPDATE SET inputs = excluded.inputs, result = excluded.result,"
                    " updated = excluded.updated",
                    (url, inputs, result, now),
                )

    def remember_extraction_rejections(self, items: Iterable[tuple[str, Rejection]]) -> None:
        """Keep, per url, what extraction rejected and the inputs it read (the latest only)."""
        now = now_iso()
        with self._transaction("store extraction rejections") as conn:
            for inputs, r in items:
                conn.execute(
                    "INSERT INTO extraction_rejections (url, inputs, reason, detail, source_id, updated)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET inputs = excluded.inputs,"
                    " reason = excluded.reason, detail = excluded.detail, source_id = excluded.source_id,"
                    " updated = excluded.updated",
                    (r.url, inputs, str(r.reason), r.detail, r.source_id, now),
                )

    def rejections_for(self, brief_date: date, run_id: int | None = None) -> list[Rejection]:
        """Return the day's rejections (only those last seen by run_id, if given)."""
        sql = "SELECT url, stage, reason, detail, source_id FROM rejections WHERE brief_date = ?"
        params: list[Any] = [iso_day(brief_date)]
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
                (iso_day(brief_date),),
            ).fetchall()
        return {r[0]: r[1] for r in rows}


def _url_chunks(urls: Iterable[str], size: int = 500) -> Iterator[tuple[list[str], str]]:
    """Return the distinct urls in chunks of `size`, each with its SQL placeholders (?, ?, …)."""
    wanted = list(dict.fromkeys(urls))
    for start in range(0, len(wanted), size):
        chunk = wanted[start:start + size]
        yield chunk, ", ".join("?" * len(chunk))
