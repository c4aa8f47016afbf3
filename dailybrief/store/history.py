"""What the store remembers from one morning to the next: storyline threads and their keys,
the day each page was first seen, what each day's brief covered and stated, the analyst's
storyline actions (replayed on a re-run) and the series of tracked figures.

Every query is by key or by day, so one morning's cost grows with its own storylines, not
with the length of the history.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from ..models import Novelty, NoveltyStatus, TrackedFigure
from .connection import StoreBase, iso_day, now_iso, opt_date


def novelty_to_dict(n: Novelty) -> dict[str, Any]:
    return {
        "status": str(n.status),
        "thread_id": n.thread_id,
        "first_day": n.first_day.isoformat() if n.first_day else None,
        "last_briefed": n.last_briefed.isoformat() if n.last_briefed else None,
        "new_urls": list(n.new_urls),
        "new_facts": list(n.new_facts),
        "development_url": n.development_url,
        "context_url": n.context_url,
        "context_title": n.context_title,
        "tracked": [
            {"indicator": t.indicator, "unit": t.unit, "current": t.current,
             "current_url": t.current_url, "earlier": t.earlier, "earlier_url": t.earlier_url,
             "earlier_day": t.earlier_day.isoformat() if t.earlier_day else None}
            for t in n.tracked
        ],
        "excluded_on": n.excluded_on.isoformat() if n.excluded_on else None,
        "reason": n.reason,
    }


def novelty_from_dict(d: Mapping[str, Any]) -> Novelty:
    return Novelty(
        status=NoveltyStatus(d.get("status", "new")),
        thread_id=d.get("thread_id", ""),
        first_day=opt_date(d.get("first_day")),
        last_briefed=opt_date(d.get("last_briefed")),
        new_urls=tuple(d.get("new_urls", ())),
        new_facts=tuple(d.get("new_facts", ())),
        development_url=d.get("development_url", ""),
        context_url=d.get("context_url", ""),
        context_title=d.get("context_title", ""),
        tracked=tuple(
            TrackedFigure(indicator=t["indicator"], unit=t["unit"], current=t["current"],
                          current_url=t["current_url"], earlier=t["earlier"],
                          earlier_url=t["earlier_url"], earlier_day=opt_date(t.get("earlier_day")))
            for t in d.get("tracked", ())
        ),
        excluded_on=opt_date(d.get("excluded_on")),
        reason=d.get("reason", ""),
    )


def _placeholders(n: int) -> str:
    return ", ".join("?" * n)


class HistoryMixin(StoreBase):
    """The thread_days, thread_keys, thread_pages, brief_coverage, storyline_actions and
    figure_series tables."""

    # -- threads

    def threads_for_keys(self, keys: Iterable[str], before: date) -> list[tuple[str, str]]:
        """Return (key, thread_id) for each stored key among `keys` first seen before a day."""
        wanted = sorted(set(keys))
        out: list[tuple[str, str]] = []
        with self._read("read thread keys") as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                out.extend(conn.execute(
                    f"SELECT key, thread_id FROM thread_keys WHERE key IN ({_placeholders(len(chunk))})"
                    " AND first_day < ?",
                    (*chunk, iso_day(before)),
                ).fetchall())
        return [(str(k), str(t)) for k, t in out]

    def thread_days(self, thread_ids: Iterable[str], before: date) -> list[dict[str, Any]]:
        """Return the earlier days' storylines of these threads: brief_date, story_id, thread_id,
        status and novelty (decoded), oldest first."""
        ids = sorted(set(thread_ids))
        rows: list[Any] = []
        with self._read("read thread days") as conn:
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                rows.extend(conn.execute(
                    "SELECT brief_date, story_id, thread_id, status, novelty FROM thread_days"
                    f" WHERE thread_id IN ({_placeholders(len(chunk))}) AND brief_date < ?"
                    " ORDER BY brief_date, story_id",
                    (*chunk, iso_day(before)),
                ).fetchall())
        return [{"brief_date": date.fromisoformat(r[0]), "story_id": r[1], "thread_id": r[2],
                 "status": r[3], "novelty": novelty_from_dict(json.loads(r[4]))} for r in rows]

    def day_novelty(self, brief_date: date) -> dict[str, Novelty]:
        """Return story_id → its Novelty for the day's storylines."""
        with self._read("read the day's novelty") as conn:
            rows = conn.execute(
                "SELECT story_id, novelty FROM thread_days WHERE brief_date = ?",
                (iso_day(brief_date),),
            ).fetchall()
        return {r[0]: novelty_from_dict(json.loads(r[1])) for r in rows}

    def save_threads(
        self, brief_date: date, entries: Sequence[tuple[str, Novelty, Iterable[str]]],
        pages: Sequence[tuple[str, str, str]],
    ) -> None:
        """Store the day's storylines' threads: (story_id, novelty, keys) each, and the
        pages (page_key, thread_id, url) seen today (the earliest day a page was seen wins)."""
        day = iso_day(brief_date)
        with self._transaction(f"store threads of {day}") as conn:
            conn.execute("DELETE FROM thread_days WHERE brief_date = ?", (day,))
            for story_id, novelty, keys in entries:
                conn.execute(
                    "INSERT INTO thread_days (brief_date, story_id, thread_id, status, novelty)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (day, story_id, novelty.thread_id, str(novelty.status),
                     json.dumps(novelty_to_dict(novelty), ensure_ascii=False)),
                )
                for key in set(keys):
                    conn.execute(
                        "INSERT INTO thread_keys (key, thread_id, first_day) VALUES (?, ?, ?)"
                        " ON CONFLICT (key, thread_id) DO UPDATE SET first_day ="
                        " CASE WHEN excluded.first_day < thread_keys.first_day"
                        " THEN excluded.first_day ELSE thread_keys.first_day END",
                        (key, novelty.thread_id, day),
                    )
            for page_key, thread_id, url in pages:
                conn.execute(
                    "INSERT INTO thread_pages (page_key, thread_id, url, first_day) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (page_key) DO UPDATE SET first_day ="
                    " CASE WHEN excluded.first_day < thread_pages.first_day"
                    " THEN excluded.first_day ELSE thread_pages.first_day END",
                    (page_key, thread_id, url, day),
                )

    def page_first_days(self, page_keys: Iterable[str]) -> dict[str, date]:
        """Return page_key → the first brief day the page was seen in a storyline."""
        wanted = sorted(set(page_keys))
        out: dict[str, date] = {}
        with self._read("read page first days") as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                for key, day in conn.execute(
                    f"SELECT page_key, first_day FROM thread_pages WHERE page_key IN"
                    f" ({_placeholders(len(chunk))})", chunk,
                ):
                    out[key] = date.fromisoformat(day)
        return out

    # -- what each day's brief covered

    def chosen_revision(self, brief_date: date) -> dict[str, Any] | None:
        """Return the revision that stands for the day: its latest published, else its latest."""
        with self._read("read the day's brief") as conn:
            row = conn.execute(
                "SELECT revision, status, json FROM briefs WHERE brief_date = ?"
                " ORDER BY CASE WHEN status = 'published' THEN 1 ELSE 0 END DESC, revision DESC"
                " LIMIT 1",
                (iso_day(brief_date),),
            ).fetchone()
        if row is None:
            return None
        return {"revision": int(row[0]), "status": row[1], "brief": json.loads(row[2])}

    def coverage_stamp(self, brief_date: date) -> tuple[int, str] | None:
        """Return (revision, status) the stored coverage of the day was read from."""
        with self._read("read coverage") as conn:
            row = conn.execute(
                "SELECT revision, rev_status FROM brief_coverage WHERE brief_date = ? LIMIT 1",
                (iso_day(brief_date),),
            ).fetchone()
        return None if row is None else (int(row[0]), str(row[1]))

    def save_coverage(
        self, brief_date: date, revision: int, status: str,
        rows: Sequence[tuple[str, str, Sequence[str]]],
    ) -> None:
        """Replace the day's coverage with (thread_id, story_id, facts stated) rows."""
        day = iso_day(brief_date)
        with self._transaction(f"store coverage of {day}") as conn:
            conn.execute("DELETE FROM brief_coverage WHERE brief_date = ?", (day,))
            for thread_id, story_id, facts in rows:
                conn.execute(
                    "INSERT INTO brief_coverage (brief_date, thread_id, story_id, revision,"
                    " rev_status, facts) VALUES (?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (brief_date, thread_id) DO NOTHING",
                    (day, thread_id, story_id, revision, status,
                     json.dumps(list(facts), ensure_ascii=False)),
                )

    def coverage(self, brief_date: date) -> list[dict[str, Any]]:
        """Return the day's stored coverage: thread_id, story_id, revision, rev_status, facts."""
        with self._read("read coverage") as conn:
            rows = conn.execute(
                "SELECT thread_id, story_id, revision, rev_status, facts FROM brief_coverage"
                " WHERE brief_date = ? ORDER BY thread_id",
                (iso_day(brief_date),),
            ).fetchall()
        return [{"thread_id": r[0], "story_id": r[1], "revision": r[2], "rev_status": r[3],
                 "facts": json.loads(r[4])} for r in rows]

    # -- the analyst's storyline actions

    def record_storyline_action(self, brief_date: date, action: str, story_id: str,
                                arg: str = "") -> None:
        with self._transaction("record a storyline action") as conn:
            conn.execute(
                "INSERT INTO storyline_actions (brief_date, action, story_id, arg, at)"
                " VALUES (?, ?, ?, ?, ?)",
                (iso_day(brief_date), action, story_id, arg, now_iso()),
            )

    def storyline_actions(self, brief_date: date) -> list[dict[str, str]]:
        """Return the day's storyline actions, oldest first: action, story_id, arg."""
        with self._read("read storyline actions") as conn:
            rows = conn.execute(
                "SELECT action, story_id, arg FROM storyline_actions WHERE brief_date = ?"
                " AND action <> 'machine-text' ORDER BY id",
                (iso_day(brief_date),),
            ).fetchall()
        return [{"action": r[0], "story_id": r[1], "arg": r[2]} for r in rows]

    def record_machine_sections(self, brief_date: date, digests: Sequence[tuple[str, str]]) -> None:
        """Remember (story_id, digest) of each section a writer produced for the day (kept in
        storyline_actions as 'machine-text' rows, which replays skip)."""
        now = now_iso()
        with self._transaction("record machine sections") as conn:
            for story_id, digest in digests:
                conn.execute(
                    "INSERT INTO storyline_actions (brief_date, action, story_id, arg, at)"
                    " VALUES (?, 'machine-text', ?, ?, ?)",
                    (iso_day(brief_date), story_id, digest, now),
                )

    def machine_digests(self, brief_date: date) -> dict[str, set[str]]:
        """Return story_id → the digests of every section a writer produced for it that day."""
        with self._read("read machine sections") as conn:
            rows = conn.execute(
                "SELECT story_id, arg FROM storyline_actions WHERE brief_date = ?"
                " AND action = 'machine-text'", (iso_day(brief_date),),
            ).fetchall()
        out: dict[str, set[str]] = {}
        for sid, digest in rows:
            out.setdefault(sid, set()).add(digest)
        return out

    def exclusions_of(self, story_ids_by_day: Mapping[date, Iterable[str]]) -> dict[str, date]:
        """Return story_id → the day it was (last) excluded by the analyst, for the given days."""
        out: dict[str, date] = {}
        with self._read("read exclusions") as conn:
            for day, ids in story_ids_by_day.items():
                state: dict[str, bool] = {}
                for action, sid in conn.execute(
                    "SELECT action, story_id FROM storyline_actions WHERE brief_date = ?"
                    " AND action IN ('include', 'exclude') ORDER BY id", (iso_day(day),),
                ):
                    state[sid] = action == "exclude"
                for sid in ids:
                    if state.get(sid):
                        out[sid] = day
        return out

    # -- tracked figures

    def save_figures(self, brief_date: date, rows: Sequence[tuple[str, str, float, str, date, str, str]]) -> None:
        """Store figure points: (indicator, unit, value, literal, published, url, thread_id)."""
        day = iso_day(brief_date)
        with self._transaction("store tracked figures") as conn:
            for indicator, unit, value, text, published, url, thread_id in rows:
                conn.execute(
                    "INSERT INTO figure_series (indicator, unit, value, text, published, url,"
                    " thread_id, brief_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (indicator, unit, url, text) DO NOTHING",
                    (indicator, unit, value, text, iso_day(published), url, thread_id, day),
                )

    def figure_points(self, indicators: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Return figure points (all, or of some indicators), by indicator then date."""
        sql = ("SELECT indicator, unit, value, text, published, url, thread_id, brief_date"
               " FROM figure_series")
        params: list[Any] = []
        if indicators is not None:
            wanted = sorted(set(indicators))
            if not wanted:
                return []
            sql += f" WHERE indicator IN ({_placeholders(len(wanted))})"
            params = list(wanted)
        with self._read("read tracked figures") as conn:
            rows = conn.execute(sql + " ORDER BY indicator, unit, published, url", params).fetchall()
        keys = ("indicator", "unit", "value", "text", "published", "url", "thread_id", "brief_date")
        out = [dict(zip(keys, r, strict=True)) for r in rows]
        for row in out:
            row["published"] = date.fromisoformat(row["published"])
            row["brief_date"] = date.fromisoformat(row["brief_date"])
        return out
