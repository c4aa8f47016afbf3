#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the synthetic hard-case test corpus ``own-2027-01-14``.

Every story in it is FICTIONAL test data, written to test the "新质生产力每日动态"
brief generator. The pages imitate the structure of the named sites (templates,
date lines, encodings, list pages, feeds); their contents are invented.

Hard cases: two same-day threads from one ministry with overlapping vocabulary, a
commentary discussing both, reprints that write figures differently (1,700 / ２０２７年 /
百分之六十), a Chinese-numeral date line, a page dated only by <meta name="PubDate">,
a local original whose central reprint has a feed pubDate a day too early, an English
version of an original, deadline / effective-date / as-of wording, a year boundary
inside the window and list dates without a year.

Run:  python3 make_own-2027-01-14.py
It deletes and rebuilds the folder ``own-2027-01-14`` next to this script.
Only the standard library is used; the output is deterministic.
"""
from __future__ import annotations

import json
import posixpath
import shutil
from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "own-2027-01-14"
OUT = HERE / NAME
SITE = OUT / "site"
BRIEF_DATE = "2027-01-14"
WINDOW_DAYS = 21
TITLE = "新质生产力每日动态"
MARK = ("<!-- synthetic test page: fictional content imitating this site's layout, "
        "written to test a daily-brief generator -->")
FEED_MARK = ("<!-- synthetic test feed: fictional content imitating the site's feed, "
             "for testing a daily-brief generator -->")

# --------------------------------------------------------------------------------------
# Source registry
# --------------------------------------------------------------------------------------
SOURCES = [
    dict(id="miit", host="www.miit.gov.cn", name="工业和信息化部",
         name_en="Ministry of Industry and Information Technology", kind="listpage",
         url="/www.miit.gov.cn/xwfb/zxfb/index.html", authority="ministry"),
    dict(id="govcn", host="www.gov.cn", name="中国政府网",
         name_en="Chinese Government Portal (www.gov.cn)", kind="rss",
         url="/www.gov.cn/rss/zhengce.xml", authority="central"),
    dict(id="zhejiang", host="www.zj.gov.cn", name="浙江省人民政府",
         name_en="People's Government of Zhejiang Province", kind="listpage",
         url="/www.zj.gov.cn/col/col1229019364/index.html", authority="local"),
    dict(id="most", host="www.most.gov.cn", name="科学技术部",
         name_en="Ministry of Science and Technology", kind="listpage",
         url="/www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/qtwj/index.html", authority="ministry"),
    dict(id="nda", host="www.nda.gov.cn", name="国家数据局",
         name_en="National Data Administration", kind="listpage",
         url="/www.nda.gov.cn/sjj/swdt/sjdt/list/index_pc_1.html", authority="ministry"),
    dict(id="people", host="www.people.com.cn", name="人民网",
         name_en="People's Daily Online", kind="rss",
         url="/www.people.com.cn/rss/finance.xml", authority="media"),
    dict(id="xinzhi", host="www.example-xinzhi.cn", name="新质前沿网",
         name_en="New Quality Frontier (fictional tech-policy media)", kind="atom",
         url="/www.example-xinzhi.cn/feed/atom.xml", authority="media"),
]
PUB = {s["host"]: s["name"] for s in SOURCES}
ENCODING = {"www.most.gov.cn": "gbk"}

# --------------------------------------------------------------------------------------
# Threads
# --------------------------------------------------------------------------------------
T1_DOC = "《人工智能工业应用场景推广行动方案（2027—2028年）》"
T2_DOC = "《工业互联网安全分类分级防护能力提升行动计划（2027—2028年）》"
T3_DOC = "《浙江省低空飞行服务管理办法》"
T4_DOC = "《国家数据基础设施建设先行区名单（第一批）》"
T5_DOC = "《国家重点研发计划“具身智能与人形机器人”重点专项2027年度项目申报指南》"
T6_NAME = "2027新质生产力创新应用案例征集活动"

THREADS = [
    dict(id="T1", importance=1,
         title="工业和信息化部印发人工智能工业应用场景推广行动方案，到2028年推广1700个典型应用场景",
         key_facts=[T1_DOC, "1700个", "300家", "60%", "12个", "2027年2月28日"],
         deadlines=[dict(date="2027-02-28", what="各省级工业和信息化主管部门报送首批人工智能工业应用典型场景推荐名单")],
         entities=["工业和信息化部", "科技司"]),
    dict(id="T2", importance=1,
         title="工业和信息化部印发工业互联网安全分类分级防护能力提升行动计划，到2028年完成8000家重点企业分类分级",
         key_facts=[T2_DOC, "8000家", "85%", "150家", "35个", "4.6万家", "2027年3月15日"],
         deadlines=[dict(date="2027-03-15", what="工业互联网安全分类分级防护贯标试点申报纸质材料寄送截止（以邮戳为准）")],
         entities=["工业和信息化部", "网络安全管理局"]),
    dict(id="T3", importance=2,
         title="浙江省公布《浙江省低空飞行服务管理办法》，自2027年3月1日起施行",
         key_facts=[T3_DOC, "2027年3月1日", "六章四十二条", "860个", "312条", "29个"],
         deadlines=[],
         entities=["浙江省人民政府", "浙江省发展和改革委员会"]),
    dict(id="T4", importance=2,
         title="国家数据局公布首批12个国家数据基础设施建设先行区，预计带动投资2800亿元",
         key_facts=[T4_DOC, "12个", "2800亿元", "146个", "2027年3月31日"],
         deadlines=[dict(date="2027-03-31", what="先行区所在省级数据管理部门报送建设实施方案")],
         entities=["国家数据局"]),
    dict(id="T5", importance=2,
         title="科技部发布“具身智能与人形机器人”重点专项2027年度项目申报指南，拟支持18个项目方向、国拨经费概算9.6亿元",
         key_facts=[T5_DOC, "18个", "9.6亿元", "不超过4个", "2027年2月24日"],
         deadlines=[dict(date="2027-02-24", what="“具身智能与人形机器人”重点专项项目申报书网上填报截止")],
         entities=["科学技术部", "科技部高技术研究发展中心"]),
    dict(id="T6", importance=3,
         title="2027新质生产力创新应用案例征集活动启动，设6个方向、拟遴选50个优秀案例",
         key_facts=[T6_NAME, "6个方向", "50个", "2027年2月20日"],
         deadlines=[dict(date="2027-02-20", what="创新应用案例申报材料提交截止")],
         entities=["长三角数字经济产业联盟"]),
]

# --------------------------------------------------------------------------------------
# Pages. body items: str paragraph; ("h", t) heading; ("r", t) right; ("c", t) centred.
# --------------------------------------------------------------------------------------
PAGES: list[dict] = []


def page(path: str, kind: str, when: str, title: str, body: list, *, thread: str | None = None,
         source: str = "", **extra) -> dict:
    """Register one article page (``when`` is 'YYYY-MM-DD HH:MM:SS', Beijing time)."""
    d, t = when.split(" ")
    p = dict(path=path, host=path.split("/")[1], kind=kind, thread=thread, date=d, time=t,
             title=title, body=body, source=source, **extra)
    PAGES.append(p)
    return p


MIIT_ART = "/www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/"
P = dict(
    T1o=MIIT_ART + "2027/art_5b1e8c0a7d3f4e29b6a1c0d9e8f7a613.html",
    T2o=MIIT_ART + "2027/art_9e4d2b7a1c6f4a08a3b5d7e9f1c2b480.html",
    T1r="/www.gov.cn/zhengce/zhengceku/202701/content_7103215.htm",
    T1c="/www.example-xinzhi.cn/article/2027/0110/5531.html",
    T2r="/www.people.com.cn/n1/2027/0109/c1004-40883121.html",
    T3o="/www.zj.gov.cn/art/2027/1/11/art_1229019365_2601388.html",
    T3r="/www.gov.cn/lianbo/difang/202701/content_7103688.htm",
    T4o="/www.nda.gov.cn/sjj/swdt/xwfb/0106/20270106143015220961437_pc.html",
    T4e="/www.nda.gov.cn/sjj/en/news/c100012/n4815.html",
    T4r="/www.gov.cn/lianbo/bumen/202701/content_7102877.htm",
    T4p="/www.people.com.cn/n1/2027/0107/c1004-40881055.html",
    T5o="/www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/qtwj/qtwj2026/202612/t20261230_193204.html",
    T5p="/www.people.com.cn/n1/2026/1231/c1004-40876402.html",
    T6o="/www.example-xinzhi.cn/article/2027/0112/5568.html",
    T6p="/www.people.com.cn/n1/2027/0113/c1004-40886519.html",
    S1=MIIT_ART + "2025/art_2c7a9e1b4d8f4c36a0e2b5d7f9a1c347.html",
    S2="/www.miit.gov.cn/xwfb/gxdt/sjdt/art/2026/art_7f3b0c2d9e1a4b5c8d6e0f1a2b3c4d5e.html",
    S3="/www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/qtwj/qtwj2025/202512/t20251229_190877.html",
    S4="/www.nda.gov.cn/sjj/swdt/xwfb/1210/20261210101233410982271_pc.html",
    S5="/www.zj.gov.cn/art/2025/6/20/art_1229019365_2558120.html",
    S6="/www.people.com.cn/n1/2025/0110/c1004-40400321.html",
    MISSING="/www.miit.gov.cn/zwgk/zcwj/wjfb/tg/art/2027/art_0d1c2b3a4e5f46789a0b1c2d3e4f5a6b.html",
    EMPTY="/www.nda.gov.cn/sjj/ywpd/szzx/0108/20270108160211330571842_pc.html",
)

# ======================================================================================
# T1 / T2  工业和信息化部, same day, overlapping vocabulary
# ======================================================================================
T1_BODY = [
    ("c", "工信部科〔2027〕3号"),
    "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门，有关中央企业，有关单位：",
    f"为加快人工智能技术在工业领域规模化应用，推动新型工业化，现将{T1_DOC}印发给你们，请结合实际认真贯彻落实。"
    "请各省级工业和信息化主管部门组织遴选本地区首批人工智能工业应用典型场景，于2027年2月28日24时前将推荐名单报送工业和信息化部（科技司）。",
    ("r", "工业和信息化部"),
    ("r", "2027年1月5日"),
    ("c", "人工智能工业应用场景推广行动方案（2027—2028年）"),
    ("h", "一、总体要求"),
    "坚持场景牵引、应用驱动，坚持软硬协同、安全可控，聚焦研发设计、生产制造、质量管控、运维服务、供应链管理等环节，推动人工智能技术与工业互联网平台、工业软件深度融合，加快形成新质生产力。",
    "主要目标：到2028年，在原材料、装备制造、消费品、电子信息等12个重点行业推广1700个人工智能工业应用典型场景，培育300家人工智能赋能制造标杆企业，规模以上工业企业人工智能应用普及率达到60%。",
    ("h", "二、重点任务"),
    "（一）建设场景库。分行业梳理人工智能应用需求，建立国家人工智能工业应用场景库，实行动态更新，定期发布典型场景清单。",
    "（二）打造标杆企业。支持龙头企业依托工业互联网平台部署工业大模型，在工艺优化、缺陷检测、排产调度等环节形成可复制的解决方案。",
    "（三）夯实算力和数据支撑。推动工业数据分类分级管理，建设行业高质量数据集，引导智能算力向工业场景倾斜。",
    "（四）强化安全保障。加强工业大模型安全评估，落实数据安全和网络安全要求。",
    ("h", "三、保障措施"),
    "加强部省协同，统筹利用现有资金渠道，鼓励金融机构开发场景应用专项产品，建立年度评估机制。",
    ("h", "四、联系方式"),
    "工业和信息化部科技司　电话：010-6820XXXX",
]
page(P["T1o"], "original", "2027-01-08 15:00:00",
     f"工业和信息化部关于印发{T1_DOC}的通知", T1_BODY, thread="T1", source="科技司",
     related=[("工业和信息化部办公厅关于开展2025年人工智能工业应用典型场景征集工作的通知", P["S1"])])

T1R_BODY = [
    ("c", "工信部科〔2027〕3号"),
    "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门，有关中央企业，有关单位：",
    f"为加快人工智能技术在工业领域规模化应用，推动新型工业化，现将{T1_DOC}印发给你们，请结合实际认真贯彻落实。"
    "请各省级工业和信息化主管部门组织遴选本地区首批人工智能工业应用典型场景，于２０２７年２月２８日24时前将推荐名单报送工业和信息化部（科技司）。",
    ("r", "工业和信息化部"),
    ("r", "２０２７年１月５日"),
    ("c", "人工智能工业应用场景推广行动方案（2027—2028年）"),
    ("h", "一、总体要求"),
    "坚持场景牵引、应用驱动，坚持软硬协同、安全可控，聚焦研发设计、生产制造、质量管控、运维服务、供应链管理等环节，推动人工智能技术与工业互联网平台、工业软件深度融合，加快形成新质生产力。",
    "主要目标：到2028年，在原材料、装备制造、消费品、电子信息等12个重点行业推广1,700个人工智能工业应用典型场景，培育300家人工智能赋能制造标杆企业，规模以上工业企业人工智能应用普及率达到百分之六十。",
    ("h", "二、重点任务"),
    "（一）建设场景库。分行业梳理人工智能应用需求，建立国家人工智能工业应用场景库，实行动态更新，定期发布典型场景清单。",
    "（二）打造标杆企业。支持龙头企业依托工业互联网平台部署工业大模型，在工艺优化、缺陷检测、排产调度等环节形成可复制的解决方案。",
    "（三）夯实算力和数据支撑。推动工业数据分类分级管理，建设行业高质量数据集，引导智能算力向工业场景倾斜。",
    "（四）强化安全保障。加强工业大模型安全评估，落实数据安全和网络安全要求。",
    "（此件公开发布）",
]
page(P["T1r"], "reprint", "2027-01-09 10:12:00",
     f"工业和信息化部关于印发{T1_DOC}的通知", T1R_BODY, thread="T1", source="工业和信息化部网站",
     crumbs=["政策", "政策文件库"], category="政策",
     summary="工业和信息化部印发人工智能工业应用场景推广行动方案。",
     govtable=dict(fwjg="工业和信息化部", fwzh="工信部科〔2027〕3号", ztfl="工业、交通\\信息产业（含电信）",
                   gwzl="通知", cwrq="2027年01月05日", fbrq="2027年01月09日"))

T2_BODY = [
    ("c", "工信部网安〔2027〕4号"),
    "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门，各省、自治区、直辖市通信管理局，有关单位：",
    f"为提升工业互联网安全防护水平，护航新型工业化和人工智能工业应用，现将{T2_DOC}印发给你们，请认真贯彻执行。",
    ("r", "工业和信息化部"),
    ("r", "2027年1月6日"),
    ("c", "工业互联网安全分类分级防护能力提升行动计划（2027—2028年）"),
    ("h", "一、总体目标"),
    "截至2026年底，全国已有4.6万家工业企业开展工业互联网安全分类分级自查。到2028年，完成8000家重点工业企业分类分级管理，重点企业安全防护达标率达到85%，建成35个省级工业互联网安全监测服务平台，培育150家工业互联网安全服务骨干企业。",
    ("h", "二、主要任务"),
    "（一）全面推进分类分级。指导企业按照联网工业企业安全分类分级管理要求开展定级备案，对三级企业实施重点防护。",
    "（二）强化新技术新场景安全。针对工业大模型、人工智能工业应用场景和工业互联网平台，开展安全风险评估和渗透测试，防范数据泄露和模型滥用。",
    "（三）提升监测处置能力。完善国家、省、企业三级安全监测体系，健全威胁信息共享和应急响应机制。",
    "（四）壮大安全产业。支持安全企业开发面向工业场景的轻量化防护产品。",
    ("h", "三、贯标试点申报"),
    "2027年组织开展工业互联网安全分类分级防护贯标试点。申报单位通过工业互联网安全公共服务平台在线填报，并将加盖公章的纸质材料一式两份寄送至工业和信息化部网络安全管理局，寄送时间截至2027年3月15日（以邮戳为准）。",
    "联系电话：010-6820XXXX",
]
page(P["T2o"], "original", "2027-01-08 15:30:00",
     f"工业和信息化部关于印发{T2_DOC}的通知", T2_BODY, thread="T2", source="网络安全管理局",
     related=[("工业互联网安全深度行活动在苏州举办", P["S2"])])

page(P["T2r"], "reprint", "2027-01-09 09:05:00",
     "工信部：到2028年完成8000家重点工业企业安全分类分级", [
         f"人民网北京1月9日电　记者从工业和信息化部获悉，工信部近日印发{T2_DOC}。",
         "计划提出，到2028年，完成8000家重点工业企业分类分级管理，重点企业安全防护达标率达到85%，建成35个省级工业互联网安全监测服务平台，培育150家工业互联网安全服务骨干企业。截至2026年底，全国已有4.6万家工业企业开展自查。",
         "计划明确，针对工业大模型、人工智能工业应用场景开展安全风险评估。2027年将组织开展贯标试点，纸质申报材料寄送时间截至2027年3月15日（以邮戳为准）。",
         "业内人士表示，工业互联网安全是人工智能在工业领域规模化应用的前提。",
     ], thread="T2", source="人民网－财经频道", editor="刘洋", category="财经",
     summary="工信部印发工业互联网安全分类分级防护能力提升行动计划。")

page(P["T1c"], "commentary", "2027-01-10 08:40:00",
     "人工智能场景推广为何要与安全防护同步推进——评工信部同日印发的两份文件", [
         f"1月8日，工业和信息化部同日印发{T1_DOC}和{T2_DOC}。两份文件一个讲“用”，一个讲“防”，在工业互联网平台和工业大模型上有不少交集。",
         "行动方案提出，到2028年推广1700个人工智能工业应用典型场景，这意味着大量工业大模型将进入生产一线。场景越多，接入工业互联网的设备和数据越多，安全暴露面也随之扩大。",
         "行动计划则要求到2028年完成8000家重点工业企业分类分级管理。笔者认为，地方在遴选首批典型场景时，不妨同步考察企业的分类分级和安全防护情况，让“用”与“防”形成合力。",
         "当然，两份文件的牵头司局、申报渠道和时间节点各不相同，企业需分别关注、分别申报。",
     ], thread="T1", source="新质前沿网", author="本网评论员 周衡",
     tags=["人工智能", "工业互联网", "评论"],
     summary="工信部同日印发人工智能场景推广和工业互联网安全两份文件，专家解读两者关系。")

# ======================================================================================
# T3  浙江省 (local original; gov.cn reprint with a feed pubDate one day too early)
# ======================================================================================
T3_BODY = [
    ("c", "浙江省人民政府令"),
    ("c", "第4XX号"),
    f"{T3_DOC}已经2026年12月28日省人民政府第七十二次常务会议审议通过，现予公布，自2027年3月1日起施行。",
    ("r", "省长　王某某"),
    ("r", "2027年1月9日"),
    ("c", "浙江省低空飞行服务管理办法"),
    "办法共六章四十二条，分为总则、飞行服务保障设施、飞行活动服务、安全管理、法律责任和附则，明确省发展改革部门统筹全省低空飞行服务体系建设，交通运输、公安、应急管理等部门按照职责分工做好相关工作。",
    "办法规定，设区的市人民政府应当统筹规划低空起降点布局，到2028年全省建成低空起降点860个、开通低空航线312条。截至2026年底，全省已建成通用机场29个。",
    "办法明确，低空飞行服务站应当为飞行活动提供飞行计划受理、航空情报、气象信息和告警协助等服务；鼓励在医疗救护、物流配送、应急救援、文旅消费等场景开展低空飞行应用。",
    "办法还对无人驾驶航空器实名登记、飞行活动申报和违法行为处理作出规定。",
]
page(P["T3o"], "original", "2027-01-11 10:00:00",
     f"{T3_DOC}（省政府令第4XX号）", T3_BODY, thread="T3", source="浙江省人民政府办公厅",
     index_no="002482070/2027-00031", docno="省政府令第4XX号")

page(P["T3r"], "reprint", "2027-01-11 18:20:00",
     "浙江出台低空飞行服务管理办法　3月1日起施行", [
         f"记者从浙江省人民政府获悉，{T3_DOC}日前公布，自2027年3月1日起施行。",
         "办法共六章四十二条，明确省发展改革部门统筹全省低空飞行服务体系建设。到2028年全省建成低空起降点860个、开通低空航线312条。截至2026年底，全省已建成通用机场29个。",
         "办法鼓励在医疗救护、物流配送、应急救援、文旅消费等场景开展低空飞行应用，并对无人驾驶航空器实名登记和飞行活动申报作出规定。",
     ], thread="T3", source="浙江省人民政府网站", crumbs=["联播", "地方"], category="地方",
     summary="浙江省公布低空飞行服务管理办法，自2027年3月1日起施行。",
     feed_when="2027-01-10 18:20:00")

page("/www.example-xinzhi.cn/article/2027/0112/5560.html", "commentary", "2027-01-12 16:45:00",
     "浙江低空新规怎么读：起降点布局向县域延伸", [
         f"浙江省日前公布{T3_DOC}，自2027年3月1日起施行。记者梳理发现，办法对起降点布局、飞行服务站职责和无人驾驶航空器管理作出系统规定。",
         "按照办法，到2028年全省建成低空起降点860个、开通低空航线312条。业内专家认为，起降点布局将从中心城区向县域延伸，医疗救护和物流配送有望率先形成规模。",
         "专家提醒，办法施行前各地还需细化配套规则。",
     ], thread="T3", source="新质前沿网", author="本网记者 许诺", tags=["低空经济", "浙江", "解读"],
     summary="解读浙江省低空飞行服务管理办法。")

# ======================================================================================
# T4  国家数据局 (4 pages, one of them the English version on the same site)
# ======================================================================================
T4_BODY = [
    f"1月6日，国家数据局召开新闻发布会，发布{T4_DOC}，北京城市副中心、上海临港、杭州、合肥、贵阳等12个地区入选。",
    "国家数据局有关负责同志介绍，先行区将围绕数据流通利用、算力网络、数据安全等方面先行先试，预计带动相关投资2800亿元。截至2026年底，全国已建成数据流通利用设施节点146个。",
    "先行区所在省级数据管理部门要组织编制建设实施方案，于2027年3月31日前报送国家数据局。国家数据局将建立评估机制，对建设成效开展年度评估。",
    "发布会还介绍了全国一体化算力网建设和公共数据资源开发利用工作进展。",
]
page(P["T4o"], "original", "2027-01-06 14:30:00",
     "国家数据局发布首批国家数据基础设施建设先行区名单", T4_BODY, thread="T4", source="国家数据局",
     list_title="国家数据局发布首批国家数据基础设施建设先行区名单",
     related=[("国家数据局召开数据基础设施建设工作推进会", P["S4"])])

page(P["T4e"], "reprint", "2027-01-06 17:05:22",
     "NDA announces first batch of 12 pilot zones for national data infrastructure", [
         "The National Data Administration (NDA) on Wednesday released the first batch of 12 pilot zones "
         "for the construction of national data infrastructure, including Beijing's sub-center, Shanghai Lingang, "
         "Hangzhou, Hefei and Guiyang.",
         "The pilot zones are expected to drive related investment of about 280 billion yuan. "
         "By the end of 2026, China had built 146 data circulation facility nodes.",
         "Provincial data authorities of the pilot zones are required to submit implementation plans by March 31, 2027.",
     ], thread="T4", source="National Data Administration", english=True)

page(P["T4r"], "reprint", "2027-01-07 09:40:00",
     "国家数据局发布首批国家数据基础设施建设先行区名单 12个地区入选", T4_BODY[:3]
     + ["下一步，国家数据局将会同有关部门加强政策支持和工作指导。"],
     thread="T4", source="国家数据局网站", crumbs=["联播", "部门"], category="部门",
     summary="国家数据局发布首批12个国家数据基础设施建设先行区。")

page(P["T4p"], "reprint", "2027-01-07 11:20:00",
     "首批12个国家数据基础设施建设先行区公布", [
         f"人民网北京1月7日电　国家数据局1月6日发布{T4_DOC}，12个地区入选。",
         "据介绍，先行区预计带动相关投资2800亿元。截至2026年底，全国已建成数据流通利用设施节点146个。先行区建设实施方案须于2027年3月31日前报送国家数据局。",
     ], thread="T4", source="人民网－财经频道", editor="陈晨", category="财经",
     summary="国家数据局公布首批国家数据基础设施建设先行区。",
     related=[("2024年全国数据交易额超1600亿元", P["S6"])])

# ======================================================================================
# T5  科学技术部 (GBK site, Chinese-numeral date line, late December 2026)
# ======================================================================================
page(P["T5o"], "original", "2026-12-30 16:00:00",
     "科技部关于发布国家重点研发计划“具身智能与人形机器人”等重点专项2027年度项目申报指南的通知", [
         ("c", "国科发资〔2026〕3XX号"),
         "各省、自治区、直辖市及计划单列市科技厅（委、局），新疆生产建设兵团科技局，国务院各有关部门，各有关单位：",
         f"根据国家重点研发计划组织实施的总体安排，现发布{T5_DOC}。",
         "2027年度指南拟围绕具身智能大模型、灵巧操作、人形机器人整机与核心部件、场景验证等方面部署18个项目方向，拟安排国拨经费概算9.6亿元。每个项目下设课题数不超过4个，项目实施周期为3年。",
         "申报单位通过国家科技管理信息系统公共服务平台进行网上填报。网上填报申报书的受理截止时间为2027年2月24日16:00。",
         "项目申报受理咨询由科技部高技术研究发展中心负责，咨询电话：010-8810XXXX。",
         ("r", "科技部"),
         ("r", "二〇二六年十二月二十六日"),
     ], thread="T5", source="科技部", cn_numeral_date="二〇二六年十二月三十日",
     related=[("科技部关于发布国家重点研发计划“具身智能与人形机器人”重点专项2026年度项目申报指南的通知", P["S3"])])

page(P["T5p"], "reprint", "2026-12-31 09:00:00",
     "科技部发布具身智能与人形机器人重点专项2027年度申报指南", [
         "人民网北京12月31日电　科技部日前发布国家重点研发计划“具身智能与人形机器人”重点专项2027年度项目申报指南。",
         "指南部署18个项目方向，拟安排国拨经费概算9.6亿元，每个项目下设课题数不超过4个。网上填报申报书的受理截止时间为2027年2月24日16:00。",
         "专家表示，指南更加注重真实场景验证和核心部件攻关。",
     ], thread="T5", source="人民网－科技频道", editor="孙悦", category="科技",
     summary="科技部发布具身智能与人形机器人重点专项2027年度项目申报指南。",
     related=[("2024年人形机器人产业规模首次突破百亿元", P["S6"])])

# ======================================================================================
# T6  fictional media original; people.com.cn reprint dated only in its URL
# ======================================================================================
T6_BODY = [
    f"1月12日，由长三角数字经济产业联盟主办、新质前沿网承办的{T6_NAME}正式启动。",
    "活动围绕人工智能、工业互联网、低空经济、数据要素、具身智能、绿色低碳等6个方向征集创新应用案例，拟遴选50个优秀案例并汇编出版。",
    "申报材料提交截止日期为2027年2月20日，申报单位可登录活动官网在线填报。",
]
page(P["T6o"], "original", "2027-01-12 09:30:00", f"{T6_NAME}启动", T6_BODY, thread="T6",
     source="新质前沿网", author="本网记者 许诺", tags=["案例征集", "活动"],
     summary="2027新质生产力创新应用案例征集活动启动，设6个方向。")
page(P["T6p"], "reprint", "2027-01-13 10:15:00", "新质生产力创新应用案例征集启动　拟遴选50个案例",
     T6_BODY[:2] + ["申报材料提交截止日期为2027年2月20日。"], thread="T6", source="人民网－财经频道",
     editor="陈晨", category="财经", nodate=True, summary="新质生产力创新应用案例征集启动。")

# ======================================================================================
# Stale pages (outside the window, same topics, other figures)
# ======================================================================================
page(P["S1"], "stale", "2025-03-18 10:00:00",
     "工业和信息化部办公厅关于开展2025年人工智能工业应用典型场景征集工作的通知", [
         "各省、自治区、直辖市工业和信息化主管部门：",
         "为推动人工智能在工业领域应用，决定开展2025年人工智能工业应用典型场景征集工作，计划遴选500个典型场景。",
         "请于2025年5月30日前报送推荐材料。",
         ("r", "工业和信息化部办公厅"), ("r", "2025年3月14日"),
     ], source="科技司")
page(P["S2"], "stale", "2026-12-05 11:00:00", "工业互联网安全深度行活动在苏州举办", [
    "12月4日，2026年工业互联网安全深度行活动在江苏苏州举办。",
    "活动介绍，全国已有3.2万家工业企业完成工业互联网安全分类分级定级，安全防护达标率达到68%。",
], source="网络安全管理局", crumbs=["新闻发布", "工信动态", "司局动态"])
page(P["S3"], "stale", "2025-12-29 16:00:00",
     "科技部关于发布国家重点研发计划“具身智能与人形机器人”重点专项2026年度项目申报指南的通知", [
         ("c", "国科发资〔2025〕2XX号"),
         "现发布国家重点研发计划“具身智能与人形机器人”重点专项2026年度项目申报指南。",
         "2026年度指南部署14个项目方向，拟安排国拨经费概算7.2亿元。网上填报申报书的受理截止时间为2026年2月25日16:00。",
         ("r", "科技部"),
     ], source="科技部", cn_numeral_date="二〇二五年十二月二十九日")
page(P["S4"], "stale", "2026-12-10 10:12:33", "国家数据局召开数据基础设施建设工作推进会", [
    "12月10日，国家数据局召开数据基础设施建设工作推进会。",
    "会议通报，全国已建成数据流通利用设施节点120个，拟于近期遴选第一批国家数据基础设施建设先行区。",
], source="国家数据局")
page(P["S5"], "stale", "2025-06-20 09:30:00", "浙江省低空经济发展情况新闻发布会召开", [
    "6月20日，浙江省政府新闻办召开低空经济发展情况新闻发布会。",
    "截至2025年5月底，全省已建成低空起降点520个、开通低空航线190条，通用机场21个。",
], source="浙江省人民政府新闻办公室", index_no="002482070/2025-01288", docno="")
page(P["S6"], "stale", "2025-01-10 08:30:00", "2024年全国数据交易额超1600亿元　人形机器人产业规模首次突破百亿元", [
    "人民网北京1月10日电　2024年全国数据交易额超过1600亿元。",
    "同期，我国人形机器人产业规模首次突破100亿元，具身智能成为投资热点。",
], source="人民网－财经频道", editor="王敏", category="财经")

# ======================================================================================
# Distractors
# ======================================================================================
page("/www.miit.gov.cn/xwfb/xwfbh/wzsl/art/2027/art_3a8d6c1e0f2b4d79a5c3e1f0b2d4a6c8.html", "distractor",
     "2027-01-12 10:00:00", "工业和信息化部举行2026年工业和信息化发展情况新闻发布会", [
         "1月12日，国务院新闻办公室举行新闻发布会，工业和信息化部有关负责同志介绍2026年工业和信息化发展情况。",
         "2026年，全国规模以上工业增加值同比增长5.9%，制造业增加值占GDP比重保持基本稳定。新型工业化扎实推进，人工智能、工业互联网、5G、智能工厂、专精特新等工作取得积极成效。",
         "截至2026年底，累计建成5G基站480万个，培育卓越级智能工厂230家，工业互联网平台连接设备超过1亿台（套）。",
         "下一步，将坚持稳中求进工作总基调，推动新型工业化迈出新步伐。",
     ], source="新闻宣传中心", crumbs=["新闻发布", "新闻发布会", "文字实录"],
     note="decision: distractor — a year-end retrospective restating 2026 statistics; no new document, measure or deadline")
page("/www.miit.gov.cn/zwgk/wjgs/art/2027/art_6e2f9b3c1d0a4e87b2c4d6f8a0e1c3b5.html", "distractor",
     "2027-01-05 09:00:00", "关于拟批准《工业大模型应用能力评估规范》等126项行业标准的公示", [
         "根据行业标准制定和管理办法，现将拟批准的《工业大模型应用能力评估规范》等126项行业标准名称及主要内容予以公示。",
         "公示期：2027年1月5日至2027年2月4日。如有异议，请于公示期内以书面形式反馈至工业和信息化部科技司。",
     ], source="科技司", crumbs=["政务公开", "文件公示"])
page("/www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2026/art_1b9c7d5e3f0a4c28a6e4d2b0f8c6a4e2.html", "distractor",
     "2026-12-28 17:00:00", "关于召开人工智能产业标准化工作组第三次全体会议的通知", [
         "各成员单位：",
         "定于2027年1月20日在北京召开人工智能产业标准化工作组第三次全体会议，会期一天。请各成员单位指派1名代表参会，会议具体安排另行通知。",
     ], source="科技司")

page("/www.gov.cn/yaowen/liebiao/202701/content_7101020.htm", "distractor", "2027-01-01 06:30:00",
     "中央气象台发布寒潮蓝色预警", [
         "中央气象台1月1日6时继续发布寒潮蓝色预警：受强冷空气影响，1日至3日，中东部大部地区气温将下降6～10℃。",
         "公众出行请注意防寒保暖。",
     ], source="中国气象局网站", crumbs=["新闻", "要闻"], category="要闻", summary="中央气象台发布寒潮蓝色预警。")
page("/www.gov.cn/renshi/202701/content_7103320.htm", "distractor", "2027-01-09 16:00:00",
     "国务院任免国家工作人员", [
         "国务院任命张某某为某部副部长；免去李某某的某局副局长职务。",
     ], source="新华社", crumbs=["人事", "任免"], category="人事", summary="国务院任免国家工作人员。")
page("/www.gov.cn/lianbo/bumen/202701/content_7102101.htm", "distractor", "2027-01-05 11:00:00",
     "2027年春运将于1月22日启动", [
         "记者从交通运输部获悉，2027年春运将于1月22日启动，3月2日结束，共40天。",
         "预计全社会跨区域人员流动量较上年有所增长。",
     ], source="交通运输部网站", crumbs=["联播", "部门"], category="部门", summary="2027年春运将于1月22日启动。")

page("/www.zj.gov.cn/art/2027/1/7/art_1229019365_2600912.html", "distractor", "2027-01-07 15:00:00",
     "浙江省经济和信息化厅2027年1月政府采购意向公开", [
         "为便于供应商及时了解政府采购信息，现将浙江省经济和信息化厅2027年1月政府采购意向公开如下：",
         ("table", [["序号", "采购项目名称", "预算金额（万元）", "预计采购时间"],
                    ["1", "人工智能应用服务平台运维服务", "186", "2027年2月"],
                    ["2", "工业互联网安全监测系统升级", "240", "2027年3月"]]),
         "本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。",
     ], source="浙江省经济和信息化厅", index_no="002482070/2027-00022", docno="")
page("/www.zj.gov.cn/art/2027/1/10/art_1229019365_2601207.html", "distractor", "2027-01-10 09:00:00",
     "关于召开全省数字经济高质量发展大会的通知", [
         "各市人民政府，省级有关单位：",
         "经省政府同意，定于2027年1月18日召开全省数字经济高质量发展大会。会议安排另行通知。",
     ], source="浙江省人民政府办公厅", index_no="002482070/2027-00028", docno="")

page("/www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/rsxx/202701/t20270104_193350.html", "distractor",
     "2027-01-04 10:00:00", "科技部拟任职干部公示", [
         "根据干部选拔任用有关规定，现将拟任职干部情况予以公示。公示期为2027年1月4日至1月10日。",
         "王某，男，1980年X月出生，拟任某司副司长。",
     ], source="科技部人事司")
page("/www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/zfcg/202612/t20261229_193177.html", "distractor",
     "2026-12-29 14:00:00", "科技部机关服务中心2027年度物业服务项目竞争性磋商公告", [
         "科技部机关服务中心2027年度物业服务项目采用竞争性磋商方式采购，预算金额380万元。",
         "响应文件提交截止时间为2027年1月12日9时30分。",
     ], source="科技部机关服务中心")

page("/www.nda.gov.cn/sjj/swdt/gzdt/0102/20270102094512338120554_pc.html", "distractor",
     "2027-01-02 09:45:12", "国家数据局举办2027年新年健步走活动", [
         "1月2日，国家数据局组织干部职工开展新年健步走活动，300余人参加。",
     ], source="国家数据局机关党委")

page("/www.people.com.cn/n1/2027/0111/c1012-40884570.html", "distractor", "2027-01-11 22:10:00",
     "CBA常规赛：浙江队主场险胜广东队", [
         "1月11日晚，CBA常规赛第二十五轮，浙江队主场以98比96险胜广东队。",
     ], source="人民网－体育频道", editor="赵磊", category="体育")
page("/www.people.com.cn/n1/2027/0112/c1008-40885233.html", "distractor", "2027-01-12 07:30:00",
     "寒潮过后全国大部地区气温回升", [
         "据中央气象台预报，12日至14日，全国大部地区气温逐步回升，江南、华南天气晴好。",
     ], source="人民网－社会频道", editor="钱程", category="社会", malformed_rss=True)
page("/www.people.com.cn/n1/2027/0110/c1008-40884016.html", "distractor", "2027-01-10 12:00:00",
     "冰雪旅游持续升温　元旦假期多地客流创新高", [
         "元旦假期，冰雪旅游持续升温，东北多地滑雪场客流同比增长三成以上。",
     ], source="人民网－文旅频道", editor="钱程", category="文旅")

page("/www.example-xinzhi.cn/article/2027/0111/5549.html", "distractor", "2027-01-11 15:20:00",
     "低空经济板块午后拉升　多只概念股涨停", [
         "1月11日午后，A股低空经济板块震荡走高，板块指数收涨4.2%，多只概念股涨停。",
         "分析人士认为，地方低空政策密集出台提振市场情绪，但需警惕短期炒作风险。",
         "（本文不构成投资建议）",
     ], source="新质前沿网", author="市场组", tags=["低空经济", "A股"], summary="低空经济板块午后拉升。")
page("/www.example-xinzhi.cn/article/2027/0109/5520.html", "distractor", "2027-01-09 20:00:00",
     "上手体验：这款AI眼镜用上了自研端侧芯片", [
         "这款AI眼镜重38克，搭载自研端侧AI芯片，支持实时翻译和拍照识物，续航约6小时。",
         "整体来看，它的AI功能实用，但价格偏高，售价2999元。",
     ], source="新质前沿网", author="评测组", tags=["AI", "芯片", "评测"], summary="AI眼镜上手体验。")
page("/www.example-xinzhi.cn/article/2026/1231/5488.html", "distractor", "2026-12-31 18:00:00",
     "盘点2026：新质生产力十大关键词", [
         "2026年即将过去。回望这一年，人工智能、工业互联网、低空经济、数据要素、具身智能、人形机器人、算力网络、智能工厂、绿色低碳、商业航天成为新质生产力领域的十大关键词。",
         "这一年里，人工智能加速进入工厂车间，低空经济从概念走向场景，数据要素市场化配置改革持续深化。",
         "新的一年，我们将继续关注这些领域的新进展。",
     ], source="新质前沿网", author="编辑部", tags=["年终盘点"], summary="盘点2026年新质生产力十大关键词。")
page("/www.example-xinzhi.cn/article/2027/0113/5577.html", "distractor", "2027-01-13 11:00:00",
     "某具身智能创业公司完成新一轮融资", [
         "某具身智能创业公司宣布完成新一轮融资，投资方包括多家产业资本，资金将用于灵巧手研发。",
     ], source="新质前沿网", author="创投组", tags=["融资", "具身智能"], summary="具身智能公司完成融资。")

page("/www.zj.gov.cn/art/2027/1/2/art_1229019365_2600455.html", "distractor", "2027-01-02 08:00:00",
     "浙江省气象台发布道路结冰黄色预警", [
         "受寒潮影响，1月2日夜里至3日上午，浙北、浙西山区将出现道路结冰，请注意交通安全。",
     ], source="浙江省气象局", index_no="002482070/2027-00004", docno="")
page("/www.nda.gov.cn/sjj/swdt/gzdt/1229/20261229150000120334876_pc.html", "distractor",
     "2026-12-29 15:00:00", "国家数据局召开2026年第十二次局务会议", [
         "12月29日，国家数据局召开2026年第十二次局务会议，研究部署有关工作。",
     ], source="国家数据局办公室")
page("/www.people.com.cn/n1/2027/0113/c1004-40886102.html", "distractor", "2027-01-13 15:30:00",
     "A股三大指数涨跌不一　人工智能板块回调", [
         "1月13日，A股三大指数涨跌不一，沪指微涨0.3%，人工智能、算力芯片板块午后回调。",
         "（本文不构成投资建议）",
     ], source="人民网－财经频道", editor="刘洋", category="财经")

# ---- broken: empty page (the 404 has no file) ---------------------------------------
page(P["EMPTY"], "broken", "2027-01-08 16:02:11", "", [], source="", empty=True,
     list_title="国家数据局关于公共数据资源开发利用典型案例的公示")

BY_PATH = {p["path"]: p for p in PAGES}

# ======================================================================================
# Helpers
# ======================================================================================


def esc(s: str) -> str:
    return escape(s, quote=False)


def attr(s: str) -> str:
    return escape(s, quote=True)


def dt(p: dict) -> datetime:
    return datetime.fromisoformat(f"{p['date']} {p['time']}")


def gmt(when: datetime) -> str:
    """RFC 822 date in GMT (Beijing time minus eight hours)."""
    return (when - timedelta(hours=8)).strftime("%a, %d %b %Y %H:%M:%S GMT")


def rfc822(p: dict) -> str:
    return dt(p).strftime("%a, %d %b %Y %H:%M:%S +0800")


def iso(p: dict) -> str:
    return dt(p).strftime("%Y-%m-%dT%H:%M:%S+08:00")


def rel(from_page: str, to_page: str) -> str:
    return posixpath.relpath(to_page, posixpath.dirname(from_page))


def trunc(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n] + "..."


def body_html(body: list, indent: bool = True) -> str:
    ps = ' style="text-indent: 2em;"' if indent else ""
    out = []
    for b in body:
        if isinstance(b, str):
            out.append(f"<p{ps}>{esc(b)}</p>")
        elif b[0] == "h":
            out.append(f"<p{ps}><strong>{esc(b[1])}</strong></p>")
        elif b[0] == "r":
            out.append(f'<p style="text-align: right;">{esc(b[1])}</p>')
        elif b[0] == "c":
            out.append(f'<p style="text-align: center;">{esc(b[1])}</p>')
        elif b[0] == "table":
            rows = b[1]
            t = ['<table border="1" cellspacing="0" cellpadding="4">',
                 "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr>"]
            t += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]]
            out.append("\n".join(t + ["</table>"]))
    return "\n".join(out)


def related_html(p: dict, label: str, cls: str) -> str:
    if not p.get("related"):
        return ""
    return (f'<div class="{cls}"><h3>{label}</h3><ul>' + "".join(
        f'<li><a href="{rel(p["path"], h)}" target="_blank">{esc(t)}</a></li>' for t, h in p["related"])
        + "</ul></div>")


def site_pages(host: str) -> list[dict]:
    return sorted((p for p in PAGES if p["host"] == host), key=dt, reverse=True)


# ======================================================================================
# Site templates
# ======================================================================================
# ---------------- www.miit.gov.cn ----------------
MIIT_NAV = [("首页", "/www.miit.gov.cn/index.html"), ("机构职能", "/www.miit.gov.cn/index.html#jgzn"),
            ("新闻发布", "/www.miit.gov.cn/xwfb/zxfb/index.html"), ("政务公开", "/www.miit.gov.cn/index.html#zwgk"),
            ("政务服务", "/www.miit.gov.cn/index.html#zwfw"), ("公众参与", "/www.miit.gov.cn/index.html#gzcy")]


def miit_head(title: str, extra_meta: str = "") -> str:
    nav = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in MIIT_NAV)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
{MARK}
<meta name="SiteName" content="中华人民共和国工业和信息化部">
{extra_meta}<title>{esc(title)}</title>
<style>.w1200{{width:1200px;margin:0 auto;}}.nav li{{display:inline-block;padding:0 22px;}}.ctitle h1{{text-align:center;}}</style>
</head>
<body>
<div class="w1200 top"><a href="/www.miit.gov.cn/index.html">中华人民共和国工业和信息化部</a> <span>无障碍 | 长者模式 | English</span></div>
<div class="nav"><ul class="w1200">{nav}</ul></div>
"""


def miit_footer() -> str:
    return """<div class="footer"><div class="w1200">
<p><a href="/www.miit.gov.cn/index.html#wzdt">网站地图</a> | <a href="/www.miit.gov.cn/index.html#lxwm">联系我们</a></p>
<p>主办单位：工业和信息化部　　地址：北京市西长安街13号　　邮编：100804</p>
<p>版权所有：工业和信息化部　　京ICP备0401XXXX号-1　　京公网安备110401400XXXXX号</p>
</div></div>"""


def render_miit(p: dict) -> str:
    crumbs = p.get("crumbs") or ["政务公开", "政策文件", "文件发布"]
    cr = '<a href="/www.miit.gov.cn/index.html">首页</a>' + "".join(
        f' &gt; <a href="/www.miit.gov.cn/index.html#c{i}">{esc(c)}</a>' for i, c in enumerate(crumbs[:-1])
    ) + f" &gt; <span>{esc(crumbs[-1])}</span>"
    meta = (f'<meta name="ColumnName" content="{attr(crumbs[-1])}">\n'
            f'<meta name="ArticleTitle" content="{attr(p["title"])}">\n')
    return (miit_head(p["title"] + "_中华人民共和国工业和信息化部", meta)
            + f"""<div class="w1200 dqwz">当前位置：{cr}</div>
<div class="w1200 ccontent-box">
<div class="ctitle"><h1 id="con_title">{esc(p['title'])}</h1></div>
<div class="cinfo center"><span id="con_time">发布时间：{p['date']} {p['time'][:5]}</span><span class="ly">来源：{esc(p['source'])}</span></div>
<div class="ccontent center" id="con_con">
{body_html(p['body'])}
</div>
<div class="dyxz"><a href="javascript:window.print();">打印本页</a>　<a href="javascript:window.close();">关闭窗口</a></div>
{related_html(p, "相关链接", "xgwz")}
</div>
""" + miit_footer() + "\n</body>\n</html>\n")


def list_miit() -> str:
    path = "/www.miit.gov.cn/xwfb/zxfb/index.html"
    items = [q for q in site_pages("www.miit.gov.cn") if q["date"] >= "2026-12-01"]
    phantom = dict(path=P["MISSING"], title="工业和信息化部关于公布2026年度国家技术创新示范企业复核结果的通告",
                   date="2027-01-06", time="09:00:00")
    items = sorted(items + [phantom], key=dt, reverse=True)
    lis = "\n".join(
        f'<li><a href="{rel(path, q["path"])}" target="_blank" title="{attr(q["title"])}">'
        f'{esc(trunc(q["title"], 24))}</a><span class="fr">{q["date"]}</span></li>' for q in items)
    return (miit_head("最新发布_中华人民共和国工业和信息化部", '<meta name="ColumnName" content="最新发布">\n')
            + f"""<div class="w1200 dqwz">当前位置：<a href="/www.miit.gov.cn/index.html">首页</a> &gt; 新闻发布 &gt; <span>最新发布</span></div>
<div class="w1200 lmy_main"><div class="lmy_tit">最新发布</div>
<ul class="lmy_main_l_list">
{lis}
</ul>
<div class="page"><script type="text/javascript">createPageHTML(31, 0, "index", "html");</script></div>
</div>
""" + miit_footer() + "\n</body>\n</html>\n")


# ---------------- www.gov.cn ----------------
def render_govcn(p: dict) -> str:
    crumbs = p.get("crumbs") or ["新闻", "要闻"]
    cr = '<a href="/www.gov.cn/index.html">首页</a>' + "".join(
        f' &gt; <a href="/www.gov.cn/index.html#c{i}">{esc(c)}</a>' for i, c in enumerate(crumbs))
    d = dt(p)
    table = ""
    if p.get("govtable"):
        g = p["govtable"]
        table = f"""<table class="policyLibraryOverview_header" border="0" cellspacing="0" cellpadding="0">
<tr><td><b>标　　题：</b></td><td colspan="3">{esc(p['title'])}</td></tr>
<tr><td><b>发文机关：</b></td><td>{esc(g['fwjg'])}</td><td><b>发文字号：</b></td><td>{esc(g['fwzh'])}</td></tr>
<tr><td><b>来　　源：</b></td><td>{esc(p['source'])}</td><td><b>主题分类：</b></td><td>{esc(g['ztfl'])}</td></tr>
<tr><td><b>公文种类：</b></td><td>{esc(g['gwzl'])}</td><td><b>成文日期：</b></td><td>{esc(g['cwrq'])}</td></tr>
<tr><td><b>发布日期：</b></td><td colspan="3">{esc(g['fbrq'])}</td></tr>
</table>"""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
{MARK}
<meta name="firstpublishedtime" content="{d.strftime('%Y-%m-%d-%H:%M:%S')}">
<meta name="source" content="{attr(p['source'])}">
<title>{esc(p['title'])}_{esc(crumbs[-1])}_中国政府网</title>
</head>
<body>
<div class="header"><a class="logo" href="/www.gov.cn/index.html">中国政府网 www.gov.cn</a> <span class="top-links">简 | 繁 | EN | 登录</span></div>
<div class="nav"><a href="/www.gov.cn/index.html">首页</a><a href="/www.gov.cn/index.html#guowuyuan">国务院</a><a href="/www.gov.cn/index.html#xinwen">新闻</a><a href="/www.gov.cn/index.html#zhengce">政策</a><a href="/www.gov.cn/index.html#hudong">互动</a><a href="/www.gov.cn/index.html#fuwu">服务</a></div>
<div class="BreadcrumbNav">{cr}</div>
{table}
<div class="article oneColumn pub_border">
<h1>{esc(p['title'])}</h1>
<div class="pages-date">{d.strftime('%Y-%m-%d %H:%M')}　<span class="font">来源： {esc(p['source'])}</span>　<span class="font">字号：默认 大 超大</span>　|　<a href="javascript:window.print();">打印</a></div>
<div class="pages_content" id="UCAP-CONTENT">
{body_html(p['body'])}
</div>
<div class="editor">【我要纠错】 责任编辑：{esc(p.get('editor', '李静'))}</div>
</div>
<div class="footer">
<p>版权所有：中国政府网　　中文域名：中国政府网.政务</p>
<p>京ICP备0507XXXX号　　京公网安备110401200XXXXX号　　网站标识码：bm01000001</p>
</div>
</body>
</html>
"""


def rss_govcn() -> str:
    items = []
    for q in site_pages("www.gov.cn"):
        when = datetime.fromisoformat(q["feed_when"]) if q.get("feed_when") else dt(q)
        items.append(f"""<item>
<title><![CDATA[{q['title']}]]></title>
<link>{q['path']}</link>
<description><![CDATA[<p>{q.get('summary', '')}</p>]]></description>
<category><![CDATA[{q.get('category', '')}]]></category>
<author><![CDATA[{q['source']}]]></author>
<pubDate>{gmt(when)}</pubDate>
<guid>{q['path']}</guid>
</item>""")
    return (f"""<?xml version="1.0" encoding="utf-8"?>
{FEED_MARK}
<rss version="2.0">
<channel>
<title>中国政府网 - 最新政策</title>
<link>/www.gov.cn/index.html</link>
<description>中国政府网最新政策、部门和地方动态</description>
<language>zh-CN</language>
<lastBuildDate>Wed, 13 Jan 2027 22:30:00 GMT</lastBuildDate>
""" + "\n".join(items) + "\n</channel>\n</rss>\n")


# ---------------- www.zj.gov.cn ----------------
def zj_shell(title: str, meta: str, inner: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{MARK}
<meta name="SiteName" content="浙江省人民政府门户网站">
<meta name="SiteDomain" content="www.zj.gov.cn">
{meta}<title>{esc(title)}</title>
</head>
<body>
<div class="zj-top"><a href="/www.zj.gov.cn/index.html">浙江省人民政府</a> <span>浙江政务服务网 | 无障碍 | 长者版</span></div>
<div class="zj-nav"><a href="/www.zj.gov.cn/index.html">首页</a> <a href="/www.zj.gov.cn/col/col1229019364/index.html">政务公开</a> <a href="/www.zj.gov.cn/index.html#zwfw">政务服务</a> <a href="/www.zj.gov.cn/index.html#hdjl">互动交流</a> <a href="/www.zj.gov.cn/index.html#zjzj">走进浙江</a></div>
{inner}
<div class="zj-footer">
<p>主办单位：浙江省人民政府办公厅　　承办：浙江省大数据发展管理局</p>
<p>浙ICP备0501XXXX号　　浙公网安备 33010002000XXX号　　网站标识码：3300000079</p>
</div>
</body>
</html>
"""


def render_zj(p: dict) -> str:
    meta = (f'<meta name="ArticleTitle" content="{attr(p["title"])}">\n'
            f'<meta name="ContentSource" content="{attr(p["source"])}">\n')
    inner = f"""<div class="zj-crumb">您当前的位置：<a href="/www.zj.gov.cn/index.html">首页</a> &gt; <a href="/www.zj.gov.cn/col/col1229019364/index.html">政务公开</a> &gt; 通知公告</div>
<table class="xxgk_table">
<tr><th>索引号</th><td>{esc(p.get('index_no', ''))}</td><th>发布机构</th><td>{esc(p['source'])}</td></tr>
<tr><th>文号</th><td>{esc(p.get('docno', ''))}</td><th>发布日期</th><td>{p['date']}</td></tr>
</table>
<div class="article-main">
<h1 class="art-title">{esc(p['title'])}</h1>
<div class="art-info">信息来源：{esc(p['source'])}　发布时间：{p['date']} {p['time'][:5]}　浏览次数：<span>--</span></div>
<div class="art-content" id="zoom">
{body_html(p['body'])}
</div>
<div class="art-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>"""
    return zj_shell(p["title"] + " 浙江省人民政府", meta, inner)


def list_zj() -> str:
    path = "/www.zj.gov.cn/col/col1229019364/index.html"
    rows = "\n".join(
        f'<tr><td class="bt"><a href="{rel(path, q["path"])}" target="_blank" title="{attr(q["title"])}">{esc(q["title"])}</a></td>'
        f'<td class="bt_time">{q["date"]}</td></tr>' for q in site_pages("www.zj.gov.cn"))
    inner = f"""<div class="zj-crumb">您当前的位置：<a href="/www.zj.gov.cn/index.html">首页</a> &gt; 政务公开 &gt; 通知公告</div>
<div class="list-main"><h2>通知公告</h2>
<table class="list-table" width="100%">
{rows}
</table>
<div class="page">共 12 页　<a href="javascript:;">下一页</a></div>
</div>"""
    return zj_shell("通知公告 浙江省人民政府", '<meta name="ColumnName" content="通知公告">\n', inner)


# ---------------- www.most.gov.cn (GBK) ----------------
def most_shell(title: str, inner: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
{MARK}
<title>{esc(title)}</title>
</head>
<body>
<div id="head"><a href="/www.most.gov.cn/index.html">中华人民共和国科学技术部</a> <span>Ministry of Science and Technology of the People's Republic of China</span></div>
<div id="menu"><a href="/www.most.gov.cn/index.html">首页</a> | <a href="/www.most.gov.cn/index.html#jgzn">机构职能</a> | <a href="/www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/qtwj/index.html">信息公开</a> | <a href="/www.most.gov.cn/index.html#kjbgz">科技部工作</a> | <a href="/www.most.gov.cn/index.html#bszn">办事服务</a></div>
{inner}
<div id="foot">
<p>版权所有：中华人民共和国科学技术部　　地址：北京市海淀区复兴路乙15号</p>
<p>京ICP备0503XXXX号　　网站标识码：bm06000001</p>
</div>
</body>
</html>
"""


def render_most(p: dict) -> str:
    d = date.fromisoformat(p["date"])
    when = p.get("cn_numeral_date") or f"{d.year}年{d.month:02d}月{d.day:02d}日"
    inner = f"""<div class="dqwz">当前位置：<a href="/www.most.gov.cn/index.html">科技部门户</a> &gt; <a href="/www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/qtwj/index.html">信息公开</a> &gt; 其他文件</div>
<div id="Zoom">
<div class="xxgk_title">{esc(p['title'])}</div>
<div class="xxgk_date">发布时间：{when}　　来源：{esc(p['source'])}</div>
<div class="trs_editor">
{body_html(p['body'])}
</div>
{related_html(p, "相关文件", "xgwj")}
<div class="tools">[<a href="javascript:window.print();">打印本页</a>] [<a href="javascript:window.close();">关闭窗口</a>]</div>
</div>"""
    return most_shell(p["title"], inner)


def list_most() -> str:
    path = "/www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/qtwj/index.html"
    items = [q for q in site_pages("www.most.gov.cn") if q["date"] >= "2026-12-01"]
    lis = "\n".join(
        f'<li><a href="{rel(path, q["path"])}" target="_blank">{esc(q["title"])}</a>'
        f'<span class="date">[{q["date"][5:]}]</span></li>' for q in items)
    inner = f"""<div class="dqwz">当前位置：<a href="/www.most.gov.cn/index.html">科技部门户</a> &gt; 信息公开 &gt; 其他文件</div>
<div class="list_box"><div class="list_title">其他文件</div>
<ul class="list_ul">
{lis}
</ul>
<div class="fenye">共 9 页　第 1 页　<a href="javascript:;">下一页</a></div>
</div>"""
    return most_shell("其他文件_中华人民共和国科学技术部", inner)


# ---------------- www.nda.gov.cn ----------------
def nda_shell(inner: str, lang: str = "zh", description: str = "国家数据局") -> str:
    title = "National Data Administration" if lang == "en" else "国家数据局"
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
{MARK}
<meta name="description" content="{attr(description)}">
<title>{title}</title>
</head>
<body>
<header class="nda-header"><a class="nda-logo" href="/www.nda.gov.cn/index.html">国家数据局 National Data Administration</a> <a href="/www.nda.gov.cn/sjj/swdt/sjdt/list/index_pc_1.html">中文</a> | <span>English</span></header>
<nav class="nda-nav"><a href="/www.nda.gov.cn/index.html">首页</a> <a href="/www.nda.gov.cn/sjj/swdt/sjdt/list/index_pc_1.html">数据动态</a> <a href="/www.nda.gov.cn/index.html#zwgk">政务公开</a> <a href="/www.nda.gov.cn/index.html#hdjl">互动交流</a></nav>
{inner}
<footer class="nda-footer"><p>主办：国家数据局　　版权所有：国家数据局</p><p>京ICP备2024XXXXXX号-1</p></footer>
</body>
</html>
"""


def render_nda(p: dict) -> str:
    if p.get("empty"):
        return nda_shell("""<div class="detail-wrap">
<h1 class="detail-title"></h1>
<p class="detail-info"></p>
<div class="detail-content" id="detailContent"></div>
</div>""")
    if p.get("english"):
        html = nda_shell(f"""<div class="breadcrumb">Home &gt; News</div>
<div class="detail-wrap en">
<h1 class="detail-title">{esc(p['title'])}</h1>
<div class="detail-content" id="detailContent">
{body_html(p['body'], indent=False)}
</div>
<p class="detail-source">Source: {esc(p['source'])}</p>
</div>""", lang="en", description=p["title"])
        return html.replace("<title>", f'<meta name="PubDate" content="{p["date"]} {p["time"]}">\n<title>', 1)
    d = date.fromisoformat(p["date"])
    return nda_shell(f"""<div class="breadcrumb"><span>当前位置：</span><a href="/www.nda.gov.cn/index.html">首页</a> &gt; <span>新闻发布</span></div>
<div class="detail-wrap">
<h1 class="detail-title">{esc(p['title'])}</h1>
<p class="detail-info"><span>{d.year}年{d.month:02d}月{d.day:02d}日</span><span>来源：{esc(p['source'])}</span></p>
<div class="detail-content" id="detailContent">
{body_html(p['body'])}
</div>
{related_html(p, "相关阅读", "related")}
</div>""", description=p["title"])


def list_nda() -> str:
    zh = [q for q in site_pages("www.nda.gov.cn") if not q.get("english")]
    en = [q for q in site_pages("www.nda.gov.cn") if q.get("english")]
    divs = "\n".join(
        f'<div class="list-item"><a class="item-title" href="{q["path"]}" target="_blank">'
        f'{esc(q.get("list_title") or q["title"])}</a><span class="item-date">{q["date"]}</span></div>' for q in zh)
    ens = "\n".join(f'<li><a href="{q["path"]}" target="_blank">{esc(q["title"])}</a></li>' for q in en)
    return nda_shell(f"""<div class="breadcrumb"><span>当前位置：</span><a href="/www.nda.gov.cn/index.html">首页</a> &gt; <span>数据动态</span></div>
<div class="list-wrap">
<div class="list-box">
{divs}
</div>
<div class="pagination"><span class="cur">1</span> <a href="javascript:;">2</a> <a href="javascript:;">下一页</a></div>
</div>
<div class="en-box"><h3>English</h3><ul>{ens}</ul></div>""", description="国家数据局 数据动态")


# ---------------- www.people.com.cn ----------------
def render_people(p: dict) -> str:
    d = dt(p)
    if p.get("nodate"):
        info = f'来源：<a href="/www.people.com.cn/index.html">{esc(p["source"])}</a>'
    else:
        info = (f'{d.year}年{d.month:02d}月{d.day:02d}日{d.strftime("%H:%M")} | '
                f'来源：<a href="/www.people.com.cn/index.html">{esc(p["source"])}</a>')
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="content-type" content="text/html;charset=UTF-8"/>
{MARK}
<meta name="keywords" content="{attr(p['title'])}" />
<meta name="description" content="{attr(p.get('summary', p['title']))}" />
<title>{esc(p['title'])}--{esc(p['source'].split('－')[-1])}--人民网</title>
</head>
<body>
<div class="w1000 top"><a href="/www.people.com.cn/index.html">人民网</a> &gt;&gt; <a href="/www.people.com.cn/index.html#{attr(p.get('category', ''))}">{esc(p.get('category', ''))}</a></div>
<div class="layout rm_txt cf">
<div class="col col-1 fl">
<h1>{esc(p['title'])}</h1>
<div class="col-1-1 fl">{info}</div>
<div class="rm_txt_con cf">
{body_html(p['body'])}
<div class="edit cf">(责编：{esc(p.get('editor', ''))})</div>
</div>
{related_html(p, "相关阅读", "rm_relevant")}
</div>
</div>
<div class="foot"><p>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 网站地图 | 在线投稿</p>
<p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p>
<p>Copyright &copy; 1997-2027 by www.people.com.cn. all rights reserved　京ICP证00XXXX号</p></div>
</body>
</html>
"""


def rss_people() -> str:
    items = []
    for q in site_pages("www.people.com.cn"):
        if q["kind"] == "stale":
            continue
        if q.get("malformed_rss"):
            items.append(f"""<item>
<title>寒潮过后&nbsp;全国大部气温回升 南方晴&雨交替</title>
<link>{q['path']}?from=rss&src=finance</link>
<description><p>据中央气象台预报，全国大部地区气温逐步回升。</description>
<pubDate>Tue, 12 Jan 2027 31:90:00 +0800</pubDate>
<guid isPermaLink="false">people-weather-20270112</guid>
</item>""")
            continue
        pub = "" if q.get("nodate") else f"\n<pubDate>{rfc822(q)}</pubDate>"
        items.append(f"""<item>
<title>{esc(q['title'])}</title>
<link>{q['path']}</link>
<description>{esc(q.get('summary', ''))}</description>
<category>{esc(q.get('category', ''))}</category>{pub}
<guid isPermaLink="false">people-{posixpath.splitext(posixpath.basename(q['path']))[0]}</guid>
</item>""")
    return (f"""<?xml version="1.0" encoding="UTF-8"?>
{FEED_MARK}
<rss version="2.0">
<channel>
<title>人民网-财经频道</title>
<link>/www.people.com.cn/index.html</link>
<description>人民网财经频道滚动新闻</description>
<language>zh-cn</language>
<lastBuildDate>Thu, 14 Jan 2027 06:00:00 +0800</lastBuildDate>
""" + "\n".join(items) + "\n</channel>\n</rss>\n")


# ---------------- www.example-xinzhi.cn (fictional, Atom) ----------------
def render_xinzhi(p: dict) -> str:
    d = dt(p)
    tags = "".join(f'<a class="tag" href="/www.example-xinzhi.cn/index.html#tag-{i}">{esc(t)}</a>'
                   for i, t in enumerate(p.get("tags", [])))
    hot = "".join(f'<li><a href="{q["path"]}">{esc(q["title"])}</a></li>' for q in site_pages(p["host"])
                  if q["path"] != p["path"])
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
{MARK}
<meta property="og:title" content="{attr(p['title'])}">
<meta property="article:published_time" content="{iso(p)}">
<title>{esc(p['title'])} - 新质前沿网</title>
</head>
<body>
<header class="site-header"><a class="brand" href="/www.example-xinzhi.cn/index.html">新质前沿</a>
<nav><a href="/www.example-xinzhi.cn/index.html">首页</a> <a href="/www.example-xinzhi.cn/index.html#zc">政策</a> <a href="/www.example-xinzhi.cn/index.html#cy">产业</a> <a href="/www.example-xinzhi.cn/index.html#pl">评论</a> <a href="/www.example-xinzhi.cn/index.html#sc">市场</a></nav></header>
<main class="post">
<article>
<h1 class="post-title">{esc(p['title'])}</h1>
<div class="post-meta"><span class="author">{esc(p.get('author', ''))}</span> <time datetime="{iso(p)}">{d.year}/{d.month}/{d.day} {d.strftime('%H:%M')}</time> <span class="tags">{tags}</span></div>
<div class="post-content">
{body_html(p['body'], indent=False)}
</div>
<div class="post-copyright">本文为新质前沿网原创内容，转载请注明出处。</div>
</article>
<aside class="sidebar"><h3>热门文章</h3><ul>{hot}</ul></aside>
</main>
<footer class="site-footer"><p>© 新质前沿网　关于我们 | 联系我们 | 投稿</p><p>沪ICP备2026XXXXXX号</p></footer>
</body>
</html>
"""


def atom_xinzhi() -> str:
    entries = []
    for q in site_pages("www.example-xinzhi.cn"):
        cats = "".join(f'<category term="{attr(t)}"/>' for t in q.get("tags", []))
        entries.append(f"""<entry>
<title>{esc(q['title'])}</title>
<link rel="alternate" type="text/html" href="{q['path']}"/>
<id>tag:www.example-xinzhi.cn,2027:{posixpath.splitext(posixpath.basename(q['path']))[0]}</id>
<published>{iso(q)}</published>
<updated>{iso(q)}</updated>
<author><name>{esc(q.get('author') or '新质前沿网')}</name></author>
{cats}
<summary type="text">{esc(q.get('summary', ''))}</summary>
</entry>""")
    return (f"""<?xml version="1.0" encoding="utf-8"?>
{FEED_MARK}
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<title>新质前沿网</title>
<link rel="self" type="application/atom+xml" href="/www.example-xinzhi.cn/feed/atom.xml"/>
<link rel="alternate" type="text/html" href="/www.example-xinzhi.cn/index.html"/>
<id>tag:www.example-xinzhi.cn,2027:feed</id>
<updated>2027-01-13T11:00:00+08:00</updated>
""" + "\n".join(entries) + "\n</feed>\n")


RENDER = {"www.miit.gov.cn": render_miit, "www.gov.cn": render_govcn, "www.zj.gov.cn": render_zj,
          "www.most.gov.cn": render_most, "www.nda.gov.cn": render_nda, "www.people.com.cn": render_people,
          "www.example-xinzhi.cn": render_xinzhi}


def home_page(host: str) -> str:
    src = next(s for s in SOURCES if s["host"] == host)
    items = "".join(f'<li><a href="{q["path"]}">{esc(q.get("list_title") or q["title"] or "（无标题）")}</a></li>'
                    for q in site_pages(host)[:4])
    charset = ENCODING.get(host, "utf-8")
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
{MARK}
<title>{esc(src['name'])}</title></head>
<body><h1>{esc(src['name'])}</h1>
<p><a href="{src['url']}">最新</a></p>
<ul>{items}</ul>
<div class="footer">版权所有：{esc(src['name'])}</div>
</body></html>
"""


# ======================================================================================
# Gold, meta, README
# ======================================================================================
def gold() -> dict:
    arts = {}
    for p in sorted(PAGES, key=lambda q: q["path"]):
        relevant = p["kind"] in ("original", "reprint", "commentary")
        a = dict(relevant=relevant, thread=p["thread"] if relevant else None,
                 publisher=PUB[p["host"]], published=p["date"], kind=p["kind"])
        if p.get("note"):
            a["note"] = p["note"]
        if p.get("english"):
            a["note"] = "English version of the original on the same site"
        arts[p["path"]] = a
    arts[P["MISSING"]] = dict(relevant=False, thread=None, publisher=PUB["www.miit.gov.cn"],
                              published="2027-01-06", kind="broken")
    threads = []
    for t in THREADS:
        members = sorted((p for p in PAGES if p["thread"] == t["id"]),
                         key=lambda q: (q["kind"] != "original", dt(q)))
        orig = members[0]
        assert orig["kind"] == "original"
        threads.append(dict(id=t["id"], title=t["title"], importance=t["importance"],
                            articles=[q["path"] for q in members], original=orig["path"],
                            publisher=PUB[orig["host"]], key_facts=t["key_facts"],
                            deadlines=t["deadlines"], entities=t["entities"]))
    return dict(brief_date=BRIEF_DATE, threads=threads, articles=arts)


def sources_yaml() -> str:
    lines = [f"# Source registry for the synthetic corpus {NAME} (paths are under the served root).",
             "# xinzhi is a fictional site; the others imitate real sites' structure only.",
             "sources:"]
    for s in SOURCES:
        lines += [f"  - id: {s['id']}", f"    name: {s['name']}", f"    name_en: \"{s['name_en']}\"",
                  f"    kind: {s['kind']}", f"    url: {s['url']}", f"    authority: {s['authority']}"]
    return "\n".join(lines) + "\n"


def readme(g: dict, nfiles: int) -> str:
    kinds: dict[str, int] = {}
    for a in g["articles"].values():
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    tl = "\n".join(f"| {t['id']} | {t['importance']} | {t['publisher']} | {len(t['articles'])} | {t['title']} |"
                   for t in g["threads"])
    stale = "\n".join(f"| `{p['path']}` | {p['date']} | {p['title']} |" for p in PAGES if p["kind"] == "stale")
    return f"""# {NAME} — synthetic hard-case corpus for 新质生产力每日动态

**This is synthetic test data.** Every story, figure, document number, name and quotation in it
is fictional, written to test the daily-brief generator. The pages imitate only the *structure*
of the named sites; they are not copies of real pages and must not be cited as real news.
`www.example-xinzhi.cn` (新质前沿网) is an invented site. Phone and ICP numbers are masked with X.

Morning of **{BRIEF_DATE}**, window {WINDOW_DAYS} days: pages published 2026-12-24 … 2027-01-14
are current (the window crosses the year boundary). Regenerate with
`python3 ../make_{NAME}.py`; check with `python3 ../check_{NAME}.py`.

## Contents

{nfiles} files under `site/`: {len(PAGES)} article pages, 4 list pages, 3 feeds (2 RSS, 1 Atom)
and 7 home pages. `gold.json` articles: {', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}.

| id | importance | original publisher | pages | thread |
|---|---|---|---|---|
{tl}

## Hard cases

1. **Same ministry, same day, related topics**: T1 (人工智能工业应用场景, 科技司, 1700个/300家/60%/12个)
   and T2 (工业互联网安全分类分级, 网络安全管理局, 8000家/85%/150家/35个) were both published by
   工业和信息化部 on 2027-01-08, 30 minutes apart, with shared vocabulary (工业大模型, 工业互联网平台,
   人工智能工业应用场景, 到2028年, 分类分级, 新型工业化). They are separate storylines.
2. **Commentary on two threads**: `{P['T1c']}` names both documents and one figure of each
   (1700个, 8000家). Gold puts it in T1 (its headline and most of its text are about T1).
3. **Reprint writing figures differently**: the gov.cn T1 reprint writes `1,700个`, `百分之六十`,
   full-width `２０２７年２月２８日24时前` and `２０２７年１月５日`; key facts are literal in the miit original.
4. **Chinese-numeral date line**: the most.gov.cn T5 original (GBK) says `发布时间：二〇二六年十二月三十日`
   (the signature date is 二〇二六年十二月二十六日); its list shows `[12-30]` without a year
   (read as 2026). The stale 2025 guide is dated 二〇二五年十二月二十九日.
5. **Only `<meta name="PubDate">`**: the nda English page `{P['T4e']}` has no visible date, no date in
   the URL, and no date on the list page.
6. **Local original, central reprint with a wrong feed date**: T3's original is 浙江省人民政府
   (page date 2027-01-11 10:00); the gov.cn reprint page says 2027-01-11 18:20 but its feed
   pubDate is `Sun, 10 Jan 2027 10:20:00 GMT` (= 2027-01-10 18:20 Beijing, a day too early,
   earlier than the original). The original is still the zj.gov.cn page.
7. **4-page thread with an English version**: T4 (nda original, nda English version, gov.cn
   and people.com.cn reprints).
8. **Deadline wording**: T1 `2027年2月28日24时前` (deadline 2027-02-28); T2 `截至2027年3月15日（以邮戳为准）`
   (deadline 2027-03-15); T3 `自2027年3月1日起施行` (effective date, NOT a deadline; T3 has none);
   `截至2026年底` in T2/T3/T4 and in the distractor annual summary is an as-of date, NOT a deadline.
   The 标准 公示 (distractor) has its own 公示期 ending 2027-02-04, not a thread deadline.
9. **Year boundary**: the window starts 2026-12-24; T5 pages are dated 2026-12-30/31; the gov.cn
   weather item published 2027-01-01 06:30 Beijing time has feed pubDate `Thu, 31 Dec 2026 22:30:00 GMT`.
10. **Annual summary (decision: distractor)**: the miit 2026年工业和信息化发展情况 press release
   (2027-01-12) lists broad topic words and 2026 figures (5.9%, 480万个, 230家) but announces no new
   document, measure or deadline. Gold marks it `distractor` with a `note`.

## Stale pages

| path | published | title |
|---|---|---|
{stale}

Figures a careless system could mix in: 500个, 3.2万家, 68%, 14个, 7.2亿元, 120个, 520个, 190条, 21个, 1600亿元.

## Distractors

21 pages on the same sites: weather (gov.cn, zj, people), personnel (国务院任免, 科技部拟任职干部公示),
procurement (浙江 采购意向 naming 人工智能/工业互联网 projects, 科技部 竞争性磋商), meeting notices with no
content (miit 人工智能产业标准化工作组, 浙江 数字经济大会, nda 局务会议), stock moves naming topic boards
(低空经济板块, 人工智能板块), a gadget review (AI眼镜, 芯片), a financing note, the year-end 盘点 of ten
topic words, 春运, CBA, 冰雪旅游, a staff event, the miit 标准 公示 (《工业大模型应用能力评估规范》等126项)
and the miit 2026 annual-summary press release (see hard case 10).

## Faults

- 404: miit list links `{P['MISSING']}` (no file; gold kind `broken`).
- Malformed RSS item in `/www.people.com.cn/rss/finance.xml` (guid `people-weather-20270112`: bare `&`,
  `&nbsp;`, unclosed `<p>`, impossible pubDate); the feed parses once that item is removed.
- Empty page: `{P['EMPTY']}` (site shell only; list title suggests a 公示; gold kind `broken`).
- Date only in the URL: `{P['T6p']}` (no date in the page; its feed item has no pubDate).
- 成文日期 2027年01月05日 ≠ 发布日期 2027年01月09日 on the gov.cn T1 reprint (the miit original is 2027-01-08).
- miit list titles are truncated with "..." (full title in `title=`).
- nda pages have the bare site name as `<title>` (Chinese pages: 国家数据局).
- www.most.gov.cn is GBK (`charset=gbk`), pages really encoded so.
- gov.cn RSS pubDates are in GMT.
- Stale pages linked from 相关链接/相关阅读/相关文件: S1 from T1, S2 from T2, S3 from T5, S4 from T4,
  S6 from the people T4 and T5 reprints.
"""


def write(path: str, text: str, encoding: str = "utf-8") -> None:
    f = SITE / path.lstrip("/")
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_bytes(text.encode(encoding))


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    SITE.mkdir(parents=True)
    for p in PAGES:
        write(p["path"], RENDER[p["host"]](p), ENCODING.get(p["host"], "utf-8"))
    write("/www.miit.gov.cn/xwfb/zxfb/index.html", list_miit())
    write("/www.zj.gov.cn/col/col1229019364/index.html", list_zj())
    write("/www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/qtwj/index.html", list_most(), "gbk")
    write("/www.nda.gov.cn/sjj/swdt/sjdt/list/index_pc_1.html", list_nda())
    write("/www.gov.cn/rss/zhengce.xml", rss_govcn())
    write("/www.people.com.cn/rss/finance.xml", rss_people())
    write("/www.example-xinzhi.cn/feed/atom.xml", atom_xinzhi())
    for s in SOURCES:
        write(f"/{s['host']}/index.html", home_page(s["host"]), ENCODING.get(s["host"], "utf-8"))
    g = gold()
    (OUT / "gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (OUT / "corpus.json").write_text(json.dumps(dict(brief_date=BRIEF_DATE, window_days=WINDOW_DAYS, title=TITLE),
                                                ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (OUT / "sources.yaml").write_text(sources_yaml(), encoding="utf-8")
    nfiles = sum(1 for f in SITE.rglob("*") if f.is_file())
    (OUT / "README.md").write_text(readme(g, nfiles), encoding="utf-8")
    print(f"wrote {NAME}: {nfiles} files under site/, {len(PAGES)} article pages, {len(g['threads'])} threads")


if __name__ == "__main__":
    main()
