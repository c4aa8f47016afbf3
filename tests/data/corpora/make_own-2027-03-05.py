#!/usr/bin/env python3
"""Generate the synthetic test corpus ``own-2027-03-05`` (messy real-world HTML and crawling).

Every story in it is FICTIONAL test data, written to test the "新质生产力每日动态" brief
generator. The pages imitate the structure of the named sites; their contents are invented.
This corpus concentrates on crawling and markup mess: a list page with ``<base href>``,
directory-style article URLs, ``#comments`` fragments, ``javascript:`` / ``onclick``-only links,
a list paginated over two pages, an old nested-table government template with ``<font>``,
``&nbsp;`` and ``<br>``, a headline only in ``<div class="title">``, an embedded JSON date that
disagrees with the visible date, two 来源 mentions, an editor's note and 原标题 line, a reprint
credited to 新华社客户端, RSS links wrapped in whitespace, a guid-only RSS item, an Atom feed with
self links, and the usual faults (404, empty page, malformed feed item, date only in URL, GBK).

Run:  python3 make_own-2027-03-05.py
It deletes and rebuilds ``own-2027-03-05`` next to this script; ``python3 check_own-2027-03-05.py``
verifies it. Standard library only; the output is deterministic.
"""
from __future__ import annotations

import json
import shutil
from collections import Counter
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "own-2027-03-05"
OUT = HERE / NAME
SITE = OUT / "site"
BRIEF_DATE = "2027-03-05"
WINDOW_DAYS = 7
TITLE = "新质生产力每日动态"
MARK = ("<!-- synthetic test page: fictional content imitating this site's layout, "
        "written to test a daily-brief generator -->")
FEED_MARK = ("<!-- synthetic test feed: fictional content imitating this site's feed, "
             "written to test a daily-brief generator -->")

SOURCES = [
    dict(id="govcn", name="中国政府网", name_en="Chinese Government Portal (www.gov.cn)",
         kind="listpage", url="/www.gov.cn/yaowen/liebiao/index.html", authority="central"),
    dict(id="ndrc", name="国家发展和改革委员会", name_en="National Development and Reform Commission",
         kind="listpage", url="/www.ndrc.gov.cn/xxgk/zcfb/tz/index.html", authority="ministry"),
    dict(id="nda", name="国家数据局", name_en="National Data Administration",
         kind="rss", url="/www.nda.gov.cn/rss/sjdt.xml", authority="ministry"),
    dict(id="xinhua", name="新华网", name_en="Xinhua News",
         kind="atom", url="/www.news.cn/xml/atom_yaowen.xml", authority="media"),
    dict(id="stdaily", name="科技日报", name_en="Science and Technology Daily",
         kind="listpage", url="/www.stdaily.com/index/kejixinwen/index.html", authority="media"),
    dict(id="hainan", name="海南省人民政府", name_en="Hainan Provincial People's Government",
         kind="listpage", url="/www.hainan.gov.cn/hainan/szfwj/index.html", authority="local"),
    dict(id="portal", name="九州资讯网", name_en="Jiuzhou Info (fictional general news portal)",
         kind="rss", url="/www.example-portal.cn/rss/roll.xml", authority="media"),
]
PUB = {s["url"].split("/")[1]: s["name"] for s in SOURCES}
ENCODING = {"www.hainan.gov.cn": "gbk"}

# --------------------------------------------------------------------------------------
# Threads
# --------------------------------------------------------------------------------------
T1_DOC = "《政府工作报告》"
T2_DOC = "《独立新型储能电站容量电价核定办法》"
T3_DOC = "《国家数据标注基地建设指引》"
T4_DOC = "《海南商业航天发射场建设运营若干措施》"
T5_DOC = "《人工智能科技伦理审查指引（试行）》"

THREADS = [
    dict(id="T1", importance=1,
         title="政府工作报告部署因地制宜发展新质生产力：2026年研发经费投入3.62万亿元，2027年增长7%以上",
         key_facts=[T1_DOC, "3.62万亿元", "2.71%", "7%以上", "11.5%", "52万家", "48个"],
         deadlines=[], entities=["国务院", "十四届全国人大五次会议"]),
    dict(id="T2", importance=1,
         title="国家发展改革委、国家能源局完善新型储能价格机制：容量电价每千瓦每年不超过165元，2027年4月1日起执行",
         key_facts=[T2_DOC, "165元", "0.3元/千瓦时", "85%", "500万千瓦时", "2027年4月1日", "2027年5月31日"],
         deadlines=[dict(date="2027-05-31", what="各省级价格主管部门制定本地区实施细则并报国家发展改革委")],
         entities=["国家发展和改革委员会", "国家能源局"]),
    dict(id="T3", importance=2,
         title="国家数据局启动第二批国家数据标注基地建设：拟新增12个，首批7个基地建成数据集586个",
         key_facts=[T3_DOC, "12个", "7个", "586个", "1360家", "86亿元", "截至2027年2月底", "2027年3月31日"],
         deadlines=[dict(date="2027-03-31", what="第二批国家数据标注基地申报截止")],
         entities=["国家数据局"]),
    dict(id="T4", importance=2,
         title="海南印发商业航天发射场建设运营若干措施：单次发射最高补贴3000万元，设立20亿元产业基金",
         key_facts=[T4_DOC, "3000万元", "50%", "20亿元", "2027年6月30日"],
         deadlines=[dict(date="2027-06-30", what="商业航天企业申报首批发射补贴截止")],
         entities=["海南省人民政府办公厅", "文昌国际航天城管理局"]),
    dict(id="T5", importance=3,
         title="科技部等十部门印发人工智能科技伦理审查指引（试行），明确12类重点审查场景",
         key_facts=[T5_DOC, "12类", "30个工作日"],
         deadlines=[], entities=["科学技术部"]),
]

PAGES: list[dict] = []


def page(path: str, kind: str, when: str, title: str, body: list, *, thread: str | None = None,
         source: str = "", **extra) -> dict:
    """Register one article page (``when`` is Beijing time 'YYYY-MM-DD HH:MM')."""
    d, t = when.split(" ")
    p = dict(path=path, host=path.split("/")[1], kind=kind, thread=thread, date=d, time=t,
             title=title, body=body, source=source, **extra)
    PAGES.append(p)
    return p


GOV = "/www.gov.cn"
NDRC = "/www.ndrc.gov.cn/xxgk/zcfb/tz"
NDA = "/www.nda.gov.cn/sjj"
XH = "/www.news.cn"
STD = "/www.stdaily.com/index/kejixinwen"
HN = "/www.hainan.gov.cn/hainan/szfwj"
POR = "/www.example-portal.cn"

P = dict(
    T1o=GOV + "/yaowen/liebiao/202703/content_7102235.htm",
    T1x=XH + "/politics/20270305/8c1f2e3d4a5b4c6d9e7f0a1b2c3d4e5f/c.html",
    T1c=STD + "/2027/0305/c12401/",
    T2o=NDRC + "/202703/t20270302_1401236.html",
    T2x=XH + "/fortune/20270302/3a4b5c6d7e8f4a0b9c1d2e3f4a5b6c7d/c.html",
    T2p=POR + "/news/2027/0303/0915_88214.html",
    T3o=NDA + "/zwgk/tzgg/0228/20270228104512345678_pc.html",
    T3c=STD + "/2027/0301/c12377/",
    T3r=GOV + "/lianbo/bumen/202703/content_7101896.htm",
    T4o=HN + "/202703/t20270303_3812345.html",
    T4m=HN + "/202702/t20270227_3809871.html",
    T4x=XH + "/local/20270304/5e6f7a8b9c0d4e1f8a2b3c4d5e6f7a8b/c.html",
    T5o=GOV + "/zhengce/zhengceku/202703/content_7101902.htm",
    T5p=POR + "/news/2027/0302/1640_88107.html",
    S1=NDRC + "/202603/t20260304_1399102.html",
    S2=NDA + "/zwgk/tzgg/0224/20270224163011223344_pc.html",
    S3=HN + "/202603/t20260310_3721456.html",
    EMPTY=XH + "/comments/20270305/0b1c2d3e4f5a4b6c8d7e9f0a1b2c3d4e/c.html",
    MISSING=STD + "/2027/0303/c12388/",
)

# ======================================================================================
# T1  政府工作报告 (gov.cn original: headline only in <div class="title">)
# ======================================================================================
page(P["T1o"], "original", "2027-03-05 11:20",
     "政府工作报告：因地制宜发展新质生产力 加快建设现代化产业体系",
     [
         "2027年3月5日，十四届全国人大五次会议在人民大会堂开幕，国务院总理代表国务院向大会作《政府工作报告》。以下为报告中有关新质生产力部分的摘要。",
         ("h", "一、2026年工作回顾"),
         "过去一年，我们坚持创新驱动发展，科技自立自强迈出坚实步伐。全社会研发经费投入达到3.62万亿元，研发经费投入强度达到2.71%。数字经济核心产业增加值占国内生产总值比重达到11.5%。高新技术企业数量超过52万家。",
         ("h", "二、2027年政府工作任务"),
         "因地制宜发展新质生产力。深入推进战略性新兴产业融合集群发展，开展新技术新产品新场景大规模应用示范行动，加快新型储能、商业航天、低空经济等新兴产业安全健康发展。",
         "建立未来产业投入增长机制，在全国布局建设48个未来产业先导区，培育生物制造、量子科技、具身智能、6G等未来产业。",
         "全社会研发经费投入增长7%以上，持续加大基础研究投入。深入实施“人工智能+”行动，推动数据标注等数据产业加快发展。",
         "（报告全文另发）",
     ], thread="T1", source="中国政府网", headline_in_div=True, column="滚动新闻")

page(P["T1x"], "reprint", "2027-03-05 12:05",
     "政府工作报告：2027年全社会研发经费投入增长7%以上",
     [
         "新华社北京3月5日电　3月5日在十四届全国人大五次会议上作的《政府工作报告》提出，因地制宜发展新质生产力，全社会研发经费投入增长7%以上。",
         "报告显示，2026年全社会研发经费投入达到3.62万亿元，研发经费投入强度达到2.71%；数字经济核心产业增加值占国内生产总值比重达到11.5%；高新技术企业数量超过52万家。",
         "报告提出，2027年将建立未来产业投入增长机制，在全国布局建设48个未来产业先导区，开展新技术新产品新场景大规模应用示范行动。",
     ], thread="T1", source="新华网")

page(P["T1c"], "commentary", "2027-03-05 16:30",
     "以新质生产力激活发展新动能——代表委员热议政府工作报告",
     [
         "本报记者　林晓舟",
         "“研发经费投入增长7%以上，这个目标实打实。”全国人大代表、某省科学院院长在代表驻地接受采访时说，《政府工作报告》把因地制宜发展新质生产力摆在突出位置，释放了持续加大科技投入的明确信号。",
         "全国政协委员、某高校教授表示，高新技术企业数量超过52万家，创新主体日益壮大，下一步关键是推动科技成果向现实生产力转化。",
         "多位代表委员建议，各地发展新质生产力要立足资源禀赋和产业基础，防止一哄而上、泡沫化。",
     ], thread="T1", source="科技日报", no_date=True)

# ======================================================================================
# T2  新型储能价格机制 (NDRC original: nested tables, <font>, &nbsp;, <br>)
# ======================================================================================
T2_BODY = [
    "各省、自治区、直辖市、新疆生产建设兵团发展改革委、能源局，国家能源局各派出机构，国家电网有限公司、中国南方电网有限责任公司、内蒙古电力（集团）有限责任公司：",
    "为贯彻落实党中央、国务院决策部署，加快发展新型储能，更好发挥新型储能调节作用，培育发展新质生产力，现就完善新型储能价格机制有关事项通知如下。",
    "一、建立独立新型储能电站容量电价机制。对纳入省级新型储能发展规划、接受电网统一调度的独立新型储能电站，按照" + T2_DOC + "核定容量电价，容量电价原则上每千瓦每年不超过165元。",
    "二、完善峰谷分时电价。各地要结合电力供需和新能源消纳情况，合理拉大峰谷价差，最大峰谷电价价差原则上不低于0.3元/千瓦时。",
    "三、强化考核约束。独立新型储能电站年可用率不低于85%的，全额获得容量电费；年放电量不足500万千瓦时的，当年不予补偿容量电费。",
    "四、各省级价格主管部门要会同能源主管部门，于2027年5月31日前制定本地区实施细则并报国家发展改革委。",
    "五、本通知自2027年4月1日起执行。",
]
page(P["T2o"], "original", "2027-03-02 17:00",
     "国家发展改革委 国家能源局关于完善新型储能价格机制的通知",
     [("c", "发改价格〔2027〕312号")] + T2_BODY
     + [("r", "国家发展改革委"), ("r", "国家能源局"), ("r", "2027年2月24日")],
     thread="T2", source="价格司", nested_tables=True)

page(P["T2x"], "reprint", "2027-03-02 19:20",
     "两部门完善新型储能价格机制 4月1日起执行",
     [
         "新华社北京3月2日电（记者 周一帆）国家发展改革委、国家能源局2日发布通知，完善新型储能价格机制，建立独立新型储能电站容量电价机制，通知自2027年4月1日起执行。",
         "通知明确，按照" + T2_DOC + "核定容量电价，容量电价原则上每千瓦每年不超过165元；最大峰谷电价价差原则上不低于0.3元/千瓦时。",
         "通知要求，独立新型储能电站年可用率不低于85%的全额获得容量电费，年放电量不足500万千瓦时的当年不予补偿。各省级价格主管部门须于2027年5月31日前制定实施细则。",
         "业内人士认为，容量电价机制将改善新型储能项目收益预期，引导行业从“重建设”转向“重利用”。",
     ], thread="T2", source="新华网", script_json_date="2026-11-18T09:30:00+08:00")

page(P["T2p"], "reprint", "2027-03-03 09:15",
     "新型储能迎来容量电价！每千瓦每年最高165元",
     [
         "国家发展改革委、国家能源局2日发布通知，完善新型储能价格机制，建立独立新型储能电站容量电价机制，通知自2027年4月1日起执行。",
         "通知明确，容量电价原则上每千瓦每年不超过165元；最大峰谷电价价差原则上不低于0.3元/千瓦时。独立新型储能电站年可用率不低于85%的全额获得容量电费，年放电量不足500万千瓦时的当年不予补偿。",
         "业内人士认为，容量电价机制将改善新型储能项目收益预期，引导行业从“重建设”转向“重利用”。",
     ], thread="T2", source="新华社客户端")

# ======================================================================================
# T3  数据标注基地 (NDA original via RSS guid only; stdaily commentary with 编者按/原标题)
# ======================================================================================
T3_BODY = [
    "各省、自治区、直辖市及新疆生产建设兵团数据管理部门：",
    "为加快数据标注产业发展，提升高质量数据集供给能力，支撑人工智能和新质生产力发展，国家数据局决定开展第二批国家数据标注基地建设工作，现将有关事项通知如下。",
    "一、建设进展。截至2027年2月底，首批7个国家数据标注基地累计建成高质量数据集586个，带动数据标注企业1360家，基地所在城市数据标注产业规模超过86亿元。",
    "二、建设数量。第二批拟新增12个国家数据标注基地，重点布局医疗健康、智能制造、低空经济、交通运输等行业领域。",
    "三、申报要求。申报城市应按照" + T3_DOC + "编制建设方案，由省级数据管理部门择优推荐。",
    "四、时间安排。申报截止2027年3月31日，逾期不予受理。",
]
page(P["T3o"], "original", "2027-02-28 10:45",
     "国家数据局关于开展第二批国家数据标注基地建设工作的通知",
     T3_BODY + [("r", "国家数据局"), ("r", "2027年2月26日")], thread="T3", source="国家数据局")

page(P["T3r"], "reprint", "2027-03-01 08:40",
     "国家数据局部署第二批国家数据标注基地建设",
     T3_BODY[1:], thread="T3", source="国家数据局网站")

page(P["T3c"], "commentary", "2027-03-01 07:50",
     "数据标注基地扩容：从“人工标注”走向“数据工程”",
     [
         ("note", "编者按：数据标注是人工智能产业链的基础环节。国家数据局近日启动第二批国家数据标注基地建设，本报记者走访首批基地，观察这一新兴产业的成长。"),
         "原标题：数据标注基地扩容　产业加速从“人工标注”走向“数据工程”",
         "本报记者　许晨阳",
         "国家数据局2月28日发布通知，第二批拟新增12个国家数据标注基地。记者在首批基地之一看到，标注员正借助大模型预标注工具处理医疗影像数据，人工主要负责审核和纠错。",
         "“过去一名标注员一天处理几百张图片，现在借助工具能审核上千张。”基地一家企业负责人说。据介绍，截至2027年2月底，首批7个基地累计建成高质量数据集586个。",
         "专家提醒，基地扩容要避免低水平重复建设，关键在于形成可复用、可流通的行业数据集。",
     ], thread="T3", source="科技日报")

# ======================================================================================
# T4  海南商业航天 (original on list page 1; the 常务会议 report only on list page 2)
# ======================================================================================
page(P["T4o"], "original", "2027-03-03 16:10",
     "海南省人民政府办公厅关于印发《海南商业航天发射场建设运营若干措施》的通知",
     [
         ("c", "琼府办〔2027〕9号"),
         "各市、县、自治县人民政府，省政府直属各单位：",
         T4_DOC + "已经省政府同意，现印发给你们，请认真贯彻执行。",
         ("h", "海南商业航天发射场建设运营若干措施"),
         "一、支持发射服务。对在海南商业航天发射场执行发射任务的商业航天企业，按照实际发射次数给予补贴，单次发射最高补贴3000万元。",
         "二、降低测试成本。对商业航天企业租用发射场测试厂房、总装测试设施的，按照租赁费用的50%给予补贴。",
         "三、强化金融支持。设立规模20亿元的省级商业航天产业引导基金，吸引社会资本投向火箭研制、卫星制造和发射服务。",
         "四、组织实施。文昌国际航天城管理局负责政策兑现，符合条件的企业应于2027年6月30日前提交首批发射补贴申请材料。",
         "本措施自印发之日起施行，有效期3年。",
         ("r", "海南省人民政府办公厅"), ("r", "2027年3月1日"),
     ], thread="T4", source="海南省人民政府办公厅")

page(P["T4m"], "commentary", "2027-02-27 18:30",
     "省政府常务会议研究商业航天发射场建设运营支持政策",
     [
         "2月27日，省长主持召开省政府常务会议，审议通过" + T4_DOC + "。",
         "会议指出，商业航天是培育新质生产力的重要方向。要用好海南商业航天发射场资源，完善发射服务、测试保障和金融支持政策，吸引火箭和卫星企业集聚。",
         "会议要求，文昌国际航天城管理局要加快细化政策兑现流程，尽快出台实施。",
     ], thread="T4", source="海南省人民政府")

page(P["T4x"], "reprint", "2027-03-04 10:30",
     "海南出台措施支持商业航天发射场建设运营 单次发射最高补贴3000万元",
     [
         "新华社海口3月4日电（记者 王海帆）海南省近日印发" + T4_DOC + "，对在海南商业航天发射场执行发射任务的商业航天企业，单次发射最高补贴3000万元。",
         "措施提出，对租用发射场测试厂房、总装测试设施的，按照租赁费用的50%给予补贴；设立规模20亿元的省级商业航天产业引导基金。",
         "据了解，符合条件的企业应于2027年6月30日前提交首批发射补贴申请材料。",
     ], thread="T4", source="新华网")

# ======================================================================================
# T5  人工智能科技伦理 (importance 3; portal reprint with two 来源 mentions)
# ======================================================================================
page(P["T5o"], "original", "2027-03-01 15:00",
     "科技部等十部门关于印发《人工智能科技伦理审查指引（试行）》的通知",
     [
         ("c", "国科发监〔2027〕41号"),
         "为规范人工智能科技活动伦理审查，防控科技伦理风险，促进人工智能健康发展，科技部会同有关部门制定了" + T5_DOC + "，现予印发。",
         "指引明确了生成式人工智能、自动驾驶、脑机接口、人形机器人等12类重点审查场景，要求从事相关科技活动的单位设立科技伦理（审查）委员会。",
         "指引规定，伦理审查一般应在受理申请后30个工作日内作出决定；涉及重大风险的，应报请专家复核。",
     ], thread="T5", source="科技部网站")

page(P["T5p"], "reprint", "2027-03-02 16:40",
     "十部门印发人工智能科技伦理审查指引 明确12类重点审查场景",
     [
         "科技部等十部门日前印发" + T5_DOC + "，明确了生成式人工智能、自动驾驶、脑机接口、人形机器人等12类重点审查场景。",
         "指引规定，伦理审查一般应在受理申请后30个工作日内作出决定；涉及重大风险的，应报请专家复核。",
     ], thread="T5", source="中国政府网", related_source="经济日报")

# ======================================================================================
# Stale pages (same topics, other figures)
# ======================================================================================
page(P["S1"], "stale", "2026-03-04 16:00",
     "国家发展改革委办公厅关于完善新型储能价格机制有关事项公开征求意见的通知",
     [
         "为完善新型储能价格机制，我委研究起草了新型储能容量电价有关政策（征求意见稿），现向社会公开征求意见。",
         "征求意见稿提出，容量电价原则上每千瓦每年不超过120元；年可用率不低于80%的，全额获得容量电费。",
         "公众可于2026年4月3日前将意见建议发送至电子邮箱。",
     ], source="价格司", nested_tables=True)

page(P["S2"], "stale", "2027-02-24 09:30",
     "首批国家数据标注基地建设取得阶段性成效",
     [
         "截至2027年1月底，首批国家数据标注基地累计建成高质量数据集409个，带动数据标注企业980家，基地所在城市数据标注产业规模超过61亿元。",
         "下一步，国家数据局将总结首批基地建设经验，适时扩大基地建设范围。",
     ], source="国家数据局")

page(P["S3"], "stale", "2026-03-10 11:00",
     "海南商业航天发射场首次发射任务圆满成功",
     [
         "3月10日，海南商业航天发射场一号工位圆满完成首次发射任务。",
         "省有关部门表示，将研究出台支持发射场建设运营的政策措施，此前已对首批入驻企业给予每家最高1000万元的落户奖励。",
     ], source="海南省人民政府")

# ======================================================================================
# Broken: empty page (in the Atom feed); 404 (on the stdaily list)
# ======================================================================================
page(P["EMPTY"], "broken", "2027-03-05 09:00", "", [], source="", empty=True,
     feed_title="新华时评：发展新质生产力要因地制宜")
MISSING = [dict(path=P["MISSING"], date="2027-03-03", time="08:00",
                title="新型储能“容量电价”落地：行业迎来收益拐点？")]

# ======================================================================================
# Distractors
# ======================================================================================
D = dict(
    gov_weather=(GOV + "/yaowen/liebiao/202703/content_7102011.htm", "2027-03-04 18:00",
                 "中央气象台：全国大部气温回升 北方地区将有大风沙尘天气",
                 ["中央气象台预计，未来三天全国大部地区气温持续回升，华北、黄淮等地最高气温可达18℃至22℃。",
                  "受冷空气影响，内蒙古中西部、甘肃等地将有4至6级偏北风，局地有扬沙或浮尘。"]),
    gov_renmian=(GOV + "/yaowen/liebiao/202703/content_7101955.htm", "2027-03-03 17:30",
                 "国务院任免国家工作人员",
                 ["国务院任命张某为某部副部长；任命李某为某局局长。",
                  "免去王某的某部副部长职务。"]),
    gov_meeting=(GOV + "/yaowen/liebiao/202703/content_7101860.htm", "2027-03-02 10:00",
                 "关于召开全国春季农业生产工作电视电话会议的通知",
                 ["定于2027年3月9日上午9:00召开全国春季农业生产工作电视电话会议。",
                  "请各地做好分会场准备工作。具体事项另行通知。"]),
    ndrc_proc=(NDRC + "/202703/t20270301_1401150.html", "2027-03-01 15:20",
               "国家发展改革委机关服务中心办公设备采购项目中标（成交）结果公告",
               ["一、项目编号：NDRC-2027-XXXX", "二、项目名称：机关服务中心办公设备采购项目",
                "三、中标（成交）信息：供应商名称：某某科技有限公司，中标金额：86.4万元。",
                "四、公告期限：自本公告发布之日起1个工作日。"]),
    ndrc_std=(NDRC + "/202702/t20270227_1400987.html", "2027-02-27 11:00",
              "关于《节能监察工作规范》等3项行业标准报批稿的公示",
              ["根据行业标准制修订工作安排，《节能监察工作规范》等3项行业标准已完成报批稿，现予以公示。",
               "公示期为2027年2月27日至3月28日，如有异议请书面反馈。"]),
    nda_recruit=(NDA + "/zwgk/tzgg/0303/20270303170022334455_pc.html", "2027-03-03 17:00",
                 "国家数据局2027年度拟录用公务员公示公告",
                 ["根据2027年度中央机关公务员招录工作安排，经笔试、面试、体检和考察等程序，确定刘某等6人为拟录用人员，现予以公示。",
                  "公示期为5个工作日。联系电话：010-XXXXXXXX。"]),
    nda_std=(NDA + "/zwgk/tzgg/0301/20270301143055667788_pc.html", "2027-03-01 14:30",
             "关于《数据标注服务质量要求》等国家标准征求意见稿的公示",
             ["全国数据标准化技术委员会组织起草了《数据标注服务质量要求》等2项国家标准征求意见稿，现公开征求意见。",
              "意见反馈截止时间：2027年4月30日。"]),
    xh_sport=(XH + "/sports/20270304/9d8c7b6a5f4e4d3c2b1a0f9e8d7c6b5a/c.html", "2027-03-04 22:10",
              "短道速滑世锦赛：中国队获得男子5000米接力银牌",
              ["在当地时间4日进行的短道速滑世锦赛男子5000米接力决赛中，中国队以6分43秒的成绩获得银牌。",
               "中国队教练表示，队伍将认真总结，备战下一站比赛。"]),
    xh_stock=(XH + "/fortune/20270303/1f2e3d4c5b6a4f7e8d9c0b1a2f3e4d5c/c.html", "2027-03-03 15:30",
              "A股三大指数收涨 储能板块午后拉升",
              ["3日，A股三大指数集体收涨，沪指涨0.62%，深证成指涨1.05%，创业板指涨1.38%。",
               "盘面上，储能、固态电池板块午后拉升，多只个股涨停；两市成交额1.21万亿元。"]),
    std_phone=(STD + "/2027/0302/c12359/", "2027-03-02 14:00",
               "上手体验：某品牌折叠屏新机续航表现如何",
               ["这款折叠屏手机搭载5600毫安时电池，支持80瓦快充。",
                "实测重度使用一天后剩余电量约18%，表现中规中矩。"]),
    std_forum=(STD + "/2027/0304/c12415/", "2027-03-04 09:00",
               "第十届青年科学家论坛议程",
               ["时间：2027年3月20日。地点：北京。", "议程：开幕式；主旨报告；分论坛。具体安排另行通知。"]),
    hn_weather=(HN + "/202703/t20270305_3813021.html", "2027-03-05 08:00",
                "海南省气象台发布大雾黄色预警",
                ["预计5日早晨至上午，海口、文昌、琼海等市县将出现能见度低于500米的大雾。",
                 "请注意防范大雾对交通的不利影响。"]),
    hn_renmian=(HN + "/202703/t20270304_3812786.html", "2027-03-04 17:00",
                "海南省人民政府关于陈某等同志职务任免的通知",
                ["经省政府研究决定：任命陈某为海南省某厅副厅长；免去赵某的海南省某局副局长职务。"]),
    hn_proc=(HN + "/202703/t20270302_3812011.html", "2027-03-02 10:20",
             "文昌国际航天城管理局物业服务采购项目成交公告",
             ["项目名称：文昌国际航天城管理局物业服务采购项目。",
              "成交供应商：海南某某物业服务有限公司；成交金额：126.8万元。"]),
    hn_tour=(HN + "/202703/t20270301_3811877.html", "2027-03-01 09:40",
             "春节假期海南接待游客超过千万人次",
             ["据省旅文厅统计，春节假期全省接待游客超过千万人次，旅游总收入同比增长8.2%。"]),
    hn_edu=(HN + "/202702/t20270228_3810233.html", "2027-02-28 16:00",
            "海南省教育厅关于做好2027年春季学期开学工作的通知",
            ["各市县教育局：春季学期将于3月2日开学，请各地做好校园安全排查和疫病防控工作。"]),
    hn_traffic=(HN + "/202703/t20270304_3812540.html", "2027-03-04 09:30",
                "海口美兰机场新增两条国内航线",
                ["海口美兰国际机场3月起新增海口至包头、海口至喀什两条国内航线，每周各执飞3班。"]),
    hn_old=(HN + "/202702/t20270220_3808102.html", "2027-02-20 10:00",
            "海南省人民政府关于公布2027年省重点项目名单的通知",
            ["经省政府同意，现将2027年省重点项目名单予以公布。", "名单详见附件。"]),
    por_phone=(POR + "/news/2027/0304/2010_88390.html", "2027-03-04 20:10",
               "测评：三款千元级降噪耳机横评 谁的通话更清晰",
               ["我们选取了三款售价在千元以内的降噪耳机，从降噪深度、通话和续航三方面进行对比。",
                "综合来看，三款产品各有侧重，建议按需选购。"]),
    por_sport=(POR + "/news/2027/0303/2130_88276.html", "2027-03-03 21:30",
               "中超新赛季首轮：卫冕冠军主场2比1取胜",
               ["中超联赛新赛季3日开赛，卫冕冠军主场2比1逆转取胜。"]),
)
for key, (path, when, title, body) in D.items():
    page(path, "distractor", when, title, body, source=PUB[path.split("/")[1]], did=key)


# ======================================================================================
# Rendering
# ======================================================================================
def x(s: str) -> str:
    return escape(s, quote=False)


def paras(body: list, tag: str = "p") -> str:
    out = []
    for b in body:
        if isinstance(b, str):
            out.append(f"<{tag}>{x(b)}</{tag}>")
        elif b[0] == "h":
            out.append(f"<{tag}><strong>{x(b[1])}</strong></{tag}>")
        elif b[0] == "c":
            out.append(f'<{tag} style="text-align:center">{x(b[1])}</{tag}>')
        elif b[0] == "r":
            out.append(f'<{tag} style="text-align:right">{x(b[1])}</{tag}>')
        elif b[0] == "note":
            out.append(f'<div class="editor-note"><{tag}>{x(b[1])}</{tag}></div>')
    return "\n".join(out)


def ymd(p: dict) -> tuple[str, str, str]:
    return tuple(p["date"].split("-"))  # type: ignore[return-value]


def render_gov(p: dict) -> str:
    col = p.get("column", "")
    title_tag = f"{p['title']}_{col}_中国政府网" if col else f"{p['title']}_中国政府网"
    head = (f'<div class="title">{x(p["title"])}</div>' if p.get("headline_in_div")
            else f'<h1 id="ti">{x(p["title"])}</h1>')
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
{MARK}
<title>{x(title_tag)}</title>
<meta name="keywords" content="{x(p['title'])}">
</head><body>
<div class="header"><a href="/www.gov.cn/index.html">中国政府网</a> <a href="/www.gov.cn/yaowen/liebiao/index.html">要闻</a> <a href="/www.gov.cn/yaowen/liebiao/index.html">政策</a> <a href="/www.gov.cn/yaowen/liebiao/index.html">互动</a> <a href="/www.gov.cn/yaowen/liebiao/index.html">服务</a></div>
<div class="BreadcrumbNav">首页 &gt; 要闻 &gt; 滚动</div>
<div class="article oneColumn pub_border">
{head}
<div class="pages-date">{p['date']} {p['time']}<span class="font">来源： {x(p['source'])}</span><span class="font index_switchsize">字号：默认 大 超大</span></div>
<div class="pages_content" id="UCAP-CONTENT">
{paras(p['body'])}
</div>
<div class="editor">【我要纠错】 责任编辑：王某</div>
</div>
<div class="footer"><p>主办单位：国务院办公厅　运行维护单位：中国政府网运行中心</p>
<p>版权所有：中国政府网　京ICP备XXXXXXXX号　京公网安备XXXXXXXXXXXXXX号</p></div>
</body></html>
"""


def render_ndrc(p: dict) -> str:
    if p.get("nested_tables"):
        rows = []
        for b in p["body"]:
            if isinstance(b, str):
                t = x(b).replace("165元", '<font color="#c00000">165元</font>')
                rows.append(f'&nbsp;&nbsp;&nbsp;&nbsp;<font face="仿宋_GB2312" size="3">{t}</font><br>')
            elif b[0] == "c":
                rows.append(f'<div align="center"><font size="3">{x(b[1])}</font></div><br>')
            elif b[0] == "r":
                rows.append(f'<div align="right"><font size="3">{x(b[1])}</font></div>')
        body = "\n".join(rows)
        main = f"""<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="dqwz">当前位置：<a href="/www.ndrc.gov.cn/index.html">首页</a>&nbsp;&gt;&nbsp;<a href="/www.ndrc.gov.cn/xxgk/zcfb/tz/index.html">通知</a></td></tr>
<tr><td align="center" height="60"><font size="5" color="#003399"><b>{x(p['title'])}</b></font></td></tr>
<tr><td align="center"><font color="#666666">发布时间：{p['date'].replace('-', '/')}&nbsp;&nbsp;&nbsp;&nbsp;来源：{x(p['source'])}</font></td></tr>
<tr><td>
<table width="94%" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="TRS_Editor" style="line-height:32px">
{body}
</td></tr></table>
</td></tr>
<tr><td align="center"><a href="javascript:window.print()">[打印本页]</a>&nbsp;<a href="javascript:window.close()">[关闭窗口]</a></td></tr>
</table>
</td></tr></table>"""
    else:
        main = f"""<div class="container"><div class="article">
<h2 class="article_title">{x(p['title'])}</h2>
<div class="time">发布时间：{p['date'].replace('-', '/')}　来源：{x(p['source'])}</div>
<div class="article_con">{paras(p['body'])}</div></div></div>"""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{MARK}
<title>{x(p['title'])}_国家发展和改革委员会</title></head>
<body bgcolor="#ffffff">
<div class="top"><a href="/www.ndrc.gov.cn/index.html">国家发展和改革委员会</a> | <a href="/www.ndrc.gov.cn/xxgk/zcfb/tz/index.html">政务公开</a> | <a href="/www.ndrc.gov.cn/xxgk/zcfb/tz/index.html">发展改革工作</a></div>
{main}
<div class="footer">版权所有：国家发展和改革委员会　京ICP备XXXXXXXX号<br>地址：北京市西城区月坛南街38号　电话：010-XXXXXXXX</div>
</body></html>
"""


def render_nda(p: dict) -> str:
    y, m, d = ymd(p)
    return f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8">
{MARK}
<title>{x(p['title'])}-国家数据局</title>
<meta name="ArticleTitle" content="{x(p['title'])}">
<meta name="PubDate" content="{p['date']} {p['time']}">
<meta name="ContentSource" content="{x(p['source'])}">
</head><body>
<div class="nav"><a href="/www.nda.gov.cn/index.html">首页</a> <a href="/www.nda.gov.cn/index.html">机构概况</a> <a href="/www.nda.gov.cn/index.html">政务公开</a> <a href="/www.nda.gov.cn/index.html">数据动态</a></div>
<div class="crumb">您的位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="detail">
<h1>{x(p['title'])}</h1>
<div class="info"><span>日期：{y}年{m}月{d}日</span>　<span>来源：{x(p['source'])}</span></div>
<div class="content">{paras(p['body'])}</div>
</div>
<div class="foot"><p>主办单位：国家数据局　网站标识码：XXXXXXXXXX　京ICP备XXXXXXXX号-1</p></div>
</body></html>
"""


def render_xh(p: dict) -> str:
    y, m, d = ymd(p)
    if p.get("empty"):
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
{MARK}
<title></title></head><body>
<div class="header"><a href="/www.news.cn/index.html">新华网</a> <a href="/www.news.cn/index.html">时政</a> <a href="/www.news.cn/index.html">财经</a></div>
<div class="head-line"><h1><span class="title"></span></h1></div>
<div id="detail"></div>
<div class="foot">版权所有 新华网 京ICP备XXXXXXXX号</div>
</body></html>
"""
    script = ""
    visible = ""
    if p.get("script_json_date"):
        ld = dict(context="https://schema.org", type="NewsArticle", headline="新型储能价格机制研究取得进展",
                  datePublished=p["script_json_date"], dateModified=p["script_json_date"])
        ld = {("@" + k if k in ("context", "type") else k): v for k, v in ld.items()}
        script = ('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>\n"
                  f'<script>var pubtime = "{p["script_json_date"][:10]} 09:30:00"; var contentid = "{p["path"].split("/")[-2]}";</script>')
        visible = f'<div class="source-line">发布时间：{p["date"]} {p["time"]}　来源：新华网</div>'
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
{MARK}
<title>{x(p['title'])}-新华网</title>
<meta name="publishdate" content="{p['date']}">
{script}
</head><body>
<div class="header"><a href="/www.news.cn/index.html">新华网</a> <a href="/www.news.cn/index.html">时政</a> <a href="/www.news.cn/index.html">财经</a> <a href="/www.news.cn/index.html">体育</a></div>
<div class="header-cont">
<div class="header-time left"><span class="year"><em> {y}</em></span><span class="day"><em> {m}</em>/<em>{d}</em></span><span class="time"> {p['time']}:00</span></div>
<div class="source">来源：{x(p['source'])}</div>
<div class="head-line"><h1><span class="title">{x(p['title'])}</span></h1></div>
</div>
{visible}
<div id="detail">{paras(p['body'])}</div>
<div class="editor">【责任编辑: 赵某】</div>
<div class="foot">版权所有 新华网　京ICP备XXXXXXXX号　违法和不良信息举报电话：XXXXXXXXXXX</div>
</body></html>
"""


def render_std(p: dict) -> str:
    info = f"来源：{x(p['source'])}"
    if not p.get("no_date"):
        info += f"　{p['date']} {p['time']}"
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
{MARK}
<title>{x(p['title'])} - 科技日报</title></head><body>
<div class="nav"><a href="/www.stdaily.com/index.html">首页</a> <a href="/www.stdaily.com/index/kejixinwen/index.html">科技新闻</a> <a href="/www.stdaily.com/index/kejixinwen/index.html">评论</a></div>
<div class="detail-box">
<h1>{x(p['title'])}</h1>
<div class="info">{info}</div>
<div class="detail-text">{paras(p['body'])}</div>
</div>
<div id="comments" class="comment-box"><h3>网友评论</h3><p>暂无评论。</p></div>
<div class="footer"><p>科技日报社版权所有　京ICP备XXXXXXXX号</p></div>
</body></html>
"""


def render_hn(p: dict) -> str:
    y, m, d = ymd(p)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
{MARK}
<title>{x(p['title'])}_海南省人民政府网</title></head><body>
<div class="top"><a href="/www.hainan.gov.cn/hainan/szfwj/index.html">海南省人民政府网</a> <a href="/www.hainan.gov.cn/hainan/szfwj/index.html">政务公开</a> <a href="/www.hainan.gov.cn/hainan/szfwj/index.html">省政府文件</a></div>
<div class="location">当前位置：首页 &gt; 政务公开 &gt; 省政府文件</div>
<table class="xxgk" width="100%"><tr><td>发布机构：{x(p['source'])}</td><td>发布日期：{y}年{m}月{d}日</td></tr></table>
<div class="zx-xxxqy">
<h2>{x(p['title'])}</h2>
<div class="zx-xxxqy-nr">{paras(p['body'])}</div>
</div>
<div class="foot"><p>主办：海南省人民政府办公厅　琼ICP备XXXXXXXX号</p><p>【打印本页】【关闭窗口】</p></div>
</body></html>
"""


def render_por(p: dict) -> str:
    y, m, d = ymd(p)
    related = ""
    if p.get("related_source"):
        related = (f'<div class="side-related"><h3>相关新闻</h3><ul><li><a href="{P["T5o"]}">科技伦理治理要跟上技术发展</a>'
                   f'<span>来源：{x(p["related_source"])}</span></li></ul></div>')
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
{MARK}
<title>{x(p['title'])}_九州资讯网</title></head><body>
<div class="topnav"><a href="/www.example-portal.cn/index.html">九州资讯</a> <a href="/www.example-portal.cn/index.html">新闻</a> <a href="/www.example-portal.cn/index.html">财经</a> <a href="/www.example-portal.cn/index.html">科技</a> <a href="/www.example-portal.cn/index.html">体育</a></div>
{related}
<div class="main-article">
<h1>{x(p['title'])}</h1>
<div class="byline">{y}年{m}月{d}日 {p['time']}　来源：{x(p['source'])}</div>
<div class="article-body">{paras(p['body'])}</div>
<p class="statement">本文为转载，仅代表作者观点。</p>
</div>
<div class="footer">九州资讯网　客服电话：400-XXX-XXXX　增值电信业务经营许可证：京B2-XXXXXXXX</div>
</body></html>
"""


RENDER = {"www.gov.cn": render_gov, "www.ndrc.gov.cn": render_ndrc, "www.nda.gov.cn": render_nda,
          "www.news.cn": render_xh, "www.stdaily.com": render_std, "www.hainan.gov.cn": render_hn,
          "www.example-portal.cn": render_por}


def pages_of(host: str) -> list[dict]:
    return sorted((p for p in PAGES if p["host"] == host), key=lambda p: (p["date"], p["time"]), reverse=True)


def relto(base_dir: str, path: str) -> str:
    assert path.startswith(base_dir)
    return path[len(base_dir):]


# ----- list pages -----------------------------------------------------------------------
def list_gov() -> str:
    """<base href> at the site root; links are relative to it, not to the list page."""
    items = "\n".join(
        f'<li><a href="{relto("/www.gov.cn/", p["path"])}" target="_blank">{x(p["title"])}</a><span class="date">{p["date"]}</span></li>'
        for p in pages_of("www.gov.cn"))
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<base href="/www.gov.cn/">
{MARK}
<title>滚动新闻_中国政府网</title></head><body>
<div class="header"><a href="index.html">首页</a> <a href="yaowen/liebiao/index.html">要闻</a> <a href="yaowen/liebiao/index.html">政策</a> <a href="yaowen/liebiao/index.html">数据</a></div>
<div class="list list_1"><h2>滚动</h2><ul>
{items}
</ul></div>
<div class="footer">版权所有：中国政府网　京ICP备XXXXXXXX号</div>
</body></html>
"""


def list_ndrc() -> str:
    base = NDRC + "/"
    rows = "\n".join(
        f'<li><a href="./{relto(base, p["path"])}" title="{x(p["title"])}">{x(p["title"])}</a><span>{p["date"].replace("-", "/")}</span></li>'
        for p in pages_of("www.ndrc.gov.cn"))
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{MARK}
<title>通知_国家发展和改革委员会</title>
<script>function openWin(id) {{ window.open('/www.ndrc.gov.cn/xxgk/zcfb/tz/detail.jsp?id=' + id); }}</script></head>
<body>
<div class="top"><a href="/www.ndrc.gov.cn/index.html">首页</a> | <a href="javascript:void(0)" onclick="openWin('nav')">机构设置</a> | <a href="/www.ndrc.gov.cn/xxgk/zcfb/tz/index.html">通知</a></div>
<ul class="u-list">
<li><a href="javascript:void(0)" onclick="openWin('1401240')">关于2027年能源领域新质生产力重大项目清单的公示</a><span>2027/03/03</span></li>
{rows}
<li><a onclick="openWin('1400901')" style="cursor:pointer">国家发展改革委关于加快新型储能价格政策落地的函</a><span>2027/02/26</span></li>
</ul>
<div class="page">共1页　<a href="javascript:void(0)">上一页</a> <a href="javascript:void(0)">下一页</a></div>
<div class="footer">版权所有：国家发展和改革委员会　京ICP备XXXXXXXX号</div>
</body></html>
"""


def list_std() -> str:
    rows = []
    entries = [(p["path"], p["title"], p.get("no_date"), p["date"]) for p in pages_of("www.stdaily.com")]
    entries += [(m["path"], m["title"], False, m["date"]) for m in MISSING]
    entries.sort(key=lambda e: e[0], reverse=True)
    for i, (path, title, no_date, d) in enumerate(entries):
        when = "" if no_date else f'<span class="time">{d}</span>'
        rows.append(f'<li><a href="{path}">{x(title)}</a>{when} <a href="{path}#comments" class="cmt">评论({3 + 2 * i})</a></li>')
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
{MARK}
<title>科技新闻 - 科技日报</title></head><body>
<div class="nav"><a href="/www.stdaily.com/index.html">首页</a> <a href="/www.stdaily.com/index/kejixinwen/index.html">科技新闻</a> <a href="#top">返回顶部</a></div>
<ul class="news-list">
{chr(10).join(rows)}
</ul>
<div class="footer">科技日报社版权所有　京ICP备XXXXXXXX号</div>
</body></html>
"""


HN_PAGE1 = 7  # newest items on index.html; the rest on index_1.html


def list_hn(n: int) -> str:
    pages = pages_of("www.hainan.gov.cn")
    chunk = pages[:HN_PAGE1] if n == 0 else pages[HN_PAGE1:]
    rows = "\n".join(
        f'<li><a href="./{relto(HN + "/", p["path"])}" target="_blank">{x(p["title"])}</a><span>{p["date"]}</span></li>'
        for p in chunk)
    nav = ('<span>首页</span> <span>上一页</span> <a href="index_1.html">下一页</a> <a href="index_1.html">尾页</a>　第1页/共2页'
           if n == 0 else
           '<a href="index.html">首页</a> <a href="index.html">上一页</a> <span>下一页</span> <span>尾页</span>　第2页/共2页')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
{MARK}
<title>省政府文件_海南省人民政府网</title></head><body>
<div class="top"><a href="/www.hainan.gov.cn/hainan/szfwj/index.html">海南省人民政府网</a> <a href="/www.hainan.gov.cn/hainan/szfwj/index.html">政务公开</a></div>
<ul class="list-ul">
{rows}
</ul>
<div class="page">{nav}</div>
<div class="foot">主办：海南省人民政府办公厅　琼ICP备XXXXXXXX号</div>
</body></html>
"""


# ----- feeds ----------------------------------------------------------------------------
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rfc822(p: dict) -> str:
    import datetime as _dt
    y, m, d = (int(v) for v in p["date"].split("-"))
    wd = DAYS[_dt.date(y, m, d).weekday()]
    return f"{wd}, {d:02d} {MONTHS[m - 1]} {y} {p['time']}:00 +0800"


def rss_nda() -> str:
    items = []
    for p in pages_of("www.nda.gov.cn"):
        title = x(p["title"])
        if p.get("did") == "nda_std":
            # malformed: a raw "&" that starts no entity
            title = "关于数据标注服务质量要求等国家标准（R&D 版）征求意见稿的公示"
        if p["path"] == P["T3o"]:
            link = f'<guid isPermaLink="true">{p["path"]}</guid>'
        else:
            link = f"<link>\n        {p['path']}\n      </link>\n      <guid isPermaLink=\"false\">nda-{p['path'].split('/')[-1][:14]}</guid>"
        items.append(f"""    <item>
      <title>{title}</title>
      {link}
      <pubDate>{rfc822(p)}</pubDate>
      <description>{x(p['title'])}</description>
    </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
{FEED_MARK}
<rss version="2.0">
  <channel>
    <title>国家数据局 - 数据动态</title>
    <link>
      /www.nda.gov.cn/index.html
    </link>
    <description>国家数据局通知公告</description>
    <language>zh-cn</language>
{chr(10).join(items)}
  </channel>
</rss>
"""


def atom_xh() -> str:
    entries = []
    for p in pages_of("www.news.cn"):
        title = p.get("feed_title") or p["title"]
        ts = f"{p['date']}T{p['time']}:00+08:00"
        entries.append(f"""  <entry>
    <title>{x(title)}</title>
    <link rel="self" type="application/atom+xml" href="/www.news.cn/xml/atom_yaowen.xml"/>
    <link rel="alternate" type="text/html" href="{p['path']}"/>
    <id>tag:news.cn,2027:{p['path'].split('/')[-2]}</id>
    <published>{ts}</published>
    <updated>{ts}</updated>
    <summary>{x(title)}</summary>
  </entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
{FEED_MARK}
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>新华网 要闻</title>
  <link rel="self" href="/www.news.cn/xml/atom_yaowen.xml"/>
  <link rel="alternate" type="text/html" href="/www.news.cn/index.html"/>
  <id>tag:news.cn,2027:yaowen</id>
  <updated>2027-03-05T12:05:00+08:00</updated>
{chr(10).join(entries)}
</feed>
"""


def rss_por() -> str:
    items = "\n".join(f"""    <item>
      <title>{x(p['title'])}</title>
      <link>{p['path']}</link>
      <pubDate>{rfc822(p)}</pubDate>
    </item>""" for p in pages_of("www.example-portal.cn"))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
{FEED_MARK}
<rss version="2.0">
  <channel>
    <title>九州资讯网 滚动新闻</title>
    <link>/www.example-portal.cn/index.html</link>
    <description>九州资讯网滚动新闻</description>
{items}
  </channel>
</rss>
"""


# ----- gold, registry, README -----------------------------------------------------------
def thread_pages(tid: str) -> list[dict]:
    order = {"original": 0, "reprint": 1, "commentary": 2}
    return sorted((p for p in PAGES if p["thread"] == tid), key=lambda p: (order[p["kind"]], p["date"]))


def gold() -> dict:
    threads = []
    for t in THREADS:
        ps = thread_pages(t["id"])
        orig = ps[0]
        threads.append(dict(id=t["id"], title=t["title"], importance=t["importance"],
                            articles=[p["path"] for p in ps], original=orig["path"],
                            publisher=PUB[orig["host"]], key_facts=t["key_facts"],
                            deadlines=t["deadlines"], entities=t["entities"]))
    arts = {}
    for p in sorted(PAGES, key=lambda p: p["path"]):
        arts[p["path"]] = dict(relevant=p["kind"] in ("original", "reprint", "commentary"),
                               thread=p["thread"], publisher=PUB[p["host"]], published=p["date"],
                               kind=p["kind"])
    for m in MISSING:
        arts[m["path"]] = dict(relevant=False, thread=None, publisher=PUB[m["path"].split("/")[1]],
                               published=m["date"], kind="broken")
    return dict(brief_date=BRIEF_DATE, threads=threads, articles=dict(sorted(arts.items())))


def sources_yaml() -> str:
    lines = ["# Source registry for the synthetic corpus own-2027-03-05 (paths are under the served root).",
             "# portal is a fictional site; the others imitate real sites' structure only.", "sources:"]
    for s in SOURCES:
        lines += [f"  - id: {s['id']}", f"    name: {s['name']}", f"    name_en: \"{s['name_en']}\"",
                  f"    kind: {s['kind']}", f"    url: {s['url']}", f"    authority: {s['authority']}"]
    return "\n".join(lines) + "\n"


README = """# own-2027-03-05 — synthetic test corpus: messy real-world HTML and crawling

**This is synthetic test data.** Every story, figure, document number, name and quotation in it is
fictional, written to test the 新质生产力每日动态 generator. The pages imitate only the *structure* of
the named sites; they are not copies of real pages and must not be cited as real news.
`www.example-portal.cn` (九州资讯网) is an invented site. Phone, ICP and licence numbers are masked with X.

It imitates what a crawler would see on the morning of **2027-03-05** (window 7 days: pages published
2027-02-26 … 2027-03-05 are current). The corpus concentrates on crawling and markup mess rather than
on analysis. Regenerate with `python3 ../make_own-2027-03-05.py`; verify with
`python3 ../check_own-2027-03-05.py`. Format: the shared corpus spec `FORMAT.md`.

## Contents

{nfiles} files under `site/`: {narticles} article pages, 5 list pages (Hainan's list has two pages),
3 feeds (2 RSS, 1 Atom), 7 site home pages. `gold.json` lists every article page plus the one missing link:
{kinds}.

| source id | site | kind | crawling / template notes |
|---|---|---|---|
| govcn | www.gov.cn 中国政府网 | listpage | list has `<base href="/www.gov.cn/">`; links like `yaowen/liebiao/202703/…` are relative **to the base**, not the list page; T1 headline only in `<div class="title">`, `<title>` is `headline_滚动新闻_中国政府网` |
| ndrc | www.ndrc.gov.cn 国家发展和改革委员会 | listpage | `./202703/…` links plus a `javascript:void(0)` + `onclick` item and an `onclick`-only `<a>` with no href (both look like news titles; ignore them); T2 original and the stale page use the old nested-table template (`<font>`, `&nbsp;` indents, `<br>` instead of `<p>`), `发布时间：2027/03/02` |
| nda | www.nda.gov.cn 国家数据局 | RSS | `<link>` values wrapped in newlines and spaces; the T3 original's item has **no `<link>`**, only `<guid isPermaLink="true">`; one malformed item (raw `&`) |
| xinhua | www.news.cn 新华网 | Atom | feed-level and entry-level `<link rel="self">` (the feed itself) beside `<link rel="alternate" href>`; date split over `<em>`s in the header plus `<meta name="publishdate">`; T2 reprint has `application/ld+json` and a `var pubtime` with **2026-11-18** while its visible `发布时间：2027-03-02 19:20` is right |
| stdaily | www.stdaily.com 科技日报 | listpage | **directory-style** links `…/2027/0303/c12345/` (served from `…/c12345/index.html`); every item has a second link `…/#comments`; T1 commentary has **no date on the page or the list** (only `2027/0305` in the URL); T3 commentary opens with 编者按 and a `原标题：…` line |
| hainan | www.hainan.gov.cn 海南省人民政府 | listpage | **GBK** (`charset=gbk`); paginated: `index.html` (7 newest) → `index_1.html` via `下一页`; `发布日期：2027年03月03日` in a metadata table |
| portal | www.example-portal.cn 九州资讯网 | RSS | T2 reprint credited `来源：新华社客户端` (not in sources.yaml); T5 reprint has a related-news box `来源：经济日报` **before** its real byline `来源：中国政府网` |

### Threads

| id | importance | original publisher | pages | thread |
|---|---|---|---|---|
{thread_rows}

Pages per thread (original first):

{thread_pages}

Notes:
- T1 (政府工作报告) is published on the brief date itself; the gov.cn page is an excerpt of the report.
  Its stdaily commentary has its date only in the URL (`/2027/0305/c12401/`).
- T2: the NDRC notice's date under the signature (2027年2月24日) is a date of writing, not the
  publication date. `2027年4月1日` is an **effective date** (key fact, not a deadline); the deadline is
  2027年5月31日前. The portal reprint copies Xinhua's text and says `来源：新华社客户端`; its gold
  publisher is the host's registry name 九州资讯网.
- T3: `截至2027年2月底` is an as-of date (key fact, not a deadline); the deadline is `申报截止2027年3月31日`.
  The original is reachable only through the RSS item's `<guid isPermaLink="true">`; gov.cn reprints it
  (来源 国家数据局网站) and stdaily comments on it.
- T4: the original (2027-03-03) is on list page 1. The 省政府常务会议 report (2027-02-27, commentary,
  relevant) is **only on list page 2** (`index_1.html`). It is in gold as a relevant page, but no key fact
  depends on it: a system that does not follow `下一页` loses nothing in the score, so missing it is fine.
- T5 (importance 3) is not counted in thread/fact recall by the scorer.

### Stale pages (same topics, other figures)

| path | published | title |
|---|---|---|
{stale_rows}

The 2027-02-24 NDA page is **9 days** before the brief date (two days before the window opens) and
carries the previous month's figures (截至2027年1月底, 409个, 980家, 61亿元). The NDRC 2026 consultation
draft says 120元/80%; the Hainan 2026 page says 1000万元 (on list page 2).

### Deliberate faults

1. **404**: the stdaily list links `{missing}` (directory-style; the directory does not exist). Gold kind `broken`.
2. **Empty page**: `{empty}` is in the Atom feed with a title and summary but the page is an empty shell (kind `broken`).
3. **Malformed feed item**: the NDA RSS item for `{nda_std}` has a raw `&` in its title, so the whole feed is
   not well-formed XML; the feed parses once that item is removed.
4. **Date only in URL**: `{t1c}`.
5. **GBK**: all `www.hainan.gov.cn` files (list pages and articles) are GBK bytes with `charset=gbk`.
6. **Ignored links**: `javascript:void(0)`/`onclick` items on the NDRC list, `#comments` duplicates and a `#top`
   anchor on the stdaily list, `javascript:window.print()` on NDRC articles.
7. **Older date in script**: `{t2x}` (JSON-LD and `var pubtime` say 2026-11-18; visible date 2027-03-02).

### Distractors

{ndistr} pages: weather (gov.cn 气温回升, Hainan 大雾预警), personnel (国务院任免, Hainan 任免, NDA 拟录用),
procurement (NDRC 中标结果, Hainan 物业采购), meeting notices without content (春季农业生产电视电话会议,
青年科学家论坛议程), a stock move mentioning 储能 (Xinhua), gadget reviews (stdaily 折叠屏, portal 耳机),
sports (短道速滑, 中超), tourism, 标准 公示 (NDRC 行业标准报批稿, NDA 国家标准征求意见稿 — the latter mentions
数据标注), a province's 2027 重点项目 list (2027-02-20, outside the window, on Hainan page 2).

## gold.json notes

- `publisher` of an article is the registry name of the site that hosts it; a thread's `publisher` is
  that of its original page.
- Directory-style pages are keyed in gold by the URL as linked (ending in `/`), e.g. `{t1c}`;
  the file is `…/index.html` under it.
- `key_facts` are literal strings of the thread's pages; no key fact is a substring of another; the
  stale pages repeat none of the numeric key facts (all checked by the checker).
- `published` is the Beijing-time date the page shows (for the 404, the date the list page shows).
"""


def readme(g: dict, nfiles: int) -> str:
    kinds = Counter(a["kind"] for a in g["articles"].values())
    rows = []
    tp = []
    for t in g["threads"]:
        rows.append(f"| {t['id']} | {t['importance']} | {t['publisher']} | {len(t['articles'])} | {t['title']} |")
        tp.append(f"- **{t['id']}**: " + "; ".join(
            f"`{p}` ({g['articles'][p]['kind']}, {g['articles'][p]['publisher']}, {g['articles'][p]['published']})"
            for p in t["articles"]))
    stale = [f"| `{p['path']}` | {p['date']} | {p['title']} |" for p in PAGES if p["kind"] == "stale"]
    narticles = len(PAGES)
    return README.format(
        nfiles=nfiles, narticles=narticles,
        kinds=", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
        thread_rows="\n".join(rows), thread_pages="\n".join(tp), stale_rows="\n".join(stale),
        missing=P["MISSING"], empty=P["EMPTY"], nda_std=D["nda_std"][0], t1c=P["T1c"], t2x=P["T2x"],
        ndistr=kinds["distractor"])


def home_page(host: str) -> str:
    lists = [s["url"] for s in SOURCES if s["url"].split("/")[1] == host]
    links = " ".join(f'<a href="{u}">栏目</a>' for u in lists)
    name = PUB[host]
    return f"""<!DOCTYPE html>
<html><head><meta charset="{ENCODING.get(host, 'utf-8')}">
{MARK}
<title>{x(name)}</title></head><body>
<div class="nav"><a href="/{host}/index.html">首页</a> {links}</div>
<div class="footer">{x(name)}　ICP备XXXXXXXX号</div>
</body></html>
"""


def file_of(path: str) -> str:
    return path + "index.html" if path.endswith("/") else path


def write(path: str, text: str, encoding: str = "utf-8") -> None:
    f = SITE / file_of(path).lstrip("/")
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_bytes(text.encode(encoding))


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    SITE.mkdir(parents=True)
    for p in PAGES:
        write(p["path"], RENDER[p["host"]](p), ENCODING.get(p["host"], "utf-8"))
    write(SOURCES[0]["url"], list_gov())
    write(SOURCES[1]["url"], list_ndrc())
    write(SOURCES[4]["url"], list_std())
    write(SOURCES[5]["url"], list_hn(0), "gbk")
    write(HN + "/index_1.html", list_hn(1), "gbk")
    write(SOURCES[2]["url"], rss_nda())
    write(SOURCES[3]["url"], atom_xh())
    write(SOURCES[6]["url"], rss_por())
    for host in PUB:
        write(f"/{host}/index.html", home_page(host), ENCODING.get(host, "utf-8"))
    g = gold()
    (OUT / "gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (OUT / "corpus.json").write_text(json.dumps(dict(brief_date=BRIEF_DATE, window_days=WINDOW_DAYS, title=TITLE),
                                                ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (OUT / "sources.yaml").write_text(sources_yaml(), encoding="utf-8")
    nfiles = sum(1 for f in SITE.rglob("*") if f.is_file())
    (OUT / "README.md").write_text(readme(g, nfiles), encoding="utf-8")


if __name__ == "__main__":
    main()
