"""Feeds: RSS and Atom from both corpora and hand-made broken feeds, read item by item."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import feedparser
import pytest

from dailybrief.collect.feeds import parse_feed
from dailybrief.models import Reason, Stage

FEEDS = Path(__file__).parent / "data" / "feeds"
BASE = "http://127.0.0.1:8000"


def read(name: str, feed_path: str = "/www.example.cn/rss.xml", **kw: str):
    return parse_feed((FEEDS / name).read_bytes(), BASE + feed_path, "src", **kw)


def test_malformed_rss_item_is_skipped_and_the_rest_kept_intact() -> None:
    result = read("xinhua_roll_malformed_item.xml", "/www.news.cn/rss/roll.xml")
    assert len(result.links) == 7
    [bad] = result.rejections
    assert bad.reason is Reason.MALFORMED_ITEM and bad.stage is Stage.DISCOVER and bad.source_id == "src"
    assert "xinhua-world-20260609-oil" in bad.detail and "line 37" in bad.detail
    assert "/www.news.cn/world/20260609/" in bad.url
    assert all("world" not in link.url for link in result.links)
    first, *_, last = result.links
    assert first.url == BASE + "/www.news.cn/sports/20260609/2f4a6c8e0b1d4f3a5c7e9b0d2f4a6c8e/c.html"
    assert first.title == "世界女排联赛：中国队3比1逆转取胜"
    assert first.published_hint == date(2026, 6, 9) and first.found_on == BASE + "/www.news.cn/rss/roll.xml"
    after_bad = result.links[3]
    assert after_bad.title == "2026年“文化和自然遗产日”主场城市活动将于6月13日举办"
    assert after_bad.published_hint == date(2026, 6, 8)
    assert last.published_hint == date(2025, 6, 15)
    assert any("not well-formed" in n and "1 malformed item" in n for n in result.notes)


def test_angle_brackets_in_a_title_break_only_that_item() -> None:
    result = read("cac_malformed_item.xml", "/www.cac.gov.cn/rss/qwfb.xml")
    assert [link.url.rsplit("/", 1)[1] for link in result.links] == [
        "c_1783998105526413.htm", "c_1783912406615243.htm", "c_1783912345678901.htm",
        "c_1783561208763421.htm", "c_1763104528870912.htm",
    ]
    [bad] = result.rejections
    assert bad.url == BASE + "/www.cac.gov.cn/2026-07/10/c_1783649912037765.htm"
    assert "mismatched tag" in bad.detail


def test_loose_parser_would_merge_items_but_we_keep_each() -> None:
    raw = (FEEDS / "rss_unclosed_title.xml").read_bytes()
    loose_links = [e.get("link") for e in feedparser.parse(raw).entries]
    assert "/www.example.cn/news/2026/0601/1003.html" not in loose_links  # the trap this guards against
    result = read("rss_unclosed_title.xml")
    assert [(link.url.rsplit("/", 1)[1], link.title) for link in result.links] == [
        ("1001.html", "第一条：全国统一大市场建设取得新进展"),
        ("1003.html", "第三条：新型工业化推进会在京召开"),
        ("1004.html", "第四条：多地发布低空经济支持政策"),
    ]
    [bad] = result.rejections
    assert "example-1002" in bad.detail and bad.url.endswith("/news/2026/0601/1002.html")


def test_malformed_atom_entry_and_updated_only_entry() -> None:
    result = read("atom_malformed_entry.xml")
    assert [link.url for link in result.links] == [
        BASE + "/news/2026/0602/2001.html",
        "https://other.example.org/news/2026/0531/2003.html",
    ]
    assert result.links[1].published_hint == date(2026, 6, 1)  # 23:30 UTC is the next day in Beijing
    [bad] = result.rejections
    assert "tag:example.org,2026:2002" in bad.detail


def test_namespaced_feed_keeps_prefixes_when_read_item_by_item() -> None:
    result = read("rss_dc_namespace_malformed.xml")
    assert [(link.url, link.published_hint) for link in result.links] == [
        ("http://www.example.cn/a/2026/06/05/3001.html", date(2026, 6, 5)),
        ("http://www.example.cn/a/2026/06/03/3003.html", date(2026, 6, 3)),
    ]
    assert result.rejections[0].url == "http://www.example.cn/a/2026/06/04/3002.html?x=1&y=2"


def test_gmt_and_plain_pubdates_give_beijing_days() -> None:
    gov = read("govcn_gmt.xml", "/www.gov.cn/rss/bmzw.xml")
    hints = {link.url.rsplit("/", 1)[1]: link.published_hint for link in gov.links}
    assert hints["content_7031377.htm"] == date(2026, 7, 11)  # Fri, 10 Jul 2026 23:40:12 GMT
    assert hints["content_7031688.htm"] == date(2026, 7, 14)
    portal = read("portal_plain_dates.xml", "/www.example-portal.cn/rss/roll.xml")
    assert [link.published_hint for link in portal.links][:2] == [date(2026, 7, 14), date(2026, 7, 14)]
    assert portal.links[0].url == BASE + "/www.example-portal.cn/n1/2026/0714/c1013-40321893.html"


def test_atom_uses_published_then_updated() -> None:
    result = read("xinhua_atom.xml", "/www.xinhuanet.com/xml/atom_roll.xml")
    hints = {link.url.rsplit("/", 1)[1]: link.published_hint for link in result.links}
    assert hints["c_1130788702.htm"] == date(2026, 7, 9)  # updated 07-14, published 07-09
    assert hints["c_1130793345.htm"] == date(2026, 7, 14)  # only <updated>
    assert not result.rejections and not result.notes
    assert len(read("techmedia_atom.xml").links) == 6


def test_item_without_link_is_rejected_and_odd_date_kept_without_hint() -> None:
    result = read("rss_odd_items.xml", "/feed.xml")
    assert [(link.url, link.published_hint) for link in result.links] == [
        (BASE + "/news/4002.html", None),
        ("http://www.example.cn/news/4003.html", date(2026, 6, 1)),
    ]
    [bad] = result.rejections
    assert bad.reason is Reason.MALFORMED_ITEM and "no-link-4001" in bad.detail


def test_gbk_feed_under_gb2312_label() -> None:
    result = read("rss_gbk.xml")
    assert [link.title for link in result.links] == [
        "王珺、李喆同志职务任免的通知",
        "市政府常务会议研究部署人工智能大模型创新发展工作——2026年7月",
    ]
    assert result.links[0].published_hint == date(2026, 7, 9)


def test_forced_encoding_wins_over_a_wrong_label() -> None:
    raw = (FEEDS / "rss_gbk.xml").read_bytes().replace(b'encoding="gb2312"', b'encoding="iso-8859-1"')
    assert parse_feed(raw, BASE + "/f.xml", "s").links[0].title != "王珺、李喆同志职务任免的通知"
    forced = parse_feed(raw, BASE + "/f.xml", "s", encoding="gbk")
    assert forced.links[0].title == "王珺、李喆同志职务任免的通知"


def test_feed_with_a_utf8_label_but_gbk_bytes_still_decodes() -> None:
    raw = (FEEDS / "rss_gbk.xml").read_bytes().replace(b'encoding="gb2312"', b'encoding="utf-8"')
    assert parse_feed(raw, BASE + "/f.xml", "s").links[0].title == "王珺、李喆同志职务任免的通知"


@pytest.mark.parametrize(
    ("name", "detail"),
    [("not_a_feed.html", "not an RSS or Atom feed"), ("truncated.xml", "not well-formed XML")],
)
def test_unreadable_feed_is_one_malformed_feed_rejection(name: str, detail: str) -> None:
    result = read(name)
    assert result.links == []
    [bad] = result.rejections
    assert bad.reason is Reason.MALFORMED_FEED and detail in bad.detail
    assert bad.url == BASE + "/www.example.cn/rss.xml"
