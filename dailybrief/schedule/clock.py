"""The brief's clock: what "today" is in the brief's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import ConfigError


def brief_zone(name: str) -> ZoneInfo:
    """Return the time zone named by the `timezone` setting; ConfigError if it is unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"setting 'timezone': {name!r} is not a time zone like Asia/Shanghai") from exc


def today_in(zone_name: str, now: datetime | None = None) -> date:
    """Return the calendar day it is in the zone at `now` (default: the current time)."""
    moment = now or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(brief_zone(zone_name)).date()
