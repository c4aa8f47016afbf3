"""The analyse stage on literal articles: window, relevance, facts, storylines, originals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from literals import DATASETS, GREEN_POWER, article

from dailybrief.analyse import analyse, check_window, load_topics, topped_up_with_borderline
from dailybrief.analyse.facts import extract_facts, figures_in, is_deadline
from dailybrief.analyse.relevance import reject_if_irrelevant
from dailybrief.models import Authority, FactKind, Novelty, NoveltyStatus, Reason
from dailybrief.settings import Settings

DAY = date(2026, 6, 10)
TOPICS = load_topics()

def test_window_includes_both_ends_and_rejects_stale_and_future() -> None:
    first = article("a", "t", "x", date(2026, 5, 27))
    last = article("b", "t", "x", date(2026, 6, 10))
    assert check_window(first, DAY, 14) is None
    assert check_window(last, DAY, 14) is None
    stale = check_window(article("c", "t", "x", date(2026, 5, 26)), DAY, 14)
    assert stale is not None and stale.reason is Reason.STALE
    future = check_window(article("d", "t", "x", date(2026, 6, 11)), DAY, 14)
    assert future is not None and future.reason is Reason.FUTURE


def test_relevance_rejects_sports_and_procurement_with_a_reason() -> None:
    sports = article("s", "中超第15轮：深圳队主场2比1取胜", "深圳队在主场以2比1战胜对手，球迷热情高涨。" * 3)
    rejection = reject_if_irrelevant(sports, TOPICS, 3.0)
    assert rejection is not None and rejection.reason is Reason.OFF_TOPIC
    assert "topic score" in rejection.detail
    tender = article("p", "算力中心设备采购公告", "本项目采购智算服务器，预算金额500万元。" * 3)
    rejection = reject_if_irrelevant(tender, TOPICS, 3.0)
    assert rejection is not None and rejection.reason is Reason.NOT_NEWS
    policy = article("g", "关于组织开展第二批绿电直连试点项目申报工作的通知", GREEN_POWER)
    assert reject_if_irrelevant(policy, TOPICS, 3.0) is None


@pytest.mark.parametrize(("sentence", "expected"), [
    ("装机规模约2000万千瓦，比例不低于65%。", ["2000万千瓦", "65%"]),
    ("总用电量达1700亿千瓦时，占1.6%。", ["1700亿千瓦时", "1.6%"]),
    ("条例共七章五十八条。", ["七章五十八条"]),
    ("设4个赛道、总奖金800万元。", ["4个赛道", "800万元"]),
    ("意向订单超过1.5万台，规模突破4.5万亿元。", ["1.5万台", "4.5万亿元"]),
])
def test_figures_keep_their_units(sentence: str, expected: list[str]) -> None:
    assert [f[0] for f in figures_in(sentence)] == expected


def test_deadline_is_a_date_before_which_something_is_due_not_an_as_of_date() -> None:
    s = "截至2026年5月底已开工24个，各地于2026年7月15日前报送。"
    start = s.index("2026年7月15日")
    assert is_deadline(s, start, start + len("2026年7月15日"))
    s2 = "自2026年10月1日起施行。"
    assert not is_deadline(s2, 1, 1 + len("2026年10月1日"))
    facts = extract_facts(article("u", "t", GREEN_POWER))
    deadlines = [f for f in facts if f.kind is FactKind.DEADLINE]
    assert [d.day for d in deadlines] == [date(2026, 7, 15)]
    assert any(f.kind is FactKind.DOCUMENT and "绿电直连" in f.text for f in facts)


def test_storylines_group_coverage_and_credit_the_original() -> None:
    original = article("ndrc", "国家发展改革委 国家能源局关于组织开展第二批绿电直连试点项目申报工作的通知",
                       GREEN_POWER, date(2026, 6, 5))
    reprint = article("gov", "两部门启动第二批绿电直连试点申报", "（来源：国家发展改革委）" + GREEN_POWER,
                      date(2026, 6, 6), site="中国政府网")
    comment = article("media", "绿电直连第二批试点开闸：2000万千瓦盘子里，算力中心能分多少",
                      "第二批试点拟安排约2000万千瓦，比例要求提高到65%和35%。这意味着算力中心将成为申报主体。",
                      date(2026, 6, 8), publisher="智造观察网", authority=Authority.MEDIA)
    data = article("nda", "国家数据局举行新闻发布会介绍高质量数据集建设进展情况", DATASETS,
                   date(2026, 6, 9), publisher="国家数据局")
    result = analyse([comment, reprint, data, original], day=DAY, settings=Settings(), topics=TOPICS)
    groups = sorted(sorted(a.url for a in s.articles) for s in result.stories)
    assert groups == [["gov", "media", "ndrc"], ["nda"]]
    green = next(s for s in result.stories if "ndrc" in {a.url for a in s.articles})
    assert green.original_url == "ndrc"
    assert green.articles[0].url == "ndrc"
    assert ("gov", "ndrc") in green.duplicates
    assert green.score > 0 and "国家发展和改革委员会" in green.why


def test_a_lone_media_report_is_left_out_unless_nothing_else_is_left() -> None:
    from dataclasses import replace

    from dailybrief.analyse import _leave_out_lone_media_reports, is_lone_media_report
    from dailybrief.models import Story

    def story(i: int, authority: Authority, site: str) -> Story:
        a = article(f"u{i}", f"t{i}", "x", publisher=site, authority=authority)
        return Story(id=f"S{i}", title=f"t{i}", articles=(a,), original_url=a.url, score=10 - i)

    gov = [story(i, Authority.MINISTRY, f"部{i}") for i in range(4)]
    media = story(9, Authority.MEDIA, "某资讯网")
    assert is_lone_media_report(media) and not is_lone_media_report(gov[0])
    marked = _leave_out_lone_media_reports([*gov, media])
    assert [s.included for s in marked] == [True] * 4 + [False]
    assert marked[-1].left_out == "仅一家媒体网站报道"
    quiet = _leave_out_lone_media_reports([gov[0], replace(media)])
    assert [s.included for s in quiet] == [True, False]
    alone = _leave_out_lone_media_reports([replace(media)])
    assert [s.included for s in alone] == [True]


def test_an_outlets_own_report_is_news_on_its_own_but_comes_after_the_other_storylines() -> None:
    from dailybrief.analyse import _leave_out_lone_media_reports
    from dailybrief.models import Story

    def story(i: int, authority: Authority, site: str, text: str = "x") -> Story:
        a = article(f"u{i}", f"t{i}", text, publisher=site, authority=authority)
        return Story(id=f"S{i}", title=f"t{i}", articles=(a,), original_url=a.url, score=10 - i)

    reported = story(0, Authority.MEDIA, "某报", "本报讯 记者从交通运输部公路局获悉，截至10月底，全国高速公路服务区累计建成充电桩4.1万个。")
    review = story(1, Authority.MEDIA, "某网", "这款手机搭载自研芯片，售价3999元起，实际使用一周续航中规中矩。")
    release = story(2, Authority.MEDIA, "某网", "本报讯 记者获悉，某公司发布新品。（本文为企业供稿，不代表本网观点）")
    gov = [story(i, Authority.MINISTRY, f"部{i}") for i in (3, 4)]
    marked = _leave_out_lone_media_reports([reported, review, release, *gov])
    assert [(s.id, s.included) for s in marked if s.included] == [("S3", True), ("S4", True), ("S0", True)]
    assert not any(s.included for s in marked if s.id in ("S1", "S2"))


def test_a_field_named_by_its_official_terms_and_a_period_statistic_are_on_topic() -> None:
    from dailybrief.analyse.relevance import is_official_statistics

    threshold = Settings().relevance_threshold
    flight = article("g", "南沙至珠海eVTOL跨城航线完成首次试飞",
                     "一架电动垂直起降航空器从南沙起飞，平稳降落在珠海，航线全长58公里，飞行时间约20分钟。",
                     publisher="广州市人民政府", authority=Authority.LOCAL)
    drones = article("c", "民航局举行例行新闻发布会",
                     "据初步统计，截至10月底，全国实名登记无人驾驶航空器约236万架；1—10月，无人驾驶航空器"
                     "累计飞行2860.4万小时，同比增长32.6%。低空经济安全有序发展。", publisher="中国民用航空局")
    for page in (flight, drones):
        assert reject_if_irrelevant(page, TOPICS, threshold) is None, page.title
    stats = article("s", "前三季度我市数字经济核心产业增加值增长8.7%",
                    "市统计局发布数据显示，前三季度，全市数字经济核心产业增加值2865.3亿元，同比增长8.7%。",
                    publisher="某市人民政府", authority=Authority.LOCAL)
    assert is_official_statistics(stats) and reject_if_irrelevant(stats, TOPICS, threshold) is None
    reprint = article("m", stats.title, stats.text, publisher="某网", authority=Authority.MEDIA)
    assert not is_official_statistics(reprint)


def test_a_story_without_figures_documents_or_deadlines_is_left_out() -> None:
    keynote = article("k", "有关负责同志出席2027智能制造发展论坛并作主旨演讲",
                      "论坛在苏州举行。有关负责同志出席并作主旨演讲，强调要以人工智能赋能新型工业化，加快发展新质生产力。" * 2)
    policy = article("p", "关于组织开展第二批绿电直连试点项目申报工作的通知", GREEN_POWER)
    stories = analyse([keynote, policy], day=DAY, settings=Settings(), topics=TOPICS).stories
    included = {s.original_url: s.included for s in stories}
    assert included == {"k": False, "p": True}
    assert "没有可核验" in next(s for s in stories if s.original_url == "k").left_out


def test_an_unflagged_copy_with_an_added_line_is_not_taken_for_the_original() -> None:
    from dailybrief.analyse.cluster import pick_original

    original = article("ndrc", "关于组织开展第二批绿电直连试点项目申报工作的通知", GREEN_POWER, date(2026, 6, 5))
    copy = article("gov", "关于组织开展第二批绿电直连试点项目申报工作的通知", GREEN_POWER + "（此件公开发布）",
                   date(2026, 6, 5), publisher="中国政府网", authority=Authority.CENTRAL)
    assert pick_original([copy, original]).url == "ndrc"


def test_sections_cite_the_pages_their_sentences_come_from_not_word_for_word_copies() -> None:
    from dailybrief.write import write_brief

    original = article("ndrc", "关于组织开展第二批绿电直连试点项目申报工作的通知", GREEN_POWER, date(2026, 6, 5))
    copy = article("gov", "两部门部署第二批绿电直连试点申报", GREEN_POWER, date(2026, 6, 6),
                   publisher="中国政府网", authority=Authority.CENTRAL)
    stories = analyse([original, copy], day=DAY, settings=Settings(), topics=TOPICS).stories
    brief, _, _ = write_brief(stories, day=DAY, settings=Settings())
    assert [r.url for r in brief.references] == ["ndrc"]
    assert brief.sections[0].references == (1,)
    assert all(d.ref == 1 for d in brief.deadlines)


def test_article_numbers_are_ordinals_not_figures() -> None:
    assert {f[0] for f in figures_in("第四条 第2批项目共五章三十条，设立8个试点。")} == {"五章三十条", "8个"}


def test_a_quotation_is_one_sentence() -> None:
    from dailybrief.text import split_sentences

    text = "他说：“过去用户找算力像‘跑市场’；现在一站可查。”这是第二句。"
    assert split_sentences(text) == ["他说：“过去用户找算力像‘跑市场’；现在一站可查。”这是第二句。"]


def test_jiezhi_with_a_future_date_is_a_deadline_and_with_a_past_one_is_not() -> None:
    text = "寄送时间截至2027年3月15日（以邮戳为准）。截至2026年12月20日，已建成12个。"
    facts = extract_facts(article("u", "t", text, date(2027, 1, 10)))
    kinds = {f.text: f.kind for f in facts if f.day}
    assert kinds == {"2027年3月15日": FactKind.DEADLINE, "2026年12月20日": FactKind.DATE}


ENERGY_STATS = ("1—4月，全国全社会用电量累计32150亿千瓦时，同比增长6.2%。其中，充换电服务业用电量同比增长41.3%，"
                "互联网数据服务用电量同比增长35.4%。全国规模以上工业发电量28760亿千瓦时，同比增长3.1%。")


def test_official_statistics_count_double_and_borderline_pages_stay_candidates() -> None:
    from dailybrief.analyse.relevance import score_relevance
    stats = article("https://nea.example/s", "2027年1—4月全国电力工业运行简况", ENERGY_STATS,
                    published=date(2026, 6, 9))
    same_by_media = article("https://media.example/s", "2027年1—4月全国电力工业运行简况", ENERGY_STATS,
                            published=date(2026, 6, 9), publisher="某网", authority=Authority.MEDIA)
    assert score_relevance(stats, TOPICS).score == pytest.approx(2 * score_relevance(same_by_media, TOPICS).score)
    lone = article("https://media.example/b", "某地召开产业交流会", "会议介绍了新能源有关情况，与会企业交流了发展经验。" * 3,
                   publisher="某网", authority=Authority.MEDIA)
    settings = Settings()
    score = score_relevance(lone, TOPICS).score
    assert settings.relevance_floor <= score < settings.relevance_threshold
    result = analyse([lone], day=DAY, settings=settings, topics=TOPICS)
    assert not result.rejections and len(result.stories) == 1
    story = result.stories[0]
    assert not story.included and "临界候选" in story.left_out and f"{score:.1f}" in story.left_out


def test_month_and_year_ends_are_dates_and_deadlines_when_something_is_due() -> None:
    text = "截至2026年5月底，已建成12个。各地要在2026年9月底前完成改造，2027年底前全面投入运营。"
    facts = extract_facts(article("u", "t", text, date(2026, 6, 9)))
    kinds = {f.text: (f.kind, f.day) for f in facts if f.day}
    assert kinds == {
        "2026年5月底": (FactKind.DATE, date(2026, 5, 31)),
        "2026年9月底": (FactKind.DEADLINE, date(2026, 9, 30)),
        "2027年底": (FactKind.DEADLINE, date(2027, 12, 31)),
    }


@pytest.mark.parametrize(("headline", "official"), [
    ("国家能源局发布5月份全社会用电量", True),
    ("国家统计局公布一季度规模以上工业增加值", True),
    ("2027年1—4月全国电力工业运行简况", True),
    ("国家能源局召开迎峰度夏电力保供会议", False),
])
def test_a_headline_that_releases_a_period_s_measure_is_official_statistics(headline: str, official: bool) -> None:
    from dailybrief.analyse.relevance import is_official_statistics
    assert is_official_statistics(article("https://nea.example/s", headline, "正文。")) is official


ENERGY_OUTPUT = ("3月份，规模以上工业原煤产量4.1亿吨，同比增长2.3%；规上工业原油产量1790万吨，同比增长1.5%；"
                 "规上工业天然气产量210亿立方米，同比增长5.1%。规上工业发电量7100亿千瓦时，同比增长4.2%，"
                 "其中火电下降1.1%，风电增长12.4%，太阳能发电增长21.7%。")


def test_on_a_thin_day_the_nearest_borderline_candidate_joins_the_brief_and_says_why() -> None:
    from dailybrief.analyse.relevance import score_relevance
    stats = article("https://stats.example/e", "2026年3月份能源生产情况", ENERGY_OUTPUT, published=date(2026, 6, 9))
    settings = Settings()
    score = score_relevance(stats, TOPICS).score
    assert settings.relevance_topup <= score < settings.relevance_threshold
    candidate = analyse([stats], day=DAY, settings=settings, topics=TOPICS).stories[0]
    assert not candidate.included and candidate.borderline_score == pytest.approx(score)
    story = topped_up_with_borderline([candidate], settings)[0]
    assert story.included and not story.left_out and "临界候选" in story.why and "入选不足" in story.why
    assert not topped_up_with_borderline([candidate], replace(settings, min_sections=0))[0].included
    briefed = replace(candidate, novelty=Novelty(NoveltyStatus.BRIEFED))
    assert not topped_up_with_borderline([briefed], settings)[0].included


def test_a_list_of_supported_projects_under_public_notice_is_news_but_a_standards_draft_is_not() -> None:
    listed = article("g", "关于2027年度高质量数据集建设项目拟支持名单的公示", "经专家评审，拟支持数据集建设项目52个。" * 3)
    assert reject_if_irrelevant(listed, TOPICS, 3.0) is None
    draft = article("d", "关于《数据资源目录编制指南》等3项国家标准报批稿的公示", "现将数据要素有关标准报批稿予以公示。" * 3)
    rejection = reject_if_irrelevant(draft, TOPICS, 3.0)
    assert rejection is not None and rejection.reason is Reason.NOT_NEWS
    vouchers = article("v", "某市工业和信息化局关于2028年第二批算力券拟发放名单的公示", "拟向156家企业发放算力券。" * 3)
    assert reject_if_irrelevant(vouchers, TOPICS, 3.0) is None
    cadres = article("c", "某市工业和信息化局干部任前公示名单", "经研究，拟提任数据要素处处长。" * 3)
    assert reject_if_irrelevant(cadres, TOPICS, 3.0).reason is Reason.NOT_NEWS


def test_a_notice_whose_page_says_see_the_attachment_is_judged_with_its_attachment() -> None:
    notice = article("https://ndrc.example/t.html", "国家发展改革委办公厅关于公布2028年新认定名单的通知",
                     "各省、自治区、直辖市发展改革委：\n经企业申报、地方推荐、专家评审，现将名单予以公布（见附件）。")
    table = replace(article("https://ndrc.example/w.xlsx", "国家发展改革委办公厅关于公布2028年新认定名单的通知 附件：名单",
                            "序号 名称 所在地区\n1 某工业软件股份有限公司技术中心 北京\n2 某集成电路股份有限公司技术中心 上海\n"
                            "合计：共118家，人工智能、集成电路、工业软件、智能制造等领域企业技术中心97家"),
                    attached_to=notice.url)
    alone = analyse([notice], day=DAY, settings=Settings(), topics=TOPICS)
    assert [r.reason for r in alone.rejections] == [Reason.OFF_TOPIC]
    result = analyse([notice, table], day=DAY, settings=Settings(), topics=TOPICS)
    assert not result.rejections
    assert [sorted(a.url for a in s.articles) for s in result.stories] == [[notice.url, table.url]]
