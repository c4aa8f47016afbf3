"""The workbench's side of delivery and alarms: publishing sends the brief to the channels,
the 推送 page shows every delivery, a failed one raises a banner and can be sent again; a
source failing several mornings in a row (or going quiet) raises a banner, reaches the
channels once, and the Sources page shows its history."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from receivers import Robots, robot_receiver
from test_web import DAY, _login, cheap_hashing, db_path, template_db  # noqa: F401 - fixtures

from dailybrief.models import OutcomeKind, SourceOutcome
from dailybrief.monitor.alarms import announce_new_alarms, source_alarms
from dailybrief.settings import Settings
from dailybrief.store import Store
from dailybrief.web import create_app


@pytest.fixture()
def robots() -> Robots:
    with robot_receiver() as receiver:
        yield receiver


def _settings(robots: Robots) -> Settings:
    return Settings(deliver_urls=f"json://{robots.base.split('://')[1]}/hooks/brief",
                    deliver_retries=2, backoff_s=0.01, public_url="https://brief.example.org")


def _wait_for_deliveries(app) -> None:  # type: ignore[no-untyped-def]
    for thread in list(app.state.deliveries):
        thread.join(timeout=60)


def test_publishing_delivers_and_a_failure_raises_a_banner_until_resent(
        db_path: Path, tmp_path: Path, robots: Robots) -> None:  # noqa: F811
    robots.fail_paths["/hooks"] = 500
    app = create_app(db_path, out_dir=tmp_path / "web-out", settings=_settings(robots))
    try:
        client, token = _login(app)
        r = client.post(f"/brief/{DAY}/publish", data={"csrf": token, "revision": "1"})
        assert r.status_code == 303
        _wait_for_deliveries(app)
        assert len(robots.to("/hooks/brief")) == 2  # retried once
        page = client.get("/archive").text
        assert "1 个推送失败" in page and 'href="/deliveries#failed-deliveries"' in page
        listing = client.get("/deliveries").text
        assert "推送失败" in listing and "重新推送" in listing and "500" in listing

        robots.fail_paths.clear()
        r = client.post("/deliveries/retry", data={"csrf": token, "day": DAY.isoformat()})
        assert r.status_code == 303
        _wait_for_deliveries(app)
        sent = robots.to("/hooks/brief")[-1].body
        assert sent["title"].startswith("新质生产力每日动态") and "阅读全文" in sent["message"]
        assert f"https://brief.example.org/brief/{DAY}/r/1" in sent["message"]
        assert "推送失败" not in client.get("/archive").text
        with Store.open(db_path) as store:
            assert [d["status"] for d in store.deliveries(DAY)] == ["sent", "failed"]
    finally:
        app.state.store.close()


def _outcomes(store: Store, source: str, kinds: list[str], start: date) -> None:
    for i, kind in enumerate(kinds):
        pages = 5 if kind == "ok" else 0
        reason = {"ok": "", "failed": "timeout", "empty": "no_article_links"}[kind]
        store.save_source_outcomes(None, start + timedelta(days=i),
                                   [SourceOutcome(source, OutcomeKind(kind), pages, reason)])


def test_source_alarms_start_once_and_reach_the_channels_and_the_workbench(
        db_path: Path, tmp_path: Path, robots: Robots) -> None:  # noqa: F811
    settings = _settings(robots)
    start = date(2026, 6, 1)
    with Store.open(db_path) as store:
        _outcomes(store, "nea", ["ok", "failed", "failed"], start)
        _outcomes(store, "nda", ["ok", "ok", "empty"], start)
        _outcomes(store, "xinhua", ["failed", "ok", "failed"], start)
        alarms = {a.source_id: a for a in source_alarms(store, settings)}
        assert set(alarms) == {"nda"} and alarms["nda"].new  # nea: 2 failures < 3
        _outcomes(store, "nea", ["failed"], start + timedelta(days=3))
        store.save_source_outcomes(None, start + timedelta(days=3),
                                   [SourceOutcome("nda", OutcomeKind.EMPTY, 0, "no_article_links")])
        alarms = {a.source_id: a for a in source_alarms(store, settings)}
        assert alarms["nea"].new and alarms["nea"].days == 3 and "连续 3 天抓取失败（超时）" in alarms["nea"].text
        assert not alarms["nda"].new and "已连续 2 天没有抓到文章" in alarms["nda"].text
        new = announce_new_alarms(store, settings, start + timedelta(days=3))
        assert [a.source_id for a in new] == ["nea"]
        _outcomes(store, "nea", ["failed"], start + timedelta(days=4))
        assert announce_new_alarms(store, settings, start + timedelta(days=4)) == []
    (alarm,) = robots.to("/hooks/brief")
    assert alarm.body["title"] == "来源告警（2026-06-04）"
    assert "国家能源局" in alarm.body["message"] and "https://brief.example.org/sources" in alarm.body["message"]

    app = create_app(db_path, out_dir=tmp_path / "web-out", settings=settings)
    try:
        client, _ = _login(app)
        page = client.get("/sources").text
        assert "来源「国家能源局」已连续 4 天抓取失败" in page and "来源「国家数据局」" in page
        row = page[page.index('id="source-nea"'):]
        row = row[:row.index("</tr>")]
        assert row.count('class="outcome failed"') == 4 and row.count('class="outcome ok"') == 1
    finally:
        app.state.store.close()


def test_the_workbench_sends_failed_deliveries_again_by_itself(
        db_path: Path, tmp_path: Path, robots: Robots) -> None:  # noqa: F811
    robots.fail_paths["/hooks"] = 503
    app = create_app(db_path, out_dir=tmp_path / "web-out", settings=_settings(robots))
    app.state.runs.now = lambda: datetime(2026, 6, 10, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    try:
        client, token = _login(app)
        client.post(f"/brief/{DAY}/publish", data={"csrf": token, "revision": "1"})
        _wait_for_deliveries(app)
        assert app.state.scheduler.retry_deliveries() == 1  # still down: a second failed round
        robots.fail_paths.clear()
        assert app.state.scheduler.retry_deliveries() == 1
        assert app.state.scheduler.retry_deliveries() == 0  # nothing left to send
        with Store.open(db_path) as store:
            assert [d["status"] for d in store.deliveries(DAY)] == ["sent", "failed", "failed"]
            assert store.undelivered() == []
        assert robots.to("/hooks/brief")[-1].body["title"].startswith("新质生产力每日动态")
    finally:
        app.state.store.close()
