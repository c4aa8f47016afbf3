"""The whole job on both backends: the demo corpus, served on 127.0.0.1, run through the CLI
into a SQLite file and into a database on the throw-away PostgreSQL server (pg_cluster.py)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from dailybrief.cli import cli
from dailybrief.demo import corpus_meta, demo_corpus, serve_folder
from dailybrief.store import Store

pytestmark = pytest.mark.e2e
BACKENDS = ("sqlite", "postgresql")


def _sources_for(corpus: Path, base_url: str, folder: Path) -> Path:
    text = (corpus / "sources.yaml").read_text(encoding="utf-8")
    path = folder / "sources.yaml"
    path.write_text(re.sub(r"(url:\s*[\"']?)/", rf"\g<1>{base_url}/", text), encoding="utf-8")
    return path


def _run(day: date, window: int, db: str, out: Path, sources: Path | None = None) -> str:
    args = ["run", "--date", day.isoformat(), "--window-days", str(window), "--db", db,
            "--out", str(out), "--format", "json,md"]
    if sources is not None:
        args[1:1] = ["--sources", str(sources)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def runs(postgres, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Run the demo day twice on each backend against the same server (the same URLs)."""
    corpus = demo_corpus()
    day, window = corpus_meta(corpus)
    tmp = tmp_path_factory.mktemp("backends")
    dbs = {"sqlite": str(tmp / "brief.db"), "postgresql": postgres.new_database()}
    outputs: dict[str, dict[str, str]] = {}
    counts: dict[str, tuple[dict[str, int], dict[str, int]]] = {}
    with serve_folder(corpus / "site") as base_url:
        sources = _sources_for(corpus, base_url, tmp)
        for name, db in dbs.items():
            first = _run(day, window, db, tmp / name / "out1", sources)
            with Store.open(db) as store:
                before = store.table_counts()
            second = _run(day, window, db, tmp / name / "out2")  # the registry kept in the database
            with Store.open(db) as store:
                counts[name] = (before, store.table_counts())
            outputs[name] = {"first": first, "second": second}
    return {"day": day, "tmp": tmp, "dbs": dbs, "outputs": outputs, "counts": counts}


def test_demo_brief_json_is_byte_identical_on_sqlite_and_postgresql(runs) -> None:  # type: ignore[no-untyped-def]
    tmp = runs["tmp"]
    sqlite_json = (tmp / "sqlite" / "out1" / "brief.json").read_bytes()
    pg_json = (tmp / "postgresql" / "out1" / "brief.json").read_bytes()
    assert len(json.loads(sqlite_json)["sections"]) >= 3  # a real brief, not two empty ones
    assert pg_json == sqlite_json
    assert (tmp / "postgresql" / "out1" / "brief.md").read_bytes() == (
        tmp / "sqlite" / "out1" / "brief.md"
    ).read_bytes()


def test_both_databases_hold_the_same_rows(runs) -> None:  # type: ignore[no-untyped-def]
    day = runs["day"]
    stored = {}
    for name, db in runs["dbs"].items():
        with Store.open(db) as store:
            stored[name] = {
                "counts": store.table_counts(),
                "brief": store.latest_brief(day)["json"],
                "storylines": [
                    {k: v for k, v in row.items() if k != "run_id"} for row in store.storylines(day)
                ],
                "articles": store.articles(),
                "rejections": store.rejections_for(day),
                "sources": store.source_rows(),
            }
    sqlite, pg = stored["sqlite"], stored["postgresql"]
    for key in ("brief", "storylines", "articles", "rejections", "counts"):
        assert pg[key] == sqlite[key], key
    strip = ("last_fetch_at",)
    assert [{k: v for k, v in r.items() if k not in strip} for r in pg["sources"]] == [
        {k: v for k, v in r.items() if k not in strip} for r in sqlite["sources"]
    ]


def test_a_second_run_adds_no_rows_and_gives_the_same_brief_on_both(runs) -> None:  # type: ignore[no-untyped-def]
    tmp = runs["tmp"]
    for name in BACKENDS:
        before, after = runs["counts"][name]
        for table in ("pages", "articles", "rejections", "storylines", "briefs", "sources"):
            assert after[table] == before[table], (name, table)
        assert after["runs"] == before["runs"] + 1
        assert re.search(r"not modified [1-9]\d*", runs["outputs"][name]["second"]), name
        assert (tmp / name / "out2" / "brief.json").read_bytes() == (
            tmp / name / "out1" / "brief.json"
        ).read_bytes()


def test_search_finds_the_same_articles_and_briefs_on_both(runs) -> None:  # type: ignore[no-untyped-def]
    day = runs["day"]
    brief = json.loads((runs["tmp"] / "sqlite" / "out1" / "brief.json").read_text(encoding="utf-8"))
    queries = [s["title"][:4] for s in brief["sections"]] + ["新型电力系统", "人工智能 算力"]
    found: dict[str, list[tuple[str, set[str], list[date]]]] = {}
    for name, db in runs["dbs"].items():
        with Store.open(db) as store:
            found[name] = [
                (q, {h.url for h in store.search_articles(q, limit=100)},
                 [h.brief_date for h in store.search_briefs(q)])
                for q in queries
            ]
    assert found["postgresql"] == found["sqlite"]
    assert any(urls for _, urls, _ in found["postgresql"])
    assert any(day in days for _, _, days in found["postgresql"])


def test_three_mornings_on_one_database_give_the_same_briefs_on_both(
    postgres, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """The day-after-day history (threads, coverage, figure series) behaves the same on both."""
    import shutil
    import sys
    import time

    sys.path.insert(0, str(Path(__file__).parent / "data" / "novelty"))
    import mornings

    from dailybrief.models import brief_to_dict
    from dailybrief.pipeline import run_brief
    from dailybrief.settings import Settings

    days = mornings.write_mornings(tmp_path / "gen")
    port = _free_port()  # the same URLs for both databases, as a real site keeps them
    briefs: dict[str, list[str]] = {}
    novelty: dict[str, list[dict[str, str]]] = {}
    for name, db in (("sqlite", str(tmp_path / "brief.db")), ("postgresql", postgres.new_database())):
        live = tmp_path / f"live-{name}"
        live.mkdir()
        with serve_folder(live, port=port) as base_url:
            for day, folder in days:
                time.sleep(1.05)  # a changed list page gets a later Last-Modified than yesterday's
                shutil.copytree(folder / "site", live, dirs_exist_ok=True,
                                copy_function=shutil.copyfile)
                report = run_brief(folder / "sources.yaml", day=day, out_dir=tmp_path / name / str(day),
                                   db_path=db, settings=Settings(window_days=7), formats=("json",),
                                   base_url=base_url)
                briefs.setdefault(name, []).append(
                    json.dumps(brief_to_dict(report.brief), ensure_ascii=False, sort_keys=True))
        with Store.open(db) as store:
            novelty[name] = [
                {sid: str(n.status) for sid, n in store.day_novelty(d).items()} for d in mornings.DAYS
            ]
    assert len(briefs["sqlite"]) == 3 and any(novelty["sqlite"][1].values())
    assert briefs["postgresql"] == briefs["sqlite"]
    assert novelty["postgresql"] == novelty["sqlite"]
    for name in BACKENDS:
        assert (tmp_path / name / str(days[-1][0]) / "brief.json").read_bytes() == (
            tmp_path / "sqlite" / str(days[-1][0]) / "brief.json"
        ).read_bytes()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_one_run_at_a_time_across_machines_sharing_a_postgresql_database(
    postgres, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """Another machine's file lock is another file: the server's lock is what refuses it."""
    import os
    import subprocess
    import sys

    from dailybrief.schedule import RunLock, running_holder

    url = postgres.new_database()
    Store.open(url).close()
    other_machine = tmp_path / "other-tmp"
    other_machine.mkdir()
    script = ("import sys; from datetime import date; from dailybrief.schedule import RunLock\n"
              "from dailybrief.errors import RunBusyError\n"
              f"try:\n    RunLock({url!r}, date(2026, 6, 11)).__enter__()\n"
              "except RunBusyError as exc:\n    print(exc); sys.exit(3)\n")
    with RunLock(url, date(2026, 6, 10), by="scheduler"):
        holder = running_holder(url)
        assert holder is not None
        assert (holder["pid"], holder["day"], holder["by"]) == (os.getpid(), "2026-06-10", "scheduler")
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              env={**os.environ, "TMPDIR": str(other_machine)}, timeout=300)
        assert done.returncode == 3, done.stdout + done.stderr
        assert "another run is in progress" in done.stdout and "2026-06-10" in done.stdout
    assert running_holder(url) is None
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**os.environ, "TMPDIR": str(other_machine)}, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
