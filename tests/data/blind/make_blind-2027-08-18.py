#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the blind corpus blind-2027-08-18: a day of statistics / industry data releases
mixed with policy news.  Synthetic test data only; standard library only; seeded.

Usage: python3 make_blind-2027-08-18.py   (rebuilds ./blind-2027-08-18 next to this file)
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from blindkit import MARK, Corpus, atom, e, rss  # noqa: E402

R = random.Random(20270818)
C = Corpus(HERE / "blind-2027-08-18", "2027-08-18", 7, "blind corpus: statistics and data releases mixed with policy news")


def paras(ps, indent=""):
    return "\n".join(f"<p>{indent}{p}</p>" for p in ps)


def nav(host, items):
    return "".join(f'<li><a href="/{host}/index.html#{k}">{v}</a></li>' for k, v in items)


def related(links):
    if not links:
        return ""
    return "<div class=\"related\"><h4>相关链接</h4><ul>" + "".join(
        f'<li><a href="{h}">{e(t)}</a></li>' for h, t in links) + "</ul></div>"


# ---------------------------------------------------------------------------------------------
# templates, one per site
# ---------------------------------------------------------------------------------------------
def stats_page(path, title, when, ps, source="国家统计局", crumbs="数据发布", rel=(), huge=False):
    host = "www.stats.gov.cn"
    navs = [("sj", "数据"), ("zs", "知识"), ("xw", "新闻"), ("fw", "服务"), ("gk", "公开"), ("hd", "互动")]
    extra = ""
    if huge:
        extra = "<div class=\"sitemap\">" + "".join(
            f'<a href="/{host}/index.html#m{i}">统计数据栏目{i}</a>' for i in range(1, 321)) + "</div>"
    body = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
{MARK}
<meta name="keywords" content="{e(title)}"><title>{e(title)} - 国家统计局</title>
<style>.detail-title h2{{font-size:24px}}.detail-title-des{{color:#888}}</style></head>
<body><div class="top-bar"><a href="/{host}/index.html">国家统计局</a> | <a href="javascript:;">English</a> | <a href="javascript:;">无障碍</a></div>
<div class="nav"><ul>{nav(host, navs)}</ul></div>{extra}
<div class="container"><div class="breadcrumb">您当前的位置：<a href="/{host}/index.html">首页</a> &gt; <a href="/{host}/sj/zxfb/index.html">数据</a> &gt; {crumbs}</div>
<div class="detail-title"><h2>{e(title)}</h2>
<div class="detail-title-des"><h2><p>发布时间：{when}</p></h2><span>来源：{source}</span>　<a href="javascript:window.print()">打印</a></div></div>
<div class="detail-content"><div class="TRS_Editor">
{paras(ps)}
</div></div>{related(rel)}</div>
<div class="footer"><p>版权所有：国家统计局　　京ICP备050XXXX号　　京公网安备110102000XXXX号</p><p>地址：北京市西城区月坛南街57号（100826）</p></div>
</body></html>
"""
    C.write(path, body)


def cec_page(path, title, when_slash, author, ps, rel=()):
    host = "www.cec.org.cn"
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" />
{MARK}
<title>{e(title)}-中国电力企业联合会</title></head>
<body><table width="1000" align="center"><tr><td class="logo"><a href="/{host}/index.html">中国电力企业联合会</a></td></tr>
<tr><td class="menu"><a href="/{host}/index.html">首页</a> | <a href="/{host}/tjsj/index.html">统计数据</a> | <a href="/{host}/index.html#hyfx">行业发展</a> | <a href="/{host}/index.html#bzh">标准化</a> | <a href="/{host}/index.html#hyzx">会员之家</a></td></tr></table>
<table width="1000" align="center"><tr><td>当前位置：<a href="/{host}/index.html">首页</a> &gt;&gt; <a href="/{host}/tjsj/index.html">统计数据</a> &gt;&gt; 正文</td></tr>
<tr><td align="center"><font class="bt">{e(title)}</font></td></tr>
<tr><td align="center" class="xx">发布日期：{when_slash}　　作者：{author}　　【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</td></tr>
<tr><td class="nr">
{paras(ps, "　　")}
</td></tr><tr><td>{related(rel)}</td></tr></table>
<div class="foot">Copyright 中国电力企业联合会 版权所有　京ICP备1003XXXX号<br/>【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</body></html>
"""
    C.write(path, body, "gbk")


def samr_page(path, title, idx, org, docno, made, pub, ps, rel=()):
    host = "www.samr.gov.cn"
    table = (f'<table class="xxgk-table"><tr><td>索 引 号：</td><td>{idx}</td><td>主题分类：</td><td>市场监管</td></tr>'
             f'<tr><td>发文机关：</td><td>{org}</td><td>成文日期：</td><td>{made}</td></tr>'
             f'<tr><td>标　　题：</td><td colspan="3">{e(title)}</td></tr>'
             f'<tr><td>发文字号：</td><td>{docno}</td><td>发布日期：</td><td>{pub}</td></tr></table>') if docno is not None else ""
    date_line = "" if docno is not None else f'<div class="info">发布时间：{pub}　　来源：市场监管总局</div>'
    body = f"""<!doctype html><html><head><meta charset="UTF-8">
{MARK}
<meta name="ArticleTitle" content="{e(title)}"><meta name="PubDate" content="{pub} 17:30">
<title>{e(title)}_国家市场监督管理总局</title></head>
<body><header><div class="logo"><a href="/{host}/index.html">国家市场监督管理总局</a></div>
<nav><a href="/{host}/index.html">首页</a><a href="/{host}/zw/index.html">政务</a><a href="/{host}/index.html#fw">服务</a><a href="/{host}/index.html#hd">互动</a></nav></header>
<div class="w1200"><div class="position">首页 &gt; 政务 &gt; 政府信息公开</div>{table}
<h1 class="article-title">{e(title)}</h1>{date_line}
<div class="article-content" id="zoom">
{paras(ps)}
</div>{related(rel)}
<div class="share"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div></div>
<footer><p>主办单位：国家市场监督管理总局　版权所有　京ICP备1802XXXX号</p></footer></body></html>
"""
    C.write(path, body)


def caict_page(path, title, when, ps, rel=()):
    host = "www.caict.ac.cn"
    body = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{MARK}
<title>中国信通院</title></head>
<body><div class="header"><img src="/{host}/images/logo.png" alt="中国信息通信研究院"><ul class="menu">
<li><a href="/{host}/index.html">首页</a></li><li><a href="/{host}/kxyj/qwfb/bps/index.html">权威发布</a></li><li><a href="/{host}/index.html#cyfz">产业发展</a></li><li><a href="/{host}/index.html#zxdt">最新动态</a></li></ul></div>
<div class="main"><div class="loc"><a href="/{host}/index.html">首页</a> &gt; 科学研究 &gt; 权威发布 &gt; 白皮书</div>
<div class="pagetitle"><h1>{e(title)}</h1></div>
<div class="pageinfo">时间：{when}　　来源：中国信通院</div>
<div class="pagecontent">
{paras(ps)}
</div>{related(rel)}</div>
<div class="footer">版权所有：中国信息通信研究院 京ICP备0903XXXX号 地址：北京市海淀区花园北路52号</div></body></html>
"""
    C.write(path, body)


def sasac_page(path, title, when, src, ps, rel=()):
    host = "www.sasac.gov.cn"
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
{MARK}
<meta name="firstpublishedtime" content="{when}"><title>{e(title)}</title></head>
<body><div id="head"><a href="/{host}/index.html">国务院国有资产监督管理委员会</a></div>
<div id="menu"><a href="/{host}/index.html">首页</a> <a href="/{host}/n2588020/n2588072/index.html">国资要闻</a> <a href="/{host}/index.html#zcfg">政策法规</a> <a href="/{host}/index.html#yqjj">央企经济</a></div>
<div class="zsy_content"><div class="zsy_cotitle">{e(title)}<p>文章来源：{src}　发布时间：{when}</p></div>
<div class="zsy_comain">
{paras(ps, "　　")}
</div>{related(rel)}</div>
<div id="foot">国务院国有资产监督管理委员会 版权所有 网站标识码bm2100XXXX 京ICP备0507XXXX号</div></body></html>
"""
    C.write(path, body)


def moe_page(path, title, when, ps, huge=False, rel=()):
    host = "www.moe.gov.cn"
    extra = ""
    if huge:
        extra = "<div class=\"moe-sitemap\">" + "".join(
            f'<a href="/{host}/index.html#s{i}">机构栏目{i}</a> ' for i in range(1, 351)) + "</div>"
    body = f"""<!DOCTYPE html><html><head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta charset="utf-8">
{MARK}
<title>{e(title)} - 中华人民共和国教育部政府门户网站</title></head>
<body><div class="moe-header"><a href="/{host}/index.html">中华人民共和国教育部</a></div>{extra}
<div id="curpage">您的位置：<a href="/{host}/index.html">首页</a> &gt; <a href="/{host}/jyb_xwfb/gzdt_gzdt/index.html">工作动态</a></div>
<div id="content_body"><h1>{e(title)}</h1><div class="moe-policy-info">来源：教育部　　{when}</div>
<div class="TRS_Editor">
{paras(ps, "　　")}
</div>{related(rel)}</div>
<div class="moe-footer">主办单位：中华人民共和国教育部　京ICP备0501XXXX号　京公网安备110402430XXX号</div></body></html>
"""
    C.write(path, body)


def people_page(path, title, when, src, ps, rel=(), editor="责编：王晓、李佳"):
    host = "www.people.com.cn"
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
{MARK}
<meta name="publishdate" content="{when[:10]}"><meta name="source" content="来源：{src}">
<title>{e(title)}--财经--人民网</title></head>
<body><div class="pd_nav"><a href="/{host}/index.html">人民网</a> &gt;&gt; <a href="/{host}/index.html#cj">财经</a></div>
<div class="layout rm_txt"><div class="col col-1"><h1>{e(title)}</h1>
<div class="col-1-1">{when.replace('-', '年', 1).replace('-', '月', 1).replace(' ', '日', 1)}  |  来源：<a href="javascript:;">{src}</a></div>
<div class="rm_txt_con cf">
{paras(ps, "　　")}
<div class="edit cf">（{editor}）</div></div>{related(rel)}</div></div>
<div class="foot">人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用　Copyright © 1997-2027 by www.people.com.cn. all rights reserved</div></body></html>
"""
    C.write(path, body)


def ce_page(path, title, when, src, ps, rel=(), empty=False):
    host = "www.ce.cn"
    if empty:
        title, when, src, ps = "", "", "", []
    body = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{MARK}
<title>{e(title)}{'_中国经济网——国家经济门户' if title else ''}</title></head>
<body><div class="ce_top"><a href="/{host}/index.html">中国经济网</a> <a href="/{host}/index.html#cysc">产业市场</a> <a href="/{host}/index.html#tech">科技</a></div>
<div class="ce_main"><h1 id="articleTitle">{e(title)}</h1>
<div class="ce_info"><span id="articleTime">{when}</span>　<span id="articleSource">{('来源：' + src) if src else ''}</span></div>
<div id="articleText"><div class="TRS_Editor">
{paras(ps)}
</div></div>{related(rel)}</div>
<div class="ce_foot">中国经济网版权所有　互联网新闻信息服务许可证(10120170XXX)　京ICP备0500XXXX号</div></body></html>
"""
    C.write(path, body)


def gmw_page(path, title, author, ps, rel=(), when=""):
    host = "www.gmw.cn"
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
{MARK}
<title>{e(title)}_光明网</title></head>
<body><div class="g_nav"><a href="/{host}/index.html">光明网</a> | <a href="/{host}/guancha/node_7234.htm">时评</a> | <a href="/{host}/index.html#ll">理论</a></div>
<div class="g_content"><h1 class="u-title">{e(title)}</h1><div class="m-con-source">{(when + "　") if when else ""}作者：{author}　来源：光明网</div>
<div class="u-mainText">
{paras(ps)}
</div>{related(rel)}<div class="m-editor">[ 责编：赵宁 ]</div></div>
<div class="g_foot">光明网版权所有 京ICP备1100XXXX号</div></body></html>
"""
    C.write(path, body)


def datanews_page(path, title, when, ps, rel=()):
    host = "www.example-datanews.cn"
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
{MARK}
<title>{e(title)} | 数观财经网</title></head>
<body><div class="dn-ticker">上证指数 3412.56 +0.62%　深证成指 11208.33 +0.91%　创业板指 2290.17 +1.35%</div>
<div class="dn-head"><a href="/{host}/index.html">数观财经网</a> <a href="/{host}/news/index.html">快讯</a> <a href="/{host}/index.html#sj">数据</a></div>
<article><h1>{e(title)}</h1><div class="dn-meta">数观财经网　{when}</div>
{paras(ps)}
{related(rel)}</article>
<div class="dn-foot">本站所载文章、数据仅供参考，使用前务请仔细阅读法律声明，风险自负。数观财经网（虚构网站）</div></body></html>
"""
    C.write(path, body)


# ---------------------------------------------------------------------------------------------
# sources
# ---------------------------------------------------------------------------------------------
SRC = [
    ("stats", "国家统计局", "National Bureau of Statistics", "listpage", "/www.stats.gov.cn/sj/zxfb/index.html", "ministry"),
    ("cec", "中国电力企业联合会", "China Electricity Council", "listpage", "/www.cec.org.cn/tjsj/index.html", "industry"),
    ("samr", "国家市场监督管理总局", "State Administration for Market Regulation", "listpage", "/www.samr.gov.cn/zw/index.html", "ministry"),
    ("caict", "中国信息通信研究院", "China Academy of Information and Communications Technology", "listpage", "/www.caict.ac.cn/kxyj/qwfb/bps/index.html", "industry"),
    ("sasac", "国务院国有资产监督管理委员会", "SASAC of the State Council", "listpage", "/www.sasac.gov.cn/n2588020/n2588072/index.html", "central"),
    ("moe", "教育部", "Ministry of Education", "listpage", "/www.moe.gov.cn/jyb_xwfb/gzdt_gzdt/index.html", "ministry"),
    ("people", "人民网", "People's Daily Online", "rss", "/www.people.com.cn/rss/finance.xml", "media"),
    ("ce", "中国经济网", "China Economic Net", "atom", "/www.ce.cn/atom/cysc.xml", "media"),
    ("gmw", "光明网", "Guangming Online", "listpage", "/www.gmw.cn/guancha/node_7234.htm", "media"),
    ("datanews", "数观财经网", "Shuguan Finance (fictional)", "listpage", "/www.example-datanews.cn/news/index.html", "media"),
]
for i, n, ne, k, u, a in SRC:
    C.source(id=i, name=n, name_en=ne, kind=k, url=u, authority=a)
PUB = {s[0]: s[1] for s in SRC}

LIST: dict[str, list] = {k[0]: [] for k in SRC}   # source -> [(path, title, date, time)]


def art(src, path, date, kind, thread=None, title="", time="10:00", listed=True):
    C.article(path, PUB[src], date, kind, thread)
    if listed:
        LIST[src].append((path, title, date, time))


# ---------------------------------------------------------------------------------------------
# A1 国家统计局 7月份工业生产
# ---------------------------------------------------------------------------------------------
A1 = "/www.stats.gov.cn/sj/zxfb/202708/t20270815_1951234.html"
A1j = "/www.stats.gov.cn/sj/sjjd/202708/t20270815_1951240.html"
A1ce = "/www.ce.cn/cysc/gd/202708/15/t20270815_38912345.shtml"
A1stale = "/www.stats.gov.cn/sj/zxfb/202608/t20260814_1940012.html"
t = "2027年7月份规模以上工业增加值增长5.9%"
stats_page(A1, t, "2027-08-15 10:00", [
    "7月份，规模以上工业增加值同比实际增长5.9%（增加值增速均为扣除价格因素的实际增长率）。从环比看，7月份，规模以上工业增加值比上月增长0.42%。1—7月份，规模以上工业增加值同比增长6.3%。",
    "分三大门类看，7月份，采矿业增加值同比增长3.7%，制造业增长6.4%，电力、热力、燃气及水生产和供应业增长4.0%。高技术制造业增加值同比增长9.4%，装备制造业增加值增长8.1%，增速分别快于全部规模以上工业3.5个和2.2个百分点。",
    "分产品看，7月份，3D打印设备、工业机器人、集成电路产品产量同比分别增长41.2%、23.6%和15.8%；新能源汽车产量131.5万辆，同比增长19.7%。",
    "7月份，规模以上工业企业产品销售率为96.8%，实现出口交货值14352亿元，同比名义增长2.9%。",
    "附注：1.指标解释 规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。2.统计范围 本报告中各项指标均为规模以上工业企业数据。",
], rel=[(A1stale, "2026年7月份规模以上工业增加值增长5.1%")])
art("stats", A1, "2027-08-15", "original", "A1", t, "10:00")
t = "国家统计局工业司首席统计师解读2027年7月份工业生产数据"
stats_page(A1j, t, "2027-08-15 10:30", [
    "7月份，工业生产总体平稳，装备制造业和高技术制造业较快增长，新动能持续发挥带动作用。",
    "一是装备制造业支撑作用明显。装备制造业增加值同比增长8.1%，对全部规模以上工业增长的贡献率达47.6%。",
    "二是高技术制造业快速增长。高技术制造业增加值同比增长9.4%，占规模以上工业增加值的比重为17.3%，比上年同期提高0.8个百分点。",
    "三是智能绿色产品产量较快增长。工业机器人、3D打印设备等智能产品保持两位数增长。",
    "也要看到，外部环境不确定性依然较多，部分行业需求偏弱，工业持续回升向好基础仍需巩固。",
], source="国家统计局", crumbs="数据解读")
art("stats", A1j, "2027-08-15", "commentary", "A1", t, "10:30")
t = "7月份规模以上工业增加值同比增长5.9%　高技术制造业增长9.4%"
ce_page(A1ce, t, "2027年08月15日 11:06", "中国经济网", [
    "中国经济网北京8月15日讯　国家统计局今天发布数据显示，7月份，规模以上工业增加值同比实际增长5.9%，1—7月份同比增长6.3%。",
    "高技术制造业增加值同比增长9.4%，装备制造业增加值增长8.1%。3D打印设备、工业机器人、集成电路产品产量同比分别增长41.2%、23.6%和15.8%；新能源汽车产量131.5万辆。",
    "国家统计局新闻发言人表示，7月份国民经济延续稳中有进发展态势。",
])
C.article(A1ce, PUB["ce"], "2027-08-15", "reprint", "A1")
t = "2026年7月份规模以上工业增加值增长5.1%"
stats_page(A1stale, t, "2026-08-14 10:00", [
    "2026年7月份，规模以上工业增加值同比实际增长5.1%。1—7月份，规模以上工业增加值同比增长5.8%。",
    "高技术制造业增加值同比增长8.6%，装备制造业增加值增长7.4%。工业机器人产量同比增长18.9%；新能源汽车产量104.2万辆。",
])
art("stats", A1stale, "2026-08-14", "stale", None, t)
C.thread(id="A1", title="国家统计局：7月份规模以上工业增加值增长5.9%，高技术制造业增长9.4%", importance=1,
         original=A1, publisher="国家统计局",
         key_facts=["5.9%", "6.3%", "9.4%", "8.1%", "41.2%", "23.6%", "131.5万辆", "17.3%"],
         entities=["国家统计局"])

# ---------------------------------------------------------------------------------------------
# A2 中电联 7月全社会用电量
# ---------------------------------------------------------------------------------------------
A2 = "/www.cec.org.cn/tjsj/2027/0816/t5123.shtml"
A2p = "/www.people.com.cn/n1/2027/0816/c1004-40512876.html"
A2d = "/www.example-datanews.cn/news/2027/08/16/981245.html"
A2stale = "/www.cec.org.cn/tjsj/2026/0815/t4388.shtml"
A2trap = "/www.example-datanews.cn/news/2027/08/10/980733.html"
t = "2027年7月全国电力消费情况"
cec_page(A2, t, "2027/8/16", "规划发展部", [
    "7月，全社会用电量9786亿千瓦时，同比增长6.1%。从分产业用电看，第一产业用电量148亿千瓦时，同比增长9.0%；第二产业用电量6021亿千瓦时，同比增长4.8%；第三产业用电量2035亿千瓦时，同比增长9.6%；城乡居民生活用电量1582亿千瓦时，同比增长6.4%。",
    "第三产业中，充换电服务业用电量同比增长37.5%；信息传输、软件和信息技术服务业用电量同比增长14.2%，其中互联网数据服务（含数据中心）用电量同比增长28.9%。",
    "1—7月，全社会用电量累计5.86万亿千瓦时，同比增长5.7%。",
    "注：全社会用电量数据为全口径统计数据，部分数据因四舍五入存在总计与分项合计不等的情况。",
], rel=[(A2stale, "2026年7月全国电力消费情况")])
art("cec", A2, "2027-08-16", "original", "A2", t)
t = "7月全社会用电量同比增长6.1%　数据中心用电增长近三成"
people_page(A2p, t, "2027-08-16 16:20", "人民网", [
    "人民网北京8月16日电　中国电力企业联合会16日发布数据，7月全社会用电量9786亿千瓦时，同比增长6.1%。",
    "第三产业用电量增长较快，其中充换电服务业用电量同比增长37.5%，信息传输、软件和信息技术服务业用电量同比增长14.2%，互联网数据服务（含数据中心）用电量同比增长28.9%。",
    "1—7月，全社会用电量累计5.86万亿千瓦时，同比增长5.7%。",
])
art("people", A2p, "2027-08-16", "reprint", "A2", t, "16:20")
t = "算力“吃电”加速：信息服务业用电增速连续三月超两位数"
datanews_page(A2d, t, "2027-08-16 18:45", [
    "中电联最新数据显示，7月全社会用电量9786亿千瓦时；信息传输、软件和信息技术服务业用电量同比增长14.2%。",
    "多位分析师认为，智算中心集中投产是拉动相关用电的主要因素，电力设备与算力基础设施的协同投资机会值得关注。",
    "业内人士提醒，算力负荷波动性较大，对电网调峰和绿电消纳提出更高要求。",
])
art("datanews", A2d, "2027-08-16", "commentary", "A2", t, "18:45")
t = "2026年7月全国电力消费情况"
cec_page(A2stale, t, "2026/8/15", "规划发展部", [
    "2026年7月，全社会用电量9128亿千瓦时，同比增长5.3%。第二产业用电量5746亿千瓦时，同比增长3.9%。",
    "充换电服务业用电量同比增长42.8%；信息传输、软件和信息技术服务业用电量同比增长11.6%。",
])
art("cec", A2stale, "2026-08-15", "stale", None, t)
t = "机构预测：7月全社会用电量增速或超5%"
datanews_page(A2trap, t, "2027-08-10 09:10", [
    "多家机构预测，受高温天气和算力负荷带动，7月全社会用电量同比增速或超过5%，数据中心用电增速有望保持在两成以上。",
])
art("datanews", A2trap, "2027-08-10", "stale", None, t, "09:10")
C.thread(id="A2", title="中电联：7月全社会用电量9786亿千瓦时，同比增长6.1%，数据中心用电增长28.9%", importance=1,
         original=A2, publisher="中国电力企业联合会",
         key_facts=["9786亿千瓦时", "6.1%", "37.5%", "14.2%", "28.9%", "5.86万亿千瓦时"],
         entities=["中国电力企业联合会"])

# ---------------------------------------------------------------------------------------------
# A3 市场监管总局 国家数据局《数据交易场所监督管理暂行办法》
# ---------------------------------------------------------------------------------------------
A3 = "/www.samr.gov.cn/zw/zfxxgk/fdzdgknr/wjs/art/2027/art_8c1f3e5a7b9d4e2f90a1b2c3d4e5f607.html"
A3q = "/www.samr.gov.cn/zw/zfxxgk/fdzdgknr/wjs/art/2027/art_5d2e4f6a8b0c4d1e92f3a4b5c6d7e8f9.html"
A3p = "/www.people.com.cn/n1/2027/0812/c1004-40510932.html"
A3stale = "/www.samr.gov.cn/zw/zfxxgk/fdzdgknr/wjs/art/2027/art_1a3b5c7d9e0f4a2b84c6d8e0f1a2b3c4.html"
t = "市场监管总局　国家数据局关于印发《数据交易场所监督管理暂行办法》的通知"
samr_page(A3, t, "XW-2027-08-00123", "市场监管总局 国家数据局", "国市监网监规〔2027〕6号", "2027-08-06", "2027-08-12", [
    "各省、自治区、直辖市和新疆生产建设兵团市场监管局（厅、委）、数据管理部门：",
    "为规范数据交易场所运营行为，培育全国一体化数据市场，市场监管总局、国家数据局制定了《数据交易场所监督管理暂行办法》，现印发给你们，请认真贯彻执行。",
    "市场监管总局　国家数据局<br>2027年8月6日",
    "数据交易场所监督管理暂行办法",
    "第一条　为了规范数据交易场所运营行为，保护数据交易各方合法权益，促进数据要素市场健康发展，制定本办法。",
    "第三条　数据交易场所重点面向工业制造、交通物流、金融服务、医疗健康、气象服务等领域，提供数据产品登记、挂牌、撮合、结算和交付服务。",
    "第九条　数据交易场所应当对数据产品来源合法性、交易主体资质进行审核，交易记录和审核材料保存期限不少于三年。",
    "第十五条　数据交易场所违反本办法第九条规定，未履行审核义务或者未按规定保存交易记录的，由市场监督管理部门责令改正，给予警告；拒不改正的，处五万元以上五十万元以下罚款。",
    "第二十二条　本办法施行前已经设立的数据交易场所，应当于2028年3月31日前按照本办法完成整改。",
    "第二十四条　本办法自2027年10月1日起施行。",
], rel=[(A3q, "《数据交易场所监督管理暂行办法》答记者问")])
art("samr", A3, "2027-08-12", "original", "A3", t, "17:30")
t = "市场监管总局、国家数据局有关司局负责人就《数据交易场所监督管理暂行办法》答记者问"
samr_page(A3q, t, "", "", None, "", "2027-08-12", [
    "问：《办法》出台的背景是什么？",
    "答：近年来数据要素市场快速发展。截至2027年6月底，全国已设立数据交易场所38家，今年上半年场内数据交易额达1163亿元，同比增长超过七成。同时，部分场所存在审核不严、规则不一等问题，亟需统一监管规则。",
    "问：《办法》对交易记录保存有何要求？",
    "答：《办法》要求交易记录和审核材料保存期限不少于三年，并在第十五条明确了相应法律责任。",
    "问：已设立的场所如何过渡？",
    "答：《办法》给予现有场所过渡期，须于2028年3月31日前完成整改。",
])
art("samr", A3q, "2027-08-12", "commentary", "A3", t, "17:35")
t = "两部门印发数据交易场所监管办法　10月1日起施行"
people_page(A3p, t, "2027-08-12 20:05", "人民网", [
    "人民网北京8月12日电　记者从市场监管总局获悉，市场监管总局、国家数据局8月6日印发《数据交易场所监督管理暂行办法》（国市监网监规〔2027〕6号），自2027年10月1日起施行。",
    "办法明确，数据交易场所重点面向工业制造、交通物流、金融服务、医疗健康、气象服务等领域提供服务；未履行审核义务的，处五万元以上五十万元以下罚款。",
    "据介绍，截至2027年6月底，全国已设立数据交易场所38家。",
])
art("people", A3p, "2027-08-12", "reprint", "A3", t, "20:05")
t = "市场监管总局关于《数据交易场所监督管理暂行办法（征求意见稿）》公开征求意见的通知"
samr_page(A3stale, t, "XW-2027-03-00041", "市场监管总局", "", "2027-03-20", "2027-03-20", [
    "为规范数据交易场所运营行为，市场监管总局起草了《数据交易场所监督管理暂行办法（征求意见稿）》，现向社会公开征求意见。",
    "征求意见稿提出，交易记录保存期限不少于两年；违反规定的，处三万元以上三十万元以下罚款。",
    "意见反馈截止时间为2027年4月20日。",
])
art("samr", A3stale, "2027-03-20", "stale", None, t)
C.thread(id="A3", title="市场监管总局、国家数据局印发《数据交易场所监督管理暂行办法》，2027年10月1日起施行", importance=1,
         original=A3, publisher="国家市场监督管理总局",
         key_facts=["《数据交易场所监督管理暂行办法》", "国市监网监规〔2027〕6号", "第十五条", "五万元以上五十万元以下",
                    "不少于三年", "8月6日印发", "2027年10月1日", "工业制造、交通物流、金融服务、医疗健康、气象服务",
                    "38家", "1163亿元", "2028年3月31日"],
         deadlines=[{"date": "2028-03-31", "what": "已设立的数据交易场所完成整改"}],
         entities=["国家市场监督管理总局", "国家数据局"])

# ---------------------------------------------------------------------------------------------
# A4 中国信通院 算力白皮书
# ---------------------------------------------------------------------------------------------
A4 = "/www.caict.ac.cn/kxyj/qwfb/bps/202708/t20270814_512345.htm"
A4ce = "/www.ce.cn/cysc/tech/202708/14/t20270814_38909876.shtml"
A4stale = "/www.caict.ac.cn/kxyj/qwfb/bps/202609/t20260912_498812.htm"
t = "中国信通院发布《中国算力发展指数白皮书（2027年）》"
caict_page(A4, t, "2027-08-14", [
    "8月14日，中国信息通信研究院在2027算力产业发展峰会上发布《中国算力发展指数白皮书（2027年）》。",
    "白皮书显示，截至2027年6月底，我国在用算力中心标准机架超过1280万架，算力总规模达到438EFLOPS（FP32），其中智能算力规模达到265EFLOPS，占比60.5%。",
    "白皮书测算，算力产业每投入1元，平均带动3至4元的经济产出；预计“十五五”期间算力对数字经济增长的拉动超过三万亿元。",
    "白皮书建议，统筹算力、电力和网络协同布局，推动京津冀、长三角、粤港澳大湾区、成渝等枢纽节点算力高效调度。",
], rel=[(A4stale, "中国信通院发布《中国算力发展指数白皮书（2026年）》")])
art("caict", A4, "2027-08-14", "original", "A4", t)
t = "我国算力总规模达438EFLOPS　智能算力占比超六成"
ce_page(A4ce, t, "2027年08月14日 15:32", "中国经济网", [
    "中国经济网北京8月14日讯　中国信息通信研究院今天发布的《中国算力发展指数白皮书（2027年）》显示，我国算力总规模达到438EFLOPS，智能算力规模达到265EFLOPS。",
    "截至2027年6月底，全国在用算力中心标准机架超过1280万架。",
])
C.article(A4ce, PUB["ce"], "2027-08-14", "reprint", "A4")
t = "中国信通院发布《中国算力发展指数白皮书（2026年）》"
caict_page(A4stale, t, "2026-09-12", [
    "白皮书显示，截至2026年6月底，我国算力总规模达到356EFLOPS，智能算力占比48.7%；在用标准机架超过1020万架。",
])
art("caict", A4stale, "2026-09-12", "stale", None, t)
C.thread(id="A4", title="中国信通院白皮书：我国算力总规模438EFLOPS，智能算力265EFLOPS、占比60.5%", importance=2,
         original=A4, publisher="中国信息通信研究院",
         key_facts=["《中国算力发展指数白皮书（2027年）》", "1280万架", "438EFLOPS", "265EFLOPS", "60.5%", "三万亿元"],
         entities=["中国信息通信研究院"])

# ---------------------------------------------------------------------------------------------
# A5 国资委 负责人讲话（无数字）
# ---------------------------------------------------------------------------------------------
A5 = "/www.sasac.gov.cn/n2588020/n2588072/c31245678/content.html"
A5p = "/www.people.com.cn/n1/2027/0814/c1004-40511544.html"
t = "国资委召开中央企业人工智能赋能产业焕新推进会"
sasac_page(A5, t, "2027-08-13", "国资委新闻中心", [
    "8月13日，国务院国资委召开中央企业人工智能赋能产业焕新推进会。国资委党委书记、主任郑立衡出席会议并讲话。",
    "郑立衡强调，中央企业要深入实施“AI+”专项行动，把人工智能作为培育新质生产力的关键抓手，坚持需求导向、场景牵引，在更大范围、更深层次推动人工智能与主责主业深度融合。",
    "会议要求，要加快建设行业高质量数据集，推动数据资源开放共享；要强化算力统筹，避免低水平重复建设；要以首台（套）、首批次应用为突破口，带动产业链上下游协同创新；要健全容错机制，为科研人员松绑减负。",
    "郑立衡指出，各中央企业主要负责同志要亲自抓、带头干，把专项行动成效纳入经营业绩考核。",
])
art("sasac", A5, "2027-08-13", "original", "A5", t)
t = "国资委：中央企业要深入实施“AI+”专项行动"
people_page(A5p, t, "2027-08-14 08:15", "国资委网站", [
    "据国资委网站消息，国务院国资委近日召开中央企业人工智能赋能产业焕新推进会，国资委党委书记、主任郑立衡出席会议并讲话。",
    "会议强调，中央企业要深入实施“AI+”专项行动，加快建设行业高质量数据集，强化算力统筹，以首台（套）、首批次应用为突破口带动产业链协同创新。",
])
art("people", A5p, "2027-08-14", "reprint", "A5", t, "08:15")
C.thread(id="A5", title="国资委召开中央企业人工智能赋能产业焕新推进会，要求深入实施“AI+”专项行动", importance=2,
         original=A5, publisher="国务院国有资产监督管理委员会",
         key_facts=["中央企业人工智能赋能产业焕新推进会", "郑立衡", "“AI+”专项行动", "行业高质量数据集", "首台（套）"],
         entities=["国务院国有资产监督管理委员会"])

# ---------------------------------------------------------------------------------------------
# A6 教育部 人工智能赋能职业教育（任务清单，无数字）+ 光明网评论（日期只在URL）+ 图解（大导航）
# ---------------------------------------------------------------------------------------------
A6 = "/www.moe.gov.cn/jyb_xwfb/gzdt_gzdt/s5987/202708/t20270812_1123456.html"
A6g = "/www.moe.gov.cn/jyb_xwfb/gzdt_gzdt/s5987/202708/t20270812_1123460.html"
A6c = "/www.gmw.cn/guancha/2027-08/13/content_37123456.htm"
t = "教育部印发指导意见　加快推进人工智能赋能职业教育"
moe_page(A6, t, "2027-08-12", [
    "近日，教育部印发《关于加快推进人工智能赋能职业教育的指导意见》（以下简称《意见》），部署推动人工智能与职业教育深度融合。",
    "《意见》明确了重点任务：一是开设人工智能通识课程，将人工智能素养纳入各专业人才培养方案；二是推进专业升级，围绕智能制造、智慧交通、智慧医疗等方向改造传统专业；三是深化产教融合，支持职业院校与龙头企业共建人工智能实训基地；四是建强“双师型”教师队伍，开展教师人工智能应用能力全员培训；五是建设职业教育行业大模型和数字教材；六是完善评价机制，把人工智能应用成效纳入办学质量评价。",
    "《意见》要求，各地教育行政部门要把人工智能赋能职业教育纳入重要议事日程，加强统筹协调和经费保障。",
], rel=[(A6g, "图解：人工智能赋能职业教育重点任务")])
art("moe", A6, "2027-08-12", "original", "A6", t)
t = "图解：人工智能赋能职业教育重点任务"
moe_page(A6g, t, "2027-08-12", ["（图解）《关于加快推进人工智能赋能职业教育的指导意见》重点任务一览。"], huge=True)
art("moe", A6g, "2027-08-12", "commentary", "A6", t)
t = "光明网评论员：让人工智能真正走进职业教育课堂"
gmw_page(A6c, t, "光明网评论员", [
    "教育部日前印发《关于加快推进人工智能赋能职业教育的指导意见》，把人工智能通识课程、产教融合、“双师型”教师建设放在突出位置，释放出职业教育主动拥抱技术变革的鲜明信号。",
    "职业教育离产业最近。人工智能正在重塑生产线上的岗位技能，如果课堂教的还是多年前的工艺，培养出来的学生就难以适应新质生产力发展的需要。",
    "推动人工智能走进课堂，关键不在于堆砌设备，而在于让企业真实场景进入教学，让教师先学会、用好新工具。只有把产业需求转化为教学内容，改革才能真正落地见效。",
])
art("gmw", A6c, "2027-08-13", "commentary", "A6", t)
C.thread(id="A6", title="教育部印发《关于加快推进人工智能赋能职业教育的指导意见》，部署通识课程、产教融合等重点任务", importance=2,
         original=A6, publisher="教育部",
         key_facts=["《关于加快推进人工智能赋能职业教育的指导意见》", "人工智能通识课程", "产教融合", "“双师型”教师",
                    "职业教育行业大模型"],
         entities=["教育部"])

# ---------------------------------------------------------------------------------------------
# A7 中电联 会议通知（importance 3, 同站、不得并入 A2）
# ---------------------------------------------------------------------------------------------
A7 = "/www.cec.org.cn/tjsj/2027/0813/t5098.shtml"
A7d = "/www.example-datanews.cn/news/2027/08/14/980911.html"
t = "关于举办2027年电力行业数字化转型大会的通知"
cec_page(A7, t, "2027/8/13", "科技开发服务中心", [
    "各有关单位：为交流电力行业数字化转型经验，中国电力企业联合会定于2027年9月16日至17日在江苏南京举办2027年电力行业数字化转型大会。",
    "大会设主论坛和“电力+算力”“电力大模型”等6个分论坛，请各单位于2027年9月5日前完成报名。",
])
art("cec", A7, "2027-08-13", "original", "A7", t)
t = "2027年电力行业数字化转型大会9月在南京举办"
datanews_page(A7d, t, "2027-08-14 10:20", ["中电联消息，2027年电力行业数字化转型大会将于9月16日至17日在南京举办，设6个分论坛。"])
art("datanews", A7d, "2027-08-14", "reprint", "A7", t, "10:20")
C.thread(id="A7", title="中电联将于9月16日至17日举办2027年电力行业数字化转型大会", importance=3, original=A7,
         publisher="中国电力企业联合会", key_facts=["2027年9月16日至17日", "6个分论坛"],
         deadlines=[{"date": "2027-09-05", "what": "大会报名截止"}], entities=["中国电力企业联合会"])

# ---------------------------------------------------------------------------------------------
# distractors
# ---------------------------------------------------------------------------------------------
def D(src, path, date, title, ps, time="09:00", kind="distractor", listed=True):
    w = {"stats": lambda: stats_page(path, title, f"{date} {time}", ps),
         "cec": lambda: cec_page(path, title, date.replace("-0", "/").replace("-", "/"), "综合部", ps),
         "samr": lambda: samr_page(path, title, "", "", None, "", date, ps),
         "caict": lambda: caict_page(path, title, date, ps),
         "sasac": lambda: sasac_page(path, title, date, "国资委新闻中心", ps),
         "moe": lambda: moe_page(path, title, date, ps),
         "people": lambda: people_page(path, title, f"{date} {time}", "人民网", ps),
         "ce": lambda: ce_page(path, title, f"{date[:4]}年{date[5:7]}月{date[8:]}日 {time}", "中国经济网", ps),
         "gmw": lambda: gmw_page(path, title, "李然", ps, when=f"{date} {time}"),
         "datanews": lambda: datanews_page(path, title, f"{date} {time}", ps)}[src]
    w()
    art(src, path, date, kind, None, title, time, listed)


D("stats", "/www.stats.gov.cn/sj/zxfb/202708/t20270815_1951230.html", "2027-08-15", "2027年7月份居民消费价格同比上涨0.6%",
  ["7月份，全国居民消费价格同比上涨0.6%。其中，城市上涨0.7%，农村上涨0.4%；食品价格下降1.2%。", "1—7月平均，全国居民消费价格比上年同期上涨0.3%。"], "09:30")
D("stats", "/www.stats.gov.cn/sj/zxfb/202708/t20270815_1951237.html", "2027-08-15", "2027年7月份70个大中城市商品住宅销售价格变动情况",
  ["7月份，一线城市新建商品住宅销售价格环比下降0.2%，二线城市环比下降0.3%。"], "09:30")
D("stats", "/www.stats.gov.cn/sj/zxfb/202708/t20270817_1951301.html", "2027-08-17", "国家统计局2027年度公开遴选公务员拟遴选人员公示",
  ["根据公务员遴选有关规定，现将拟遴选人员名单予以公示。公示时间：2027年8月17日至8月23日。"], "16:00")
D("stats", "/www.stats.gov.cn/sj/zxfb/202708/t20270812_1951102.html", "2027-08-12", "2027年7月份工业生产者出厂价格同比下降1.1%",
  ["7月份，全国工业生产者出厂价格同比下降1.1%，环比下降0.1%；工业生产者购进价格同比下降1.4%。"], "09:30")
D("cec", "/www.cec.org.cn/tjsj/2027/0812/t5077.shtml", "2027-08-12", "关于公布2027年度电力行业职业技能竞赛获奖名单的通知",
  ["经竞赛组委会审定，现将2027年度电力行业职业技能竞赛获奖名单予以公布。"])
D("cec", "/www.cec.org.cn/tjsj/2027/0815/t5110.shtml", "2027-08-15", "关于征求《电力调度数据网安全防护技术规范》团体标准意见的函",
  ["现将标准征求意见稿印发给你们，请于9月15日前反馈意见。"])
D("samr", "/www.samr.gov.cn/zw/zfxxgk/fdzdgknr/spcjs/art/2027/art_7e9d1c3b5a7f4e6d82c0b1a2f3e4d5c6.html", "2027-08-13",
  "市场监管总局关于7批次食品不合格情况的通告", ["近期，市场监管总局组织食品安全监督抽检，抽取粮食加工品、饮料等食品样品，检出7批次样品不合格。"])
D("samr", "/www.samr.gov.cn/zw/zfxxgk/fdzdgknr/zljds/art/2027/art_2f4e6d8c0b1a4c3e95d7f9e1a2b3c4d5.html", "2027-08-16",
  "某汽车公司召回部分进口汽车", ["近日，某汽车公司根据《缺陷汽车产品召回管理条例》要求，向市场监管总局备案了召回计划，自2027年9月1日起召回部分进口汽车共计3126辆。"])
D("caict", "/www.caict.ac.cn/kxyj/qwfb/bps/202708/t20270816_512402.htm", "2027-08-16", "中国信息通信研究院2027年秋季校园招聘公告",
  ["中国信息通信研究院面向2028届高校毕业生开展秋季校园招聘，欢迎报名。"])
D("caict", "/www.caict.ac.cn/kxyj/qwfb/bps/202708/t20270811_512201.htm", "2027-08-11", "会议预告｜2027可信AI大会",
  ["会议时间和地点另行通知，敬请关注。"])
D("sasac", "/www.sasac.gov.cn/n2588020/n2588072/c31239901/content.html", "2027-08-12", "国务院国资委党委召开理论学习中心组学习会",
  ["8月12日，国务院国资委党委召开理论学习中心组学习会，深入学习有关重要论述。"])
D("sasac", "/www.sasac.gov.cn/n2588020/n2588072/c31250012/content.html", "2027-08-16", "中央企业负责人任职公告",
  ["经研究决定，任命有关同志为中央企业负责人。"])
D("moe", "/www.moe.gov.cn/jyb_xwfb/gzdt_gzdt/s5987/202708/t20270815_1123580.html", "2027-08-15", "教育部部署做好2027年秋季学期开学工作",
  ["教育部近日印发通知，要求各地做好秋季学期开学各项准备工作，加强校园安全管理。"])
D("moe", "/www.moe.gov.cn/jyb_xwfb/gzdt_gzdt/s5987/202708/t20270816_1123611.html", "2027-08-16", "2027年普通高校招生录取工作基本结束",
  ["2027年普通高校招生录取工作基本结束，各地录取工作总体平稳有序。"])
D("people", "/www.people.com.cn/n1/2027/0815/c1004-40512101.html", "2027-08-15", "算力板块午后拉升　多只个股涨停",
  ["15日午后，A股算力板块拉升，液冷服务器、光模块概念股领涨，多只个股涨停。沪指收涨0.62%。"], "15:10")
D("people", "/www.people.com.cn/n1/2027/0816/c1004-40512601.html", "2027-08-16", "中央气象台发布暴雨蓝色预警",
  ["中央气象台8月16日继续发布暴雨蓝色预警，华北、东北地区部分地区有大到暴雨。"], "06:10")
D("people", "/www.people.com.cn/n1/2027/0817/c1004-40513033.html", "2027-08-17", "全国游泳锦标赛收官　多项纪录被刷新",
  ["2027年全国游泳锦标赛17日收官，多项全国纪录被刷新。"], "21:30")
D("ce", "/www.ce.cn/cysc/gd/202708/16/t20270816_38915501.shtml", "2027-08-16", "暑期消费持续升温　文旅市场人气旺",
  ["暑期以来，各地文旅市场持续升温，景区客流、酒店预订量同比增长明显。"], "10:15")
D("ce", "/www.ce.cn/cysc/gd/202708/17/t20270817_38917720.shtml", "2027-08-17", "多地出台楼市优化措施",
  ["近期，多个城市出台住房公积金贷款额度上调等楼市优化措施。"], "14:40")
D("gmw", "/www.gmw.cn/guancha/2027-08/15/content_37126611.htm", "2027-08-15", "暑期档电影：好故事才是硬道理",
  ["今年暑期档票房表现亮眼，多部现实题材影片口碑与票房双丰收。好故事依然是电影最大的吸引力。"])
D("gmw", "/www.gmw.cn/guancha/2027-08/16/content_37127802.htm", "2027-08-16", "让“一老一小”暑期有去处",
  ["暑期托管服务持续扩面，社区食堂、老年活动中心暑期开放时间延长，群众获得感不断增强。"])
D("datanews", "/www.example-datanews.cn/news/2027/08/15/981102.html", "2027-08-15", "龙虎榜：机构净买入液冷概念股",
  ["15日龙虎榜数据显示，机构席位净买入液冷服务器概念股合计4.3亿元。"], "17:20")
D("datanews", "/www.example-datanews.cn/news/2027/08/17/981460.html", "2027-08-17", "某电力设备公司中标国家电网特高压项目",
  ["某电力设备公司公告，公司近日中标国家电网特高压交流工程设备采购项目，中标金额约8.6亿元。"], "19:05")

# broken: 404s, empty page, malformed feed item
B404a = "/www.stats.gov.cn/sj/zxfb/202708/t20270816_1951288.html"
C.article(B404a, PUB["stats"], "2027-08-16", "broken")
LIST["stats"].append((B404a, "2027年7月份能源生产情况", "2027-08-16", "10:00"))
B404b = "/www.caict.ac.cn/kxyj/qwfb/bps/202708/t20270817_512455.htm"
C.article(B404b, PUB["caict"], "2027-08-17", "broken")
LIST["caict"].append((B404b, "《数据要素市场发展研究报告（2027年）》解读", "2027-08-17", "10:00"))
BEMPTY = "/www.ce.cn/cysc/tech/202708/17/t20270817_38917001.shtml"
ce_page(BEMPTY, "", "", "", [], empty=True)
C.article(BEMPTY, PUB["ce"], "2027-08-17", "broken")
LIST["ce"].append((BEMPTY, "数据要素市场化配置改革进入快车道", "2027-08-17", "08:00"))
BAD_PEOPLE = "/www.people.com.cn/n1/2027/0817/c1004-40512988.html"
people_page(BAD_PEOPLE, "“村超”第三季揭幕", "2027-08-17 20:00", "人民网", ["“村超”第三季17日晚揭幕，现场观众逾3万人。"])
C.article(BAD_PEOPLE, PUB["people"], "2027-08-17", "distractor")

# ---------------------------------------------------------------------------------------------
# home pages, list pages, feeds
# ---------------------------------------------------------------------------------------------
for s in SRC:
    host = s[4].split("/")[1]
    C.write(f"/{host}/index.html", f"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{MARK}<title>{s[1]}</title></head>"
            f"<body><h1>{s[1]}</h1><a href=\"{s[4]}\">最新发布</a><p>版权所有 {s[1]}</p></body></html>\n")
C.write_bytes("/www.caict.ac.cn/images/logo.png", bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a00000000049454e44ae426082"))


def srt(items):
    return sorted(items, key=lambda x: (x[2], x[3]), reverse=True)


def lp_stats():
    host = "www.stats.gov.cn"
    main = [x for x in LIST["stats"] if "/sjjd/" not in x[0]]
    rows = "".join(f'<li><a href="./{p.split("/zxfb/")[1]}" target="_blank">{e(tt)}</a><span class="list-date">{d}</span></li>' if "/zxfb/" in p else "" for p, tt, d, _ in srt(main))
    jd = "".join(f'<li><a href="../sjjd/{p.split("/sjjd/")[1]}">{e(tt)}</a></li>' for p, tt, d, _ in srt(LIST["stats"]) if "/sjjd/" in p)
    C.write(SRC[0][4], f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">{MARK}<title>最新发布 - 国家统计局</title></head>
<body><div class="nav"><a href="/{host}/index.html">首页</a> <a href="/{host}/sj/zxfb/index.html">数据</a></div>
<div class="list-content"><h3>最新发布</h3><ul>{rows}</ul><div class="page">共 36 页 <a href="javascript:;">下一页</a></div></div>
<div class="side"><h3>数据解读</h3><ul>{jd}</ul></div>
<div class="footer">版权所有：国家统计局 京ICP备050XXXX号</div></body></html>
""")


def lp_cec():
    host = "www.cec.org.cn"
    rows = "".join(f'<tr><td class="dot">·</td><td><a href="/{host}/{p.split("/", 2)[2]}" target="_blank">{e(tt)}</a></td><td class="date">{d}</td></tr>' for p, tt, d, _ in srt(LIST["cec"]))
    C.write(SRC[1][4], f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" />{MARK}<title>统计数据-中国电力企业联合会</title></head>
<body><table width="1000" align="center"><tr><td><a href="/{host}/index.html">中国电力企业联合会</a> | <a href="/{host}/index.html#hyfx">行业发展</a></td></tr></table>
<table width="1000" align="center">{rows}</table><div>共5页 第1页</div>
<div class="foot">Copyright 中国电力企业联合会　京ICP备1003XXXX号</div></body></html>
""", "gbk")


def lp_samr():
    host = "www.samr.gov.cn"
    rows = "".join(f'<li><span class="fr">{d}</span><a href="{p}" title="{e(tt)}">{e(tt[:28] + ("..." if len(tt) > 28 else ""))}</a></li>' for p, tt, d, _ in srt(LIST["samr"]))
    C.write(SRC[2][4], f"""<!doctype html><html><head><meta charset="UTF-8">{MARK}<title>政务_国家市场监督管理总局</title></head>
<body><nav><a href="/{host}/index.html">首页</a> <a href="/{host}/zw/index.html">政务</a></nav>
<div class="w1200"><div class="position">首页 &gt; 政务</div><ul class="list">{rows}</ul></div>
<footer>版权所有　京ICP备1802XXXX号</footer></body></html>
""")


def lp_caict():
    host = "www.caict.ac.cn"
    rows = "".join(f'<div class="listitem"><a href="./{p.split("/bps/")[1]}">{e(tt)}</a><span>{d}</span></div>' for p, tt, d, _ in srt(LIST["caict"]))
    C.write(SRC[3][4], f"""<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>白皮书 - 中国信通院</title></head>
<body><ul class="menu"><li><a href="/{host}/index.html">首页</a></li><li><a href="/{host}/index.html#cyfz">产业发展</a></li></ul>
<div class="list">{rows}</div><div class="footer">版权所有：中国信息通信研究院</div></body></html>
""")


def lp_sasac():
    host = "www.sasac.gov.cn"
    rows = "".join(f'<li><a href="../../n2588020/n2588072/{p.split("/n2588072/")[1]}" target="_blank">{e(tt)}</a><span>[{d}]</span></li>' for p, tt, d, _ in srt(LIST["sasac"]))
    C.write(SRC[4][4], f"""<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>国资要闻</title></head>
<body><div id="menu"><a href="/{host}/index.html">首页</a> <a href="/{host}/index.html#zcfg">政策法规</a></div>
<div class="zsy_conlist"><ul>{rows}</ul></div><div id="foot">国务院国有资产监督管理委员会 版权所有</div></body></html>
""")


def lp_moe():
    host = "www.moe.gov.cn"
    rows = "".join(f'<li><a href="{p}" target="_blank">{e(tt)}</a><span>{d}</span></li>' for p, tt, d, _ in srt(LIST["moe"]))
    C.write(SRC[5][4], f"""<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>工作动态 - 中华人民共和国教育部政府门户网站</title></head>
<body><div id="curpage"><a href="/{host}/index.html">首页</a> &gt; 工作动态</div><ul id="list">{rows}</ul>
<div class="scy_page">共 120 页</div><div class="moe-footer">京ICP备0501XXXX号</div></body></html>
""")


def lp_gmw():
    host = "www.gmw.cn"
    rows = "".join(f'<li><a href="{p.split("/guancha/")[1]}" target="_blank">{e(tt)}</a><span class="channel-newsTime">{"" if p == A6c else d}</span></li>' for p, tt, d, _ in srt(LIST["gmw"]))
    C.write(SRC[8][4], f"""<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>时评_光明网</title></head>
<body><div class="g_nav"><a href="/{host}/index.html">光明网</a></div><ul class="channel-newsGroup">{rows}</ul>
<div class="g_foot">光明网版权所有</div></body></html>
""")


def lp_datanews():
    host = "www.example-datanews.cn"
    rows = "".join(f'<li><em>{d[5:]} {tm}</em><a href="/{host}/{p.split("/", 2)[2]}">{e(tt)}</a></li>' for p, tt, d, tm in srt(LIST["datanews"]))
    C.write(SRC[9][4], f"""<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>快讯 | 数观财经网</title></head>
<body><div class="dn-head"><a href="/{host}/index.html">数观财经网</a></div><ul class="dn-list">{rows}</ul>
<div class="dn-foot">数观财经网（虚构网站）</div></body></html>
""")


for f in (lp_stats, lp_cec, lp_samr, lp_caict, lp_sasac, lp_moe, lp_gmw, lp_datanews):
    f()

# people RSS: pubDate in +0800 RFC 822; one malformed item (unescaped & and a stray tag)
from datetime import datetime  # noqa: E402
from blindkit import BJ  # noqa: E402


def pd(d, tm):
    dt = datetime.fromisoformat(f"{d}T{tm}:00").replace(tzinfo=BJ)
    return dt.strftime("%a, %d %b %Y %H:%M:%S +0800")


items = [{"title": tt, "link": p, "date": pd(d, tm), "desc": tt} for p, tt, d, tm in srt(LIST["people"])]
items.insert(1, {"title": "", "link": "", "date": "", "desc": ""})
raw = {1: (f"<item><title>“村超”第三季揭幕 <现场观众逾3万人></title><link>{BAD_PEOPLE}?from=rss&src=finance</link>"
           f"<pubDate>{pd('2027-08-17', '20:00')}</pubDate><description>村超 & 足球</description></item>")}
C.write(SRC[6][4], rss("人民网-财经频道", "/www.people.com.cn/index.html", items, raw))

# ce Atom: ISO 8601 with +08:00
entries = [{"title": tt, "link": p, "published": f"{d}T{tm}:00+08:00", "updated": f"{d}T{tm}:00+08:00", "summary": tt}
           for p, tt, d, tm in srt([(A1ce, "7月份规模以上工业增加值同比增长5.9%　高技术制造业增长9.4%", "2027-08-15", "11:06"),
                                     (A4ce, "我国算力总规模达438EFLOPS　智能算力占比超六成", "2027-08-14", "15:32"),
                                     ("/www.ce.cn/cysc/gd/202708/16/t20270816_38915501.shtml", "暑期消费持续升温　文旅市场人气旺", "2027-08-16", "10:15"),
                                     ("/www.ce.cn/cysc/gd/202708/17/t20270817_38917720.shtml", "多地出台楼市优化措施", "2027-08-17", "14:40"),
                                     (BEMPTY, "数据要素市场化配置改革进入快车道", "2027-08-17", "08:00")])]
C.write(SRC[7][4], atom("中国经济网-产业市场", "tag:www.ce.cn,2027:cysc", SRC[7][4], "2027-08-17T14:40:00+08:00", entries))

README = """## How it was built and what it tests

Generated by `../make_blind-2027-08-18.py` (seed 20270818, standard library only); checked by
`../check_blind-2027-08-18.py`.  A day dominated by **statistics and industry data releases**
(manufacturing output, electricity consumption, computing-power white paper, data-trading-market
figures) mixed with policy news, where two main storylines carry **no figures at all** (A5 an
official's remarks, A6 a list of tasks with a commentary on the policy direction).

Fact types: 文号 `国市监网监规〔2027〕6号`, article numbers `第十五条`, ranges `五万元以上五十万元以下`,
Chinese-numeral amounts `三万亿元`, durations `不少于三年`, issue dates `8月6日印发`, an enumeration of fields
`工业制造、交通物流、金融服务、医疗健康、气象服务`, percentages that differ by one digit between threads and
stale pages, the data-market figures (38家, 1163亿元) only in the Q&A page.

Sites (all templates new): 国家统计局 (list with a 数据解读 side box, relative links), 中国电力企业联合会
(**GBK**, table layout, `发布日期：2027/8/16`), 国家市场监督管理总局 (信息公开 table, 成文日期 2027-08-06 ≠ 发布日期
2027-08-12, list titles truncated with `...`), 中国信息通信研究院 (`<title>` is only 中国信通院), 国资委
(`/c31245678/content.html`), 教育部 (a 图解 page with ~350 nav links and a one-line body), 人民网 (RSS, pubDate +0800,
one malformed item), 中国经济网 (Atom; one entry's page is empty), 光明网 (commentary with **no date except in the URL**),
数观财经网 (fictional; list shows `08-16 18:45` without year).

Faults: two 404s (stats list, caict list), empty page (ce), malformed RSS item (people), huge nav (moe 图解),
stale pages with other figures (2026 industrial data, 2026 electricity, the 2027-03 征求意见稿 with
三万元以上三十万元以下/不少于两年, the 2026 white paper, a 2027-08-10 forecast one day before the window),
related links to stale pages, topic-adjacent distractors (CPI/PPI/房价 releases on the same stats list,
算力 stock moves, 特高压 中标, 团体标准 征求意见), and A7 (a cec meeting notice, importance 3) on the same list as A2.
"""
C.finish(README)
print(f"wrote {C.root}")
