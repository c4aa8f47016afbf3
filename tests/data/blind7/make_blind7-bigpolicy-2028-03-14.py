#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the synthetic one-day corpus ``blind7-bigpolicy-2028-03-14`` (one big policy day).

FICTIONAL test data for the 「新质生产力每日动态」 brief generator, written without reading the
system's code. Pages imitate only the *structure* of the kinds of site they sit on; every
document, document number, figure and quotation is invented.

The day: a State Council General Office opinion (国办发〔2028〕9号) dominates: the document page
on the central portal, four reprints (three credit 来源：中国政府网, one portal rewrites the
headline), a ministry official's 答记者问, a 一图读懂, two commentaries, a 国新办 policy briefing
transcript and two provinces' implementing notices. Four smaller threads: a statistics release
with its 解读, a ministry call for cases with a deadline, a city's pilot list, and a software-
industry statistics release. Distractors, stale pages a year old, a 404 in a feed, a feed cut
off mid-item, an empty page and GBK pages.

Run:  python3 make_blind7-bigpolicy-2028-03-14.py   (rebuilds ./blind7-bigpolicy-2028-03-14)
Standard library only; output is byte-identical for the same SEED.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import b7kit as K  # noqa: E402
from b7kit import page, source, attachment  # noqa: E402,F401

NAME = "blind7-bigpolicy-2028-03-14"
BRIEF_DATE = "2028-03-14"
WINDOW = 10
SEED = 20280314
K.init(NAME, HERE, BRIEF_DATE, WINDOW, SEED)

# ======================================================================================
# Sources
# ======================================================================================
source("govcn", "www.gov.cn", "中国政府网", "Chinese Government Portal", "listpage",
       "/www.gov.cn/zhengce/zuixin/index.html", "central", "central", column="最新政策",
       sponsor="国务院办公厅")
source("scio", "www.scio.gov.cn", "国务院新闻办公室", "State Council Information Office", "listpage",
       "/www.scio.gov.cn/xwfb/gwyxwbgsxwfbh/index.html", "central", "scio", column="国务院政策例行吹风会")
source("miit", "www.miit.gov.cn", "工业和信息化部", "Ministry of Industry and Information Technology", "listpage",
       "/www.miit.gov.cn/zwgk/zcwj/wjfb/tz/index.html", "ministry", "ministry", column="通知")
source("stats", "www.stats.gov.cn", "国家统计局", "National Bureau of Statistics", "listpage",
       "/www.stats.gov.cn/sj/zxfb/index.html", "ministry", "stats", column="最新发布")
source("xinhua", "www.news.cn", "新华网", "Xinhua News", "rss", "/www.news.cn/rss/politics.xml", "media", "media")
source("people", "www.people.com.cn", "人民网", "People's Daily Online", "rss",
       "/www.people.com.cn/rss/politics.xml", "media", "people")
source("ce", "www.ce.cn", "中国经济网", "China Economic Net", "listpage",
       "/www.ce.cn/xwzx/gnsz/gdxw/index.shtml", "media", "media", column="国内时政")
source("caijing", "www.example-caijing.cn", "财经速览网", "Caijing Express (fictional finance portal)", "atom",
       "/www.example-caijing.cn/feed/atom.xml", "media", "portal")
source("jsgxt", "gxt.jiangsu.gov.cn", "江苏省工业和信息化厅", "Jiangsu Department of Industry and Information Technology",
       "listpage", "/gxt.jiangsu.gov.cn/col/col89736/index.html", "local", "prov", column="通知公告")
source("scjxt", "jxt.sc.gov.cn", "四川省经济和信息化厅", "Sichuan Department of Economy and Information Technology",
       "listpage", "/jxt.sc.gov.cn/scjxt/tzgg/list.shtml", "local", "city", charset="gbk", column="通知公告")
source("sheitc", "www.sheitc.sh.gov.cn", "上海市经济和信息化委员会", "Shanghai Municipal Commission of Economy and Informatization",
       "listpage", "/www.sheitc.sh.gov.cn/tzgg/index.html", "local", "city", charset="gbk", column="通知公告")
K.HOSTS["www.miit.gov.cn"]["absolute_links"] = False
K.HOSTS["jxt.sc.gov.cn"]["absolute_links"] = False

P = {}
DOC = "《国务院办公厅关于推进工业设备数字化更新和智能化改造的意见》"
DOCNO = "国办发〔2028〕9号"

# ======================================================================================
# T1  the big policy
# ======================================================================================
P["T1o"] = "/www.gov.cn/zhengce/content/202803/content_7412086.htm"
P["T1jd"] = "/www.gov.cn/zhengce/202803/content_7412133.htm"
P["T1tu"] = "/www.gov.cn/zhengce/jiedu/tujie/202803/content_7412140.htm"
P["T1img"] = "/www.gov.cn/zhengce/jiedu/tujie/202803/W020280312620514387201.png"
P["T1x"] = "/www.news.cn/politics/20280312/6c1e9a4b7d2f4e08a3b5c9d1e7f2a604/c.html"
P["T1xc"] = "/www.news.cn/comments/20280313/0b7d3e5f9a1c4b2d8e6f4a2c0d9b7e13/c.html"
P["T1pp"] = "/www.people.com.cn/n1/2028/0313/c1001-40276315.html"
P["T1ce"] = "/www.ce.cn/xwzx/gnsz/gdxw/202803/13/t20280313_39120577.shtml"
P["T1cj"] = "/www.example-caijing.cn/news/2028/0312/558213.html"
P["T1cjc"] = "/www.example-caijing.cn/opinion/2028/0313/558390.html"
P["T1fbh"] = "/www.scio.gov.cn/xwfb/gwyxwbgsxwfbh/wqfbh_2284/2028n_2285/2028n03y13r/202803/t20280313_912604.html"
P["T1js"] = "/gxt.jiangsu.gov.cn/art/2028/3/13/art_89736_11402918.html"
P["T1sc"] = "/jxt.sc.gov.cn/scjxt/tzgg/2028/3/14/8b2f1c0e6d4a4f3e9c7b5a1d2e3f4a5b.shtml"

GOALS = ("到2030年，规模以上工业企业关键工序数控化率达到85%，数字化研发设计工具普及率达到95%，"
         "工业设备更新投资规模较2027年增长30%以上；建成卓越级智能工厂5000家以上，"
         "培育设备智能化改造系统解决方案供应商300家以上，老旧设备基本完成安全、节能、数字化改造。")
T1_BODY = [
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
    "工业设备是制造业生产的基础，推进工业设备数字化更新和智能化改造，是加快发展新质生产力、推动制造业高端化智能化绿色化发展的重要举措。经国务院同意，现提出以下意见。",
    ("h", "一、总体要求"),
    "以工业设备数字化更新和智能化改造为主线，坚持市场为主、政府引导，坚持分业施策、梯度推进，坚持软硬协同、安全可控，推动先进设备广泛应用、存量设备改造升级、工业数据高效流通。",
    GOALS,
    ("h", "二、重点任务"),
    "（一）实施老旧设备更新行动。以服役超过15年的机床、锅炉、电机、变压器等通用设备为重点，分行业制定设备更新指南，推动高耗能、高排放、安全风险大的老旧设备加快退出。",
    "（二）推进存量设备数字化改造。推广“小快轻准”数字化改造产品和服务，支持中小企业以设备联网、数据采集为切入点开展轻量化改造，推动工业设备上云用数。",
    "（三）建设智能工厂梯度体系。按照基础级、先进级、卓越级、领航级梯度培育智能工厂，推动人工智能在质量检测、预测性维护、能耗管理等场景规模化应用。",
    "（四）培育系统解决方案供应商。支持装备制造企业、工业软件企业向系统解决方案供应商转型，发展设备改造“交钥匙”服务。",
    "（五）强化标准和安全保障。制修订设备数字化改造相关标准150项以上，完善工业控制系统安全防护体系。",
    ("h", "三、政策措施"),
    "（六）加大财政支持。统筹利用超长期特别国债、中央预算内投资等资金渠道，支持符合条件的设备更新和智能化改造项目。",
    "（七）强化金融支持。人民银行设立3000亿元设备智能化改造专项再贷款，引导金融机构加大对设备更新改造项目的中长期贷款投放。",
    "（八）落实税收优惠。落实企业购置设备器具税前扣除、研发费用加计扣除等税收优惠政策。",
    ("h", "四、组织实施"),
    "工业和信息化部要会同国家发展改革委、财政部、人民银行等部门加强统筹协调。各省级人民政府要于2028年5月31日前制定出台具体实施方案，明确目标任务和支持政策，认真组织实施。",
    ("r", "国务院办公厅"), ("r", "2028年3月6日"),
    "（此件公开发布）",
]
page(P["T1o"], "original", "2028-03-12 17:00", "国务院办公厅关于推进工业设备数字化更新和智能化改造的意见",
     T1_BODY, thread="T1", src="中国政府网", docno=DOCNO, signed="2028-03-06", issuer="国务院办公厅",
     topic="工业、交通\\其他", column="国务院文件",
     related=[("工业和信息化部负责同志就" + DOC + "答记者问", P["T1jd"]),
              ("最新政策｜一图读懂" + DOC, P["T1tu"])])

# 答记者问 (figures only here: 2027 investment growth, existing smart factories)
page(P["T1jd"], "commentary", "2028-03-12 19:30", "工业和信息化部负责同志就" + DOC + "答记者问",
     ["近日，国务院办公厅印发" + DOC + "（以下简称《意见》）。工业和信息化部负责同志就《意见》有关情况回答了记者提问。",
      ("q", "问：《意见》出台的背景是什么？"),
      "答：近年来我国工业设备更新改造步伐加快。2027年，全国工业设备更新投资同比增长12.4%，但仍有相当数量的存量设备服役时间长、数字化水平低。据测算，全国规模以上工业企业中，服役超过15年的机床占比约为26%。截至2027年底，全国累计建成先进级智能工厂1.9万家。出台《意见》，就是要推动设备更新和数字化改造协同推进。",
      ("q", "问：《意见》提出了哪些主要目标？"),
      "答：《意见》提出，到2030年，规模以上工业企业关键工序数控化率达到85%，数字化研发设计工具普及率达到95%，建成卓越级智能工厂5000家以上。这些目标是在充分评估各地基础上提出的，既积极又可行。",
      ("q", "问：中小企业如何参与？"),
      "答：我们将推广“小快轻准”数字化改造产品和服务，编制中小企业数字化改造“一业一策”指南，首批覆盖30个细分行业，降低中小企业改造门槛和成本。",
      ("q", "问：下一步有哪些工作安排？"),
      "答：工业和信息化部将会同有关部门加强统筹协调，指导各省级人民政府于2028年5月31日前制定出台具体实施方案，并建立设备更新改造项目库，实行动态管理。"],
     thread="T1", src="工业和信息化部", column="政策解读", col1="政策", role="答记者问",
     related=[(DOC.strip("《》"), P["T1o"])])

page(P["T1tu"], "commentary", "2028-03-12 20:10", "最新政策｜一图读懂" + DOC,
     [("img", "W020280312620514387201.png", "一图读懂" + DOC),
      "到2030年，规模以上工业企业关键工序数控化率达到85%，建成卓越级智能工厂5000家以上。"],
     thread="T1", src="中国政府网", column="图解", col1="政策", role="一图读懂", editor="马骁")
K.FILES[P["T1img"]] = K.png_bytes(160, 240, seed=9)

XH_BODY = [
    "新华社北京3月12日电　经国务院同意，国务院办公厅日前印发" + DOC + "（以下简称《意见》），部署推进工业设备数字化更新和智能化改造。",
    "《意见》提出，到2030年，规模以上工业企业关键工序数控化率达到85%，数字化研发设计工具普及率达到95%，工业设备更新投资规模较2027年增长30%以上；建成卓越级智能工厂5000家以上，培育设备智能化改造系统解决方案供应商300家以上。",
    "《意见》明确了实施老旧设备更新行动、推进存量设备数字化改造、建设智能工厂梯度体系、培育系统解决方案供应商、强化标准和安全保障等五方面重点任务。",
    "《意见》要求，加大财政支持，人民银行设立3000亿元设备智能化改造专项再贷款，落实税收优惠政策。各省级人民政府要于2028年5月31日前制定出台具体实施方案。",
]
page(P["T1x"], "reprint", "2028-03-12 18:05", "国务院办公厅印发《关于推进工业设备数字化更新和智能化改造的意见》",
     XH_BODY, thread="T1", src="中国政府网", editor="赵鹏", role="新华社通稿",
     summary="经国务院同意，国务院办公厅日前印发意见，部署推进工业设备数字化更新和智能化改造。")

# people.cn: near-duplicate of the document, differing only in boilerplate
page(P["T1pp"], "reprint", "2028-03-13 08:21", "国务院办公厅关于推进工业设备数字化更新和智能化改造的意见",
     [("c", DOCNO)] + T1_BODY, thread="T1", src="中国政府网", column="时政", chan="politics",
     editor="刘洁、高雷", role="全文转载")

page(P["T1ce"], "reprint", "2028-03-13 09:40", "国务院办公厅关于推进工业设备数字化更新和智能化改造的意见",
     [("c", DOCNO)] + T1_BODY[:-1], thread="T1", src="中国政府网", editor="王晶", role="全文转载")

page(P["T1cj"], "reprint", "2028-03-12 18:30", "国办：到2030年规上工业企业关键工序数控化率达85%，设3000亿元专项再贷款",
     ["财经速览网3月12日讯　中国政府网12日发布" + DOC + "。",
      GOALS,
      "意见提出，人民银行设立3000亿元设备智能化改造专项再贷款，引导金融机构加大对设备更新改造项目的中长期贷款投放；各省级人民政府要于2028年5月31日前制定出台具体实施方案。",
      "机构人士认为，工业母机、工业软件、工业机器人等板块有望受益。"],
     thread="T1", src="中国政府网", editor="陈默", role="改写标题转载",
     recommend=[("设备智能化改造：3000亿元再贷款怎么用", P["T1cjc"])])

page(P["T1xc"], "commentary", "2028-03-13 07:50", "新华时评：让老设备焕发新动能",
     ["国务院办公厅日前印发" + DOC + "，为存量工业设备的“二次创业”指明了方向。",
      "我国是制造大国，工业设备存量巨大。相当一部分设备服役时间长、能耗高、数据“沉睡”。推进设备数字化更新和智能化改造，一头连着企业提质增效，一头连着扩大有效投资，是一举多得的好事。",
      "改造不是一换了之。对于中小企业而言，最怕的是“不敢改、不会改、改不起”。意见提出推广“小快轻准”数字化改造产品和服务，正是要把改造门槛降下来，让企业算得清账、看得见效。",
      "也要看到，到2030年关键工序数控化率达到85%的目标并不轻松。各地要因地制宜、分业施策，防止一哄而上、搞“面子工程”，让每一台改造后的设备真正转起来、用起来。"],
     thread="T1", src="新华网", editor="李晓", role="评论")

page(P["T1cjc"], "commentary", "2028-03-13 12:15", "设备智能化改造：3000亿元再贷款怎么用",
     ["国务院办公厅12日发布的" + DOC + "提出，人民银行设立3000亿元设备智能化改造专项再贷款。这是继科技创新再贷款之后，结构性货币政策工具在制造业领域的又一次精准发力。",
      "从以往经验看，专项再贷款能否落地见效，关键在于项目储备和银行风控。多位银行业人士表示，设备改造项目普遍具有“投入集中、回报分散”的特点，单靠企业自身信用难以获得足额中长期贷款，需要财政贴息、政府性融资担保等工具协同。",
      "对于资本市场而言，意见提出的“培育设备智能化改造系统解决方案供应商300家以上”值得关注。能够提供“设备+软件+服务”一体化方案的企业，可能在这一轮改造中获得更大的市场份额。"],
     thread="T1", src="财经速览网", editor="陈默", role="评论")

# 国新办 policy briefing (figure only here: 1800亿元 超长期特别国债 this year; 首批1000亿元)
page(P["T1fbh"], "commentary", "2028-03-13 10:00",
     "国务院新闻办公室举行国务院政策例行吹风会　介绍推进工业设备数字化更新和智能化改造有关情况",
     [("sp", "主持人　国务院新闻办公室新闻局副局长　邢 慧", "女士们、先生们，上午好！欢迎出席国务院政策例行吹风会。近日，国务院办公厅印发" + DOC + "。今天我们请来了工业和信息化部副部长周立新先生，国家发展改革委副秘书长韩东先生，中国人民银行货币政策司司长孟凡先生，请他们为大家介绍有关情况，并回答大家关心的问题。"),
      ("sp", "周立新", "《意见》明确，到2030年规模以上工业企业关键工序数控化率达到85%，建成卓越级智能工厂5000家以上。下一步，我们将分行业出台设备更新指南，首批覆盖机床、纺织、化工等12个行业。"),
      ("sp", "韩东", "今年国家发展改革委将安排超长期特别国债资金1800亿元，支持工业设备更新和智能化改造项目，资金将于二季度开始分批下达。"),
      ("sp", "孟凡", "人民银行设立3000亿元设备智能化改造专项再贷款，利率1.75%，期限1年，可展期2次。首批额度1000亿元，4月起接受金融机构申请。"),
      ("q", "中央广播电视总台央视记者：中小企业改造资金压力大，有什么具体支持？"),
      ("sp", "周立新", "我们将推动“小快轻准”产品进目录、上平台，中小企业采购目录内产品和服务，可以叠加享受财政贴息和专项再贷款支持。"),
      ("sp", "主持人", "今天的吹风会到此结束，谢谢各位！")],
     thread="T1", src="国务院新闻办公室", role="国新办吹风会",
     conf={"时间": "2028年3月13日　10:00", "地点": "国务院新闻办新闻发布厅",
           "主题": "介绍推进工业设备数字化更新和智能化改造有关情况",
           "发布人": "工业和信息化部副部长周立新　国家发展改革委副秘书长韩东　中国人民银行货币政策司司长孟凡"})

page(P["T1js"], "commentary", "2028-03-13 16:20",
     "江苏省工业和信息化厅关于贯彻落实" + DOC + "的通知",
     ["各设区市工业和信息化局：",
      "为贯彻落实" + DOC + "（" + DOCNO + "），加快推进全省工业设备数字化更新和智能化改造，现将有关事项通知如下。",
      "一、摸清设备底数。各设区市要组织开展规模以上工业企业设备摸底调查，建立设备更新改造项目库，于2028年4月15日前报送首批项目清单。",
      "二、明确全省目标。到2030年，全省规模以上工业企业关键工序数控化率达到88%，建成卓越级智能工厂800家以上。",
      "三、强化要素保障。省级财政安排设备智能化改造专项资金，对符合条件的项目按设备投资额给予最高10%的补助。",
      ("r", "江苏省工业和信息化厅"), ("r", "2028年3月13日")],
     thread="T1", src="江苏省工业和信息化厅", docno="苏工信规划〔2028〕52号", gen_date="2028-03-13",
     issuer="江苏省工业和信息化厅", role="地方落实")

page(P["T1sc"], "commentary", "2028-03-14 09:10",
     "四川省经济和信息化厅关于贯彻落实" + DOC + "的通知",
     ["各市（州）经济和信息化局：",
      "为贯彻落实" + DOC + "，现就做好我省工业设备数字化更新和智能化改造工作通知如下。",
      "一、到2030年，全省规模以上工业企业关键工序数控化率达到80%，推动10万台（套）老旧设备完成更新改造。",
      "二、聚焦电子信息、装备制造、食品轻纺、能源化工、先进材料、医药健康六大优势产业，分行业制定改造路线图。",
      "三、各市（州）要于2028年4月30日前报送本地区工作方案。",
      ("r", "四川省经济和信息化厅"), ("r", "2028年3月14日")],
     thread="T1", src="四川省经济和信息化厅", role="地方落实")

# ======================================================================================
# T2  national statistics: 1—2月份 industrial output
# ======================================================================================
P["T2o"] = "/www.stats.gov.cn/sj/zxfb/202803/t20280313_1968302.html"
P["T2jd"] = "/www.stats.gov.cn/sj/sjjd/202803/t20280313_1968318.html"
P["T2x"] = "/www.news.cn/fortune/20280313/d4a2c7e9b1f34e6a8c0d2b4f6e8a1c35/c.html"
T2_BODY = [
    "2028年1—2月份，全国规模以上工业增加值同比实际增长6.3%（增加值增速均为扣除价格因素的实际增长率）。",
    "分三大门类看，1—2月份，采矿业增加值同比增长4.1%，制造业增长6.9%，电力、热力、燃气及水生产和供应业增长5.2%。高技术制造业增加值同比增长9.7%，快于全部规模以上工业3.4个百分点。",
    "分产品看，1—2月份，工业机器人产量8.6万套，同比增长23.5%；集成电路产量712亿块，同比增长14.8%；服务机器人产量1105万套，同比增长19.2%。",
    ("table", [["指标", "1—2月份增速（%）"], ["规模以上工业增加值", "6.3"], ["制造业", "6.9"], ["高技术制造业", "9.7"]]),
    ("note", "附注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业。"),
]
page(P["T2o"], "original", "2028-03-13 10:00", "2028年1—2月份规模以上工业增加值增长6.3%", T2_BODY,
     thread="T2", src="国家统计局", column="最新发布")
page(P["T2jd"], "commentary", "2028-03-13 10:30", "国家统计局工业司首席统计师解读2028年1—2月份工业生产数据",
     ["国家统计局工业司首席统计师江源表示，1—2月份，全国规模以上工业增加值同比增长6.3%，工业生产开局良好。",
      "装备制造业增加值同比增长8.8%，对全部规模以上工业增长的贡献率达到46.5%。其中，电子、电气机械行业增加值分别增长12.1%、9.3%。",
      "江源指出，工业设备更新和数字化改造加快推进，带动工业机器人、数控机床等产品产量较快增长。"],
     thread="T2", src="国家统计局", column="数据解读", listed=True)
page(P["T2x"], "reprint", "2028-03-13 11:02", "前2个月我国规模以上工业增加值同比增长6.3%",
     ["新华社北京3月13日电　国家统计局13日发布数据，1—2月份，全国规模以上工业增加值同比实际增长6.3%。其中，高技术制造业增加值同比增长9.7%。",
      "分产品看，工业机器人产量8.6万套，同比增长23.5%；集成电路产量712亿块，同比增长14.8%。"],
     thread="T2", src="新华网", editor="孙韬")

# ======================================================================================
# T3  ministry call for cases with a deadline
# ======================================================================================
P["T3o"] = "/www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2028/art_4f8a2c6e1b3d4a7e9c5b0d2f6a8e1c73.html"
P["T3ce"] = "/www.ce.cn/xwzx/gnsz/gdxw/202803/11/t20280311_39114028.shtml"
page(P["T3o"], "original", "2028-03-10 16:45",
     "工业和信息化部办公厅关于组织开展2028年工业互联网平台典型应用案例征集工作的通知",
     ["各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门，有关中央企业，有关单位：",
      "为加快工业互联网平台规模化应用，现组织开展2028年工业互联网平台典型应用案例征集工作，有关事项通知如下。",
      "一、征集方向。聚焦平台赋能设备管理、生产优化、供应链协同、产融合作、绿色低碳5个方向，征集典型应用案例。",
      "二、推荐数量。各省级工业和信息化主管部门推荐案例原则上不超过15个，有关中央企业推荐不超过5个。工业和信息化部将择优遴选不超过200个典型应用案例。",
      "三、时间安排。请于2028年4月20日前通过工业互联网平台应用案例征集系统完成填报，并将推荐汇总表（加盖公章）报送工业和信息化部（信息技术发展司）。",
      "联系电话：010-6820XXXX",
      ("r", "工业和信息化部办公厅"), ("r", "2028年3月8日")],
     thread="T3", src="信息技术发展司", docno="工信厅信发函〔2028〕61号", signed="2028-03-08")
page(P["T3ce"], "reprint", "2028-03-11 08:30", "工信部启动2028年工业互联网平台典型应用案例征集",
     ["工业和信息化部办公厅日前发布通知，组织开展2028年工业互联网平台典型应用案例征集工作，将择优遴选不超过200个典型应用案例。",
      "通知明确，征集聚焦平台赋能设备管理、生产优化、供应链协同、产融合作、绿色低碳5个方向，填报截止时间为2028年4月20日。"],
     thread="T3", src="工业和信息化部网站", editor="王晶")

# ======================================================================================
# T4  city pilot list (GBK site)
# ======================================================================================
P["T4o"] = "/www.sheitc.sh.gov.cn/tzgg/20280311/7e3b9f1a2c4d4e6f8a0b1c2d3e4f5061.html"
P["T4pp"] = "/www.people.com.cn/n1/2028/0312/c1004-40275108.html"
page(P["T4o"], "original", "2028-03-11 15:00",
     "上海市经济和信息化委员会关于公布2028年上海市“人工智能+制造”场景试点名单的通知",
     ["各有关单位：",
      "根据《关于组织申报2028年上海市“人工智能+制造”场景试点的通知》，经企业申报、区级推荐、专家评审和网上公示，确定“高端装备智能排产”等42个场景为2028年上海市“人工智能+制造”场景试点，现予公布。",
      ("table", [["序号", "场景名称", "承担单位", "所在区"],
                 ["1", "高端装备智能排产", "上海某重型机器有限公司", "闵行区"],
                 ["2", "集成电路晶圆缺陷智能检测", "上海某微电子有限公司", "浦东新区"],
                 ["3", "汽车焊装车间预测性维护", "上海某汽车制造有限公司", "嘉定区"],
                 ["4", "生物医药连续制造工艺优化", "上海某药业股份有限公司", "奉贤区"],
                 ["…", "（共42个场景，余略）", "", ""]]),
      "市经济信息化委对每个试点场景给予最高500万元支持。各试点单位应于2028年6月30日前完成建设方案备案，试点期为两年。",
      ("r", "上海市经济和信息化委员会"), ("r", "2028年3月11日")],
     thread="T4", src="上海市经济和信息化委员会")
page(P["T4pp"], "reprint", "2028-03-12 09:15", "上海公布42个“人工智能+制造”场景试点",
     ["人民网上海3月12日电　上海市经济和信息化委员会11日公布2028年上海市“人工智能+制造”场景试点名单，“高端装备智能排产”等42个场景入选。",
      "据介绍，上海将对每个试点场景给予最高500万元支持，试点单位需于2028年6月30日前完成建设方案备案。"],
     thread="T4", src="人民网", column="地方", chan="local", editor="曹昆")

# ======================================================================================
# T5  software industry statistics (miit)
# ======================================================================================
P["T5o"] = "/www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2028/art_9d1c3e5a7b2f4c8e0a6d4b2f1e3c5a97.html"
P["T5cj"] = "/www.example-caijing.cn/news/2028/0309/557688.html"
page(P["T5o"], "original", "2028-03-09 10:00", "2027年软件和信息技术服务业统计公报",
     ["2027年，我国软件和信息技术服务业运行态势良好，软件业务收入稳步增长，盈利能力保持稳定。",
      "全国软件和信息技术服务业规模以上企业超4.1万家，累计完成软件业务收入14.6万亿元，同比增长11.2%。实现利润总额1.72万亿元，同比增长9.6%。",
      "分领域看，软件产品收入3.4万亿元，同比增长10.3%；其中，工业软件产品收入3385亿元，同比增长13.9%。信息技术服务收入9.8万亿元，同比增长11.8%。",
      "软件业务出口612亿美元，同比增长4.2%。"],
     thread="T5", src="运行监测协调局", docno=None)
page(P["T5cj"], "reprint", "2028-03-09 14:20", "去年我国软件业务收入14.6万亿元　工业软件收入增长13.9%",
     ["工业和信息化部9日发布的2027年软件和信息技术服务业统计公报显示，2027年全国软件业务收入14.6万亿元，同比增长11.2%；工业软件产品收入3385亿元，同比增长13.9%。"],
     thread="T5", src="工业和信息化部网站", editor="陈默")

# ======================================================================================
# Distractors, stale pages, faults
# ======================================================================================
page("/www.gov.cn/renmian/202803/content_7411920.htm", "distractor", "2028-03-11 18:00", "国务院任免国家工作人员",
     ["国务院任命刘文杰为工业和信息化部副部长；任命沈平为国家统计局副局长。"], src="新华社", column="人事")
page("/www.gov.cn/zhengce/content/202803/content_7411655.htm", "distractor", "2028-03-10 17:00",
     "国务院关于同意在天津市设立国家级湿地公园的批复", ["天津市人民政府、国家林业和草原局：你们关于设立国家级湿地公园的请示收悉。现批复如下：同意设立天津七里海国家级湿地公园。"],
     src="中国政府网", docno="国函〔2028〕27号", signed="2028-03-07", issuer="国务院", topic="城乡建设、环境保护\\其他")
page("/www.stats.gov.cn/sj/zxfb/202803/t20280309_1968011.html", "distractor", "2028-03-09 09:30",
     "2028年2月份居民消费价格同比上涨0.8%",
     ["2028年2月份，全国居民消费价格同比上涨0.8%。其中，城市上涨0.8%，农村上涨0.7%；食品价格下降0.3%，非食品价格上涨1.0%。"],
     src="国家统计局")
page("/www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2028/art_2b6d8f0a1c3e4a5b7c9d1e3f5a7b9c02.html", "distractor", "2028-03-12 09:00",
     "工业和信息化部2028年度政务新媒体运维服务项目公开招标公告",
     ["项目编号：0611-2841GXB0207", "采购预算：286万元", "投标截止时间：2028年4月2日9时30分"], src="工业和信息化部", docno=None)
page("/www.news.cn/sports/20280313/3e5a7c9b1d2f4a6c8e0b2d4f6a8c1e59/c.html", "distractor", "2028-03-13 22:30",
     "CBA常规赛：辽宁主场力克广东", ["13日晚，辽宁队在主场以98比91战胜广东队，取得三连胜。"], src="新华网", editor="周舟")
page("/www.people.com.cn/n1/2028/0313/c1008-40276402.html", "distractor", "2028-03-13 16:40", "北方多地迎来大风降温天气",
     ["中央气象台13日继续发布大风蓝色预警，预计未来三天内蒙古、华北等地有5至7级偏北风。"], src="人民网", column="社会", chan="society")
page("/www.example-caijing.cn/news/2028/0313/558512.html", "distractor", "2028-03-13 15:30", "A股三大指数集体收涨　机器人概念股走强",
     ["13日，A股三大指数集体收涨，沪指涨0.62%，深证成指涨1.05%，创业板指涨1.38%。机器人、工业母机板块涨幅居前。"],
     src="财经速览网", editor="陈默")
page("/www.scio.gov.cn/xwfb/gwyxwbgsxwfbh/wqfbh_2284/2028n_2285/2028n03y10r/202803/t20280310_912311.html", "distractor",
     "2028-03-10 15:00", "国务院新闻办公室举行新闻发布会　介绍2028年春季农业生产有关情况",
     [("sp", "主持人", "今天我们请来了农业农村部有关负责同志，介绍2028年春季农业生产有关情况。"),
      ("sp", "农业农村部负责同志", "目前全国冬小麦长势总体正常，春播备耕工作有序推进。")],
     src="国务院新闻办公室", conf={"时间": "2028年3月10日　15:00", "地点": "国务院新闻办新闻发布厅"})
page("/gxt.jiangsu.gov.cn/art/2028/3/10/art_89736_11402577.html", "distractor", "2028-03-10 11:00",
     "关于召开全省工业和信息化工作视频会议的通知", ["定于3月中旬召开全省工业和信息化工作视频会议，具体时间另行通知。"],
     src="办公室", gen_date="2028-03-10")
page("/jxt.sc.gov.cn/scjxt/tzgg/2028/3/11/1a2b3c4d5e6f4a7b8c9d0e1f2a3b4c5d.shtml", "distractor", "2028-03-11 10:00",
     "四川省经济和信息化厅2028年公开遴选公务员公告", ["根据工作需要，我厅拟面向全省公开遴选公务员6名。"], src="人事处")
page("/www.ce.cn/xwzx/gnsz/gdxw/202803/12/t20280312_39117303.shtml", "distractor", "2028-03-12 10:10",
     "第二十届中国国际中小企业博览会将于6月在广州举办", ["第二十届中国国际中小企业博览会将于2028年6月在广州举办，目前招展工作已经启动。"],
     src="中国经济网", editor="王晶")

STALE1 = "/www.gov.cn/zhengce/content/202703/content_7104415.htm"
page(STALE1, "stale", "2027-03-08 17:00", "国务院办公厅关于加快推动制造业设备更新的通知",
     ["各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
      "为加快推动制造业设备更新，现就有关事项通知如下。到2027年，规模以上工业企业关键工序数控化率达到75%，数字化研发设计工具普及率达到90%，工业领域设备投资规模较2023年增长25%以上。",
      "各省级人民政府要于2027年4月30日前报送工作方案。", ("r", "国务院办公厅"), ("r", "2027年3月2日")],
     src="中国政府网", docno="国办发〔2027〕8号", signed="2027-03-02", issuer="国务院办公厅")
page("/www.stats.gov.cn/sj/zxfb/202703/t20270315_1941620.html", "stale", "2027-03-15 10:00",
     "2027年1—2月份规模以上工业增加值增长5.9%",
     ["2027年1—2月份，全国规模以上工业增加值同比实际增长5.9%。高技术制造业增加值同比增长8.1%。工业机器人产量6.3万套，同比增长17.0%。"],
     src="国家统计局")
page("/www.sheitc.sh.gov.cn/tzgg/20270310/5c7e9a1b3d2f4e6a8c0b1d3e5f7a9c21.html", "stale", "2027-03-10 15:00",
     "上海市经济和信息化委员会关于公布2027年上海市“人工智能+制造”场景试点名单的通知",
     ["经企业申报、专家评审，确定36个场景为2027年上海市“人工智能+制造”场景试点，每个场景给予最高300万元支持。"],
     src="上海市经济和信息化委员会")
page("/www.news.cn/politics/20280302/8a0c2e4f6b1d4a3c5e7f9b0d2a4c6e88/c.html", "stale", "2028-03-02 09:00",
     "工业和信息化部：加快推进工业设备更新改造",
     ["工业和信息化部日前召开会议，研究部署加快推进工业设备更新改造工作。会议提出，今年将推动一批老旧设备加快退出。"],
     src="新华网", editor="赵鹏")

B = {}
B["empty"] = "/www.example-caijing.cn/news/2028/0312/558240.html"
page(B["empty"], "broken", "2028-03-12 19:00", "设备更新概念股盘点", [], src="财经速览网", empty=True, relevant=False)
B["404"] = "/www.news.cn/politics/20280313/f1e2d3c4b5a64978a1b2c3d4e5f6a7b8/c.html"
EXTRA = {"xinhua": [dict(title="国务院常务会议部署推进工业设备更新改造工作", path=B["404"], date="2028-03-13",
                         time="20:15", pos=0)]}
# people.cn RSS is cut off inside its last (oldest) item: the feed does not parse as a whole.
LOST = "/www.people.com.cn/n1/2028/0309/c1006-40272215.html"
page(LOST, "distractor", "2028-03-09 07:30", "全国两会特别报道：代表委员热议乡村振兴",
     ["全国两会期间，代表委员围绕乡村振兴建言献策。"], src="人民网", column="时政", chan="politics")


def cut(txt):
    i = txt.rfind("<item>")
    return txt.find("</title>", i) + 30


# ======================================================================================
# Gold threads
# ======================================================================================
THREADS = [
    dict(id="T1", importance=1,
         title="国务院办公厅印发《关于推进工业设备数字化更新和智能化改造的意见》：到2030年关键工序数控化率达到85%，设3000亿元专项再贷款",
         key_facts=[DOC, DOCNO, "85%", "95%", "30%以上", "5000家以上", "300家以上", "3000亿元", "2028年5月31日",
                    "12.4%", "1800亿元", "1000亿元"],
         deadlines=[dict(date="2028-05-31", what="各省级人民政府制定出台具体实施方案")],
         entities=["国务院办公厅", "工业和信息化部", "国家发展改革委", "人民银行", "国务院新闻办公室"]),
    dict(id="T2", importance=2,
         title="国家统计局：2028年1—2月份规模以上工业增加值同比增长6.3%，高技术制造业增长9.7%",
         key_facts=["6.3%", "9.7%", "8.6万套", "23.5%", "712亿块", "8.8%"],
         deadlines=[], entities=["国家统计局"]),
    dict(id="T3", importance=2,
         title="工业和信息化部办公厅征集2028年工业互联网平台典型应用案例，择优遴选不超过200个，4月20日前填报",
         key_facts=["工信厅信发函〔2028〕61号", "不超过200个", "不超过15个", "2028年4月20日"],
         deadlines=[dict(date="2028-04-20", what="工业互联网平台典型应用案例填报和推荐汇总表报送截止")],
         entities=["工业和信息化部", "信息技术发展司"]),
    dict(id="T4", importance=2,
         title="上海公布2028年“人工智能+制造”场景试点名单42个，每个最高支持500万元",
         key_facts=["42个", "500万元", "2028年6月30日", "高端装备智能排产"],
         deadlines=[dict(date="2028-06-30", what="上海“人工智能+制造”场景试点单位完成建设方案备案")],
         entities=["上海市经济和信息化委员会"]),
    dict(id="T5", importance=2,
         title="工业和信息化部：2027年软件业务收入14.6万亿元、同比增长11.2%，工业软件产品收入3385亿元",
         key_facts=["14.6万亿元", "11.2%", "3385亿元", "13.9%", "1.72万亿元"],
         deadlines=[], entities=["工业和信息化部"]),
]

README = f"""# {NAME}: one big policy day (synthetic)

**Synthetic test data.** Every document, document number, figure, name and quotation is
fictional, written to test the 「新质生产力每日动态」 brief generator without reading its code.
Pages imitate only the *structure* of the kind of site they sit on; `www.example-caijing.cn`
(财经速览网) is a fictional portal. Brief date {BRIEF_DATE}, window {WINDOW} days
(2028-03-04 … 2028-03-14). Built by `../make_{NAME}.py` (seed {SEED}), checked by
`../check_{NAME}.py`.

## Threads (gold.json)
- **T1 (1), 12 pages, one thread.** 国务院办公厅 {DOC}（{DOCNO}）. Original: the gov.cn document
  page (policy info table, 成文日期 2028-03-06, 发布日期 2028-03-12). Also: 新华社 通稿 on news.cn
  (来源：中国政府网), full-text reprints on people.com.cn and ce.cn (来源：中国政府网; the people.cn
  copy differs only in boilerplate), a portal rewrite with a different headline (“国办：到2030年…”),
  the MIIT official's 答记者问 (figures only there: 12.4%), a 一图读懂 (picture + one sentence), a
  新华时评 and a portal commentary, the 国新办 吹风会 transcript (figures only there: 1800亿元,
  1000亿元) and two provinces' 贯彻落实 notices (江苏; 四川, GBK). Every one of these pages is
  `thread: T1`; `role` in `articles` says which kind each is. A brief that makes several
  sections out of it is splitting the thread.
- **T2 (2)** 国家统计局 1—2月份 industrial output, its 首席统计师 解读 (8.8% only there) and a 新华社 story.
- **T3 (2)** MIIT call for industrial-internet platform cases, deadline 2028-04-20; a ce.cn rewrite.
- **T4 (2)** 上海 (GBK site) “人工智能+制造” pilot list: 42个 scenes, 500万元, filing by 2028-06-30; a people.cn story.
- **T5 (2)** MIIT 2027 software-industry statistics; a portal rewrite.

## Distractors, stale pages, faults
Distractors: 任免, a 国函 on a wetland park, CPI, a procurement notice, CBA, weather, a stock-market
wrap mentioning robot stocks, an agriculture press conference, a meeting notice without content,
a civil-service notice, an expo announcement. Stale (before the window, other figures): the 2027
国办 notice on equipment renewal (75%/90%/25%), the 2027 1—2月 industrial output, the 2027 Shanghai
pilot list (36个), a 2028-03-02 Xinhua item two days before the window. Faults: a 404 item at the
top of the news.cn RSS; the people.cn RSS is cut off in the middle of its last item (the whole feed
does not parse; the item lost with it is an off-topic page); an empty portal page; two GBK sites
(四川, 上海) with relative links on the MIIT and 四川 lists.
"""

README += """
## First score
Scored once, black-box, on 2026-12-03 with `shared/eval/score.py` and
`/work/main/.venv/bin/dailybrief run` (nothing in the corpus was changed afterwards). The command runs from /work/main's working tree,
which other sessions were changing at the time (run at 11:21 UTC; main HEAD then about c42d83e/d4d388b,
plus whatever uncommitted edits the tree held):

```
exit_code                    0
seconds                      5.82
threads_covered              "4/5"
thread_recall                0.8
section_purity               1.0
split_threads                []
fact_recall                  0.806
facts_missing                ["12.4%", "14.6万亿元", "11.2%", "3385亿元", "13.9%", "1.72万亿元"]
ungrounded_numbers           []
leaked_references            []
misattributed_references     []
threads_without_original     []
duplicate_references         []
deadline_recall              1.0
references                   10
```
Observed: T1 was kept as one section citing the gov.cn original, the 吹风会, a commentary and
both provinces (the 答记者问's 12.4% was not used); T5 (software statistics, an MIIT page with
no 信息索引 box and a portal rewrite) was not in the brief. The section opens with 3月6日 (the
成文日期) as the day the document was 发布, although gov.cn published it on 3月12日; score.py
does not measure this.
"""

if __name__ == "__main__":
    K.build(THREADS, README, extra=EXTRA, truncate={"people": cut},
            broken=[(B["404"], "404: top item of the news.cn RSS, no file")])
