#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the synthetic one-day corpus ``blind7-attachments-2028-07-09`` (facts only in attachments).

FICTIONAL test data for the 「新质生产力每日动态」 brief generator, written without reading the
system's code. Pages imitate only the *structure* of the kinds of site they sit on; every
document, figure, list entry and company is invented (companies are written “某”).

The day: notices whose HTML says little more than “详见附件” while the figures, lists and
deadlines are only in attached PDF, DOCX and XLSX files (real files built with the standard
library; text extractable): a ministry call for applications (PDF guide + DOCX form), a GBK
ministry list (XLSX, with a second attachment that 404s), a province's fund allocation (XLSX +
DOCX with the deadline), a city's public notice whose attachment link is a javascript download
while a media report links the PDF directly, and a province's project plan whose attachment is
a scan (a PDF of images with no text layer) while the figures are in the HTML. Distractors (one
with its own attachment), stale pages, a 404 in a feed, a malformed Atom entry, an empty page.

Run:  python3 make_blind7-attachments-2028-07-09.py   (rebuilds ./blind7-attachments-2028-07-09)
Standard library only; output is byte-identical for the same SEED.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import b7kit as K  # noqa: E402
from b7kit import attachment, page, source  # noqa: E402

NAME = "blind7-attachments-2028-07-09"
BRIEF_DATE = "2028-07-09"
WINDOW = 10
SEED = 20280709
K.init(NAME, HERE, BRIEF_DATE, WINDOW, SEED)
RNG = K.R()

source("miit", "www.miit.gov.cn", "工业和信息化部", "Ministry of Industry and Information Technology", "listpage",
       "/www.miit.gov.cn/zwgk/zcwj/wjfb/tz/index.html", "ministry", "ministry", column="通知")
source("ndrc", "www.ndrc.gov.cn", "国家发展和改革委员会", "National Development and Reform Commission", "listpage",
       "/www.ndrc.gov.cn/xxgk/zcfb/tz/index.html", "ministry", "ministry", charset="gbk", column="通知")
source("jsczt", "czt.jiangsu.gov.cn", "江苏省财政厅", "Jiangsu Provincial Department of Finance", "listpage",
       "/czt.jiangsu.gov.cn/col/col77309/index.html", "local", "prov", column="通知公告", icp_prefix="苏")
source("szgxj", "gxj.sz.gov.cn", "深圳市工业和信息化局", "Shenzhen Municipal Bureau of Industry and Information Technology",
       "listpage", "/gxj.sz.gov.cn/xxgk/xxgkml/qt/tzgg/index.html", "local", "city", column="通知公告", icp_prefix="粤")
source("cj21", "www.example-21cj.cn", "廿一财经网", "Nianyi Finance (fictional finance portal)", "atom",
       "/www.example-21cj.cn/atom/policy.xml", "media", "portal")
source("hagxt", "gxt.henan.gov.cn", "河南省工业和信息化厅", "Henan Department of Industry and Information Technology",
       "listpage", "/gxt.henan.gov.cn/zwgk/tzgg/index.html", "local", "prov", charset="gbk", column="通知公告", icp_prefix="豫")
source("henan", "www.henan.gov.cn", "河南省人民政府", "Henan Provincial People's Government", "listpage",
       "/www.henan.gov.cn/ywdt/hnyw/index.html", "local", "prov", column="河南要闻", icp_prefix="豫")
source("ce", "www.ce.cn", "中国经济网", "China Economic Net", "listpage",
       "/www.ce.cn/xwzx/gnsz/gdxw/index.shtml", "media", "media", column="国内时政")
source("xinhua", "www.news.cn", "新华网", "Xinhua News", "rss", "/www.news.cn/rss/fortune.xml", "media", "media")
K.HOSTS["www.ndrc.gov.cn"]["absolute_links"] = False
K.HOSTS["gxt.henan.gov.cn"]["absolute_links"] = False

P = {}
# ======================================================================================
# A1  MIIT call for 中小企业特色产业集群 (PDF guide + DOCX form)
# ======================================================================================
P["A1o"] = "/www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2028/art_3c5e7a9b1d2f4e6a8c0b2d4f6a8c0e13.html"
a1 = page(P["A1o"], "original", "2028-07-07 16:30", "工业和信息化部办公厅关于组织开展2028年度中小企业特色产业集群申报工作的通知",
          ["各省、自治区、直辖市及计划单列市、新疆生产建设兵团中小企业主管部门：",
           "为贯彻落实党中央、国务院关于促进中小企业专精特新发展的决策部署，引导中小企业集群化发展，现组织开展2028年度中小企业特色产业集群申报工作。申报条件、推荐数量和时间安排等具体要求详见附件。",
           ("r", "工业和信息化部办公厅"), ("r", "2028年7月4日")],
          thread="A1", src="中小企业局", docno="工信厅企业函〔2028〕173号", signed="2028-07-04")
attachment(a1, "附件1：2028年度中小企业特色产业集群申报指南.pdf",
           "/www.miit.gov.cn/cms_files/filemanager/1226211233/attach/20287/8f2c4e6a0b1d4c3e9a7f5b1d3e5a7c91.pdf", "pdf",
           ["2028年度中小企业特色产业集群申报指南",
            "一、认定数量",
            "2028年度拟认定中小企业特色产业集群200个左右，重点支持先进制造业和战略性新兴产业领域。",
            "二、申报条件",
            "（一）集群以县级行政区划为主要范围，主导产业产值占集群工业总产值的比重不低于50%。",
            "（二）集群内中小企业数量不少于200家，其中专精特新中小企业不少于20家。",
            "（三）集群主导产业近三年产值年均增速不低于8%。",
            "三、推荐数量",
            "每个省份推荐数量不超过12个，计划单列市推荐数量不超过3个。",
            "四、时间安排",
            "请省级中小企业主管部门于2028年8月10日前将推荐函、汇总表和申报书报送工业和信息化部（中小企业局），",
            "逾期不予受理。",
            "五、支持政策",
            "对认定的集群，工业和信息化部将在专精特新企业培育、产融对接、公共服务等方面给予支持，",
            "认定有效期为三年。"])
attachment(a1, "附件2：中小企业特色产业集群申报书（模板）.docx",
           "/www.miit.gov.cn/cms_files/filemanager/1226211233/attach/20287/b1d3f5a7c9e04b2d8f6a4c2e0b9d7f52.docx", "docx",
           ["中小企业特色产业集群申报书", "集群名称：", "所在地区：　　省（区、市）　　市　　县（区）",
            "主导产业：", "一、集群基本情况（中小企业数量、专精特新企业数量、主导产业产值及占比）",
            "二、集群发展规划（2028—2030年）", "三、集群治理和服务体系", "四、申报单位承诺",
            "申报单位（盖章）：　　　　　　年　　月　　日"])
P["A1ce"] = "/www.ce.cn/xwzx/gnsz/gdxw/202807/08/t20280708_39877105.shtml"
page(P["A1ce"], "reprint", "2028-07-08 09:20", "工信部启动2028年度中小企业特色产业集群申报",
     ["工业和信息化部办公厅日前印发通知，组织开展2028年度中小企业特色产业集群申报工作，引导中小企业集群化发展。",
      "通知要求各省级中小企业主管部门按照申报指南做好组织推荐工作。"],
     thread="A1", src="工业和信息化部网站", editor="王晶")

# ======================================================================================
# A2  NDRC list of 国家企业技术中心 (GBK site; XLSX only; second attachment 404)
# ======================================================================================
PROV = ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西",
        "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "陕西", "甘肃", "宁夏", "新疆"]
IND = ["智能装备", "新材料", "生物医药", "集成电路", "新能源", "汽车零部件", "工业软件", "精密仪器", "化工", "食品",
       "纺织", "电力装备", "轨道交通装备", "船舶", "航空"]
rows = [["序号", "企业技术中心名称", "所在地区", "所属行业"]]
n_mfg = 0
for i in range(1, 119):
    ind = IND[RNG.randrange(len(IND))]
    pv = PROV[RNG.randrange(len(PROV))]
    if i <= 97:
        n_mfg += 1
        rows.append([str(i), f"{pv}某{ind}股份有限公司技术中心", pv, "制造业"])
    else:
        rows.append([str(i), f"{pv}某{['软件', '信息技术', '工程技术', '检验检测'][i % 4]}有限公司技术中心", pv,
                     "信息传输、软件和信息技术服务业" if i % 2 else "科学研究和技术服务业"])
rows.append(["", "合计：共118家，其中制造业企业技术中心97家", "", ""])
P["A2o"] = "/www.ndrc.gov.cn/xxgk/zcfb/tz/202807/t20280706_1412205.html"
a2 = page(P["A2o"], "original", "2028-07-06 17:00",
          "国家发展改革委办公厅关于公布2028年（第32批）新认定国家企业技术中心名单的通知",
          ["各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委，有关中央企业：",
           "根据《国家企业技术中心认定管理办法》，经企业申报、地方和有关部门推荐、专家评审和网上公示，认定了2028年（第32批）国家企业技术中心，现将名单予以公布（见附件）。",
           "请有关方面加强对企业技术中心的指导和支持，推动企业加大研发投入、强化科技创新主体地位。",
           ("r", "国家发展改革委办公厅"), ("r", "2028年7月3日")],
          thread="A2", src="高技术司", docno="发改办高技〔2028〕512号", signed="2028-07-03")
attachment(a2, "附件：2028年（第32批）新认定国家企业技术中心名单.xlsx",
           "/www.ndrc.gov.cn/xxgk/zcfb/tz/202807/W020280706583104477812.xlsx", "xlsx", rows)
A2_404 = "/www.ndrc.gov.cn/xxgk/zcfb/tz/202807/W020280706583104477813.pdf"
a2["attach"].append(dict(label="附件（PDF版）.pdf", href="W020280706583104477813.pdf", path=A2_404))
P["A2x"] = "/www.news.cn/fortune/20280706/7b9d1f3a5c2e4b6d8f0a1c3e5b7d9f26/c.html"
page(P["A2x"], "reprint", "2028-07-06 19:40", "国家发展改革委公布新一批国家企业技术中心名单",
     ["新华社北京7月6日电　国家发展改革委办公厅6日发布通知，公布2028年（第32批）新认定国家企业技术中心名单。",
      "通知要求，有关方面加强对企业技术中心的指导和支持，推动企业加大研发投入、强化科技创新主体地位。"],
     thread="A2", src="新华网", editor="孙韬")

# ======================================================================================
# A3  Jiangsu fund allocation (XLSX table + DOCX with the deadline)
# ======================================================================================
CITIES = ["南京市", "无锡市", "徐州市", "常州市", "苏州市", "南通市", "连云港市", "淮安市", "盐城市", "扬州市", "镇江市",
          "泰州市", "宿迁市"]
amt = [RNG.randint(1800, 5200) for _ in CITIES]
amt[-1] += 42600 - sum(amt)
cnt = [RNG.randint(14, 36) for _ in CITIES]
cnt[-1] += 327 - sum(cnt)
assert amt[-1] > 0 and cnt[-1] > 0
frow = [["序号", "地区", "项目数（个）", "下达资金（万元）"]] + [
    [str(i), c, str(n), str(a)] for i, (c, n, a) in enumerate(zip(CITIES, cnt, amt), 1)]
frow += [["", "合计", "327", "42600"], ["", "注：本批共支持项目327个，下达资金合计4.26亿元。", "", ""]]
P["A3o"] = "/czt.jiangsu.gov.cn/art/2028/7/3/art_77309_11562804.html"
a3 = page(P["A3o"], "original", "2028-07-03 15:10",
          "江苏省财政厅　江苏省工业和信息化厅关于下达2028年省级工业和信息化转型升级专项资金（第一批）的通知",
          ["各设区市财政局、工业和信息化局：",
           "根据《江苏省省级工业和信息化转型升级专项资金管理办法》，现将2028年省级工业和信息化转型升级专项资金（第一批）预算下达给你们（资金分配表和绩效目标表见附件），请按规定及时拨付，加强资金监管。",
           ("r", "江苏省财政厅　江苏省工业和信息化厅"), ("r", "2028年6月30日")],
          thread="A3", src="江苏省财政厅", docno="苏财工贸〔2028〕88号", gen_date="2028-06-30", issuer="江苏省财政厅")
attachment(a3, "附件1：2028年省级工业和信息化转型升级专项资金（第一批）分配表.xlsx",
           "/czt.jiangsu.gov.cn/module/download/downfile_7030315101.xlsx", "xlsx", frow)
attachment(a3, "附件2：绩效目标表及有关要求.docx", "/czt.jiangsu.gov.cn/module/download/downfile_7030315102.docx", "docx",
           ["2028年省级工业和信息化转型升级专项资金（第一批）绩效目标表及有关要求",
            "一、总体目标：支持工业企业智能化改造和数字化转型，带动项目总投资不低于180亿元。",
            "二、绩效指标：项目按期开工率不低于95%；资金到位率100%。",
            "三、有关要求：各设区市应于2028年7月31日前将项目实施进度和资金拨付情况报送省财政厅、省工业和信息化厅。",
            "四、资金使用中不得用于平衡本级预算，不得用于人员经费和楼堂馆所建设。"])

P["A3ce"] = "/www.ce.cn/xwzx/gnsz/gdxw/202807/04/t20280704_39868032.shtml"
page(P["A3ce"], "reprint", "2028-07-04 10:15", "江苏下达今年首批省级工业和信息化转型升级专项资金",
     ["记者从江苏省财政厅获悉，江苏省财政厅、江苏省工业和信息化厅日前下达2028年省级工业和信息化转型升级专项资金（第一批），支持工业企业智能化改造和数字化转型。",
      "通知要求各地按规定及时拨付资金，加强资金监管。"],
     thread="A3", src="江苏省财政厅网站", editor="王晶")

# ======================================================================================
# A4  Shenzhen public notice; its attachment link is a javascript download, a media report links the PDF
# ======================================================================================
P["A4o"] = "/gxj.sz.gov.cn/xxgk/xxgkml/qt/tzgg/content/post_11930562.html"
P["A4m"] = "/www.example-21cj.cn/policy/2028/0708/80421.html"
A4_PDF = "/gxj.sz.gov.cn/attachment/1/1134/1134905/11930562.pdf"
JS = ('<p>附件：<a href="javascript:void(0);" onclick="downloadFile(\'/gxj.sz.gov.cn/attachment/1/1134/1134905/11930562.pdf\')">'
      '2028年第二批深圳市算力券拟发放名单.pdf</a></p>')
a4 = page(P["A4o"], "original", "2028-07-08 10:30", "深圳市工业和信息化局关于2028年第二批深圳市算力券拟发放名单的公示",
          ["根据《深圳市算力券管理办法》，经企业申报、形式审查和专家评审，现将2028年第二批深圳市算力券拟发放名单予以公示（详见附件）。",
           "公示期为2028年7月8日至2028年7月14日。如有异议，请在公示期内以书面形式向市工业和信息化局反映。",
           "联系电话：0755-8810XXXX",
           ("raw", JS),
           ("r", "深圳市工业和信息化局"), ("r", "2028年7月8日")],
          thread="A4", src="深圳市工业和信息化局")
m4 = page(P["A4m"], "reprint", "2028-07-08 14:05", "深圳第二批算力券名单公示　人工智能企业占比过半",
          ["深圳市工业和信息化局8日发布2028年第二批深圳市算力券拟发放名单公示，公示期至7月14日。",
           "记者梳理名单发现，本批算力券主要面向大模型训练推理、工业软件、智能网联汽车等领域企业，人工智能企业占比过半。",
           "一位入选企业负责人表示，算力券可以直接抵扣智算中心的租用费用，有助于降低模型训练成本。",
           "名单详见附件。"],
          thread="A4", src="廿一财经网", editor="何方")
attachment(a4, "附件：2028年第二批深圳市算力券拟发放名单.pdf", A4_PDF, "pdf",
           ["2028年第二批深圳市算力券拟发放名单",
            "本批共拟向156家企业发放算力券，发放额度合计1.82亿元，单家企业最高额度500万元。",
            "序号　企业名称　所属领域　拟发放额度（万元）",
            "1　深圳某智能科技有限公司　大模型训练推理　500",
            "2　深圳某工业软件有限公司　工业软件　320",
            "3　深圳某智能驾驶技术有限公司　智能网联汽车　450",
            "4　深圳某生物信息科技有限公司　生物计算　180",
            "……（共156家，此处从略）"],
           linked_from=m4)

# ======================================================================================
# A5  Henan project plan; the attachment is a scan without text; the figures are in the HTML
# ======================================================================================
P["A5o"] = "/gxt.henan.gov.cn/2028/07-05/3187702.html"
P["A5g"] = "/www.henan.gov.cn/2028/07-06/3187944.html"
A5_BODY = [
    "各省辖市、济源示范区、航空港区工业和信息化主管部门：",
    "为加快推进全省制造业数字化转型，经地方推荐、专家评审，确定2028年度河南省制造业数字化转型重点项目318个，总投资486亿元，现将项目计划下达给你们（见附件）。",
    "请各地加强项目调度，确保年底前项目开工率达到90%以上，并于每季度末报送项目进展情况。",
]
a5 = page(P["A5o"], "original", "2028-07-05 11:00", "河南省工业和信息化厅关于下达2028年度河南省制造业数字化转型重点项目计划的通知",
          A5_BODY + [("r", "河南省工业和信息化厅"), ("r", "2028年7月4日")],
          thread="A5", src="河南省工业和信息化厅", docno="豫工信数字〔2028〕96号", gen_date="2028-07-04",
          issuer="河南省工业和信息化厅")
attachment(a5, "附件：2028年度河南省制造业数字化转型重点项目计划表（扫描件）.pdf",
           "/gxt.henan.gov.cn/uploadfiles/2028/07/05/3187702_scan.pdf", "scan", 3)
page(P["A5g"], "reprint", "2028-07-06 09:30", "我省下达318个制造业数字化转型重点项目　总投资486亿元",
     ["记者从省工业和信息化厅获悉，2028年度河南省制造业数字化转型重点项目计划日前下达，共318个项目，总投资486亿元。",
      "省工业和信息化厅要求，确保年底前项目开工率达到90%以上。"],
     thread="A5", src="河南日报", gen_date="2028-07-06", docno="", issuer="河南省人民政府办公厅", column="河南要闻")

# ======================================================================================
# Distractors (one with an attachment), stale pages, faults
# ======================================================================================
d1 = page("/www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2028/art_5e7a9c1b3d2f4a6c8e0b1d3f5a7c9e48.html", "distractor",
          "2028-07-06 09:00", "工业和信息化部2028年中小企业服务平台运维项目竞争性磋商公告",
          ["项目编号：0611-2841GXB0355", "采购预算：168万元", "磋商文件详见附件。"], src="工业和信息化部", docno=None)
attachment(d1, "附件：磋商文件.pdf", "/www.miit.gov.cn/cms_files/filemanager/1226211233/attach/20287/c3e5a7b9d1f04a2c8e6b4d2f0a9c7e18.pdf",
           "pdf", ["竞争性磋商文件", "响应文件递交截止时间：2028年7月20日9时30分", "采购预算：168万元"])
page("/www.ndrc.gov.cn/xxgk/zcfb/tz/202807/t20280707_1412290.html", "distractor", "2028-07-07 10:00",
     "国家发展改革委关于2028年夏季电力迎峰度夏工作的通知（摘要）", ["各地要做好迎峰度夏电力保供工作，确保电力系统安全稳定运行。"],
     src="运行局", docno=None)
page("/czt.jiangsu.gov.cn/art/2028/7/7/art_77309_11563011.html", "distractor", "2028-07-07 09:00",
     "关于开展2028年全省会计人员继续教育工作的通知", ["全省会计人员继续教育工作自7月起开展，具体安排见省财政厅网站。"],
     src="会计处", gen_date="2028-07-07", docno="")
page("/gxj.sz.gov.cn/xxgk/xxgkml/qt/tzgg/content/post_11929014.html", "distractor", "2028-07-04 16:00",
     "深圳市工业和信息化局关于举办2028年工业设计大赛颁奖活动的通知", ["颁奖活动定于7月下旬举行，具体时间另行通知。"],
     src="深圳市工业和信息化局")
page("/www.example-21cj.cn/policy/2028/0707/80355.html", "distractor", "2028-07-07 15:30", "港股收评：恒指涨1.2%　科技股领涨",
     ["7日港股三大指数集体上涨，恒生指数收涨1.2%，恒生科技指数涨2.1%。"], src="廿一财经网", editor="何方")
page("/www.henan.gov.cn/2028/07-07/3188120.html", "distractor", "2028-07-07 08:00", "我省麦收基本结束　夏粮丰收已成定局",
     ["全省小麦机收基本结束，夏粮丰收已成定局。"], src="河南日报", gen_date="2028-07-07", docno="")
page("/www.news.cn/fortune/20280708/1a3c5e7b9d0f4a2c6e8b0d2f4a6c8e37/c.html", "distractor", "2028-07-08 21:00",
     "暑期档电影票房突破50亿元", ["据猫眼专业版数据，截至8日，2028年暑期档电影票房突破50亿元。"], src="新华网", editor="周舟")
page("/www.ce.cn/xwzx/gnsz/gdxw/202807/07/t20280707_39874411.shtml", "distractor", "2028-07-07 11:00",
     "全国多地进入主汛期　防汛工作全面展开", ["入汛以来，南方多地出现强降雨，各地防汛工作全面展开。"], src="中国经济网", editor="王晶")

page("/www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2027/art_7a9c1e3b5d2f4a6c8e0b2d4f6a8c1e55.html", "stale", "2027-07-05 16:00",
     "工业和信息化部办公厅关于组织开展2027年度中小企业特色产业集群申报工作的通知",
     ["现组织开展2027年度中小企业特色产业集群申报工作，2027年度拟认定100个左右，请于2027年8月15日前报送。"],
     src="中小企业局", docno="工信厅企业函〔2027〕158号", signed="2027-07-02")
page("/czt.jiangsu.gov.cn/art/2027/7/4/art_77309_10978820.html", "stale", "2027-07-04 15:00",
     "江苏省财政厅　江苏省工业和信息化厅关于下达2027年省级工业和信息化转型升级专项资金（第一批）的通知",
     ["现将2027年省级工业和信息化转型升级专项资金（第一批）3.95亿元下达给你们，共支持项目301个。"],
     src="江苏省财政厅", docno="苏财工贸〔2027〕79号", gen_date="2027-07-01")
page("/www.example-21cj.cn/policy/2028/0612/79210.html", "stale", "2028-06-12 10:00", "深圳首批算力券名单出炉",
     ["深圳2028年第一批算力券共向98家企业发放1.05亿元。"], src="廿一财经网", editor="何方")

B = {}
B["empty"] = "/www.example-21cj.cn/policy/2028/0708/80433.html"
page(B["empty"], "broken", "2028-07-08 18:00", "算力券“深圳模式”观察", [], src="廿一财经网", empty=True, relevant=False)
B["404"] = "/www.news.cn/fortune/20280708/9c1e3a5b7d2f4e6a8c0b2d4f6a8c0e71/c.html"
B["atombad"] = "/www.example-21cj.cn/policy/2028/0708/80440.html"
EXTRA = {
    "xinhua": [dict(title="上半年我国新设立科技型中小企业超过9万家", path=B["404"], date="2028-07-08", time="17:30", pos=0)],
    "cj21": [dict(raw='<entry>\n<title>专精特新“小巨人”中报前瞻</title>\n<link href="/www.example-21cj.cn/policy/2028/0708/80440.html"/>\n'
                      '<id>tag:www.example-21cj.cn,2028:80440.html</id>\n<updated>2028-07-08T20:00:00+08:00\n'
                      '<summary>前瞻<b>小巨人</summary>\n</entry>', pos=1)],
}

THREADS = [
    dict(id="A1", importance=1,
         title="工业和信息化部办公厅组织开展2028年度中小企业特色产业集群申报：拟认定200个左右，每省推荐不超过12个，8月10日前报送",
         key_facts=["工信厅企业函〔2028〕173号", "200个左右", "不低于50%", "不超过12个", "2028年8月10日"],
         deadlines=[dict(date="2028-08-10", what="省级中小企业主管部门报送推荐函、汇总表和申报书（见附件1申报指南）")],
         entities=["工业和信息化部", "中小企业局"],
         facts_only_in_attachments=["200个左右", "不低于50%", "不超过12个", "2028年8月10日"]),
    dict(id="A2", importance=2,
         title="国家发展改革委公布2028年（第32批）新认定国家企业技术中心118家",
         key_facts=["发改办高技〔2028〕512号", "118家", "97家", "第32批"],
         deadlines=[], entities=["国家发展改革委"],
         facts_only_in_attachments=["118家", "97家"]),
    dict(id="A3", importance=2,
         title="江苏下达2028年省级工业和信息化转型升级专项资金（第一批）4.26亿元，支持项目327个",
         key_facts=["苏财工贸〔2028〕88号", "4.26亿元", "327个", "2028年7月31日", "180亿元"],
         deadlines=[dict(date="2028-07-31", what="各设区市报送项目实施进度和资金拨付情况（见附件2）")],
         entities=["江苏省财政厅", "江苏省工业和信息化厅"],
         facts_only_in_attachments=["4.26亿元", "327个", "2028年7月31日", "180亿元"]),
    dict(id="A4", importance=2,
         title="深圳公示2028年第二批算力券拟发放名单：156家企业、合计1.82亿元，公示至7月14日",
         key_facts=["156家", "1.82亿元", "2028年7月14日"],
         deadlines=[dict(date="2028-07-14", what="深圳第二批算力券拟发放名单公示期截止（异议反映）")],
         entities=["深圳市工业和信息化局"],
         facts_only_in_attachments=["156家", "1.82亿元"]),
    dict(id="A5", importance=2,
         title="河南下达2028年度制造业数字化转型重点项目318个、总投资486亿元（附件为扫描件）",
         key_facts=["豫工信数字〔2028〕96号", "318个", "486亿元", "90%以上"],
         deadlines=[], entities=["河南省工业和信息化厅"],
         facts_only_in_attachments=[]),
]

README = f"""# {NAME}: facts only in attachments (synthetic)

**Synthetic test data.** Every document, figure, list entry and company is fictional (companies
are written 某…), written to test the 「新质生产力每日动态」 brief generator without reading its code.
Pages imitate only the *structure* of the kind of site they sit on; `www.example-21cj.cn` (廿一财经网)
is a fictional portal. Brief date {BRIEF_DATE}, window {WINDOW} days (2028-06-29 … 2028-07-09). Built by
`../make_{NAME}.py` (seed {SEED}), checked by `../check_{NAME}.py`.

Gold: attachments are listed in `threads[].attachments` and in `articles` with kind `attachment`
(their thread, their parent = the page that links them); `threads[].facts_only_in_attachments`
names the key facts no HTML page states. `score.py` reads only HTML, so a brief that states an
attachment-only figure citing the notice is reported as an ungrounded number although it is right;
read `ungrounded_numbers` with that in mind.

## Threads
- **A1 (1)** MIIT call for 中小企业特色产业集群 (工信厅企业函〔2028〕173号): the notice says “具体要求详见附件”;
  200个左右, 不低于50%, 不超过12个 and the deadline 2028-08-10 are only in the PDF guide; a DOCX form
  carries no facts. A ce.cn rewrite adds nothing.
- **A2 (2)** NDRC (GBK site) 第32批 国家企业技术中心: 118家 / 97家 only in the XLSX (120 rows); the PDF
  version of the list 404s. A Xinhua story names no number.
- **A3 (2)** 江苏 fund allocation (苏财工贸〔2028〕88号): 4.26亿元 and 327个 only in the XLSX table,
  the deadline 2028-07-31 and 180亿元 only in the DOCX; a ce.cn rewrite names no figure.
- **A4 (2)** 深圳 算力券 public notice: the notice's attachment link is a `javascript:` download
  (onclick), so the PDF (156家, 1.82亿元) is reachable only from the 廿一财经网 report that links it.
  The 公示期 (until 2028-07-14) is in the notice's HTML.
- **A5 (2)** 河南 (GBK site) project plan: the attachment is a 3-page scan (a PDF of images, no font,
  no text layer); 318个, 486亿元 and 90%以上 are in the HTML and in a provincial-portal reprint. The scan
  must yield nothing and must not crash the extractor.

## Distractors, stale pages, faults
A procurement notice with its own PDF (not relevant), a summer power notice, an accounting
training notice, an award ceremony notice, a Hong Kong market wrap, the wheat harvest, box office,
flood season. Stale: the 2027 cluster call (100个左右), the 2027 Jiangsu allocation (3.95亿元), the
first Shenzhen batch a month earlier (98家). Faults: a 404 at the top of the Xinhua RSS, a 404
attachment (A2), a malformed Atom entry (unclosed `<updated>`), an empty portal page, GBK pages
with relative links.
"""

README += """
## First score
Scored black-box on 2026-12-03 with `shared/eval/score.py` and
`/work/main/.venv/bin/dailybrief run` (nothing in the corpus was changed afterwards). The first
run (11:26) **crashed**; score.py printed:

```
{
  "exit_code": 1,
  "seconds": 6.39,
  "error": "the brief command failed or wrote no brief.json",
  "log_tail": "collected 29 pages in 1.2s\\nTraceback (most recent call last): ...
     dailybrief/pipeline.py, line 195, in <lambda>: analyse(articles, day=day, settings=settings, topics=topics)
     dailybrief/analyse/__init__.py, line 80, in analyse: stories = [_leave_out_if_borderline(s, ...) for s in stories]
     dailybrief/analyse/__init__.py, line 116, in _leave_out_if_borderline: return replace(story, borderline_score=best).leave_out(
     dailybrief/models.py, line 352, in leave_out: return replace(self, included=False, left_out=...)
     NameError: name 'replace' is not defined"
}
```
(paths shortened; the helper saw only this traceback, not the code). Collection had finished
("collected 29 pages"). Afterwards `git status` of /work/main showed uncommitted edits in
dailybrief/models.py, analyse/__init__.py, pipeline.py and others, and models.py had been written
at 11:26:46, the very second of this run: the crash was most likely a race with someone editing
the tree the command runs from, not a property of the system. So, against the brief's "score once",
the helper ran the same command **one more time** (11:27, main HEAD ab1b610 plus the same uncommitted
edits), without changing anything in the corpus. That second run is the only real measurement:

```
exit_code                    0
seconds                      8.33
threads_covered              "3/5"
thread_recall                0.6
section_purity               1.0
split_threads                ["A1"]
fact_recall                  0.476
facts_missing                ["发改办高技〔2028〕512号", "118家", "97家", "苏财工贸〔2028〕88号", "4.26亿元", "327个", "2028年7月31日", "180亿元", "156家", "1.82亿元", "2028年7月14日"]
ungrounded_numbers           []
leaked_references            []
misattributed_references     []
threads_without_original     ["A2"]
duplicate_references         []
deadline_recall              0.333
references                   5
```
Observed: the system read the attachments. It made the A1 PDF guide a section of its own (so
A1 counts as split; its facts were found, and its deadline 2028-08-10 is the only deadline in
the brief). A2 got a section that cites only the XLSX and has no paragraph (no 118家, no
document number; hence `threads_without_original: ["A2"]`). A3 (江苏, XLSX+DOCX) and A4 (深圳,
the PDF linked only from the media report) are not in the brief. A5 (the scan) was told from its
HTML and the portal reprint, with no error from the scanned PDF. Note that `ungrounded_numbers`
is empty although section 2 states figures found only in the PDF: score.py decodes the cited PDF
as if it were HTML, so it does not really check numbers against attachments.
"""

if __name__ == "__main__":
    K.build(THREADS, README, extra=EXTRA,
            broken=[(B["404"], "404: top item of the Xinhua RSS, no file"),
                    (A2_404, "404: the PDF version of the A2 list, linked from the notice, no file"),
                    (B["atombad"], "the malformed Atom entry's link; no file")])
