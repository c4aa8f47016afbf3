"""Delivery through Apprise to real protocols on 127.0.0.1: the robots' webhooks get the JSON
each service's API expects, the SMTP server gets the e-mail with its PDF, failures are
retried, recorded and reported, and no channel secret reaches the database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from receivers import Mailbox, Robots, point_robots_at, robot_receiver, smtp_server

from dailybrief.cli import cli
from dailybrief.deliver.channels import configured_channels
from dailybrief.deliver.message import brief_message
from dailybrief.errors import DeliveryError
from dailybrief.settings import Settings
from dailybrief.store import Store

BRIEF = Path(__file__).parent / "data" / "briefs" / "brief-2026-06-02-six-sections.json"
DAY = date(2026, 6, 2)
FEISHU_TOKEN = "feishuSecretToken42"
DING_TOKEN = "dingsecrettoken42"
WECOM_KEY = "wecom-secret-key-42"
TG_TOKEN = "123456789:TelegramSecret42"


@pytest.fixture()
def channels(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Robots, Mailbox]]:
    with robot_receiver() as robots, smtp_server() as box:
        point_robots_at(monkeypatch, robots.base)
        yield robots, box


def _urls(robots: Robots, box: Mailbox) -> str:
    port = robots.base.rsplit(":", 1)[1]
    return "\n".join([
        f"feishu://{FEISHU_TOKEN}",
        f"dingtalk://{DING_TOKEN}/",
        f"wecombot://{WECOM_KEY}",
        f"tgram://{TG_TOKEN}/-100200300",
        f"json://127.0.0.1:{port}/hooks/brief",
        f"mailto://127.0.0.1:{box.port}?from=brief@example.org&to=team@example.org&mode=insecure",
    ])


def _db_with_published_brief(tmp_path: Path) -> Path:
    db = tmp_path / "brief.db"
    with Store.open(db) as store:
        store.save_brief(DAY, json.loads(BRIEF.read_text(encoding="utf-8")), status="published")
    return db


def _push(tmp_path: Path, db: Path, urls: str, *extra: str) -> object:
    env = {"DAILYBRIEF_DELIVER_URLS": urls, "DAILYBRIEF_DELIVER_RETRIES": "2",
           "DAILYBRIEF_BACKOFF_S": "0.01", "DAILYBRIEF_PUBLIC_URL": "https://brief.example.org/"}
    return CliRunner().invoke(cli, ["push", "--date", "2026-06-02", "--db", str(db),
                                    "--out", str(tmp_path / "files"), *extra], env=env)


def test_push_sends_each_channel_the_form_its_api_expects(
        tmp_path: Path, channels: tuple[Robots, Mailbox]) -> None:
    robots, box = channels
    db = _db_with_published_brief(tmp_path)
    result = _push(tmp_path, db, _urls(robots, box))
    assert result.exit_code == 0, result.output
    assert result.output.count("sent  ") == 6
    brief = json.loads(BRIEF.read_text(encoding="utf-8"))
    first_title = brief["sections"][0]["title"]
    link = "https://brief.example.org/brief/2026-06-02/r/1"

    (feishu,) = robots.to(f"/open-apis/bot/v2/hook/{FEISHU_TOKEN}/")
    assert feishu.body["msg_type"] == "interactive"
    card = feishu.body["card"]
    assert card["header"]["title"]["content"] == "新质生产力每日动态（2026 年 6 月 2 日）"
    content = card["elements"][0]["text"]
    assert content["tag"] == "lark_md" and f"- 一、{first_title}" in content["content"]
    assert "**摘要**" in content["content"] and f"[阅读全文]({link})" in content["content"]

    (ding,) = robots.to(f"/robot/send?access_token={DING_TOKEN}")
    assert ding.body["msgtype"] == "markdown"
    assert ding.body["markdown"]["title"].startswith("新质生产力每日动态")
    assert f"- 六、{brief['sections'][5]['title']}" in ding.body["markdown"]["text"]

    (wecom,) = robots.to(f"/cgi-bin/webhook/send?key={WECOM_KEY}")
    assert wecom.body["msgtype"] == "text"
    text = wecom.body["text"]["content"]
    assert len(text.encode("utf-8")) <= 2048 and f"一、{first_title}" in text
    assert f"阅读全文：{link}" in text and "**" not in text

    (tg,) = robots.to(f"/bot{TG_TOKEN}/sendMessage")
    assert tg.body["parse_mode"] == "HTML" and str(tg.body["chat_id"]) == "-100200300"
    assert f'<a href="{link}">阅读全文</a>' in tg.body["text"] and len(tg.body["text"]) <= 4096

    (hook,) = robots.to("/hooks/brief")
    assert hook.body["title"].startswith("新质生产力每日动态") and first_title in hook.body["message"]

    (mail,) = box.messages
    assert box.envelopes[0].rcpt_tos == ["team@example.org"]
    parts = {p.get_content_type(): p for p in mail.walk()}
    assert first_title in parts["text/html"].get_payload(decode=True).decode("utf-8")
    pdf = parts["application/pdf"]
    assert pdf.get_filename() == "brief.pdf" and pdf.get_payload(decode=True).startswith(b"%PDF")

    with Store.open(db) as store:
        rows = store.deliveries(DAY)
    assert len(rows) == 6 and {r["status"] for r in rows} == {"sent"}
    assert all(r["revision"] == 1 for r in rows)
    raw = db.read_bytes() + b"".join(p.read_bytes() for p in tmp_path.glob("brief.db*"))
    for secret in (FEISHU_TOKEN, DING_TOKEN, WECOM_KEY, TG_TOKEN):
        assert secret.encode() not in raw


def test_a_channel_answering_500_is_retried_recorded_and_reported(
        tmp_path: Path, channels: tuple[Robots, Mailbox]) -> None:
    robots, box = channels
    robots.fail_paths["/robot/send"] = 500
    db = _db_with_published_brief(tmp_path)
    result = _push(tmp_path, db, _urls(robots, box))
    assert result.exit_code == 3
    assert "FAILED dingtalk://" in result.output and "(2 attempts)" in result.output
    assert len(robots.to("/robot/send")) == 2  # deliver_retries
    with Store.open(db) as store:
        failed = store.undelivered()
    assert [f["channel"].split("://")[0] for f in failed] == ["dingtalk"]
    assert "500" in failed[0]["detail"]
    robots.fail_paths.clear()
    again = _push(tmp_path, db, _urls(robots, box), "--channel", failed[0]["channel"])
    assert again.exit_code == 0 and again.output.count("sent  ") == 1
    with Store.open(db) as store:
        assert store.undelivered() == []


def test_a_mail_server_that_refuses_is_a_recorded_failure(
        tmp_path: Path, channels: tuple[Robots, Mailbox]) -> None:
    robots, box = channels
    box.refuse = True
    db = _db_with_published_brief(tmp_path)
    urls = f"mailto://127.0.0.1:{box.port}?from=brief@example.org&to=team@example.org&mode=insecure"
    result = _push(tmp_path, db, urls)
    assert result.exit_code == 3 and "FAILED mailto://" in result.output
    with Store.open(db) as store:
        (row,) = store.deliveries(DAY)
    assert row["status"] == "failed" and row["attempts"] == 2


def test_push_without_channels_or_published_brief_says_what_to_do(tmp_path: Path) -> None:
    db = tmp_path / "brief.db"
    with Store.open(db) as store:
        store.save_brief(DAY, json.loads(BRIEF.read_text(encoding="utf-8")))
    none = CliRunner().invoke(cli, ["push", "--date", "2026-06-02", "--db", str(db)], env={"DAILYBRIEF_DELIVER_URLS": ""})
    assert none.exit_code == 2 and "DAILYBRIEF_DELIVER_URLS" in none.output
    draft = _push(tmp_path, db, "json://127.0.0.1:9/x")
    assert draft.exit_code == 2 and "no published brief for 2026-06-02" in draft.output
    bad = _push(tmp_path, db, "nonsense://x")
    assert bad.exit_code == 2 and "nonsense://" in bad.output


def test_long_briefs_are_cut_to_each_channels_limit() -> None:
    brief = json.loads(BRIEF.read_text(encoding="utf-8"))
    brief["summary"] = "新质生产力" * 2000
    brief["sections"] = [{"title": f"第{i}条很长的线索标题" * 8} for i in range(1, 400)]
    urls = "wecombot://k1\ntgram://123:abc/1\ndingtalk://t1/"
    for channel in configured_channels(Settings(deliver_urls=urls)):
        message = brief_message(brief, channel.style, "https://brief.example.org/brief/x")
        size = message.title + "\n" + message.body
        if channel.style.max_bytes:
            assert len(size.encode("utf-8")) <= channel.style.max_bytes
        else:
            assert len(size) <= (channel.style.max_chars or 0)
        assert "另有" in message.body and "阅读全文" in message.body
        assert max(len(line) for line in message.body.splitlines()[1:]) < 200
    with pytest.raises(DeliveryError, match="nonsense://"):
        configured_channels(Settings(deliver_urls="nonsense://x"))
