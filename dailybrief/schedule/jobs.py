"""Runs started by the workbench (the 「立即抓取」 button or the schedule): one at a time, in
a thread, with their progress kept for the browser to poll."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ..errors import BriefError, RunBusyError
from ..progress import LiveProgress
from ..settings import Settings
from .clock import today_in
from .lock import describe_holder, running_holder

log = logging.getLogger(__name__)


class RunManager:
    """Start the day's run in a background thread and report on it.

    `now` is the clock that decides which day "today" is (tests pass their own).
    """

    def __init__(self, db_path: Path, settings: Settings, out_dir: Path,
                 now: Callable[[], datetime] | None = None) -> None:
        self.db_path = Path(db_path)
        self.settings = settings
        self.out_dir = Path(out_dir)
        self.now = now or (lambda: datetime.now(UTC))
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._progress: LiveProgress | None = None
        self._state: dict[str, Any] = {}

    def running(self) -> bool:
        with self._lock:
            return self._thread is not None and self._thread.is_alive()

    def start(self, by: str, day: date | None = None) -> tuple[bool, str]:
        """Start a run for day (default: today in the brief's time zone); return (started,
        why not). Refused while a run, here or in another process, holds the database."""
        day = day or today_in(self.settings.timezone, self.now())
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return False, f"已有一次运行正在进行（{self._state.get('day')}，由 {self._state.get('by')} 发起）"
            holder = running_holder(self.db_path)
            if holder is not None:
                return False, f"另一个进程正在运行（{describe_holder(holder)}）"
            self._progress = LiveProgress()
            self._state = {"day": day.isoformat(), "by": by, "started": _now_iso(),
                           "finished": None, "status": "running", "error": "", "summary": {}}
            self._thread = threading.Thread(target=self._work, args=(day, by, self._progress),
                                            name=f"run-{day}", daemon=True)
            self._thread.start()
        return True, ""

    def join(self, timeout: float | None = None) -> None:
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _work(self, day: date, by: str, progress: LiveProgress) -> None:
        from ..monitor.alarms import announce_new_alarms
        from ..pipeline import run_brief
        from ..store import Store

        result: dict[str, Any] = {}
        try:
            report = run_brief(None, day=day, out_dir=self.out_dir / "runs" / day.isoformat(),
                               db_path=self.db_path, settings=self.settings, tracker=progress,
                               started_by=by)
            result = {"status": report.status, "run_id": report.run_id,
                      "pages": report.stats.get("pages/fetched"),
                      "sections": len(report.brief.sections) if report.brief else 0,
                      "failed_sources": [o.source_id for o in report.outcomes
                                         if str(o.kind) == "failed"]}
            with Store.open(self.db_path) as store:
                announce_new_alarms(store, self.settings, day)
            error = ""
        except RunBusyError as exc:
            error = f"另一个运行正在进行：{exc}"
        except BriefError as exc:
            error = str(exc)
        except Exception as exc:  # the thread must record why it ended, whatever happened
            log.exception("the workbench run for %s failed", day)
            error = f"{type(exc).__name__}: {exc}"
        finally:
            progress.close()
        with self._lock:
            self._state.update(finished=_now_iso(), error=error, summary=result,
                               status="error" if error else result.get("status", "ok"))

    def status(self) -> dict[str, Any]:
        """Return what the browser shows: running?, the run's day, stages, messages, outcome."""
        with self._lock:
            state = dict(self._state)
            progress = self._progress
            alive = self._thread is not None and self._thread.is_alive()
        out: dict[str, Any] = {"running": alive, **state}
        out.update(progress.snapshot() if progress is not None else {"stages": [], "messages": []})
        if not alive:
            holder = running_holder(self.db_path)
            if holder is not None:
                out.update(running=True, elsewhere=describe_holder(holder))
        return out


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
