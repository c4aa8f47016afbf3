"""Failure classes of real page templates, one fixture each (tests/data/pages).

Each fixture is written in the shape of a real template that failed once (class names,
nesting, widgets), with text of our own; the test names the class, not the site.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
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


# ---------------------------------------------------------------- publication date, not a stamp


def test_fabu_date_in_its_own_cell_wins_over_update_print_and_generated_stamps() -> None:
    """更新时间 under the headline, 打印日期 beside it, 生成日期 in the table: the publication date is
    the 发布日期 whose label and value stand in sibling cells after the body."""
    ex = extract_page(page("update_stamp_and_fabu_date.html"))
    assert (ex.published, ex.date_origin) == (date(2027, 6, 3), "line")
    assert ex.stated_source == "某省工业和信息化厅"


def test_update_stamp_counts_only_where_no_publication_date_is_stated() -> None:
    html = page("update_stamp_and_fabu_date.html")
    no_fabu = html.replace('<div class="lab">发布日期：</div><div class="val">2027-06-03</div>'.encode(), b"")
    assert extract_page(no_fabu).published == date(2027, 6, 9)
    no_stamp = no_fabu.replace("<span>更新时间：2027-06-09 16:20</span>".encode(), b"")
    assert extract_page(no_stamp).published != date(2027, 6, 10)  # the print date is never taken


def test_relative_byline_date_is_counted_back_from_the_fetch_time_in_china_time() -> None:
    body = page("relative_byline_date.html")
    evening = datetime(2027, 6, 10, 17, 30, tzinfo=UTC)  # 01:30 on 11 June in Beijing
    ex = extract_page(body, fetched_at=evening)
    assert (ex.published, ex.published_time, ex.date_origin) == (date(2027, 6, 10), "22:30", "relative")
    yesterday = body.replace("3小时前".encode(), "昨天 09:15".encode())
    ex = extract_page(yesterday, fetched_at=evening)
    assert (ex.published, ex.published_time) == (date(2027, 6, 10), "09:15")
    dated = body.replace("3小时前".encode(), b"2027-06-08 10:00")
    assert extract_page(dated, fetched_at=evening).published == date(2027, 6, 8)
    assert extract_page(body).date_origin != "relative"  # no fetch time: nothing to count from


# ---------------------------------------------------------------- personal author cards


def test_author_card_above_the_date_line_is_no_publisher() -> None:
    """<dl class="writer">: face, pen name, badge (资深单机玩家) right above the date line, and
    作者：<pen name> after the body. Neither the badge nor the pen name is a publisher."""
    ex = extract_page(page("author_card_and_trailing_link.html"))
    assert ex.stated_source is None
    assert (ex.published, ex.published_time) == (date(2026, 4, 12), "11:27")
    # The card alone (no 作者 label to match) and the label alone (no author class) each tell it.
    unlabelled = page("author_card_and_trailing_link.html").replace("作者：青灯夜读".encode(), "作者：编辑部".encode())
    assert extract_page(unlabelled).stated_source is None
    unclassed = page("author_card_and_trailing_link.html").replace(b'<dl class="writer">', b'<dl class="box">')
    assert extract_page(unclassed).stated_source is None
    neither = unclassed.replace("作者：青灯夜读".encode(), "作者：编辑部".encode())
    assert extract_page(neither).stated_source == "资深单机玩家"  # an unlabelled name above the date stays a source


# ---------------------------------------------------------------- links glued after the last sentence


def test_home_link_glued_after_the_last_sentence_does_not_leak() -> None:
    ex = extract_page(page("author_card_and_trailing_link.html"))
    assert ex.text.endswith("但也少了那份来之不易的满足。")
    assert "查看更多" not in ex.text and "未经授权" not in ex.text
    # A link inside a sentence is the article's text.
    inline = page("author_card_and_trailing_link.html").replace(
        "满足。<a".encode(), "满足，详见<a".encode()).replace("返回首页，查看更多".encode(), "《存档简史》".encode())
    assert extract_page(inline).text.endswith("满足，详见《存档简史》")
    attachment = page("author_card_and_trailing_link.html").replace("返回首页，查看更多".encode(), "附件：申报表.docx".encode())
    assert extract_page(attachment).text.endswith("满足。附件：申报表.docx")


# ---------------------------------------------------------------- a site-name <title>, a date in two blocks


def test_headline_containing_a_site_name_title_and_a_day_apart_from_its_month() -> None:
    """<title> is the institute's name; the <h5> headline starts with it and says more. The
    date is two blocks, the day (21) over the year and month (2026年02月)."""
    ex = extract_page(page("split_day_month_h5.html"))
    assert ex.title == "某省海洋水产研究所召开2026年度科研工作推进会"
    assert ex.published == date(2026, 2, 21)
    assert ex.stated_source is None
    assert ex.text.startswith("为落实全省农业科技工作会议部署") and "相关推荐" not in ex.text
    month_first = page("split_day_month_h5.html").replace(
        b'<div class="day">21</div><div class="year">2026\xe5\xb9\xb402\xe6\x9c\x88</div>',
        b'<div class="year">2026-02</div><div class="day">21</div>')
    assert extract_page(month_first).published == date(2026, 2, 21)


def test_source_label_spaced_out_to_align_a_column() -> None:
    """Government templates align their labels with ideographic spaces: 来　　源：, 信 息 来 源：."""
    html = page("update_stamp_and_fabu_date.html")
    for label in ("来　　源：", "信 息 来 源：", "来　源："):
        spaced = html.replace("<span>来源：某省工业和信息化厅</span>".encode(), f"<span>{label}某省工业和信息化厅</span>".encode())
        assert extract_page(spaced).stated_source == "某省工业和信息化厅", label


# ---------------------------------------------------------------- byline fields that are not sources


def test_labelled_byline_date_beats_a_page_generation_meta() -> None:
    """PubDate (2026-03-02, the day the page was generated again, as another meta says) is not
    the 发布日期 the byline shows (2025-04-18)."""
    ex = extract_page(page("disclosure_counter_byline.html"))
    assert (ex.published, ex.published_time, ex.date_origin) == (date(2025, 4, 18), "10:49", "line")


def test_empty_source_label_beside_a_counter_and_a_related_links_heading_is_no_source() -> None:
    """来源： with no value, then 访问量：311; a 关联稿件： heading over related links: no publisher."""
    ex = extract_page(page("disclosure_counter_byline.html"))
    assert ex.stated_source is None
    assert ex.text.endswith("（某县统计局）") and "关联稿件" not in ex.text


def test_unlabelled_source_beside_the_site_address_and_a_comment_link() -> None:
    """The date line holds the site's address, the date, the source link and 我要评论(0)."""
    ex = extract_page(page("site_address_byline.html"))
    assert ex.stated_source == "某某音乐"
    assert (ex.published, ex.published_time) == (date(2026, 5, 9), "11:30")


def test_a_web_address_in_the_source_span_gives_way_to_the_media_name() -> None:
    """span#art_source holds only the site's address; span#media_name names the publisher."""
    ex = extract_page(page("address_in_source_span.html"))
    assert ex.stated_source == "某浪娱乐"
    assert ex.title == "某歌手获最佳女歌手奖(图)"


def test_an_official_accounts_nickname_in_the_byline_is_the_source_not_the_persona() -> None:
    """The older WeChat template names the account in a.rich_media_meta_nickname, beside the
    persona that signs the post (某报君)."""
    ex = extract_page(page("wechat_meta_nickname.html"))
    assert ex.stated_source == "某某晚报"
    assert ex.published == date(2026, 4, 6)
    assert "功能介绍" not in ex.text


def test_a_name_inside_the_author_block_is_a_person_not_a_publisher() -> None:
    """<div class="author"><span class="name">谢某某</span><span class="date">…</span>: only a
    personal author is credited, so there is no source."""
    ex = extract_page(page("author_block_name_only.html"))
    assert ex.stated_source is None
    assert ex.title == "这个约会软件想用相似的好恶帮你找对象"


def test_an_audio_players_label_on_the_date_line_is_no_source() -> None:
    """The date line ends in the article's 试听 (listen) button: a widget, not a publisher."""
    ex = extract_page(page("listen_widget_byline.html"))
    assert ex.stated_source != "试听"
    assert (ex.published, ex.published_time) == (date(2023, 9, 26), "17:22")


def test_a_reporters_credit_after_a_slash_is_no_source() -> None:
    """「记者某某某/文 受访者供图」 says who wrote the text and who gave the pictures."""
    ex = extract_page(page("reporter_slash_credit.html"))
    assert ex.stated_source is None or "供图" not in ex.stated_source
