"""Bounded cost for any single input, against the hostile server on 127.0.0.1: the outcome of
each case and what it cost, counted in requests; times are only checked against generous
limits derived from the configured deadlines (never tight, so a loaded machine does not flake)."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

import pytest
from hostile_server import hostile_server

from dailybrief.collect import collect
from dailybrief.errors import ConfigError
from dailybrief.models import Authority, Reason, Source, SourceKind
from dailybrief.pipeline import run_brief
from dailybrief.settings import Settings
from dailybrief.sources import load_sources
from dailybrief.store import Store

DAY = date(2026, 6, 10)
# Small deadlines keep these tests fast; every bound below is derived from them.
FAST = Settings(timeout_s=1.0, retries=2, backoff_s=0.01, source_deadline_s=4.0, run_deadline_s=8.0,
                retry_after_max_s=1.0, host_failures_to_skip=3, max_page_bytes=1_000_000)
SLACK_S = 15.0  # scheduling slack on a loaded 2-core machine


def listing(sid: str, url: str) -> Source:
    return Source(sid, f"来源{sid}", sid, SourceKind.LISTPAGE, url, Authority.MEDIA)


def timed(sources: list[Source], settings: Settings = FAST):
    start = time.monotonic()
    result = collect(sources, settings, today=DAY)
    return result, time.monotonic() - start


def reasons(result) -> dict[str, Reason]:
    return {r.url.rsplit("/", 1)[-1]: r.reason for r in result.rejections}


def test_a_silent_host_costs_one_deadline_per_attempt_and_says_the_real_time() -> None:
    with hostile_server() as srv:
        result, elapsed = timed([listing("s", srv.base + "/hang")])
        (rejection,) = result.rejections
        assert rejection.reason is Reason.TIMEOUT and re.search(r"timed out after \d+\.\ds", rejection.detail)
        assert "(3 attempts)" in rejection.detail and srv.hits["/hang"] == 3
        assert elapsed < 3 * FAST.timeout_s + SLACK_S


def test_a_dripping_host_is_cut_at_the_deadline_body_included() -> None:
    with hostile_server() as srv:
        result, elapsed = timed([listing("s", srv.base + "/drip?every=0.05")])
        (rejection,) = result.rejections
        assert rejection.reason is Reason.TIMEOUT and "body included" in rejection.detail
        assert elapsed < 3 * FAST.timeout_s + SLACK_S


@pytest.mark.parametrize("kind", ["drip", "hang", "storm"])
def test_a_failing_host_is_skipped_after_a_few_failures_in_a_row(kind: str) -> None:
    with hostile_server() as srv:
        result, elapsed = timed([listing("s", f"{srv.base}/list?n=60&kind={kind}")])
        assert result.counts["links/found"] == 60
        assert len([r for r in result.rejections if r.stage == "fetch"]) == 60
        made = srv.hits.total(f"/{kind}/")
        # the breaker opens after 3 failures; requests already in flight (2 per host) still end
        assert made <= FAST.host_failures_to_skip + FAST.per_host_concurrency, srv.hits.counts
        assert any("skipped for the rest of the run" in r.detail for r in result.rejections)
        assert elapsed < FAST.source_deadline_s + SLACK_S


def test_retry_after_is_honoured_up_to_the_cap() -> None:
    with hostile_server() as srv:
        result, elapsed = timed([listing(f"s{i}", f"{srv.base}/retry-after/long?s=3600&i={i}")
                                 for i in range(10)])
        # not retried, and the host is left alone (besides the requests already in flight)
        assert srv.hits["/retry-after/long"] <= FAST.per_host_concurrency
        assert all("not retried" in r.detail or "not requested" in r.detail for r in result.rejections)
        start = time.monotonic()
        timed([listing("c", srv.base + "/retry-after/short?s=1")])
        assert srv.hits["/retry-after/short"] == 3  # retried twice, each after the asked second
        assert time.monotonic() - start >= 2 * 1.0


def test_the_run_deadline_bounds_many_slow_sources() -> None:
    settings = FAST.with_overrides(run_deadline_s=1.5, host_failures_to_skip=0, retries=0)
    with hostile_server() as srv:
        sources = [listing(f"s{i}", f"{srv.base}/hang/{i}") for i in range(40)]
        result, elapsed = timed(sources, settings)
        assert len(result.rejections) == 40
        assert any("run's deadline" in r.detail for r in result.rejections)
        assert srv.hits.total("/hang/") <= 1.5 / settings.timeout_s * settings.per_host_concurrency + 2
        assert elapsed < 1.5 + settings.timeout_s + SLACK_S


def test_five_thousand_links_are_discovered_in_linear_time() -> None:
    with hostile_server() as srv:
        settings = FAST.with_overrides(max_links_per_source=0, source_deadline_s=60.0, run_deadline_s=60.0)
        result, elapsed = timed([listing("s", srv.base + "/list?n=5000")], settings)
        assert result.counts["links/found"] == 5000 and srv.hits.total("/a/") == 0
        assert elapsed < 60.0  # was 333 s (quadratic); about 3 s now


def test_identical_urls_are_fetched_once_per_run() -> None:
    with hostile_server() as srv:
        sources = [listing(f"s{i}", srv.base + "/list?n=3") for i in range(300)]
        result, _ = timed(sources, FAST.with_overrides(source_deadline_s=60.0, run_deadline_s=60.0))
        assert srv.hits["/list"] == 1 and srv.hits.total("/a/") == 3
        assert result.counts["fetch/shared"] == 299


def test_bodies_too_big_binary_or_bombs_and_loops_are_one_rejection_each() -> None:
    with hostile_server() as srv:
        result, _ = timed([listing("huge", srv.base + "/huge"), listing("bomb", srv.base + "/bomb?mb=20"),
                           listing("bin", srv.base + "/binary"), listing("loop", srv.base + "/loop")],
                          FAST.with_overrides(timeout_s=10.0))
        by_source = {r.source_id: r for r in result.rejections}
        assert by_source["huge"].reason is Reason.TOO_LARGE
        assert by_source["bomb"].reason is Reason.TOO_LARGE  # the decoded size counts
        assert by_source["bin"].reason in (Reason.NO_LINKS, Reason.DECODE_ERROR, Reason.NOT_HTML)
        assert by_source["loop"].reason is Reason.REDIRECT_LOOP and srv.hits["/loop"] <= 11


def test_a_huge_source_name_is_refused_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - {id: x, name: '" + "名" * 2_000_000 + "', name_en: x, kind: rss, "
                    "url: 'https://a.cn/rss', authority: media}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"field 'name': 2000000 characters, more than the 200"):
        load_sources(path)


def test_a_multi_megabyte_article_is_stored_whole_and_analysed_by_its_beginning(tmp_path: Path) -> None:
    sources = tmp_path / "sources.yaml"
    with hostile_server() as srv:
        sources.write_text(f"sources:\n  - {{id: big, name: 国家发展改革委, name_en: NDRC, kind: listpage, "
                           f"url: '{srv.base}/list?n=1&kind=big', authority: ministry}}\n", encoding="utf-8")
        settings = FAST.with_overrides(max_page_bytes=5_000_000, timeout_s=20.0, source_deadline_s=60.0,
                                       run_deadline_s=60.0, max_analysis_chars=20_000)
        start = time.monotonic()
        report = run_brief(sources, day=DAY, out_dir=tmp_path / "out", db_path=tmp_path / "db.sqlite",
                           settings=settings, formats=("json",))
        elapsed = time.monotonic() - start
    assert report.stats.counts["articles/extracted"] == 1
    with Store.open(tmp_path / "db.sqlite") as store:
        (article,) = store.articles(since=date(2026, 6, 1), until=DAY)
    assert len(article.text) > 400_000 and article.text.endswith("第5999段。")  # stored whole
    assert elapsed < 120.0


def test_one_failing_site_of_a_mirror_does_not_close_the_others() -> None:
    import asyncio

    from dailybrief.collect.fetch import Failure, Fetcher, Response

    async def go(base: str) -> tuple[list[Response | Failure], Response | Failure]:
        async with Fetcher(FAST) as fetcher:
            storm = [await fetcher.get(f"{base}/storm.example.cn/202606/t{i}.html") for i in range(6)]
            other = await fetcher.get(f"{base}/a/202606/t20260609_1.html")
        return storm, other

    with hostile_server() as srv:
        storm, other = asyncio.run(go(srv.base))
        assert srv.hits.total("/storm.example.cn/") == FAST.host_failures_to_skip
    assert "skipped for the rest of the run" in storm[-1].detail
    assert isinstance(other, Response) and other.status == 200
