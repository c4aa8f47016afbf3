#!/usr/bin/env python3
"""Generate the synthetic corpus ``own-2027-04-22``: a QUIET news day that probes precision.

Every story, figure, name and document number in it is FICTIONAL test data written to test
the "新质生产力每日动态" brief generator. Only three threads are brief-worthy; most pages are
topical (人工智能、算力、量子、数据要素、新质生产力) but not brief-worthy, so a careless system
would turn them into sections. Pages imitate site structure only.

Run:  python3 make_own-2027-04-22.py   (deletes and rebuilds ./own-2027-04-22 next to it)
Standard library only; deterministic output.
"""
from __future__ import annotations

import json
import posixpath
import shutil
from datetime import datetime, timedelta
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "own-2027-04-22"
OUT = HERE / NAME
SITE = OUT / "site"
BRIEF_DATE = "2027-04-22"
WINDOW_DAYS = 7
TITLE = "新质生产力每日动态"
MARK = ("<!-- synthetic test page: fictional content imitating this site's layout, "
        "written to test a daily-brief generator -->")

SOURCES = [
    dict(id="miit", host="www.miit.gov.cn", name="工业和信息化部",
         name_en="Ministry of Industry and Information Technology", kind="listpage",
         url="/www.miit.gov.cn/xwfb/gxdt/index.html", authority="ministry"),
    dict(id="nda", host="www.nda.gov.cn", name="国家数据局",
         name_en="National Data Administration", kind="listpage",
         url="/www.nda.gov.cn/sjj/swdt/list/index_pc_1.html", authority="ministry"),
    dict(id="most", host="www.most.gov.cn", name="科学技术部",
         name_en="Ministry of Science and Technology", kind="listpage",
         url="/www.most.gov.cn/kjbgz/index.html", authority="ministry"),
    dict(id="govcn", host="www.gov.cn", name="中国政府网",
         name_en="Chinese Government Portal (www.gov.cn)", kind="rss",
         url="/www.gov.cn/rss/zhengce.xml", authority="central"),
    dict(id="xinhua", host="www.news.cn", name="新华网",
         name_en="Xinhua News", kind="rss",
         url="/www.news.cn/rss/tech.xml", authority="media"),
    dict(id="zhiyan", host="www.example-zhiyan.cn", name="智研前沿网",
         name_en="Zhiyan Frontier (fictional tech media)", kind="atom",
         url="/www.example-zhiyan.cn/atom.xml", authority="media"),
    dict(id="cspia", host="www.example-cspia.org.cn", name="中数算力产业协会",
         name_en="Zhongshu Computing Power Industry Association (fictional)", kind="listpage",
         url="/www.example-cspia.org.cn/xhdt/index.html", authority="industry"),
]
PUB = {s["host"]: s["name"] for s in SOURCES}

T1_DOC = "《智能算力赋能实体经济行动计划（2027—2029年）》"
T3_DOC = "《未来产业（量子科技）创新发展行动方案（2027—2030年）》"

THREADS = [
    dict(id="T1", importance=1,
         title="工业和信息化部、国家数据局印发《智能算力赋能实体经济行动计划（2027—2029年）》，提出到2029年智能算力规模超过600EFLOPS",
         key_facts=[T1_DOC, "工信部联通信〔2027〕41号", "600EFLOPS", "65%", "1000个", "100家", "50亿元",
                    "2027年6月30日"],
         deadlines=[dict(date="2027-06-30", what="各省级工业和信息化主管部门会同数据管理部门报送本地区实施方案")],
         entities=["工业和信息化部", "国家数据局", "信息通信发展司"]),
    dict(id="T2", importance=2,
         title="国家数据局：一季度全国数据交易额486亿元、同比增长41.3%，启动2027年“数据要素×”典型案例征集",
         key_facts=["486亿元", "41.3%", "2.3万项", "27个", "2027年5月31日"],
         deadlines=[dict(date="2027-05-31", what="2027年“数据要素×”典型案例征集申报截止")],
         entities=["国家数据局", "数据资源司"]),
    dict(id="T3", importance=2,
         title="科技部等三部门印发《未来产业（量子科技）创新发展行动方案（2027—2030年）》，首批“量子+”应用场景揭榜申报截至2027年5月20日",
         key_facts=[T3_DOC, "国科发规〔2027〕63号", "5个", "20项", "50家", "2027年5月20日"],
         deadlines=[dict(date="2027-05-20", what="首批“量子+”应用场景揭榜任务申报截止")],
         entities=["科学技术部", "国家发展改革委", "工业和信息化部"]),
]

PAGES: list[dict] = []


def page(path: str, kind: str, when: str, title: str, body: list, *, thread: str | None = None,
         source: str = "", **extra) -> dict:
    """Register one article page (``when`` is 'YYYY-MM-DD HH:MM')."""
    d, t = when.split(" ")
    p = dict(path=path, host=path.split("/")[1], kind=kind, thread=thread, date=d, time=t,
             title=title, body=body, source=source, **extra)
    PAGES.append(p)
    return p


P = dict(
    T1o="/www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2027/art_3c7e1a9b5d2f4c8e9a0b6d4f2e1c7a35.html",
    T1r="/www.gov.cn/zhengce/zhengceku/202704/content_7184215.htm",
    T1c="/www.example-cspia.org.cn/xhdt/2027/0421/c1187.html",
    T2o="/www.nda.gov.cn/sjj/swdt/xwfb/0421/20270421103015482719063_pc.html",
    T2r="/www.news.cn/fortune/20270421/8b3e5d1f7a2c4e6b9d0f1a3c5e7b9d2f/c.html",
    T3o="/www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/qtwj/qtwj2027/202704/t20270419_190345.html",
    T3r="/www.gov.cn/lianbo/bumen/202704/content_7183906.htm",
    T3c="/www.example-zhiyan.cn/article/20270420/52718.html",
    D_PHONE="/www.example-zhiyan.cn/article/20270421/52760.html",
    D_QSCI="/www.news.cn/tech/20270420/2f6a9c1e4b7d4a0e8c3f5b1d7e9a2c4f/c.html",
    D_WEBINAR="/www.example-cspia.org.cn/xhdt/2027/0419/c1179.html",
    D_MEMBER="/www.example-cspia.org.cn/tzgg/2027-04/17/content_20417.htm",
    D_PANDIAN="/www.example-zhiyan.cn/article/20270418/52655.html",
    D_ZWGK="/www.nda.gov.cn/sjj/zwgk/tzgg/0416/20270416150233917402856_pc.html",
    D_PARK="/www.news.cn/local/20270418/6d1b3f5a8c2e4b7d9f0a2c4e6b8d1f3a/c.html",
    D_KEYNOTE="/www.miit.gov.cn/xwfb/bldhd/art/2027/art_9e2d4b6f8a1c4e3b7d5f0a2c4e6b8d13.html",
    O_PERS="/www.miit.gov.cn/zwgk/rsxx/art/2027/art_1a4c7e0b3d6f4a9c8e2b5d7f0a3c6e91.html",
    O_PROC="/www.nda.gov.cn/sjj/zwgk/cgxx/0418/20270418091544208371645_pc.html",
    O_HIRE="/www.most.gov.cn/tztg/202704/t20270417_190301.html",
    O_READ="/www.most.gov.cn/kjbgz/202704/t20270421_190377.html",
    O_WEATHER="/www.gov.cn/fuwu/202704/content_7184377.htm",
    O_HOLIDAY="/www.gov.cn/lianbo/bumen/202704/content_7184102.htm",
    O_SPORT="/www.news.cn/sports/20270421/4e8a0c2f6b9d4e1a8c3b5d7f9a1c3e5b/c.html",
    O_CULT="/www.news.cn/culture/20270419/9a5c7e1b3d0f4a2c8e6b4d2f0a8c6e4b/c.html",
    O_FARM="/www.news.cn/local/20270417/3b7d9f1a5c2e4d6b8f0a1c3e5b7d9f2a/c.html",
    O_STOCK="/www.example-zhiyan.cn/article/20270421/52771.html",
    O_JOBS="/www.example-zhiyan.cn/article/20270416/52590.html",
    O_TREE="/www.example-cspia.org.cn/xhdt/2027/0416/c1171.html",
    S1="/www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2026/art_7f1b3d5a9c2e4f6b8d0a1c3e5f7b9d24.html",
    S2="/www.nda.gov.cn/sjj/swdt/xwfb/0421/20260421102210375918264_pc.html",
    S3="/www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/qtwj/qtwj2026/202604/t20260414_185210.html",
    S4="/www.news.cn/tech/20260418/1c5e9a3b7d0f4c2e8a6b4d1f3e5c7a9b/c.html",
    EMPTY="/www.nda.gov.cn/sjj/swdt/sjdt/0420/20270420164408126583907_pc.html",
    MISSING="/www.miit.gov.cn/xwfb/gxdt/sjdt/art/2027/art_0d2f4a6c8e1b4d3f9a5c7e0b2d4f6a88.html",
)

# ======================================================================================
# T1  工业和信息化部 国家数据局 智能算力赋能实体经济行动计划
# ======================================================================================
T1_BODY = [
    ("c", "工信部联通信〔2027〕41号"),
    "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门、数据管理部门，各省、自治区、直辖市通信管理局，有关中央企业：",
    f"现将{T1_DOC}印发给你们，请结合实际认真贯彻落实。请各省级工业和信息化主管部门会同数据管理部门研究制定本地区实施方案，于2027年6月30日前报送工业和信息化部（信息通信发展司）。",
    ("r", "工业和信息化部　国家数据局"),
    ("r", "2027年4月15日"),
    ("c", "智能算力赋能实体经济行动计划（2027—2029年）"),
    "算力是发展新质生产力的重要基础。为推动智能算力从“建起来”向“用起来”转变，加快人工智能与实体经济深度融合，制定本行动计划。",
    ("h", "一、主要目标"),
    "到2029年，全国智能算力规模超过600EFLOPS，算力资源平均利用率提升到65%以上；在制造、能源、交通、医疗等重点行业打造1000个以上算力赋能典型场景，培育100家以上算力服务骨干企业；面向中小企业的算力券累计发放规模不低于50亿元。",
    ("h", "二、重点任务"),
    "（一）推动算力互联互通。完善全国一体化算力网监测调度平台，推动不同主体、不同架构算力资源标准化接入和统一调度。",
    "（二）降低算力使用门槛。鼓励地方发放算力券，支持中小企业按需租用智能算力，发展模型训练、推理服务等算力服务新业态。",
    "（三）深化行业场景应用。聚焦研发设计、生产制造、能源调度、医学影像等场景，组织算力赋能典型场景遴选和推广。",
    "（四）强化安全保障。建立算力设施分级分类安全管理制度，加强算力网络运行监测和数据安全防护。",
    ("h", "三、保障措施"),
    "加强部门协同和央地联动，统筹利用现有资金渠道，鼓励金融机构开发算力设备融资租赁产品，建立行动计划实施年度评估机制。",
]
page(P["T1o"], "original", "2027-04-20 16:30",
     f"工业和信息化部　国家数据局关于印发{T1_DOC}的通知", T1_BODY, thread="T1", source="信息通信发展司",
     related=[("工业和信息化部关于开展2026年算力赋能典型应用案例征集工作的通知", P["S1"])])
page(P["T1r"], "reprint", "2027-04-21 07:30",
     '工业和信息化部 国家数据局关于印发《智能算力赋能实体经济行动计划(2027—2029年)》的通知',
     T1_BODY + ["（此件公开发布）"], thread="T1", source="工业和信息化部网站",
     summary="到2029年，全国智能算力规模超过600EFLOPS。",
     govtable=dict(fwjg="工业和信息化部　国家数据局", fwzh="工信部联通信〔2027〕41号",
                   ztfl="工业、交通\\信息产业（含电信）", gwzl="通知", cwrq="2027年04月15日",
                   fbrq="2027年04月21日"))
page(P["T1c"], "commentary", "2027-04-21 15:00",
     "让智能算力“用起来”——协会专家解读《智能算力赋能实体经济行动计划（2027—2029年）》",
     ["近日，工业和信息化部、国家数据局联合印发" + T1_DOC + "。协会组织专家对行动计划进行了解读。",
      "专家认为，行动计划把重心从算力设施建设转向算力应用，提出到2029年全国智能算力规模超过600EFLOPS、算力资源平均利用率提升到65%以上，直指当前部分智算中心“建而不用”的问题。",
      "行动计划提出面向中小企业的算力券累计发放规模不低于50亿元，将显著降低中小企业使用大模型训练和推理服务的成本。",
      "据协会统计，截至2027年3月底，会员单位在用智能算力约占全国智能算力总规模的38%。协会将组织会员单位参与算力赋能典型场景遴选，推动行业标准制定。"],
     thread="T1", source="中数算力产业协会秘书处")

# ======================================================================================
# T2  国家数据局 一季度数据交易 + 数据要素× 典型案例征集
# ======================================================================================
T2_BODY = [
    "4月21日，国家数据局举行新闻发布会，介绍2027年一季度数据要素市场运行情况，并部署开展2027年“数据要素×”典型案例征集工作。",
    "国家数据局数据资源司负责同志介绍，2027年一季度全国数据交易额达486亿元，同比增长41.3%。截至3月底，全国公共数据资源登记平台累计登记公共数据资源2.3万项，已有27个城市开展城市可信数据空间建设试点。",
    "发布会宣布，国家数据局将于即日起开展2027年“数据要素×”典型案例征集，聚焦工业制造、现代农业、商贸流通、交通运输、金融服务、医疗健康等12个行业领域，申报截止时间为2027年5月31日。各省级数据管理部门负责组织本地区推荐工作。",
    "下一步，国家数据局将加快完善数据产权、流通交易、收益分配、安全治理等基础制度，推动数据要素价值充分释放。",
]
page(P["T2o"], "original", "2027-04-21 10:30",
     "国家数据局举行新闻发布会介绍一季度数据要素市场运行情况", T2_BODY, thread="T2", source="国家数据局",
     list_title="国家数据局举行新闻发布会介绍一季度数据要素市场运行情况")
page(P["T2r"], "reprint", "2027-04-21 14:05",
     "国家数据局：一季度全国数据交易额同比增长41.3%",
     ["新华社北京4月21日电（记者 林晓）" + T2_BODY[0][5:]] + T2_BODY[1:3]
     + ["业内人士认为，数据交易规模快速增长，显示数据要素市场化配置改革正在提速。"],
     thread="T2", source="新华网", editor="周敏",
     summary="一季度全国数据交易额达486亿元，同比增长41.3%。")

# ======================================================================================
# T3  科技部等三部门 量子科技行动方案 (GBK site)
# ======================================================================================
T3_BODY = [
    ("c", "国科发规〔2027〕63号"),
    "各省、自治区、直辖市及计划单列市科技厅（委、局）、发展改革委、工业和信息化主管部门，新疆生产建设兵团科技局、发展改革委、工业和信息化局，各有关单位：",
    f"为加快培育量子科技未来产业，科技部、国家发展改革委、工业和信息化部制定了{T3_DOC}，现印发给你们，请认真贯彻执行。",
    "同时，启动首批“量子+”应用场景揭榜任务征集，请有关单位于2027年5月20日前通过国家科技管理信息系统提交申报材料。",
    ("r", "科技部　国家发展改革委　工业和信息化部"),
    ("r", "2027年4月16日"),
    ("c", "未来产业（量子科技）创新发展行动方案（2027—2030年）"),
    ("h", "一、发展目标"),
    "到2030年，量子科技未来产业创新体系基本形成，建成5个左右量子计算公共服务平台，突破20项以上关键核心技术，量子精密测量、量子通信在电力、金融、医疗等领域形成一批规模化应用，培育50家以上专精特新量子科技企业。",
    ("h", "二、重点任务"),
    "（一）加强关键核心技术攻关。围绕量子计算、量子通信、量子精密测量，布局一批重大攻关任务，推进核心器件和测控系统研发。",
    "（二）建设公共服务平台。支持建设开放共享的量子计算公共服务平台，向高校、科研院所和企业提供算力与开发工具。",
    "（三）开展“量子+”应用场景揭榜。面向行业需求发布应用场景清单，以揭榜挂帅方式推动技术验证和应用示范。",
    "（四）完善产业生态。培育量子科技领域专精特新企业，推动标准、计量、检测认证体系建设。",
]
page(P["T3o"], "original", "2027-04-19 10:00",
     f"科技部　国家发展改革委　工业和信息化部关于印发{T3_DOC}的通知", T3_BODY, thread="T3",
     source="科技部战略规划司")
page(P["T3r"], "reprint", "2027-04-20 09:40",
     "科技部等三部门印发《未来产业（量子科技）创新发展行动方案（2027—2030年）》",
     ["记者从科技部获悉，科技部、国家发展改革委、工业和信息化部近日联合印发" + T3_DOC + "（国科发规〔2027〕63号）。",
      T3_BODY[8],
      "方案提出，开展“量子+”应用场景揭榜，以揭榜挂帅方式推动技术验证和应用示范。首批揭榜任务申报截止时间为2027年5月20日。"],
     thread="T3", source="科技部网站", summary="到2030年建成5个左右量子计算公共服务平台。")
page(P["T3c"], "commentary", "2027-04-20 18:20",
     "量子科技从实验室走向产业的关键一步——专家谈《未来产业（量子科技）创新发展行动方案》",
     ["科技部等三部门日前印发" + T3_DOC + "。多位受访专家表示，方案首次以行动方案形式系统部署量子科技未来产业。",
      "“建成5个左右量子计算公共服务平台，意味着更多中小企业和科研团队可以用上量子算力。”一位量子计算领域研究员表示。",
      "专家同时提醒，培育50家以上专精特新量子科技企业的目标，需要耐心资本和长周期的应用验证相配合，不宜一哄而上。"],
     thread="T3", author="智研前沿网记者 韩雪", tags=["量子科技", "未来产业", "政策解读"],
     summary="专家谈量子科技行动方案。")

# ======================================================================================
# Topical but NOT brief-worthy distractors
# ======================================================================================
page(P["D_PHONE"], "distractor", "2027-04-21 11:00",
     "星河智能发布端侧大模型“灵犀Mini 3”：参数规模70亿，今年预计搭载超1200万台手机",
     ["4月21日，星河智能科技有限公司在深圳举行新品发布会，发布面向手机的端侧大模型“灵犀Mini 3”。",
      "据介绍，“灵犀Mini 3”参数规模70亿，在旗舰手机上首字响应时间缩短至0.3秒，推理功耗较上一代下降35%，支持离线语音助手、图片理解、通话摘要等功能。",
      "星河智能表示，已有6家手机厂商确认预装该模型，预计年内搭载设备超过1200万台。发布会上，公司还宣布将投入20亿元建设端侧AI开发者生态。",
      "（本文为企业供稿，不代表本网观点）"],
     author="企业供稿", tags=["人工智能", "大模型", "手机"], summary="星河智能发布端侧大模型。",
     why="企业产品发布新闻稿（企业供稿），无政策、无政府部门，数字是企业自述的产品指标")
page(P["D_QSCI"], "distractor", "2027-04-20 08:00",
     "科普｜量子计算机到底“快”在哪里？",
     ["经典计算机的比特只能是0或1，而量子比特可以处于0和1的叠加态。这一特性让量子计算机在某些问题上具有并行处理的潜力。",
      "不过，量子比特非常“娇气”，容易受到温度、电磁干扰的影响而退相干。目前主流超导量子计算机需要在接近绝对零度（约零下273摄氏度）的环境中运行。",
      "科学家常用“量子优越性”来描述量子计算机在特定任务上超越经典计算机的能力。要实现通用量子计算，还需要数以百万计的物理量子比特和成熟的量子纠错技术。",
      "专家表示，量子计算不会取代经典计算机，二者将长期互补。"],
     source="新华网", editor="陈琳", category="科普", summary="量子计算科普。",
     why="科普文章，无新闻事件、无政策、无发布主体")
page(P["D_WEBINAR"], "distractor", "2027-04-19 17:00",
     "关于举办“人工智能+”行业应用线上研讨会的通知",
     ["各会员单位：",
      "为交流“人工智能+”行业应用实践，协会定于2027年4月28日（星期三）14:00—16:30举办线上研讨会。有关事项通知如下：",
      ("h", "一、会议议程"),
      "14:00—14:10　主持人介绍与会嘉宾",
      "14:10—15:10　主题分享：“人工智能+”行业应用实践",
      "15:10—16:20　圆桌对话",
      "16:20—16:30　会议总结",
      ("h", "二、参会方式"),
      "本次会议采用线上形式，请于4月26日前扫描二维码报名，会议链接将通过短信发送。联系人：王老师，电话：010-8XXXXXXX。",
      ("r", "中数算力产业协会秘书处"), ("r", "2027年4月19日")],
     source="协会秘书处", why="会议通知，只有议程与报名方式，没有任何内容")
page(P["D_MEMBER"], "distractor", "2027-04-17 09:00",
     "关于缴纳2027年度会费及更新会员信息的通知",
     ["各会员单位：",
      "根据《中数算力产业协会会费管理办法》，现就缴纳2027年度会费及更新会员信息有关事项通知如下：",
      "一、理事单位、会员单位请按原标准缴纳本年度会费，协会收到会费后开具电子票据。",
      "二、请各会员单位登录协会会员服务平台，核对并更新单位名称、联系人、算力业务类型等信息。",
      "三、新申请入会的单位，请下载填写《入会申请表》，经秘书处审核后提交理事会审议。",
      "联系电话：010-8XXXXXXX　邮箱：member@example-cspia.org.cn"],
     source="协会秘书处", nodate=True, why="协会内部会员事务（会费、信息更新），与政策动态无关；发布日期只在URL中")
page(P["D_PANDIAN"], "distractor", "2027-04-18 20:00",
     "盘点｜2026年新质生产力十大典型案例回顾",
     ["2026年，各地培育发展新质生产力涌现出一批典型案例。本网梳理其中十个，回顾一年来的探索。",
      "案例一：某汽车城智能工厂2026年产值增长18.6%，人均劳动生产率提高32%。",
      "案例二：某沿海省份海上风电与氢能耦合项目2026年累计制氢1.2万吨。",
      "案例三：某市低空物流航线2026年累计飞行超过9万架次。",
      "案例四至十涵盖生物制造、人形机器人、算力调度、数据交易等领域，2026年合计带动投资约860亿元。",
      "回望2026年，新质生产力的培育既要看增量，也要看存量产业的转型升级。"],
     author="智研前沿网编辑部", tags=["新质生产力", "盘点"], summary="回顾2026年十大典型案例。",
     why="对上一年案例的回顾盘点，数字都是2026年的旧数据，没有新事件")
page(P["D_ZWGK"], "distractor", "2027-04-16 15:00",
     "国家数据局关于调整政府信息公开申请接收方式的公告",
     ["为进一步做好政府信息公开工作，方便申请人提出申请，现将我局政府信息公开申请接收方式调整事项公告如下：",
      "一、自2027年5月1日起，我局通过政府信息公开申请平台在线接收申请，原传真接收方式停止使用。",
      "二、信函申请的邮寄地址不变，请在信封左下角注明“政府信息公开申请”字样。",
      "三、申请人对我局在数据要素市场化配置改革、数字经济发展等方面政府信息公开工作有意见建议的，可通过上述渠道反映。",
      "咨询电话：010-6XXXXXXX",
      ("r", "国家数据局办公室"), ("r", "2027年4月16日")],
     source="国家数据局办公室", why="例行政务公开事务公告，只是顺带提及数据要素")
page(P["D_PARK"], "distractor", "2027-04-18 16:00",
     "西岭算力产业园：拎包入驻　共享算力红利",
     ["走进位于西岭新区的算力产业园，一排排机柜整齐排列。园区规划面积1200亩，已建成标准机柜2万架，算力规模达到3000PFLOPS。",
      "“我们为入驻企业提供‘拎包入驻’服务，电价低至每千瓦时0.35元，前三年租金减免50%。”园区招商负责人介绍。",
      "目前园区已吸引42家企业签约入驻，涵盖数据标注、模型训练、云渲染等领域。园区计划年内新增签约企业30家。",
      "欢迎有意向的企业来园区考察洽谈，招商热线：0838-XXXXXXX。"],
     source="新华网", editor="刘洋", category="地方", summary="西岭算力产业园招商。",
     why="地方招商引资宣传稿，没有政策、没有文件，数字是园区自我宣传")
page(P["D_KEYNOTE"], "distractor", "2027-04-19 18:30",
     "工业和信息化部有关负责同志出席2027智能制造发展论坛并作主旨演讲",
     ["4月19日，2027智能制造发展论坛在苏州举行。工业和信息化部有关负责同志出席并作主旨演讲。",
      "演讲指出，要深入贯彻新发展理念，以科技创新引领产业创新，因地制宜发展新质生产力，加快推进新型工业化。",
      "演讲强调，要坚持智能化、绿色化、融合化方向，推动人工智能赋能千行百业，营造良好产业生态，为制造强国建设作出新的更大贡献。",
      "来自有关部门、地方政府、企业和科研院所的代表参加论坛。"],
     source="办公厅", why="会议致辞式报道，只有一般性表述，无具体措施、数字或文件")

# ======================================================================================
# Ordinary distractors
# ======================================================================================
page(P["O_PERS"], "distractor", "2027-04-16 17:00", "工业和信息化部关于赵明同志任职的通知",
     ["经部党组研究决定：", "赵明同志任工业和信息化部电子信息司副司长（试用期一年）。", ("r", "工业和信息化部"),
      ("r", "2027年4月16日")], source="人事教育司", why="人事任免")
page(P["O_PROC"], "distractor", "2027-04-18 09:15",
     "国家数据局2027年网络安全运维服务项目公开招标公告",
     ["项目编号：GSJ-2027-XXXX", "项目名称：国家数据局2027年网络安全运维服务项目",
      "预算金额：286万元", "获取招标文件时间：2027年4月18日至2027年4月25日",
      "投标截止时间：2027年5月10日9:30", "采购人：国家数据局　联系电话：010-6XXXXXXX"],
     source="国家数据局", why="政府采购公告")
page(P["O_HIRE"], "distractor", "2027-04-17 16:00", "科学技术部2027年度拟录用公务员公示公告",
     ["根据2027年度中央机关及其直属机构考试录用公务员工作有关要求，经过笔试、面试、体检和考察等程序，确定李晨等12名同志为科学技术部拟录用公务员，现予以公示。",
      "公示时间：2027年4月17日至4月23日（5个工作日）", "监督电话：010-5XXXXXXX"],
     source="人事司", why="拟录用公示（人事）")
page(P["O_READ"], "distractor", "2027-04-21 16:00", "科技部机关开展“世界读书日”主题读书活动",
     ["为迎接第三十三个“世界读书日”，科技部机关工会组织开展主题读书活动，设置图书漂流角，推荐科普和文史类图书200余种。",
      "干部职工纷纷表示，要多读书、读好书，在阅读中提升素养。"],
     source="机关党委", why="机关文化活动")
page(P["O_WEATHER"], "distractor", "2027-04-21 18:00", "中央气象台：南方地区将迎新一轮强降雨过程",
     ["中央气象台预计，4月22日至25日，江南、华南等地将出现新一轮强降雨过程，部分地区有暴雨，局地伴有雷暴大风。",
      "气象部门提醒，公众注意防范强降雨可能引发的城乡积涝和山洪地质灾害。"],
     source="中国气象局网站", summary="南方将迎强降雨。", why="天气")
page(P["O_HOLIDAY"], "distractor", "2027-04-21 11:20", "交通运输部：“五一”假期全国跨区域人员流动量预计超14亿人次",
     ["交通运输部预计，“五一”假期全国跨区域人员流动量将超过14亿人次，其中自驾出行占比约八成。",
      "交通运输部提醒旅客错峰出行，提前规划行程。"],
     source="交通运输部网站", summary="“五一”假期出行预测。", why="交通出行")
page(P["O_SPORT"], "distractor", "2027-04-21 22:30", "CBA总决赛第三场：广东队主场险胜",
     ["4月21日晚，CBA总决赛第三场在东莞进行，广东队以98比95险胜对手，总比分2比1领先。"],
     source="新华网", editor="孙涛", category="体育", summary="CBA总决赛。", why="体育")
page(P["O_CULT"], "distractor", "2027-04-19 12:00", "“丝路瓷韵”特展在国家博物馆开幕",
     ["“丝路瓷韵”特展19日在国家博物馆开幕，展出文物160余件（套），展期至8月。"],
     source="新华网", editor="陈琳", category="文化", summary="特展开幕。", malformed_rss=True,
     why="文化；只被RSS中格式错误的条目链接")
page(P["O_FARM"], "distractor", "2027-04-17 10:00", "江淮大地春耕忙",
     ["时下正值春耕时节，江淮各地农民抢抓农时，田间地头一派繁忙景象。"],
     source="新华网", editor="刘洋", category="地方", summary="春耕。", why="农业生产")
page(P["O_STOCK"], "distractor", "2027-04-21 15:10", "算力板块午后拉升　多只个股涨停",
     ["4月21日午后，A股算力板块快速拉升，板块指数收涨4.7%，多只个股涨停。",
      "分析人士表示，短期资金情绪推动明显，投资者需注意波动风险。本文不构成投资建议。"],
     author="智研前沿网 市场组", tags=["算力", "A股"], summary="算力板块拉升。", why="股市行情，只是提到题材板块")
page(P["O_JOBS"], "distractor", "2027-04-16 09:00", "智研前沿网2027年春季招聘启事",
     ["因业务发展需要，智研前沿网现招聘科技记者、新媒体编辑若干名。", "简历投递邮箱：hr@example-zhiyan.cn"],
     author="智研前沿网", tags=["招聘"], summary="招聘启事。", why="网站招聘")
page(P["O_TREE"], "distractor", "2027-04-16 16:30", "协会党支部开展义务植树活动",
     ["4月15日，协会党支部组织党员干部赴北京市郊开展义务植树活动，共栽种树苗80余株。"],
     source="协会秘书处", why="机关活动")

# ======================================================================================
# Stale pages (a year old, same topics, other figures)
# ======================================================================================
page(P["S1"], "stale", "2026-04-16 15:00", "工业和信息化部关于开展2026年算力赋能典型应用案例征集工作的通知",
     ["各省、自治区、直辖市工业和信息化主管部门：",
      "为推广算力赋能典型应用，我部决定开展2026年算力赋能典型应用案例征集工作，拟遴选200个左右典型案例。",
      "截至2025年底，全国智能算力规模达到280EFLOPS，算力资源平均利用率约为45%。",
      "请于2026年5月31日前报送推荐材料。", ("r", "工业和信息化部"), ("r", "2026年4月16日")],
     source="信息通信发展司")
page(P["S2"], "stale", "2026-04-21 10:00", "国家数据局：2026年一季度全国数据交易额达344亿元",
     ["4月21日，国家数据局介绍，2026年一季度全国数据交易额达344亿元，同比增长29.6%。",
      "全国公共数据资源登记平台累计登记公共数据资源1.1万项。国家数据局启动2026年“数据要素×”大赛，报名截止2026年6月15日。"],
     source="国家数据局", list_title="国家数据局：2026年一季度全国数据交易额达344亿元")
page(P["S3"], "stale", "2026-04-14 10:00", "科技部召开量子科技产业发展座谈会",
     ["4月14日，科技部召开量子科技产业发展座谈会。会议介绍，我国已建成3个量子计算公共服务平台，量子科技企业超过600家。",
      "会议要求，抓紧研究制定量子科技未来产业发展政策。"], source="科技部战略规划司")
page(P["S4"], "stale", "2026-04-18 09:30", "我国智能算力规模达到280EFLOPS",
     ["记者从有关部门获悉，截至2025年底，我国智能算力规模达到280EFLOPS，算力券累计发放超过18亿元。"],
     source="新华网", editor="周敏", category="科技", summary="智能算力规模280EFLOPS。")

# ======================================================================================
# Broken: empty page (nda list title suggests a notice)
# ======================================================================================
page(P["EMPTY"], "broken", "2027-04-20 16:44", "", [], source="",
     list_title="国家数据局关于公共数据资源登记工作进展情况的通报", empty=True)

MISSING = dict(path=P["MISSING"], title="工业和信息化部召开人工智能产业发展座谈会", date="2027-04-21", time="17:00")

BY_PATH = {p["path"]: p for p in PAGES}
WEEK = "一二三四五六日"


# ======================================================================================
# Helpers
# ======================================================================================
def esc(s: str) -> str:
    return escape(s, quote=False)


def attr(s: str) -> str:
    return escape(s, quote=True)


def dt(p: dict) -> datetime:
    return datetime.fromisoformat(f"{p['date']} {p['time']}")


def rfc822_local(p: dict) -> str:
    return dt(p).strftime("%a, %d %b %Y %H:%M:%S +0800")


def rfc822_gmt(p: dict) -> str:
    return (dt(p) - timedelta(hours=8)).strftime("%a, %d %b %Y %H:%M:%S GMT")


def iso(p: dict) -> str:
    return dt(p).strftime("%Y-%m-%dT%H:%M:%S+08:00")


def rel(from_page: str, to_page: str) -> str:
    return posixpath.relpath(to_page, posixpath.dirname(from_page))


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
    return "\n".join(out)


def site_pages(host: str) -> list[dict]:
    return sorted((p for p in PAGES if p["host"] == host), key=dt, reverse=True)


# ======================================================================================
# Site templates
# ======================================================================================
def render_miit(p: dict) -> str:
    d = dt(p)
    nav = "".join(f'<li><a href="/www.miit.gov.cn/index.html#{k}">{t}</a></li>' for k, t in
                  [("jgzn", "机构职能"), ("xwfb", "新闻发布"), ("zwgk", "政务公开"), ("zwfw", "政务服务"),
                   ("gzcy", "公众参与"), ("ztzl", "专题专栏")])
    related = "".join(f'<li><a href="{rel(p["path"], h)}">{esc(t)}</a></li>' for t, h in p.get("related", []))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
{MARK}
<meta name="SiteName" content="中华人民共和国工业和信息化部">
<meta name="ArticleTitle" content="{attr(p['title'])}">
<meta name="PubDate" content="{d.strftime('%Y-%m-%d %H:%M')}">
<meta name="ContentSource" content="{attr(p['source'])}">
<title>{esc(p['title'])}_中华人民共和国工业和信息化部</title>
</head>
<body>
<div class="header"><a href="/www.miit.gov.cn/index.html">中华人民共和国工业和信息化部</a><ul class="nav"><li><a href="/www.miit.gov.cn/index.html">首页</a></li>{nav}</ul></div>
<div class="crumbs">当前位置：<a href="/www.miit.gov.cn/index.html">首页</a> &gt; <a href="/www.miit.gov.cn/xwfb/gxdt/index.html">新闻发布</a> &gt; 正文</div>
<div class="w1200 article">
<h1 id="con_title">{esc(p['title'])}</h1>
<div class="cinfo"><span id="con_time">发布时间：{d.strftime('%Y-%m-%d')}</span>　<span>来源：{esc(p['source'])}</span></div>
<div id="con_con" class="ccontent">
{body_html(p['body'])}
</div>
<div class="ctool"><a href="javascript:window.print();">打印本页</a>　<a href="javascript:window.close();">关闭窗口</a></div>
<div class="xglj"><h3>相关链接</h3><ul>{related}</ul></div>
</div>
<div class="footer"><p>主办单位：中华人民共和国工业和信息化部　地址：北京市西长安街13号</p><p>京ICP备0401XXXX号-1　京公网安备110402430XXXX号</p></div>
</body>
</html>
"""


def nda_shell(inner: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{MARK}
<title>国家数据局</title>
</head>
<body>
<div class="top"><a href="/www.nda.gov.cn/index.html"><img alt="国家数据局" src="data:,"></a></div>
<div class="menu"><a href="/www.nda.gov.cn/index.html">首页</a><a href="/www.nda.gov.cn/index.html#jggk">机构概况</a><a href="/www.nda.gov.cn/sjj/swdt/list/index_pc_1.html">数据动态</a><a href="/www.nda.gov.cn/index.html#zwgk">政务公开</a><a href="/www.nda.gov.cn/index.html#hdjl">互动交流</a></div>
{inner}
<div class="foot">国家数据局 版权所有　京ICP备2023XXXXXX号　地址：北京市西城区月坛南街38号</div>
</body>
</html>
"""


def render_nda(p: dict) -> str:
    if p.get("empty"):
        return nda_shell("""<div class="detail"><h1 class="title"></h1><div class="info"><span class="time"></span><span class="source"></span></div><div class="content" id="zoom"></div></div>""")
    d = dt(p)
    return nda_shell(f"""<div class="position">您现在的位置：<a href="/www.nda.gov.cn/index.html">首页</a> &gt; <a href="/www.nda.gov.cn/sjj/swdt/list/index_pc_1.html">数据动态</a></div>
<div class="detail">
<h1 class="title">{esc(p['title'])}</h1>
<div class="info"><span class="time">发布时间：{d.year}年{d.month:02d}月{d.day:02d}日</span>　<span class="source">来源：{esc(p['source'])}</span>　<span class="fontsize">【字体：大 中 小】</span></div>
<div class="content" id="zoom">
{body_html(p['body'])}
</div>
<div class="tools"><a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭】</a></div>
</div>""")


def render_most(p: dict) -> str:
    d = dt(p)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
{MARK}
<title>{esc(p['title'])}</title>
</head>
<body>
<table width="1000" align="center"><tr><td class="logo"><a href="/www.most.gov.cn/index.html">中华人民共和国科学技术部</a></td></tr>
<tr><td class="nav"><a href="/www.most.gov.cn/index.html">首页</a> | <a href="/www.most.gov.cn/kjbgz/index.html">科技部工作</a> | <a href="/www.most.gov.cn/index.html#xxgk">信息公开</a> | <a href="/www.most.gov.cn/index.html#bsfw">办事服务</a></td></tr></table>
<table width="1000" align="center"><tr><td>
<div class="gl_tit">{esc(p['title'])}</div>
<div class="gl_info">发布日期：{d.year}/{d.month}/{d.day}　　来源：{esc(p['source'])}</div>
<div id="Zoom" class="trs_editor">
{body_html(p['body'])}
</div>
<div class="gl_tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</td></tr></table>
<div class="footer">版权所有：中华人民共和国科学技术部　京ICP备0503XXXX号　地址：北京市海淀区复兴路乙15号</div>
</body>
</html>
"""


def render_govcn(p: dict) -> str:
    d = dt(p)
    table = ""
    if p.get("govtable"):
        g = p["govtable"]
        table = f"""<table class="policyLibraryOverview_header">
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
<title>{esc(p['title'])}_中国政府网</title>
</head>
<body>
<div class="header"><a href="/www.gov.cn/index.html">中国政府网 www.gov.cn</a></div>
<div class="nav"><a href="/www.gov.cn/index.html">首页</a> <a href="/www.gov.cn/index.html#zhengce">政策</a> <a href="/www.gov.cn/index.html#xinwen">新闻</a> <a href="/www.gov.cn/index.html#fuwu">服务</a></div>
{table}
<div class="article oneColumn pub_border">
<h1>{esc(p['title'])}</h1>
<div class="pages-date">{d.strftime('%Y-%m-%d %H:%M')}　<span class="font">来源： {esc(p['source'])}</span>　|　<a href="javascript:window.print();">打印</a></div>
<div class="pages_content" id="UCAP-CONTENT">
{body_html(p['body'])}
</div>
<div class="editor">【我要纠错】 责任编辑：{esc(p.get('editor', '王洁'))}</div>
</div>
<div class="footer"><p>版权所有：中国政府网</p><p>京ICP备0507XXXX号　京公网安备110401200XXXXX号</p></div>
</body>
</html>
"""


def render_xinhua(p: dict) -> str:
    d = dt(p)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
{MARK}
<meta name="keywords" content="{attr(p['title'])}">
<title>{esc(p['title'])}-新华网</title>
</head>
<body>
<div class="topBar"><a href="/www.news.cn/index.html">新华网</a> | <a href="javascript:;">客户端</a></div>
<div class="nav"><a href="/www.news.cn/index.html">首页</a> <a href="/www.news.cn/index.html#politics">时政</a> <a href="/www.news.cn/index.html#fortune">财经</a> <a href="/www.news.cn/index.html#tech">科技</a> <a href="/www.news.cn/index.html#sports">体育</a> <a href="/www.news.cn/index.html#local">地方</a></div>
<div class="header domPC">
<div class="header-time left"><span class="year"><em>{d.year}</em></span><span class="day"><em>{d.month:02d}</em>/<em>{d.day:02d}</em></span><span class="time">{d.strftime('%H:%M:%S')}</span></div>
<div class="source">来源：{esc(p['source'])}</div>
<div class="head-line"><h1><span class="title">{esc(p['title'])}</span></h1></div>
</div>
<div class="main"><div id="detail">
{body_html(p['body'], indent=False)}
</div>
<div class="editor">【责任编辑:{esc(p.get('editor', '王蕾'))}】</div></div>
<div class="foot"><p>Copyright © 2000-2027 XINHUANET.com　All Rights Reserved.</p><p>京ICP证0101XX号</p></div>
</body>
</html>
"""


def render_zhiyan(p: dict) -> str:
    d = dt(p)
    tags = " ".join(f'<a class="tag" href="/www.example-zhiyan.cn/index.html#t{i}">#{esc(t)}</a>'
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
<title>{esc(p['title'])} - 智研前沿网</title>
</head>
<body>
<header><a class="logo" href="/www.example-zhiyan.cn/index.html">智研前沿</a><nav><a href="/www.example-zhiyan.cn/index.html">首页</a> <a href="/www.example-zhiyan.cn/index.html#ai">人工智能</a> <a href="/www.example-zhiyan.cn/index.html#quantum">量子</a> <a href="/www.example-zhiyan.cn/index.html#market">市场</a></nav></header>
<main>
<article class="article-detail">
<h1>{esc(p['title'])}</h1>
<p class="meta"><span class="author">{esc(p.get('author', ''))}</span> · <time datetime="{iso(p)}">{d.year}年{d.month}月{d.day}日 {d.strftime('%H:%M')}</time></p>
<section class="article-content">
{body_html(p['body'], indent=False)}
</section>
<p class="tags">{tags}</p>
</article>
<aside><h3>相关推荐</h3><ul>{hot}</ul></aside>
</main>
<footer><p>© 2027 智研前沿网　京ICP备2025XXXXXX号</p></footer>
</body>
</html>
"""


def render_cspia(p: dict) -> str:
    d = dt(p)
    date_line = "" if p.get("nodate") else f"发布日期：{d.strftime('%Y-%m-%d')}　"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
{MARK}
<title>{esc(p['title'])}-中数算力产业协会</title>
</head>
<body>
<div id="head"><div class="logo"><a href="/www.example-cspia.org.cn/index.html">中数算力产业协会</a></div>
<ul id="menu"><li><a href="/www.example-cspia.org.cn/index.html">首页</a></li><li><a href="/www.example-cspia.org.cn/index.html#about">协会概况</a></li><li><a href="/www.example-cspia.org.cn/xhdt/index.html">协会动态</a></li><li><a href="/www.example-cspia.org.cn/index.html#hyfw">会员服务</a></li><li><a href="/www.example-cspia.org.cn/index.html#lxwm">联系我们</a></li></ul></div>
<div id="main">
<div class="loc">首页 » 协会动态</div>
<h2 class="atitle">{esc(p['title'])}</h2>
<div class="ainfo">{date_line}来源：{esc(p['source'])}　浏览次数：<span>--</span></div>
<div class="acontent">
{body_html(p['body'])}
</div>
</div>
<div id="foot">中数算力产业协会 版权所有　京ICP备2024XXXXXX号-1　电话：010-8XXXXXXX</div>
</body>
</html>
"""


RENDER = {"www.miit.gov.cn": render_miit, "www.nda.gov.cn": render_nda, "www.most.gov.cn": render_most,
          "www.gov.cn": render_govcn, "www.news.cn": render_xinhua, "www.example-zhiyan.cn": render_zhiyan,
          "www.example-cspia.org.cn": render_cspia}
ENCODING = {"www.most.gov.cn": "gbk"}


# ======================================================================================
# List pages and feeds
# ======================================================================================
def lt(p: dict) -> str:
    return p.get("list_title") or p["title"]


def list_miit() -> str:
    items = site_pages("www.miit.gov.cn") + [MISSING]
    items.sort(key=lambda q: (q["date"], q["time"]), reverse=True)
    lis = "".join(f'<li><a href="{q["path"]}" title="{attr(lt(q))}" target="_blank">'
                  f'{esc(lt(q)[:24] + ("..." if len(lt(q)) > 24 else ""))}</a><span>{q["date"]}</span></li>\n'
                  for q in items)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
{MARK}
<title>工信动态_中华人民共和国工业和信息化部</title></head>
<body>
<div class="header"><a href="/www.miit.gov.cn/index.html">首页</a> <a href="/www.miit.gov.cn/index.html#zwgk">政务公开</a> <a href="/www.miit.gov.cn/index.html#zwfw">政务服务</a></div>
<div class="lmy_main"><h2>工信动态</h2><ul class="list">
{lis}</ul>
<div class="page"><a href="javascript:;">首页</a> <a href="javascript:;">下一页</a> <a href="javascript:;">尾页</a></div></div>
<div class="footer">京ICP备0401XXXX号-1</div>
</body></html>
"""


def list_nda() -> str:
    lis = "".join(f'<li><a href="{rel("/www.nda.gov.cn/sjj/swdt/list/index_pc_1.html", q["path"])}">{esc(lt(q))}</a>'
                  f'<span class="date">{q["date"]}</span></li>\n' for q in site_pages("www.nda.gov.cn"))
    return nda_shell(f"""<div class="list-wrap"><div class="list-title">数据动态</div><ul class="list">
{lis}</ul></div>""")


def list_most() -> str:
    rows = "".join(f'<tr><td class="STYLE30">·<a href="{rel("/www.most.gov.cn/kjbgz/index.html", q["path"])}" target="_blank">'
                   f'{esc(lt(q))}</a></td><td>({q["date"]})</td></tr>\n' for q in site_pages("www.most.gov.cn"))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" />
{MARK}
<title>科技部工作</title></head>
<body>
<div class="nav"><a href="/www.most.gov.cn/index.html">首页</a> | <a href="/www.most.gov.cn/index.html#xxgk">信息公开</a></div>
<table width="1000" align="center">
{rows}</table>
<div class="footer">京ICP备0503XXXX号</div>
</body></html>
"""


def list_cspia() -> str:
    lis = []
    for q in site_pages("www.example-cspia.org.cn"):
        date_span = "" if q.get("nodate") else f'<span class="fr">[{q["date"][5:]}]</span>'
        lis.append(f'<li>{date_span}<a href="{rel("/www.example-cspia.org.cn/xhdt/index.html", q["path"])}">{esc(q["title"])}</a></li>')
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
{MARK}
<title>协会动态-中数算力产业协会</title></head>
<body>
<div id="menu"><a href="/www.example-cspia.org.cn/index.html">首页</a> <a href="/www.example-cspia.org.cn/index.html#about">协会概况</a> <a href="/www.example-cspia.org.cn/index.html#hyfw">会员服务</a></div>
<div class="newslist"><h3>协会动态</h3><ul>
{chr(10).join(lis)}
</ul></div>
<div id="foot">京ICP备2024XXXXXX号-1</div>
</body></html>
"""


def x(s: str) -> str:
    return escape(s, quote=False)


def rss_govcn() -> str:
    items = "\n".join(f"""<item>
<title><![CDATA[{q['title']}]]></title>
<link>{q['path']}</link>
<description><![CDATA[<p>{q.get('summary', '')}</p>]]></description>
<author><![CDATA[{q['source']}]]></author>
<pubDate>{rfc822_gmt(q)}</pubDate>
<guid>{q['path']}</guid>
</item>""" for q in site_pages("www.gov.cn"))
    return ("""<?xml version="1.0" encoding="utf-8"?>
<!-- synthetic test feed: fictional content imitating the site's feed, for testing a daily-brief generator -->
<rss version="2.0">
<channel>
<title>中国政府网 - 政策</title>
<link>/www.gov.cn/index.html</link>
<description>中国政府网政策与部门动态</description>
<language>zh-CN</language>
<lastBuildDate>Wed, 21 Apr 2027 22:30:00 GMT</lastBuildDate>
""" + items + "\n</channel>\n</rss>\n")


def rss_xinhua() -> str:
    items = []
    for q in site_pages("www.news.cn"):
        if q.get("malformed_rss"):
            items.append(f"""<item>
<title>“丝路瓷韵”特展开幕&nbsp;展出文物160余件&套</title>
<link>{q['path']}?from=rss&ch=culture</link>
<description><p>特展19日在国家博物馆开幕。</description>
<pubDate>Mon, 19 Apr 2027 24:61:00 +0800</pubDate>
<guid isPermaLink="false">xinhua-culture-20270419-ciyun</guid>
</item>""")
            continue
        items.append(f"""<item>
<title>{x(q['title'])}</title>
<link>{q['path']}</link>
<description>{x(q.get('summary', ''))}</description>
<category>{x(q.get('category', ''))}</category>
<pubDate>{rfc822_local(q)}</pubDate>
<guid isPermaLink="false">xinhua-{posixpath.basename(posixpath.dirname(q['path']))}</guid>
</item>""")
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<!-- synthetic test feed: fictional content imitating the site's feed, for testing a daily-brief generator -->
<rss version="2.0">
<channel>
<title>新华网_科技</title>
<link>/www.news.cn/index.html</link>
<description>新华网科技与综合滚动</description>
<language>zh-cn</language>
<lastBuildDate>Thu, 22 Apr 2027 06:00:00 +0800</lastBuildDate>
""" + "\n".join(items) + "\n</channel>\n</rss>\n")


def atom_zhiyan() -> str:
    entries = []
    for q in site_pages("www.example-zhiyan.cn"):
        cats = "".join(f'<category term="{attr(t)}"/>' for t in q.get("tags", []))
        entries.append(f"""<entry>
<title>{x(q['title'])}</title>
<link rel="alternate" type="text/html" href="{q['path']}"/>
<id>tag:www.example-zhiyan.cn,2027:{posixpath.splitext(posixpath.basename(q['path']))[0]}</id>
<published>{iso(q)}</published>
<updated>{iso(q)}</updated>
<author><name>{x(q.get('author', '智研前沿网'))}</name></author>
{cats}
<summary type="text">{x(q.get('summary', ''))}</summary>
</entry>""")
    return ("""<?xml version="1.0" encoding="utf-8"?>
<!-- synthetic test feed: fictional content imitating a tech-media Atom feed, for testing a daily-brief generator -->
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<title>智研前沿网</title>
<link rel="self" type="application/atom+xml" href="/www.example-zhiyan.cn/atom.xml"/>
<link rel="alternate" type="text/html" href="/www.example-zhiyan.cn/index.html"/>
<id>tag:www.example-zhiyan.cn,2027:feed</id>
<updated>2027-04-21T15:10:00+08:00</updated>
""" + "\n".join(entries) + "\n</feed>\n")


def home(host: str, title: str, enc: str = "utf-8") -> str:
    lis = "".join(f'<li><a href="{q["path"]}">{esc(lt(q))}</a></li>' for q in site_pages(host)[:4]
                  if not q.get("empty"))
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={enc}">
{MARK}
<title>{esc(title)}</title></head>
<body><h1>{esc(title)}</h1><ul>{lis}</ul></body></html>
"""


# ======================================================================================
# Gold, sources, README
# ======================================================================================
def gold() -> dict:
    arts = {}
    for p in sorted(PAGES, key=lambda q: q["path"]):
        relevant = p["kind"] in ("original", "reprint", "commentary")
        arts[p["path"]] = dict(relevant=relevant, thread=p["thread"] if relevant else None,
                               publisher=PUB[p["host"]], published=p["date"], kind=p["kind"])
    arts[MISSING["path"]] = dict(relevant=False, thread=None, publisher=PUB["www.miit.gov.cn"],
                                 published=MISSING["date"], kind="broken")
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
    return dict(brief_date=BRIEF_DATE, threads=threads, articles=dict(sorted(arts.items())))


def sources_yaml() -> str:
    lines = [f"# Source registry for the synthetic corpus {NAME} (paths are under the served root).",
             "# zhiyan (media) and cspia (industry association) are fictional sites; the others imitate",
             "# real sites' structure only.",
             "sources:"]
    for s in SOURCES:
        lines += [f"  - id: {s['id']}", f"    name: {s['name']}", f"    name_en: \"{s['name_en']}\"",
                  f"    kind: {s['kind']}", f"    url: {s['url']}", f"    authority: {s['authority']}"]
    return "\n".join(lines) + "\n"


def readme(g: dict, nfiles: int) -> str:
    kinds: dict[str, int] = {}
    for a in g["articles"].values():
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    thr = "\n".join(f"| {t['id']} | {t['importance']} | {t['publisher']} | {len(t['articles'])} | {t['title']} |"
                    for t in g["threads"])
    topical = [p for p in PAGES if p["path"] in {P[k] for k in P if k.startswith("D_")}]
    ordinary = [p for p in PAGES if p["kind"] == "distractor" and p not in topical]
    top_rows = "\n".join(f"| {PUB[p['host']]} | {p['date']} | {p['title']} | {p['why']} |" for p in topical)
    ord_rows = "\n".join(f"| {PUB[p['host']]} | {p['date']} | {p['title']} | {p['why']} |" for p in ordinary)
    stale = "\n".join(f"| `{p['path']}` | {p['date']} | {p['title']} |" for p in PAGES if p["kind"] == "stale")
    return f"""# {NAME} — synthetic QUIET-DAY corpus for 新质生产力每日动态 (precision probe)

**This is synthetic test data.** Every story, figure, document number, company, name and quotation
is fictional, written to test the daily-brief generator. Pages imitate only the *structure* of the
named sites. `www.example-zhiyan.cn` (智研前沿网, tech media) and `www.example-cspia.org.cn`
(中数算力产业协会, industry association) are invented. Phone and ICP numbers are masked with X.

Morning of **{BRIEF_DATE}**, window {WINDOW_DAYS} days (2027-04-15 … 2027-04-22 are current).
Regenerate with `python3 ../make_{NAME}.py`; check with `python3 ../check_{NAME}.py`.

## Purpose

A quiet day: only three brief-worthy threads, but many pages on the same sites that are *about*
人工智能、算力、量子、数据要素、新质生产力 without being news a policy brief should report.
A precise system writes three sections; every extra section is a precision failure
(visible in the scorer as `leaked_references`).

## Contents

{nfiles} files under `site/`: {len(PAGES)} article pages, 4 list pages, 2 RSS feeds, 1 Atom feed and
7 home pages. `gold.json` lists every article page plus the missing link: {", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))}.

### Threads

| id | importance | original publisher | pages | thread |
|---|---|---|---|---|
{thr}

T1's gov.cn reprint has ASCII parentheses/space in the headline, a policy header table
(成文日期 2027年04月15日, 发布日期 2027年04月21日) and an added "（此件公开发布）"; its RSS
pubDate is `Tue, 20 Apr 2027 23:30:00 GMT` (= 2027-04-21 07:30 Beijing time). T1's commentary is on
the industry-association site and adds one figure (38%). T2's Xinhua reprint has another headline
and one added sentence. T3's original is on the GBK site (科学技术部); gov.cn reprints it, the media
site comments on it.

### Topical but NOT brief-worthy (distractors)

| publisher | date | title | why it is not brief-worthy |
|---|---|---|---|
{top_rows}

Traps: the product launch, 招商 article and 盘点 are full of figures (70亿, 1200万台, 3000PFLOPS,
0.35元, 860亿元 …); the keynote is on a ministry site and says 新质生产力/人工智能; the 政务公开
notice is from the same ministry as T2 and mentions 数据要素; the quantum 科普 article sits next to
the quantum policy thread; the webinar notice is about 人工智能+.

### Ordinary distractors

| publisher | date | title | kind |
|---|---|---|---|
{ord_rows}

### Stale pages (a year old, same topics, other figures)

| path | published | title |
|---|---|---|
{stale}

Their figures (280EFLOPS, 45%, 200个, 344亿元, 29.6%, 1.1万项, 3个, 600家, 18亿元, deadlines 2026年5月31日
and 2026年6月15日) must not be mixed into today's threads. The T1 original links to S1 under 相关链接.

### Deliberate faults

1. **404**: the miit list links `{P['MISSING']}` (no file; gold kind `broken`).
2. **Empty page**: `{P['EMPTY']}` (site shell, empty title/date/body; nda list title suggests a 通报).
3. **Malformed RSS item**: in `/www.news.cn/rss/tech.xml` the item with guid `xinhua-culture-20270419-ciyun`
   has bare `&`, an undefined `&nbsp;`, an unclosed `<p>` and an impossible pubDate; the feed parses
   once that item is removed. It is the only link to the culture page.
4. **Date only in URL**: `{P['D_MEMBER']}` has no date on the page nor on the list page.
5. **GBK**: all `www.most.gov.cn` pages are GBK; articles declare `charset=gbk`, the list page too.
6. **GMT dates**: the gov.cn RSS gives pubDate in GMT; one item (T1 reprint) falls on the previous
   UTC day.
7. Other: nda pages have the bare site name as `<title>`; miit list links are truncated with "..."
   (full title in `title=`); Xinhua splits the date over `<em>`; the media site's sidebar lists
   every other article of the site.

## gold.json notes

`publisher` of an article is the `sources.yaml` name of its host. `key_facts` are literal strings of
the thread's pages (verified by the checker). T1's deadline is the 实施方案 报送 date; T2's the
case-collection deadline; T3's the 揭榜 application deadline.
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
    write("/www.miit.gov.cn/xwfb/gxdt/index.html", list_miit())
    write("/www.nda.gov.cn/sjj/swdt/list/index_pc_1.html", list_nda())
    write("/www.most.gov.cn/kjbgz/index.html", list_most(), "gbk")
    write("/www.example-cspia.org.cn/xhdt/index.html", list_cspia())
    write("/www.gov.cn/rss/zhengce.xml", rss_govcn())
    write("/www.news.cn/rss/tech.xml", rss_xinhua())
    write("/www.example-zhiyan.cn/atom.xml", atom_zhiyan())
    titles = {"www.miit.gov.cn": "中华人民共和国工业和信息化部", "www.nda.gov.cn": "国家数据局",
              "www.most.gov.cn": "中华人民共和国科学技术部", "www.gov.cn": "中国政府网", "www.news.cn": "新华网",
              "www.example-zhiyan.cn": "智研前沿网", "www.example-cspia.org.cn": "中数算力产业协会"}
    for host, t in titles.items():
        enc = ENCODING.get(host, "utf-8")
        write(f"/{host}/index.html", home(host, t, enc), enc)
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
