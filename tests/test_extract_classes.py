"""Failure classes of real page templates, one fixture each (tests/data/pages).

Each fixture is written in the shape of a real template that failed once (class names,
nesting, widgets), with text of our own; the test names the class, not the site.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dailybrief.extract import extract_page

PAGES = Path(__file__).parent / "data" / "pages"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


# ---------------------------------------------------------------- platform account fields


def test_css_module_account_name_is_the_source_not_the_follow_button() -> None:
    """index_sourceTitleText_wlTy- (camelCase under a CSS-module hash) names the account; the
    follow box beside it (下载客户端 / 独家抢先看) and the 来自某地 label do not."""
    ex = extract_page(page("account_card_css_modules.html"))
    assert ex.stated_source == "乡村观察"
    assert (ex.published, ex.published_time) == (date(2026, 6, 3), "18:03")


def test_follow_button_above_the_date_line_is_no_source() -> None:
    """Without a source-classed account name, the follow box's words are still no publisher."""
    plain = page("account_card_css_modules.html").replace(b"index_sourceTitleText_wlTy-", b"index_t_wlTy")
    plain = plain.replace(b'<a href="/media/2583">\xe4\xb9\xa1\xe6\x9d\x91\xe8\xa7\x82\xe5\xaf\x9f</a>', b"")
    assert extract_page(plain).stated_source is None


# ---------------------------------------------------------------- widget boilerplate


def test_player_messages_nested_deep_in_the_article_do_not_leak() -> None:
    """A player's error box sits five levels under its `mplayer` block, inside the article."""
    ex = extract_page(page("account_card_css_modules.html"))
    assert ex.text.startswith("记者从邮政管理部门获悉")
    assert "播放失败" not in ex.text and "错误代码" not in ex.text and "00:00" not in ex.text
    assert ex.text.endswith("建制村快递服务全覆盖。")


# ---------------------------------------------------------------- headline over a generic <title>


def test_headline_element_beats_a_generic_site_and_section_title() -> None:
    """<title> 某某科普-辟谣文章 names the site and section; the headline is the styled line above
    the 来源 line. Source and the date in the aside after the body are read as usual."""
    ex = extract_page(page("generic_title_headline_div.html"))
    assert ex.title == "隔夜菜真的都不能吃吗？"
    assert ex.stated_source == "某某科普-食品安全"
    assert (ex.published, ex.published_time) == (date(2026, 6, 4), "17:08")
    assert "辟谣文章" not in ex.text and "ICP" not in ex.text


def test_a_title_naming_the_article_is_matched_as_before() -> None:
    """A <title> that names the article (headline plus site suffix) is no generic title."""
    specific = page("generic_title_headline_div.html").replace(
        "<title>某某科普-辟谣文章</title>".encode(), "<title>隔夜菜真的都不能吃吗？-某某科普</title>".encode())
    assert extract_page(specific).title == "隔夜菜真的都不能吃吗？"
    logo = page("generic_title_headline_div.html").replace(
        '<div class="rumor-title">隔夜菜真的都不能吃吗？</div>'.encode(), b"")
    assert extract_page(logo).title == "某某科普-辟谣文章"  # nothing better stands above the byline
