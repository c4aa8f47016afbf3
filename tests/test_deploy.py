"""The systemd units and the cron line in deploy/ work as written: systemd-analyze accepts
the units and the timer's calendar, and each ExecStart / cron command runs a real brief."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from apscheduler.triggers.cron import CronTrigger

from dailybrief.demo import corpus_meta, demo_corpus, serve_folder
from dailybrief.sources import load_sources
from dailybrief.store import Store

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
HOME = "/srv/dailybrief"


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(DEPLOY / name, encoding="utf-8")
    return parser


def _install(tmp_path: Path) -> Path:
    """Lay out tmp_path like /srv/dailybrief: a .venv/bin/dailybrief and a database whose
    sources are the demo corpus (served while the test runs)."""
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "dailybrief").symlink_to(Path(sys.executable).parent / "dailybrief")
    return tmp_path


def _registry(db: Path, base_url: str) -> None:
    with Store.open(db) as store:
        store.upsert_sources(load_sources(demo_corpus() / "sources.yaml", base_url=base_url))


def _env() -> dict[str, str]:
    # The demo corpus is dated; --date today then finds no article in the window, which is fine:
    # the point is that the command line is accepted and a run is recorded.
    return {**os.environ, "DAILYBRIEF_WINDOW_DAYS": str(corpus_meta(demo_corpus())[1])}


def test_the_service_exec_start_runs_as_written(tmp_path: Path) -> None:
    home = _install(tmp_path)
    exec_start = _unit("dailybrief-run.service")["Service"]["ExecStart"]
    argv = [a.replace(HOME, str(home)) for a in shlex.split(exec_start)]
    assert argv[1:4] == ["run", "--db", f"{home}/dailybrief.db"] and "today" in argv
    with serve_folder(demo_corpus() / "site") as base_url:
        _registry(home / "dailybrief.db", base_url)
        done = subprocess.run(argv, cwd=home, capture_output=True, text=True, timeout=600, env=_env())
    assert done.returncode in (0, 3), done.stderr
    assert "dailybrief run for" in done.stdout and "Traceback" not in done.stderr
    with Store.open(home / "dailybrief.db") as store:
        assert len(store.runs()) == 1
    assert (home / "out" / "latest").is_dir()


def test_the_cron_line_runs_as_written(tmp_path: Path) -> None:
    home = _install(tmp_path)
    line = next(ln for ln in (DEPLOY / "crontab").read_text(encoding="utf-8").splitlines()
                if ln.strip() and not ln.startswith("#"))
    fields = line.split(None, 5)
    CronTrigger.from_crontab(" ".join(fields[:5]), timezone="Asia/Shanghai")  # a valid schedule
    assert fields[:5] == ["30", "7", "*", "*", "1-5"]
    assert line in (ROOT / "docs" / "schedule.md").read_text(encoding="utf-8")
    command = fields[5].replace(HOME, str(home))
    with serve_folder(demo_corpus() / "site") as base_url:
        _registry(home / "dailybrief.db", base_url)
        done = subprocess.run(["/bin/sh", "-c", command], capture_output=True, text=True,
                              timeout=600, env=_env())
    assert done.returncode in (0, 3), (home / "run.log").read_text(encoding="utf-8")
    assert "dailybrief run for" in (home / "run.log").read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is absent")
def test_systemd_accepts_the_units_and_the_calendar(tmp_path: Path) -> None:
    home = _install(tmp_path)
    for name in ("dailybrief-run.service", "dailybrief-run.timer"):
        text = (DEPLOY / name).read_text(encoding="utf-8").replace(HOME, str(home))
        (tmp_path / name).write_text(text, encoding="utf-8")
    verify = subprocess.run(["systemd-analyze", "verify", "--man=no", "dailybrief-run.service",
                             "dailybrief-run.timer"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=60)
    assert verify.returncode == 0, verify.stderr
    calendar = _unit("dailybrief-run.timer")["Timer"]["OnCalendar"]
    shown = subprocess.run(["systemd-analyze", "calendar", calendar], capture_output=True,
                           text=True, timeout=60)
    assert shown.returncode == 0 and "Next elapse" in shown.stdout
