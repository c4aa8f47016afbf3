#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the blind sequence blindseq-2027-10: three consecutive mornings (2027-10-19 … 10-21)
of the same sites, one standard corpus per morning plus a `novelty` block in each gold.json.
Synthetic test data only; standard library only; seeded.

Usage: python3 make_blindseq-2027-10.py   (rebuilds ./blindseq-2027-10 next to this file)
"""
from __future__ import annotations

import random
import shutil
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from blindkit import BJ, MARK, Corpus, atom, e, rss  # noqa: E402

SEQ = HERE / "blindseq-2027-10"
DAYS = ["2027-10-19", "2027-10-20", "2027-10-21"]
WINDOW = 5
LIST_LEN = 6          # list pages and feeds show the 6 newest items; older ones drop off
R = random.Random(20271019)


def paras(ps, indent=""):
    return "\n".join(f"<p>{indent}{p}</p>" for p in ps)


def related(links):
    if not links:
        return ""
    return "<div class=\"xgxx\"><b>相关信息：</b><ul>" + "".join(f'<li><a href="{h}">{e(t)}</a></li>' for h, t in links) + "</ul></div>"


# ---------------------------------------------------------------------------------------------
# templates (one per site)
# ---------------------------------------------------------------------------------------------
def t_mot(pg, day):
    host = "www.mot.gov.cn"
    info = (f'<table class="gknr"><tr><th>索引号</th><td>{pg["idx"]}</td><th>发文字号</th><td>{pg["docno"]}</td></tr>'
            f'<tr><th>成文日期</th><td>{pg["made"]}</td><th>发布日期</th><td>{pg["date"]}</td></tr></table>') if pg.get("docno") else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
{MARK}
<meta name="ArticleTitle" content="{e(pg['title'])}"><meta name="PubDate" content="{pg['date']} {pg['time']}"><title>{e(pg['title'])}_交通运输部</title></head>
<body><div class="top"><a href="/{host}/index.html">中华人民共和国交通运输部</a></div>
<div class="nav"><a href="/{host}/index.html">首页</a> <a href="/{host}/jiaotongyaowen/index.html">交通要闻</a> <a href="/{host}/index.html#zcfg">政策法规</a> <a href="/{host}/index.html#zwgk">政务公开</a></div>
<div class="main"><div class="weizhi">您当前的位置：首页 &gt; 交通要闻</div>{info}
<h1 class="title">{e(pg['title'])}</h1><div class="laiyuan">{'' if pg.get('docno') else '发布时间：' + pg['date'] + '　'}来源：{pg.get('via', '交通运输部')}</div>
<div class="TRS_UEDITOR">
{paras(pg['ps'](day) if callable(pg['ps']) else pg['ps'], '　　')}
</div>{related(pg['rel'](day) if callable(pg.get('rel')) else pg.get('rel', []))}</div>
<div class="foot">主办单位：中华人民共和国交通运输部　京ICP备0504XXXX号　网站标识码bm2000XXXX</div></body></html>
"""


def t_cnipa(pg, day):
    host = "www.cnipa.gov.cn"
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{MARK}
<meta name="SiteName" content="国家知识产权局"><meta name="PubDate" content="{pg['date']} {pg['time']}"><title>{e(pg['title'])}</title></head>
<body><div class="header"><a href="/{host}/index.html">国家知识产权局</a></div>
<div class="menu"><a href="/{host}/index.html">首页</a> <a href="/{host}/col/col74/index.html">新闻动态</a> <a href="/{host}/index.html#zwgk">政务公开</a></div>
<div class="article"><div class="art-title">{e(pg['title'])}</div>
<div class="art-info">发布时间：{pg['date']}　来源：{pg.get('via', '国家知识产权局')}　【<a href="javascript:;">打印</a>】</div>
<div class="art-con">
{paras(pg['ps'])}
</div>{related(pg.get('rel', []))}</div>
<div class="footer">版权所有：国家知识产权局　京ICP备0600XXXX号</div></body></html>
"""


def t_caam(pg, day):
    host = "www.caam.org.cn"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
{MARK}
<title>中国汽车工业协会</title></head>
<body><div class="caam-top"><a href="/{host}/index.html">中国汽车工业协会</a> China Association of Automobile Manufacturers</div>
<div class="caam-nav"><a href="/{host}/index.html">首页</a> <a href="/{host}/chn/4/cate_30/list_1.html">行业信息</a> <a href="/{host}/index.html#tjsj">统计数据</a></div>
<div class="caam-con"><div class="path">当前位置：首页 &gt; 行业信息 &gt; 协会发布</div>
<h2>{e(pg['title'])}</h2><div class="pubtime">发布时间：{pg['date'].replace('-', '/')} {pg['time']}　浏览量：{800 + sum(map(ord, pg['path'])) % 8000}</div>
<div class="article-body">
{paras(pg['ps'])}
</div></div>
<div class="caam-foot">中国汽车工业协会 版权所有　京ICP备0502XXXX号</div></body></html>
"""


def t_hebei(pg, day):
    host = "www.hebei.gov.cn"
    if pg.get("empty"):
        title, when, ps = "", "", []
    else:
        title, when, ps = pg["title"], f"{pg['date'][:4]}年{int(pg['date'][5:7])}月{int(pg['date'][8:])}日", pg["ps"]
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
{MARK}
<title>{e(title)}{' ' if title else ''}河北省人民政府网</title></head>
<body><div class="hb_top"><a href="/{host}/index.html">河北省人民政府</a></div>
<div class="hb_nav"><a href="/{host}/index.html">首页</a> | <a href="/{host}/columns/sjzwfw/index.html">通知公告</a> | <a href="/{host}/index.html#zwgk">政务公开</a></div>
<div class="hb_art"><h1>{e(title)}</h1><div class="hb_date">{when}{'　来源：' + pg.get('src', '河北省数据和政务服务局') if title else ''}</div>
<div class="hb_txt">
{paras(ps, '　　')}
</div>{related(pg.get('rel', []))}</div>
<div class="hb_foot">主办：河北省人民政府办公厅　冀ICP备0500XXXX号</div></body></html>
"""


def t_cq(pg, day):
    host = "www.cq.gov.cn"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
{MARK}
<meta name="ArticleTitle" content="{e(pg['title'])}"><title>{e(pg['title'])}_重庆市人民政府网</title></head>
<body><div class="cq-top"><a href="/{host}/index.html">重庆市人民政府</a></div>
<div class="cq-crumb"><a href="/{host}/index.html">首页</a> &gt; 政府信息公开 &gt; 其他公文</div>
<table class="zwxl-table"><tr><td>索引号：</td><td>{pg['idx']}</td><td>发布机构：</td><td>{pg['org']}</td></tr>
<tr><td>发文字号：</td><td>{pg['docno']}</td><td>成文日期：</td><td>{pg['made']}</td></tr><tr><td>发布日期：</td><td>{pg['date']}</td><td></td><td></td></tr></table>
<div class="zwxl-article"><h2>{e(pg['title'])}</h2>
{paras(pg['ps'], '　　')}
</div>{related(pg.get('rel', []))}
<div class="cq-foot">主办：重庆市人民政府办公厅　渝ICP备0500XXXX号</div></body></html>
"""


def t_cctv(pg, day):
    host = "news.cctv.com"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
{MARK}
<meta name="description" content="{e(pg['ps'][0][:60])}"><title>{e(pg['title'])}_新闻频道_央视网(cctv.com)</title></head>
<body><div class="nav_top"><a href="/{host}/index.html">央视网</a> <a href="/{host}/index.html#china">国内</a></div>
<div class="cnt_bd"><h1>{e(pg['title'])}</h1><div class="info">来源：{pg.get('via', '央视网')} | {pg['date'].replace('-', '年', 1).replace('-', '月', 1)}日 {pg['time']}</div>
<div class="content_area" id="text_area">
{paras(pg['ps'])}
</div><div class="zebian">编辑：{pg.get('editor', '王珊')}　责任编辑：刘亮</div>{related(pg.get('rel', []))}</div>
<div class="foot">央视网版权所有 京ICP证060XXX号</div></body></html>
"""


def t_huaxia(pg, day):
    host = "www.example-huaxia.cn"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
{MARK}
<title>{e(pg['title'])} - 华夏快讯网</title></head>
<body><div class="hx-head"><a href="/{host}/index.html">华夏快讯网</a>　<a href="/{host}/index.html#yw">要闻</a></div>
<div class="hx-art"><h1>{e(pg['title'])}</h1><p class="hx-meta">{pg['date'][:4]}年{pg['date'][5:7]}月{pg['date'][8:]}日{pg['time']}　华夏快讯网</p>
{paras(pg['ps'], '　　')}
</div><div class="hx-foot">华夏快讯网（虚构网站）</div></body></html>
"""


TPL = {"mot": t_mot, "cnipa": t_cnipa, "caam": t_caam, "hebei": t_hebei, "cq": t_cq, "cctv": t_cctv, "huaxia": t_huaxia}
SRC = [
    ("mot", "交通运输部", "Ministry of Transport", "listpage", "/www.mot.gov.cn/jiaotongyaowen/index.html", "ministry"),
    ("cnipa", "国家知识产权局", "China National Intellectual Property Administration", "listpage", "/www.cnipa.gov.cn/col/col74/index.html", "ministry"),
    ("caam", "中国汽车工业协会", "China Association of Automobile Manufacturers", "listpage", "/www.caam.org.cn/chn/4/cate_30/list_1.html", "industry"),
    ("hebei", "河北省人民政府", "People's Government of Hebei Province", "listpage", "/www.hebei.gov.cn/columns/sjzwfw/index.html", "local"),
    ("cq", "重庆市人民政府", "Chongqing Municipal People's Government", "listpage", "/www.cq.gov.cn/zwgk/zfxxgkml/szfwj/qtgw/index.html", "local"),
    ("cctv", "央视网", "CCTV.com", "rss", "/news.cctv.com/rss/china.xml", "media"),
    ("huaxia", "华夏快讯网", "Huaxia Express (fictional portal)", "atom", "/www.example-huaxia.cn/feed/atom.xml", "media"),
]
PUB = {s[0]: s[1] for s in SRC}
PAGES: list[dict] = []


def page(site, path, date, time, title, ps, kind, thread=None, day=1, **kw):
    pg = dict(src=site, path=path, date=date, time=time, title=title, ps=ps, kind=kind, thread=thread, day=day, **kw)
    PAGES.append(pg)
    return pg


# ---------------------------------------------------------------------------------------------
# S1 交通运输部 实施意见 → day2 解读（新数字，continuing）→ day3 门户改写（repeat）
# ---------------------------------------------------------------------------------------------
S1 = "/www.mot.gov.cn/jiaotongyaowen/202710/t20271018_4101234.html"
S1j = "/www.mot.gov.cn/jiaotongyaowen/202710/t20271019_4101377.html"
S1v = "/news.cctv.com/2027/10/18/ARTIq8Hc2mZk4Lr7Tn5Wx0Ya271018.shtml"
S1r = "/www.example-huaxia.cn/yw/2027/1020/120887.html"
S1s = "/www.mot.gov.cn/jiaotongyaowen/202609/t20260925_3987012.html"
page("mot", S1, "2027-10-18", "17:00", "交通运输部关于推进交通运输领域人工智能应用的实施意见",
     lambda d: [
         "各省、自治区、直辖市、新疆生产建设兵团交通运输厅（局、委）：",
         "为加快推进人工智能在交通运输领域的深度应用，现提出以下实施意见。",
         "一、总体要求。到2029年，培育50个以上交通运输人工智能典型应用场景，在港口、航运、公路、铁路、民航、邮政等领域形成一批可复制推广的解决方案。",
         "二、重点任务。建设交通运输行业大模型；推进自动驾驶在干线物流、城市公交等场景的示范应用；推动智慧港口、智慧航道建设；强化交通数据资源汇聚共享。",
         "三、保障措施。各地交通运输主管部门要建立工作台账，2027年12月31日前报送本地区推进方案。",
         "交通运输部<br>2027年10月15日",
     ], "original", "S1", idx="000019029K/2027-00312", docno="交规划发〔2027〕12号", made="2027-10-15",
     rel=lambda d: [(S1s, "交通运输部关于推进智慧交通发展的指导意见")] + ([(S1j, "《关于推进交通运输领域人工智能应用的实施意见》解读")] if d >= 2 else []))
page("cctv", S1v, "2027-10-18", "19:32", "交通运输部：到2029年培育50个以上交通运输人工智能典型应用场景", [
    "央视网消息：交通运输部18日印发《关于推进交通运输领域人工智能应用的实施意见》，提出到2029年培育50个以上交通运输人工智能典型应用场景。",
    "意见明确，将建设交通运输行业大模型，推进自动驾驶在干线物流、城市公交等场景的示范应用。",
], "reprint", "S1")
page("mot", S1j, "2027-10-19", "15:00", "《关于推进交通运输领域人工智能应用的实施意见》解读", [
    "一、为什么出台《实施意见》？人工智能正在深刻改变交通运输发展方式，需要统筹推进、系统部署。",
    "二、自动驾驶示范如何推进？首批将在20个城市开展自动驾驶公交和干线物流示范运营，示范线路总里程约3500公里。",
    "三、资金如何保障？“十五五”期间，部省联动安排交通运输人工智能项目总投资约120亿元，其中车路云一体化基础设施约占四成。",
    "四、交通运输行业大模型何时发布？计划于2028年上半年发布首个版本，并向行业开放。",
], "commentary", "S1", day=2, via="交通运输部综合规划司")
page("huaxia", S1r, "2027-10-20", "21:10", "综述：人工智能加速驶入交通运输主战场", [
    "交通运输部日前印发《关于推进交通运输领域人工智能应用的实施意见》，提出到2029年培育50个以上交通运输人工智能典型应用场景。",
    "从港口、航运到公路、铁路，人工智能正在走进交通运输的方方面面。业内人士认为，行业大模型和自动驾驶示范将成为下一阶段的重点。",
], "reprint", "S1", day=3)
page("mot", S1s, "2026-09-25", "10:00", "交通运输部关于推进智慧交通发展的指导意见", [
    "到2027年，培育30个智慧交通典型应用场景，建成一批智慧港口和智慧公路。",
], "stale", idx="000019029K/2026-00288", docno="交规划发〔2026〕21号", made="2026-09-20")

# ---------------------------------------------------------------------------------------------
# S2 河北 算力券：day1 第二批通知（new）→ day2 无新进展（repeat）→ day3 第三个通知（continuing）
# ---------------------------------------------------------------------------------------------
S2a = "/www.hebei.gov.cn/columns/sjzwfw/202710/19/c_7f3a9b21e4d84c5f.html"
S2b = "/www.hebei.gov.cn/columns/sjzwfw/202710/21/c_2c8e1d47a9f54b3e.html"
S2s = "/www.hebei.gov.cn/columns/sjzwfw/202705/12/c_9d4b7e13c2a64f8d.html"
page("hebei", S2s, "2027-05-12", "09:00", "关于开展2027年度第一批算力券申领工作的通知", [
    "第一批算力券总额度3000万元，单个企业申领上限150万元，申领截止时间为2027年6月15日。",
], "stale")
page("hebei", S2a, "2027-10-19", "09:00", "关于开展2027年度第二批算力券申领工作的通知", [
    "各市（含定州、辛集市）数据和政务服务局，雄安新区数据管理部门，各有关企业：",
    "为降低企业使用智能算力成本，现开展2027年度第二批算力券申领工作。",
    "一、额度。第二批算力券总额度5000万元，单个企业年度申领上限200万元，按企业实际算力采购金额的30%抵扣。",
    "二、对象。在我省注册的人工智能、工业互联网、数字内容等领域企业。",
    "三、时间。请于2027年11月15日前通过河北省算力服务平台提交申请。",
], "original", "S2", rel=[(S2s, "关于开展2027年度第一批算力券申领工作的通知")])
page("hebei", S2b, "2027-10-20", "17:30", "关于公布2027年度第二批算力券预审结果暨开展第三批申领工作的通知", [
    "2027年度第二批算力券申领工作已完成预审，共有86家企业通过预审，核定算力券额度4120万元。",
    "即日起开展第三批申领，第三批算力券总额度3500万元，重点向具身智能、工业大模型企业倾斜，申领截止时间为2027年12月10日。",
    "第二批申领截止时间由2027年11月15日提前至2027年10月31日，未提交申请的企业可转入第三批申领。",
], "original", "S2", day=3, rel=[(S2a, "关于开展2027年度第二批算力券申领工作的通知")])

# ---------------------------------------------------------------------------------------------
# S3 中汽协 9月新能源汽车：day1 快讯预估（new）→ day2 正式数据（continuing，tracked figure）→ day3 repeat
# ---------------------------------------------------------------------------------------------
S3a = "/www.caam.org.cn/chn/4/cate_30/con_5237890.html"
S3b = "/www.caam.org.cn/chn/4/cate_30/con_5238012.html"
S3v = "/news.cctv.com/2027/10/19/ARTIm3Qp7Kd1Xv9Bz2Lc6Ns8Ef271019.shtml"
S3s = "/www.caam.org.cn/chn/4/cate_30/con_5101234.html"
page("caam", S3s, "2026-10-13", "15:00", "2026年9月汽车工业经济运行情况", [
    "2026年9月，新能源汽车产销分别完成128.7万辆和127.1万辆，同比分别增长24.1%和23.6%。",
], "stale")
page("caam", S3a, "2027-10-18", "16:00", "中汽协：9月新能源汽车销量预计约158万辆", [
    "据中国汽车工业协会对重点企业的快速调查，9月新能源汽车销量预计约158万辆，环比增长约6%。8月份新能源汽车销量为148.6万辆。",
    "中汽协表示，9月份完整数据将于近日正式发布。",
], "original", "S3")
page("caam", S3b, "2027-10-19", "15:30", "2027年9月汽车工业经济运行情况", [
    "9月，汽车产销分别完成302.5万辆和304.8万辆，同比分别增长7.9%和8.3%。",
    "新能源汽车产销分别完成161.7万辆和160.2万辆，同比分别增长28.9%和28.4%，新能源汽车新车销量达到汽车新车总销量的52.6%。8月份新能源汽车销量为148.6万辆。",
    "1—9月，新能源汽车产销分别完成1186.3万辆和1179.5万辆，同比分别增长31.2%和30.8%。",
], "original", "S3", day=2)
page("cctv", S3v, "2027-10-19", "18:05", "9月新能源汽车销量160.2万辆　渗透率达52.6%", [
    "央视网消息：中国汽车工业协会19日发布数据，9月新能源汽车产销分别完成161.7万辆和160.2万辆，同比分别增长28.9%和28.4%，新能源汽车新车销量达到汽车新车总销量的52.6%。",
], "reprint", "S3", day=2)

# ---------------------------------------------------------------------------------------------
# S4 国家知识产权局 指导意见（day2 new）→ day3 重庆 落实措施（local follow-up, continuing）
# ---------------------------------------------------------------------------------------------
S4a = "/www.cnipa.gov.cn/art/2027/10/19/art_74_198765.html"
S4v = "/news.cctv.com/2027/10/19/ARTIw5Ty1Hg8Jk3Mn6Pq9Rs2Uv271019.shtml"
S4b = "/www.cq.gov.cn/zwgk/zfxxgkml/szfwj/qtgw/202710/t20271020_13456789.html"
page("cnipa", S4a, "2027-10-19", "10:00", "国家知识产权局　工业和信息化部关于加快人工智能领域高价值专利培育的指导意见", [
    "国知发运字〔2027〕31号",
    "为加快人工智能领域高价值专利培育，现提出如下意见。",
    "到2029年，人工智能领域有效发明专利拥有量突破40万件，培育人工智能专利密集型产品备案1500件，建设10个人工智能产业知识产权运营中心。",
    "开通人工智能专利申请快速预审通道，将审查周期压缩至3个月以内。",
], "original", "S4", day=2)
page("cctv", S4v, "2027-10-19", "20:40", "两部门：到2029年人工智能领域有效发明专利突破40万件", [
    "央视网消息：国家知识产权局、工业和信息化部19日印发指导意见，提出到2029年人工智能领域有效发明专利拥有量突破40万件，建设10个人工智能产业知识产权运营中心。",
], "reprint", "S4", day=2)
page("cq", S4b, "2027-10-20", "16:30", "重庆市知识产权局　重庆市经济和信息化委员会关于加快人工智能领域高价值专利培育的若干措施", [
    "为贯彻落实国家知识产权局、工业和信息化部关于加快人工智能领域高价值专利培育的指导意见，结合我市实际，制定以下措施。",
    "一、到2029年，全市人工智能领域有效发明专利拥有量达到1.8万件，建设人工智能产业知识产权运营中心1个。",
    "二、对获得国家专利奖的人工智能企业，给予最高100万元奖励。",
    "三、设立西部人工智能专利快速预审服务窗口，2027年11月30日前开通运行。",
], "original", "S4", day=3, idx="11500000MB1532XXXX/2027-00891", org="重庆市知识产权局", docno="渝知发〔2027〕56号", made="2027-10-18")

# ---------------------------------------------------------------------------------------------
# S5 央视网 低空物流（day1 new → day2, day3 repeat with nothing new）
# ---------------------------------------------------------------------------------------------
S5 = "/news.cctv.com/2027/10/18/ARTIa1Bc3De5Fg7Hi9Jk2Lm4No271018.shtml"
S5r = "/www.example-huaxia.cn/yw/2027/1018/120412.html"
page("cctv", S5, "2027-10-18", "21:00", "全国首个跨省低空物流航线网络开通运行", [
    "央视网消息：18日，覆盖京津冀三地的跨省低空物流航线网络正式开通运行，首批开通航线46条，配套建设起降场站120个。",
    "据介绍，该网络日均可承运快件约2万件，偏远地区快件时效平均缩短40%。",
], "original", "S5")
page("huaxia", S5r, "2027-10-18", "22:30", "京津冀跨省低空物流航线网络开通　首批航线46条", [
    "据央视网报道，覆盖京津冀三地的跨省低空物流航线网络18日开通运行，首批开通航线46条，配套建设起降场站120个。",
], "reprint", "S5", via="央视网")

# ---------------------------------------------------------------------------------------------
# S6 国家知识产权局 前三季度统计（day3 new; same list as S4）
# ---------------------------------------------------------------------------------------------
S6 = "/www.cnipa.gov.cn/art/2027/10/20/art_74_198902.html"
S6v = "/news.cctv.com/2027/10/20/ARTIe4Rt6Yu8Io0Pa2Sd4Fg6Hj271020.shtml"
page("cnipa", S6, "2027-10-20", "15:00", "国家知识产权局发布2027年前三季度知识产权主要统计数据", [
    "前三季度，我国授权发明专利71.2万件，同比增长9.6%。截至9月底，我国发明专利有效量达到612.4万件。",
    "每万人口高价值发明专利拥有量达到16.9件。数字经济核心产业发明专利授权量26.3万件，同比增长14.8%。",
], "original", "S6", day=3)
page("cctv", S6v, "2027-10-20", "19:20", "前三季度我国授权发明专利71.2万件", [
    "央视网消息：国家知识产权局20日发布数据，前三季度我国授权发明专利71.2万件，同比增长9.6%；截至9月底，发明专利有效量达到612.4万件。",
], "reprint", "S6", day=3)

# ---------------------------------------------------------------------------------------------
# distractors (spread over the days), faults
# ---------------------------------------------------------------------------------------------
def D(src, path, date, time, title, ps, day, **kw):
    kw.setdefault("idx", "")
    kw.setdefault("org", "重庆市人民政府办公厅")
    kw.setdefault("docno", "")
    kw.setdefault("made", date)
    page(src, path, date, time, title, ps, "distractor", None, day, **kw)


D("mot", "/www.mot.gov.cn/jiaotongyaowen/202710/t20271016_4100980.html", "2027-10-16", "10:00", "交通运输部召开部务会议", ["会议研究了近期有关工作。"], 1)
D("mot", "/www.mot.gov.cn/jiaotongyaowen/202710/t20271017_4101102.html", "2027-10-17", "09:00", "国庆假期全国营业性客运量情况", ["国庆假期，全社会跨区域人员流动量累计22.8亿人次，日均2.85亿人次。"], 1)
D("mot", "/www.mot.gov.cn/jiaotongyaowen/202710/t20271019_4101402.html", "2027-10-19", "17:00", "交通运输部2027年度拟录用公务员公示", ["根据公务员录用工作有关规定，现将拟录用人员予以公示。"], 2)
D("mot", "/www.mot.gov.cn/jiaotongyaowen/202710/t20271020_4101555.html", "2027-10-20", "11:00", "寒潮来袭　交通运输部部署做好道路保通保畅工作", ["各地交通运输部门要做好雨雪冰冻天气应对准备。"], 3)
D("cnipa", "/www.cnipa.gov.cn/art/2027/10/17/art_74_198601.html", "2027-10-17", "10:00", "国家知识产权局关于第二十五届中国专利奖评审结果公示", ["现将评审结果予以公示，公示期15天。"], 1)
D("cnipa", "/www.cnipa.gov.cn/art/2027/10/18/art_74_198688.html", "2027-10-18", "15:00", "国家知识产权局召开局务会", ["会议传达学习有关会议精神。"], 1)
D("caam", "/www.caam.org.cn/chn/4/cate_30/con_5237802.html", "2027-10-16", "10:00", "关于举办2027中国汽车论坛的通知", ["论坛时间另行通知。"], 1)
D("caam", "/www.caam.org.cn/chn/4/cate_30/con_5238120.html", "2027-10-20", "14:00", "中汽协发布《汽车行业数据出境安全指引》团体标准征求意见稿", ["现公开征求意见，截止日期为2027年11月20日。"], 3)
D("hebei", "/www.hebei.gov.cn/columns/sjzwfw/202710/17/c_4e6a8c0d2f1b4a3e.html", "2027-10-17", "10:00", "河北省政务服务“一网通办”平台系统升级公告", ["10月23日0时至6时系统升级，期间暂停服务。"], 1)
D("hebei", "/www.hebei.gov.cn/columns/sjzwfw/202710/20/c_5a7c9e1b3d2f4c6a.html", "2027-10-20", "10:00", "河北省数据和政务服务局2027年公开招聘工作人员拟聘用人员公示", ["现将拟聘用人员名单予以公示。"], 3)
D("cq", "/www.cq.gov.cn/zwgk/zfxxgkml/szfwj/qtgw/202710/t20271016_13451122.html", "2027-10-16", "10:00", "重庆市人民政府关于张晓峰等同志职务任免的通知", ["任命张晓峰为重庆市交通运输委员会副主任。"], 1, idx="11500000MB1532XXXX/2027-00860", docno="渝府人〔2027〕44号")
D("cq", "/www.cq.gov.cn/zwgk/zfxxgkml/szfwj/qtgw/202710/t20271019_13454012.html", "2027-10-19", "10:00", "重庆市人民政府办公厅关于做好2027年秋冬季森林防灭火工作的通知", ["各区县要落实森林防灭火责任。"], 2, idx="11500000MB1532XXXX/2027-00877", docno="渝府办发〔2027〕97号")
D("cctv", "/news.cctv.com/2027/10/18/ARTIz9Xy8Wv7Ut6Sr5Qp4On3Ml271018.shtml", "2027-10-18", "20:10", "全国多地迎来降温降雨天气", ["中央气象台预计，未来三天我国中东部地区将有大范围降温。"], 1)
D("cctv", "/news.cctv.com/2027/10/19/ARTIk2Jh4Gf6Ds8Ap0Lk2Jh4Gf271019.shtml", "2027-10-19", "22:00", "中国女排3比1战胜对手　晋级世俱杯四强", ["中国女排19日以3比1获胜，晋级四强。"], 2)
D("cctv", "/news.cctv.com/2027/10/20/ARTIp0Oi9Uy8Tr7Ew6Qa5Sd4Fg271020.shtml", "2027-10-20", "21:40", "第二届中国戏曲文化周开幕", ["来自全国的30余个剧种将在文化周期间展演。"], 3)
D("huaxia", "/www.example-huaxia.cn/yw/2027/1019/120655.html", "2027-10-19", "11:00", "A股三大指数集体收涨　汽车板块领涨", ["19日A股三大指数集体收涨，汽车整车板块领涨。"], 2)
D("huaxia", "/www.example-huaxia.cn/yw/2027/1017/120201.html", "2027-10-17", "08:00", "秋季养生：这些食物正当季", ["秋季天气干燥，专家建议多吃润燥食物。"], 1)

F404a = "/www.mot.gov.cn/jiaotongyaowen/202710/t20271018_4101290.html"        # day1 onward
F404b = "/www.cnipa.gov.cn/art/2027/10/20/art_74_198950.html"                  # day3 onward
FEMPTY = "/www.hebei.gov.cn/columns/sjzwfw/202710/19/c_8b0d2f4a6c1e4b7d.html"  # day2 onward
page("mot", F404a, "2027-10-18", "18:00", "交通运输部新闻发言人就《实施意见》答记者问", [], "broken", missing=True)
page("cnipa", F404b, "2027-10-20", "17:00", "人工智能领域高价值专利培育工作推进会在京召开", [], "broken", day=3, missing=True)
page("hebei", FEMPTY, "2027-10-19", "16:00", "河北省算力券申领常见问题解答", [], "broken", day=2, empty=True)

# ---------------------------------------------------------------------------------------------
# storylines: developments, per-day status
# ---------------------------------------------------------------------------------------------
STORIES = {
    "S1": {"title": "交通运输部印发《关于推进交通运输领域人工智能应用的实施意见》", "publisher": "交通运输部",
           "entities": ["交通运输部"],
           "devs": [(1, "policy document", S1, ["《关于推进交通运输领域人工智能应用的实施意见》", "交规划发〔2027〕12号", "50个以上",
                                                  "港口、航运、公路、铁路、民航、邮政", "2027年12月31日"],
                     [{"date": "2027-12-31", "what": "各地报送本地区推进方案"}]),
                    (2, "official interpretation with new figures", S1j, ["20个城市", "3500公里", "120亿元", "2028年上半年"], [])],
           "status": {1: "new", 2: "continuing", 3: "repeat"},
           "why": {3: "a portal's rewrite of the 10-18 document that states nothing new"}},
    "S2": {"title": "河北开展2027年度第二批算力券申领", "publisher": "河北省人民政府", "entities": ["河北省数据和政务服务局"],
           "devs": [(1, "second-batch notice", S2a, ["第二批算力券总额度5000万元", "200万元", "2027年11月15日"],
                     [{"date": "2027-11-15", "what": "第二批算力券申领截止"}]),
                    (3, "third notice: pre-review results, third batch, earlier deadline", S2b,
                     ["86家", "4120万元", "3500万元", "2027年12月10日", "2027年10月31日"],
                     [{"date": "2027-12-10", "what": "第三批算力券申领截止"}, {"date": "2027-10-31", "what": "第二批申领截止（提前）"}])],
           "status": {1: "new", 2: "repeat", 3: "continuing"}, "why": {2: "nothing new on the sites; the notice is still listed"}},
    "S3": {"title": "中汽协：9月新能源汽车销量", "publisher": "中国汽车工业协会", "entities": ["中国汽车工业协会"],
           "devs": [(1, "preliminary estimate", S3a, ["158万辆", "148.6万辆"], []),
                    (2, "official monthly figures", S3b, ["160.2万辆", "161.7万辆", "28.4%", "52.6%", "1179.5万辆"], [])],
           "status": {1: "new", 2: "continuing", 3: "repeat"}, "why": {3: "nothing new on the sites"}},
    "S4": {"title": "国家知识产权局、工业和信息化部：加快人工智能领域高价值专利培育", "publisher": "国家知识产权局",
           "entities": ["国家知识产权局", "工业和信息化部"],
           "devs": [(2, "national guideline", S4a, ["国知发运字〔2027〕31号", "40万件", "1500件", "10个人工智能产业知识产权运营中心", "3个月以内"], []),
                    (3, "local follow-up (Chongqing measures)", S4b, ["渝知发〔2027〕56号", "1.8万件", "最高100万元", "2027年11月30日"],
                     [{"date": "2027-11-30", "what": "重庆人工智能专利快速预审服务窗口开通"}])],
           "status": {2: "new", 3: "continuing"}},
    "S5": {"title": "京津冀跨省低空物流航线网络开通运行", "publisher": "央视网", "entities": ["央视网"],
           "devs": [(1, "news report", S5, ["46条", "120个", "2万件", "40%"], [])],
           "status": {1: "new", 2: "repeat", 3: "repeat"}, "why": {2: "nothing new on the sites", 3: "nothing new on the sites"}},
    "S6": {"title": "国家知识产权局：前三季度授权发明专利71.2万件", "publisher": "国家知识产权局", "entities": ["国家知识产权局"],
           "devs": [(3, "statistics release", S6, ["71.2万件", "9.6%", "612.4万件", "16.9件", "26.3万件"], [])],
           "status": {3: "new"}},
}
IMPORTANCE = {"S1": 1, "S2": 2, "S3": 1, "S4": 1, "S5": 2, "S6": 2}
TRACKED = {2: [{"thread": "S3", "name": "9月份新能源汽车销量",
                "earlier": {"value": "158万辆", "what": "preliminary estimate (中汽协快速调查)", "article": S3a},
                "current": {"value": "160.2万辆", "what": "official monthly figure", "article": S3b},
                "previous_period": {"value": "148.6万辆", "period": "8月份", "article": S3b}}]}


# ---------------------------------------------------------------------------------------------
# build the mornings
# ---------------------------------------------------------------------------------------------
def build_day(n: int) -> None:
    bd = DAYS[n - 1]
    C = Corpus(SEQ / f"day{n}-{bd}", bd, WINDOW, f"blind sequence {SEQ.name}, morning {n} of {len(DAYS)}")
    for i, nm, ne, k, u, a in SRC:
        C.source(id=i, name=nm, name_en=ne, kind=k, url=u, authority=a)
    vis = [p for p in PAGES if p["day"] <= n]
    for pg in vis:
        C.article(pg["path"], PUB[pg["src"]], pg["date"], pg["kind"], pg["thread"])
        if not pg.get("missing"):
            C.write(pg["path"], TPL[pg["src"]](pg, n), "gbk" if pg["src"] == "hebei" else "utf-8")
    nov_threads = []
    for sid, st in STORIES.items():
        if n not in st["status"]:
            continue
        status = st["status"][n]
        devs = [d for d in st["devs"] if d[0] <= n]
        today = [d for d in devs if d[0] == n]
        first_day = DAYS[devs[0][0] - 1]
        mine = [p for p in vis if p["thread"] == sid]
        new_articles = [p["path"] for p in mine if p["day"] == n]
        earlier = [p["path"] for p in mine if p["day"] < n]
        briefed = [f for d in devs if d[0] < n for f in d[3]]
        if status == "repeat":
            cur, facts, dls, imp = devs[0], [], [], 4
        else:
            cur, facts, dls, imp = today[0], today[0][3], today[0][4], IMPORTANCE[sid]
        C.thread(id=sid, title=st["title"] + ("" if status != "continuing" else f"（新进展：{cur[1]}）"), importance=imp,
                 status=status, original=cur[2], publisher=PUB[next(p["src"] for p in PAGES if p["path"] == cur[2])],
                 key_facts=facts, deadlines=dls, entities=st["entities"])
        ent = {"id": sid, "status": status, "first_day": first_day,
               "developments": [{"id": f"{sid}.{i + 1}", "day": DAYS[d[0] - 1], "what": d[1], "original": d[2]} for i, d in enumerate(devs)],
               "new_articles": new_articles, "earlier_articles": earlier,
               "new_facts": [] if status == "repeat" else list(facts), "briefed_facts": briefed}
        if status != "repeat":
            k = devs.index(cur)
            ent["development"] = f"{sid}.{k + 1}"
            ent["development_original"] = cur[2]
        else:
            ent["why"] = st["why"][n]
        nov_threads.append(ent)

    # list pages and feeds: newest first, only LIST_LEN items (older ones drop off)
    def items(src):
        xs = [p for p in vis if p["src"] == src]
        xs.sort(key=lambda p: (p["date"], p["time"]), reverse=True)
        return xs[:LIST_LEN]

    for i, nm, ne, k, u, a in SRC:
        host = u.split("/")[1]
        C.write(f"/{host}/index.html", f"<!DOCTYPE html><html><head><meta charset=\"{'gbk' if i == 'hebei' else 'utf-8'}\">{MARK}<title>{nm}</title></head>"
                f"<body><h1>{nm}</h1><a href=\"{u}\">最新</a><p>版权所有 {nm}</p></body></html>\n", "gbk" if i == "hebei" else "utf-8")
    mot = "".join(f'<li><a href="./{p["path"].split("/jiaotongyaowen/")[1]}" target="_blank">{e(p["title"])}</a><span>{p["date"]}</span></li>' for p in items("mot"))
    C.write(SRC[0][4], f"""<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>交通要闻_交通运输部</title></head>
<body><div class="nav"><a href="/www.mot.gov.cn/index.html">首页</a></div><ul class="list_ul">{mot}</ul><div class="page">共20页</div>
<div class="foot">京ICP备0504XXXX号</div></body></html>
""")
    cn = "".join(f'<tr><td><a href="/www.cnipa.gov.cn/{p["path"].split("/", 2)[2]}" title="{e(p["title"])}">{e(p["title"])}</a></td><td>{p["date"]}</td></tr>' for p in items("cnipa"))
    C.write(SRC[1][4], f"""<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>新闻动态 国家知识产权局</title></head>
<body><div class="menu"><a href="/www.cnipa.gov.cn/index.html">首页</a></div><table class="list">{cn}</table>
<div class="footer">京ICP备0600XXXX号</div></body></html>
""")
    ca = "".join(f'<li><span class="time">{p["date"][5:].replace("-", "/")}</span><a href="con_{p["path"].split("con_")[1]}">{e(p["title"])}</a></li>' for p in items("caam"))
    C.write(SRC[2][4], f"""<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>协会发布 - 中国汽车工业协会</title></head>
<body><div class="caam-nav"><a href="/www.caam.org.cn/index.html">首页</a></div><ul class="newslist">{ca}</ul>
<div class="caam-foot">京ICP备0502XXXX号</div></body></html>
""")
    hb = "".join(f'<li><a href="../sjzwfw/{p["path"].split("/sjzwfw/")[1]}">{e(p["title"])}</a><i>{p["date"]}</i></li>' for p in items("hebei"))
    C.write(SRC[3][4], f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">{MARK}<title>通知公告 河北省人民政府网</title></head>
<body><div class="hb_nav"><a href="/www.hebei.gov.cn/index.html">首页</a></div><ul class="hb_list">{hb}</ul>
<div class="hb_foot">冀ICP备0500XXXX号</div></body></html>
""", "gbk")
    cq = "".join(f'<li><a href="{p["path"]}">{e(p["title"])}</a><span>{p["date"]}</span></li>' for p in items("cq"))
    C.write(SRC[4][4], f"""<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>其他公文_重庆市人民政府网</title></head>
<body><div class="cq-top"><a href="/www.cq.gov.cn/index.html">重庆市人民政府</a></div><ul class="zcwj-list">{cq}</ul>
<div class="cq-foot">渝ICP备0500XXXX号</div></body></html>
""")

    def pd(p):
        return datetime.fromisoformat(f"{p['date']}T{p['time']}:00").replace(tzinfo=BJ).strftime("%a, %d %b %Y %H:%M:%S +0800")
    cc = items("cctv")
    its = [{"title": p["title"], "link": p["path"], "date": pd(p), "desc": p["ps"][0][:50] if p["ps"] else ""} for p in cc]
    raw = None
    if n == 2:   # one malformed item on morning 2 (a bare & and an unclosed tag)
        bad = next(i for i, p in enumerate(cc) if p["kind"] == "distractor")
        p = cc[bad]
        raw = {bad: f"<item><title>{p['title']} & 决赛前瞻</title><link>{p['path']}?spm=C9&from=rss</link><pubDate>{pd(p)}</pubDate><description><b>体育</description></item>"}
    C.write(SRC[5][4], rss("央视网-国内新闻", "/news.cctv.com/index.html", its, raw))
    hx = items("huaxia")
    ents = []
    for p in hx:
        iso = f"{p['date']}T{p['time']}:00+08:00"
        en = {"title": p["title"], "link": p["path"], "published": iso, "updated": iso, "summary": p["ps"][0][:40]}
        if p["path"] == S1r:       # the rewrite carries only <updated>
            en["published"] = None
        ents.append(en)
    C.write(SRC[6][4], atom("华夏快讯网-要闻", "tag:www.example-huaxia.cn,2027:yw", SRC[6][4], ents[0]["updated"], ents))

    prev = DAYS[:n - 1]
    novelty = {"sequence": DAYS, "day": n, "previous_days": prev, "threads": nov_threads,
               "tracked_figures": TRACKED.get(n, [])}
    readme = f"""## This morning

Morning {n} of the sequence `{SEQ.name}` ({', '.join(DAYS)}); see `../README.md` for the whole sequence.
Storyline status today: {', '.join(f"{t['id']} {t['status']}" for t in nov_threads)}.
List pages and feeds show the {LIST_LEN} newest items of each site; older items drop off (their pages stay online).
"""
    C.finish(readme, {"novelty": novelty})


if SEQ.exists():
    shutil.rmtree(SEQ)
SEQ.mkdir()
for n in range(1, len(DAYS) + 1):
    build_day(n)

(SEQ / "README.md").write_text(f"""# {SEQ.name} — blind sequence of three mornings (synthetic test data)

**Synthetic test data**: every story, figure and document number is fictional; pages imitate only the structure of
the named sites; `www.example-huaxia.cn` (华夏快讯网) is invented. Generated by `../make_{SEQ.name}.py` (seed 20271019,
standard library only), checked by `../check_{SEQ.name}.py`; scored with `shared/eval/score_days.py`.

Mornings: {', '.join(DAYS)} (window {WINDOW} days each). The same URL serves the same bytes on every morning it is
online, except list pages/feeds and the S1 original (on morning 2 it gains a 相关信息 link to the interpretation —
new bytes, new Last-Modified, **no new development**).

| storyline | day 1 (10-19) | day 2 (10-20) | day 3 (10-21) |
|---|---|---|---|
| S1 交通运输部 AI 实施意见 | new (document + 央视网 reprint) | continuing: official 解读 with new figures (20个城市, 3500公里, 120亿元) | repeat: 华夏快讯网 rewrite (Atom entry without `published`) |
| S2 河北 算力券 | new: 第二批 notice (first batch is stale, linked) | repeat (nothing new; an empty FAQ page appears) | continuing: the third notice (预审结果 86家, 第三批 3500万元, deadline moved to 10-31) |
| S3 中汽协 9月新能源汽车 | new: preliminary 约158万辆 | continuing: official 160.2万辆 (tracked figure; 8月 148.6万辆) | repeat |
| S4 知识产权局 AI 专利意见 | — | new (+ 央视网 reprint) | continuing: 重庆 local follow-up (渝知发〔2027〕56号) |
| S5 央视网 低空物流 | new (+ portal reprint) | repeat | repeat |
| S6 知识产权局 前三季度统计 | — | — | new (same list as S4; must not merge) |

Faults: 404 on the 交通运输部 list (from day 1) and on the 知识产权局 list (day 3); empty page on the 河北 list (from day 2);
one malformed 央视网 RSS item on day 2 only; 河北 pages are GBK; stale pages (2026 智慧交通 意见, 第一批算力券, 2026年9月 汽车数据);
distractors every morning (任免, 公示, 天气, 体育, 股市, 系统升级, 会议). List pages show the 6 newest items, so older
items move down and drop off across mornings.
""", encoding="utf-8")
print(f"wrote {SEQ}")
