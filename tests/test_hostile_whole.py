"""Whole or absent: a run killed with SIGKILL at several points, or stopped by a full disk,
leaves the previous outputs untouched and the database agreeing with them; the next run
marks the killed run interrupted, and no stored row is lost or duplicated."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from dailybrief.demo import corpus_meta, demo_corpus
from dailybrief.render import FILENAMES
from dailybrief.store import Store

DAY, _WINDOW = corpus_meta(demo_corpus())
FORMATS = "json,md,html,pdf,docx,wechat"


def demo(out: Path, db: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "dailybrief", "demo", "--out", str(out), "--db", str(db),
                             *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file() and p.name in FILENAMES.values()}


def db_state(db: Path) -> dict[str, object]:
    with Store.open(db) as store:
        revisions = store.brief_revisions(DAY)
        runs = store.runs()
    conn = sqlite3.connect(db)
    try:
        pages = conn.execute("SELECT count(*) FROM pages").fetchone()[0]
        dup_pages = conn.execute("SELECT count(*) FROM (SELECT url, sha256 FROM pages GROUP BY url, sha256"
                                 " HAVING count(*) > 1)").fetchone()[0]
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        dup_articles = conn.execute("SELECT count(*) FROM (SELECT url FROM articles GROUP BY url"
                                    " HAVING count(*) > 1)").fetchone()[0]
    finally:
        conn.close()
    return {"revisions": len(revisions), "latest": revisions[-1]["brief"] if revisions else None,
            "statuses": [r["status"] for r in runs], "pages": pages, "dup_pages": dup_pages,
            "articles": articles, "dup_articles": dup_articles}


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """One complete demo run: its output folder and database (copied by each test)."""
    root = tmp_path_factory.mktemp("whole")
    proc = demo(root / "out", root / "db.sqlite")
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return root / "out", root / "db.sqlite"


def copy_of(first_run: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    out, db = tmp_path / "out", tmp_path / "db.sqlite"
    shutil.copytree(first_run[0], out, ignore=shutil.ignore_patterns("*.sqlite*", "dailybrief.db*"))
    shutil.copyfile(first_run[1], db)
    return out, db


def kill_when(proc: subprocess.Popen, ready, timeout: float = 120.0) -> bool:
    """SIGKILL proc as soon as ready() holds; return False if it ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.002)
    proc.kill()
    raise AssertionError("the run never reached the point to kill it at")


def running_row(db: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.05)
        try:
            return conn.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def staging_exists(out: Path) -> bool:
    return any(p.name.startswith(".staging-run") for p in out.iterdir())


@pytest.mark.parametrize("point", ["collecting", "rendering"])
def test_a_run_killed_midway_leaves_the_previous_brief_whole(first_run, tmp_path: Path, point: str) -> None:
    out, db = copy_of(first_run, tmp_path)
    before_files, before_db = digest(out), db_state(db)
    assert set(before_files) == set(FILENAMES.values())
    ready = (lambda: running_row(db)) if point == "collecting" else (lambda: staging_exists(out))
    for _attempt in range(5):  # the rendering window is short: try again if the run beat us
        if kill_when(demo(out, db), ready):
            break
        before_files, before_db = digest(out), db_state(db)
    else:
        pytest.fail(f"could not kill a run while {point}")
    after = db_state(db)
    assert digest(out) == before_files  # every file whole, the previous set
    assert after["revisions"] == before_db["revisions"] and after["latest"] == before_db["latest"]
    assert after["statuses"][0] == "running"
    assert json.loads((out / "brief.json").read_text(encoding="utf-8")) == after["latest"]
    # the next run marks the killed one, cleans up, and agrees with the database again
    proc = demo(out, db)
    _stdout, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    final = db_state(db)
    assert final["statuses"][1] == "interrupted" and final["statuses"][0] != "running"
    assert not staging_exists(out)
    assert json.loads((out / "brief.json").read_text(encoding="utf-8")) == final["latest"]
    assert final["dup_pages"] == 0 and final["dup_articles"] == 0
    assert final["pages"] >= before_db["pages"] and final["articles"] >= before_db["articles"]


KILL_AFTER_COMMIT = textwrap.dedent("""
    import json, os, sys
    from pathlib import Path
    from dailybrief.models import brief_from_dict
    from dailybrief.render import render_brief
    from dailybrief.store import Store
    out, db, day = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    data = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    data["title"] = data["title"] + "（修订）"
    brief = brief_from_dict(data)
    store = Store.open(db)
    run_id = store.start_run(brief.day)
    def commit():
        store.save_brief(brief.day, data, run_id=run_id)
        store.close()
        os._exit(9)  # dies between storing the brief and putting its files in place
    render_brief(brief, out, ["json", "md", "html"], commit=commit, stage=f"run{run_id}", replace_set=True)
""")


def test_a_run_killed_after_storing_its_brief_has_its_files_put_in_place_next_time(first_run, tmp_path: Path) -> None:
    out, db = copy_of(first_run, tmp_path)
    script = tmp_path / "kill_after_commit.py"
    script.write_text(KILL_AFTER_COMMIT, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), str(out), str(db), DAY.isoformat()],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 9, proc.stderr
    state = db_state(db)
    assert state["latest"]["title"].endswith("（修订）") and staging_exists(out)
    assert not json.loads((out / "brief.json").read_text(encoding="utf-8"))["title"].endswith("（修订）")
    # recovery, as the next run does it first: finish putting the stored brief's files in place
    from dailybrief.render.atomic import recover
    with Store.open(db) as store:
        notes = recover(out, store.run_has_brief)
    assert notes and "finished publishing" in notes[0] and not staging_exists(out)
    assert json.loads((out / "brief.json").read_text(encoding="utf-8")) == state["latest"]
    assert not (out / "brief.pdf").exists()  # the set replaced the previous one whole


FULL_DISK = textwrap.dedent("""
    set -e
    mnt="$1"; src="$2"; db="$3"; size="$4"; py="$5"
    mount -t tmpfs -o size="$size" tmpfs "$mnt"
    cp "$src"/brief.* "$mnt"/
    set +e
    "$py" -m dailybrief demo --out "$mnt" --db "$db" > "$mnt.stdout" 2> "$mnt.stderr"
    echo $? > "$mnt.rc"
    set -e
    (cd "$mnt" && sha256sum brief.* > "$mnt.sums"; ls -a > "$mnt.ls"; df -k . | tail -1 > "$mnt.df")
""")


def _unshare_available() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "--map-root-user", "--mount", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _unshare_available(), reason="needs unshare (util-linux) and user namespaces "
                    "to mount a small tmpfs without privileges")
def test_a_full_disk_leaves_the_previous_outputs_and_the_database_as_they_were(first_run, tmp_path: Path) -> None:
    """A real full file system: a tmpfs just big enough for the previous set, mounted in a private
    mount namespace (nothing leaks to the host), as --out of a new run."""
    src, db = copy_of(first_run, tmp_path)
    before_files, before_db = digest(src), db_state(db)
    set_bytes = sum((src / name).stat().st_size for name in before_files)
    size = f"{set_bytes // 1024 + 200}k"
    mnt = tmp_path / "full"
    mnt.mkdir()
    script = tmp_path / "full_disk.sh"
    script.write_text(FULL_DISK, encoding="utf-8")
    subprocess.run(["unshare", "--map-root-user", "--mount", "bash", str(script), str(mnt), str(src), str(db),
                    size, sys.executable], check=True, timeout=300, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    rc = int((tmp_path / "full.rc").read_text())
    stderr = (tmp_path / "full.stderr").read_text()
    assert rc != 0, (tmp_path / "full.stdout").read_text()
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "No space left on device" in errors[0] and "Traceback" not in stderr, stderr
    sums = dict(reversed(line.split()) for line in (tmp_path / "full.sums").read_text().splitlines())
    assert sums == before_files  # every previous file whole
    assert ".staging-run" not in (tmp_path / "full.ls").read_text()  # the partial set was removed
    after = db_state(db)
    assert after["revisions"] == before_db["revisions"] and after["latest"] == before_db["latest"]
    assert after["statuses"][0] == "failed"


def test_a_run_killed_while_fetching_keeps_the_pages_it_fetched(tmp_path: Path) -> None:
    from hostile_server import hostile_server

    with hostile_server() as fast, hostile_server() as stuck:
        (tmp_path / "sources.yaml").write_text(
            "sources:\n"
            f"  - {{id: fast, name: 快, name_en: fast, kind: listpage, url: '{fast.base}/list?n=5', authority: media}}\n"
            f"  - {{id: stuck, name: 慢, name_en: stuck, kind: listpage, url: '{stuck.base}/list?n=1&kind=hang', "
            "authority: media}\n", encoding="utf-8")
        (tmp_path / "settings.yaml").write_text("timeout_s: 120\nsource_deadline_s: 600\n", encoding="utf-8")
        db = tmp_path / "db.sqlite"
        proc = subprocess.Popen([sys.executable, "-m", "dailybrief", "run", "--sources", str(tmp_path / "sources.yaml"),
                                 "--date", "2026-06-10", "--out", str(tmp_path / "out"), "--db", str(db),
                                 "--settings", str(tmp_path / "settings.yaml")],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

        def fetched_and_stuck() -> bool:
            if fast.hits.total("/a/") < 5 or stuck.hits.total("/hang/") < 1:
                return False
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.05)
            try:
                return conn.execute("SELECT count(*) FROM pages WHERE url LIKE '%/a/%'").fetchone()[0] >= 5
            except sqlite3.Error:
                return False
            finally:
                conn.close()

        assert kill_when(proc, fetched_and_stuck), proc.communicate()[1]
    state = db_state(db)
    assert state["statuses"] == ["running"] and state["dup_pages"] == 0
    conn = sqlite3.connect(db)
    try:
        urls = [r[0] for r in conn.execute("SELECT url FROM pages WHERE url LIKE '%/a/%' ORDER BY url")]
    finally:
        conn.close()
    assert len(urls) == 5 and len(set(urls)) == 5  # every page fetched before the kill, once
