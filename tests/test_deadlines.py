"""Deadlines across days: the workbench page, the /calendar.ics feed with a per-user token
and `dailybrief calendar --out`, each .ics parsed back with the icalendar library."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import icalendar
from click.testing import CliRunner
from fastapi.testclient import TestClient

from dailybrief.cli import cli
from dailybrief.deadlines import all_deadlines
from dailybrief.schedule import today_in
from dailybrief.store import Store
from dailybrief.web import auth, create_app

BRIEF = Path(__file__).parent / "data" / "briefs" / "brief-2026-06-02-six-sections.json"
PASSWORD = "a calendar user's password"
TODAY = today_in("Asia/Shanghai")
SOON = TODAY + timedelta(days=10)
LATER = TODAY + timedelta(days=40)
PAST = TODAY - timedelta(days=5)
REPORT = "各地发展改革委于期限前报送第二批绿电直连试点项目申报材料"


def _brief(day: date, deadlines: list[tuple[date, str]]) -> dict:  # type: ignore[type-arg]
    data = json.loads(BRIEF.read_text(encoding="utf-8"))
    data["date"] = day.isoformat()
    data["deadlines"] = [{"date": d.isoformat(), "what": w, "ref": 1} for d, w in deadlines]
    return data


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "brief.db"
    with Store.open(db) as store:
        first, second = TODAY - timedelta(days=2), TODAY - timedelta(days=1)
        store.save_brief(first, _brief(first, [(SOON, REPORT), (PAST, "已经过期的事项")]))
        store.save_brief(second, _brief(second, [(SOON, REPORT), (LATER, "工业和信息化部年底前公布标杆企业名单")]),
                         status="published")
        store.save_user("ana", auth.hash_password(PASSWORD), "viewer")
    return db


def _events(ics: bytes) -> list[icalendar.Event]:
    cal = icalendar.Calendar.from_ical(ics)
    assert str(cal["X-WR-CALNAME"]).endswith("时间节点")
    return list(cal.walk("VEVENT"))


def test_deadlines_are_listed_once_from_their_latest_brief(tmp_path: Path) -> None:
    with Store.open(_db(tmp_path)) as store:
        upcoming = all_deadlines(store, since=TODAY)
        everything = all_deadlines(store)
    assert [(d.day, d.what) for d in upcoming] == [
        (SOON, REPORT), (LATER, "工业和信息化部年底前公布标杆企业名单")]
    assert upcoming[0].brief_date == TODAY - timedelta(days=1) and upcoming[0].published
    assert upcoming[0].publisher and upcoming[0].url.startswith("http")
    assert len(everything) == 3


def test_the_feed_needs_the_users_token_and_parses_back(tmp_path: Path) -> None:
    db = _db(tmp_path)
    app = create_app(db, out_dir=tmp_path / "web-out")
    with TestClient(app, base_url="http://127.0.0.1", follow_redirects=False) as client:
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)  # type: ignore[union-attr]
        client.post("/login", data={"name": "ana", "password": PASSWORD, "csrf": token, "next": "/"})
        html = client.get("/deadlines").text
        assert REPORT in html and "已经过期的事项" not in html
        assert "已经过期的事项" in client.get("/deadlines?past=1").text
        feed = re.search(r'<code id="feed-url">([^<]+)</code>', html).group(1)  # type: ignore[union-attr]
        assert feed.startswith("http://127.0.0.1/calendar.ics?token=")
        csrf = re.search(r'name="csrf" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]

        calendar_app = TestClient(app, base_url="http://127.0.0.1")  # no session cookie
        r = calendar_app.get(feed.removeprefix("http://127.0.0.1"))
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
        events = _events(r.content)
        assert calendar_app.get("/calendar.ics?token=1-forged").status_code == 403
        assert calendar_app.get("/calendar.ics").status_code == 403
        by_day = {e.decoded("dtstart"): e for e in events}
        assert set(by_day) == {SOON, LATER, PAST}
        report = by_day[SOON]
        assert str(report["summary"]).startswith("各地发展改革委于期限前报送")
        assert report.decoded("dtend") == SOON + timedelta(days=1)
        assert "来源：" in str(report["description"]) and str(report["uid"]).endswith("@dailybrief")
        assert report.walk("VALARM")[0].decoded("trigger") == timedelta(days=-1)

        client.post("/deadlines/token/reset", data={"csrf": csrf})
        assert client.get(feed.removeprefix("http://127.0.0.1")).status_code == 403
        fresh = re.search(r'<code id="feed-url">([^<]+)</code>', client.get("/deadlines").text).group(1)  # type: ignore[union-attr]
        assert fresh != feed and client.get(fresh.removeprefix("http://127.0.0.1")).status_code == 200


def test_calendar_command_writes_an_ics_file(tmp_path: Path) -> None:
    db = _db(tmp_path)
    out = tmp_path / "deadlines.ics"
    result = CliRunner().invoke(cli, ["calendar", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0 and "2 deadline(s) written" in result.output
    assert {e.decoded("dtstart") for e in _events(out.read_bytes())} == {SOON, LATER}
    everything = CliRunner().invoke(cli, ["calendar", "--db", str(db), "--out", str(out), "--all"])
    assert everything.exit_code == 0 and len(_events(out.read_bytes())) == 3
    bad = CliRunner().invoke(cli, ["calendar", "--db", str(db), "--out", str(tmp_path / "no" / "x.ics")])
    assert bad.exit_code == 2 and "cannot write" in bad.output
