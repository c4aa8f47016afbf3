"""The scheduling stage: the brief's clock, one run at a time per database, the workbench's
daily schedule (APScheduler) and runs started from the browser with their live progress."""

from __future__ import annotations

from .clock import brief_zone, today_in
from .lock import RunLock, running_holder

__all__ = ["RunLock", "brief_zone", "running_holder", "today_in"]
