"""Alarms about sources, from their history of outcomes (one per brief day, the latest run's):

- failing: the source failed on `alarm_failed_days` mornings in a row;
- gone quiet: it gave pages before, and on the latest morning it gave none although it
  answered (the site probably changed its layout).

An alarm is *new* on the morning its condition starts (the N-th failure, the first quiet
day): that is when the channels hear of it; the workbench banner shows it while it lasts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..models import REASON_LABELS
from ..settings import Settings
from ..store import Store

FAILING = "failing"
QUIET = "quiet"


@dataclass(frozen=True, slots=True)
class Alarm:
    source_id: str
    kind: str    # failing | quiet
    days: int    # how many mornings in a row
    text: str    # for the editors, in Chinese
    new: bool    # its condition started on the latest morning


def _per_day(history: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the latest outcome of each brief day, newest day first."""
    seen: dict[str, dict[str, Any]] = {}
    for row in history:  # newest first
        seen.setdefault(row["brief_date"], row)
    return [seen[d] for d in sorted(seen, reverse=True)]


def _streak(days: Sequence[dict[str, Any]], outcome: str) -> int:
    n = 0
    for row in days:
        if row["outcome"] != outcome:
            break
        n += 1
    return n


def alarm_for(source_id: str, name: str, history: Sequence[dict[str, Any]],
              failed_days: int) -> Alarm | None:
    """Return the source's alarm (or None) from its outcomes, newest first."""
    days = _per_day(history)
    if not days:
        return None
    failing = _streak(days, "failed")
    if failing >= max(1, failed_days):
        reason = days[0]["reason"]
        text = (f"来源「{name}」已连续 {failing} 天抓取失败（{REASON_LABELS.get(reason, reason)}"
                f"{'：' + days[0]['detail'][:80] if days[0]['detail'] else ''}）")
        return Alarm(source_id, FAILING, failing, text, failing == max(1, failed_days))
    quiet = _streak(days, "empty")
    earlier = days[quiet:]
    if quiet and any(r["outcome"] == "ok" and r["pages"] > 0 for r in earlier):
        before = next(r["pages"] for r in earlier if r["outcome"] == "ok")
        text = (f"来源「{name}」{'今天' if quiet == 1 else f'已连续 {quiet} 天'}没有抓到文章"
                f"（此前一次 {before} 页）：网站可能改版，请检查链接选择器")
        return Alarm(source_id, QUIET, quiet, text, quiet == 1)
    return None


def source_alarms(store: Store, settings: Settings) -> list[Alarm]:
    """Return the alarms standing now, one per troubled enabled source."""
    names = {s.id: s.name for s in store.sources() if s.enabled}
    out = []
    for source_id, history in store.source_histories(limit=max(30, settings.alarm_failed_days * 3)).items():
        if source_id not in names:
            continue
        alarm = alarm_for(source_id, names[source_id], history, settings.alarm_failed_days)
        if alarm is not None:
            out.append(alarm)
    return out


def announce_new_alarms(store: Store, settings: Settings, day: date) -> list[Alarm]:
    """Send the alarms that start this morning to the configured channels; return them."""
    new = [a for a in source_alarms(store, settings) if a.new]
    if new and settings.deliver_urls.strip():
        from ..deliver import deliver_alarm

        link = f"{settings.public_url.rstrip('/')}/sources" if settings.public_url else ""
        deliver_alarm(store, day, f"来源告警（{day.isoformat()}）", [a.text for a in new], settings,
                      link)
    return new
