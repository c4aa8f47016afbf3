"""What analysis and writing leave behind: storylines, brief revisions and runs."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from ..errors import StoreError
from ..models import Article, Brief, Fact, FactKind, Story, brief_to_dict
from .connection import StoreBase, iso_day, now_iso, opt_date
from .pages import select_article, upsert_article
from .search import index_brief

log = logging.getLogger(__name__)

BRIEF_STATUSES = ("draft", "published")
BRIEF_COLUMNS = "brief_date, revision, status, json, created_at, published_at, note, run_id"
RUN_COLUMNS = "id, brief_date, started_at, finished_at, status, counters"


def _brief_json(brief: Mapping[str, Any] | Brief) -> str:
    data = brief_to_dict(brief) if isinstance(brief, Brief) else dict(brief)
    return json.dumps(data, ensure_ascii=False, indent=2)


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
        day=opt_date(data.get("day")),
    )


def _storyline_values(
    day: str, position: int, story: Story, run_id: int | None
) -> tuple[Any, ...]:
    """Return the storylines row of a story (its original article's url first)."""
    urls = [story.original_url]
    urls += [a.url for a in story.articles if a.url != story.original_url]
    return (
        day,
        story.id,
        position,
        story.title,
        float(story.score),
        int(story.included),
        story.why,
        story.left_out,
        json.dumps(urls, ensure_ascii=False),
        story.original_url,
        json.dumps(list(story.topics), ensure_ascii=False),
        json.dumps([list(d) for d in story.duplicates], ensure_ascii=False),
        json.dumps([_fact_to_dict(f) for f in story.facts], ensure_ascii=False),
        run_id,
    )


def _story(row: Mapping[str, Any], articles: Iterable[Article]) -> Story:
    return Story(
        id=row["story_id"],
        title=row["title"],
        articles=tuple(articles),
        original_url=row["original_url"],
        score=row["score"],
        topics=tuple(row["topics"]),
        facts=tuple(_fact_from_dict(f) for f in row["facts"]),
        duplicates=tuple((d[0], d[1]) for d in row["duplicates"]),
        why=row["why"],
        included=row["included"],
        left_out=row["left_out"],
    )


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


def _run_record(row: Sequence[Any]) -> dict[str, Any]:
    return {
        "id": row[0],
        "brief_date": row[1],
        "started_at": row[2],
        "finished_at": row[3],
        "status": row[4],
        "counters": json.loads(row[5]),
    }


class BriefsMixin(StoreBase):
    """The storylines, briefs and runs tables."""

    # -- storylines

    def save_storylines(
        self, brief_date: date, stories: Sequence[Story], run_id: int | None = None
    ) -> None:
        """Replace the day's storylines with stories (in order), upserting their articles."""
        day, now = iso_day(brief_date), now_iso()
        with self._transaction(f"store storylines of {day}") as conn:
            conn.execute("DELETE FROM storylines WHERE brief_date = ?", (day,))
            for position, story in enumerate(stories):
                for a in story.articles:
                    upsert_article(conn, self.path, a, now)
                conn.execute(
                    "INSERT INTO storylines (brief_date, story_id, position, title, score,"
                    " included, why, left_out, article_urls, original_url, topics, duplicates, facts, run_id)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    _storyline_values(day, position, story, run_id),
                )

    def storylines(self, brief_date: date) -> list[dict[str, Any]]:
        """Return the day's storylines as plain dicts, in saved order (JSON fields decoded)."""
        with self._read("read storylines") as conn:
            cur = conn.execute(
                "SELECT * FROM storylines WHERE brief_date = ? ORDER BY position",
                (iso_day(brief_date),),
            )
            names = [d[0] for d in cur.description]
            rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        for row in rows:
            row["included"] = bool(row["included"])
            for key in ("article_urls", "topics", "duplicates", "facts"):
                row[key] = json.loads(row[key])
        return rows

    def _stored_articles(self, urls: Iterable[str]) -> dict[str, Article | None]:
        """Return url → its stored article (None if missing), each read on its own."""
        found: dict[str, Article | None] = {}
        for url in urls:
            with self._read(f"read article {url}") as conn:
                found[url] = select_article(conn, url)
        return found

    def stories(self, brief_date: date) -> list[Story]:
        """Return the day's storylines as Story values rebuilt from the stored articles."""
        result = []
        for row in self.storylines(brief_date):
            found = self._stored_articles(row["article_urls"])
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
            result.append(_story(row, (a for a in found.values() if a is not None)))
        return result

    # -- briefs

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
        day = iso_day(brief_date)
        if data.get("date", day) != day:
            raise ValueError(f"brief dated {data.get('date')} saved under {day}")
        now = now_iso()
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
            index_brief(conn, day, data)
            return revision

    def publish_brief(self, brief_date: date, revision: int | None = None) -> int:
        """Mark a revision (default: the latest) published; return its number."""
        day = iso_day(brief_date)
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
                    (now_iso(), day, revision),
                )
            return int(revision)

    def latest_brief(self, brief_date: date) -> dict[str, Any] | None:
        """Return the latest revision of the day's brief as a record dict (see brief_revisions)."""
        with self._read("read brief") as conn:
            row = conn.execute(
                f"SELECT {BRIEF_COLUMNS} FROM briefs WHERE brief_date = ?"
                " ORDER BY revision DESC LIMIT 1",
                (iso_day(brief_date),),
            ).fetchone()
        return None if row is None else _brief_record(row)

    def brief_revision(self, brief_date: date, revision: int) -> dict[str, Any] | None:
        with self._read("read brief") as conn:
            row = conn.execute(
                f"SELECT {BRIEF_COLUMNS} FROM briefs WHERE brief_date = ? AND revision = ?",
                (iso_day(brief_date), revision),
            ).fetchone()
        return None if row is None else _brief_record(row)

    def brief_revisions(self, brief_date: date) -> list[dict[str, Any]]:
        """Return every revision of the day's brief, oldest first.

        Each record: brief_date (ISO), revision, status, json (text), brief (parsed),
        created_at, published_at, note, run_id.
        """
        with self._read("read briefs") as conn:
            rows = conn.execute(
                f"SELECT {BRIEF_COLUMNS} FROM briefs WHERE brief_date = ? ORDER BY revision",
                (iso_day(brief_date),),
            ).fetchall()
        return [_brief_record(r) for r in rows]

    def brief_dates(self) -> list[date]:
        """Return the days that have a brief, newest first."""
        with self._read("read brief dates") as conn:
            rows = conn.execute(
                "SELECT DISTINCT brief_date FROM briefs ORDER BY brief_date DESC"
            ).fetchall()
        return [date.fromisoformat(r[0]) for r in rows]

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

    # -- runs

    def start_run(self, brief_date: date) -> int:
        with self._transaction("start run") as conn:
            cur = conn.execute(
                "INSERT INTO runs (brief_date, started_at) VALUES (?, ?)",
                (iso_day(brief_date), now_iso()),
            )
            return int(cur.lastrowid or 0)

    def interrupt_stale_runs(self, status: str = "interrupted") -> list[int]:
        """Mark runs still 'running' as interrupted (or `status`); call under the run lock, so
        none of them is live. Return their ids."""
        with self._transaction("mark interrupted runs") as conn:
            ids = [int(r[0]) for r in conn.execute("SELECT id FROM runs WHERE status = 'running'")]
            if ids:
                conn.execute("UPDATE runs SET status = ?, finished_at = ? WHERE status = 'running'",
                             (status, now_iso()))
        return ids

    def run_has_brief(self, run_id: int) -> bool:
        """Return True if the run stored a brief revision (its outputs may then be published)."""
        with self._read(f"read the brief of run {run_id}") as conn:
            return conn.execute("SELECT 1 FROM briefs WHERE run_id = ? LIMIT 1", (run_id,)).fetchone() is not None

    def finish_run(self, run_id: int, counts: Mapping[str, Any], status: str = "ok") -> None:
        """Record the end of a run with its counters (e.g. RunStats.counts) and status."""
        counters = json.dumps(dict(counts), ensure_ascii=False, sort_keys=True, default=str)
        with self._transaction(f"finish run {run_id}") as conn:
            cur = conn.execute(
                "UPDATE runs SET finished_at = ?, status = ?, counters = ? WHERE id = ?",
                (now_iso(), status, counters, run_id),
            )
            if cur.rowcount == 0:
                raise StoreError(f"{self.path}: no run {run_id} to finish")

    def run(self, run_id: int) -> dict[str, Any] | None:
        with self._read(f"read run {run_id}") as conn:
            row = conn.execute(
                f"SELECT {RUN_COLUMNS} FROM runs WHERE id = ?", (run_id,)
            ).fetchone()
        return None if row is None else _run_record(row)

    def runs(self, brief_date: date | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Return the latest runs (of one day, if given), newest first."""
        where, params = "", []
        if brief_date is not None:
            where, params = " WHERE brief_date = ?", [iso_day(brief_date)]
        with self._read("read runs") as conn:
            rows = conn.execute(
                f"SELECT {RUN_COLUMNS} FROM runs{where} ORDER BY id DESC LIMIT ?",
                [*params, limit],
            ).fetchall()
        return [_run_record(r) for r in rows]
