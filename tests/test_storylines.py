"""A storyline told by several kinds of pages (the document itself, a reprint, an official
interpretation, a commentary, other bodies' implementing notices) is one section, and every
part of it brings its own facts and deadlines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from literals import article

from dailybrief.analyse import analyse, load_topics
from dailybrief.analyse.cluster import (
    group_articles,
    pick_original,
    shared_keys,
    story_keys,
    title_documents,
)
from dailybrief.analyse.facts import extract_facts
from dailybrief.models import Authority
from dailybrief.settings import Settings
from dailybrief.write import write_brief

DAY = date(2026, 6, 10)
NAME = "关于推动智能网联汽车产业高质量发展的实施意见"
POLICY = ("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
          "智能网联汽车是人工智能、新一代信息技术与汽车产业深度融合的重要方向。经国务院同意，现提出以下意见。\n"
          "到2030年，智能网联汽车新车销量占比达到70%左右，建设15个左右国家级车联网先导区，"
          "培育50家以上具有国际竞争力的零部件企业。\n"
          "加快车规级芯片、操作系统、高精度定位等关键技术攻关，完善测试评价和标准体系。\n"
          "各地区各部门要结合实际抓好落实，重大事项及时向国务院报告。\n国务院办公厅\n2026年6月2日")
ANSWERS = (f"6月2日，国务院办公厅印发《{NAME}》。工业和信息化部有关负责人就《实施意见》回答了记者提问。\n"
           "问：在资金方面有哪些安排？答：工业和信息化部副部长周明远介绍，国家将设立智能网联汽车产业投资基金，"
           "首期规模800亿元，重点投向车规级芯片和操作系统。\n"
           "截至2026年5月底，全国已开放测试道路3.2万公里，发放测试牌照1800张。\n"
           "问：如何看待这项政策的意义？答：这意味着智能网联汽车产业将从示范应用迈向规模化发展。")
COMMENT = (f"国务院办公厅日前印发《{NAME}》，提出建设国家级车联网先导区。"
           "业内人士认为，这意味着产业竞争的重点将从单车智能转向车路云一体化，地方的先发优势将进一步显现。")


def _notice(province: str, issuer: str, amount: str, deadline: str) -> str:
    return (f"各市人民政府，省政府各部门：\n为贯彻落实《国务院办公厅{NAME}》（国办发〔2026〕21号），"
            f"加快发展智能网联汽车产业，经省政府同意，{issuer}现就有关事项通知如下。\n"
            f"省级财政每年统筹安排{amount}支持智能网联汽车关键技术攻关和应用示范。\n"
            f"各市要结合实际制定本地区实施方案，于2026年{deadline}前报送省工业和信息化厅。\n"
            f"{province}将建设省级车联网先导区，推动车路云一体化应用。")


def _pages():  # type: ignore[no-untyped-def]
    return [
        article("https://www.gov.example/zhengce/a.htm", f"国务院办公厅{NAME}", POLICY, date(2026, 6, 8),
                publisher="中国政府网", authority=Authority.CENTRAL),
        article("https://news.example/b.htm", f"国务院办公厅印发《{NAME}》", "（来源：中国政府网）" + POLICY,
                date(2026, 6, 8), publisher="中国政府网", site="新闻网", authority=Authority.MEDIA),
        article("https://www.miit.example/c.htm", f"工业和信息化部有关负责人就《{NAME}》答记者问", ANSWERS,
                date(2026, 6, 8), publisher="工业和信息化部"),
        article("https://paper.example/d.htm", "以车路云一体化抢占产业制高点", COMMENT, date(2026, 6, 9),
                publisher="经济日报", authority=Authority.MEDIA),
        article("https://www.zj.example/e.htm", f"浙江省人民政府办公厅关于贯彻落实《国务院办公厅{NAME}》的通知",
                _notice("浙江", "浙江省人民政府办公厅", "20亿元", "7月15日"), date(2026, 6, 9),
                publisher="浙江省人民政府", authority=Authority.LOCAL),
        article("https://www.gd.example/f.htm", f"广东省工业和信息化厅关于贯彻落实《国务院办公厅{NAME}》的通知",
                _notice("广东", "广东省工业和信息化厅", "35亿元", "7月31日"), date(2026, 6, 9),
                publisher="广东省工业和信息化厅", authority=Authority.LOCAL),
    ]


def test_a_policy_and_its_interpretation_commentary_and_notices_are_one_storyline() -> None:
    stories = analyse(_pages(), day=DAY, settings=Settings(), topics=load_topics()).stories
    assert len(stories) == 1
    assert stories[0].original_url == "https://www.gov.example/zhengce/a.htm"


def test_every_part_of_the_storyline_brings_its_facts_and_deadlines_to_its_one_section() -> None:
    stories = analyse(_pages(), day=DAY, settings=Settings(), topics=load_topics()).stories
    brief = write_brief(stories, day=DAY, settings=Settings())[0]
    assert len(brief.sections) == 1
    section = brief.sections[0]
    text = "".join(section.paragraphs)
    for fact in ("70%左右", "15个左右", "800亿元", "3.2万公里", "20亿元", "35亿元"):
        assert fact in text, fact
    assert text.startswith("6月2日，国务院办公厅")  # signed on 6月2日, released on the 8th
    assert "国办发〔2026〕21号" in section.paragraphs[0]  # the number its notices cite ...
    assert "的通知》（国办发" not in text  # ... which is not theirs
    assert all(len(p) <= 300 for p in section.paragraphs)
    assert [d.day for d in brief.deadlines] == [date(2026, 7, 15), date(2026, 7, 31)]
    refs = {r.n: r for r in brief.references}
    assert {refs[n].publisher for n in section.references} >= {
        "中国政府网", "工业和信息化部", "浙江省人民政府", "广东省工业和信息化厅"}


def test_a_notice_that_cites_the_document_by_its_number_alone_joins_its_storyline() -> None:
    answers = article("https://www.miit.example/c.htm", f"工业和信息化部有关负责人就《{NAME}》答记者问",
                      ANSWERS.replace("》。", "》（国办发〔2026〕21号）。", 1), date(2026, 6, 8),
                      publisher="工业和信息化部")
    notice = article("https://www.js.example/g.htm", "江苏省工业和信息化厅关于加快智能网联汽车产业发展的通知",
                     "各设区市工业和信息化局：\n根据国办发〔2026〕21号文件精神，加快发展智能网联汽车产业，"
                     "推动车规级芯片和操作系统攻关，现就有关事项通知如下。\n省级财政每年安排12亿元支持智能网联汽车"
                     "关键技术攻关。\n各市于2026年8月10日前报送本地区智能网联汽车产业实施方案。",
                     date(2026, 6, 9), publisher="江苏省工业和信息化厅", authority=Authority.LOCAL)
    facts = {a.url: extract_facts(a) for a in (answers, notice)}
    assert story_keys(answers, facts[answers.url]) & story_keys(notice, facts[notice.url])
    assert len(group_articles([answers, notice], facts, Settings().near_dup_threshold)) == 1


def test_the_original_is_the_outlet_whose_article_a_government_site_carries() -> None:
    text = ("本报北京6月8日电（记者 张三）国家发展改革委近日印发《关于加快智能工厂建设的指导意见》，"
            "提出到2028年建成智能工厂500家，带动相关产业规模超过8000亿元。")
    paper = article("https://paper.example/a.htm", "智能工厂建设提速", text, date(2026, 6, 9),
                    publisher="经济日报", authority=Authority.MEDIA)
    gov = article("https://www.province.example/b.htm", "智能工厂建设提速", "经济日报记者 张三\n" + text,
                  date(2026, 6, 8), publisher="某省人民政府", authority=Authority.LOCAL)
    portal = article("https://portal.example/c.htm", "智能工厂建设提速", text, date(2026, 6, 8),
                     publisher="经济日报", site="某门户网", authority=Authority.MEDIA)
    assert pick_original([gov, portal, paper]).url == "https://paper.example/a.htm"


def test_two_bodies_documents_of_one_name_are_two_documents() -> None:
    zhejiang = frozenset(title_documents("浙江省人民政府关于加快智能制造发展的实施意见"))
    jiangsu = frozenset(title_documents("江苏省人民政府关于加快智能制造发展的实施意见"))
    unnamed = frozenset({"《关于加快智能制造发展的实施意见》"})  # an interpretation leaves the issuer out
    assert not shared_keys(zhejiang, jiangsu)
    assert shared_keys(zhejiang, unnamed) == unnamed


PLAN = "广东省智能工厂建设实施方案（2027—2029年）"
PLAN_TEXT = ("各地级以上市人民政府，省政府各部门：\n《广东省智能工厂建设实施方案（2027—2029年）》已经省人民政府同意，"
             "现印发给你们，请认真组织实施。\n到2029年，全省建成智能工厂300家、数字化车间1200个，"
             "规模以上工业企业关键工序数控化率达到75%。\n广东省人民政府办公厅\n2027年9月8日")
CALL_TEXT = (f"各区工业和信息化主管部门：\n为落实《{PLAN}》，加快智能工厂建设，现组织申报2027年度智能工厂项目。\n"
             "一、支持方式。对建成智能工厂的企业，按项目投入的30%给予补助，单个项目最高800万元。\n"
             "二、申报时间。请于2027年10月20日前提交材料，逾期不予受理。")


def test_a_citys_call_under_a_provincial_plan_is_its_own_storyline() -> None:
    plan = article("https://www.gd.example/plan.html", f"广东省人民政府办公厅关于印发{PLAN}的通知", PLAN_TEXT,
                   date(2027, 9, 8), publisher="广东省人民政府", authority=Authority.LOCAL)
    call = article("https://gxj.city.example/call.html", "某市工业和信息化局关于组织申报2027年度智能工厂项目的通知",
                   CALL_TEXT, date(2027, 9, 13), publisher="某市工业和信息化局", authority=Authority.LOCAL)
    facts = {a.url: extract_facts(a) for a in (plan, call)}
    assert len(group_articles([plan, call], facts, Settings().near_dup_threshold)) == 2


def test_a_provinces_call_under_the_national_document_joins_its_storyline() -> None:
    policy, *_ = _pages()
    call = article("https://jxt.province.example/call.html", "某省经济和信息化厅关于组织申报2026年度省级车联网先导区的通知",
                   f"各市经济和信息化局：\n为落实《国务院办公厅{NAME}》部署，现组织开展省级车联网先导区申报工作。\n"
                   "经认定的先导区，省级财政给予最高2000万元支持。\n请于2026年7月10日前报送推荐材料。",
                   date(2026, 6, 9), publisher="某省经济和信息化厅", authority=Authority.LOCAL)
    facts = {a.url: extract_facts(a) for a in (policy, call)}
    assert len(group_articles([policy, call], facts, Settings().near_dup_threshold)) == 1


def test_a_commentary_on_two_documents_joins_the_one_its_headline_is_about() -> None:
    data = "数据要素流通促进行动方案（2027—2028年）"
    safety = "工业数据安全分类分级防护行动计划（2027—2028年）"
    first = article("https://www.ministry.example/a.html", f"工业和信息化部关于印发《{data}》的通知",
                    f"各省、自治区、直辖市工业和信息化主管部门：\n现将《{data}》印发给你们。\n到2028年，"
                    "培育数据要素流通服务机构200家，打造行业数据空间30个，推动数据资产登记、评估和交易"
                    "在制造业重点行业规模化应用。", date(2027, 1, 10),
                    publisher="工业和信息化部")
    second = article("https://www.ministry.example/b.html", f"工业和信息化部关于印发《{safety}》的通知",
                     f"各通信管理局，有关中央企业：\n现将《{safety}》印发给你们。\n到2028年，"
                     "完成5000家重点企业数据安全分类分级，建立覆盖重要数据和核心数据的风险监测、"
                     "应急处置和安全评估机制。", date(2027, 1, 10), publisher="工业和信息化部")
    comment = article("https://paper.example/c.html", "数据要素流通促进为何要与安全防护同步——评同日印发的两份文件",
                      f"工业和信息化部同日印发《{data}》和《{safety}》。培育数据要素流通服务机构200家，"
                      "完成5000家重点企业数据安全分类分级，两者相辅相成。业内人士认为，流通越活跃，"
                      "越需要安全防护托底。", date(2027, 1, 11), publisher="经济日报", authority=Authority.MEDIA)
    pages = [first, second, comment]
    facts = {a.url: extract_facts(a) for a in pages}
    groups = group_articles(pages, facts, Settings().near_dup_threshold)
    assert sorted(sorted(a.url[-6:] for a in g) for g in groups) == [["a.html", "c.html"], ["b.html"]]


def test_an_attachment_joins_the_notice_that_links_it_whatever_it_is_named() -> None:
    notice = article("https://www.miit.example/n.html", "工业和信息化部办公厅关于组织开展2028年度中小企业特色产业集群申报工作的通知",
                     "各省、自治区、直辖市中小企业主管部门：\n现组织开展2028年度中小企业特色产业集群申报工作，"
                     "具体要求详见附件。\n工业和信息化部办公厅\n2028年7月4日", date(2028, 7, 7))
    guide = replace(article("https://www.miit.example/attach/g.pdf", "2028年度中小企业特色产业集群申报指南",
                            "一、申报条件。集群主导产业产值占比不低于50%，集群内中小企业不少于200家。\n"
                            "二、推荐数量。每个省份推荐不超过12个。", date(2028, 7, 7)),
                    attached_to=notice.url)
    facts = {a.url: extract_facts(a) for a in (notice, guide)}
    assert len(group_articles([notice, guide], facts, Settings().near_dup_threshold)) == 1
    assert len(group_articles([notice, replace(guide, attached_to="")], facts, Settings().near_dup_threshold)) == 2


def _fair(place: str, amount: str) -> str:
    return (f"近日，{place}人工智能产业对接会举行，现场集中签约项目45个，总金额{amount}。会议强调，要坚持问题导向和"
            "目标导向，压实工作责任，确保各项任务落地见效。下一步将加强统筹协调，完善配套政策，形成工作合力。")


def test_template_reports_of_events_in_two_places_are_two_storylines_whatever_figure_they_share() -> None:
    pages = [article(f"https://{i}.example/a.html", f"{place}人工智能产业对接会举行", _fair(place, amount),
                     publisher=f"{place}市人民政府", authority=Authority.LOCAL)
             for i, (place, amount) in enumerate([("南宁", "6944亿元"), ("吉林", "6615亿元")])]
    facts = {a.url: extract_facts(a) for a in pages}
    assert len(group_articles(pages, facts, Settings().near_dup_threshold)) == 2


def test_a_page_about_a_document_is_not_tied_to_a_report_by_one_figure_it_happens_to_share() -> None:
    doc = "加快集聚发展智能化发展实施方案"
    policy = article("https://mofcom.example/a.html", f"商务部印发《{doc}》",
                     f"近日，商务部印发《{doc}》，提出到2028年培育企业2374家，带动投资35.7亿元。要坚持问题导向和"
                     "目标导向，压实工作责任，确保各项任务落地见效。", publisher="商务部")
    project = article("https://news.example/b.html", "某地智能体应用项目投产",
                      "近日，某地智能体应用项目投产，总投资35.7亿元。要坚持问题导向和目标导向，压实工作责任，"
                      "确保各项任务落地见效。", publisher="某网", authority=Authority.MEDIA)
    facts = {a.url: extract_facts(a) for a in (policy, project)}
    assert len(group_articles([policy, project], facts, Settings().near_dup_threshold)) == 2


def test_a_public_notice_of_a_list_is_the_page_of_that_list() -> None:
    """「…关于X拟发放名单的公示」 puts the 名单 before the public: it shares its key with the file
    named 「X拟发放名单」 that a report links, so the two are one storyline."""
    notice = title_documents("深圳市工业和信息化局关于2028年第二批深圳市算力券拟发放名单的公示")
    assert "《2028年第二批深圳市算力券拟发放名单》" in notice
    assert not any("名单》" in d for d in title_documents("关于开展2028年度中小企业特色产业集群申报工作的通知"))
