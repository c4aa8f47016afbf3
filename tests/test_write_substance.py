"""The extractive writer on storylines whose substance is not figures (an official's remarks,
a policy's task list), on the notes and widgets around a statistics release, and the titles
and 摘要 it makes of them: everything stated is the pages' own words."""

from __future__ import annotations

from datetime import date

from literals import article

from dailybrief.analyse import analyse, load_topics
from dailybrief.models import Authority
from dailybrief.settings import Settings
from dailybrief.write import write_brief
from dailybrief.write.grounding import ungrounded_figures
from dailybrief.write.sentences import clean_sentences, enumeration_sentence
from dailybrief.write.summary import common_theme
from dailybrief.write.titles import news_title

DAY = date(2027, 8, 18)
TOPICS = load_topics()

MEETING = (
    "8月13日，国务院国资委召开中央企业人工智能赋能产业焕新推进会。国资委党委书记、主任郑立衡出席会议并讲话。\n"
    "郑立衡强调，中央企业要深入实施“AI+”专项行动，把人工智能作为培育新质生产力的关键抓手。\n"
    "会议要求，要加快建设行业高质量数据集，推动数据资源开放共享；要强化算力统筹，避免低水平重复建设；"
    "要以首台（套）、首批次应用为突破口，带动产业链上下游协同创新；要健全容错机制，为科研人员松绑减负。\n"
)
GUIDANCE = (
    "近日，教育部印发《关于加快推进人工智能赋能职业教育的指导意见》（以下简称《意见》），部署推动人工智能与职业教育深度融合。\n"
    "《意见》明确了重点任务：一是开设人工智能通识课程，将人工智能素养纳入各专业人才培养方案；二是推进专业升级，"
    "围绕智能制造、智慧交通等方向改造传统专业；三是深化产教融合，支持职业院校与龙头企业共建实训基地；"
    "四是建设职业教育行业大模型和数字教材。\n"
)
RELEASE = (
    "7月，全社会用电量9786亿千瓦时，同比增长6.1%。第三产业中，充换电服务业用电量同比增长37.5%。\n"
    "其中互联网数据服务（含数据中心）用电量同比增长28.9%，3D打印设备产量同比增长41.2%。\n"
    "附注：\n1.指标解释 全社会用电量指第一、二、三产业等所有用电领域的电能消耗总量，统计口径为8000千瓦以上。\n"
)


def brief_of(*articles):  # type: ignore[no-untyped-def]
    stories = analyse(list(articles), day=DAY, settings=Settings(), topics=TOPICS).stories
    brief, _, _ = write_brief(stories, day=DAY, settings=Settings())
    return brief


def test_an_officials_remarks_without_figures_get_a_section_with_who_said_what_and_the_tasks() -> None:
    page = article("sasac", "国资委召开中央企业人工智能赋能产业焕新推进会", MEETING, date(2027, 8, 13),
                   publisher="国务院国有资产监督管理委员会", authority=Authority.CENTRAL)
    brief = brief_of(page)
    assert len(brief.sections) == 1
    text = "".join(brief.sections[0].paragraphs)
    assert "主任郑立衡出席会议并讲话" in text
    assert "郑立衡强调，中央企业要深入实施“AI+”专项行动" in text
    assert "会议要求，要加快建设行业高质量数据集；要强化算力统筹；要以首台（套）、首批次应用为突破口；要健全容错机制。" in text
    assert "“AI+”专项行动" in brief.summary


def test_a_numbered_task_list_is_one_sentence_naming_every_task() -> None:
    page = article("moe", "教育部印发指导意见 加快推进人工智能赋能职业教育", GUIDANCE, date(2027, 8, 12),
                   publisher="教育部")
    text = "".join(brief_of(page).sections[0].paragraphs)
    assert ("《意见》明确了重点任务：一是开设人工智能通识课程；二是推进专业升级；三是深化产教融合；"
            "四是建设职业教育行业大模型和数字教材。") in text


def test_a_list_needs_what_it_lists_and_keeps_figures_whole() -> None:
    assert enumeration_sentence("（一）实施改造行动；（二）建设工业互联网平台；（三）推广数字化产品。") == ""
    assert clean_sentences("三、重点任务。（一）实施改造行动；（二）建设工业互联网平台；（三）推广数字化产品。",
                           lists=True) == ["重点任务：（一）实施改造行动；（二）建设工业互联网平台；（三）推广数字化产品。"]
    figures = "主要目标：一是产值增长，达到5000亿元；二是企业增加，新增200家；三是平台建设，建成10个。"
    assert enumeration_sentence(figures) == ""


def test_a_statistics_release_is_titled_by_its_finding_and_its_notes_are_not_news() -> None:
    page = article("cec", "2027年7月全国电力消费情况", RELEASE, date(2027, 8, 16),
                   publisher="中国电力企业联合会", authority=Authority.INDUSTRY)
    brief = brief_of(page)
    section = brief.sections[0]
    text = "".join(section.paragraphs)
    assert section.title == "7月全社会用电量9786亿千瓦时，同比增长6.1%"
    assert "41.2%" in text  # 3D打印 is a product here, not a print button
    assert "8000千瓦" not in text and "指标解释" not in text
    assert ungrounded_figures(section.title + text, [RELEASE]) == set()


def test_questions_of_an_interpretation_are_dropped_and_a_half_year_is_a_fact() -> None:
    text = ("一、为什么出台《实施意见》？人工智能正在深刻改变交通运输发展方式，需要统筹推进、系统部署。\n"
            "二、行业大模型何时发布？计划于2028年上半年发布首个版本，并向行业开放。\n")
    sentences = clean_sentences(text, lists=True)
    assert all(not s.endswith("？") for s in sentences)
    assert "计划于2028年上半年发布首个版本，并向行业开放。" in sentences


def test_titles_drop_glued_metadata_open_brackets_and_name_a_local_papers_own_province() -> None:
    assert news_title("国资委召开中央企业人工智能赋能产业焕新推进会文章来源：国资委新闻中心 发布时间：2027-08-13") == (
        "国资委召开中央企业人工智能赋能产业焕新推进会")
    title = news_title("广东省人民政府办公厅关于印发广东省制造业数字化转型实施方案（2027—2029年）的通知")
    assert title.count("（") == title.count("）") and len(title) <= 30
    page = article("sc", "我省出台制造业数字化转型实施方案",
                   "9月10日，记者从省经济和信息化厅获悉，省政府办公厅近日印发《四川省制造业数字化转型实施方案》。"
                   "到2029年累计推动2万家规模以上工业企业完成数字化改造，建设10个行业数字化转型促进中心。",
                   date(2027, 8, 15), publisher="四川日报", authority=Authority.MEDIA)
    assert brief_of(page).sections[0].title == "四川省出台制造业数字化转型实施方案"


def test_the_summary_names_the_days_common_theme_and_groups_policy_and_data() -> None:
    assert common_theme(["广东印发制造业数字化转型实施方案", "四川出台制造业数字化转型实施方案",
                         "天津印发制造业数字化转型行动计划"]) == "制造业数字化转型"
    assert common_theme(["教育部印发指导意见", "国资委召开推进会", "7月全社会用电量9786亿千瓦时"]) == ""
    policy = article("moe", "教育部印发指导意见 加快推进人工智能赋能职业教育", GUIDANCE, date(2027, 8, 12),
                     publisher="教育部")
    data = article("cec", "2027年7月全国电力消费情况", RELEASE, date(2027, 8, 16),
                   publisher="中国电力企业联合会", authority=Authority.INDUSTRY)
    summary = brief_of(policy, data).summary
    assert "政策层面，教育部印发指导意见" in summary
    assert "数据层面，7月全社会用电量9786亿千瓦时" in summary


def test_an_interpretations_reading_of_the_figures_is_the_analysis_credited_to_it() -> None:
    release = article("stats", "2027年7月份规模以上工业增加值增长5.9%",
                      "7月份，规模以上工业增加值同比实际增长5.9%。高技术制造业增加值同比增长9.4%，装备制造业增加值增长8.1%。"
                      "工业机器人、集成电路、新能源汽车等新质生产力相关产品产量较快增长，其中新能源汽车产量131.5万辆。",
                      date(2027, 8, 15), publisher="国家统计局")
    reading = article("stats-jd", "国家统计局工业司首席统计师解读2027年7月份工业生产数据",
                      "7月份，工业生产总体平稳，装备制造业和高技术制造业较快增长，新动能持续发挥带动作用。\n"
                      "一是装备制造业支撑作用明显。装备制造业增加值同比增长8.1%，对全部规模以上工业增长的贡献率达47.6%。\n",
                      date(2027, 8, 15), publisher="国家统计局")
    paragraphs = brief_of(release, reading).sections[0].paragraphs
    assert paragraphs[-1].startswith("国家统计局的解读文章指出，7月份，工业生产总体平稳")
    assert "一是" not in paragraphs[-1]
    assert "47.6%" in "".join(paragraphs[:-1])


REGULATION = (
    "记者从市场监管总局获悉，市场监管总局、国家数据局8月6日印发《数据交易场所监督管理暂行办法》，自2027年10月1日起施行。\n"
    "第三条 数据交易场所重点面向工业制造、交通物流、金融服务、医疗健康、气象服务等领域，提供数据产品登记、挂牌、撮合、结算和交付服务。\n"
    "第九条 数据交易场所应当对数据产品来源合法性、交易主体资质进行审核，交易记录和审核材料保存期限不少于三年。\n"
    "第十五条 违反本办法第九条规定，未履行审核义务的，由市场监督管理部门责令改正，给予警告；拒不改正的，处五万元以上五十万元以下罚款。\n"
    "第二十二条 本办法施行前已经设立的数据交易场所，应当于2028年3月31日前按照本办法完成整改。\n"
    "第二十四条 本办法自2027年10月1日起施行。\n"
    "截至2027年6月底，全国已设立数据交易场所38家，今年上半年场内数据交易额达1163亿元，同比增长超过七成。\n"
)


def test_facts_paragraphs_are_balanced_and_a_sentence_saying_nothing_new_is_left_out() -> None:
    page = article("samr", "市场监管总局 国家数据局关于印发《数据交易场所监督管理暂行办法》的通知", REGULATION,
                   date(2027, 8, 12), publisher="国家市场监督管理总局")
    paragraphs = brief_of(page).sections[0].paragraphs
    text = "".join(paragraphs)
    assert text.count("2027年10月1日起施行") == 1
    assert "五万元以上五十万元以下" in text and "2028年3月31日" in text and "1163亿元" in text
    facts = [p for p in paragraphs if not p.startswith("后续节点")]
    assert len(facts) == 2 and all(120 <= len(p) <= 300 for p in facts)
    assert abs(len(facts[0]) - len(facts[1])) < 120


def test_a_document_whose_title_states_no_issuing_verb_is_still_policy_in_the_summary() -> None:
    notice = article("ndrc", "国家发展改革委 国家能源局关于完善新型储能价格机制的通知",
                     "2月24日，国家发展改革委、国家能源局发布《关于完善新型储能价格机制的通知》。"
                     "新型储能电站容量电价原则上每千瓦每年不超过165元，最大峰谷电价价差原则上不低于0.3元/千瓦时。",
                     date(2027, 8, 14))
    data = article("cec", "2027年7月全国电力消费情况", RELEASE, date(2027, 8, 16),
                   publisher="中国电力企业联合会", authority=Authority.INDUSTRY)
    brief = brief_of(notice, data)
    title = next(s.title for s in brief.sections if "储能" in s.title)
    assert f"政策层面，{title}" in brief.summary
