"""The workbench's daily schedule: an APScheduler BackgroundScheduler with one cron job
(a time of day and weekdays, in the brief's time zone) that starts the day's run.

The schedule comes from the settings (`schedule_time`, `schedule_weekdays`); an editor may
change it in the workbench, which keeps the change in the database's meta table.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from ..errors import ConfigError
from ..settings import Settings
from .clock import brief_zone
from .jobs import RunManager

log = logging.getLogger(__name__)

JOB_ID = "daily-brief"
RETRY_JOB_ID = "retry-deliveries"
RETRY_EVERY_MINUTES = 15
META_TIME = "schedule.time"
META_WEEKDAYS = "schedule.weekdays"
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
WEEKDAY_LABELS = {"mon": "周一", "tue": "周二", "wed": "周三", "thu": "周四", "fri": "周五",
                  "sat": "周六", "sun": "周日"}


def parse_time(text: str) -> tuple[int, int]:
    """Return (hour, minute) of 'HH:MM'; ConfigError naming the value otherwise."""
    match = _TIME.match(text.strip())
    if not match:
        raise ConfigError(f"schedule time {text!r}: expected HH:MM, e.g. 07:30")
    return int(match.group(1)), int(match.group(2))


def make_trigger(time_text: str, weekdays: str, zone_name: str) -> CronTrigger:
    """Return the cron trigger of a daily time on weekdays; ConfigError on a bad value."""
    hour, minute = parse_time(time_text)
    try:
        return CronTrigger(hour=hour, minute=minute, day_of_week=weekdays.strip() or "*",
                           timezone=brief_zone(zone_name))
    except ValueError as exc:
        raise ConfigError(f"schedule weekdays {weekdays!r}: {exc} (e.g. mon-fri, mon,wed,fri, *)") from exc


class DailySchedule:
    """Keep the day's run on the clock while the workbench process lives."""

    def __init__(self, manager: RunManager, settings: Settings, store: Any,
                 misfire_grace_s: int | None = 3 * 3600) -> None:
        self.manager = manager
        self.settings = settings
        self.store = store
        self.misfire_grace_s = misfire_grace_s
        self.scheduler = BackgroundScheduler(timezone=brief_zone(settings.timezone))
        self.time_text, self.weekdays = self._configured()

    def _configured(self) -> tuple[str, str]:
        time_text = self.store.get_meta(META_TIME, None)
        weekdays = self.store.get_meta(META_WEEKDAYS, None)
        if time_text is None:
            time_text = self.settings.schedule_time
        if weekdays is None:
            weekdays = self.settings.schedule_weekdays
        return time_text.strip(), weekdays.strip() or "mon-fri"

    def start(self) -> None:
        if self.scheduler.running:
            return
        self._apply()
        self.scheduler.add_job(self.retry_deliveries, IntervalTrigger(minutes=RETRY_EVERY_MINUTES),
                               id=RETRY_JOB_ID, name="send failed deliveries again",
                               coalesce=True, max_instances=1, replace_existing=True)
        self.scheduler.start()

    def retry_deliveries(self) -> int:
        """Send again the briefs whose delivery failed; return how many channels were tried."""
        from ..deliver.publish import retry_failed
        from ..errors import BriefError
        from .clock import today_in

        if not self.settings.deliver_urls.strip():
            return 0
        try:
            results = retry_failed(self.store, self.settings, self.manager.out_dir,
                                   today_in(self.settings.timezone, self.manager.now()))
        except BriefError as exc:
            log.warning("retrying failed deliveries: %s", exc)
            return 0
        return len(results)

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    def _fire(self) -> None:
        started, why = self.manager.start(by="schedule")
        if not started:
            log.warning("the scheduled run did not start: %s", why)

    def _apply(self) -> None:
        if self.scheduler.get_job(JOB_ID) is not None:
            self.scheduler.remove_job(JOB_ID)
        if not self.time_text:
            return
        trigger = make_trigger(self.time_text, self.weekdays, self.settings.timezone)
        self.scheduler.add_job(self._fire, trigger, id=JOB_ID, name="the day's brief",
                               coalesce=True, max_instances=1,
                               misfire_grace_time=self.misfire_grace_s)

    def configure(self, time_text: str, weekdays: str) -> None:
        """Set (or with an empty time, switch off) the schedule and keep it in the database."""
        time_text, weekdays = time_text.strip(), weekdays.strip() or "mon-fri"
        if time_text:
            make_trigger(time_text, weekdays, self.settings.timezone)  # validate first
        self.store.set_meta(META_TIME, time_text)
        self.store.set_meta(META_WEEKDAYS, weekdays)
        self.time_text, self.weekdays = time_text, weekdays
        self._apply()

    def next_run(self) -> datetime | None:
        job = self.scheduler.get_job(JOB_ID)
        if job is None:
            return None
        if self.scheduler.running:
            return job.next_run_time  # type: ignore[no-any-return]
        trigger = make_trigger(self.time_text, self.weekdays, self.settings.timezone)
        return trigger.get_next_fire_time(None, datetime.now(brief_zone(self.settings.timezone)))

    def describe(self) -> str:
        """Return the schedule in words: 'mon-fri 07:30 Asia/Shanghai, next 2026-06-11 07:30'."""
        if not self.time_text:
            return ""
        nxt = self.next_run()
        when = f", next {nxt.strftime('%Y-%m-%d %H:%M')}" if nxt else ""
        return f"{self.weekdays} {self.time_text} {self.settings.timezone}{when}"
