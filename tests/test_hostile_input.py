"""One clear line for every bad input, checked before any fetch; Markdown that carries no live
HTML; a login throttle that slows guessing without locking the real user out."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from click.testing import CliRunner
from fastapi.testclient import TestClient
from hostile_server import hostile_server

from dailybrief.cli import cli
from dailybrief.collect import collect
from dailybrief.models import Authority, Brief, Reason, Reference, Section, Source, SourceKind
from dailybrief.render.text import render_markdown
from dailybrief.settings import Settings
from dailybrief.store import Store
from dailybrief.web import auth, create_app
from dailybrief.web.auth import LoginThrottle

PASSWORD = "an editor's long password"
ENTRY = "sources:\n  - {id: a, name: 来源, name_en: a, kind: listpage, url: '%s/list?n=2', authority: media}\n"


def _run(tmp_path: Path, *args: str, sources: str | None = None, settings: str | None = None):
    argv = ["run", "--date", "2026-06-10", "--out", str(tmp_path / "out"), "--db", str(tmp_path / "db.sqlite")]
    if sources is not None:
        (tmp_path / "sources.yaml").write_text(sources, encoding="utf-8")
        argv += ["--sources", str(tmp_path / "sources.yaml")]
    if settings is not None:
        (tmp_path / "settings.yaml").write_text(settings, encoding="utf-8")
        argv += ["--settings", str(tmp_path / "settings.yaml")]
    return CliRunner().invoke(cli, [*argv, *args])


def _one_line(result, pattern: str) -> None:
    """The command failed with exit 2 and one error line matching pattern, no traceback."""
    output = result.output
    assert result.exit_code == 2, output
    assert "Traceback" not in output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    errors = [line for line in output.splitlines() if line.lower().startswith("error")]
    assert len(errors) == 1 and re.search(pattern, errors[0]), output


BAD = [
    ("deeply nested sources", "sources: " + "[" * 5000 + "]" * 5000 + "\n", None, (), r"nested more than 50"),
    ("duplicate key", "sources:\n  - id: a\n    id: b\n", None, (), r"duplicate key 'id'"),
    ("no sources", "sources: []\n", None, (), r"the list is empty"),
    ("a name of two million characters",
     "sources:\n  - {id: a, name: '" + "长" * 2_000_000 + "', name_en: a, kind: rss, url: 'http://127.0.0.1:9/', "
     "authority: media}\n", None, (), r"'name': 2000000 characters"),
    ("negative window", ENTRY, None, ("--window-days", "-1"), r"'window_days': -1 is out of range"),
    ("a window of 99999999 days", ENTRY, None, ("--window-days", "99999999"), r"out of range"),
    ("negative page size", ENTRY, "max_page_bytes: -5\n", (), r"'max_page_bytes': -5 is out of range"),
    ("duplicate setting", ENTRY, "timeout_s: 1\ntimeout_s: 2\n", (), r"duplicate key 'timeout_s'"),
    ("nested settings", ENTRY, "a: " + "[" * 100 + "]" * 100 + "\n", (), r"nested more than"),
    ("the year 1", ENTRY, None, ("--date", "0001-01-01"), r"outside 2000-01-01 to 2099-12-31"),
    ("an unknown format", ENTRY, None, ("--format", "json,exe"), r"unknown format\(s\) exe"),
    ("a zero deadline", ENTRY, "run_deadline_s: 0\n", (), r"'run_deadline_s': 0(\.0)? is out of range"),
    ("an unknown origin", "sources:\n  - {id: a, name: x, name_en: a, kind: rss, url: 'http://127.0.0.1:9/', "
     "authority: media, origin: admin}\n", None, (), r"'origin': must be operator or workbench"),
]


@pytest.mark.parametrize(("case", "sources", "settings", "args", "pattern"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_one_line_before_any_fetch(tmp_path: Path, case: str, sources: str, settings: str | None,
                                                args: tuple[str, ...], pattern: str) -> None:
    with hostile_server() as srv:
        result = _run(tmp_path, *args, sources=sources.replace("%s", srv.base), settings=settings)
        assert srv.hits.total() == 0, srv.hits.counts  # refused before the crawl
    _one_line(result, pattern)


def test_serve_refuses_an_impossible_port(tmp_path: Path) -> None:
    with Store.open(tmp_path / "db.sqlite"):
        pass
    result = CliRunner().invoke(cli, ["serve", "--port", "99999", "--db", str(tmp_path / "db.sqlite")])
    _one_line(result, r"99999 is not in the range 1<=x<=65535")


def test_a_binary_list_page_is_one_rejection_and_no_logged_traceback(caplog: pytest.LogCaptureFixture) -> None:
    import os

    body = os.urandom(65536)

    with hostile_server() as srv:
        srv_binary = srv.base + "/binary"
        caplog.set_level(logging.INFO)
        source = Source("bin", "b", "b", SourceKind.LISTPAGE, srv_binary, Authority.MEDIA)
        result = collect([source], Settings(timeout_s=5))
    assert len(result.rejections) == 1 and result.rejections[0].reason in (Reason.NO_LINKS, Reason.DECODE_ERROR)
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
    from dailybrief.collect.listpage import discover_links
    from dailybrief.errors import ExtractError
    with pytest.raises(ExtractError):  # random bytes are undecodable: the collect stage names it
        discover_links(body, srv_binary, source)


def test_markdown_carries_no_live_html() -> None:
    brief = Brief(
        day=date(2026, 6, 10), title="新质生产力每日动态<script>alert(1)</script>",
        summary="摘要<img src=x onerror=alert(1)>",
        sections=(Section(title="一节<iframe src=//x>", references=(1,),
                          paragraphs=("正文<a href='javascript:alert(1)'>链接</a> & 更多",), story_id="S1"),),
        references=(Reference(n=1, title="通知<b>", publisher="国家<script>发展改革委",
                              publisher_en="NDRC", published=date(2026, 6, 5),
                              url="http://127.0.0.1/a?x=1&y=<2>", verifies="用于核验"),),
    )
    text = render_markdown(brief)
    assert not re.search(r"<(script|img|iframe|a |b>)", text), text
    assert "&lt;script&gt;" in text and "&amp; 更多" in text
    assert "<http://127.0.0.1/a?x=1&y=%3C2%3E>" in text


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_throttle_slows_a_guesser_and_never_the_right_client() -> None:
    clock = Clock()
    throttle = LoginThrottle(allowed=5, client_allowed=10, clock=clock)
    for _ in range(6):
        throttle.failed("10.0.0.66", "alice")
    assert throttle.retry_after("10.0.0.66", "alice") == pytest.approx(2.0)  # 1 s, doubled once
    assert throttle.retry_after("192.0.2.7", "alice") == 0  # alice from her own machine gets in
    throttle.failed("10.0.0.66", "alice")
    assert throttle.retry_after("10.0.0.66", "alice") == pytest.approx(4.0)  # backoff doubles
    clock.now += 4.0
    assert throttle.retry_after("10.0.0.66", "alice") == 0  # …and ends
    # one client, many names: throttled per client
    for i in range(25):
        throttle.failed("10.0.0.99", f"user{i}")
    assert throttle.retry_after("10.0.0.99", "someone-else") > 0
    # many clients, one name: only the clients that failed on it are slowed
    for i in range(50):
        throttle.failed(f"10.1.0.{i}", "bob")
    assert throttle.retry_after("10.1.0.3", "bob") > 0 and throttle.retry_after("192.0.2.8", "bob") == 0
    clock.now += 10_000  # failures fade
    assert throttle.retry_after("10.0.0.99", "someone-else") == 0


def test_the_workbench_lets_the_right_password_in_from_another_client(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    db = tmp_path / "db.sqlite"
    with Store.open(db) as store:
        store.save_user("alice", auth.hash_password(PASSWORD), "editor")
    app = create_app(db, out_dir=tmp_path / "web-out")

    def client(host: str) -> tuple[TestClient, str]:
        c = TestClient(app, base_url="http://127.0.0.1", follow_redirects=False, client=(host, 50000))
        token = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text).group(1)
        return c, token

    attacker, token = client("10.0.0.66")
    codes = [attacker.post("/login", data={"name": "alice", "password": f"guess {i}", "csrf": token}).status_code
             for i in range(8)]
    assert codes[:5] == [401] * 5 and 429 in codes[5:]
    refused = attacker.post("/login", data={"name": "alice", "password": PASSWORD, "csrf": token})
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
    analyst, token = client("10.0.0.5")
    assert analyst.post("/login", data={"name": "alice", "password": PASSWORD, "csrf": token}).status_code == 303
    app.state.store.close()


def test_settings_out_of_range_are_refused_however_they_are_made() -> None:
    with pytest.raises(Exception, match="out of range"):
        replace(Settings(), retries=-1)


def test_the_same_run_with_good_input_does_fetch(tmp_path: Path) -> None:
    """The control for the cases above: their sources file, valid, is crawled."""
    with hostile_server() as srv:
        _run(tmp_path, "--format", "json", sources=ENTRY.replace("%s", srv.base))
        assert srv.hits["/list"] == 1
