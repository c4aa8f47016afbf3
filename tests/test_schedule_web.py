"""The workbench keeps the schedule: a cron job (APScheduler) fires the day's run under a
test clock; 「立即抓取」 starts a run whose progress /api/run/status reports; a second run
is refused while one runs; editors change the schedule, and bad values are refused."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import apscheduler.schedulers.base
import pytest
from fastapi.testclient import TestClient

from dailybrief.demo import corpus_meta, demo_corpus, serve_folder
from dailybrief.schedule.jobs import RunManager
from dailybrief.schedule.scheduler import DailySchedule
from dailybrief.settings import Settings
from dailybrief.sources import load_sources
from dailybrief.store import Store
from dailybrief.web import auth, create_app

SHANGHAI = ZoneInfo("Asia/Shanghai")
PASSWORD = "a scheduler's long password"


class FakeClock(datetime):
    """datetime whose now() is the test's: APScheduler's loop reads the time through it."""

    current = datetime(2026, 6, 10, 7, 29, 58, tzinfo=SHANGHAI)

    @classmethod
    def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
        return cls.current.astimezone(tz) if tz else cls.current.replace(tzinfo=None)


@pytest.fixture()
def demo_db(tmp_path: Path) -> Iterator[tuple[Path, Settings]]:
    """A database whose source registry is the demo corpus, served on 127.0.0.1."""
    corpus = demo_corpus()
    day, window = corpus_meta(corpus)
    db = tmp_path / "dailybrief.db"
    with serve_folder(corpus / "site") as base_url, Store.open(db) as store:
        store.upsert_sources(load_sources(corpus / "sources.yaml", base_url=base_url))
        store.save_user("ed", auth.hash_password(PASSWORD), "editor")
        store.close()
        yield db, Settings(window_days=window)


def test_the_scheduled_run_fires_at_its_time_in_a_test_clock(
        demo_db: tuple[Path, Settings], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db, settings = demo_db
    monkeypatch.setattr(apscheduler.schedulers.base, "datetime", FakeClock)
    manager = RunManager(db, settings.with_overrides(schedule_time="07:30"), tmp_path / "out",
                         now=lambda: FakeClock.current)
    with Store.open(db) as store:
        schedule = DailySchedule(manager, manager.settings, store, misfire_grace_s=None)
        schedule.start()
        try:
            assert schedule.next_run() == datetime(2026, 6, 10, 7, 30, tzinfo=SHANGHAI)
            assert schedule.describe() == "mon-fri 07:30 Asia/Shanghai, next 2026-06-10 07:30"
            time.sleep(0.3)
            assert not manager.running() and store.runs() == []  # not yet 07:30
            FakeClock.current = datetime(2026, 6, 10, 7, 30, 1, tzinfo=SHANGHAI)
            schedule.scheduler.wakeup()
            deadline = time.monotonic() + 10
            while not manager.status().get("day"):
                assert time.monotonic() < deadline, "the scheduled job did not fire"
                time.sleep(0.05)
            manager.join(timeout=300)
            status = manager.status()
            assert status["by"] == "schedule" and status["day"] == "2026-06-10"
            assert status["status"] == "ok", status
            (run,) = store.runs()
            assert run["brief_date"] == "2026-06-10" and run["status"] == "ok"
            assert store.latest_brief(datetime(2026, 6, 10).date()) is not None
            # the next firing is the next weekday: Thursday, then Friday's skips to Monday
            assert schedule.next_run() == datetime(2026, 6, 11, 7, 30, tzinfo=SHANGHAI)
            schedule.configure("18:05", "sat,sun")
            assert schedule.next_run() == datetime(2026, 6, 13, 18, 5, tzinfo=SHANGHAI)
            assert store.get_meta("schedule.time") == "18:05"
        finally:
            schedule.shutdown()
            FakeClock.current = datetime(2026, 6, 10, 7, 29, 58, tzinfo=SHANGHAI)


def _login(client: TestClient) -> str:
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)  # type: ignore[union-attr]
    r = client.post("/login", data={"name": "ed", "password": PASSWORD, "csrf": token, "next": "/runs"})
    assert r.status_code == 303
    return re.search(r'name="csrf" value="([^"]+)"', client.get("/runs").text).group(1)  # type: ignore[union-attr]


def test_run_now_shows_progress_and_refuses_a_second_run(
        demo_db: tuple[Path, Settings], tmp_path: Path) -> None:
    db, settings = demo_db
    app = create_app(db, settings=settings.with_overrides(timezone="Asia/Shanghai"),
                     out_dir=tmp_path / "web-out")
    app.state.runs.now = lambda: datetime(2026, 6, 10, 8, 0, tzinfo=SHANGHAI)  # the corpus's day
    with TestClient(app, base_url="http://127.0.0.1", follow_redirects=False) as client:
        token = _login(client)
        r = client.post("/runs/now", data={"csrf": token})
        assert r.status_code == 303 and r.headers["location"] == "/runs#progress"
        again = client.post("/runs/now", data={"csrf": token})
        assert again.status_code == 303
        assert "没有开始：已有一次运行正在进行" in client.get("/runs").text
        seen_stages: set[str] = set()
        deadline = time.monotonic() + 300
        while True:
            status = client.get("/api/run/status").json()
            seen_stages |= {s["name"] for s in status["stages"]}
            if not status["running"]:
                break
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert status["by"] == "ed" and status["status"] == "ok" and status["error"] == ""
        assert seen_stages >= {"sources", "pages", "extract", "analyse", "write", "render"}
        assert status["summary"]["sections"] >= 4
        page = client.get("/runs").text
        assert "正常" in page and status["day"] in page

        bad = client.post("/runs/schedule", data={"csrf": token, "time": "25:00", "weekdays": "mon-fri"})
        assert bad.status_code == 303 and "定时设置无效" in client.get("/runs").text
        ok = client.post("/runs/schedule", data={"csrf": token, "time": "07:30", "weekdays": "mon-fri"})
        assert ok.status_code == 303
        assert "mon-fri 07:30 Asia/Shanghai, next" in client.get("/runs").text
        assert app.state.scheduler.scheduler.get_job("daily-brief") is not None
    with Store.open(db) as store:
        assert store.get_meta("schedule.time") == "07:30"
        assert store.runs()[0]["brief_date"] == status["day"]
