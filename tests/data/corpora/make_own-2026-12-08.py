#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the synthetic test corpus ``own-2026-12-08`` (standard library only, deterministic).

Every story in it is FICTIONAL test data, written to test the "新质生产力每日动态" brief
generator. Pages imitate only the structure of the named sites; contents are invented.
Brief date 2026-12-08, window 3 days (2026-12-05 … 2026-12-08), 5 threads, 8 sources.

Run:  python3 make_own-2026-12-08.py   (rebuilds ./own-2026-12-08 from scratch)
Then: python3 check_own-2026-12-08.py
"""
from __future__ import annotations

import json
import posixpath
import shutil
from datetime import date, datetime, timedelta, timezone
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "own-2026-12-08"
OUT = HERE / NAME
SITE = OUT / "site"
BRIEF_DATE = "2026-12-08"
WINDOW_DAYS = 3
TITLE = "新质生产力每日动态"
MARK = "<!-- synthetic test data: fictional page imitating this site's layout, written to test a daily-brief generator -->"
FEED_MARK = "<!-- synthetic test data: fictional feed written to test a daily-brief generator -->"
BJ = timezone(timedelta(hours=8))

SOURCES = [
    dict(id="sasac", host="www.sasac.gov.cn", name="国务院国资委",
         name_en="State-owned Assets Supervision and Administration Commission of the State Council",
         kind="listpage", url="/www.sasac.gov.cn/n2588025/n2588124/index.html", authority="ministry"),
    dict(id="sichuan", host="www.sc.gov.cn", name="四川省人民政府",
         name_en="Sichuan Provincial People's Government", kind="listpage",
         url="/www.sc.gov.cn/10462/c102914/sjfb/list/index.shtml", authority="local"),
    dict(id="nda", host="www.nda.gov.cn", name="国家数据局", name_en="National Data Administration",
         kind="atom", url="/www.nda.gov.cn/sjj/atom.xml", authority="ministry"),
    dict(id="qiming", host="www.example-qiming.cn", name="启明网",
         name_en="Qiming Net (fictional media site)", kind="rss",
         url="/www.example-qiming.cn/rss/tech.xml", authority="media"),
    dict(id="govcn", host="www.gov.cn", name="中国政府网", name_en="Chinese Government Portal (www.gov.cn)",
         kind="rss", url="/www.gov.cn/rss/yaowen.xml", authority="central"),
    dict(id="jjqy", host="www.example-jjqy.cn", name="经济前沿报",
         name_en="Economic Frontier Daily (fictional newspaper site)", kind="listpage",
         url="/www.example-jjqy.cn/news/index.html", authority="media"),
    dict(id="hxiri", host="www.example-hxiri.cn", name="华信产业研究院",
         name_en="Huaxin Industry Research Institute (fictional)", kind="listpage",
         url="/www.example-hxiri.cn/yjcg/index.html", authority="industry"),
    dict(id="caac", host="www.caac.gov.cn", name="中国民用航空局",
         name_en="Civil Aviation Administration of China", kind="listpage",
         url="/www.caac.gov.cn/XWZX/MHYW/index.html", authority="ministry"),
]
PUB = {s["host"]: s["name"] for s in SOURCES}
HOME = {s["host"]: f"/{s['host']}/index.html" for s in SOURCES}
LIST = {s["host"]: s["url"] for s in SOURCES}

# ------------------------------------------------------------------ threads
T1_NAME = "“量枢”量子计算云平台"
T2_DOC = "《数据产权登记管理暂行办法》"
T2_DRAFT = "《数据产权登记服务规范（征求意见稿）》"
T3_DOC = "《四川省低空空域管理改革试点实施方案》"
T4_DOC = "《国家级制造业数字化转型促进中心建设指南》"
T5_DOC = "《2026专精特新“小巨人”企业融资发展报告》"

THREADS = [
    dict(id="T1", importance=1,
         title="中央企业数智集团发布“量枢”量子计算云平台：接入3台超导量子计算机，最大256量子比特",
         key_facts=[T1_NAME, "3台", "256量子比特", "99.62%", "40比特", "18.7亿元", "27家", "2027年1月15日"],
         deadlines=[dict(date="2027-01-15", what="“量枢”平台首批免费真机机时申请截止")],
         entities=["国务院国资委", "中国数智科技集团有限公司"]),
    dict(id="T2", importance=1,
         title="国家数据局印发《数据产权登记管理暂行办法》，六章三十六条，2027年1月1日起施行",
         key_facts=[T2_DOC, "六章三十六条", "2027年1月1日", "15个工作日", "2026年11月末", "18个省份", "4.3万张",
                    T2_DRAFT, "2026年12月31日"],
         deadlines=[dict(date="2026-12-31", what="《数据产权登记服务规范（征求意见稿）》公开征求意见截止")],
         entities=["国家数据局"]),
    dict(id="T3", importance=2,
         title="四川印发低空空域管理改革试点实施方案：到2027年底划设低空飞行空域12个、面积3.6万平方公里",
         key_facts=[T3_DOC, "60条", "12个", "3.6万平方公里", "95个", "21.6万架次", "38.5%", "8亿元", "2027年3月31日"],
         deadlines=[dict(date="2027-03-31", what="各市（州）制定本地区实施细则报省发展改革委备案")],
         entities=["四川省人民政府办公厅", "四川省发展和改革委员会", "民航西南地区管理局", "中国民用航空局"]),
    dict(id="T4", importance=2,
         title="工信部公布首批36家国家级制造业数字化转型促进中心，累计服务企业1.9万家",
         key_facts=[T4_DOC, "36家", "22个省（区、市）", "1.9万家", "420亿元", "1300余个", "2027年1月31日"],
         deadlines=[dict(date="2027-01-31", what="各促进中心报送三年建设方案")],
         entities=["工业和信息化部"]),
    dict(id="T5", importance=3,
         title="华信产业研究院报告：截至2026年10月末“小巨人”企业1.52万家，股权融资占比41.3%",
         key_facts=[T5_DOC, "1.52万家", "41.3%", "3.2个百分点", "2.46万亿元", "16.8%", "1870亿元", "186家"],
         deadlines=[],
         entities=["华信产业研究院"]),
]

PAGES: list[dict] = []


def page(path: str, kind: str, when: str, title: str, body: list, *, thread: str | None = None,
         source: str = "", **extra) -> dict:
    """Register one article page; ``when`` is Beijing time 'YYYY-MM-DD HH:MM'."""
    d, t = when.split(" ")
    p = dict(path=path, host=path.split("/")[1], kind=kind, thread=thread, date=d, time=t,
             title=title, body=body, source=source, **extra)
    PAGES.append(p)
    return p


SA = "/www.sasac.gov.cn"
SC = "/www.sc.gov.cn/10462/c102914"
ND = "/www.nda.gov.cn/sjj"
QM = "/www.example-qiming.cn"
GV = "/www.gov.cn"
JJ = "/www.example-jjqy.cn"
HX = "/www.example-hxiri.cn"
CA = "/www.caac.gov.cn"

P = dict(
    T1o=SA + "/n2588025/n2588124/c31876542/content.html",
    T1r=GV + "/lianbo/bumen/202612/content_7081562.htm",
    T1c=QM + "/tech/2026-12/08/content_38291045.htm",
    T2o=ND + "/zwgk/zcwj/1205/c1738201/content.html",
    T2j=ND + "/zwgk/zcjd/1205/c1738215/content.html",
    T2r=GV + "/zhengce/zhengceku/202612/content_7081433.htm",
    T2c=QM + "/opinion/2026-12/06/content_38287730.htm",
    T3o=SC + "/2026/12/6/9d1f0c3b5a7e4e28b6c1d2e3f4a5b6c7.shtml",
    T3g=SC + "/2026/12/6/2b7e4a1c9f3d4c5ea8b9c0d1e2f3a4b5.shtml",
    T3a=CA + "/XWZX/DKJJ/202612/t20261207_226541.html",
    T4o=GV + "/xinwen/2026-12/07/content_7081498.htm",
    T4r=JJ + "/news/20261207/a1f3c9e27b.html",
    T4c=HX + "/yjcg/gd/202612/t20261208_5521.html",
    T5o=HX + "/yjcg/bg/202612/t20261207_5517.html",
    T5r=JJ + "/news/20261208/b7d20e4c16.html",
    S1=SA + "/n2588025/n2588124/c29654310/content.html",
    S2=ND + "/zwgk/tzgg/1120/c1365402/content.html",
    S2f=GV + "/lianbo/difang/202512/content_6998117.htm",
    S3=SC + "/2025/12/3/4c8a2e6f1b9d4a7c8e5f6a7b8c9d0e1f.shtml",
    S3n=CA + "/XWZX/MHYW/202612/t20261204_226433.html",
    S5=JJ + "/news/20251209/e5a9c1d7f2.html",
    EMPTY=JJ + "/news/20261207/c4e8b2a6d0.html",
    MISSING=HX + "/yjcg/dt/202612/t20261206_5509.html",
)
MISSING = [dict(path=P["MISSING"], date="2026-12-06", time="16:00",
                title="研究院参加2026中国数字经济发展论坛并发布主题报告")]

# ================================================================== T1 量枢 (sasac original)
T1_BODY = [
    "12月7日，中央企业中国数智科技集团有限公司（以下简称数智集团）在合肥发布“量枢”量子计算云平台，面向高校、科研院所和企业开放量子算力服务。",
    "平台首批接入3台超导量子计算机，其中最大单机规模达256量子比特，双比特门平均保真度达99.62%；同时提供最高40比特的量子线路经典模拟器，支持用户在同一平台上完成算法设计、模拟验证和真机运行。",
    "数智集团近三年在量子计算领域累计投入研发资金18.7亿元，联合27家高校和科研机构组建量子计算创新联合体，围绕量子纠错、量子编译、行业算法等方向开展攻关。",
    "平台即日起开放公测，首批免费真机机时申请截止2027年1月15日，通过审核的用户每月可获得不超过100小时的真机机时。",
    "国务院国资委有关负责人表示，中央企业要加快布局量子科技等未来产业，推动创新链产业链资金链人才链深度融合，以科技创新引领培育发展新质生产力。",
]
page(P["T1o"], "original", "2026-12-07 16:30", "数智集团发布“量枢”量子计算云平台 面向社会开放超导量子算力",
     T1_BODY, thread="T1", source="数智集团",
     related=[("中央企业量子计算创新联合体在合肥成立", P["S1"])])
page(P["T1r"], "reprint", "2026-12-07 18:42", "中央企业“量枢”量子计算云平台上线 首批接入3台超导量子计算机",
     T1_BODY[:4] + ["业内人士认为，量子计算云平台的开放将降低量子算力使用门槛，加速量子计算在金融、生物医药、新材料等领域的应用探索。"],
     thread="T1", source="国资委")
page(P["T1c"], "commentary", "2026-12-08 08:15", "专访数智集团量子计算首席科学家：让量子算力像用电一样方便", [
    "记者：“量枢”平台上线后，普通企业能用它做什么？",
    "首席科学家：我们希望把量子计算机变成像水电一样的公共服务。平台这次接入的最大单机是256量子比特的超导机器，用户通过浏览器就能提交任务，不需要自己维护极低温设备。",
    "记者：外界很关心量子计算机的可靠性。",
    "首席科学家：衡量可靠性的关键指标是门保真度，我们的双比特门平均保真度达到99.62%。不过要真正解决实际问题，还需要量子纠错取得突破，这是我们下一阶段的重点。",
    "记者：对行业用户有什么建议？",
    "首席科学家：先从量子化学模拟、组合优化这类问题入手，在经典模拟器上把算法跑通，再上真机验证，循序渐进。",
], thread="T1", source="启明网", author="记者 林晓舟")
page(P["S1"], "stale", "2025-12-10 15:00", "中央企业量子计算创新联合体在合肥成立", [
    "12月10日，由中国数智科技集团有限公司牵头的中央企业量子计算创新联合体在合肥成立，首批15家成员单位签署合作协议。",
    "数智集团同日展示了自主研制的72量子比特超导量子计算原型机，计划投入9.6亿元建设量子计算研发中试平台。",
    "联合体将围绕量子芯片、测控系统、低温电子学等方向联合攻关，力争两年内推出面向社会开放的量子计算云服务。",
], source="数智集团")

# ================================================================== T2 数据产权登记 (nda original)
T2_BODY = [
    ("c", "国数资〔2026〕41号"),
    "各省、自治区、直辖市及新疆生产建设兵团数据管理部门，有关单位：",
    f"为规范数据产权登记行为，保护数据资源持有权、数据加工使用权、数据产品经营权等合法权益，推动数据要素市场化配置，加快培育发展新质生产力，我局制定了{T2_DOC}，现印发给你们，请认真贯彻执行。",
    "《办法》共六章三十六条，明确了登记主体、登记类型、登记程序、登记机构管理和监督管理等内容，自2027年1月1日起施行。",
    "《办法》提出，数据产权登记实行全国统一的登记规则和编码标准，登记机构应当在受理申请之日起15个工作日内完成审查，对符合条件的予以登记并颁发登记证书。",
    "截至2026年11月末，全国已有18个省份开展数据产权登记试点，累计颁发数据产权登记证书4.3万张。各地要在总结试点经验基础上，做好新旧制度衔接。",
    f"同时，我局组织起草了{T2_DRAFT}，现向社会公开征求意见，意见反馈截止时间为2026年12月31日。",
    ("r", "国家数据局"),
    ("r", "2026年11月30日"),
]
page(P["T2o"], "original", "2026-12-05 10:00", "国家数据局关于印发《数据产权登记管理暂行办法》的通知",
     T2_BODY, thread="T2", source="国家数据局", related=[("国家数据局部署开展数据产权登记试点工作", P["S2"])])
page(P["T2j"], "commentary", "2026-12-05 10:05", "国家数据局有关负责人就《数据产权登记管理暂行办法》答记者问", [
    "问：出台《办法》的背景是什么？",
    "答：数据产权登记是数据要素市场的基础制度。近年来各地积极探索，但登记规则、证书格式和互认机制不统一，企业跨地区使用登记证书存在障碍，亟需在国家层面统一规范。",
    "问：《办法》的主要内容有哪些？",
    "答：《办法》共六章三十六条，围绕“谁来登、登什么、怎么登、怎么管”作出规定，重点明确了数据资源、数据产品两类登记对象和首次登记、变更登记、注销登记三种登记类型。",
    "问：《办法》何时施行？地方试点怎么衔接？",
    "答：《办法》自2027年1月1日起施行。施行前已由试点地区颁发的登记证书继续有效，登记机构应按照统一编码规则逐步完成信息归集。",
], thread="T2", source="国家数据局", site_title_only=True,
     related=[("国家数据局部署开展数据产权登记试点工作", P["S2"])])
page(P["T2r"], "reprint", "2026-12-06 09:10", "国家数据局关于印发《数据产权登记管理暂行办法》的通知",
     T2_BODY, thread="T2", source="国家数据局网站", docno="国数资〔2026〕41号", written="2026年11月30日")
page(P["T2c"], "commentary", "2026-12-06 07:30", "评论：为数据要素“确权”迈出关键一步", [
    "数据要素要流通起来，先要回答“数据归谁”的问题。国家数据局日前印发的数据产权登记办法，把各地分散的探索纳入统一框架。",
    "从试点看，全国已有18个省份开展登记试点，累计颁发登记证书4.3万张，企业对“确权”的需求真实存在。统一规则之后，证书能否跨地区互认、能否用于融资质押，将是检验制度成效的关键。",
    "登记只是起点。让登记结果在交易、入表、融资等场景中真正被认可，还需要配套制度持续跟进。",
], thread="T2", source="启明网", author="启明网评论员")
page(P["S2"], "stale", "2025-11-20 11:00", "国家数据局部署开展数据产权登记试点工作", [
    "近日，国家数据局印发通知，在北京、上海、浙江、广东等9个省份开展数据产权登记试点。",
    "通知要求，试点地区于2026年6月底前建成登记服务平台，形成可复制推广的经验做法。",
], source="国家数据局")
page(P["S2f"], "stale", "2025-12-06 08:00", "数据产权登记试点首批证书在多地颁发", [
    "记者从有关方面获悉，数据产权登记试点启动以来，5个省份已率先颁发首批登记证书共1260张。",
    "试点地区普遍建立了“一站式”登记服务窗口，登记审查周期由原来的30个工作日压缩至20个工作日。",
], source="新华社", feed_date="2026-12-06 08:00")

# ================================================================== T3 四川低空 (sichuan original, GBK)
page(P["T3o"], "original", "2026-12-06 18:20",
     "四川省人民政府办公厅关于印发《四川省低空空域管理改革试点实施方案》的通知", [
    ("c", "川办发〔2026〕52号"),
    "各市（州）人民政府，省政府各部门、各直属机构，有关单位：",
    f"{T3_DOC}已经省政府同意，现印发给你们，请认真贯彻落实。",
    ("h", "一、主要目标"),
    "到2027年底，全省划设低空目视飞行航线60条、低空飞行空域12个，空域面积达3.6万平方公里；建成通用机场和起降场地95个，基本形成覆盖全省主要城市群的低空飞行服务保障网络。",
    "2026年1月至11月，全省低空飞行量达21.6万架次，同比增长38.5%。",
    ("h", "二、保障措施"),
    "省级财政统筹安排低空经济发展专项资金8亿元，支持低空飞行服务站、监视通信设施建设和应用场景示范。省发展改革委会同民航西南地区管理局建立空域协同管理机制。",
    "各市（州）人民政府于2027年3月31日前制定本地区实施细则，报省发展改革委备案。",
    "本方案自印发之日起施行，有效期至2028年12月31日。",
    ("r", "四川省人民政府办公厅"),
    ("r", "2026年11月28日"),
], thread="T3", source="四川省人民政府办公厅", written="2026年11月28日", docno="川办发〔2026〕52号",
     related=[("四川省召开低空经济发展推进会", P["S3"])])
page(P["T3g"], "commentary", "2026-12-06 19:00", "图解｜四川低空空域管理改革试点实施方案",
     [f"一图读懂{T3_DOC}。"], thread="T3", source="四川省人民政府网站", mega=True)
page(P["T3a"], "reprint", "2026-12-07 11:00", "民航局支持四川开展低空空域管理改革试点", [
    "记者从民航局获悉，民航局将支持四川省开展低空空域管理改革试点，指导民航西南地区管理局做好空域协同、飞行服务和安全监管工作。",
    f"根据四川省人民政府办公厅2026年11月28日印发的{T3_DOC}，到2027年底全省将划设低空飞行空域12个，空域面积达3.6万平方公里。",
    "民航局有关部门负责人表示，将在四川试点基础上总结低空空域分类划设和动态管理经验，适时在更大范围推广。",
], thread="T3", source="中国民用航空局", date_only_in_url=True)
page(P["S3n"], "stale", "2026-12-04 10:30", "前三季度四川低空飞行量达17.4万架次", [
    "记者从民航西南地区管理局获悉，2026年前三季度，四川省低空飞行量达17.4万架次，同比增长31.2%。",
    "目前四川已划设低空飞行空域8个，开通低空目视飞行航线41条。",
], source="民航西南地区管理局")
page(P["S3"], "stale", "2025-12-03 17:00", "四川省召开低空经济发展推进会", [
    "12月3日，全省低空经济发展推进会在成都召开。会议通报，2025年1月至10月全省低空飞行量达12.3万架次，已建成通用机场19个。",
    "会议要求，加快推进低空空域管理改革，积极争取国家试点。",
], source="四川省发展和改革委员会")

# ================================================================== T4 促进中心 (gov.cn original)
page(P["T4o"], "original", "2026-12-07 10:15", "工业和信息化部公布首批36家国家级制造业数字化转型促进中心", [
    "工业和信息化部12月7日公布首批国家级制造业数字化转型促进中心名单，共36家，覆盖22个省（区、市）和原材料、装备制造、消费品、电子信息等重点行业。",
    f"按照{T4_DOC}，促进中心分为行业型、区域型和园区型三类，主要为中小企业提供诊断评估、解决方案、人才培训和改造实施等公共服务。",
    "据介绍，首批促进中心去年以来累计服务企业1.9万家，带动企业数字化改造投资420亿元，培育数字化转型服务商1300余个。",
    "工业和信息化部要求，各促进中心于2027年1月31日前报送三年建设方案，地方工业和信息化主管部门加强指导和支持。",
], thread="T4", source="中国政府网")
page(P["T4r"], "reprint", "2026-12-07 20:05", "首批36家国家级制造业数字化转型促进中心亮相", [
    "本报讯 工业和信息化部日前公布首批国家级制造业数字化转型促进中心名单，36家促进中心覆盖22个省（区、市）。",
    "记者了解到，首批促进中心累计服务企业1.9万家，带动企业数字化改造投资420亿元，培育数字化转型服务商1300余个。",
    f"根据{T4_DOC}，促进中心将为中小企业提供诊断评估、解决方案、人才培训等服务，各促进中心须于2027年1月31日前报送三年建设方案。",
], thread="T4", source="经济日报", author="记者 周明远")
page(P["T4c"], "commentary", "2026-12-08 09:00", "观点｜建好国家级制造业数字化转型促进中心要把握三个关键", [
    "首批36家国家级促进中心的公布，标志着制造业数字化转型公共服务体系进入体系化建设阶段。",
    "从带动效果看，促进中心已带动企业数字化改造投资420亿元，但服务能力区域差距明显。我们认为，下一步要把握三个关键：一是聚焦中小企业“不敢转、不会转”的痛点，二是推动解决方案标准化、可复制，三是建立以服务成效为导向的评价机制。",
], thread="T4", source="华信产业研究院", author="华信产业研究院数字经济研究所")

# ================================================================== T5 小巨人融资 (hxiri original)
T5_BODY = [
    f"12月7日，华信产业研究院发布{T5_DOC}。",
    "报告显示，截至2026年10月末，全国专精特新“小巨人”企业已达1.52万家，其中获得股权融资的企业占比为41.3%，较上年提高3.2个百分点。",
    "“小巨人”企业贷款余额达2.46万亿元，同比增长16.8%；知识产权质押融资额为1870亿元。在北京证券交易所上市的“小巨人”企业达到186家。",
    "报告建议，进一步发挥政府投资基金引导作用，扩大“小巨人”企业中长期贷款和信用贷款投放，支持更多企业在多层次资本市场融资。",
]
page(P["T5o"], "original", "2026-12-07 15:00", f"华信产业研究院发布{T5_DOC}", T5_BODY, thread="T5",
     source="华信产业研究院")
page(P["T5r"], "reprint", "2026-12-08 07:30", "报告：专精特新“小巨人”企业股权融资占比升至41.3%",
     T5_BODY[1:3] + ["业内人士表示，“小巨人”企业融资结构持续优化，股权融资正成为支持企业创新的重要渠道。"],
     thread="T5", source="华信产业研究院", related=[("2025专精特新企业融资报告：股权融资占比38.1%", P["S5"])])
page(P["S5"], "stale", "2025-12-09 08:40", "2025专精特新企业融资报告：股权融资占比38.1%", [
    "报告显示，截至2025年10月末，全国专精特新“小巨人”企业1.37万家，获得股权融资的企业占比为38.1%。",
    "“小巨人”企业贷款余额达2.05万亿元。",
], source="华信产业研究院")

# ================================================================== distractors
D = "distractor"
page(SA + "/n2588025/n2588124/c31869021/content.html", D, "2026-12-06 17:00", "中央企业负责人任免", [
    "经研究决定：任命李某某为中国某某集团有限公司总经理、董事；免去王某某的中国某某集团有限公司总经理职务。",
    "上述人员任职按有关规定办理。李某某，男，1972年生，研究生学历，工学博士，正高级工程师，曾任中国某某集团有限公司副总经理。"],
    source="国资委干部二局")
page(SA + "/n2588025/n2588124/c31851270/content.html", D, "2026-12-05 09:00",
     "关于召开2026年中央企业数字化转型工作推进会的通知", [
    "各中央企业：", "经研究，定于2026年12月18日召开2026年中央企业数字化转型工作推进会。",
    "会议时间：2026年12月18日（星期五）上午9:00。会议地点：北京市西城区宣武门西大街某某号。",
    "参会人员：各中央企业分管负责同志及数字化部门负责同志各1人。请于12月12日前报送参会回执。联系电话：010-6319XXXX。"],
    source="国务院国资委办公厅")
page(SA + "/n2588025/n2588124/c31862255/content.html", D, "2026-12-06 10:00",
     "国务院国资委机关服务中心2026年办公设备采购项目成交结果公告", [
    "一、项目编号：GZW-2026-FW-017", "二、项目名称：国务院国资委机关服务中心2026年办公设备采购项目",
    ("table", [["包号", "成交供应商", "成交金额（元）"], ["1", "北京某某科技有限公司", "1,286,400.00"],
               ["2", "某某信息技术股份有限公司", "764,900.00"]]),
    "三、公告期限：自本公告发布之日起1个工作日。"], source="国务院国资委机关服务中心")

page(SC + "/2026/12/7/7a3c5e9b1d2f4a6c8e0b1c2d3e4f5a6b.shtml", D, "2026-12-07 16:00",
     "寒潮来袭 四川盆地大部将降温6至8℃", [
    "省气象台12月7日发布寒潮蓝色预警，受强冷空气影响，8日至10日四川盆地大部气温将下降6至8℃，川西高原部分地方有中到大雪。",
    "气象部门提醒，注意防寒保暖，做好道路结冰防范，高原地区车辆出行注意携带防滑链，农业生产做好大棚蔬菜和越冬作物防冻工作。"], source="四川省气象局")
page(SC + "/2026/12/5/3f6a9c2e5b8d4f1a7c0e3b6d9f2a5c8e.shtml", D, "2026-12-05 18:00",
     "四川省人民政府关于王堃等同志职务任免的通知", [
    "各市（州）人民政府，省政府各部门、各直属机构：", "省人民政府决定：任命王堃为四川省某某厅副厅长；免去赵某某的四川省某某局副局长职务。"],
    source="四川省人民政府")
page(SC + "/2026/12/6/8e1b4d7a0c3f4e6b9d2a5c8e1b4d7a0c.shtml", D, "2026-12-06 21:00",
     "四川代表团在全国冬季运动会上再添两金", [
    "12月6日，在全国冬季运动会越野滑雪项目比赛中，四川选手获得男子、女子短距离两枚金牌。截至目前，四川代表团共获得5枚金牌。",
    "近年来，四川依托川西高原资源大力发展冰雪运动，建成训练基地3个，参加本届全运会的运动员人数创历史新高。"],
    source="四川省体育局")
page(SC + "/2026/12/7/5d8f1a4c7e0b4d3f6a9c2e5b8d1f4a7c.shtml", D, "2026-12-07 10:00",
     "四川公布第六批省级非物质文化遗产代表性项目名录", [
    "经省人民政府同意，第六批省级非物质文化遗产代表性项目名录共计126项，涵盖传统技艺、传统美术、民俗等类别。",
    "各地要按照“保护为主、抢救第一、合理利用、传承发展”的方针，切实做好名录项目的保护传承工作。"],
    source="四川省文化和旅游厅")

page(ND + "/zwgk/tzgg/1207/c1739012/content.html", D, "2026-12-07 17:30", "国家数据局2027年度考试录用公务员面试公告", [
    "根据2027年度中央机关及其直属机构考试录用公务员工作安排，现将国家数据局面试有关事项通知如下。",
    "面试时间：2027年2月下旬。联系电话：010-6890XXXX。"], source="国家数据局人事司")
page(ND + "/zwgk/tzgg/1206/c1738730/content.html", D, "2026-12-06 15:00",
     "关于《数据资源目录编制指南》等3项国家标准报批稿的公示", [
    "全国数据标准化技术委员会组织完成了《数据资源目录编制指南》《公共数据授权运营安全要求》《数据质量评价通用要求》3项国家标准报批稿，现予以公示。",
    "公示期为2026年12月6日至2026年12月20日。如有异议，请在公示期内以书面形式反馈。"], source="全国数据标准化技术委员会")
page(ND + "/en/news/1207/c1739044/content.html", D, "2026-12-07 20:00", "NDA Holds Open Day for Foreign Media", [
    "The National Data Administration held an open day for foreign journalists in Beijing on December 7, introducing its work on public data services and data infrastructure.",
    "Journalists from 14 countries visited the exhibition hall and talked with officials."], source="NDA", english=True)

page(GV + "/xinwen/2026-12/07/content_7081520.htm", D, "2026-12-07 11:30", "中央气象台发布寒潮蓝色预警", [
    "中央气象台12月7日06时发布寒潮蓝色预警：受强冷空气影响，7日至10日，中东部大部地区气温将先后下降6至10℃，局地降温12℃以上。",
    "防御指南：政府及有关部门按照职责做好防寒潮准备工作；注意添衣保暖；做好牲畜、家禽的防寒防风，对热带作物、水产品采取一定的防护措施。"],
    source="中国气象局网站")
page(GV + "/renshi/2026-12/05/content_7081301.htm", D, "2026-12-05 19:00", "国务院任免国家工作人员", [
    "国务院任命张某某为某某部副部长；免去刘某某的某某局副局长职务。",
    "国务院任命王某某为某某委员会副主任；免去陈某某的某某委员会副主任职务，另有任用。"], source="新华社")
page(GV + "/xinwen/2026-12/06/content_7081417.htm", D, "2026-12-06 16:20", "全国冬季运动会雪上项目比赛在吉林开赛", [
    "12月6日，全国冬季运动会雪上项目比赛在吉林开赛，来自各地的运动员将在7个大项中展开角逐。",
    "本届冬运会首次设置群众组比赛，吸引了大批冰雪爱好者参与，赛事将持续至12月20日。"], source="新华社")

page(CA + "/XWZX/MHYW/202612/t20261206_226502.html", D, "2026-12-06 15:30",
     "民航局空管局2026年度通信导航设备采购项目中标结果公告", [
    "项目编号：KGJ-2026-ZB-0931。中标人：某某电子设备有限公司。中标金额：人民币3,482,000.00元。",
    "评标委员会成员：张某、李某、王某、赵某、刘某。公告期限：自本公告发布之日起1个工作日。联系人：孙某，联系电话：010-6409XXXX。"],
    source="民航局空管局")
page(CA + "/XWZX/MHYW/202612/t20261205_226470.html", D, "2026-12-05 16:00",
     "民航局批复2026/2027年冬春航季国内航班计划", [
    "民航局近日批复2026/2027年冬春航季国内航班计划，国内客运航空公司计划每周执行航班约11.2万班。",
    "与上年冬春航季相比，计划航班量有所增长，其中国内旅游城市和支线机场航班增加较多。"],
    source="运输司")
page(CA + "/XWZX/MHYW/202612/t20261207_226518.html", D, "2026-12-07 09:00", "民航局发布冬季运行安全提示", [
    "进入冬季，局地降雪、道路结冰等不利天气增多。民航局提示各运输航空公司、机场做好除冰雪保障工作。",
    "各单位要加强冬季运行风险研判，提前储备除冰液等物资，合理调整航班计划，及时向旅客发布航班动态信息。"],
    source="航空安全办公室")

page(QM + "/digital/2026-12/07/content_38289512.htm", D, "2026-12-07 12:00",
     "上手评测：某品牌新款手机搭载自研芯片，量子点屏幕表现如何", [
    "这款手机搭载厂商自研的4纳米芯片，屏幕采用量子点技术，色域覆盖达到110%。",
    "实际使用一周，续航表现中规中矩，游戏场景下机身发热控制较好，售价3999元起。"], source="启明网", author="数码频道 阿晨")
page(QM + "/sports/2026-12/06/content_38287991.htm", D, "2026-12-06 22:30", "CBA常规赛：主队加时险胜客队", [
    "12月6日晚，CBA常规赛一场焦点战中，主队在加时赛中以112比108险胜客队，外援砍下38分。",
    "赛后主教练表示，球队在防守端还有提升空间，下一场将客场挑战联赛领头羊。"], source="启明网")
page(QM + "/culture/2026-12/05/content_38286004.htm", D, "2026-12-05 14:00", "电影《山与海》定档元旦", [
    "电影《山与海》宣布定档2027年1月1日，影片讲述两代人在山区与海岛之间的故事。",
    "导演在发布会上表示，影片在西南山区和东南沿海取景拍摄历时8个月。"], source="启明网", malformed=True)

page(JJ + "/news/20261207/d9b3f5a1c8.html", D, "2026-12-07 15:10", "低空经济板块午后拉升 多只个股涨停", [
    "12月7日午后，低空经济板块快速拉升，板块指数收涨4.7%，多只个股涨停。",
    "分析人士认为，短期资金博弈明显，投资者需注意风险。"], source="经济前沿报")
page(JJ + "/news/20261208/f0c6a2e8b4.html", D, "2026-12-08 09:20", "央行开展3000亿元7天期逆回购操作", [
    "人民银行12月8日以利率招标方式开展了3000亿元7天期逆回购操作，中标利率1.3%。",
    "因当日有2000亿元逆回购到期，人民银行实现净投放1000亿元。市场人士表示，年末流动性总体保持合理充裕。"], source="经济前沿报")
page(P["EMPTY"], "broken", "2026-12-07 10:40", "", [], source="", empty=True,
     list_title="数据要素市场化配置改革观察：登记、流通与收益分配")

page(HX + "/yjcg/dt/202612/t20261205_5498.html", D, "2026-12-05 11:00", "关于举办第三期产业研究沙龙的通知", [
    "定于2026年12月16日下午在研究院三楼报告厅举办第三期产业研究沙龙。报名请联系：021-6087XXXX。",
    "本期沙龙主题另行通知，欢迎研究院各部门及合作单位人员报名参加，名额有限，额满即止。"],
    source="华信产业研究院")
page(HX + "/yjcg/dt/202612/t20261206_5506.html", D, "2026-12-06 10:30",
     "团体标准《工业互联网平台 企业数字化转型成熟度评价》（报批稿）公示", [
    "根据团体标准管理办法，现对《工业互联网平台 企业数字化转型成熟度评价》（报批稿）进行公示，公示期自2026年12月6日至12月15日。"],
    source="华信产业研究院标准化工作部")
page(HX + "/yjcg/dt/202612/t20261208_5524.html", D, "2026-12-08 08:00", "华信产业研究院2027年度招聘启事", [
    "因业务发展需要，研究院现面向社会招聘研究人员若干名，报名截止2027年1月10日。",
    "应聘人员应具有硕士及以上学历，经济学、管理学、工学等相关专业，请将简历发送至研究院人力资源部。"], source="华信产业研究院人力资源部")

BY_PATH = {p["path"]: p for p in PAGES}


# ================================================================== helpers
def esc(s: str) -> str:
    return escape(s, quote=False)


def attr(s: str) -> str:
    return escape(s, quote=True)


def dt(p: dict, field: str | None = None) -> datetime:
    v = p[field] if field else f"{p['date']} {p['time']}"
    return datetime.fromisoformat(v).replace(tzinfo=BJ)


def rel(frm: str, to: str) -> str:
    r = posixpath.relpath(to, posixpath.dirname(frm))
    return r if r.startswith("..") else "./" + r


def host_pages(host: str) -> list[dict]:
    return sorted((p for p in PAGES if p["host"] == host and not p.get("nolist")), key=dt, reverse=True)


def body_html(body: list, pattr: str = "") -> str:
    out = []
    for b in body:
        if isinstance(b, str):
            out.append(f"<p{pattr}>{esc(b)}</p>")
        elif b[0] == "h":
            out.append(f"<p{pattr}><strong>{esc(b[1])}</strong></p>")
        elif b[0] == "r":
            out.append(f'<p style="text-align:right;">{esc(b[1])}</p>')
        elif b[0] == "c":
            out.append(f'<p style="text-align:center;">{esc(b[1])}</p>')
        elif b[0] == "table":
            rows = b[1]
            out.append('<table border="1" cellspacing="0" width="100%">' + "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
    return "\n".join(out)


def related_html(p: dict, head: str = "相关阅读") -> str:
    if not p.get("related"):
        return ""
    return (f'<div class="related"><h4>{head}</h4><ul>' + "".join(
        f'<li><a href="{attr(rel(p["path"], h))}">{esc(t)}</a></li>' for t, h in p["related"]) + "</ul></div>")


def ymd_cn(d: str, pad: bool = True) -> str:
    x = date.fromisoformat(d)
    return f"{x.year}年{x.month:02d}月{x.day:02d}日" if pad else f"{x.year}年{x.month}月{x.day}日"


def shell(host: str, title: str, inner: str, charset: str = "utf-8", head: str = "", top: str = "",
          foot: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
{MARK}
{head}<title>{esc(title)}</title>
</head>
<body>
{top}
{inner}
{foot}
</body>
</html>
"""


# ------------------------------------------------------------------ sasac
def sasac_top() -> str:
    nav = [("首页", HOME["www.sasac.gov.cn"]), ("国资要闻", LIST["www.sasac.gov.cn"]), ("政务公开", HOME["www.sasac.gov.cn"] + "#zwgk"),
           ("政策发布", HOME["www.sasac.gov.cn"] + "#zcfb"), ("互动交流", HOME["www.sasac.gov.cn"] + "#hdjl")]
    return ('<div class="zsy_top"><a href="' + HOME["www.sasac.gov.cn"] + '">国务院国有资产监督管理委员会</a></div>'
            '<div class="zsy_nav"><ul>' + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in nav) + "</ul></div>")


SASAC_FOOT = ('<div class="zsy_foot"><p>版权所有：国务院国有资产监督管理委员会　主办单位：国务院国资委办公厅</p>'
              "<p>京ICP备0504XXXX号　京公网安备110102000XXXXX号　网站标识码：bm33000001</p></div>")


def render_sasac(p: dict) -> str:
    inner = f"""<div class="zsy_location">当前位置：<a href="{HOME['www.sasac.gov.cn']}">首页</a> &gt; <a href="{LIST['www.sasac.gov.cn']}">国资要闻</a></div>
<div class="zsy_conter">
<h2 class="zsy_cotitle">{esc(p['title'])}</h2>
<p class="zsy_cosource">文章来源：{esc(p['source'])}　发布时间：{p['date']}</p>
<div class="zsy_comain" id="zoom">
{body_html(p['body'], ' style="text-indent:2em;"')}
</div>
{related_html(p)}
<div class="zsy_print"><a href="javascript:window.print();">[打印本页]</a> <a href="javascript:window.close();">[关闭窗口]</a></div>
</div>"""
    return shell("www.sasac.gov.cn", p["title"] + "-国务院国有资产监督管理委员会", inner, top=sasac_top(), foot=SASAC_FOOT,
                 head='<meta name="ColumnName" content="国资要闻">\n')


def list_sasac() -> str:
    items = []
    for q in host_pages("www.sasac.gov.cn"):
        t = q["title"]
        shown = t if len(t) <= 18 else t[:18] + "..."
        items.append(f'<li><a href="{rel(LIST["www.sasac.gov.cn"], q["path"])}" title="{attr(t)}" target="_blank">'
                     f'{esc(shown)}</a><span>[{q["date"]}]</span></li>')
    inner = ('<div class="zsy_location">当前位置：<a href="' + HOME["www.sasac.gov.cn"] + '">首页</a> &gt; 国资要闻</div>'
             '<div class="zsy_conlist"><ul>' + "\n".join(items) + "</ul></div>"
             '<div class="page">共1页　首页　上一页　下一页　尾页</div>')
    return shell("www.sasac.gov.cn", "国资要闻-国务院国有资产监督管理委员会", inner, top=sasac_top(), foot=SASAC_FOOT)


# ------------------------------------------------------------------ sichuan (GBK)
SC_HOST = "www.sc.gov.cn"


def sc_top(mega: bool = False) -> str:
    links = [("首页", HOME[SC_HOST]), ("省政府", HOME[SC_HOST] + "#szf"), ("政务公开", HOME[SC_HOST] + "#zwgk"),
             ("数据发布", LIST[SC_HOST]), ("政务服务", HOME[SC_HOST] + "#zwfw"), ("走进四川", HOME[SC_HOST] + "#zjsc")]
    extra = ""
    if mega:
        cities = ["成都", "自贡", "攀枝花", "泸州", "德阳", "绵阳", "广元", "遂宁", "内江", "乐山", "南充", "眉山",
                  "宜宾", "广安", "达州", "雅安", "巴中", "资阳", "阿坝", "甘孜", "凉山"]
        depts = ["省发展改革委", "省经济和信息化厅", "省教育厅", "省科技厅", "省公安厅", "省民政厅", "省司法厅", "省财政厅",
                 "省人力资源社会保障厅", "省自然资源厅", "省生态环境厅", "省住房城乡建设厅", "省交通运输厅", "省水利厅",
                 "省农业农村厅", "省商务厅", "省文化和旅游厅", "省卫生健康委", "省应急管理厅", "省审计厅"]
        topics = ["社保", "医保", "公积金", "户籍", "教育", "就业", "创业", "住房", "交通", "婚育", "养老", "出入境",
                  "纳税", "企业开办", "工程建设", "招标投标", "不动产", "知识产权"]
        blocks = []
        for label, names in (("市州", cities), ("部门", depts), ("办事", topics)):
            for n in names:
                for sub in ("动态", "公开", "服务", "互动", "专题"):
                    blocks.append(f'<li><a href="{HOME[SC_HOST]}#{label}">{n}{sub}</a></li>')
        extra = '<div class="mega-nav"><ul>' + "".join(blocks) + "</ul></div>"
    return ('<div class="sc-head"><a href="' + HOME[SC_HOST] + '">四川省人民政府</a></div><div class="sc-nav"><ul>'
            + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in links) + "</ul></div>" + extra)


SC_FOOT = ('<div class="sc-foot"><p>主办：四川省人民政府办公厅　承办：四川省大数据中心</p>'
           "<p>蜀ICP备0500XXXX号　川公网安备51010402XXXXXX号　网站标识码：5100000062</p>"
           "<p>联系电话：028-8660XXXX</p></div>")


def render_sc(p: dict) -> str:
    info = ""
    if p.get("written"):
        info = f"""<table class="xxgk" width="100%"><tr><td>发文字号：</td><td>{esc(p['docno'])}</td><td>成文日期：</td><td>{esc(p['written'])}</td></tr>
<tr><td>发布机构：</td><td>{esc(p['source'])}</td><td>发布日期：</td><td>{ymd_cn(p['date'])}</td></tr></table>"""
    inner = f"""<div class="crumb">您现在的位置：<a href="{HOME[SC_HOST]}">首页</a> &gt; <a href="{LIST[SC_HOST]}">数据发布</a></div>
{info}
<div class="contText">
<h1>{esc(p['title'])}</h1>
<div class="source">发布时间：{ymd_cn(p['date'])} {p['time']}　来源：{esc(p['source'])}　【字体：大 中 小】</div>
<div class="content">
{body_html(p['body'], ' style="text-indent:2em;"')}
</div>
{related_html(p, '相关阅读')}
<div class="closeWin"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
</div>"""
    return shell(SC_HOST, p["title"] + "_四川省人民政府", inner, charset="gb2312", top=sc_top(p.get("mega", False)),
                 foot=SC_FOOT, head=f'<meta name="PubDate" content="{p["date"]} {p["time"]}">\n')


def list_sc() -> str:
    items = [f'<li><a href="{rel(LIST[SC_HOST], q["path"])}" target="_blank">{esc(q["title"])}</a>'
             f'<span class="date">{q["date"]}</span></li>' for q in host_pages(SC_HOST)]
    inner = ('<div class="crumb">您现在的位置：<a href="' + HOME[SC_HOST] + '">首页</a> &gt; 数据发布</div>'
             '<div class="listBox"><ul class="list">' + "\n".join(items) + "</ul></div>")
    return shell(SC_HOST, "数据发布_四川省人民政府", inner, charset="gb2312", top=sc_top(), foot=SC_FOOT)


# ------------------------------------------------------------------ nda
ND_HOST = "www.nda.gov.cn"


def nda_top() -> str:
    return (f'<header class="nda-header"><a class="logo" href="{HOME[ND_HOST]}">国家数据局 National Data Administration</a>'
            f'<nav><a href="{HOME[ND_HOST]}">首页</a><a href="{HOME[ND_HOST]}#jgsz">机构设置</a>'
            f'<a href="{HOME[ND_HOST]}#zwgk">政务公开</a><a href="{HOME[ND_HOST]}#zcjd">政策解读</a>'
            f'<a href="{HOME[ND_HOST]}#hdjl">互动交流</a></nav></header>')


NDA_FOOT = ('<footer class="nda-footer"><p>主办单位：国家数据局　地址：北京市西城区某某街XX号</p>'
            "<p>京ICP备2023XXXX号-1　京公网安备11010202XXXXXX号</p></footer>")


def render_nda(p: dict) -> str:
    d = date.fromisoformat(p["date"])
    slash = f"{d.year}/{d.month:02d}/{d.day:02d}"
    if p.get("english"):
        inner = f"""<article><h1>{esc(p['title'])}</h1><p class="meta">Updated: {d.strftime('%b %d, %Y')}</p>
{body_html(p['body'])}</article>"""
        return shell(ND_HOST, p["title"], inner, top=nda_top(), foot=NDA_FOOT).replace('lang="zh-CN"', 'lang="en"')
    title = "国家数据局" if p.get("site_title_only") else p["title"] + "_国家数据局"
    inner = f"""<div class="breadcrumb"><a href="{HOME[ND_HOST]}">首页</a> &gt; 政务公开</div>
<article class="detail">
<h1 class="detail-title">{esc(p['title'])}</h1>
<div class="detail-info"><span class="time">{slash}</span><span class="from">来源：{esc(p['source'])}</span></div>
<div class="detail-content">
{body_html(p['body'])}
</div>
{related_html(p, '相关文章')}
</article>"""
    return shell(ND_HOST, title, inner, top=nda_top(), foot=NDA_FOOT,
                 head=f'<meta name="PubDate" content="{slash} {p["time"]}">\n')


def atom_nda() -> str:
    entries = []
    for q in host_pages(ND_HOST):
        lang = ' xml:lang="en"' if q.get("english") else ""
        first = next((b for b in q["body"] if isinstance(b, str)), "")
        entries.append(f"""<entry{lang}>
<title>{esc(q['title'])}</title>
<link rel="alternate" type="text/html" href="{q['path']}"/>
<id>tag:nda.gov.cn,2026:{q['path'].split('/')[-2]}</id>
<updated>{dt(q).isoformat()}</updated>
<summary>{esc(first[:80])}</summary>
</entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
{FEED_MARK}
<feed xmlns="http://www.w3.org/2005/Atom">
<title>国家数据局 - 最新发布</title>
<link rel="self" href="{LIST[ND_HOST]}"/>
<link rel="alternate" type="text/html" href="{HOME[ND_HOST]}"/>
<id>tag:nda.gov.cn,2026:latest</id>
<updated>2026-12-08T06:00:00+08:00</updated>
<author><name>国家数据局</name></author>
""" + "\n".join(entries) + "\n</feed>\n"


# ------------------------------------------------------------------ qiming (RSS with content:encoded)
QM_HOST = "www.example-qiming.cn"


def render_qm(p: dict) -> str:
    d = date.fromisoformat(p["date"])
    by = f'<span class="author">{esc(p["author"])}</span>' if p.get("author") else ""
    inner = f"""<div class="crumbs"><a href="{HOME[QM_HOST]}">启明网</a> &gt; 正文</div>
<div class="article">
<h1>{esc(p['title'])}</h1>
<div class="info">{ymd_cn(p['date'])} {p['time']} | 来源：{esc(p['source'])} {by}</div>
<div class="text">
{body_html(p['body'], ' style="text-indent:2em;"')}
</div>
<div class="editor">（责任编辑：郑某）</div>
</div>"""
    top = (f'<div class="qm-top"><a href="{HOME[QM_HOST]}">启明网</a> <a href="{HOME[QM_HOST]}#tech">科技</a> '
           f'<a href="{HOME[QM_HOST]}#opinion">评论</a> <a href="{HOME[QM_HOST]}#sports">体育</a> '
           f'<a href="{LIST[QM_HOST]}">RSS</a></div>')
    foot = '<div class="qm-foot">启明网版权所有　京ICP证0301XXXX号　违法和不良信息举报电话：010-8XXXXXXX</div>'
    return shell(QM_HOST, p["title"] + "_启明网", inner, top=top, foot=foot,
                 head=f'<meta name="publishdate" content="{d.isoformat()}">\n')


def rss_qm() -> str:
    items = []
    for q in host_pages(QM_HOST):
        pub = dt(q).strftime("%a, %d %b %Y %H:%M:%S +0800")
        title = "电影《山与海》定档元旦 主演&导演亮相发布会" if q.get("malformed") else esc(q["title"])
        content = "".join(f"<p>{esc(b)}</p>" for b in q["body"] if isinstance(b, str))
        items.append(f"""<item>
<title>{title}</title>
<link>{q['path']}</link>
<description>{esc(q['body'][0][:60])}</description>
<content:encoded><![CDATA[{content}]]></content:encoded>
<pubDate>{pub}</pubDate>
<guid isPermaLink="false">qm-{q['path'].split('_')[-1].split('.')[0]}</guid>
</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
{FEED_MARK}
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>启明网 - 科技</title>
<link>{HOME[QM_HOST]}</link>
<description>启明网科技频道</description>
<lastBuildDate>Tue, 08 Dec 2026 09:00:00 +0800</lastBuildDate>
""" + "\n".join(items) + "\n</channel>\n</rss>\n"


# ------------------------------------------------------------------ gov.cn (RSS, GMT)
GV_HOST = "www.gov.cn"


def render_gv(p: dict) -> str:
    policy = ""
    if p.get("docno"):
        policy = f"""<table class="policy" width="100%"><tr><td>标　　题：</td><td colspan="3">{esc(p['title'])}</td></tr>
<tr><td>发文机关：</td><td>国家数据局</td><td>发文字号：</td><td>{esc(p['docno'])}</td></tr>
<tr><td>成文日期：</td><td>{esc(p['written'])}</td><td>发布日期：</td><td>{ymd_cn(p['date'])}</td></tr></table>"""
    inner = f"""<div class="BreadcrumbNav"><a href="{HOME[GV_HOST]}">首页</a> &gt; 新闻</div>
{policy}
<div class="article oneColumn pub_border">
<h1 id="ti">{esc(p['title'])}</h1>
<div class="pages-date">{p['date']} {p['time']}<span class="font">来源： {esc(p['source'])}</span></div>
<div class="pages_content" id="UCAP-CONTENT">
{body_html(p['body'], ' style="text-indent:2em;"')}
</div>
<div class="editor">【我要纠错】 责任编辑：王某</div>
</div>"""
    top = (f'<div class="header"><a href="{HOME[GV_HOST]}">中国政府网 www.gov.cn</a> <a href="{HOME[GV_HOST]}#zhengce">政策</a> '
           f'<a href="{HOME[GV_HOST]}#xinwen">新闻</a> <a href="{HOME[GV_HOST]}#hudong">互动</a></div>')
    foot = "<div class=\"footer\">中华人民共和国国务院办公厅主办　中国政府网运行中心运行维护　京ICP备0503XXXX号</div>"
    return shell(GV_HOST, p["title"] + "_中国政府网", inner, top=top, foot=foot,
                 head=f'<meta name="firstpublishedtime" content="{p["date"]}-{p["time"].replace(":", "-")}-00">\n')


def rss_gv() -> str:
    items = []
    for q in sorted((x for x in PAGES if x["host"] == GV_HOST),
                    key=lambda x: dt(x, "feed_date") if x.get("feed_date") else dt(x), reverse=True):
        when = dt(q, "feed_date") if q.get("feed_date") else dt(q)
        first = next((b for b in q["body"] if isinstance(b, str)), "")
        items.append(f"""<item>
<title>{esc(q['title'])}</title>
<link>{q['path']}?from=rss</link>
<description>{esc(first[:70])}</description>
<pubDate>{when.astimezone(timezone.utc).strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate>
<guid>{q['path']}</guid>
</item>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
{FEED_MARK}
<rss version="2.0">
<channel>
<title>中国政府网 - 要闻</title>
<link>{HOME[GV_HOST]}</link>
<description>中国政府网要闻、政策与部门动态</description>
<pubDate>Mon, 07 Dec 2026 23:00:00 GMT</pubDate>
""" + "\n".join(items) + "\n</channel>\n</rss>\n"


# ------------------------------------------------------------------ jjqy (fictional newspaper)
JJ_HOST = "www.example-jjqy.cn"


def jj_date(d: str) -> str:
    return d.replace("-", ".")


def render_jj(p: dict) -> str:
    top = (f'<div class="jj-top"><a href="{HOME[JJ_HOST]}">经济前沿报</a> | <a href="{LIST[JJ_HOST]}">要闻</a> | '
           f'<a href="{HOME[JJ_HOST]}#epaper">数字报</a></div>')
    foot = '<div class="jj-foot">经济前沿报社版权所有　京ICP备1100XXXX号　广告热线：010-5836XXXX</div>'
    if p.get("empty"):
        return shell(JJ_HOST, "", '<div class="art"><h1></h1><div class="meta"></div><div class="art-body"></div></div>',
                     top=top, foot=foot)
    by = f'　{esc(p["author"])}' if p.get("author") else ""
    inner = f"""<div class="art">
<h1>{esc(p['title'])}</h1>
<div class="meta">{jj_date(p['date'])} {p['time']}　来源：{esc(p['source'])}{by}</div>
<div class="art-body">
{body_html(p['body'])}
</div>
{related_html(p, '相关阅读')}
</div>"""
    return shell(JJ_HOST, p["title"] + " - 经济前沿报", inner, top=top, foot=foot)


def list_jj() -> str:
    items = []
    for q in host_pages(JJ_HOST):
        t = q.get("list_title") or q["title"]
        items.append(f'<div class="item"><h3><a href="{rel(LIST[JJ_HOST], q["path"])}">{esc(t)}</a></h3>'
                     f'<span class="time">{jj_date(q["date"])}</span></div>')
    inner = '<div class="list">' + "\n".join(items) + "</div>"
    top = f'<div class="jj-top"><a href="{HOME[JJ_HOST]}">经济前沿报</a> | 要闻</div>'
    return shell(JJ_HOST, "要闻 - 经济前沿报", inner, top=top)


# ------------------------------------------------------------------ hxiri (fictional institute)
HX_HOST = "www.example-hxiri.cn"


def render_hx(p: dict) -> str:
    d = date.fromisoformat(p["date"])
    by = f'　作者：{esc(p["author"])}' if p.get("author") else ""
    inner = f"""<div class="pos">首页 / <a href="{LIST[HX_HOST]}">研究成果</a></div>
<div class="detail"><h2>{esc(p['title'])}</h2>
<p class="date">发布日期：{d.year}/{d.month}/{d.day}　来源：{esc(p['source'])}{by}</p>
{body_html(p['body'])}
</div>"""
    top = f'<div class="hx-head"><a href="{HOME[HX_HOST]}">华信产业研究院</a> <a href="{LIST[HX_HOST]}">研究成果</a></div>'
    foot = '<div class="hx-foot">华信产业研究院　沪ICP备1902XXXX号　电话：021-6087XXXX</div>'
    return shell(HX_HOST, p["title"] + "｜华信产业研究院", inner, top=top, foot=foot)


def list_hx() -> str:
    rows = [(q["path"], q["title"], q["date"]) for q in host_pages(HX_HOST)]
    rows += [(m["path"], m["title"], m["date"]) for m in MISSING if m["path"].startswith("/" + HX_HOST)]
    rows.sort(key=lambda r: r[2], reverse=True)
    items = "\n".join(f'<li><a href="{rel(LIST[HX_HOST], pth)}">{esc(t)}</a><em>{d}</em></li>' for pth, t, d in rows)
    box = (f'<div class="side"><h4>政策速递</h4><ul><li><a href="{P["T4o"]}">{esc(BY_PATH[P["T4o"]]["title"])}</a></li>'
           "</ul></div>")
    inner = f'<div class="pos">首页 / 研究成果</div><ul class="news-list">{items}</ul>{box}'
    top = f'<div class="hx-head"><a href="{HOME[HX_HOST]}">华信产业研究院</a> 研究成果</div>'
    return shell(HX_HOST, "研究成果｜华信产业研究院", inner, top=top)


# ------------------------------------------------------------------ caac (table list)
CA_HOST = "www.caac.gov.cn"


def render_ca(p: dict) -> str:
    line = "" if p.get("date_only_in_url") else f'<div class="p_time">发布时间：{p["date"]}　来源：{esc(p["source"])}</div>'
    inner = f"""<div class="p_nav">当前位置：<a href="{HOME[CA_HOST]}">首页</a> &gt; <a href="{LIST[CA_HOST]}">民航要闻</a></div>
<div class="content">
<div class="content_t">{esc(p['title'])}</div>
{line}
<div class="content_c">
{body_html(p['body'], ' style="text-indent:2em;"')}
</div></div>"""
    top = (f'<div class="caac-head"><a href="{HOME[CA_HOST]}">中国民用航空局</a> <a href="{LIST[CA_HOST]}">新闻中心</a> '
           f'<a href="{HOME[CA_HOST]}#zwgk">政务公开</a></div>')
    foot = '<div class="caac-foot">中国民用航空局版权所有　京ICP备0501XXXX号</div>'
    return shell(CA_HOST, p["title"] + "_中国民用航空局", inner, top=top, foot=foot)


def list_ca() -> str:
    rows = []
    special = []
    for q in host_pages(CA_HOST):
        t = q["title"]
        if q.get("date_only_in_url"):
            special.append(f'<li><a href="{rel(LIST[CA_HOST], q["path"])}">{esc(t)}</a></li>')
            continue
        shown = t if len(t) <= 16 else t[:16] + "..."
        rows.append(f'<tr><td class="t_l"><a href="{rel(LIST[CA_HOST], q["path"])}" title="{attr(t)}">{esc(shown)}</a></td>'
                    f'<td class="t_r">{q["date"]}</td></tr>')
    inner = (f'<div class="p_nav">当前位置：<a href="{HOME[CA_HOST]}">首页</a> &gt; 民航要闻</div>'
             '<table class="t_table" width="100%"><tr><th>标题</th><th>日期</th></tr>' + "\n".join(rows) + "</table>"
             '<div class="zt"><h4>低空经济专题</h4><ul>' + "".join(special) + "</ul></div>")
    return shell(CA_HOST, "民航要闻_中国民用航空局", inner)


RENDER = {"www.sasac.gov.cn": render_sasac, SC_HOST: render_sc, ND_HOST: render_nda, QM_HOST: render_qm,
          GV_HOST: render_gv, JJ_HOST: render_jj, HX_HOST: render_hx, CA_HOST: render_ca}
ENCODING = {SC_HOST: "gbk"}


def home_page(s: dict) -> str:
    inner = (f'<h1>{esc(s["name"])}</h1><ul><li><a href="{s["url"]}">最新发布</a></li></ul>')
    return shell(s["host"], s["name"], inner, charset="gb2312" if s["host"] == SC_HOST else "utf-8")


# ================================================================== outputs
def gold() -> dict:
    threads = []
    for t in THREADS:
        arts = [p["path"] for p in PAGES if p["thread"] == t["id"]]
        orig = next(p for p in PAGES if p["thread"] == t["id"] and p["kind"] == "original")
        threads.append(dict(id=t["id"], title=t["title"], importance=t["importance"], articles=arts,
                            original=orig["path"], publisher=PUB[orig["host"]], key_facts=t["key_facts"],
                            deadlines=t["deadlines"], entities=t["entities"]))
    arts = {}
    for p in PAGES:
        arts[p["path"]] = dict(relevant=p["thread"] is not None, thread=p["thread"], publisher=PUB[p["host"]],
                               published=p["date"], kind=p["kind"])
    for m in MISSING:
        arts[m["path"]] = dict(relevant=False, thread=None, publisher=PUB[m["path"].split("/")[1]],
                               published=m["date"], kind="broken")
    return dict(brief_date=BRIEF_DATE, threads=threads, articles=dict(sorted(arts.items())))


def sources_yaml() -> str:
    out = ["# Source registry for the synthetic corpus own-2026-12-08 (paths are under the served root).",
           "# qiming, jjqy and hxiri are fictional sites; the others imitate real sites' structure only.", "sources:"]
    for s in SOURCES:
        out += [f"  - id: {s['id']}", f"    name: {s['name']}", f'    name_en: "{s["name_en"]}"',
                f"    kind: {s['kind']}", f"    url: {s['url']}", f"    authority: {s['authority']}"]
    return "\n".join(out) + "\n"


def readme(g: dict, nfiles: int) -> str:
    kinds: dict[str, int] = {}
    for a in g["articles"].values():
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    lines = [f"# {NAME} — synthetic test corpus for 新质生产力每日动态", "",
             "**This is synthetic test data.** Every story, figure, organisation (中国数智科技集团, 启明网, 经济前沿报,",
             "华信产业研究院 are invented), document number and quotation is fictional. Pages imitate only the structure",
             "of the named sites. Phone and ICP numbers are masked with X.", "",
             f"Brief date **{BRIEF_DATE}**, window {WINDOW_DAYS} days (2026-12-05 … 2026-12-08, both included).",
             f"Regenerate: `python3 make_{NAME}.py`; verify: `python3 check_{NAME}.py`.", "",
             f"{nfiles} files under `site/`; gold articles by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + ".", "",
             "## Sources", "", "| id | name | kind | notes |", "|---|---|---|---|",
             "| sasac | 国务院国资委 | listpage | UL, dates in `<span>[2026-12-07]</span>`, titles truncated with `...` (full in `title=`) |",
             "| sichuan | 四川省人民政府 | listpage | GBK bytes, `charset=gb2312` label, `../../` relative links, 成文日期 ≠ 发布日期, 堃 outside GB2312 |",
             "| nda | 国家数据局 | atom | entries carry only `<updated>`; 解读 page has `<title>国家数据局</title>`; English page |",
             "| qiming | 启明网 (fictional) | rss | items carry full `content:encoded` and a link; one malformed item (raw `&`) |",
             "| govcn | 中国政府网 | rss | pubDate in GMT; links carry `?from=rss`; one stale page with in-window pubDate |",
             "| jjqy | 经济前沿报 (fictional) | listpage | `<div class=\"item\"><h3><a>`, dates `2026.12.07`; empty page |",
             "| hxiri | 华信产业研究院 (fictional) | listpage | one 404 link; 政策速递 box links the gov.cn T4 page without `?from=rss` |",
             "| caac | 中国民用航空局 | listpage | table with truncated titles; 低空经济专题 box (no dates) holds the date-only-in-URL page |",
             "", "## Threads", ""]
    for t in g["threads"]:
        lines.append(f"- **{t['id']}** (importance {t['importance']}, {t['publisher']}): {t['title']}")
        for a in t["articles"]:
            lines.append(f"  - `{a}` ({g['articles'][a]['kind']}, {g['articles'][a]['publisher']})")
    lines += ["", "## Traps", "",
              "- T1 reprint on gov.cn says 来源：国资委 (short name of 国务院国资委); T4 reprint on 经济前沿报 says 来源：经济日报 (not in sources.yaml).",
              "- T2 has a 答记者问 on 国家数据局's own site and a 启明网 评论; T1 has a 启明网 interview (commentary).",
              "- Effective/validity dates that are not deadlines: T2 2027年1月1日起施行, T3 有效期至2028年12月31日.",
              "- As-of dates: 截至2026年11月末 (T2), 截至2026年10月末 (T5).",
              f"- Stale: `{P['S3n']}` (2026-12-04, one day before the window, 17.4万架次/8个/41条); year-old pages linked from 相关阅读/相关文章;",
              f"  `{P['S2f']}` says 发布时间 2025-12-06 but its gov.cn RSS pubDate is 2026-12-06.",
              f"- Faults: 404 `{P['MISSING']}`; malformed RSS item (qiming culture page); empty page `{P['EMPTY']}`;",
              f"  huge nav/one-sentence body `{P['T3g']}`; date only in URL `{P['T3a']}`; <title> = site name `{P['T2j']}`.",
              "- Distractors: personnel, weather, sports, culture, procurement, meeting notices, a 低空经济 stock-board move,",
              "  a phone review mentioning 芯片/量子点, 标准 公示 (nda, hxiri), an English page, an open-market operation, a job ad.", ""]
    return "\n".join(lines)


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
    write(LIST["www.sasac.gov.cn"], list_sasac())
    write(LIST[SC_HOST], list_sc(), "gbk")
    write(LIST[JJ_HOST], list_jj())
    write(LIST[HX_HOST], list_hx())
    write(LIST[CA_HOST], list_ca())
    write(LIST[ND_HOST], atom_nda())
    write(LIST[QM_HOST], rss_qm())
    write(LIST[GV_HOST], rss_gv())
    for s in SOURCES:
        write(HOME[s["host"]], home_page(s), ENCODING.get(s["host"], "utf-8"))
    g = gold()
    (OUT / "gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (OUT / "corpus.json").write_text(json.dumps(dict(brief_date=BRIEF_DATE, window_days=WINDOW_DAYS, title=TITLE),
                                                ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (OUT / "sources.yaml").write_text(sources_yaml(), encoding="utf-8")
    nfiles = sum(1 for f in SITE.rglob("*") if f.is_file())
    (OUT / "README.md").write_text(readme(g, nfiles), encoding="utf-8")
    print(f"wrote {NAME}: {nfiles} files, {len(PAGES)} article pages, {len(THREADS)} threads")


if __name__ == "__main__":
    main()
