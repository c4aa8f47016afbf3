"""The extract stage on fixture pages (tests/data/pages) and on every article of both corpora."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from dailybrief.errors import ExtractError
from dailybrief.extract import decode_html, extract_page, extracted_to_json
from dailybrief.models import Extracted
from dailybrief.text import squash

DATA = Path(__file__).parent / "data"
PAGES = DATA / "pages"
CORPORA = DATA / "corpora"
MIN_BODY_CHARS = 40


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


# ---------------------------------------------------------------- decoding


def test_gbk_bytes_labelled_gb2312_decode_as_gb18030() -> None:
    text, encoding = decode_html(page("gbk_gb2312_label.html"))
    assert encoding == "gb18030"
    assert "王喆" in text and "李珺" in text and "张昇" in text
    assert "通知—示例政府网" in text  # A1AA is an em dash (U+2014), not U+2015


def test_utf8_bytes_win_over_stale_gb2312_meta() -> None:
    text, encoding = decode_html(page("utf8_stale_gb2312_meta.html"))
    assert encoding == "utf-8"
    assert "京津冀区域综合立体交通网络" in text


def test_header_charset_is_used_and_bom_wins() -> None:
    body = "<p>人工智能</p>".encode("gbk")
    assert decode_html(body, "text/html; charset=GBK") == ("<p>人工智能</p>", "gb18030")
    assert decode_html(b"\xef\xbb\xbf<p>\xe4\xba\xba</p>", "text/html; charset=gbk") == ("<p>人</p>", "utf-8")


def test_undeclared_bytes_try_utf8_then_gb18030() -> None:
    assert decode_html("<p>新质生产力</p>".encode())[1] == "utf-8"
    assert decode_html("<p>新质生产力</p>".encode("gbk")) == ("<p>新质生产力</p>", "gb18030")


def test_bytes_that_decode_as_nothing_raise_extract_error() -> None:
    with pytest.raises(ExtractError):
        decode_html(b"<p>" + b"\x80\xff" * 500 + b"</p>")


def test_gbk_page_extracts_title_date_and_source() -> None:
    ex = extract_page(page("gbk_gb2312_label.html"))
    assert ex.title == "上海市人民政府关于王喆等同志职务任免的通知"
    assert ex.published == date(2026, 7, 10)
    assert ex.stated_source == "市政府办公厅"
    assert ex.encoding == "gb18030"
    assert "李珺为市科委副主任" in ex.text
    assert "打印本页" not in ex.text and "ICP备" not in ex.text


# ---------------------------------------------------------------- headline, source, boilerplate


def test_title_drops_site_suffix_and_ignores_related_headlines() -> None:
    ex = extract_page(page("news_with_furniture.html"))
    assert ex.title == "工信部印发智能工厂梯度培育行动方案"


def test_title_from_h1_when_title_tag_is_only_the_site_name() -> None:
    ex = extract_page(page("site_name_title.html"))
    assert ex.title == "国家数据局举行新闻发布会介绍高质量数据集建设进展情况"


def test_truncated_link_title_picks_the_full_headline() -> None:
    body = (
        "<html><head><title>示例网</title></head><body><div class='logo'>示例网首页</div>"
        "<h2>要闻</h2><div class='tit'>深圳公布低空飞行服务保障条例 七章五十八条10月1日起施行</div>"
        "<p>深圳公布低空飞行服务保障条例，共七章五十八条，自2026年10月1日起施行，明确了飞行服务站的备案要求。</p>"
        "</body></html>"
    ).encode()
    ex = extract_page(body, link_title="深圳公布低空飞行服务保障条例 七章...")
    assert ex.title == "深圳公布低空飞行服务保障条例 七章五十八条10月1日起施行"


def test_stated_source_label_value_only() -> None:
    assert extract_page(page("news_with_furniture.html")).stated_source == "人民邮电报"
    assert extract_page(page("url_only_date.html")).stated_source == "深圳市人民政府门户网站"


def test_unlabelled_source_field_beside_the_date() -> None:
    assert extract_page(page("utf8_stale_gb2312_meta.html")).stated_source == "证券时报网"
    assert extract_page(page("yearless_date.html")).stated_source == "IT之家"


def test_source_from_the_internet_does_not_count() -> None:
    # '信息来源于网络' names no publisher; the account name beside the date is the source.
    assert extract_page(page("script_date.html")).stated_source == "爱否科技"
    body = (
        "<html><body><h1>某市启动数字经济创新大赛报名工作</h1><div>2026-06-05 来源：网络</div>"
        "<div class='c'><p>某市启动第四届数字经济创新大赛报名工作，设4个赛道，总奖金800万元，报名截至7月底。</p></div>"
        "</body></html>"
    ).encode()
    assert extract_page(body).stated_source is None



def _article(head: str, body: str, tail: str = "", title: str = "") -> bytes:
    """Return a page with a headline, a byline block, a body and what follows it."""
    para = "<p>某省印发数字经济促进条例实施方案，提出到2027年数字经济核心产业增加值占比达到12%，并设立专项资金支持企业上云。</p>"
    return (f"<html><head><title>{title or '某省印发数字经济促进方案_某某网'}</title></head><body>"
            f"<h1>某省印发数字经济促进方案</h1>{head}<div class='content'>{body or para}</div>{tail}"
            "</body></html>").encode()


def test_source_value_ends_with_its_own_text_node() -> None:
    # The label and its value share a node; a widget link glued after it is not part of the name.
    head = "<div class='left-t'>2020年07月04日 12:10 来源：求是网<a href='#c'>参与互动</a></div>"
    assert extract_page(_article(head, "")).stated_source == "求是网"


def test_source_label_and_value_in_sibling_elements() -> None:
    head = "<div><span class='source'>本文来源于</span><a href='/s'>国家统计局</a><span>2024-05-11 09:36:26</span></div>"
    assert extract_page(_article(head, "")).stated_source == "国家统计局"


def test_closing_credit_in_brackets_wins_over_the_account_field() -> None:
    head = "<h2 class='weibo_user'>上海证券报网络版</h2><span>2005.08.26</span> <time>05:39</time>"
    body = ("<p>本公司及董事会全体成员保证公告内容的真实、准确和完整，对公告的虚假记载、误导性陈述或者重大遗漏负连带责任。</p>"
            "<p>天津创业股份有限公司董事会</p><p>2005年8月25日（来源：上海证券报）</p>")
    assert extract_page(_article(head, body)).stated_source == "上海证券报"
    # An aside in brackets inside a paragraph credits no publisher.
    body = "<p>今年一季度全省数字经济核心产业增加值增长9.1%（来源：省统计局），高于全省经济增速，数字化转型成效明显。</p>"
    assert extract_page(_article("<div>2024-05-10 09:00</div>", body)).stated_source is None


def test_source_name_starting_with_digits_is_kept_whole() -> None:
    head = "<div><a class='report'>举报/反馈</a><em>2021-01-20 04:29:44</em><a href='/'>39健康网</a></div>"
    assert extract_page(_article(head, "")).stated_source == "39健康网"


def test_account_card_names_the_publisher_not_the_login_box() -> None:
    page_bytes = ("<html><head><title>中法经贸合作广度深度不断拓展_中国</title></head><body>"
                  "<div class='header'><div class='userinfo-container'><span>登录</span></div></div>"
                  "<div class='user-info'><a href='/profile?x=1'><img src='a.png'></a><h4><a href='/profile?x=1'>中国经济网</a></h4></div>"
                  "<h1>中法经贸合作广度深度不断拓展</h1><div><span class='time'>2024-05-13 06:15</span><span>发布于：</span><span>北京市</span></div>"
                  "<article><p>今年是中法建交60周年。60年来，中法双方独立自主的精神共鸣、灿烂文化的彼此吸引、利益广泛的务实合作，促使两国关系发展。</p></article>"
                  "</body></html>").encode()
    assert extract_page(page_bytes).stated_source == "中国经济网"


def test_columnist_byline_is_not_a_publisher() -> None:
    head = "<div><span class='con1_author'>maomaobear</span> <span class='con1_date'>2015-06-19 11:20:11</span></div>"
    assert extract_page(_article(head, "")).stated_source is None


def test_article_block_wins_over_a_longer_feed_article_below() -> None:
    other = "".join(f"<p>如果说在中国传唱度最高的歌曲，那这一首歌绝对算得上是家喻户晓，第{i}段讲述了歌手的经历和作品。</p>" for i in range(12))
    tail = (f"<div class='detail-content__recommend'><span class='article__title'>31岁在春晚一炮而红的歌手</span>"
            f"<time>2023-06-01 00:48</time><div class='recommend__content'>{other}</div></div>")
    ex = extract_page(_article("<div>中国新闻网</div><time>2024-05-20 13:09</time>", "", tail))
    assert ex.text.startswith("某省印发数字经济促进条例实施方案") and "传唱度最高" not in ex.text


def test_story_stream_with_item_stamps_is_not_the_body() -> None:
    items = "".join(f"<li><div>信報財經新聞·{i} 小時前</div><h4>另一條新聞標題第{i}則</h4>"
                    f"<p>最新港產片熱播，好評如潮，不少人建議政府復刻該片的場景作為旅遊景點，這是第{i}則摘要。</p></li>" for i in range(1, 9))
    ex = extract_page(_article("<time>2024年5月22日 上午8:21</time>", "", f"<ul class='simple-list'>{items}</ul>"))
    assert ex.text.startswith("某省印发数字经济促进条例实施方案") and "小時前" not in ex.text


def test_player_widget_text_does_not_leak() -> None:
    body = ("<div class='video-player'><span class='player-control-text'>Play Video</span><div class='control-text'>0:00</div></div>"
            "<p>某省印发数字经济促进条例实施方案，提出到2027年数字经济核心产业增加值占比达到12%，并设立专项资金支持企业上云。</p>")
    ex = extract_page(_article("<div>2024-05-09 22:27:02 来源：新华网</div>", body))
    assert "Play Video" not in ex.text and ex.text.startswith("某省印发")


def test_short_headline_element_beats_title_with_glued_site_suffix() -> None:
    page_bytes = ("<html><head><title>静夜思•夜-中国诗歌网</title></head><body><div>首页/ 诗歌</div><h3>静夜思•夜</h3>"
                  "<div><span>作者：</span><span>涅阳城</span><span>2020年01月12日18:32</span></div>"
                  "<div class='content'><p>夜深人静时，是自己一天最轻松的时刻，此时品品红酒、独坐书房翻看经典，遨游在知识的海洋里。</p></div>"
                  "</body></html>").encode()
    ex = extract_page(page_bytes)
    assert ex.title == "静夜思•夜" and ex.stated_source is None


def test_short_headline_equal_to_title_over_its_byline() -> None:
    para = "<p>某省印发数字经济促进条例实施方案，提出到2027年数字经济核心产业增加值占比达到12%，并设立专项资金支持企业上云。</p>"
    report = (f"<html><head><title>政府工作报告</title></head><body><div class='nav'><a href='/'>首页</a></div>"
              f"<h1>政府工作报告</h1><div>2024-03-05 来源：新华社</div><div class='content'>{para}</div></body></html>")
    assert extract_page(report.encode()).title == "政府工作报告"
    # A site logo equal to a short <title>, over navigation rather than a byline, is no headline.
    logo = (f"<html><head><title>国家数据局</title></head><body><h1>国家数据局</h1><ul><li><a href='/1'>首页</a></li>"
            f"<li><a href='/2'>机构</a></li></ul><div class='content'>{para}</div></body></html>")
    assert extract_page(logo.encode()).title is None

def test_byline_under_the_repeated_headline_next_to_the_body() -> None:
    page_bytes = ("<html><head><title>呼和浩特发放一次性育儿津贴5000元_中国网</title></head><body>"
                  "<h1 class='article_title'>呼和浩特发放一次性育儿津贴5000元</h1><div>分享到：</div>"
                  + "".join(f"<a href='/c{i}'>频道{i}</a>" for i in range(30)) +
                  "<h1>呼和浩特发放一次性育儿津贴5000元</h1><p>2024-05-13 13:48</p><p>来源：中国网</p>"
                  "<div class='article'><p>据呼和浩特市人民政府网站消息，《关于促进婴幼儿照护服务发展的若干措施》近日发布，对生育二孩、三孩的家庭发放津贴。</p></div>"
                  "</body></html>").encode()
    ex = extract_page(page_bytes)
    assert (ex.stated_source, ex.published_time) == ("中国网", "13:48")

def test_boilerplate_does_not_leak_into_body() -> None:
    ex = extract_page(page("news_with_furniture.html"))
    assert ex.text.startswith("6月8日，工业和信息化部印发《智能工厂梯度培育行动方案》")
    assert "推动人工智能与制造业深度融合" in ex.text
    for furniture in ("相关阅读", "2025年度智能工厂梯度培育行动启动", "三大看点", "网友评论", "希望各地尽快落实",
                      "热门文章", "低空经济产业规模突破万亿元", "打印本页", "关闭窗口", "ICP备", "版权所有",
                      "当前位置", "分享到", "网站地图"):
        assert furniture not in ex.text, furniture


def test_single_paragraph_body_beats_disclaimer_and_hot_list() -> None:
    ex = extract_page(page("utf8_stale_gb2312_meta.html"))
    assert ex.text.startswith("据财联社6月9日消息")
    assert "免责声明" not in ex.text and "热点推荐" not in ex.text


def test_empty_shell_page_yields_empty_text() -> None:
    ex = extract_page(page("empty_shell.html"))
    assert ex.text == ""
    assert ex.title is None
    assert ex.stated_source is None


def test_page_without_markup_yields_nothing() -> None:
    assert extract_page(b"") == Extracted(title=None, published=None, text="", encoding="utf-8")


# ---------------------------------------------------------------- dates


def test_labelled_date_line_takes_its_time_from_the_meta() -> None:
    """发布日期：2026年7月10日 shows no time; the PubDate meta of the same day gives 16:20."""
    ex = extract_page(page("gbk_gb2312_label.html"))
    assert (ex.published, ex.published_time, ex.date_origin) == (date(2026, 7, 10), "16:20", "line")


def test_publication_time_not_update_time() -> None:
    ex = extract_page(page("news_with_furniture.html"))
    assert (ex.published, ex.published_time, ex.date_origin) == (date(2026, 6, 8), "09:30", "line")


def test_fabu_date_not_chengwen_date() -> None:
    ex = extract_page(page("policy_dates.html"))
    assert ex.published == date(2026, 6, 9)


def test_body_dates_are_not_publication_dates_url_is_used() -> None:
    ex = extract_page(page("url_only_date.html"), url="http://www.example-citynews.cn/content/2026-06/07/content_1.htm")
    assert (ex.published, ex.date_origin) == (date(2026, 6, 7), "url")
    assert extract_page(page("url_only_date.html")).published is None


def test_yearless_date_line_takes_year_from_meta() -> None:
    ex = extract_page(page("yearless_date.html"))
    assert (ex.published, ex.published_time) == (date(2019, 9, 30), "22:46")


def test_relative_date_falls_back_to_script_timestamp_in_china_time() -> None:
    ex = extract_page(page("script_date.html"))
    assert (ex.published, ex.published_time, ex.date_origin) == (date(2020, 2, 12), "22:17", "script")


def test_date_split_over_em_elements_above_the_headline() -> None:
    ex = extract_page(page("site_name_title.html"))
    assert (ex.published, ex.published_time) == (date(2026, 6, 9), "15:30")
    assert ex.stated_source == "国家数据局"


# ---------------------------------------------------------------- JSON form and module entry


def test_extracted_to_json_shapes() -> None:
    ex = Extracted(title="标题", published=date(2026, 6, 9), text="正文", stated_source="新华社", published_time="09:30")
    assert extracted_to_json(ex) == {"title": "标题", "published": "2026-06-09 09:30", "text": "正文", "stated_source": "新华社",
                                     "doc_number": None}
    assert extracted_to_json(Extracted(title=None, published=None, text=""))["published"] is None
    assert extracted_to_json(Extracted(title="t", published=date(2026, 1, 2), text="x"))["published"] == "2026-01-02"


def test_module_entry_prints_json() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "dailybrief.extract", str(PAGES / "gbk_gb2312_label.html"), "--json"],
        capture_output=True, text=True, check=True, timeout=60,
    )
    data = json.loads(out.stdout)
    assert data["title"] == "上海市人民政府关于王喆等同志职务任免的通知"
    assert data["published"] == "2026-07-10 16:20"
    assert data["stated_source"] == "市政府办公厅"


# ---------------------------------------------------------------- both development corpora


def corpus_articles() -> list[tuple[str, str, dict]]:
    out = []
    for corpus in sorted(p for p in CORPORA.glob("dev-*") if (p / "gold.json").exists()):
        gold = json.loads((corpus / "gold.json").read_text("utf-8"))
        for path, info in gold["articles"].items():
            if (corpus / "site" / path.lstrip("/")).exists():
                out.append((corpus.name, path, info))
    return out


ARTICLES = corpus_articles()


@pytest.mark.skipif(not ARTICLES, reason="corpora not copied into tests/data/corpora")
@pytest.mark.parametrize(("corpus", "path", "info"), ARTICLES, ids=[f"{c}{p}" for c, p, _ in ARTICLES])
def test_corpus_article_date_and_body(corpus: str, path: str, info: dict) -> None:
    body = (CORPORA / corpus / "site" / path.lstrip("/")).read_bytes()
    ex = extract_page(body, url=f"http://127.0.0.1:8000{path}")
    assert ex.published is not None and ex.published.isoformat() == info["published"]
    if info["kind"] == "broken":
        assert ex.text == ""
    else:
        assert len(ex.text) >= MIN_BODY_CHARS
        assert ex.title
        assert ex.title not in ("国家数据局", "中国网信网")  # bare site names are not headlines


@pytest.mark.skipif(not ARTICLES, reason="corpora not copied into tests/data/corpora")
def test_corpus_extraction_is_fast() -> None:
    bodies = [(CORPORA / c / "site" / p.lstrip("/")).read_bytes() for c, p, _ in ARTICLES]
    start = time.perf_counter()
    for body in bodies:
        extract_page(body)
    per_page = (time.perf_counter() - start) / len(bodies)
    assert per_page < 0.1


@pytest.mark.skipif(not ARTICLES, reason="corpora not copied into tests/data/corpora")
def test_corpus_key_facts_survive_and_related_links_do_not_leak() -> None:
    extracted = {}
    for corpus, path, info in ARTICLES:
        body = (CORPORA / corpus / "site" / path.lstrip("/")).read_bytes()
        extracted[(corpus, path)] = (extract_page(body, url=path), info)
    for corpus in {c for c, _, _ in ARTICLES}:
        gold = json.loads((CORPORA / corpus / "gold.json").read_text("utf-8"))
        for thread in gold["threads"]:
            told = "".join(
                squash((ex.title or "") + ex.text)
                for (c, p), (ex, _) in extracted.items()
                if c == corpus and p in thread["articles"]
            )
            missing = [fact for fact in thread["key_facts"] if squash(fact) not in told]
            assert not missing, (corpus, thread["id"], missing)
    titles = {(c, p): (squash(ex.title or ""), ex.published) for (c, p), (ex, _) in extracted.items()}
    for (corpus, path), (ex, _) in extracted.items():
        lines = {squash(line) for line in ex.text.splitlines()}
        for (other_corpus, other_path), (title, day) in titles.items():
            if other_corpus == corpus and other_path != path and day != ex.published and len(title) >= 12:
                assert title not in lines, (path, "links to", other_path)


def test_table_layout_page_keeps_the_nav_column_out() -> None:
    ex = extract_page(page("table_layout.html"))
    assert ex.title == "关于开展2026年度中小企业数字化转型试点申报工作的通知"
    assert (ex.published, ex.stated_source) == (date(2026, 6, 3), "本站原创")
    assert ex.text.startswith("各区工业和信息化主管部门，各有关企业：")
    assert "每个试点项目给予不超过200万元的资金支持" in ex.text
    for furniture in ("政务公开", "办事指南", "浏览次数", "打印本页", "ICP备"):
        assert furniture not in ex.text, furniture


def test_body_hidden_until_script_runs_comes_from_trafilatura() -> None:
    body = (
        "<html><head><title>上半年新型储能新增装机约3000万千瓦_示例网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/cj'>财经</a></div><h1>上半年新型储能新增装机约3000万千瓦</h1>"
        "<div id='content' style='display:none'><p>今年上半年，全国新型储能新增装机规模约3000万千瓦，同比增长超过三成。</p>"
        "<p>分析人士认为，下半年新增装机有望保持较快增长。</p></div>"
        "<div class='footer'>版权所有 京ICP备12345678号</div></body></html>"
    ).encode()
    ex = extract_page(body)
    assert ex.text.splitlines() == ["今年上半年，全国新型储能新增装机规模约3000万千瓦，同比增长超过三成。",
                                    "分析人士认为，下半年新增装机有望保持较快增长。"]
    assert ex.title == "上半年新型储能新增装机约3000万千瓦"


def test_date_in_a_time_element_or_only_for_htmldate() -> None:
    article = (
        "<article><h1>某地发布促进低空经济发展若干措施</h1>{mark}"
        "<p>某地日前发布促进低空经济发展若干措施，提出到2028年低空经济产业规模突破千亿元，建成一批低空起降设施。</p>"
        "</article>"
    )
    timed = article.format(mark="<time datetime='2026-06-05T10:00:00+08:00'></time>")
    ex = extract_page(f"<html><body>{timed}</body></html>".encode())
    assert (ex.published, ex.date_origin) == (date(2026, 6, 5), "attr")
    plain = article.format(mark="")
    ex = extract_page(f"<html><head><meta name='date' content='2026-06-04'></head><body>{plain}</body></html>".encode())
    assert (ex.published, ex.date_origin) == (date(2026, 6, 4), "htmldate")
    assert extract_page(f"<html><body>{plain}</body></html>".encode()).published is None


def test_logo_heading_matching_the_title_suffix_is_not_the_headline() -> None:
    body = (
        "<html><head><title>工信部部署开展2026年度智能制造标准应用试点工作_中华人民共和国工业和信息化部</title></head><body>"
        "<h1 class='logo'>中华人民共和国工业和信息化部</h1><div class='nav'><a href='/'>首页</a></div>"
        "<div class='article-title'>工信部部署开展2026年度智能制造标准应用试点工作</div><div>2026-06-05 来源：科技司</div>"
        "<div class='article-content'><p>近日，工业和信息化部部署开展2026年度智能制造标准应用试点工作，遴选一批标准应用试点项目。</p></div>"
        "</body></html>"
    ).encode()
    assert extract_page(body).title == "工信部部署开展2026年度智能制造标准应用试点工作"


def test_todays_date_in_the_site_bar_is_not_the_publication_date() -> None:
    body = (
        "<html><body><div class='topbar'>2026年6月10日 星期三 多云 27~33℃</div>"
        "<h1>深圳图书馆“岭南书画”主题展开幕</h1>"
        "<div class='c'><p>“岭南书画”主题展在深圳图书馆开幕，展出近现代岭南画派作品及相关文献120余件。</p></div>"
        "</body></html>"
    ).encode()
    assert extract_page(body).published is None
    assert extract_page(body, url="http://x.cn/content/2026-06/06/content_1.htm").published == date(2026, 6, 6)


def test_utf8_page_with_one_damaged_byte_stays_utf8() -> None:
    good = ("<p>" + "国家数据局发布高质量数据集建设进展情况。" * 20 + "</p>").encode()
    damaged = good[:40] + b"\xff" + good[40:]
    text, encoding = decode_html(damaged, "text/html; charset=gbk")
    assert encoding == "utf-8"
    assert "国家数据局发布高质量数据集建设进展情况" in text


def test_headline_without_title_tag_or_h1_is_the_line_above_the_byline() -> None:
    body = (
        "<html><head><title>某某市人民政府</title></head><body><div class='nav'><a href='/'>首页</a> &gt; <a href='/x'>通知公告</a></div>"
        "<div class='wz'>关于开展2026年度“专精特新”中小企业认定工作的通知</div>"
        "<div class='wz2'>发布时间：2026-06-05 来源：市工业和信息化局</div>"
        "<div class='wz3'><p>各区工业和信息化主管部门：为培育一批专精特新中小企业，现开展2026年度认定工作，请于6月30日前报送材料。</p></div>"
        "</body></html>"
    ).encode()
    ex = extract_page(body)
    assert ex.title == "关于开展2026年度“专精特新”中小企业认定工作的通知"
    assert (ex.published, ex.stated_source) == (date(2026, 6, 5), "市工业和信息化局")


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("2026-06-05 10:30 来源：新华网 作者：李明", "新华网"),
        ("发布时间：2026-06-05 17:20来源：人事教育司字号：大 中 小", "人事教育司"),
        ("2026年06月09日来源：国家数据局", "国家数据局"),
        ("稿源：经济日报 编辑：王芳", "经济日报"),
        ("信息来源： 市发展改革委 | 浏览次数：12", "市发展改革委"),
        ("2026-06-05 来源：本站原创", "本站原创"),
        ("Updated: 2026-07-14 17:05 | Source: Xinhua", "Xinhua"),
        ("2026-06-05 图片来源：视觉中国", None),
        ("2026-06-05 来源：", None),
    ],
)
def test_source_label_variants(byline: str, expected: str | None) -> None:
    body = (
        "<html><body><h1>某地推进新型工业化若干措施发布实施</h1>"
        f"<div class='info'>{byline}</div>"
        "<div class='c'><p>某地日前发布推进新型工业化若干措施，提出到2028年规模以上工业增加值年均增长6%以上。</p></div>"
        "</body></html>"
    ).encode()
    assert extract_page(body).stated_source == expected


def test_fabu_date_not_the_generated_date_of_an_open_government_table() -> None:
    html = ('<html><head><title>某省关于贯彻落实实施意见的通知</title></head><body>'
            '<div class="xxgk_table"><table>'
            '<tr><td class="t">索引号</td><td>002282525/2027-03042</td><td class="t">主题分类</td><td>科技</td></tr>'
            '<tr><td class="t">发布机构</td><td>某省人民政府办公厅</td><td class="t">生成日期</td><td>2027-04-28</td></tr>'
            '<tr><td class="t">文号</td><td>某政办〔2027〕9号</td><td class="t">发布日期</td><td>2027-05-14</td></tr>'
            '</table></div><h1>某省关于贯彻落实实施意见的通知</h1><div class="content">'
            + "<p>各市人民政府，省政府各部门：现将有关事项通知如下，请认真贯彻落实，推动未来产业发展。</p>" * 4
            + "</div></body></html>").encode()
    assert extract_page(html).published == date(2027, 5, 14)


def _byline_page(byline: str) -> bytes:
    body = "".join("<p>国家发展改革委近日印发通知，部署推进新型储能规模化发展，明确到2027年新型储能装机规模达到1.8亿千瓦以上。</p>"
                   for _ in range(4))
    return (f"<html><head><title>新型储能规模化发展通知印发</title></head><body><h1>新型储能规模化发展通知印发</h1>"
            f"<div class='info'>{byline}</div><div class='content'>{body}</div></body></html>").encode()


@pytest.mark.parametrize(("byline", "source"), [
    ("<span>2026-06-01 10:00</span><div class='lab'>来源：</div><div class='val'>新华社</div>", "新华社"),
    ("来源：人民网2026-06-01 10:00", "人民网"),
    ("2026-06-01 10:00 来源：21世纪经济报道", "21世纪经济报道"),
    ("<span class='author-name'>科技观察</span> 2026-06-01 10:00 来源：经济日报", "经济日报"),
    ("<span>2026-06-01 10:00</span> <span>来自江苏</span>", None),
    ("2026-06-01 10:00 IP属地：上海", None),
    ("2026-06-01 10:00 <a href='#'>听新闻</a>", None),
    ("2026-06-01 10:00 <a href='/jiucuo'>纠错</a>", None),
    ("<span class='source'>百家号</span> 2026-06-01 10:00", None),
])
def test_stated_source_label_value_and_furniture(byline: str, source: str | None) -> None:
    ex = extract_page(_byline_page(byline), url="http://x.cn/a/2026/0601/1.html")
    assert (ex.published, ex.stated_source) == (date(2026, 6, 1), source)


def test_summary_box_kept_and_player_and_correction_widgets_dropped() -> None:
    para = "<p>国家发展改革委近日印发通知，部署推进新型储能规模化发展，明确到2027年新型储能装机规模达到1.8亿千瓦以上。</p>"
    html = ("<html><head><title>首页</title></head><body><h1>新型储能规模化发展通知印发</h1>"
            "<div class='info'>2026-06-01 10:00 来源：新华社</div>"
            "<div class='summary'>【摘要】独立储能电站将全面参与电力市场，容量电价机制年内出台。</div>"
            f"<div class='content'><div class='player'>您的浏览器不支持 video 标签。</div><div class='tts'>听新闻</div>{para * 4}"
            "<p><a href='/jiucuo'>我要纠错</a></p></div></body></html>").encode()
    text = extract_page(html).text
    assert text.startswith("【摘要】独立储能电站将全面参与电力市场") and text.count("1.8亿千瓦") == 4
    assert "您的浏览器不支持" not in text and "听新闻" not in text and "纠错" not in text
