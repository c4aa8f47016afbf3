"""Where a workbench-added source may reach: no internal address (at connect time, on every
redirect hop), no folder outside the operator's `file_source_folders`. Everything runs on
127.0.0.1; the private and metadata ranges are checked by calling the guard directly or by
resolving names to loopback, never by sending traffic to them."""

from __future__ import annotations

import asyncio
import ipaddress
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import httpx
import pytest
import uvicorn
import yaml
from argon2 import PasswordHasher
from click.testing import CliRunner
from hostile_server import article_html, hostile_server

from dailybrief.cli import cli
from dailybrief.collect import collect
from dailybrief.collect.fetch import Failure, Fetcher, Response
from dailybrief.collect.guard import FetchPolicy, blocked_reason, literal_address
from dailybrief.models import Authority, Reason, Source, SourceKind
from dailybrief.settings import Settings
from dailybrief.store import Store
from dailybrief.web import auth, create_app

PASSWORD = "an editor's long password"
DAY = date(2026, 6, 10)
FAST = Settings(timeout_s=2.0, retries=0, backoff_s=0.01)


def source(sid: str, url: str, kind: SourceKind = SourceKind.LISTPAGE, origin: str = "workbench") -> Source:
    return Source(sid, f"来源{sid}", sid, kind, url, Authority.MEDIA, origin=origin)


# -- the address check, called directly ---------------------------------------------------

@pytest.mark.parametrize("address", [
    "127.0.0.1", "127.255.0.9", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
    "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.100.100.200", "192.0.0.192",
    "224.0.0.1", "255.255.255.255", "::", "::1", "fd00::1", "fd00:ec2::254", "fe80::1",
    "::ffff:10.0.0.1", "::ffff:127.0.0.1", "2002:7f00:1::", "64:ff9b::a00:1",
])
def test_internal_addresses_are_blocked(address: str) -> None:
    assert blocked_reason(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1",
                                     "2001:4860:4860::8888", "2400:3200::1"])
def test_public_addresses_pass(address: str) -> None:
    assert blocked_reason(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(("spelling", "address"), [
    ("127.1", "127.0.0.1"), ("2130706433", "127.0.0.1"), ("0x7f.1", "127.0.0.1"),
    ("017700000001", "127.0.0.1"), ("[::1]", "::1"), ("0", "0.0.0.0"),
])
def test_every_spelling_of_an_address_is_read_as_that_address(spelling: str, address: str) -> None:
    assert literal_address(spelling) == ipaddress.ip_address(address)


def test_the_operator_allowance_names_hosts_and_networks() -> None:
    policy = FetchPolicy.parse("intranet.example.cn, 10.1.2.0/24 ,127.0.0.1")
    assert policy.address_problem("intranet.example.cn", ipaddress.ip_address("10.9.9.9")) is None
    assert policy.address_problem("x.cn", ipaddress.ip_address("10.1.2.77")) is None
    assert policy.address_problem("x.cn", ipaddress.ip_address("10.1.3.1")) is not None
    assert policy.address_problem("x.cn", ipaddress.ip_address("127.0.0.1")) is None
    assert FetchPolicy().url_problem("http://metadata.google.internal/computeMetadata/v1/")
    assert FetchPolicy().url_problem("http://user:pw@169.254.169.254/latest/meta-data/")
    assert FetchPolicy().url_problem("https://www.ndrc.gov.cn/xxgk/") is None


# -- names resolved to loopback, at connect time ------------------------------------------

def _fetch(settings: Settings, url: str, resolve=None, guarded: bool = True) -> Response | Failure:
    async def go() -> Response | Failure:
        async with Fetcher(settings, resolve=resolve) as fetcher:
            return await fetcher.get(url, guarded=guarded)
    return asyncio.run(go())


def test_a_name_resolving_to_loopback_is_refused_at_connect_time_and_allowed_by_name() -> None:
    async def to_loopback(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    async def mixed(host: str, port: int) -> list[str]:  # a rebinding trick: one internal answer
        return ["127.0.0.1", "93.184.216.34"]

    with hostile_server() as srv:
        for resolve in (to_loopback, mixed):
            out = _fetch(FAST, f"http://news.example.cn:{srv.port}/secret", resolve)
            assert isinstance(out, Failure) and out.reason is Reason.BLOCKED, out
            assert "127.0.0.1 (loopback)" in out.detail
        assert srv.hits.total() == 0
        allowed = replace(FAST, fetch_allow="news.example.cn")
        out = _fetch(allowed, f"http://news.example.cn:{srv.port}/secret", to_loopback)
        assert isinstance(out, Response) and b"internal admin" in out.body
        assert srv.hits["/secret"] == 1


def test_an_allowed_page_redirecting_inward_is_refused_on_the_hop() -> None:
    with hostile_server() as srv:
        settings = replace(FAST, fetch_allow="localhost")
        inward = f"http://127.0.0.1:{srv.port}/secret"
        out = _fetch(settings, f"http://localhost:{srv.port}/redirect?to={inward}")
        assert isinstance(out, Failure) and out.reason is Reason.BLOCKED, out
        assert srv.hits["/redirect"] == 1 and srv.hits["/secret"] == 0
        # the operator's own sources are trusted as before
        out = _fetch(settings, f"http://localhost:{srv.port}/redirect?to={inward}", guarded=False)
        assert isinstance(out, Response) and srv.hits["/secret"] == 1


# -- through the real workbench over HTTP, then a real run ---------------------------------

@pytest.fixture()
def workbench(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Path, httpx.Client]]:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    db_path = tmp_path / "dailybrief.db"
    with Store.open(db_path) as store:
        store.save_user("alice", auth.hash_password(PASSWORD), "editor")
    app = create_app(db_path, out_dir=tmp_path / "web-out",
                     settings=Settings(file_source_folders=str(tmp_path / "saved")))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    base = f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    client = httpx.Client(base_url=base, follow_redirects=False, trust_env=False)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
    r = client.post("/login", data={"name": "alice", "password": PASSWORD, "csrf": token, "next": "/"})
    assert r.status_code == 303, r.text
    try:
        yield base, db_path, client
    finally:
        client.close()
        server.should_exit = True
        thread.join(timeout=10)
        app.state.store.close()


def _add(client: httpx.Client, sid: str, url: str, kind: str = "listpage") -> httpx.Response:
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/sources").text).group(1)
    return client.post("/sources/add", data={"csrf": token, "id": sid, "name": f"来源{sid}", "name_en": sid,
                                              "kind": kind, "url": url, "authority": "media"})


def test_internal_sources_added_in_the_workbench_are_never_fetched(workbench, tmp_path: Path) -> None:
    base, db_path, client = workbench
    with hostile_server() as srv:
        p = srv.port
        internal = [f"http://127.0.0.1:{p}/secret", f"http://localhost:{p}/secret",
                    f"http://[::1]:{p}/secret", f"http://2130706433:{p}/secret", f"http://127.1:{p}/secret",
                    f"http://user@127.0.0.1:{p}/secret", f"http://0.0.0.0:{p}/secret",
                    f"http://0x7f.1:{p}/secret", base + "/sources", "http://169.254.169.254/latest/meta-data/",
                    "http://metadata.google.internal/computeMetadata/v1/", "http://10.0.0.1/",
                    "http://[fd00::1]/", "http://100.100.100.200/"]
        for i, url in enumerate(internal):
            r = _add(client, f"in{i}", url)
            assert r.status_code == 400 and "不能添加" in r.text and "public addresses" in r.text, url
        # the form refuses the literals; a source stored before this check (or a DNS name the
        # form cannot judge) is refused again at connect time by the run
        with Store.open(db_path) as store:
            assert {s.id for s in store.sources()} == set()
            store.upsert_sources([source(f"old{i}", url) for i, url in enumerate(internal[:9])])
            store.upsert_sources([source("mine", f"{srv.base}/list?n=2", origin="operator")])
        out = tmp_path / "out"
        result = CliRunner().invoke(cli, ["run", "--db", str(db_path), "--date", DAY.isoformat(),
                                          "--out", str(out), "--format", "json"])
        assert srv.hits.total("/secret") == 0, srv.hits.counts
        assert srv.hits["/list"] == 1 and srv.hits.total("/a/") == 2, srv.hits.counts  # operator's: fetched
        with Store.open(db_path) as store:
            rows = {r["id"]: r["last_status"] for r in store.source_rows()}
            blocked = [r for r in store.rejections_for(DAY) if r.reason is Reason.BLOCKED]
        assert {r.source_id for r in blocked} == {f"old{i}" for i in range(9)}, result.output
        assert all(rows[f"old{i}"].startswith("blocked") for i in range(9)), rows
        # a positive control: the operator may allow the loopback server, and then it is fetched
        settings = tmp_path / "settings.yaml"
        settings.write_text(yaml.safe_dump({"fetch_allow": "127.0.0.1, localhost"}), encoding="utf-8")
        CliRunner().invoke(cli, ["run", "--db", str(db_path), "--date", DAY.isoformat(), "--out", str(out),
                                 "--format", "json", "--settings", str(settings)])
        assert srv.hits["/secret"] >= 2


def test_file_sources_from_the_workbench_only_read_the_operators_folders(workbench, tmp_path: Path) -> None:
    base, db_path, client = workbench
    saved = tmp_path / "saved" / "day1"
    saved.mkdir(parents=True)
    (saved / "a.html").write_bytes(article_html("允许的页面"))
    (saved / "leak.html").symlink_to("/etc/passwd")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "b.html").write_bytes(article_html("不许读"))
    for sid, folder in (("etc", "/etc"), ("other", str(outside)), ("up", str(saved / ".." / ".." / "elsewhere"))):
        r = _add(client, sid, folder, kind="file")
        assert r.status_code == 400 and "file_source_folders" in r.text, (sid, r.text[-500:])
    assert _add(client, "ok", str(saved), kind="file").status_code == 303
    assert "origin: workbench" in client.get("/sources.yaml").text  # stays guarded if used as a file
    with Store.open(db_path) as store:
        assert [s.origin for s in store.sources()] == ["workbench"]
        store.upsert_sources([source("etc", "/etc", SourceKind.FILE)])  # stored before the check
    settings = tmp_path / "settings.yaml"
    settings.write_text(yaml.safe_dump({"file_source_folders": str(tmp_path / "saved")}), encoding="utf-8")
    CliRunner().invoke(cli, ["run", "--db", str(db_path), "--date", DAY.isoformat(), "--out",
                             str(tmp_path / "out"), "--format", "json", "--settings", str(settings)])
    with Store.open(db_path) as store:
        urls = {p.url for p in store.page_versions((saved / "a.html").resolve().as_uri())}
        assert urls == {(saved / "a.html").resolve().as_uri()}
        assert store.latest_page("file:///etc/passwd") is None
        reasons = {(r.source_id, r.reason) for r in store.rejections_for(DAY)}
    assert ("etc", Reason.BLOCKED) in reasons and ("ok", Reason.BLOCKED) in reasons  # the symlink
    # a stored article from outside the allowed folders is not shown
    with Store.open(db_path) as store:
        from dailybrief.models import Article
        store.save_article(Article(url="file:///etc/hostname", source_id="etc", title="t", text="x" * 80,
                                   published=DAY, publisher="p", publisher_en="", authority=Authority.MEDIA))
    assert client.get("/article", params={"url": "file:///etc/hostname"}).status_code == 404


def test_a_file_source_reads_within_bounds(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(30):
        (folder / f"p{i:02d}.html").write_bytes(article_html(f"页面{i}"))
    settings = Settings(max_files_per_source=10)
    result = collect([source("f", str(folder), SourceKind.FILE, origin="operator")], settings)
    assert len(result.pages) == 10
    assert any("only the first 10" in r.detail for r in result.rejections)
    size = len(article_html("页面0"))
    result = collect([source("f", str(folder), SourceKind.FILE, origin="operator")],
                     Settings(max_folder_bytes=size * 5 + 10))
    assert len(result.pages) == 5 and any("more than" in r.detail for r in result.rejections)
