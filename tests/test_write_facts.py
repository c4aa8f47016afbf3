"""The extractive writer states the facts beyond figures (fields, tasks, article and document
numbers, ranges, durations, who said it, the issue date), and the grounding check accepts them
when the cited page states them and drops them when it does not."""

from __future__ import annotations

from datetime import date, timedelta

from literals import article

from dailybrief.analyse import analyse, load_topics
from dailybrief.models import Authority
from dailybrief.settings import Settings
from dailybrief.write import write_brief
from dailybrief.write.grounding import ungrounded_figures
from dailybrief.write.sentences import clean_sentences, listed_names
from dailybrief.write.verify import find_unsupported

DAY = date(2027, 7, 8)
TOPICS = load_topics()

COMMENTARY = (
    "发展新质生产力是推动高质量发展的内在要求和重要着力点。科技创新是发展新质生产力的核心要素，"
    "必须推动科技创新和产业创新深度融合。\n"
    "推动深度融合，要坚持目标导向和问题导向相结合，在集成电路、工业母机、高端仪器、基础软件、先进材料、"
    "生物制造等重点领域集中力量攻关，着力解决“卡脖子”问题。\n"
    "推动深度融合，要统筹推进教育科技人才体制机制一体改革，打通从科技强到产业强的通道，强化企业科技创新主体地位。\n"
    "推动深度融合，要加快构建以先进制造业为骨干的现代化产业体系，因地制宜发展新质生产力。\n"
)
REGULATION = (
    "湖北省人民代表大会常务委员会公告\n第一百零六号\n"
    "《湖北省数据条例》已由湖北省第十四届人民代表大会常务委员会第二十一次会议于2027年5月29日通过，"
    "现予公布，自2027年8月1日起施行。\n"
    "第一条 为了促进数据依法有序流动和开发利用，培育数据要素市场，发展数字经济，制定本条例。\n"
    "第十五条 省人民政府数据主管部门应当建立公共数据授权运营制度。授权运营期限一般不超过五年。\n"
    "第三十条 数据处理者应当建立数据安全管理制度，相关日志留存不少于三年。\n"
    "第四十八条 违反本条例第三十条规定，拒不改正或者造成严重后果的，处五万元以上五十万元以下罚款。\n"
)
ORDER = (
    "山东省人民政府令\n第368号\n"
    "《山东省算力基础设施管理办法》已经2027年5月26日省政府第62次常务会议通过，现予公布，自2027年7月1日起施行。\n"
    "第九条 新建大型及以上数据中心电能利用效率不得高于1.25，改造后的存量数据中心不得高于1.4。\n"
)
OPINION = (
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
    "未来产业由前沿技术驱动，是具有显著战略性、引领性的前瞻性新兴产业。经国务院同意，现提出以下意见。\n"
    "坚持创新驱动、应用牵引，统筹推进未来产业技术攻关、概念验证平台建设、场景开放和标准体系建设。"
    "到2030年，建设20个左右国家未来产业先导区，培育100家以上未来产业领军企业。\n"
    "国务院办公厅\n2027年5月12日\n"
)


def brief_of(*articles):  # type: ignore[no-untyped-def]
    stories = analyse(list(articles), day=DAY, settings=Settings(), topics=TOPICS).stories
    brief, rejections, _ = write_brief(stories, day=DAY, settings=Settings())
    return brief, rejections


def text_of(brief) -> str:  # type: ignore[no-untyped-def]
    return brief.summary + "".join(p for s in brief.sections for p in s.paragraphs)


def test_a_commentary_without_figures_gets_its_fields_and_tasks_not_its_preamble() -> None:
    page = article("qs", "以科技创新和产业创新深度融合引领新质生产力发展", COMMENTARY, date(2027, 7, 7),
                   publisher="求是网", authority=Authority.MEDIA)
    policy = article("gov", "关于组织开展第二批绿电直连试点项目申报工作的通知",
                     "日前，国家发展改革委印发《关于组织开展第二批绿电直连试点项目申报工作的通知》。"
                     "第二批试点拟安排新能源装机规模约2000万千瓦，请于2027年7月31日前报送。",
                     date(2027, 7, 7))
    copy = article("govcn", "以科技创新和产业创新深度融合引领新质生产力发展", COMMENTARY, date(2027, 7, 8),
                   publisher="求是网", site="中国政府网", authority=Authority.CENTRAL)
    brief, _ = brief_of(page, copy, policy)
    section = next(s for s in brief.sections if "融合" in s.title)
    text = "".join(section.paragraphs)
    assert "集成电路、工业母机、高端仪器、基础软件、先进材料、生物制造" in text
    assert "统筹推进教育科技人才体制机制一体改革" in text
    assert "加快构建以先进制造业为骨干的现代化产业体系" in text
    assert "是推动高质量发展的内在要求" not in text


def test_a_regulation_keeps_its_article_numbers_ranges_and_durations() -> None:
    page = article("hb", "湖北省人民代表大会常务委员会公告（第一百零六号）", REGULATION, date(2027, 7, 6),
                   publisher="湖北省人民代表大会常务委员会", authority=Authority.LOCAL)
    brief, rejections = brief_of(page)
    text = text_of(brief)
    assert "五万元以上五十万元以下" in text
    assert "第四十八条规定，" in text
    assert "不少于三年" in text
    assert not rejections


def test_an_orders_number_printed_under_its_name_goes_into_the_lead() -> None:
    page = article("sd", "山东省算力基础设施管理办法", ORDER, date(2027, 7, 6),
                   publisher="山东省人民政府", authority=Authority.LOCAL)
    brief, _ = brief_of(page)
    text = text_of(brief)
    assert "《山东省算力基础设施管理办法》（山东省人民政府令第368号）已经" in text
    assert "不得高于1.25" in text


def test_a_composed_lead_says_the_date_the_document_is_signed() -> None:
    page = article("gov", "国务院办公厅关于加快未来产业培育发展的实施意见", OPINION, date(2027, 7, 6),
                   publisher="中国政府网", authority=Authority.CENTRAL)
    brief, _ = brief_of(page)
    section = brief.sections[0]
    assert section.paragraphs[0].startswith("5月12日，国务院办公厅发布《关于加快未来产业培育发展的实施意见》")
    assert "统筹推进未来产业技术攻关、概念验证平台建设、场景开放和标准体系建设" in section.paragraphs[0]


SOURCE = ("山东省人民政府令第368号公布《山东省算力基础设施管理办法》（鲁政发〔2027〕12号）。"
          "第十五条 授权运营期限一般不超过五年。省数据局局长王建国介绍，全省已上架数据产品1260个。")


def test_grounding_accepts_document_article_numbers_and_speakers_the_page_states() -> None:
    for text in ("山东省人民政府令第368号公布《山东省算力基础设施管理办法》。", "依据鲁政发[2027]12号。",
                 "第15条规定，授权运营期限一般不超过五年。", "省数据局局长王建国介绍，全省已上架数据产品1260个。"):
        assert find_unsupported(text, [SOURCE]) == [], text


def test_grounding_drops_document_article_numbers_and_speakers_the_page_does_not_state() -> None:
    for text, claim in (("依据鲁政发〔2027〕13号。", "鲁政发〔2027〕13号"),
                        ("第十六条规定，授权运营期限一般不超过五年。", "第十六条"),
                        ("省数据局局长李明介绍，全省已上架数据产品1260个。", "李明")):
        assert claim in {c.text for c in find_unsupported(text, [SOURCE])}, text


def test_a_document_number_licenses_no_count() -> None:
    page = "《办法》以山东省人民政府令第20号公布。"
    assert ungrounded_figures("办法支持20个城市开展试点。", [page]) == {"20个"}
    assert ungrounded_figures("办法以山东省人民政府令第20号公布。", [page]) == set()


def test_a_copys_sentence_that_the_original_states_is_not_credited_as_the_copys_analysis() -> None:
    text = ("日前，国家发展改革委印发《关于组织开展第二批绿电直连试点项目申报工作的通知》。"
            "第二批试点拟安排新能源装机规模约2000万千瓦，请于2027年7月31日前报送。"
            "通知提出实施绿电直连关键核心技术攻关工程。")
    original = article("ndrc", "关于组织开展第二批绿电直连试点项目申报工作的通知", text, date(2027, 7, 6))
    copy = article("gov", "关于组织开展第二批绿电直连试点项目申报工作的通知", text + "这意味着试点将向算力设施倾斜。",
                   date(2027, 7, 7), publisher="中国政府网", authority=Authority.CENTRAL)
    brief, _ = brief_of(original, copy)
    analysis = [p for p in brief.sections[0].paragraphs if "中国政府网" in p]
    assert analysis and "这意味着试点将向算力设施倾斜" in analysis[0]
    assert "关键核心技术攻关工程" not in analysis[0]


def test_the_editors_check_blocks_a_wrong_document_number_and_warns_of_an_unnamed_speaker() -> None:
    from dailybrief.web import checks

    sources = [(1, "山东省算力基础设施管理办法\n" + SOURCE)]
    assert checks.text_problems("依据鲁政发〔2027〕12号，统筹全省算力设施布局。", sources) == []
    problems = checks.text_problems("依据鲁政发〔2027〕21号，省数据局局长李明介绍，统筹全省算力设施布局。", sources)
    by_text = {p.text: p for p in problems}
    assert by_text["鲁政发〔2027〕21号"].blocking
    assert not by_text["李明"].blocking
    assert by_text["鲁政发〔2027〕21号"].nearest_ref == 1


LAW = "浙江省数据要素市场促进条例"
PROMULGATED = (f"《{LAW}》已于2028年5月16日经浙江省第十四届人民代表大会常务委员会第二十一次会议通过，现予公布，"
               "自2028年9月1日起施行。\n浙江省人民代表大会常务委员会\n2028年5月17日")
LAW_TEXT = ("第一条　为了培育数据要素市场，促进数据依法有序流通，根据有关法律、行政法规，结合本省实际，制定本条例。\n"
            "第八条　省数据主管部门应当会同有关部门建立公共数据授权运营制度，授权运营期限一般不超过五年。\n"
            "第三十二条　违反本条例规定交易禁止交易数据的，处十万元以上一百万元以下罚款。\n"
            "第三十四条　本条例自2028年9月1日起施行。")


def test_a_promulgation_is_the_original_and_its_section_names_the_law_and_the_number() -> None:
    notice = article("https://zjrd.example/96221.html", "浙江省人民代表大会常务委员会公告（第63号）", PROMULGATED,
                     date(2028, 5, 17), publisher="浙江省人民代表大会常务委员会", authority=Authority.LOCAL)
    law = article("https://zjrd.example/96222.html", f"《{LAW}》", PROMULGATED.split("\n")[0] + "\n" + LAW_TEXT,
                  date(2028, 5, 17), publisher="浙江省人民代表大会常务委员会", authority=Authority.LOCAL)
    stories = analyse([law, notice], day=date(2028, 5, 20), settings=Settings(), topics=TOPICS).stories
    assert [s.original_url for s in stories] == [notice.url]
    brief, _, _ = write_brief(stories, day=date(2028, 5, 20), settings=Settings())
    section = brief.sections[0]
    assert section.title == f"浙江省人大常委会公布《{LAW}》"
    assert section.paragraphs[0].startswith(f"《{LAW}》（浙江省人民代表大会常务委员会公告第63号）已于2028年5月16日")
    assert "十万元以上一百万元以下" in "".join(section.paragraphs)


def test_an_order_headed_by_its_number_is_titled_by_the_rule_it_puts_in_force() -> None:
    from dailybrief.write.titles import news_title

    assert news_title("合肥市人民政府令第238号（合肥市低空飞行服务管理规定）") == "合肥市人民政府公布《合肥市低空飞行服务管理规定》"
    assert news_title("工业和信息化部关于印发《工业互联网安全分类分级防护能力提升行动计划》的通知（工信部网安〔2027〕5号）") \
        .startswith("工信部印发")


def test_another_official_pages_facts_are_credited_as_its_news_not_as_its_analysis() -> None:
    notice = article("https://gxt.example/n.html", "某省工业和信息化厅关于下达2027年度制造业数字化转型重点项目计划的通知",
                     "各市工业和信息化局：\n经地方推荐、专家评审，确定2027年度制造业数字化转型重点项目318个，"
                     "总投资486亿元，现将项目计划下达给你们。", DAY - timedelta(days=2),
                     publisher="某省工业和信息化厅", authority=Authority.LOCAL)
    portal = article("https://www.province.example/r.html", "我省下达318个制造业数字化转型重点项目",
                     "记者从省工业和信息化厅获悉，2027年度制造业数字化转型重点项目计划日前下达，共318个项目，"
                     "总投资486亿元，其中工业互联网平台项目42个。", DAY - timedelta(days=1),
                     publisher="某省人民政府", authority=Authority.LOCAL)
    brief, _ = brief_of(notice, portal)
    text = text_of(brief)
    assert "42个" in text and "分析认为" not in text
    assert "记者从省工业和信息化厅获悉" in text or "据某省人民政府消息" in text


def test_a_spreadsheets_total_row_and_a_list_notices_title_read_as_the_brief_writes_them() -> None:
    """「合计 52个项目 拟支持资金合计1.38亿元」 (the cells of a total row) is a sentence; 专家评审 is
    a step of the procedure, not an expert's analysis; a 公示 headline becomes 「X公示…名单」."""
    from dailybrief.write.sentences import clean_sentences, is_analysis
    from dailybrief.write.titles import news_title

    assert clean_sentences("序号 项目名称 金额\n1 某数据集 380\n合计 52个项目 拟支持资金合计1.38亿元") == [
        "合计52个项目，拟支持资金合计1.38亿元。"]
    assert not is_analysis("本年度共受理申报项目186个，经形式审查进入专家评审143个，择优确定拟支持项目52个。")
    assert is_analysis("专家认为，这将推动数据要素市场加快发展。")
    assert news_title("关于2027年度浙江省高质量数据集建设项目拟支持名单的公示", issuer="浙江省经济和信息化厅") == (
        "浙江省经信厅公示2027年度高质量数据集建设项目拟支持名单")


def test_a_table_of_names_gives_a_sentence_naming_its_first_entries():
    table = ("序号 案例名称 申报单位 所在省份\n"
             "1 青岛港全自动化集装箱码头智能调度 山东港口青岛港集团有限公司 山东\n"
             "2 天津港“5G+北斗”智能水平运输 天津港（集团）有限公司 天津\n"
             "3 宁波舟山港港口大模型辅助生产决策 宁波舟山港股份有限公司 浙江\n"
             "4 广州港南沙港区数字孪生码头 广州港集团有限公司 广东\n")
    sentences = clean_sentences(table)
    assert sentences == ["案例包括青岛港全自动化集装箱码头智能调度、天津港“5G+北斗”智能水平运输、宁波舟山港港口大模型辅助生产决策等。"]
    assert listed_names(sentences[0])[2] == "宁波舟山港港口大模型辅助生产决策"
    # a table of figures, not of names, gives no such sentence
    assert clean_sentences("序号 地区 装机规模\n1 内蒙古 800\n2 新疆 700\n") == []
