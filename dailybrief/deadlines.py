"""Deadlines across days: every 时间节点 of every stored brief (its latest revision, the
published one when there is one), de-duplicated, and the same list as an iCalendar feed
(made with the `icalendar` library) that Outlook, DingTalk and phone calendars subscribe to."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import icalendar

from .store import Store

CALENDAR_NAME = "新质生产力每日动态 · 时间节点"
PRODID = "-//dailybrief//deadlines//ZH"
SUMMARY_CHARS = 60


@dataclass(frozen=True, slots=True)
class Deadline:
    """One 时间节点 and where it was found."""

    day: date
    what: str
    brief_date: date
    revision: int
    published: bool
    publisher: str = ""
    source_title: str = ""
    url: str = ""

    @property
    def uid(self) -> str:
        """A stable identifier: the same deadline keeps its calendar event across briefs."""
        digest = hashlib.sha256(f"{self.day.isoformat()}|{self.what}".encode()).hexdigest()[:24]
        return f"{digest}@dailybrief"


def _record(store: Store, row: dict[str, Any]) -> dict[str, Any] | None:
    revision = row["published"] or row["latest"]
    return store.brief_revision(date.fromisoformat(row["brief_date"]), int(revision))


def _from_brief(record: dict[str, Any]) -> list[Deadline]:
    brief = record["brief"]
    refs = {int(r["n"]): r for r in brief.get("references", ())}
    out = []
    for d in brief.get("deadlines", ()):
        try:
            day = date.fromisoformat(str(d["date"]))
        except (KeyError, ValueError):
            continue
        ref = refs.get(int(d.get("ref", 0) or 0), {})
        out.append(Deadline(day, str(d.get("what", "")).strip(), date.fromisoformat(record["brief_date"]),
                            int(record["revision"]), record["status"] == "published",
                            str(ref.get("publisher", "")), str(ref.get("title", "")),
                            str(ref.get("url", ""))))
    return out


def all_deadlines(store: Store, since: date | None = None) -> list[Deadline]:
    """Return every deadline on or after `since` across the stored briefs, by date; one
    deadline repeated by later briefs is listed once, from its latest brief."""
    latest: dict[tuple[date, str], Deadline] = {}
    for row in store.brief_overview():  # newest brief first
        record = _record(store, row)
        if record is None:
            continue
        for d in _from_brief(record):
            if (since is None or d.day >= since) and d.what:
                latest.setdefault((d.day, d.what), d)
    return sorted(latest.values(), key=lambda d: (d.day, d.what))


def _summary(what: str) -> str:
    what = " ".join(what.split())
    return what if len(what) <= SUMMARY_CHARS else what[: SUMMARY_CHARS - 1] + "…"


def calendar_ics(deadlines: list[Deadline], link: str = "") -> bytes:
    """Return the deadlines as an iCalendar file: one all-day event each, with a reminder
    the day before, the source and the brief that named it in the description."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", CALENDAR_NAME)
    cal.add("x-wr-timezone", "Asia/Shanghai")
    cal.add("refresh-interval", timedelta(hours=6), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT6H")
    stamp = datetime.now(UTC).replace(microsecond=0)
    for d in deadlines:
        event = icalendar.Event()
        event.add("uid", d.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", d.day)
        event.add("dtend", d.day + timedelta(days=1))
        event.add("summary", _summary(d.what))
        lines = [d.what]
        if d.publisher or d.source_title:
            lines.append(f"来源：{d.publisher}《{d.source_title}》" if d.source_title else f"来源：{d.publisher}")
        if d.url:
            lines.append(d.url)
        lines.append(f"见 {d.brief_date.isoformat()} 简报 r{d.revision}"
                     f"{'' if d.published else '（草稿）'}")
        event.add("description", "\n".join(lines))
        if d.url:
            event.add("url", d.url)
        event.add("transp", "TRANSPARENT")
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", _summary(d.what))
        alarm.add("trigger", timedelta(days=-1))
        event.add_component(alarm)
        cal.add_component(event)
    return bytes(cal.to_ical())
