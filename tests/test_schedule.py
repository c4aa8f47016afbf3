"""Runs by the clock: today in the brief's time zone, one run at a time per database, exit
codes a monitor can act on, and the progress bar on a terminal (quiet elsewhere)."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import textwrap
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from dailybrief.cli import cli
from dailybrief.demo import corpus_meta, demo_corpus, serve_folder
from dailybrief.errors import ConfigError, RunBusyError
from dailybrief.pipeline import run_brief
from dailybrief.progress import LiveProgress, Progress, TerminalProgress, terminal_progress
from dailybrief.schedule import RunLock, running_holder, today_in
from dailybrief.settings import Settings
from dailybrief.store import Store


def test_today_is_the_day_in_the_briefs_time_zone() -> None:
    late_utc = datetime(2026, 6, 9, 17, 30, tzinfo=UTC)  # 01:30 on the 10th in Beijing
    assert today_in("Asia/Shanghai", late_utc) == date(2026, 6, 10)
    assert today_in("Europe/London", late_utc) == date(2026, 6, 9)
    with pytest.raises(ConfigError, match="Mars/Olympus"):
        today_in("Mars/Olympus")


def test_run_date_today_uses_the_timezone_setting(tmp_path: Path) -> None:
    sources = tmp_path / "sources.yaml"
    sources.write_text("sources:\n  - {id: nea, name: 国家能源局, name_en: NEA, kind: rss, "
                       "url: 'http://127.0.0.1:9/rss.xml', authority: ministry}\n", encoding="utf-8")
    db = tmp_path / "b.db"
    env = {"DAILYBRIEF_TIMEZONE": "Pacific/Kiritimati"}  # UTC+14: often a day ahead of UTC
    result = CliRunner().invoke(cli, ["run", "--sources", str(sources), "--date", "today",
                                      "--db", str(db), "--out", str(tmp_path / "out"),
                                      "--format", "json"], env=env)
    assert result.exit_code == 4, result.output
    with Store.open(db) as store:
        (run,) = store.runs()
    assert run["brief_date"] == today_in("Pacific/Kiritimati").isoformat()
    bad = CliRunner().invoke(cli, ["run", "--sources", str(sources), "--date", "tomorrow",
                                   "--out", str(tmp_path / "out")])
    assert bad.exit_code == 2 and "'today'" in bad.output


def test_a_second_run_on_the_same_database_is_refused_with_who_holds_it(tmp_path: Path) -> None:
    db = tmp_path / "b.db"
    with RunLock(db, date(2026, 6, 10), by="scheduler"):
        holder = running_holder(db)
        assert holder is not None and holder["pid"] == os.getpid() and holder["by"] == "scheduler"
        with pytest.raises(RunBusyError, match=r"another run is in progress \(pid \d+"):
            RunLock(db, date(2026, 6, 11)).__enter__()
        result = CliRunner().invoke(cli, ["run", "--db", str(db), "--sources", str(tmp_path / "x.yaml"),
                                          "--date", "2026-06-10", "--out", str(tmp_path / "out")])
        assert result.exit_code == 5 and "another run is in progress" in result.output
    assert running_holder(db) is None


def test_the_lock_of_a_crashed_run_is_released_by_the_os(tmp_path: Path) -> None:
    db = tmp_path / "b.db"
    script = textwrap.dedent(f"""
        import os
        from datetime import date
        from dailybrief.schedule import RunLock
        lock = RunLock({str(db)!r}, date(2026, 6, 10))
        lock.__enter__()
        print("held", flush=True)
        os._exit(9)  # a crash: no __exit__, no cleanup
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert "held" in done.stdout and done.returncode == 9
    with RunLock(db, date(2026, 6, 10)):
        pass


def test_a_run_started_while_one_runs_exits_5_naming_the_other(tmp_path: Path) -> None:
    corpus = demo_corpus()
    db = tmp_path / "b.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from datetime import date
            from dailybrief.schedule import RunLock
            with RunLock({str(db)!r}, date(2026, 6, 10), by="test"):
                print("held", flush=True)
                sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        result = CliRunner().invoke(cli, ["run", "--sources", str(corpus / "sources.yaml"),
                                          "--date", "2026-06-10", "--db", str(db),
                                          "--out", str(tmp_path / "out")])
        assert result.exit_code == 5
        assert f"pid {holder.pid}" in result.output and "brief 2026-06-10" in result.output
        assert "Traceback" not in result.output
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)


def _demo_sources_with_a_dead_one(base_url: str, tmp_path: Path) -> Path:
    data = yaml.safe_load((demo_corpus() / "sources.yaml").read_text(encoding="utf-8"))
    for entry in data["sources"]:
        entry["url"] = base_url + entry["url"]
    data["sources"].append({"id": "dead", "name": "停摆的网站", "name_en": "Dead site", "kind": "rss",
                            "url": "http://127.0.0.1:9/rss.xml", "authority": "media"})
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(("flags", "code"), [((), 0), (("--strict",), 3)])
def test_a_run_with_one_source_down_writes_the_brief_names_it_and_exits_3_only_when_strict(
    tmp_path: Path, flags: tuple[str, ...], code: int
) -> None:
    day, window = corpus_meta(demo_corpus())
    with serve_folder(demo_corpus() / "site") as base_url:
        sources = _demo_sources_with_a_dead_one(base_url, tmp_path)
        result = CliRunner().invoke(cli, [
            "run", "--sources", str(sources), "--date", day.isoformat(), "--window-days", str(window),
            "--db", str(tmp_path / "b.db"), "--out", str(tmp_path / "out"), "--format", "json", *flags])
    assert result.exit_code == code, result.output
    assert "失败 dead: 网络错误（network_error）" in result.output
    assert "warning: 1 source(s) failed (dead)" in result.output
    assert ("(exit 3)" in result.output) is bool(flags)
    assert (tmp_path / "out" / "brief.json").is_file()
    with Store.open(tmp_path / "b.db") as store:
        assert store.runs()[0]["status"] == "partial"
        assert store.source_history("dead")[0]["outcome"] == "failed"
        assert store.source_history("nea")[0]["outcome"] == "ok"


def test_progress_reaches_every_stage_and_the_web_snapshot(tmp_path: Path) -> None:
    corpus = demo_corpus()
    day, window = corpus_meta(corpus)
    live = LiveProgress()
    with serve_folder(corpus / "site") as base_url:
        run_brief(corpus / "sources.yaml", day=day, out_dir=tmp_path / "out", db_path=tmp_path / "b.db",
                  settings=Settings(window_days=window), formats=("json", "md"), base_url=base_url,
                  tracker=live)
    live.close()
    snap = live.snapshot()
    stages = {s["name"]: s for s in snap["stages"]}
    assert list(stages) == ["sources", "pages", "extract", "analyse", "write", "render"]
    sources = len(yaml.safe_load((corpus / "sources.yaml").read_text(encoding="utf-8"))["sources"])
    assert stages["sources"]["done"] == stages["sources"]["total"] == sources
    assert stages["pages"]["done"] == stages["pages"]["total"] > 10
    assert stages["render"]["done"] == 2 and all(s["finished"] for s in snap["stages"])
    assert any(m.startswith("collected ") for m in snap["messages"])


def _read_all(fd: int) -> bytes:
    """Return everything written to a pty so far (one read may return only the first chunk)."""
    chunks = []
    while select.select([fd], [], [], 0.5)[0]:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def test_the_progress_bar_draws_on_a_terminal_and_stays_quiet_elsewhere(tmp_path: Path) -> None:
    plain = tmp_path / "log.txt"
    with plain.open("w") as stream:
        assert type(terminal_progress(stream)) is Progress
    master, slave = os.openpty()
    with os.fdopen(slave, "w") as tty:
        bar = terminal_progress(tty)
        assert isinstance(bar, TerminalProgress)
        bar.stage("sources", 3)
        bar.advance("sources", 3)
        bar.stage("pages", 2)
        bar.advance("pages")
        bar.close()
        tty.flush()
    drawn = _read_all(master).decode("utf-8", "replace")
    os.close(master)
    assert "来源" in drawn and "3/3" in drawn and "页面" in drawn


def test_one_run_at_a_time_on_a_shared_postgresql_database(postgres) -> None:  # type: ignore[no-untyped-def]
    url = postgres.new_database()
    with RunLock(url, date(2026, 6, 10), by="cli"):
        holder = running_holder(url)
        assert holder is not None and holder["pid"] == os.getpid() and holder["day"] == "2026-06-10"
        with pytest.raises(RunBusyError, match=rf"another run is in progress \(pid {os.getpid()}"):
            RunLock(url, date(2026, 6, 10)).__enter__()
    assert running_holder(url) is None
    script = textwrap.dedent(f"""
        import os
        from datetime import date
        from dailybrief.schedule import RunLock
        RunLock({url!r}, date(2026, 6, 10)).__enter__()
        print("held", flush=True)
        os._exit(9)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert "held" in done.stdout and done.returncode == 9
    deadline = time.monotonic() + 10  # the server notices the closed session at once or nearly
    while running_holder(url) is not None:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    with RunLock(url, date(2026, 6, 10)):
        pass
