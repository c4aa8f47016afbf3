"""The worker mode: the demo corpus, served on 127.0.0.1, collected and extracted by
`dailybrief worker` processes through a real Redis server (redis_server.py) into a real
PostgreSQL database (pg_cluster.py), gives the brief a single-process run gives."""

from __future__ import annotations

import functools
import http.server
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dailybrief.cli import cli
from dailybrief.demo import corpus_meta, demo_corpus
from dailybrief.distribute import Distributed
from dailybrief.distribute.broker import RunContext, publish_context
from dailybrief.errors import BrokerError, ConfigError
from dailybrief.pipeline import run_brief
from dailybrief.settings import Settings
from dailybrief.sources import load_sources
from dailybrief.store import Store

pytestmark = pytest.mark.e2e


def _sources_for(corpus: Path, base_url: str, folder: Path) -> Path:
    text = (corpus / "sources.yaml").read_text(encoding="utf-8")
    path = folder / "sources.yaml"
    path.write_text(re.sub(r"(url:\s*[\"']?)/", rf"\g<1>{base_url}/", text), encoding="utf-8")
    return path


@contextmanager
def _in_folder(folder: Path) -> Iterator[None]:
    """Work in folder: a PostgreSQL run keeps its analysis cache in the working folder, and
    each side must compute its own."""
    folder.mkdir(parents=True)  # new: no analysis cached there by another run
    here = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(here)


class _Counting(http.server.SimpleHTTPRequestHandler):
    """Serves the corpus and records the most requests it ever had at once, each held 20 ms
    before its answer: counted only while no byte of the answer is sent, since a client that
    has read a whole answer may send its next request while this thread is still closing."""

    active = most = 0
    lock = threading.Lock()

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        cls = type(self)
        with cls.lock:
            cls.active += 1
            cls.most = max(cls.most, cls.active)
        try:
            time.sleep(0.02)
        finally:
            with cls.lock:
                cls.active -= 1
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@contextmanager
def _counting_server(folder: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Counting, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _most_at_once() -> int:
    with _Counting.lock:
        most, _Counting.most = _Counting.most, 0
    return most


def _run(day: date, window: int, db: str, out: Path, sources: Path, *extra: str) -> str:
    with _in_folder(out.parent / f"{out.name}-cwd"):
        result = CliRunner().invoke(cli, ["run", "--sources", str(sources), "--date", day.isoformat(),
                                          "--window-days", str(window), "--db", db, "--out", str(out),
                                          "--format", "json,md", *extra])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def workers(postgres, redis_server) -> Iterator[dict[str, Any]]:  # type: ignore[no-untyped-def]
    """Two worker processes of `dailybrief worker` on a fresh database, stopped at the end."""
    db = postgres.new_database()
    with Store.open(db):
        pass  # created before the workers start, as an operator would
    proc = subprocess.Popen([sys.executable, "-m", "dailybrief", "worker", "--db", db,
                             "--broker", redis_server, "--processes", "2", "--threads", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        Distributed(redis_server, worker_wait_s=120).wait_for_workers()
        yield {"db": db, "broker": redis_server, "proc": proc}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=90)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def runs(postgres, workers, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The demo day once in one process and once through the workers, on the same server."""
    corpus = demo_corpus()
    day, window = corpus_meta(corpus)
    tmp = tmp_path_factory.mktemp("distribute")
    single_db = postgres.new_database()
    with _counting_server(corpus / "site") as base_url:
        sources = _sources_for(corpus, base_url, tmp)
        _most_at_once()
        single = _run(day, window, single_db, tmp / "single", sources)
        most = {"single": _most_at_once()}
        distributed = _run(day, window, workers["db"], tmp / "workers", sources,
                           "--broker", workers["broker"])
        most["workers"] = _most_at_once()
        with Store.open(workers["db"]) as store:
            before = store.table_counts()
        yield {"day": day, "window": window, "tmp": tmp, "base_url": base_url, "sources": sources,
               "single_db": single_db, "outputs": {"single": single, "workers": distributed},
               "counts": before, "most_at_once": most}


def test_the_workers_brief_json_is_byte_identical_to_a_single_process_run(runs) -> None:  # type: ignore[no-untyped-def]
    tmp = runs["tmp"]
    single = (tmp / "single" / "brief.json").read_bytes()
    assert b'"sections"' in single and single.count(b'"url"') >= 5  # a real brief
    assert (tmp / "workers" / "brief.json").read_bytes() == single
    assert (tmp / "workers" / "brief.md").read_bytes() == (tmp / "single" / "brief.md").read_bytes()
    collected = re.search(r"collected (\d+) pages", runs["outputs"]["workers"])
    assert collected and collected.group(1) == re.search(r"collected (\d+) pages", runs["outputs"]["single"]).group(1)  # type: ignore[union-attr]


def test_the_per_host_limit_holds_across_worker_processes(runs) -> None:  # type: ignore[no-untyped-def]
    """The demo's sites are all one host here: two processes of two threads each never send
    it more requests at once than one process may (per_host_concurrency)."""
    limit = Settings().per_host_concurrency
    most = runs["most_at_once"]
    assert 1 <= most["single"] <= limit
    assert 1 <= most["workers"] <= limit, most


def test_the_workers_store_the_same_rows_as_a_single_process_run(runs, workers) -> None:  # type: ignore[no-untyped-def]
    day = runs["day"]
    stored = {}
    for name, db in (("single", runs["single_db"]), ("workers", workers["db"])):
        with Store.open(db) as store:
            stored[name] = {"counts": {k: v for k, v in store.table_counts().items() if k != "meta"},
                            "articles": store.articles(), "rejections": sorted(store.rejections_for(day), key=repr)}
            stored[name]["versions"] = [[p.sha256 for p in store.page_versions(a.url)]
                                        for a in stored[name]["articles"]]
    assert stored["workers"]["counts"]["pages"] > 20
    for key in ("counts", "articles", "rejections", "versions"):
        assert stored["workers"][key] == stored["single"][key], key


def test_a_redelivered_task_stores_nothing_twice(runs, workers) -> None:  # type: ignore[no-untyped-def]
    """Run the day through the workers in this process, then deliver every one of its
    messages again (as Redis does when a worker dies before acknowledging): no row is added,
    and each task reports the same pages and articles."""
    distributed = Distributed(workers["broker"])
    settings = Settings(window_days=runs["window"])
    with _in_folder(runs["tmp"] / "again-cwd"):
        report = run_brief(runs["sources"], day=runs["day"], out_dir=runs["tmp"] / "again",
                           db_path=workers["db"], settings=settings, formats=("json",), collector=distributed)
    assert report.brief is not None and distributed.sent
    with Store.open(workers["db"]) as store:
        before = store.table_counts()
    backend = distributed.broker.get_results_backend()
    first = [backend.get_result(m) for m in distributed.sent]
    copies = [m.copy(message_id=f"{m.message_id}-again") for m in distributed.sent]
    for copy in copies:
        distributed.broker.enqueue(copy)
    again = [backend.get_result(m, block=True, timeout=300_000) for m in copies]
    with Store.open(workers["db"]) as store:
        after = store.table_counts()
    for table in ("pages", "articles", "rejections", "sources"):
        assert after[table] == before[table], table
    assert [r.get("articles") for r in again] == [r.get("articles") for r in first]
    assert [_urls(r) for r in again] == [_urls(r) for r in first]
    assert (runs["tmp"] / "again" / "brief.json").read_bytes() == (runs["tmp"] / "single" / "brief.json").read_bytes()


def _urls(result: dict[str, Any]) -> list[str]:
    pages = result.get("pages", []) + [o["page"] for items in result.get("outcomes", []) for o in items if "page" in o]
    return [p["url"] for p in pages]


def test_a_worker_on_another_database_refuses_the_run(postgres, runs, workers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = postgres.new_database()
    with pytest.raises(ConfigError, match="the worker's --db is not the database of the run"), _in_folder(tmp_path / "cwd"):
        run_brief(runs["sources"], day=runs["day"], out_dir=tmp_path, db_path=other,
                  settings=Settings(window_days=runs["window"]), formats=("json",),
                  collector=Distributed(workers["broker"]))


def test_no_worker_listening_is_one_clear_error(redis_server, postgres, runs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    empty = re.sub(r"/0$", "/7", redis_server)  # another Redis database: no worker listens there
    with pytest.raises(BrokerError, match="no dailybrief worker is listening"):
        Distributed(empty, worker_wait_s=1).wait_for_workers()


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_unreachable_broker_is_one_line_before_any_fetch(postgres, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, broker = postgres.new_database(), f"redis://127.0.0.1:{_closed_port()}/0"
    sources = tmp_path / "sources.yaml"
    sources.write_text("sources:\n  - id: a\n    name: 甲\n    name_en: A\n    kind: feed\n"
                       "    url: http://127.0.0.1:9/feed.xml\n    authority: media\n", encoding="utf-8")
    for args in (["run", "--sources", str(sources), "--date", "2026-06-10", "--db", db, "--out",
                  str(tmp_path / "out"), "--broker", broker],
                 ["worker", "--db", db, "--broker", broker]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 1, result.output
        lines = result.output.strip().splitlines()
        assert lines == [lines[0]] and lines[0].startswith(f"error: --broker {broker}: the Redis server cannot be reached")
        assert "Traceback" not in result.output
    with Store.open(db) as store:
        assert store.table_counts()["pages"] == 0


def test_a_worker_whose_database_does_not_answer_is_one_line(redis_server) -> None:  # type: ignore[no-untyped-def]
    db = f"postgresql://dailybrief@127.0.0.1:{_closed_port()}/dailybrief"
    result = CliRunner().invoke(cli, ["worker", "--db", db, "--broker", redis_server])
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "127.0.0.1" in lines[0], result.output


def test_the_worker_mode_needs_a_shared_postgresql_database(tmp_path: Path) -> None:
    for args in (["run", "--date", "2026-06-10", "--db", str(tmp_path / "brief.db"), "--out", str(tmp_path),
                  "--broker", "redis://127.0.0.1:1/0"],
                 ["worker", "--db", str(tmp_path / "brief.db"), "--broker", "redis://127.0.0.1:1/0"]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 2, result.output
        assert "needs a postgresql:// --db that every worker reaches" in result.output
    result = CliRunner().invoke(cli, ["worker", "--db", "postgresql://u@127.0.0.1:1/x", "--broker", "http://q:1"])
    assert result.exit_code == 2 and "not a Redis URL" in result.output


def test_a_run_context_keeps_the_registry_in_order_and_no_delivery_secret(redis_server) -> None:  # type: ignore[no-untyped-def]
    from dailybrief.distribute.broker import read_context, redis_client

    corpus = demo_corpus()
    sources = load_sources(corpus / "sources.yaml", base_url="http://127.0.0.1:1")
    client = redis_client(redis_server)
    key = f"test-{time.time_ns()}"
    secret = "mailto://user:secret@example.org"
    publish_context(client, key, RunContext("db-id", date(2026, 6, 10), tuple(sources),
                                            Settings(deliver_urls=secret, window_days=3)))
    assert secret.encode() not in client.get(f"dailybrief:run:{key}")
    back = read_context(client, key)
    assert back is not None and back.sources == tuple(sources) and back.settings.window_days == 3
    assert back.settings.deliver_urls == ""
