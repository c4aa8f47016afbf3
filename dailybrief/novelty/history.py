"""What earlier mornings left in the store, read for today's storylines only: the threads
their keys point to, when each thread was briefed and what its briefs stated, the day each
page was first seen, and the earlier points of today's indicators."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..models import Article, Fact, FactKind, Story
from ..store import Store
from ..store.briefs import _fact_from_dict
from ..text import squash
from .figures import tracked_points
from .keys import FIGURE, is_rich_figure, page_key, story_keys

FIGURE_MATCH = 2.0  # evidence from shared figures needed to tie a storyline to a thread
BAND_MATCH = 2  # MinHash bands shared with a thread's page: a near duplicate


@dataclass(slots=True)
class ThreadRecord:
    """One thread's past: the days it was seen and briefed, and what it already told."""

    thread_id: str
    first_day: date
    briefed_days: list[date] = field(default_factory=list)
    known_texts: set[str] = field(default_factory=set)
    known_values: set[tuple[float, str]] = field(default_factory=set)
    context: Article | None = None
    context_title: str = ""
    excluded_on: date | None = None

    @property
    def last_briefed(self) -> date | None:
        return max(self.briefed_days) if self.briefed_days else None


@dataclass(slots=True)
class History:
    """Today's storylines' past, keyed for lookups (nothing here grows with all history)."""

    thread_of: dict[str, str] = field(default_factory=dict)  # story id → matched thread
    threads: dict[str, ThreadRecord] = field(default_factory=dict)
    page_first_day: dict[str, date] = field(default_factory=dict)
    points: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    keys: dict[str, set[str]] = field(default_factory=dict)  # story id → its keys


def match_thread(keys: set[str], key_threads: dict[str, set[str]]) -> str | None:
    """Return the earlier thread a storyline's keys tie it to, or None.

    One shared page path, text hash, own 《document》 or 文号 is enough; near duplicates
    need BAND_MATCH shared MinHash bands; figures need FIGURE_MATCH evidence (a specific
    figure counts 1, a round one 0.5).
    """
    strong: dict[str, int] = {}
    bands: dict[str, int] = {}
    figures: dict[str, float] = {}
    for key in keys:
        for thread in key_threads.get(key, ()):
            if key.startswith(FIGURE):
                figures[thread] = figures.get(thread, 0.0) + (1.0 if is_rich_figure(key) else 0.5)
            elif key.startswith("b:"):
                bands[thread] = bands.get(thread, 0) + 1
            else:
                strong[thread] = strong.get(thread, 0) + 1
    evidence: dict[str, float] = {}
    for thread, n in strong.items():
        evidence[thread] = evidence.get(thread, 0.0) + 10.0 * n
    for thread, n in bands.items():
        if n >= BAND_MATCH:
            evidence[thread] = evidence.get(thread, 0.0) + 5.0 + n
    for thread, score in figures.items():
        if score >= FIGURE_MATCH:
            evidence[thread] = evidence.get(thread, 0.0) + score
    if not evidence:
        return None
    return max(sorted(evidence), key=lambda t: evidence[t])


def fact_keys(fact: Fact) -> tuple[str, tuple[float, str] | None]:
    """Return how a fact is compared across days: its squashed text, and (value, unit)."""
    value = (round(fact.value, 6), fact.unit or "") if fact.kind is FactKind.FIGURE and fact.value is not None else None
    return squash(fact.text), value


def load_history(store: Store, stories: Sequence[Story], day: date) -> History:
    """Return what the store knows of today's storylines from the days before `day`."""
    history = History(keys={s.id: story_keys(s) for s in stories})
    all_keys = set().union(*history.keys.values()) if stories else set()
    key_threads: dict[str, set[str]] = {}
    for key, thread in store.threads_for_keys(all_keys, before=day):
        key_threads.setdefault(key, set()).add(thread)
    for story in stories:
        thread = match_thread(history.keys[story.id], key_threads)
        if thread:
            history.thread_of[story.id] = thread
    history.threads = _thread_records(store, set(history.thread_of.values()), day)
    history.page_first_day = store.page_first_days(
        page_key(a.url) for s in stories for a in s.articles)
    indicators = {ind for s in stories for ind, _ in tracked_points(s.facts)}
    for point in store.figure_points(indicators):
        if point["brief_date"] < day:
            history.points.setdefault((point["indicator"], point["unit"]), []).append(point)
    return history


def _thread_records(store: Store, thread_ids: set[str], day: date) -> dict[str, ThreadRecord]:
    rows = store.thread_days(thread_ids, before=day)
    records: dict[str, ThreadRecord] = {}
    story_days: dict[str, list[tuple[date, str]]] = {}
    for row in rows:
        record = records.setdefault(row["thread_id"], ThreadRecord(row["thread_id"], row["brief_date"]))
        record.first_day = min(record.first_day, row["brief_date"])
        story_days.setdefault(row["thread_id"], []).append((row["brief_date"], row["story_id"]))
    days = sorted({d for pairs in story_days.values() for d, _ in pairs})
    covered: dict[tuple[date, str], dict[str, Any]] = {}
    storylines: dict[date, dict[str, dict[str, Any]]] = {}
    for d in days:
        refresh_coverage(store, d)
        for row in store.coverage(d):
            covered[(d, row["thread_id"])] = row
        storylines[d] = {r["story_id"]: r for r in store.storylines(d)}
    exclusions = store.exclusions_of({d: [sid for pairs in story_days.values() for dd, sid in pairs if dd == d]
                                      for d in days})
    for thread_id, record in records.items():
        pairs = story_days[thread_id]
        record.briefed_days = sorted({d for d, _ in pairs if (d, thread_id) in covered})
        last = record.last_briefed
        for d, story_id in pairs:
            if story_id in exclusions:
                record.excluded_on = max(record.excluded_on or d, exclusions[story_id])
            if last is None or d > last:
                continue
            row = storylines[d].get(story_id)
            if row is None:
                continue
            for fact in (_fact_from_dict(f) for f in row["facts"]):
                text, value = fact_keys(fact)
                record.known_texts.add(text)
                if value:
                    record.known_values.add(value)
            if d == last and (d, thread_id) in covered:
                record.known_texts |= {squash(t) for t in covered[(d, thread_id)]["facts"]}
                record.context = store.article(row["original_url"])
                record.context_title = row["title"]
    return records


def refresh_coverage(store: Store, day: date) -> None:
    """Record which threads the day's standing brief covers and the facts it states, unless
    the stored coverage was read from that same revision."""
    chosen = store.chosen_revision(day)
    if chosen is None:
        return
    if store.coverage_stamp(day) == (chosen["revision"], chosen["status"]):
        return
    thread_of = {sid: n.thread_id for sid, n in store.day_novelty(day).items()}
    stories = {r["story_id"]: r for r in store.storylines(day)}
    brief = chosen["brief"]
    rows = []
    for section in brief.get("sections", ()):
        sid = section.get("story_id", "")
        if sid not in thread_of:
            continue
        text = squash(section.get("title", "") + "".join(section.get("paragraphs", ())))
        facts = [f["text"] for f in (stories.get(sid) or {}).get("facts", ()) if squash(f["text"]) in text]
        rows.append((thread_of[sid], sid, sorted(set(facts))))
    store.save_coverage(day, chosen["revision"], chosen["status"], rows)
