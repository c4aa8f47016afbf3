"""The brief in the published sample's form: titles, 摘要, facts paragraphs, 用于核验 notes."""

from __future__ import annotations

import re
from datetime import date

import pytest
from literals import DATASETS, GREEN_POWER, article

from dailybrief.analyse import analyse, load_topics
from dailybrief.settings import Settings
from dailybrief.text import split_sentences
from dailybrief.write import write_brief
from dailybrief.write.titles import TITLE_MAX_CHARS, news_title

DAY = date(2026, 6, 10)


@pytest.mark.parametrize(("headline", "issuer", "expected"), [
    ("工业和信息化部等八部门关于印发《推动“人工智能+制造”深度融合行动方案（2026—2028年）》的通知", "",
     "工信部等八部门印发《推动“人工智能+制造”深度融合行动方案》"),
    ("国家发展改革委 国家能源局关于完善新型储能价格机制的通知", "", "国家发展改革委、国家能源局完善新型储能价格机制"),
    ("工业和信息化部 公安部 自然资源部 住房和城乡建设部 交通运输部关于公布第二批车路云一体化应用试点城市名单的通知",
     "", "工业和信息化部等五部门公布第二批车路云一体化应用试点城市名单"),
    ("关于举办首届全国未来产业创新创业挑战赛的通知", "科学技术部", "科学技术部举办首届全国未来产业创新创业挑战赛"),
    ("《深圳经济特区低空飞行服务保障条例》公布 2026年10月1日起施行", "", "《深圳经济特区低空飞行服务保障条例》公布，10月1日起施行"),
    ("国家能源局有关负责同志就《关于组织开展绿电直连试点申报工作的通知》答记者问", "",
     "国家能源局解读《关于组织开展绿电直连试点申报工作的通知》"),
    ("国家数据局印发《数据产权登记管理暂行办法》（国数资〔2026〕41号）", "", "国家数据局印发《数据产权登记管理暂行办法》"),
])
def test_official_headlines_become_short_statements(headline: str, issuer: str, expected: str) -> None:
    assert news_title(headline, issuer=issuer) == expected


def test_a_long_headline_is_cut_at_a_clause_or_word_never_inside_one() -> None:
    headline = "国家知识产权局：1—7月全国专利转让许可41.2万次 同比增长16.8%"
    title = news_title(headline)
    assert len(title) <= TITLE_MAX_CHARS and title == "国家知识产权局：1—7月全国专利转让许可41.2万次"
    long_one = "某某市人民政府办公厅关于进一步加快推进全市数字经济核心产业高质量发展若干政策措施的通知"
    cut = news_title(long_one)
    assert len(cut) <= TITLE_MAX_CHARS and "关于" not in cut and not cut.endswith(("的", "和", "、"))


def _brief():  # type: ignore[no-untyped-def]
    arts = [
        article("ndrc", "国家发展改革委 国家能源局关于组织开展第二批绿电直连试点项目申报工作的通知",
                "各省级能源主管部门：\n" + GREEN_POWER + "请各单位高度重视，认真做好组织工作。"
                "申报单位须具有独立法人资格，成立满3年。联系人：张三，联系电话：010-12345678。",
                date(2026, 6, 5)),
        article("nda", "国家数据局举行新闻发布会介绍高质量数据集建设进展情况", "6月9日，" + DATASETS,
                date(2026, 6, 9), publisher="国家数据局"),
    ]
    stories = analyse(arts, day=DAY, settings=Settings(), topics=load_topics()).stories
    return write_brief(stories, day=DAY, settings=Settings())[0]


def test_facts_paragraphs_lead_keep_figures_and_leave_out_procedure() -> None:
    brief = _brief()
    ndrc = next(s for s in brief.sections if "绿电" in s.title)
    text = "".join(ndrc.paragraphs)
    assert ndrc.paragraphs[0].startswith("日前，国家发展改革委、国家能源局")  # who and what first
    for figure in ("2000万千瓦", "65%", "35%", "2026年7月15日"):
        assert figure in text
    for procedure in ("高度重视", "独立法人", "联系电话"):
        assert procedure not in text
    assert all(len(p) <= 300 for p in ndrc.paragraphs)
    sentences = [s for p in ndrc.paragraphs for s in split_sentences(p)]
    assert len(sentences) == len(set(sentences))


def test_summary_names_common_topics_and_each_line_without_headlines_or_brackets() -> None:
    brief = _brief()
    assert len(brief.summary) <= 300
    assert "几条线" in brief.summary or "重点在" in brief.summary
    assert "关于" not in brief.summary and not re.search(r"[）)][（(]", brief.summary)
    for section in brief.sections:
        assert section.title in brief.summary


def test_notes_say_in_words_what_each_page_backs() -> None:
    for ref in _brief().references:
        assert ref.verifies.startswith(("用于核验", "用于补充")) and len(ref.verifies) <= 40
        assert not re.search(r"\d", re.sub(r"《[^》]*》", "", ref.verifies))


@pytest.mark.parametrize(("sentence", "literal", "expected"), [
    ("省级能源主管部门会同发展改革部门组织做好项目申报和初审工作，于2026年7月15日前将推荐项目清单和"
     "申报材料报送国家发展改革委、国家能源局。", "2026年7月15日", "省级能源主管部门：7月15日前报送推荐项目清单和申报材料"),
    ("请各省级工业和信息化主管部门会同有关部门研究制定本地区落实方案，于2026年8月31日前报送工业和信息化部（规划司）。",
     "2026年8月31日", "各省级工业和信息化主管部门：8月31日前报送本地区落实方案"),
    ("《高质量数据集质量评价规范》国家标准征求意见稿已对外公开征求意见，截止日期为2026年7月10日。",
     "2026年7月10日", "《高质量数据集质量评价规范》征求意见：7月10日截止"),
    ("请有意参赛的企业和团队登录大赛官方报名系统在线报名，报名截止时间为2026年7月20日。", "2026年7月20日",
     "有意参赛的企业和团队：7月20日前报名"),
    ("条例施行前已投入使用的低空起降设施，运营单位应当于2026年12月31日前完成备案。", "2026年12月31日",
     "运营单位：12月31日前完成备案"),
])
def test_deadline_entries_say_who_must_do_what_by_when(sentence: str, literal: str, expected: str) -> None:
    from dailybrief.write.deadlines import deadline_entry

    y, m, d = (int(x) for x in re.findall(r"\d+", literal))
    assert deadline_entry(sentence, literal, date(y, m, d), year=2026) == expected


def test_a_month_end_deadline_keeps_the_words_of_the_page() -> None:
    from dailybrief.write.deadlines import deadline_entry

    sentence = "各设区市经信局于2026年9月底前将推荐材料报送省经信厅。"
    assert deadline_entry(sentence, "2026年9月底", date(2026, 9, 30), year=2026) == "各设区市经信局：9月底前报送推荐材料"


@pytest.mark.parametrize(("sentence", "literal", "expected"), [
    ("《云南省数字经济促进条例》已由省人大常委会审议通过，现予公布，自2026年10月1日起施行。", "2026年10月1日",
     "《云南省数字经济促进条例》：10月1日起施行"),
    ("《数据跨境流动分类分级管理办法》自2027年1月1日起正式实施。", "2027年1月1日",
     "《数据跨境流动分类分级管理办法》：2027年1月1日起实施"),
    ("本条例自2026年10月1日起施行。", "2026年10月1日", ""),
    ("《条例》于2026年10月1日发布。", "2026年10月1日", ""),
])
def test_the_date_a_named_document_takes_effect_is_a_time_node(sentence: str, literal: str, expected: str) -> None:
    from dailybrief.write.deadlines import effective_entry

    y, m, d = (int(x) for x in re.findall(r"\d+", literal))
    assert effective_entry(sentence, literal, date(y, m, d), year=2026) == expected


def test_brief_deadlines_are_entries_not_fragments() -> None:
    for deadline in _brief().deadlines:
        who, _, what = deadline.what.partition("：")
        assert who and what and not who.startswith(("于", "并", "将", "…"))
