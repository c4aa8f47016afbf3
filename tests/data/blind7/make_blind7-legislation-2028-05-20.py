#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the synthetic one-day corpus ``blind7-legislation-2028-05-20`` (a local-legislation week).

FICTIONAL test data for the 「新质生产力每日动态」 brief generator, written without reading the
system's code. Pages imitate only the *structure* of the kinds of site they sit on; every
regulation, article, document number, figure and quotation is invented.

The week: a provincial people's congress standing committee adopts a 条例 (公告 with its
number, the full text with chapters and articles on a separate page dated only by its URL,
effective 自2028年9月1日起施行), a newspaper report carried by the provincial government portal,
a Xinhua report and the legislative affairs commission's interpretation; a city government's
规定 (政府令) adopted the same week with its 解读 and a local news report; a national draft law
open for comment, a province's draft regulation open for comment, and a national ministry
regulation (总局令). Distractors, stale pages (the draft of the same 条例 months earlier, an
older city 规定), a 404 in a feed, a malformed feed item, an empty page, GBK pages.

Run:  python3 make_blind7-legislation-2028-05-20.py   (rebuilds ./blind7-legislation-2028-05-20)
Standard library only; output is byte-identical for the same SEED.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import b7kit as K  # noqa: E402
from b7kit import page, source  # noqa: E402

NAME = "blind7-legislation-2028-05-20"
BRIEF_DATE = "2028-05-20"
WINDOW = 14
SEED = 20280520
K.init(NAME, HERE, BRIEF_DATE, WINDOW, SEED)

source("zjrd", "www.zjrd.gov.cn", "浙江人大", "Zhejiang Provincial People's Congress (website)", "listpage",
       "/www.zjrd.gov.cn/lfgz/fgfb/index.html", "local", "npc", column="法规发布",
       sponsor="浙江省人民代表大会常务委员会办公厅", icp_prefix="浙")
source("zjgov", "www.zj.gov.cn", "浙江省人民政府", "Zhejiang Provincial People's Government", "listpage",
       "/www.zj.gov.cn/col/col1554467/index.html", "local", "prov", column="浙江要闻", icp_prefix="浙")
source("zjrb", "zjrb.zjol.com.cn", "浙江日报", "Zhejiang Daily (e-paper)", "listpage",
       "/zjrb.zjol.com.cn/html/2028-05/17/node_18.htm", "media", "paper", column="第00001版：要闻")
source("hefei", "www.hefei.gov.cn", "合肥市人民政府", "Hefei Municipal People's Government", "listpage",
       "/www.hefei.gov.cn/public/zfgz/index.html", "local", "city", charset="gbk", column="政府规章", icp_prefix="皖")
source("hfnews", "www.example-hfnews.cn", "庐州新闻网", "Luzhou News (fictional Hefei news portal)", "atom",
       "/www.example-hfnews.cn/atom/local.xml", "media", "portal")
source("npc", "www.npc.gov.cn", "中国人大网", "National People's Congress (website)", "listpage",
       "/www.npc.gov.cn/flcaw/index.html", "central", "npc", column="法律草案征求意见")
source("xinhua", "www.news.cn", "新华网", "Xinhua News", "rss", "/www.news.cn/rss/legal.xml", "media", "media")
source("gdsft", "sft.gd.gov.cn", "广东省司法厅", "Guangdong Department of Justice", "listpage",
       "/sft.gd.gov.cn/sfw/gkmlpt/index.html", "local", "prov", column="征求意见", icp_prefix="粤")
source("southcn", "www.southcn.com", "南方网", "Southcn", "rss", "/www.southcn.com/rss/gd.xml", "media", "media")
source("samr", "www.samr.gov.cn", "国家市场监督管理总局", "State Administration for Market Regulation", "listpage",
       "/www.samr.gov.cn/zw/zfxxgk/fdzdgknr/fgs/index.html", "ministry", "ministry", column="规章")
source("govcn", "www.gov.cn", "中国政府网", "Chinese Government Portal", "listpage",
       "/www.gov.cn/zhengce/zhengceku/bmwj/index.html", "central", "central", column="部门文件", sponsor="国务院办公厅")
K.HOSTS["www.hefei.gov.cn"]["absolute_links"] = False
K.HOSTS["www.zjrd.gov.cn"]["absolute_links"] = False

P = {}
# ======================================================================================
# L1  浙江省数据要素市场促进条例
# ======================================================================================
L1 = "《浙江省数据要素市场促进条例》"
CHAPTERS = [
    ("第一章　总则", [
        "为了培育和发展数据要素市场，促进数据依法有序流通和高效开发利用，推动数字经济高质量发展，根据有关法律、行政法规，结合本省实际，制定本条例。",
        "本省行政区域内数据资源供给、数据流通交易、数据开发利用、数据安全保障及其相关管理服务活动，适用本条例。",
        "数据要素市场建设应当坚持统筹规划、有序流通、安全可控、激励创新的原则。",
        "县级以上人民政府应当加强对数据要素市场培育工作的领导，将其纳入国民经济和社会发展规划，建立健全工作协调机制。",
        "省数据主管部门负责统筹指导、协调推进全省数据要素市场培育工作。发展改革、经济和信息化、市场监督管理、网信等部门按照各自职责做好相关工作。",
    ]),
    ("第二章　数据资源供给", [
        "县级以上人民政府应当依托一体化智能化公共数据平台，推进公共数据目录化管理和分类分级开放。",
        "公共数据按照无条件开放、受限开放和禁止开放分类管理。受限开放的公共数据，应当明确开放条件和使用范围。",
        "省数据主管部门应当会同有关部门建立公共数据授权运营制度，授权运营期限一般不超过五年。",
        "鼓励企业、行业组织和科研机构依法开放自有数据资源，建设行业高质量数据集。",
        "支持数据资源持有者依法对数据进行加工处理，形成数据产品和服务。",
        "数据资源持有权、数据加工使用权、数据产品经营权受法律保护，任何组织和个人不得侵害。",
    ]),
    ("第三章　数据流通交易", [
        "省人民政府应当统筹数据交易场所布局，支持依法设立的数据交易场所开展数据产品登记、挂牌、交易和结算服务。",
        "数据交易场所应当制定交易规则，建立数据产品合规评估、质量评价和交易信息披露制度。",
        "鼓励在数据交易场所内进行数据交易。场外交易的，交易双方应当依法签订合同，明确数据来源、用途和安全责任。",
        "支持培育数据经纪、合规认证、资产评估、争议仲裁等数据流通服务机构。",
        "数据产品登记机构应当为登记主体出具数据产品登记凭证，登记凭证可以作为数据流通交易、数据资产入表和融资的依据。",
        "禁止交易下列数据：危害国家安全、公共利益的数据；未经合法授权的个人信息；法律、行政法规禁止交易的其他数据。",
        "推动长三角区域数据交易场所互认互通，探索数据跨境流动便利化措施。",
    ]),
    ("第四章　数据开发利用", [
        "县级以上人民政府应当组织开展数据要素应用场景培育，在制造、交通、医疗、金融等领域推动数据融合应用。",
        "支持企业利用数据要素开展研发设计、生产优化和经营管理，提升全要素生产率。",
        "县级以上人民政府可以采取发放数据券等方式，支持中小企业购买数据产品和服务。",
        "鼓励金融机构开展数据资产质押融资、数据资产保险等业务。",
        "支持高等学校、职业院校开设数据相关专业，培养数据要素市场专业人才。",
        "对在数据要素市场培育中作出显著成绩的单位和个人，按照国家和省有关规定给予表彰和奖励。",
    ]),
    ("第五章　安全保障", [
        "数据处理者应当建立健全全流程数据安全管理制度，采取相应技术措施保障数据安全。",
        "处理重要数据的，应当明确数据安全负责人和管理机构，按照规定开展风险评估。",
        "数据交易场所和数据流通服务机构应当建立交易安全审查机制，发现违法违规交易的，应当立即停止服务并向有关部门报告。",
        "县级以上人民政府及其有关部门应当建立数据要素市场监测预警机制，依法查处扰乱数据要素市场秩序的行为。",
        "国家机关及其工作人员对在履行职责中知悉的商业秘密、个人信息等数据，应当依法予以保密。",
    ]),
    ("第六章　法律责任", [
        "违反本条例规定的行为，法律、行政法规已有法律责任规定的，从其规定。",
        "数据交易场所违反本条例第十三条规定，未建立数据产品合规评估制度的，由省数据主管部门责令限期改正；逾期不改正的，处一万元以上十万元以下罚款。",
        "违反本条例第十七条规定交易禁止交易数据的，由有关部门没收违法所得，并处违法所得一倍以上十倍以下罚款；没有违法所得或者违法所得不足十万元的，处十万元以上一百万元以下罚款。",
        "国家机关及其工作人员在数据要素市场管理工作中玩忽职守、滥用职权、徇私舞弊的，对直接负责的主管人员和其他直接责任人员依法给予处分。",
        "本条例自2028年9月1日起施行。",
    ]),
]
N_ART = sum(len(a) for _, a in CHAPTERS)
assert N_ART == 34, N_ART
CN_NUM = "零一二三四五六七八九"


def cnnum(n):
    if n < 10:
        return CN_NUM[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_NUM[t]) + "十" + (CN_NUM[u] if u else "")


FULL = [("c", "浙江省数据要素市场促进条例"),
        ("c", "（2028年5月16日浙江省第十四届人民代表大会常务委员会第二十一次会议通过）"),
        ("c", "目　　录")] + [("c", ch) for ch, _ in CHAPTERS]
k = 0
for ch, arts in CHAPTERS:
    FULL.append(("h", ch))
    for a in arts:
        k += 1
        FULL.append(f"第{cnnum(k)}条　{a}")

P["L1o"] = "/www.zjrd.gov.cn/lfgz/fgfb/202805/t20280517_96221.html"
P["L1full"] = "/www.zjrd.gov.cn/lfgz/fgfb/202805/t20280517_96222.html"
P["L1jd"] = "/www.zjrd.gov.cn/lfgz/fgjd/202805/t20280517_96230.html"
P["L1rb"] = "/zjrb.zjol.com.cn/html/2028-05/18/content_3318204.htm"
P["L1zj"] = "/www.zj.gov.cn/art/2028/5/18/art_1554467_60231187.html"
P["L1x"] = "/www.news.cn/legal/20280517/5b3d7f9a1c2e4b6d8f0a2c4e6b8d0f17/c.html"
page(P["L1o"], "original", "2028-05-17 09:30", "浙江省人民代表大会常务委员会公告（第63号）",
     [("c", "浙江省人民代表大会常务委员会公告"), ("c", "第63号"),
      L1 + "已于2028年5月16日经浙江省第十四届人民代表大会常务委员会第二十一次会议通过，现予公布，自2028年9月1日起施行。",
      ("r", "浙江省人民代表大会常务委员会"), ("r", "2028年5月16日"),
      ("raw", f'<p><a href="t20280517_96222.html">{L1}全文</a></p>')],
     thread="L1", src="浙江省人大常委会办公厅", column="法规发布",
     related=[("省人大常委会法工委负责人就" + L1 + "答记者问", "../../fgjd/202805/t20280517_96230.html")])
page(P["L1full"], "reprint", "2028-05-17 09:30", L1, FULL, thread="L1", src="浙江省人大常委会办公厅",
     column="法规发布", nodate=True, role="条例全文")
page(P["L1jd"], "commentary", "2028-05-17 15:00", "省人大常委会法工委负责人就" + L1 + "答记者问",
     ["5月16日，浙江省第十四届人民代表大会常务委员会第二十一次会议表决通过了" + L1 + "（以下简称《条例》）。省人大常委会法工委负责人就《条例》有关问题回答了记者提问。",
      ("q", "问：为什么要制定《条例》？"),
      "答：近年来，我省数据要素市场快速发展。2027年全省数据交易额达到412亿元，登记数据产品2.6万个，培育数据流通服务机构310家。但数据权益保护、流通规则、收益分配等方面还存在制度短板，需要通过地方立法予以规范和促进。",
      ("q", "问：《条例》的结构和主要内容是什么？"),
      "答：《条例》共六章三十四条，包括总则、数据资源供给、数据流通交易、数据开发利用、安全保障和法律责任。《条例》明确公共数据授权运营期限一般不超过五年，规定数据产品登记凭证可以作为数据流通交易、数据资产入表和融资的依据，支持县级以上人民政府发放数据券。",
      ("q", "问：对违法行为如何追责？"),
      "答：数据交易场所未建立数据产品合规评估制度、逾期不改正的，处一万元以上十万元以下罚款；交易禁止交易数据的，最高可处一百万元罚款。",
      ("q", "问：《条例》何时施行？"),
      "答：《条例》自2028年9月1日起施行。省数据主管部门将在施行前制定公共数据授权运营、数据产品登记等配套制度。"],
     thread="L1", src="浙江省人大常委会法制工作委员会", column="法规解读", role="答记者问")
RB_BODY = [
    "本报讯（记者　沈越　通讯员　方静）5月16日，省十四届人大常委会第二十一次会议表决通过" + L1 + "，自2028年9月1日起施行。这是我省数据要素市场领域的首部综合性地方性法规。",
    "条例共六章三十四条，围绕数据资源供给、流通交易、开发利用和安全保障作出规定。条例明确，数据资源持有权、数据加工使用权、数据产品经营权受法律保护；数据产品登记凭证可以作为数据流通交易、数据资产入表和融资的依据。",
    "针对中小企业“用数难、用数贵”，条例规定县级以上人民政府可以采取发放数据券等方式，支持中小企业购买数据产品和服务。",
    "会议还表决通过了关于修改《浙江省河道管理条例》的决定，审议了省人民政府关于2027年度国有资产管理情况的综合报告。",
]
page(P["L1rb"], "reprint", "2028-05-18 05:00", "我省数据要素市场领域首部综合性法规出台", RB_BODY, thread="L1",
     src="浙江日报", author="本报记者　沈越　通讯员　方静", edition="00001", kicker="9月1日起施行",
     subtitle="明确数据产品登记凭证可作为融资依据", role="报道")
page(P["L1zj"], "reprint", "2028-05-18 08:40", "我省数据要素市场领域首部综合性法规出台", RB_BODY[:3],
     thread="L1", src="浙江日报", gen_date="2028-05-18", docno="", issuer="浙江省人民政府办公厅", column="浙江要闻",
     role="报纸转载")
page(P["L1x"], "reprint", "2028-05-17 18:20", "浙江出台数据要素市场促进条例　数据产品登记凭证可作融资依据",
     ["新华社杭州5月17日电　浙江省人大常委会17日公布" + L1 + "，条例将于2028年9月1日起施行。",
      "条例共六章三十四条，规定公共数据授权运营期限一般不超过五年，数据产品登记凭证可以作为数据流通交易、数据资产入表和融资的依据。",
      "据浙江省人大常委会法工委介绍，2027年浙江全省数据交易额达到412亿元。"],
     thread="L1", src="新华网", editor="王蕾", role="报道")

# ======================================================================================
# L2  合肥市 规定 (政府令, GBK site)
# ======================================================================================
L2 = "《合肥市智能网联汽车道路测试与示范应用管理规定》"
L2_ARTS = [
    "为了规范智能网联汽车道路测试与示范应用，保障道路交通安全，促进智能网联汽车产业发展，根据有关法律、法规，结合本市实际，制定本规定。",
    "本市行政区域内开展智能网联汽车道路测试、示范应用、示范运营及其相关管理活动，适用本规定。",
    "市人民政府建立智能网联汽车道路测试与示范应用联席会议制度。市经济和信息化部门会同公安机关交通管理部门、交通运输部门负责组织实施。",
    "道路测试、示范应用主体应当是在中华人民共和国境内依法登记的法人，具备相应的技术能力和事故赔偿能力。",
    "申请道路测试的，应当向市经济和信息化部门提交测试方案、安全评估报告和保险凭证。每车应当投保不低于五百万元的交通事故责任保险或者提供相应的赔偿保证金。",
    "经审核符合条件的，由公安机关交通管理部门核发临时行驶车号牌。",
    "道路测试车辆累计测试里程达到一万公里且未发生负主要以上责任交通事故的，可以申请示范应用。",
    "示范应用期间，经同意可以搭载乘客或者运输货物，不得收取费用。",
    "开展示范运营的，应当取得示范应用资格满六个月，并按照规定向交通运输部门备案。",
    "市经济和信息化部门应当会同有关部门划定测试道路和区域，并向社会公布。",
    "测试、示范车辆应当安装符合标准的车载数据记录装置，实时上传车辆状态数据，数据保存期限不少于三年。",
    "车辆在测试、示范过程中，应当在车身显著位置标示测试或者示范字样。",
    "发生交通事故的，应当立即停车、保护现场并报警，在二十四小时内向市经济和信息化部门报告。",
    "道路测试、示范应用主体未按照规定上传车辆状态数据的，由市经济和信息化部门责令改正，暂停其测试或者示范资格。",
    "违反本规定，有关法律、法规已有处罚规定的，从其规定。",
    "本规定自2028年7月1日起施行。2025年9月1日公布的《合肥市智能网联汽车道路测试管理办法》同时废止。",
]
L2_BODY = [("c", "合肥市人民政府令"), ("c", "第238号"),
           L2 + "已经2028年5月13日市政府第52次常务会议通过，现予公布，自2028年7月1日起施行。",
           ("r", "市长　程　明"), ("r", "2028年5月14日"), ("c", L2.strip("《》"))]
L2_BODY += [f"第{cnnum(i)}条　{a}" for i, a in enumerate(L2_ARTS, 1)]
P["L2o"] = "/www.hefei.gov.cn/public/zfgz/202805/t20280515_8842107.html"
P["L2jd"] = "/www.hefei.gov.cn/public/zfgz/202805/t20280515_8842131.html"
P["L2n"] = "/www.example-hfnews.cn/news/2028-05/15/content_612904.htm"
page(P["L2o"], "original", "2028-05-15 10:00", "合肥市人民政府令第238号（" + L2.strip("《》") + "）", L2_BODY,
     thread="L2", src="合肥市人民政府办公室", column="政府规章")
page(P["L2jd"], "commentary", "2028-05-15 11:30", L2 + "政策解读",
     ["一、制定背景。截至2028年4月底，全市已开放智能网联汽车测试道路1260公里，累计发放测试号牌386副，测试总里程超过2100万公里。原《合肥市智能网联汽车道路测试管理办法》已不能适应示范应用和示范运营的需要。",
      "二、主要内容。《规定》共十六条，建立了“道路测试—示范应用—示范运营”的递进管理制度，明确每车应当投保不低于五百万元的交通事故责任保险，累计测试里程达到一万公里且未发生负主要以上责任交通事故的可以申请示范应用。",
      "三、施行时间。《规定》自2028年7月1日起施行。市经济和信息化局将于施行前发布首批示范运营区域，首批示范运营申请受理截止时间为2028年8月31日。"],
     thread="L2", src="合肥市司法局", column="政策解读", role="解读")
page(P["L2n"], "reprint", "2028-05-15 17:45", "7月1日起，合肥智能网联汽车可“持证”载客示范",
     ["记者15日从市政府获悉，" + L2 + "日前公布，将于2028年7月1日起施行。",
      "根据规定，测试车辆累计测试里程达到一万公里且未发生负主要以上责任交通事故的，可以申请示范应用，示范应用期间经同意可以搭载乘客，但不得收取费用。",
      "记者了解到，合肥已开放智能网联汽车测试道路1260公里。"],
     thread="L2", src="庐州新闻网", editor="钱程", role="报道")

# ======================================================================================
# L3  national draft law open for comment
# ======================================================================================
L3 = "《中华人民共和国数字经济促进法（草案）》"
P["L3o"] = "/www.npc.gov.cn/flcaw/flca/202805/t20280512_442917.html"
P["L3x"] = "/www.news.cn/legal/20280512/9e1c3a5b7d2f4e6a8c0b1d3f5a7c9e24/c.html"
page(P["L3o"], "original", "2028-05-12 16:00", L3 + "公开征求意见",
     ["第十四届全国人民代表大会常务委员会第二十三次会议对" + L3 + "进行了初次审议。现将草案在中国人大网公布，社会公众可以直接登录中国人大网（www.npc.gov.cn）提出意见，也可以将意见寄送全国人大常委会法制工作委员会（北京市西城区前门西大街1号，邮编：100805。信封上请注明数字经济促进法草案征求意见）。",
      "意见征集截止日期：2028年6月18日。",
      ("h", "关于" + L3 + "的说明（摘要）"),
      "草案共八章七十二条，包括总则、数字基础设施、数据要素、数字产业化、产业数字化、数字化治理、保障措施和附则。草案明确国家建立数字经济统计监测制度，建立公共数据资源登记制度，支持发展数据标注、数据合规等新业态。"],
     thread="L3", src="全国人大常委会法制工作委员会", column="法律草案征求意见")
page(P["L3x"], "reprint", "2028-05-12 17:30", "数字经济促进法草案公开征求意见",
     ["新华社北京5月12日电　" + L3 + "12日在中国人大网公布，向社会公开征求意见。意见征集截止日期为2028年6月18日。",
      "草案共八章七十二条。草案提出，国家建立数字经济统计监测制度，建立公共数据资源登记制度。"],
     thread="L3", src="新华网", editor="王蕾")

# ======================================================================================
# L4  广东 draft regulation open for comment
# ======================================================================================
L4 = "《广东省低空经济发展促进条例（草案修改稿）》"
P["L4o"] = "/sft.gd.gov.cn/sfw/gkmlpt/content/4/4582/post_4582716.html"
P["L4s"] = "/www.southcn.com/node_54a44f01a2/content/2028-05/19/content_2316850.htm"
page(P["L4o"], "original", "2028-05-18 17:20", "广东省司法厅关于" + L4 + "公开征求意见的公告",
     ["为增强立法的公开性和透明度，提高立法质量，现将" + L4 + "全文公布，征求社会各界意见。",
      "草案修改稿共七章五十六条，提出建立全省统一的低空飞行服务平台，低空起降设施纳入国土空间规划，对低空物流、城市空中交通等新业态实行包容审慎监管。",
      "请于2028年6月5日前将意见通过电子邮件发送至广东省司法厅立法一处（邮箱：lfyc@example.gd.gov.cn），或者邮寄至广州市越秀区（邮编510000）。",
      ("r", "广东省司法厅"), ("r", "2028年5月18日")],
     thread="L4", src="广东省司法厅", gen_date="2028-05-18", docno="", issuer="广东省司法厅", column="征求意见")
page(P["L4s"], "reprint", "2028-05-19 09:05", "广东低空经济促进条例草案修改稿征求意见",
     ["南方网讯　广东省司法厅18日发布公告，就" + L4 + "公开征求意见，截止时间为2028年6月5日。",
      "草案修改稿共七章五十六条，提出建立全省统一的低空飞行服务平台。"],
     thread="L4", src="南方网", editor="黄嘉")

# ======================================================================================
# L5  national ministry regulation (总局令)
# ======================================================================================
L5 = "《网络交易平台规则监督管理办法》"
P["L5o"] = "/www.samr.gov.cn/zw/zfxxgk/fdzdgknr/fgs/art/2028/art_6b2d4f8a0c1e4a3b9d7f5e1c3a8b2d46.html"
P["L5g"] = "/www.gov.cn/zhengce/zhengceku/202805/content_7498813.htm"
L5_BODY = [("c", "国家市场监督管理总局令"), ("c", "第104号"),
           L5 + "已经2028年4月28日市场监管总局第9次局务会议通过，现予公布，自2028年8月1日起施行。",
           ("r", "局长　罗　文"), ("r", "2028年5月8日"),
           "第一条　为了规范网络交易平台规则的制定、修改和执行，保护平台内经营者和消费者合法权益，制定本办法。",
           "第二条　网络交易平台经营者制定、修改平台服务协议和交易规则，应当在其首页显著位置公开征求意见，征求意见时间不少于七日。",
           "第三条　平台规则修改内容涉及收费标准调整的，应当至少提前三十日予以公示。",
           "第四条　违反本办法第三条规定的，由县级以上市场监督管理部门责令限期改正；逾期不改正的，处五千元以上三万元以下罚款。"]
page(P["L5o"], "original", "2028-05-10 15:00", L5, L5_BODY, thread="L5", src="法规司", docno="国家市场监督管理总局令第104号")
page(P["L5g"], "reprint", "2028-05-11 09:00", "市场监管总局公布" + L5, L5_BODY, thread="L5",
     src="市场监管总局网站", column="部门文件")

# ======================================================================================
# Distractors, stale pages, faults
# ======================================================================================
page("/www.zjrd.gov.cn/lfgz/fgfb/202805/t20280508_95874.html", "distractor", "2028-05-08 10:00",
     "浙江省第十四届人民代表大会常务委员会第二十一次会议议程",
     ["一、审议数据要素市场促进条例草案；二、审议关于修改《浙江省河道管理条例》的决定草案；三、审议人事任免事项。"],
     src="浙江省人大常委会办公厅")
page("/www.zjrd.gov.cn/lfgz/fgfb/202805/t20280516_96140.html", "distractor", "2028-05-16 17:30",
     "浙江省人民代表大会常务委员会任免名单", ["任命王立为浙江省人民检察院副检察长。"], src="浙江省人大常委会办公厅")
page("/www.zj.gov.cn/art/2028/5/17/art_1554467_60231040.html", "distractor", "2028-05-17 10:00",
     "全省春季造林绿化工作推进会召开", ["会议要求，持续推进国土绿化行动，全年完成新增造林面积10万亩。"],
     src="浙江省林业局", gen_date="2028-05-17", docno="")
page("/www.hefei.gov.cn/public/zfgz/202805/t20280512_8841790.html", "distractor", "2028-05-12 09:00",
     "合肥市人民政府关于调整部分市级议事协调机构的通知", ["为进一步精简议事协调机构，市政府决定撤销部分市级议事协调机构。"],
     src="合肥市人民政府办公室")
page("/www.example-hfnews.cn/news/2028-05/16/content_613155.htm", "distractor", "2028-05-16 20:10",
     "合肥马拉松5月26日开跑　部分道路交通管制", ["2028合肥马拉松将于5月26日开跑，赛事期间部分道路实行交通管制。"],
     src="庐州新闻网", editor="钱程")
page("/www.news.cn/sports/20280518/2c4e6a8b0d1f4a3c5e7b9d0f2a4c6e81/c.html", "distractor", "2028-05-18 22:00",
     "中国女排世界联赛首站三连胜", ["中国女排18日以3比1战胜对手，取得世界联赛首站三连胜。"], src="新华网", editor="周舟")
page("/www.npc.gov.cn/flcaw/flca/202805/t20280515_443021.html", "distractor", "2028-05-15 10:00",
     "全国人大常委会法工委举行记者会　介绍立法工作有关情况",
     ["全国人大常委会法工委发言人介绍了近期立法工作有关情况，并回答了记者提问。"], src="中国人大网")
page("/sft.gd.gov.cn/sfw/gkmlpt/content/4/4581/post_4581930.html", "distractor", "2028-05-14 09:00",
     "广东省司法厅2028年度法律援助服务采购项目中标结果公告", ["中标金额：人民币486万元。"], src="广东省司法厅",
     gen_date="2028-05-14", docno="")
page("/www.southcn.com/node_54a44f01a2/content/2028-05/18/content_2316472.htm", "distractor", "2028-05-18 14:00",
     "广州今年首个“龙舟水”降雨过程来袭", ["广州市气象台预计，19日至21日广州将出现强降雨过程。"], src="南方网", editor="黄嘉")
page("/www.samr.gov.cn/zw/zfxxgk/fdzdgknr/fgs/art/2028/art_0a2c4e6f8b1d4a3c5e7f9b2d4a6c8e03.html", "distractor",
     "2028-05-13 10:00", "市场监管总局关于2028年第一批产品质量国家监督抽查情况的通报",
     ["2028年第一批产品质量国家监督抽查共抽查电动自行车、儿童玩具等12种产品1860批次。"], src="质量监督司", docno=None)

page("/www.zjrd.gov.cn/lfgz/fgfb/202801/t20280115_92016.html", "stale", "2028-01-15 10:00",
     "关于《浙江省数据要素市场促进条例（草案）》公开征求意见的公告",
     ["《浙江省数据要素市场促进条例（草案）》已经省十四届人大常委会第十八次会议初次审议。草案共七章五十二条，规定公共数据授权运营期限一般不超过三年。",
      "请于2028年2月10日前提出意见。"], src="浙江省人大常委会法制工作委员会")
page("/www.hefei.gov.cn/public/zfgz/202509/t20250901_7311842.html", "stale", "2025-09-01 10:00",
     "合肥市人民政府令第211号（合肥市智能网联汽车道路测试管理办法）",
     [("c", "合肥市人民政府令"), ("c", "第211号"),
      "《合肥市智能网联汽车道路测试管理办法》已经市政府常务会议通过，现予公布，自2025年10月1日起施行。",
      "第一条　每车应当投保不低于三百万元的交通事故责任保险。"], src="合肥市人民政府办公室")
page("/www.news.cn/legal/20280421/7d9f1b3c5e2a4d6f8b0c2e4a6d8f0b59/c.html", "stale", "2028-04-21 19:00",
     "数字经济促进法草案首次提请审议",
     ["新华社北京4月21日电　数字经济促进法草案21日首次提请十四届全国人大常委会第二十三次会议审议。草案共八章七十五条。"],
     src="新华网", editor="王蕾")

B = {}
B["empty"] = "/www.example-hfnews.cn/news/2028-05/14/content_612611.htm"
page(B["empty"], "broken", "2028-05-14 12:00", "智能网联汽车：合肥的“路测经济学”", [], src="庐州新闻网", empty=True, relevant=False)
B["404"] = "/www.news.cn/legal/20280519/4a6c8e0b2d1f4a3c5e7b9d1f3a5c7e62/c.html"
EXTRA = {
    "xinhua": [dict(title="全国人大常委会法工委：今年将制定修改法律20余件", path=B["404"], date="2028-05-19", time="16:00", pos=0)],
    "southcn": [dict(raw="<item>\n<title>广东发布“数实融合”十条措施 & 专项资金解读</title>\n<link>/www.southcn.com/node_54a44f01a2/content/2028-05/19/content_2316901.htm</link>\n<pubDate>Fri, 19 May 2028 11:00:00 +0800</pubDate>\n</item>", pos=1)],
}
B["bad"] = "/www.southcn.com/node_54a44f01a2/content/2028-05/19/content_2316901.htm"

THREADS = [
    dict(id="L1", importance=1,
         title="浙江省人大常委会通过《浙江省数据要素市场促进条例》，六章三十四条，2028年9月1日起施行",
         key_facts=[L1, "第63号", "2028年9月1日", "六章三十四条", "一万元以上十万元以下罚款", "不超过五年", "412亿元",
                    "第二十一次会议"],
         deadlines=[dict(date="2028-09-01", what="《浙江省数据要素市场促进条例》施行")],
         entities=["浙江省人民代表大会常务委员会", "浙江省人大常委会法工委"]),
    dict(id="L2", importance=1,
         title="合肥市公布《合肥市智能网联汽车道路测试与示范应用管理规定》（市政府令第238号），7月1日起施行",
         key_facts=[L2, "第238号", "2028年7月1日", "五百万元", "一万公里", "1260公里", "2028年8月31日"],
         deadlines=[dict(date="2028-07-01", what="《合肥市智能网联汽车道路测试与示范应用管理规定》施行"),
                    dict(date="2028-08-31", what="合肥首批智能网联汽车示范运营申请受理截止")],
         entities=["合肥市人民政府", "合肥市司法局"]),
    dict(id="L3", importance=2,
         title="《中华人民共和国数字经济促进法（草案）》公开征求意见，八章七十二条，6月18日截止",
         key_facts=[L3, "八章七十二条", "2028年6月18日"],
         deadlines=[dict(date="2028-06-18", what="数字经济促进法草案公开征求意见截止")],
         entities=["全国人民代表大会常务委员会", "全国人大常委会法制工作委员会"]),
    dict(id="L4", importance=2,
         title="广东省司法厅就《广东省低空经济发展促进条例（草案修改稿）》公开征求意见，6月5日截止",
         key_facts=[L4, "七章五十六条", "2028年6月5日"],
         deadlines=[dict(date="2028-06-05", what="广东低空经济发展促进条例草案修改稿征求意见截止")],
         entities=["广东省司法厅"]),
    dict(id="L5", importance=2,
         title="市场监管总局公布《网络交易平台规则监督管理办法》（总局令第104号），8月1日起施行",
         key_facts=[L5, "第104号", "2028年8月1日", "不少于七日", "至少提前三十日"],
         deadlines=[dict(date="2028-08-01", what="《网络交易平台规则监督管理办法》施行")],
         entities=["国家市场监督管理总局"]),
]

README = f"""# {NAME}: a local-legislation week (synthetic)

**Synthetic test data.** Every regulation, article, document number, figure, name and quotation is
fictional, written to test the 「新质生产力每日动态」 brief generator without reading its code. Pages
imitate only the *structure* of the kind of site they sit on; `www.example-hfnews.cn` (庐州新闻网) is
a fictional portal. Brief date {BRIEF_DATE}, window {WINDOW} days (2028-05-06 … 2028-05-20). Built by
`../make_{NAME}.py` (seed {SEED}), checked by `../check_{NAME}.py`.

## Threads (gold.json)
- **L1 (1), 6 pages.** 浙江省人大常委会公告（第63号） on the 浙江人大 site (original, a short 公告 that
  links the full text); the full text {L1} on its own page (目录, 六章, 第一条…第三十四条, dated only by its
  URL), the 法工委 答记者问 (412亿元 only there and in the Xinhua story), a 浙江日报 report carried by
  the provincial portal (来源：浙江日报, shortened) and a 新华社 story. Effective 2028-09-01.
- **L2 (1), 3 pages.** 合肥市人民政府令第238号 {L2} (GBK city site, full text of 16 articles), its
  解读 (测试道路1260公里; the first 示范运营 application window closes 2028-08-31, stated only in
  the 解读), and a local portal report. Effective 2028-07-01.
- **L3 (2)** a national draft law open for comment until 2028-06-18 (中国人大网) and a Xinhua story.
- **L4 (2)** 广东省司法厅 consultation on a draft regulation until 2028-06-05, and a 南方网 story.
- **L5 (2)** 市场监管总局令第104号, effective 2028-08-01, reprinted in the gov.cn 部门文件 library.

## Distractors, stale pages, faults
The standing committee's meeting agenda and its 任免名单 (same site, same week), a forestry
meeting, a Hefei administrative notice, a marathon, volleyball, an NPC press briefing without
content, a procurement result, weather, a quality spot-check. Stale: the 浙江 draft of January
2028 (七章五十二条, 三年), the 2025 Hefei 办法 the new 规定 repeals (三百万元), the 2028-04-21
first-reading story (七十五条). Faults: a 404 at the top of the Xinhua RSS, a malformed item in
the 南方网 RSS (a bare `&`), an empty portal page, GBK pages with relative links (合肥), a page
dated only by its URL.
"""

README += """
## First score
Scored once, black-box, on 2026-12-03 with `shared/eval/score.py` and
`/work/main/.venv/bin/dailybrief run` (nothing in the corpus was changed afterwards). The command runs from /work/main's working tree,
which other sessions were changing at the time (run at 11:24 UTC; main HEAD then about be6e205,
plus whatever uncommitted edits the tree held):

```
exit_code                    0
seconds                      5.72
threads_covered              "5/5"
thread_recall                1.0
section_purity               1.0
split_threads                []
fact_recall                  0.962
facts_missing                ["第63号"]
ungrounded_numbers           []
leaked_references            []
misattributed_references     []
threads_without_original     ["L1"]
duplicate_references         []
deadline_recall              1.0
references                   8
```
Observed: all five threads, all six deadlines. L1 was told from the full-text page and the
答记者问; the 公告 page (gold original, the only page with 第63号) was not cited, hence
`threads_without_original: ["L1"]` and the missing fact. Whether the 公告 or the 条例全文 page
is "the original" is debatable (same publisher, same day, the 公告 links the text); the gold
keeps the 公告 because it is the promulgation act and carries the 公告 number.
"""

if __name__ == "__main__":
    K.build(THREADS, README, extra=EXTRA,
            broken=[(B["404"], "404: top item of the Xinhua legal RSS, no file"),
                    (B["bad"], "the malformed 南方网 RSS item's link; no file")])
