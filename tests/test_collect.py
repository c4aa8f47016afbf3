"""The collect stage over real HTTP on 127.0.0.1: both corpora end to end, and every fault."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import http.server
import json
import os
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from html import escape
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from dailybrief.collect import collect
from dailybrief.collect.fetch import fetch_one
from dailybrief.errors import FetchError
from dailybrief.models import Authority, Page, Reason, Source, SourceKind, Stage
from dailybrief.settings import Settings
from dailybrief.sources import load_sources

ROOT = Path(__file__).parent.parent
CORPORA = {
    "dev-2026-06-10": ROOT / "dailybrief" / "demo" / "corpus",
    "dev-2026-07-15": ROOT / "tests" / "data" / "corpora" / "dev-2026-07-15",
}
ARTICLE = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{t}</title></head><body><h1>{t}</h1><p>正文。</p></body></html>"


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    at: float


@dataclass
class ServerState:
    robots: str | None = None
    hits: list[Hit] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    inflight: int = 0
    max_inflight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def paths(self, prefix: str = "") -> list[str]:
        return [h.path for h in self.hits if h.path.startswith(prefix)]


class FaultHandler(http.server.SimpleHTTPRequestHandler):
    """Static files plus /_fault/… endpoints that misbehave the way real servers do."""

    state: ServerState

    def log_message(self, *args: object) -> None:
        pass

    def handle(self) -> None:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            super().handle()

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        with self.state.lock:
            self.state.hits.append(Hit(self.path, dict(self.headers.items()), time.monotonic()))
        if parts.path == "/robots.txt" and self.state.robots is not None:
            return self._send(200, "text/plain", self.state.robots.encode())
        if parts.path.startswith("/_fault/"):
            return self._fault(parts.path[len("/_fault/"):], parse_qs(parts.query))
        return super().do_GET()

    def _send(self, status: int, content_type: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, status: int, location: str) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _html(self, title: str) -> None:
        self._send(200, "text/html; charset=utf-8", ARTICLE.format(t=title).encode())

    def _fault(self, name: str, query: dict[str, list[str]]) -> None:
        key, _, rest = name.partition("/")
        if key == "flaky":
            with self.state.lock:
                n = self.state.counters[name] = self.state.counters.get(name, 0) + 1
            if n <= int(query.get("fails", ["1"])[0]):
                return self._send(500, "text/html", b"busy")
            return self._html("终于成功的页面")
        if key == "always500":
            return self._send(503, "text/html", b"down")
        if key == "slow":
            time.sleep(float(query.get("s", ["2"])[0]))
            return self._html("慢页面")
        if key == "busy":
            with self.state.lock:
                self.state.inflight += 1
                self.state.max_inflight = max(self.state.max_inflight, self.state.inflight)
            time.sleep(float(query.get("ms", ["150"])[0]) / 1000)
            with self.state.lock:
                self.state.inflight -= 1
            return self._html("并发页面")
        if key == "loop-a":
            return self._redirect(302, "/_fault/loop-b")
        if key == "loop-b":
            return self._redirect(302, "/_fault/loop-a")
        if key == "chain":
            return self._redirect(302, f"/_fault/chain/{int(rest or 0) + 1}")
        if key == "moved":
            return self._redirect(301, "/_fault/page?from=moved")
        if key == "page":
            return self._html("搬家后的页面")
        if key == "pdf":
            return self._send(200, "application/pdf", b"%PDF-1.4\n" + b"0" * 2000)
        if key == "huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            chunk = b"<p>" + "很长的页面".encode() * 20000 + b"</p>"
            try:
                for _ in range(40):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return None
        if key == "huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "50000000")
            self.end_headers()
            self.wfile.write(b"<html>")
            return None
        if key == "etag":
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.send_header("ETag", '"v1"')
                self.end_headers()
                return None
            return self._send(200, "text/html; charset=utf-8", ARTICLE.format(t="带 ETag 的页面").encode(), {"ETag": '"v1"'})
        return self._send(404, "text/html", b"no such fault")


@dataclass
class Served:
    base: str
    state: ServerState


@contextlib.contextmanager
def serve(root: Path, robots: str | None = None) -> Iterator[Served]:
    """Serve a folder (and the fault endpoints) on 127.0.0.1 in a background thread."""
    state = ServerState(robots=robots)
    handler = type("Handler", (FaultHandler,), {"state": state})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield Served(f"http://127.0.0.1:{server.server_address[1]}", state)
    finally:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss(items: list[tuple[str, str]]) -> str:
    body = "".join(f"<item><title>{escape(t)}</title><link>{escape(link)}</link></item>" for t, link in items)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>{body}</channel></rss>'


def feed_source(sid: str, url: str, **kw: object) -> Source:
    return Source(sid, f"来源{sid}", f"Source {sid}", SourceKind.RSS, url, Authority.MEDIA, **kw)


FAST = Settings(timeout_s=0.5, retries=1, backoff_s=0.05, max_page_bytes=200_000)


# --- both corpora end to end -------------------------------------------------------------


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_collect_a_whole_corpus(corpus: str) -> None:
    folder = CORPORA[corpus]
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["articles"]
    brief_date = date.fromisoformat(json.loads((folder / "corpus.json").read_text())["brief_date"])
    with serve(folder / "site") as site:
        sources = load_sources(folder / "sources.yaml", base_url=site.base)
        result = collect(sources, Settings(), today=brief_date)
        user_agents = {h.headers.get("User-Agent") for h in site.state.hits}
        article_hits = Counter(h.path for h in site.state.hits if h.path in gold)
    assert max(article_hits.values()) == 1, "an article page was fetched twice"
    assert user_agents == {Settings().user_agent}
    page_paths = {urlsplit(p.url).path for p in result.pages}
    rejected = {urlsplit(r.url).path: r for r in result.rejections}
    assert page_paths <= set(gold), "a page that is not an article was fetched"
    assert set(gold) <= page_paths | set(rejected), "an article was never reached"
    for path, meta in gold.items():
        if meta["kind"] == "broken" and path not in page_paths:
            assert rejected[path].reason is Reason.NOT_FOUND and rejected[path].stage is Stage.FETCH
    [malformed] = [r for r in result.rejections if r.reason is Reason.MALFORMED_ITEM]
    assert malformed.stage is Stage.DISCOVER
    for page in result.pages:
        assert page.status == 200 and page.body and len(page.sha256) == 64 and not page.not_modified
        assert page.final_url == page.url and page.content_type.startswith("text/html")
        if page.published_hint is not None:
            assert page.published_hint.isoformat() == gold[urlsplit(page.url).path]["published"], page.url
    assert len(result.index_pages) == 9
    assert result.counts["pages"] == len(result.pages)


# --- faults ---------------------------------------------------------------------------


FAULTS = {
    "/_fault/flaky/a?fails=1": None,
    "/_fault/always500": Reason.HTTP_ERROR,
    "/_fault/slow?s=2": Reason.TIMEOUT,
    "/_fault/loop-a": Reason.REDIRECT_LOOP,
    "/_fault/chain/0": Reason.REDIRECT_LOOP,
    "/_fault/pdf": Reason.NOT_HTML,
    "/_fault/huge": Reason.TOO_LARGE,
    "/_fault/huge-declared": Reason.TOO_LARGE,
    "/_fault/moved": None,
    "/news/missing.html": Reason.NOT_FOUND,
    "/private/secret.html": Reason.ROBOTS,
    "/news/ok.html": None,
}


def test_every_fault_is_one_rejection_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "private").mkdir()
    (tmp_path / "news" / "ok.html").write_text(ARTICLE.format(t="正常页面"), encoding="utf-8")
    (tmp_path / "private" / "secret.html").write_text(ARTICLE.format(t="不该抓"), encoding="utf-8")
    (tmp_path / "private" / "list.xml").write_text(rss([("x", "/news/ok.html")]), encoding="utf-8")
    (tmp_path / "feed.xml").write_text(rss([(f"条目{i}", path) for i, path in enumerate(FAULTS)]), encoding="utf-8")
    with serve(tmp_path, robots="User-agent: *\nDisallow: /private/\n") as site:
        sources = [
            feed_source("faults", site.base + "/feed.xml"),
            feed_source("refused", f"http://127.0.0.1:{closed_port()}/feed.xml"),
            feed_source("robots", site.base + "/private/list.xml"),
            feed_source("gone", site.base + "/no-feed.xml"),
        ]
        result = collect(sources, FAST)
        hits = site.state.paths()
    by_path = {urlsplit(p.url).path + ("?" + urlsplit(p.url).query if urlsplit(p.url).query else ""): p
               for p in result.pages}
    reasons = {urlsplit(r.url).path + ("?" + urlsplit(r.url).query if urlsplit(r.url).query else ""): r
               for r in result.rejections}
    for path, reason in FAULTS.items():
        if reason is None:
            assert path in by_path, path
        else:
            assert reasons[path].reason is reason and reasons[path].stage is Stage.FETCH, path
            assert reasons[path].detail and "\n" not in reasons[path].detail
            assert reasons[path].source_id == "faults"
    assert hits.count("/_fault/flaky/a?fails=1") == 2  # one 500, one retry that worked
    assert hits.count("/_fault/always500") == 2 and hits.count("/_fault/slow?s=2") == 2
    assert "/private/secret.html" not in hits and "/private/list.xml" not in hits
    assert by_path["/_fault/moved"].final_url.endswith("/_fault/page?from=moved")
    assert "loop-a -> " in reasons["/_fault/loop-a"].detail
    assert "more than 10 redirects" in reasons["/_fault/chain/0"].detail
    for sid, reason in (("refused", Reason.NETWORK), ("robots", Reason.ROBOTS), ("gone", Reason.NOT_FOUND)):
        [bad] = [r for r in result.rejections if r.source_id == sid]
        assert bad.stage is Stage.DISCOVER and bad.reason is reason
        assert any(n.startswith(f"source {sid}:") and "no links" in n for n in result.notes)
    assert result.counts["rejections/fetch/timeout"] == 1


def test_robots_rules_for_our_user_agent_and_missing_robots(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(ARTICLE.format(t="页面"), encoding="utf-8")
    (tmp_path / "feed.xml").write_text(rss([("a", "/a.html")]), encoding="utf-8")
    with serve(tmp_path, robots="User-agent: dailybrief\nDisallow: /\n\nUser-agent: *\nAllow: /\n") as site:
        blocked = collect([feed_source("s", site.base + "/feed.xml")], FAST)
        ignored = collect([feed_source("s", site.base + "/feed.xml")], FAST.with_overrides(respect_robots=False))
    assert blocked.pages == () and blocked.rejections[0].reason is Reason.ROBOTS
    assert len(ignored.pages) == 1
    with serve(tmp_path) as site:  # no robots.txt at all: a 404 allows everything
        allowed = collect([feed_source("s", site.base + "/feed.xml")], FAST)
    assert len(allowed.pages) == 1


def test_conditional_requests_on_a_second_run(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "1.html").write_text(ARTICLE.format(t="第一篇"), encoding="utf-8")
    (tmp_path / "feed.xml").write_text(rss([("第一篇", "/news/1.html"), ("ETag", "/_fault/etag")]), encoding="utf-8")
    with serve(tmp_path) as site:
        source = feed_source("s", site.base + "/feed.xml")
        first = collect([source], FAST)
        stored = {p.url: (p.etag, p.last_modified) for p in (*first.pages, *first.index_pages)}
        bodies = {p.url: p.body for p in first.index_pages}
        second = collect([source], FAST, validators=stored, known_bodies=bodies)
        no_bodies = collect([source], FAST, validators=stored)
        feed_hits = [h for h in site.state.hits if h.path == "/feed.xml"]
    assert all(p.status == 200 and p.body for p in first.pages) and len(first.pages) == 2
    assert stored[site.base + "/_fault/etag"][0] == '"v1"'
    assert len(second.pages) == 2 and all(p.not_modified and p.body == b"" and p.status == 304 for p in second.pages)
    assert [p.link_title for p in second.pages] == ["第一篇", "ETag"]  # links came from the stored feed body
    assert second.index_pages[0].not_modified and second.counts["pages/not_modified"] == 2
    assert "If-Modified-Since" not in feed_hits[0].headers and "If-Modified-Since" in feed_hits[1].headers
    assert "If-Modified-Since" not in feed_hits[2].headers  # no stored body: ask unconditionally
    assert len(no_bodies.pages) == 2


def _second_look(first, **kw):
    """The (validators, known_bodies, stored fetch times) a later run reads from the store."""
    pages = (*first.pages, *first.index_pages)
    return ({p.url: (p.etag, p.last_modified) for p in pages}, {p.url: p.body for p in first.index_pages},
            {p.url: p.fetched_at for p in first.pages})


def test_an_article_linked_from_an_unchanged_feed_is_not_asked_again_until_recheck_after_h(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    pager = '<div>第1页 <a href="./2_1.html">下一页</a></div>'
    (tmp_path / "news" / "1.html").write_text(ARTICLE.format(t="第一篇"), encoding="utf-8")
    (tmp_path / "news" / "2.html").write_text(ARTICLE.format(t="分页").replace("</body>", pager + "</body>"),
                                              encoding="utf-8")
    (tmp_path / "news" / "2_1.html").write_text(ARTICLE.format(t="分页（第2页）"), encoding="utf-8")
    feed = tmp_path / "feed.xml"
    feed.write_text(rss([("第一篇", "/news/1.html"), ("分页", "/news/2.html")]), encoding="utf-8")
    with serve(tmp_path) as site:
        source = feed_source("s", site.base + "/feed.xml")
        first = collect([source], FAST)
        validators, bodies, stored = _second_look(first)
        site.state.hits.clear()
        second = collect([source], FAST, validators=validators, known_bodies=bodies, stored=stored)
        unchanged_hits = site.state.paths("/news/")
        # nothing asked again if the stored copies are older than recheck_after_h, or with 0
        long_ago = {url: when - timedelta(hours=FAST.recheck_after_h + 1) for url, when in stored.items()}
        old = collect([source], FAST, validators=validators, known_bodies=bodies, stored=long_ago)
        never = collect([source], FAST.with_overrides(recheck_after_h=0), validators=validators,
                        known_bodies=bodies, stored=stored)
        site.state.hits.clear()
        feed.write_text(rss([("第一篇", "/news/1.html"), ("分页", "/news/2.html"), ("新", "/news/3.html")]),
                        encoding="utf-8")
        os.utime(feed, (time.time() + 10, time.time() + 10))  # a newer Last-Modified than the stored one
        changed = collect([source], FAST, validators=validators, known_bodies=bodies, stored=stored)
        changed_hits = site.state.paths("/news/")
    assert [p.url.rsplit("/", 1)[-1] for p in first.pages] == ["1.html", "2.html", "2_1.html"]
    assert unchanged_hits == []  # the feed answered 304: no article asked again, further page included
    assert [(p.url, p.not_modified, p.not_requested, p.fetched_at) for p in second.pages] == \
        [(p.url, True, True, p.fetched_at) for p in first.pages]  # the time of the last real request
    assert [p.link_title for p in second.pages] == ["第一篇", "分页", "分页"]
    assert second.counts["pages/not_requested"] == 3 and second.counts["fetch/requests"] == 2  # robots, feed
    for again in (old, never):
        assert all(p.not_modified and not p.not_requested for p in again.pages) and len(again.pages) == 3
    assert sorted(changed_hits) == ["/news/1.html", "/news/2.html", "/news/2_1.html", "/news/3.html"]
    assert not any(p.not_requested for p in changed.pages)


def test_per_host_concurrency_and_delay(tmp_path: Path) -> None:
    items = [(f"并发{i}", f"/_fault/busy?ms=100&i={i}") for i in range(6)]
    (tmp_path / "feed.xml").write_text(rss(items), encoding="utf-8")
    with serve(tmp_path) as site:
        source = feed_source("s", site.base + "/feed.xml")
        result = collect([source], FAST.with_overrides(per_host_concurrency=2))
        assert len(result.pages) == 6 and site.state.max_inflight == 2
        site.state.hits.clear()
        collect([source], FAST.with_overrides(per_host_concurrency=4, per_host_delay_s=0.05))
        starts = sorted(h.at for h in site.state.hits)
    assert len(starts) == 8  # robots.txt, the feed, six pages
    # The span proves the delay; single gaps are not asserted, since on a loaded machine the
    # server's handler threads may start late and bunch two arrivals together.
    assert starts[-1] - starts[0] >= 7 * 0.05 * 0.9


def test_one_stall_of_a_busy_mirror_does_not_close_it_but_a_dead_host_is_closed(tmp_path: Path) -> None:
    from dailybrief.collect.fetch import Failure, Fetcher, Response

    settings = FAST.with_overrides(per_host_concurrency=8, host_failures_to_skip=5, retries=0)

    async def go(base: str) -> tuple[list[Response | Failure], Response | Failure, list[Response | Failure]]:
        async with Fetcher(settings) as fetcher:
            stalled = await asyncio.gather(*(fetcher.get(f"{base}/_fault/slow?s=1.5&i={i}") for i in range(8)))
            after = await fetcher.get(f"{base}/_fault/page")
            dead = [await fetcher.get(f"{base}/_fault/slow?s=1.5&dead={i}") for i in range(7)]
        return stalled, after, dead

    with serve(tmp_path) as site:
        stalled, after, dead = asyncio.run(go(site.base))
        dead_hits = site.state.paths("/_fault/slow?s=1.5&dead")
    # eight requests in flight timed out together (more than host_failures_to_skip): one stall
    assert all(isinstance(r, Failure) and r.reason is Reason.TIMEOUT for r in stalled)
    assert isinstance(after, Response) and after.status == 200
    # a host that times out request after request is still closed after five
    assert len(dead_hits) == 5 and "skipped for the rest of the run" in dead[-1].detail


def test_each_source_of_a_mirror_has_its_own_deadline_from_its_first_request(tmp_path: Path) -> None:
    sources = []
    for k in range(10):
        (tmp_path / f"f{k}.xml").write_text(rss([(f"页{k}-{i}", f"/_fault/busy?ms=200&k={k}&i={i}")
                                                 for i in range(3)]), encoding="utf-8")
        sources.append(feed_source(f"s{k}", f"/f{k}.xml"))
    settings = FAST.with_overrides(per_host_concurrency=1, source_deadline_s=5.0, timeout_s=4.0)
    with serve(tmp_path) as site:
        sources = [replace(s, url=site.base + s.url) for s in sources]
        result = collect(sources, settings)
    # thirty pages of 0.2 s one at a time take longer than one source's deadline, but no
    # source waits for its own pages for as long
    assert len(result.pages) == 30, [r.detail for r in result.rejections]


def test_limit_per_source_and_dedupe_across_sources(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    for i in range(4):
        (tmp_path / "news" / f"{i}.html").write_text(ARTICLE.format(t=f"文章{i}"), encoding="utf-8")
    (tmp_path / "a.xml").write_text(rss([("零", "/news/0.html"), ("一", "/news/1.html#top"), ("二", "/news/2.html")]), encoding="utf-8")
    (tmp_path / "b.xml").write_text(rss([("一（转载）", "/news/1.html"), ("三", "/news/3.html")]), encoding="utf-8")
    with serve(tmp_path) as site:
        result = collect(
            [feed_source("a", site.base + "/a.xml"), feed_source("b", site.base + "/b.xml"),
             feed_source("off", site.base + "/a.xml", enabled=False)],
            FAST.with_overrides(max_links_per_source=2),
        )
    assert [(urlsplit(p.url).path, p.source_id, p.link_title) for p in result.pages] == [
        ("/news/0.html", "a", "零"), ("/news/1.html", "a", "一"), ("/news/3.html", "b", "三"),
    ]
    assert result.counts["links/duplicate"] == 1 and result.counts["links/over_limit"] == 1
    assert any("only the first 2" in n for n in result.notes)
    assert any("source off is disabled" in n for n in result.notes)


def test_folder_source_and_split_article_pages(tmp_path: Path) -> None:
    saved = tmp_path / "saved"
    (saved / "sub").mkdir(parents=True)
    (saved / "a.html").write_text(ARTICLE.format(t="甲"), encoding="utf-8")
    (saved / "sub" / "b.HTM").write_text(ARTICLE.format(t="乙"), encoding="utf-8")
    (saved / "notes.txt").write_text("not a page", encoding="utf-8")
    (saved / "big.html").write_bytes(b"<html>" + b"x" * 300_000)
    web = tmp_path / "web"
    (web / "tztg").mkdir(parents=True)
    pager = '<div class="page">第1页 <a href="./t1_1.html">第2页</a> <a href="./t1_1.html">下一页</a></div>'
    (web / "tztg" / "t1.html").write_text(ARTICLE.format(t="分页文章").replace("</body>", pager + "</body>"), encoding="utf-8")
    (web / "tztg" / "t1_1.html").write_text(ARTICLE.format(t="分页文章（第2页）"), encoding="utf-8")
    (web / "feed.xml").write_text(rss([("分页文章", "/tztg/t1.html")]), encoding="utf-8")
    folder = Source("saved", "存档", "Saved", SourceKind.FILE, str(saved), Authority.LOCAL)
    with serve(web) as site:
        result = collect([folder, feed_source("web", site.base + "/feed.xml")], FAST)
    files = [p for p in result.pages if p.source_id == "saved"]
    assert [p.url for p in files] == [(saved / "a.html").as_uri(), (saved / "sub" / "b.HTM").as_uri()]
    assert all(p.status == 200 and p.body.startswith(b"<!DOCTYPE") for p in files)
    [too_big] = result.rejections
    assert too_big.reason is Reason.TOO_LARGE and too_big.url == (saved / "big.html").as_uri()
    web_pages = [urlsplit(p.url).path for p in result.pages if p.source_id == "web"]
    assert web_pages == ["/tztg/t1.html", "/tztg/t1_1.html"]
    assert result.counts["pages/continuation"] == 1


def test_collect_works_inside_a_running_event_loop(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(ARTICLE.format(t="页面"), encoding="utf-8")
    (tmp_path / "feed.xml").write_text(rss([("a", "/a.html")]), encoding="utf-8")

    async def inside() -> tuple[Page, ...]:
        return collect([feed_source("s", site.base + "/feed.xml")], FAST).pages

    with serve(tmp_path) as site:
        pages = asyncio.run(inside())
    assert len(pages) == 1


def test_fetch_one_returns_a_page_or_raises_a_fetch_error(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(ARTICLE.format(t="页面"), encoding="utf-8")
    with serve(tmp_path) as site:
        page = fetch_one(site.base + "/_fault/moved", FAST)
        assert page.final_url.endswith("/_fault/page?from=moved") and "搬家后的页面" in page.body.decode()
        with pytest.raises(FetchError) as err:
            fetch_one(site.base + "/_fault/pdf", FAST)
    assert err.value.url.endswith("/_fault/pdf") and "not HTML" in str(err.value)


def test_loopback_requests_bypass_a_proxy_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.html").write_text(ARTICLE.format(t="页面"), encoding="utf-8")
    (tmp_path / "feed.xml").write_text(rss([("a", "/a.html")]), encoding="utf-8")
    dead_proxy = f"http://127.0.0.1:{closed_port()}"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, dead_proxy)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with serve(tmp_path) as site:
        result = collect([feed_source("s", site.base + "/feed.xml")], FAST)
    assert len(result.pages) == 1 and not result.rejections


def test_a_cookie_a_site_sets_is_sent_back_on_its_later_requests() -> None:
    import httpx

    from dailybrief.collect.fetch import Fetcher, Response

    def reply(request: httpx.Request) -> httpx.Response:
        sent = request.headers.get("cookie", "")
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if request.url.path == "/first.html":
            return httpx.Response(200, headers={"Set-Cookie": "visit=1; Path=/", "Content-Type": "text/html"},
                                  content=b"<html><body>first</body></html>")
        return httpx.Response(200, headers={"Content-Type": "text/html"},
                              content=f"<html><body>cookie [{sent}]</body></html>".encode())

    async def go() -> list[Response]:
        async with Fetcher(FAST, transport=httpx.MockTransport(reply)) as fetcher:
            before = await fetcher.get("http://site.example/before.html")
            await fetcher.get("http://site.example/first.html")
            after = await fetcher.get("http://site.example/after.html")
        return [before, after]

    before, after = asyncio.run(go())
    assert isinstance(before, Response) and b"cookie []" in before.body
    assert isinstance(after, Response) and b"cookie [visit=1]" in after.body


def test_the_asyncio_network_layer_reports_failures_as_httpcore_does() -> None:
    import httpcore

    from dailybrief.collect.netstream import AsyncioBackend

    async def go() -> tuple[str, bytes, bool, str]:
        backend = AsyncioBackend()
        with socket.socket() as closed:  # a port nobody listens on
            closed.bind(("127.0.0.1", 0))
            port = closed.getsockname()[1]
        try:
            await backend.connect_tcp("127.0.0.1", port, timeout=5)
            refused = "connected"
        except httpcore.ConnectError:
            refused = "ConnectError"

        async def answer_and_close(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.readline()
            writer.write(b"hello")
            await writer.drain()
            writer.close()

        async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await asyncio.sleep(5)

        server = await asyncio.start_server(answer_and_close, "127.0.0.1", 0)
        quiet = await asyncio.start_server(silent, "127.0.0.1", 0)
        async with server, quiet:
            stream = await backend.connect_tcp("127.0.0.1", server.sockets[0].getsockname()[1], timeout=5)
            await stream.write(b"hi\n", timeout=5)
            got = await stream.read(100, timeout=5)
            await asyncio.sleep(0.2)
            closed_seen = bool(stream.get_extra_info("is_readable"))  # the server closed it: not reusable
            await stream.aclose()
            waiting = await backend.connect_tcp("127.0.0.1", quiet.sockets[0].getsockname()[1], timeout=5)
            try:
                await waiting.read(100, timeout=0.2)
                timed = "read"
            except httpcore.ReadTimeout:
                timed = "ReadTimeout"
            await waiting.aclose()
        return refused, got, closed_seen, timed

    assert asyncio.run(go()) == ("ConnectError", b"hello", True, "ReadTimeout")
