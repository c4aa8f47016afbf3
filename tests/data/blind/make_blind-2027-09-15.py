#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the blind corpus blind-2027-09-15: a provincial / municipal day — several provinces'
implementation measures of one national plan, each province on its own template.
Synthetic test data only; standard library only; seeded.

Usage: python3 make_blind-2027-09-15.py   (rebuilds ./blind-2027-09-15 next to this file)
"""
from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from blindkit import BJ, MARK, Corpus, e, rss  # noqa: E402

R = random.Random(20270915)
C = Corpus(HERE / "blind-2027-09-15", "2027-09-15", 10, "blind corpus: provinces implement one national plan")
PLAN = "《制造业数字化转型行动方案（2027—2029年）》"


def paras(ps, indent=""):
    return "\n".join(f"<p>{indent}{p}</p>" for p in ps)


def related(links, head="相关链接"):
    if not links:
        return ""
    return f"<div class=\"xgwz\"><h4>{head}</h4><ul>" + "".join(
        f'<li><a href="{h}">{e(t)}</a></li>' for h, t in links) + "</ul></div>"


# ---------------------------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------------------------
def gd_page(path, title, ps, pub, made=None, docno=None, idx=None, org="广东省人民政府办公厅", src="广东省人民政府门户网站", rel=()):
    host = "www.gd.gov.cn"
    meta = ""
    if docno is not None:
        meta = (f'<div class="classify"><table><tr><td class="td-title">索引号：</td><td>{idx}</td><td class="td-title">分类：</td><td>工业、交通\\信息产业（含电信）;通知</td></tr>'
                f'<tr><td class="td-title">发布机构：</td><td>{org}</td><td class="td-title">成文日期：</td><td>{made}</td></tr>'
                f'<tr><td class="td-title">名称：</td><td colspan="3">{e(title)}</td></tr>'
                f'<tr><td class="td-title">文号：</td><td>{docno}</td><td class="td-title">发布日期：</td><td>{pub}</td></tr></table></div>')
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
{MARK}
<meta name="ArticleTitle" content="{e(title)}"><meta name="ContentSource" content="{src}">
<title>{e(title)} - 广东省人民政府门户网站</title></head>
<body><div class="header"><a href="/{host}/index.html">广东省人民政府门户网站</a> <a href="/{host}/index.html#gdyw">要闻动态</a> <a href="/{host}/zwgk/wjk/qbwj/index.html">政务公开</a> <a href="/{host}/index.html#hdjl">互动交流</a></div>
<div class="main"><div class="position">当前位置：<a href="/{host}/index.html">首页</a> &gt; 政务公开 &gt; 文件库</div>{meta}
<div class="zw-title">{e(title)}</div>
<div class="zw-info"><span class="time">发布时间：{pub}</span> <span class="source">来源：{src}</span> <span>分享：</span></div>
<div class="zw">
{paras(ps, "　　")}
</div>{related(rel)}</div>
<div class="footer">主办：广东省人民政府办公厅　承办：广东省政务服务和数据管理局　粤ICP备0500XXXX号　网站标识码：4400000127</div></body></html>
"""
    C.write(path, body)


def js_page(path, title, ps, when, src="江苏省人民政府办公厅", rel=()):
    host = "www.jiangsu.gov.cn"
    body = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{MARK}
<meta name="SiteName" content="江苏省人民政府"><meta name="ColumnName" content="省政府办公厅文件">
<meta name="ArticleTitle" content="{e(title)}"><meta name="PubDate" content="{when}"><meta name="ContentSource" content="{src}">
<title>{e(title)} 江苏省人民政府</title></head>
<body><div class="top"><a href="/{host}/index.html">江苏省人民政府</a>　<a href="javascript:;">江苏政务服务网</a></div>
<div class="dh"><a href="/{host}/index.html">首页</a><a href="/{host}/col/col84736/index.html">政务公开</a><a href="/{host}/index.html#zwfw">政务服务</a><a href="/{host}/index.html#hdjl">互动交流</a></div>
<div class="bt-box"><div class="sp_title">{e(title)}</div>
<div class="sp_time"><font>发布日期：{when}</font><font>来源：{src}</font><font>浏览次数：<script>document.write(Math.floor(Math.random()*9000))</script></font><font>字号：〖<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>〗</font></div>
<div id="zoom" class="bt-content">
{paras(ps, "　　")}
</div>{related(rel)}</div>
<div class="foot">主办单位：江苏省人民政府办公厅　苏ICP备0500XXXX号-1　苏公网安备32000002010XXX号　网站标识码：3200000062</div></body></html>
"""
    C.write(path, body)


def sc_page(path, title, ps, when, src="四川省人民政府网站", rel=()):
    host = "www.sc.gov.cn"
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" />
{MARK}
<title>四川省人民政府网站-{e(title)}</title></head>
<body><div class="head"><a href="/{host}/index.html">四川省人民政府</a></div>
<div class="menu"><a href="/{host}/index.html">首页</a> | <a href="/{host}/10462/10464/10797/index.shtml">政务动态</a> | <a href="/{host}/index.html#zwgk">政务公开</a></div>
<div class="wz">您当前的位置：<a href="/{host}/index.html">首页</a> &gt; <a href="/{host}/10462/10464/10797/index.shtml">四川要闻</a></div>
<div class="contTit"><h2>{e(title)}</h2><div class="contInfo">{when}　来源：{src}　【<a href="javascript:;">字体：大 中 小</a>】</div></div>
<div class="contText" id="cmsArticleContent">
{paras(ps, "　　")}
</div>{related(rel)}
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="foot">主办：四川省人民政府办公厅　蜀ICP备0500XXXX号　网站标识码：5100000062</div></body></html>
"""
    C.write(path, body, "gbk")


def scd_page(path, title, ps, datecn, page="第01版：要闻", author="", sub=""):
    host = "www.scdaily.cn"
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
{MARK}
<title>{e(title)}-四川日报</title></head>
<body><div class="epaper-head"><a href="/{host}/index.html">四川日报</a>　<span>{datecn}　星期六</span>　<a href="/{host}/yw/index.html">要闻</a></div>
<div class="epaper-main"><div class="banci">{page}</div>
{f'<h3 class="yinti">{e(sub)}</h3>' if sub else ''}<h1>{e(title)}</h1>
<div class="author">{author}</div>
<div id="ozoom" class="article">
{paras(ps, "　　")}
</div><div class="paper-date">《四川日报》（{datecn}　{page.split('：')[0]}）</div></div>
<div class="foot">四川日报报业集团版权所有　川ICP备0500XXXX号</div></body></html>
"""
    C.write(path, body)


def hb_page(path, title, ps, made, pub, docno=None, idx="", src="湖北省人民政府办公厅", rel=()):
    host = "www.hubei.gov.cn"
    table = ""
    if docno is not None:
        table = (f'<div class="metadata"><ul><li><b>索 引 号：</b>{idx}</li><li><b>文　　号：</b>{docno}</li>'
                 f'<li><b>发文机关：</b>湖北省人民政府办公厅</li><li><b>主题分类：</b>工业、交通</li>'
                 f'<li><b>生成日期：</b>{made}</li><li><b>发布日期：</b>{pub}</li><li><b>有 效 性：</b>有效</li></ul></div>')
    body = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
{MARK}
<meta name="Maketime" content="{made}"><title>{e(title)}_湖北省人民政府门户网站</title></head>
<body><header class="hb-top"><a href="/{host}/index.html">湖北省人民政府门户网站</a></header>
<nav class="hb-nav"><a href="/{host}/index.html">首页</a><a href="/{host}/zfwj/ezbf/index.shtml">政府文件</a><a href="/{host}/index.html#zcjd">政策解读</a><a href="/{host}/index.html#hd">互动</a></nav>
<div class="hb-main"><div class="crumb">首页 / 政府文件 / 鄂政办发</div>{table}
<h2 class="title">{e(title)}</h2>{'' if docno is not None else f'<p class="info">{pub}　来源：{src}</p>'}
<div class="article-box">
{paras(ps, "　　")}
</div>{related(rel)}</div>
<footer>主办：湖北省人民政府办公厅　鄂ICP备0500XXXX号</footer></body></html>
"""
    C.write(path, body)


def tj_page(path, title, ps, when_cn, docno=None, src="天津市人民政府办公厅", huge=False, rel=()):
    host = "www.tj.gov.cn"
    extra = ""
    if huge:
        extra = "<div class=\"tj-sitemap\">" + "".join(
            f'<a href="/{host}/index.html#c{i}">{R.choice(["政务公开", "政务服务", "互动交流", "走进天津", "专题"])}{i}</a>' for i in range(1, 331)) + "</div>"
    dn = f'<p class="wh">{docno}</p>' if docno else ""
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
{MARK}
<meta name="pubdate" content=""><title>{e(title)}-天津市人民政府</title></head>
<body><div class="tj-head"><a href="/{host}/index.html">天津市人民政府</a></div>{extra}
<div class="tj-path">当前位置：<a href="/{host}/index.html">首页</a> &gt; <a href="/{host}/zwgk/szfwj/index.html">市政府文件</a></div>
<div class="tj-article"><h1>{e(title)}</h1>{dn}
<div class="tj-info"><span>发布时间：{when_cn}</span><span>来源：{src}</span></div>
<div class="tj-con">
{paras(ps, "　　")}
</div>{related(rel)}</div>
<div class="tj-foot">主办单位：天津市人民政府办公厅　津ICP备0500XXXX号</div></body></html>
"""
    C.write(path, body)


def gz_page(path, title, ps, when, empty=False, rel=()):
    host = "gxj.gz.gov.cn"
    if empty:
        title, ps, when = "", [], ""
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
{MARK}
<title>{e(title)}{'-广州市工业和信息化局' if title else '广州市工业和信息化局'}</title></head>
<body><div class="gz-top"><a href="/{host}/index.html">广州市工业和信息化局</a></div>
<div class="gz-nav"><a href="/{host}/index.html">首页</a> <a href="/{host}/tzgg/index.html">通知公告</a> <a href="/{host}/index.html#zcwj">政策文件</a></div>
<div class="gz-detail"><div class="title">{e(title)}</div><div class="date">{('发布日期：' + when) if when else ''}</div>
<div class="content">
{paras(ps)}
</div>{related(rel)}</div>
<div class="gz-foot">广州市工业和信息化局 版权所有　粤ICP备1200XXXX号</div></body></html>
"""
    C.write(path, body)


def cn_page(path, title, ps, when, src, rel=(), editor="张燕玲"):
    host = "www.chinanews.com.cn"
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
{MARK}
<meta name="filetype" content="0"><meta name="publishedtype" content="1"><meta name="pagetype" content="1">
<title>{e(title)}-中新网</title></head>
<body><div class="top_nav"><a href="/{host}/index.html">中新网</a> <a href="/{host}/index.html#cj">财经</a> <a href="/{host}/index.html#df">地方</a></div>
<div class="content_maincontent_more"><h1 class="content_left_title">{e(title)}</h1>
<div class="content_left_time">{when}　来源：{src}　<a href="javascript:;">参与互动</a></div>
<div class="left_zw">
{paras(ps, "　　")}
</div><div class="left_name"><div class="left_name">【编辑:{editor}】</div></div>{related(rel, "相关新闻")}</div>
<div class="bottom">中国新闻社版权所有，未经书面授权，不得复制或建立镜像</div></body></html>
"""
    C.write(path, body)


def zz_page(path, title, ps, when, rel=()):
    host = "www.example-zhizao.cn"
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
{MARK}
<title>{e(title)}-智造前沿网</title></head>
<body><div class="zz-head"><a href="/{host}/index.html">智造前沿网</a> <a href="/{host}/news/index.html">资讯</a> <a href="/{host}/index.html#gd">观点</a></div>
<div class="zz-art"><h1>{e(title)}</h1><div class="zz-meta"><span>{when}</span><span>智造前沿网原创</span></div>
{paras(ps)}
{related(rel)}</div><div class="zz-foot">智造前沿网（虚构网站） 版权所有</div></body></html>
"""
    C.write(path, body)


# ---------------------------------------------------------------------------------------------
SRC = [
    ("gd", "广东省人民政府", "People's Government of Guangdong Province", "listpage", "/www.gd.gov.cn/zwgk/wjk/qbwj/index.html", "local"),
    ("js", "江苏省人民政府", "People's Government of Jiangsu Province", "listpage", "/www.jiangsu.gov.cn/col/col84736/index.html", "local"),
    ("sc", "四川省人民政府", "People's Government of Sichuan Province", "listpage", "/www.sc.gov.cn/10462/10464/10797/index.shtml", "local"),
    ("scdaily", "四川日报", "Sichuan Daily", "listpage", "/www.scdaily.cn/yw/index.html", "media"),
    ("hb", "湖北省人民政府", "People's Government of Hubei Province", "listpage", "/www.hubei.gov.cn/zfwj/ezbf/index.shtml", "local"),
    ("tj", "天津市人民政府", "Tianjin Municipal People's Government", "listpage", "/www.tj.gov.cn/zwgk/szfwj/index.html", "local"),
    ("gz", "广州市工业和信息化局", "Guangzhou Municipal Bureau of Industry and Information Technology", "listpage", "/gxj.gz.gov.cn/tzgg/index.html", "local"),
    ("chinanews", "中国新闻网", "China News Service", "rss", "/www.chinanews.com.cn/rss/finance.xml", "media"),
    ("southcn", "南方网", "Southcn.com", "rss", "/www.southcn.com/rss/gdnews.xml", "media"),
    ("zhizao", "智造前沿网", "Zhizao Frontier (fictional industry media)", "listpage", "/www.example-zhizao.cn/news/index.html", "media"),
]
for i, n, ne, k, u, a in SRC:
    C.source(id=i, name=n, name_en=ne, kind=k, url=u, authority=a)
PUB = {s[0]: s[1] for s in SRC}
LIST: dict[str, list] = {s[0]: [] for s in SRC}


def art(src, path, date, kind, thread=None, title="", time="10:00", box="main"):
    C.article(path, PUB[src], date, kind, thread)
    if box:
        LIST[src].append((path, title, date, time, box))


# ---------------------------------------------------------------------------------------------
# B1 广东（文件 + 解读 + 发布会 + 转载）
# ---------------------------------------------------------------------------------------------
B1 = "/www.gd.gov.cn/zwgk/wjk/qbwj/yfb/content/post_4512345.html"
B1j = "/www.gd.gov.cn/zwgk/zcjd/wjjd/content/post_4512389.html"
B1f = "/www.gd.gov.cn/gdywdt/xwfb/content/post_4512401.html"
B1c = "/www.chinanews.com.cn/cj/2027/09-08/10234567.shtml"
B1s = "/www.gd.gov.cn/zwgk/wjk/qbwj/yfb/content/post_3601122.html"
t = "广东省人民政府办公厅关于印发广东省制造业数字化转型实施方案（2027—2029年）的通知"
gd_page(B1, t, [
    "各地级以上市人民政府，省政府各部门、各直属机构：",
    f"为贯彻落实工业和信息化部等八部门{PLAN}，经省人民政府同意，现将《广东省制造业数字化转型实施方案（2027—2029年）》印发给你们，请认真组织实施。",
    "广东省人民政府办公厅<br>2027年9月3日",
    "广东省制造业数字化转型实施方案（2027—2029年）",
    "一、工作目标。到2029年，推动全省6.5万家规模以上工业企业实施数字化转型，培育100个以上省级“链式”数字化转型典型场景。",
    "二、支持政策。省级财政每年安排制造业数字化转型专项资金15亿元，对“链主”企业带动上下游实施数字化改造的项目，按设备和软件投入给予最高2000万元奖补。",
    "三、重点任务。（一）实施“链式改造”行动；（二）建设行业工业互联网平台；（三）推广“小快轻准”数字化产品；（四）加强数据安全保障。",
    "四、保障措施。各地级以上市要于2027年10月31日前制定本地区配套实施细则并报省工业和信息化厅备案。",
], pub="2027-09-08", made="2027-09-03", docno="粤府办〔2027〕21号", idx="006939748/2027-00412",
    rel=[(B1j, "《广东省制造业数字化转型实施方案（2027—2029年）》政策解读"), (B1s, "广东省制造业数字化转型实施方案（2021—2025年）")])
art("gd", B1, "2027-09-08", "original", "B1", t, "17:00")
t = "《广东省制造业数字化转型实施方案（2027—2029年）》政策解读"
gd_page(B1j, t, [
    "一、出台背景。为贯彻落实国家行动方案，结合我省制造业规模大、中小企业多的特点，省工业和信息化厅牵头起草了《实施方案》。",
    "二、主要目标。到2029年，推动全省6.5万家规模以上工业企业实施数字化转型。",
    "三、有哪些支持政策？省级财政每年安排专项资金15亿元，“链主”企业带动项目最高奖补2000万元；同时推动金融机构推出“数字化转型贷”。",
], pub="2027-09-09", src="广东省工业和信息化厅")
art("gd", B1j, "2027-09-09", "commentary", "B1", t, "09:30", box="jd")
t = "广东省政府新闻办举行制造业数字化转型新闻发布会"
gd_page(B1f, t, [
    "9月10日，广东省政府新闻办举行新闻发布会，省工业和信息化厅有关负责同志介绍《广东省制造业数字化转型实施方案（2027—2029年）》有关情况。",
    "省工业和信息化厅副厅长陈启明介绍，今年将首批遴选200家“链主”企业，带动产业链上下游约1.2万家中小企业同步转型。",
    "记者问：中小企业转型成本高怎么办？陈启明答：我们将推广“小快轻准”产品和服务，今年首批发布300款产品目录，中小企业使用可获得服务券支持。",
], pub="2027-09-10", src="广东省人民政府新闻办公室")
art("gd", B1f, "2027-09-10", "commentary", "B1", t, "16:00", box="fb")
t = "广东出台制造业数字化转型实施方案　推动6.5万家规上企业转型"
cn_page(B1c, t, [
    "中新网广州9月8日电　广东省人民政府办公厅日前印发《广东省制造业数字化转型实施方案（2027—2029年）》，提出到2029年推动全省6.5万家规模以上工业企业实施数字化转型。",
    "方案明确，省级财政每年安排专项资金15亿元，对“链主”企业带动项目给予最高2000万元奖补。",
], "2027年09月08日 20:16", "中国新闻网")
art("chinanews", B1c, "2027-09-08", "reprint", "B1", t, "20:16")
t = "广东省人民政府办公厅关于印发广东省制造业数字化转型实施方案（2021—2025年）的通知"
gd_page(B1s, t, ["到2025年，推动全省2.5万家规模以上工业企业数字化转型，带动60万家中小企业“上云用云”。省级财政安排专项资金10亿元。"],
        pub="2021-07-02", made="2021-06-28", docno="粤府〔2021〕45号", idx="006939748/2021-00187")
art("gd", B1s, "2021-07-02", "stale", None, t)
C.thread(id="B1", title="广东印发制造业数字化转型实施方案（2027—2029年）：推动6.5万家规上企业转型，省财政每年15亿元", importance=1,
         original=B1, publisher="广东省人民政府",
         key_facts=["《广东省制造业数字化转型实施方案（2027—2029年）》", "粤府办〔2027〕21号", "6.5万家", "15亿元", "最高2000万元",
                    "200家", "1.2万家", "2027年10月31日"],
         deadlines=[{"date": "2027-10-31", "what": "各地级以上市制定配套实施细则并报省工业和信息化厅备案"}],
         entities=["广东省人民政府办公厅", "广东省工业和信息化厅"])

# ---------------------------------------------------------------------------------------------
# B2 江苏（Hanweb datastore list）
# ---------------------------------------------------------------------------------------------
B2 = "/www.jiangsu.gov.cn/art/2027/9/9/art_84736_11234567.html"
B2c = "/www.chinanews.com.cn/df/2027/09-10/10235012.shtml"
B2z = "/www.example-zhizao.cn/news/2027/0912/88125.html"
B2s = "/www.jiangsu.gov.cn/art/2027/1/25/art_84736_10988221.html"
t = "省政府办公厅关于印发江苏省推进制造业数字化转型若干措施的通知"
js_page(B2, t, [
    "苏政办发〔2027〕58号",
    "各市、县（市、区）人民政府，省各委办厅局，省各直属单位：",
    "《江苏省推进制造业数字化转型若干措施》已经省人民政府同意，现印发给你们，请认真贯彻落实。",
    "江苏省推进制造业数字化转型若干措施",
    "1.深化“智改数转网联”。2029年底前，实现规模以上工业企业“智改数转网联”全覆盖，每年新增省级智能工厂1万家（含智能车间）。",
    "2.加大设备更新支持。对企业数字化改造设备投资，按不超过30%的比例给予补助，单个项目最高3000万元。",
    "3.强化人才支撑。每年培训数字化转型专业人才5万人次。",
    "4.本措施自印发之日起施行，有效期至2029年12月31日。",
], "2027-09-09 16:30", rel=[(B2s, "2026年全省“智改数转网联”工作综述")])
art("js", B2, "2027-09-09", "original", "B2", t, "16:30")
t = "江苏出台若干措施推进制造业数字化转型　单个项目最高补助3000万元"
cn_page(B2c, t, [
    "中新网南京9月10日电　江苏省政府办公厅近日印发《江苏省推进制造业数字化转型若干措施》（苏政办发〔2027〕58号）。",
    "措施提出，2029年底前实现规模以上工业企业“智改数转网联”全覆盖；对企业数字化改造设备投资按不超过30%的比例给予补助，单个项目最高3000万元。",
], "2027年09月10日 09:41", "中国新闻网")
art("chinanews", B2c, "2027-09-10", "reprint", "B2", t, "09:41")
t = "观察｜江苏“真金白银”补贴设备投资，数字化服务商迎来订单期"
zz_page(B2z, t, [
    "江苏新出台的若干措施对企业数字化改造设备投资按不超过30%的比例给予补助，单个项目最高3000万元，力度在各省份中居前。",
    "业内人士认为，补贴将直接带动工业软件、工业互联网平台和系统集成服务商的订单增长。",
], "2027.09.12 11:20")
art("zhizao", B2z, "2027-09-12", "commentary", "B2", t, "11:20")
t = "2026年全省“智改数转网联”工作综述"
js_page(B2s, t, ["2026年，全省累计实施“智改数转网联”项目2.8万个，新增省级智能工厂6300家，对设备投资补助比例不超过20%。"], "2027-01-25 10:00")
art("js", B2s, "2027-01-25", "stale", None, t)
C.thread(id="B2", title="江苏印发推进制造业数字化转型若干措施：设备投资补助不超过30%，单个项目最高3000万元", importance=1,
         original=B2, publisher="江苏省人民政府",
         key_facts=["《江苏省推进制造业数字化转型若干措施》", "苏政办发〔2027〕58号", "“智改数转网联”", "30%", "3000万元",
                    "1万家", "5万人次", "2029年12月31日"],
         entities=["江苏省人民政府办公厅"])

# ---------------------------------------------------------------------------------------------
# B3 四川（报纸原发，省政府网与门户转载）
# ---------------------------------------------------------------------------------------------
B3 = "/www.scdaily.cn/2027/09/11/01/c_4412233.html"
B3g = "/www.sc.gov.cn/10462/10464/10797/2027/9/11/8f3c1a2b4d5e4f60a7b8c9d0e1f2a3b4.shtml"
B3c = "/www.chinanews.com.cn/df/2027/09-12/10235987.shtml"
B3s = "/www.sc.gov.cn/10462/10464/10797/2026/8/20/2b4d6f8a0c1e4a3b95d7f9b1c3e5a7d9.shtml"
B3TXT = [
    "本报讯（记者 罗晓雯）9月10日，记者从省经济和信息化厅获悉，省政府办公厅近日印发《四川省制造业数字化转型实施方案（2027—2029年）》（川办发〔2027〕33号）。",
    "《方案》提出，到2029年累计推动2万家规模以上工业企业完成数字化改造，建设10个行业数字化转型促进中心，电子信息、装备制造、食品轻纺等优势产业数字化研发设计工具普及率超过90%。",
    "资金支持方面，我省将设立规模50亿元的制造业数字化转型产业投资基金，采取“先转后补”方式对中小企业给予支持。",
    "省经济和信息化厅相关负责人表示，将聚焦成都、绵阳、德阳、宜宾等重点城市，分行业制定数字化转型路线图。",
]
t = "我省出台制造业数字化转型实施方案"
scd_page(B3, t, B3TXT, "2027年09月11日", author="记者 罗晓雯", sub="到2029年累计推动2万家规上工业企业完成数字化改造")
art("scdaily", B3, "2027-09-11", "original", "B3", t, "06:00")
t = "四川出台制造业数字化转型实施方案　到2029年累计推动2万家规上工业企业完成数字化改造"
sc_page(B3g, t, B3TXT, "2027-09-11 08:35", src="四川日报", rel=[(B3s, "四川省2026年制造业数字化转型工作推进会召开")])
art("sc", B3g, "2027-09-11", "reprint", "B3", t, "08:35")
t = "四川：到2029年累计推动2万家规上工业企业完成数字化改造"
cn_page(B3c, t, B3TXT[:3], "2027年09月12日 10:02", "四川日报", editor="李岩")
art("chinanews", B3c, "2027-09-12", "reprint", "B3", t, "10:02")
t = "四川省2026年制造业数字化转型工作推进会召开"
sc_page(B3s, t, ["会议透露，截至2026年7月，全省已有8600家规上工业企业完成数字化改造，建成行业促进中心6个。"], "2026-08-20 18:00")
art("sc", B3s, "2026-08-20", "stale", None, t)
C.thread(id="B3", title="四川出台制造业数字化转型实施方案：到2029年推动2万家规上工业企业完成数字化改造（四川日报）", importance=1,
         original=B3, publisher="四川日报",
         key_facts=["《四川省制造业数字化转型实施方案（2027—2029年）》", "川办发〔2027〕33号", "2万家规模以上工业企业", "10个行业数字化转型促进中心",
                    "90%", "50亿元", "“先转后补”"],
         entities=["四川省人民政府办公厅", "四川省经济和信息化厅"])

# ---------------------------------------------------------------------------------------------
# B4 湖北（生成日期 与 发布日期）
# ---------------------------------------------------------------------------------------------
B4 = "/www.hubei.gov.cn/zfwj/ezbf/202709/t20270912_5123456.shtml"
B4j = "/www.hubei.gov.cn/zfwj/ezbf/202709/t20270913_5124001.shtml"
B4s = "/www.hubei.gov.cn/zfwj/ezbf/202607/t20260715_4988120.shtml"
t = "省人民政府办公厅关于印发湖北省制造业数字化转型行动计划（2027—2029年）的通知"
hb_page(B4, t, [
    "各市、州、县人民政府，省政府各部门：",
    "《湖北省制造业数字化转型行动计划（2027—2029年）》已经省人民政府同意，现印发给你们，请结合实际认真组织实施。",
    "一、总体目标。到2029年，全省5000家规模以上工业企业完成数字化诊断和改造，建成“光芯屏端网”等8个产业链数字化协同平台。",
    "二、主要举措。省级财政安排8亿元支持数字化转型项目；推动金融机构开发“数字化转型贷”产品。",
    "三、组织实施。省经济和信息化厅会同有关部门建立季度调度机制。",
], "2027-09-08", "2027-09-12", docno="鄂政办发〔2027〕41号", idx="011043135/2027-10291")
art("hb", B4, "2027-09-12", "original", "B4", t, "15:00")
t = "一图读懂《湖北省制造业数字化转型行动计划（2027—2029年）》"
hb_page(B4j, t, ["到2029年：5000家规上工业企业完成数字化诊断和改造；8个产业链数字化协同平台；省级财政安排8亿元。"],
        "2027-09-13", "2027-09-13", src="湖北省经济和信息化厅")
art("hb", B4j, "2027-09-13", "commentary", "B4", t, "10:00")
t = "省人民政府办公厅关于印发湖北省推进工业数字化转型三年行动方案的通知"
hb_page(B4s, t, ["到2026年，全省3000家规模以上工业企业完成数字化改造，省级财政安排5亿元。"], "2026-07-10", "2026-07-15",
        docno="鄂政办发〔2026〕29号", idx="011043135/2026-08812")
art("hb", B4s, "2026-07-15", "stale", None, t)
C.thread(id="B4", title="湖北印发制造业数字化转型行动计划（2027—2029年）：5000家规上企业完成数字化诊断和改造", importance=2,
         original=B4, publisher="湖北省人民政府",
         key_facts=["《湖北省制造业数字化转型行动计划（2027—2029年）》", "鄂政办发〔2027〕41号", "5000家", "8个产业链数字化协同平台",
                    "8亿元"],
         entities=["湖北省人民政府办公厅", "湖北省经济和信息化厅"])

# ---------------------------------------------------------------------------------------------
# B5 天津（文章 URL 以 /index.html 结尾；图解大导航）
# ---------------------------------------------------------------------------------------------
B5 = "/www.tj.gov.cn/zwgk/szfwj/tjsrmzfbgt/202709/t20270910_6512345/index.html"
B5g = "/www.tj.gov.cn/zwgk/zcjd/202709/t20270911_6513001/index.html"
t = "天津市人民政府办公厅关于印发天津市制造业数字化转型实施方案的通知"
tj_page(B5, t, [
    "各区人民政府，市政府各委、局，各直属单位：",
    "经市人民政府同意，现将《天津市制造业数字化转型实施方案》印发给你们，请照此执行。",
    "一、目标。到2029年，建设数字化车间和智能工厂100个，培育“信创+制造”标杆企业12个，重点产业链数字化转型覆盖率达到85%。",
    "二、任务。实施信创产业赋能工程，推动国产工业软件在装备制造、汽车、生物医药等领域规模化应用。",
    "三、保障。市级财政统筹专项资金，对标杆项目给予最高800万元支持。",
], "2027年09月10日", docno="津政办发〔2027〕19号")
art("tj", B5, "2027-09-10", "original", "B5", t, "16:00")
t = "图解：天津市制造业数字化转型实施方案"
tj_page(B5g, t, ["（图解）到2029年建设数字化车间和智能工厂100个。"], "2027年09月11日", src="天津市工业和信息化局", huge=True)
art("tj", B5g, "2027-09-11", "commentary", "B5", t, "09:00", box="jd")
C.thread(id="B5", title="天津印发制造业数字化转型实施方案：到2029年建设数字化车间和智能工厂100个", importance=2,
         original=B5, publisher="天津市人民政府",
         key_facts=["《天津市制造业数字化转型实施方案》", "津政办发〔2027〕19号", "100个", "12个", "85%", "最高800万元"],
         entities=["天津市人民政府办公厅"])

# ---------------------------------------------------------------------------------------------
# B6 广州 链式改造 项目申报（市级落实）
# ---------------------------------------------------------------------------------------------
B6 = "/gxj.gz.gov.cn/tzgg/content/post_9876543.html"
B6z = "/www.example-zhizao.cn/news/2027/0914/88240.html"
t = "广州市工业和信息化局关于组织申报2027年度制造业数字化转型“链式改造”项目的通知"
gz_page(B6, t, [
    "各区工业和信息化主管部门，各有关单位：",
    "为落实《广东省制造业数字化转型实施方案（2027—2029年）》，现组织申报2027年度制造业数字化转型“链式改造”项目。",
    "一、支持方式。对“链主”企业牵头、带动不少于20家上下游中小企业实施的改造项目，按项目投入的40%给予补助，单个项目最高1000万元。",
    "二、申报时间。申报单位请于2027年10月20日17:00前通过广州市工业和信息化局政务服务系统提交材料，逾期不予受理。",
    "联系人：产业数字化处　020-8XXXXXXX",
], "2027-09-13")
art("gz", B6, "2027-09-13", "original", "B6", t, "11:00")
t = "广州“链式改造”项目开始申报　最高补助1000万元"
zz_page(B6z, t, ["广州市工业和信息化局近日启动2027年度制造业数字化转型“链式改造”项目申报，按项目投入的40%给予补助，单个项目最高1000万元，10月20日截止。"],
        "2027.09.14 08:50")
art("zhizao", B6z, "2027-09-14", "reprint", "B6", t, "08:50")
C.thread(id="B6", title="广州启动2027年度制造业数字化转型“链式改造”项目申报，最高补助1000万元，10月20日截止", importance=2,
         original=B6, publisher="广州市工业和信息化局",
         key_facts=["“链式改造”", "不少于20家", "40%", "1000万元", "2027年10月20日"],
         deadlines=[{"date": "2027-10-20", "what": "“链式改造”项目申报截止（17:00）"}],
         entities=["广州市工业和信息化局"])

# national plan (stale: issued 2027-07-22, before the window) and a window trap
NAT = "/www.chinanews.com.cn/cj/2027/07-22/10201133.shtml"
cn_page(NAT, "工信部等八部门印发制造业数字化转型行动方案", [
    f"中新网北京7月22日电　工业和信息化部等八部门近日联合印发{PLAN}，提出到2029年规模以上工业企业数字化转型基本全覆盖，关键工序数控化率达到75%。",
], "2027年07月22日 15:20", "中国新闻网")
art("chinanews", NAT, "2027-07-22", "stale", None, "工信部等八部门印发制造业数字化转型行动方案", "15:20")
ZTRAP = "/www.example-zhizao.cn/news/2027/0904/87702.html"
zz_page(ZTRAP, "多省份将密集出台制造业数字化转型配套措施", ["据不完全统计，已有十余个省份启动配套措施起草工作，预计9月起密集出台。"], "2027.09.04 19:30")
art("zhizao", ZTRAP, "2027-09-04", "stale", None, "多省份将密集出台制造业数字化转型配套措施", "19:30")


# ---------------------------------------------------------------------------------------------
# distractors (incl. borderline statistics pages)
# ---------------------------------------------------------------------------------------------
def D(src, path, date, title, ps, time="10:00", box="main"):
    w = {"gd": lambda: gd_page(path, title, ps, pub=date),
         "js": lambda: js_page(path, title, ps, f"{date} {time}"),
         "sc": lambda: sc_page(path, title, ps, f"{date} {time}"),
         "scdaily": lambda: scd_page(path, title, ps, f"{date[:4]}年{date[5:7]}月{date[8:]}日", page="第03版：经济"),
         "hb": lambda: hb_page(path, title, ps, date, date),
         "tj": lambda: tj_page(path, title, ps, f"{date[:4]}年{date[5:7]}月{date[8:]}日"),
         "gz": lambda: gz_page(path, title, ps, date),
         "chinanews": lambda: cn_page(path, title, ps, f"{date[:4]}年{date[5:7]}月{date[8:]}日 {time}", "中国新闻网"),
         "zhizao": lambda: zz_page(path, title, ps, date.replace("-", ".") + " " + time)}[src]
    w()
    art(src, path, date, "distractor", None, title, time, box)


D("gd", "/www.gd.gov.cn/zwgk/sjfb/sjkx/content/post_4513010.html", "2027-09-13", "2027年1—8月广东规模以上工业增加值增长4.8%",
  ["1—8月，全省规模以上工业增加值同比增长4.8%，其中先进制造业增加值增长6.1%，高技术制造业增加值增长5.9%。", "数据来源：广东省统计局"])
D("gd", "/www.gd.gov.cn/zwgk/rsxx/content/post_4511876.html", "2027-09-06", "广东省人民政府关于黄志坚等同志职务任免的通知", ["任命黄志坚为广东省科学技术厅副厅长。"])
D("gd", "/www.gd.gov.cn/gdywdt/zwzt/content/post_4512777.html", "2027-09-12", "第十五届全运会倒计时两周年活动在广州举行", ["活动现场发布了赛事志愿者招募计划。"])
D("js", "/www.jiangsu.gov.cn/art/2027/9/11/art_84736_11235102.html", "2027-09-11", "省政府召开常务会议", ["会议研究了近期重点工作。"], "18:00")
D("js", "/www.jiangsu.gov.cn/art/2027/9/13/art_84736_11235560.html", "2027-09-13", "江苏省气象台发布高温黄色预警", ["预计未来三天全省大部分地区最高气温在35℃以上。"], "07:20")
D("js", "/www.jiangsu.gov.cn/art/2027/9/7/art_84736_11233308.html", "2027-09-07", "2027年8月份全省居民消费价格变动情况", ["8月份，全省居民消费价格同比上涨0.5%，其中食品价格下降0.9%。", "数据来源：国家统计局江苏调查总队"], "09:30")
D("sc", "/www.sc.gov.cn/10462/10464/10797/2027/9/13/4c6e8a0b2d4f4b6d87e9a1c3e5b7d9f1.shtml", "2027-09-13", "1—8月全省经济运行情况发布",
  ["1—8月，全省规模以上工业增加值同比增长5.6%，社会消费品零售总额增长4.1%。"], "16:10")
D("sc", "/www.sc.gov.cn/10462/10464/10797/2027/9/9/6e8a0c2e4a6b4d8f99b1c3d5f7a9c1e3.shtml", "2027-09-09", "九寨沟景区秋季旅游高峰到来", ["国庆前夕，九寨沟景区日均接待游客超过2万人次。"], "12:00")
D("scdaily", "/www.scdaily.cn/2027/09/11/03/c_4412260.html", "2027-09-11", "中秋月饼市场迎来销售旺季", ["临近中秋，成都各大商超月饼销售进入旺季。"])
D("scdaily", "/www.scdaily.cn/2027/09/13/03/c_4412511.html", "2027-09-13", "成都大运公园举办全民健身周", ["全民健身周吸引市民近5万人次参与。"])
D("hb", "/www.hubei.gov.cn/zfwj/ezbf/202709/t20270910_5122980.shtml", "2027-09-10", "2027年8月份湖北省居民消费价格同比上涨0.4%", ["8月份，全省居民消费价格同比上涨0.4%。"])
D("hb", "/www.hubei.gov.cn/zfwj/ezbf/202709/t20270906_5121733.shtml", "2027-09-06", "湖北省秋季学期开学工作部署会召开", ["会议要求做好校园安全和食品安全工作。"])
D("tj", "/www.tj.gov.cn/zwgk/szfwj/tjsrmzfbgt/202709/t20270908_6511820/index.html", "2027-09-08", "天津市人民政府办公厅关于调整天津市防汛抗旱指挥部组成人员的通知", ["因人员变动，调整市防汛抗旱指挥部组成人员。"])
D("tj", "/www.tj.gov.cn/zwgk/szfwj/tjsrmzfbgt/202709/t20270914_6513350/index.html", "2027-09-14", "天津市2027年国庆节期间烟花爆竹燃放管理通告", ["国庆节期间，外环线以内禁止燃放烟花爆竹。"])
D("gz", "/gxj.gz.gov.cn/tzgg/content/post_9876012.html", "2027-09-09", "广州市工业和信息化局工业互联网标识解析服务采购项目中标结果公告", ["中标供应商：某科技有限公司，中标金额：286万元。"])
D("gz", "/gxj.gz.gov.cn/tzgg/content/post_9876688.html", "2027-09-14", "关于召开2027年全市工业和信息化工作推进会的通知", ["会议时间另行通知。"])
D("chinanews", "/www.chinanews.com.cn/ty/2027/09-13/10236140.shtml", "2027-09-13", "中超第二十五轮：多场比赛悬念迭起", ["中超联赛第二十五轮13日进行。"], "22:10")
D("chinanews", "/www.chinanews.com.cn/cj/2027/09-14/10236602.shtml", "2027-09-14", "沪指震荡收涨　工业软件板块走强", ["14日A股三大指数震荡收涨，工业软件、工业互联网板块走强。"], "15:30")
D("zhizao", "/www.example-zhizao.cn/news/2027/0913/88190.html", "2027-09-13", "某工业软件公司发布三季度业绩预告", ["公司预计前三季度营业收入同比增长18%至25%。"], "20:05")
D("zhizao", "/www.example-zhizao.cn/news/2027/0910/88011.html", "2027-09-10", "2027世界智能制造博览会将于10月举办", ["博览会时间和地点另行公布。"], "14:00")

# faults: 404s, empty page, malformed item, broken feed
F404a = "/www.sc.gov.cn/10462/10464/10797/2027/9/14/9a1c3e5b7d9f4a2c86e0b2d4f6a8c0e2.shtml"
C.article(F404a, PUB["sc"], "2027-09-14", "broken")
LIST["sc"].append((F404a, "我省召开制造业数字化转型现场推进会", "2027-09-14", "18:20", "main"))
F404b = "/www.gd.gov.cn/zwgk/wjk/qbwj/yfb/content/post_4513102.html"
C.article(F404b, PUB["gd"], "2027-09-14", "broken")
LIST["gd"].append((F404b, "广东省工业和信息化厅关于开展2027年度省级数字化转型促进中心遴选工作的通知", "2027-09-14", "10:00", "main"))
FEMPTY = "/gxj.gz.gov.cn/tzgg/content/post_9876702.html"
gz_page(FEMPTY, "", [], "", empty=True)
C.article(FEMPTY, PUB["gz"], "2027-09-14", "broken")
LIST["gz"].append((FEMPTY, "广州市制造业数字化转型“链式改造”项目申报指南解读", "2027-09-14", "16:00", "main"))
SOUTH = "/www.southcn.com/node_54a44f01a2/2027-09/09/content_4501122.htm"
C.write(SOUTH, f"""<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>台风“海鸥”将于周末影响粤西沿海 - 南方网</title></head>
<body><div class="nav"><a href="/www.southcn.com/index.html">南方网</a></div><h1>台风“海鸥”将于周末影响粤西沿海</h1>
<div class="pub_time">2027-09-09 07:30</div><div class="source">来源：南方日报</div>
<div class="content"><p>省气象台预计，今年第14号台风“海鸥”将于周末影响粤西沿海，请市民注意防范。</p></div>
<div class="foot">南方网版权所有</div></body></html>
""")
C.article(SOUTH, PUB["southcn"], "2027-09-09", "distractor")

# ---------------------------------------------------------------------------------------------
# home pages, list pages, feeds
# ---------------------------------------------------------------------------------------------
for s in SRC:
    host = s[4].split("/")[1]
    C.write(f"/{host}/index.html", f"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{MARK}<title>{s[1]}</title></head>"
            f"<body><h1>{s[1]}</h1><a href=\"{s[4]}\">最新</a><p>版权所有 {s[1]}</p></body></html>\n")


def srt(items, box=None):
    return sorted([x for x in items if box is None or x[4] == box], key=lambda x: (x[2], x[3]), reverse=True)


def lp_gd():
    main = "".join(f'<li><a href="{p}" target="_blank" title="{e(t)}">{e(t)}</a><span class="date">{d}</span></li>' for p, t, d, _, b in srt(LIST["gd"], "main"))
    jd = "".join(f'<li><a href="{p}">{e(t)}</a><span>{d}</span></li>' for p, t, d, _, b in srt(LIST["gd"], "jd"))
    fb = "".join(f'<li><a href="{p}">{e(t)}</a><span>{d}</span></li>' for p, t, d, _, b in srt(LIST["gd"], "fb"))
    C.write(SRC[0][4], f"""<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>文件库 - 广东省人民政府门户网站</title></head>
<body><div class="header"><a href="/www.gd.gov.cn/index.html">广东省人民政府门户网站</a></div>
<div class="main"><div class="list"><h3>省政府文件</h3><ul>{main}</ul></div>
<div class="side"><h3>政策解读</h3><ul>{jd}</ul><h3>新闻发布会</h3><ul>{fb}</ul></div></div>
<div class="footer">粤ICP备0500XXXX号</div></body></html>
""")


def lp_js():
    recs = "".join(f'<record><![CDATA[\n<li><a href="{p}" target="_blank" title="{e(t)}">{e(t)}</a><b>{d}</b></li>\n]]></record>' for p, t, d, _, b in srt(LIST["js"]))
    C.write(SRC[1][4], f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">{MARK}
<meta name="SiteName" content="江苏省人民政府"><meta name="ColumnName" content="省政府办公厅文件"><title>省政府办公厅文件 江苏省人民政府</title></head>
<body><div class="dh"><a href="/www.jiangsu.gov.cn/index.html">首页</a><a href="/www.jiangsu.gov.cn/index.html#zwgk">政务公开</a></div>
<div class="bt-list"><div id="3489712"><script type="text/xml"><datastore><totalrecord>{len(LIST['js'])}</totalrecord><totalpage>1</totalpage><recordset>{recs}</recordset></datastore></script></div></div>
<script language="javascript" src="/www.jiangsu.gov.cn/module/jslib/jquery/jpage/jquery.page.min.js"></script>
<div class="foot">苏ICP备0500XXXX号-1</div></body></html>
""")
    C.write("/www.jiangsu.gov.cn/module/jslib/jquery/jpage/jquery.page.min.js",
            "/* synthetic stub of a paging script: renders <record> CDATA items of the datastore into the page */\n")


def lp_sc():
    rows = "".join(f'<li><a href="{p.split("/10797/")[1]}" target="_blank">{e(t)}</a><span>{d}</span></li>' for p, t, d, _, b in srt(LIST["sc"]))
    C.write(SRC[2][4], f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" />{MARK}<title>四川要闻-四川省人民政府网站</title></head>
<body><div class="menu"><a href="/www.sc.gov.cn/index.html">首页</a></div><ul class="list">{rows}</ul>
<div class="foot">蜀ICP备0500XXXX号</div></body></html>
""", "gbk")


def lp_scd():
    rows = "".join(f'<li><a href="../{p.split("/", 2)[2]}">{e(t)}</a><span>{d}</span></li>' for p, t, d, _, b in srt(LIST["scdaily"]))
    C.write(SRC[3][4], f"""<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>要闻-四川日报</title></head>
<body><div class="epaper-head"><a href="/www.scdaily.cn/index.html">四川日报</a></div><ul class="news">{rows}</ul>
<div class="foot">川ICP备0500XXXX号</div></body></html>
""")


def lp_hb():
    rows = "".join(f'<li><a href="./{p.split("/ezbf/")[1]}" title="{e(t)}">{e(t)}</a><span>{d}</span></li>' for p, t, d, _, b in srt(LIST["hb"]))
    C.write(SRC[4][4], f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">{MARK}<title>鄂政办发_湖北省人民政府门户网站</title></head>
<body><nav class="hb-nav"><a href="/www.hubei.gov.cn/index.html">首页</a></nav><ul class="list-t">{rows}</ul>
<footer>鄂ICP备0500XXXX号</footer></body></html>
""")


def lp_tj():
    main = "".join(f'<li><a href="{p}" target="_blank">{e(t)}</a><span>{d}</span></li>' for p, t, d, _, b in srt(LIST["tj"], "main"))
    jd = "".join(f'<li><a href="{p}">{e(t)}</a></li>' for p, t, d, _, b in srt(LIST["tj"], "jd"))
    C.write(SRC[5][4], f"""<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>市政府文件-天津市人民政府</title></head>
<body><div class="tj-head"><a href="/www.tj.gov.cn/index.html">天津市人民政府</a></div>
<div class="common-list"><ul>{main}</ul></div><div class="zcjd"><h3>政策解读</h3><ul>{jd}</ul></div>
<div class="tj-foot">津ICP备0500XXXX号</div></body></html>
""")


def lp_gz():
    rows = "".join(f'<li><a href="./content/{p.split("/content/")[1]}">{e(t)}</a><span>{d}</span></li>' for p, t, d, _, b in srt(LIST["gz"]))
    C.write(SRC[6][4], f"""<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>通知公告-广州市工业和信息化局</title></head>
<body><div class="gz-nav"><a href="/gxj.gz.gov.cn/index.html">首页</a></div><ul class="news_list">{rows}</ul>
<div class="gz-foot">粤ICP备1200XXXX号</div></body></html>
""")


def lp_zz():
    rows = "".join(f'<div class="item"><a href="/www.example-zhizao.cn/{p.split("/", 2)[2]}">{e(t)}</a><span>{d.replace("-", ".")}</span></div>' for p, t, d, _, b in srt(LIST["zhizao"]))
    C.write(SRC[9][4], f"""<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>资讯-智造前沿网</title></head>
<body><div class="zz-head"><a href="/www.example-zhizao.cn/index.html">智造前沿网</a></div>{rows}
<div class="zz-foot">智造前沿网（虚构网站）</div></body></html>
""")


for f in (lp_gd, lp_js, lp_sc, lp_scd, lp_hb, lp_tj, lp_gz, lp_zz):
    f()


def pd(d, tm):
    return datetime.fromisoformat(f"{d}T{tm}:00").replace(tzinfo=BJ).strftime("%a, %d %b %Y %H:%M:%S +0800")


items = [{"title": t, "link": p, "date": pd(d, tm), "desc": t} for p, t, d, tm, b in srt(LIST["chinanews"])]
bad_i = 2
raw = {bad_i: (f"<item><title>{items[bad_i]['title']}</title><link>{items[bad_i]['link']}</link>"
               f"<pubDate>{items[bad_i]['date']}</pubDate><description><p>中新网 &nbsp; 财经</description></item>")}
C.write(SRC[7][4], rss("中新网-财经", "/www.chinanews.com.cn/index.html", items, raw))
# southcn: the feed is cut off mid-item (broken as a whole)
sfeed = rss("南方网-广东新闻", "/www.southcn.com/index.html",
            [{"title": "台风“海鸥”将于周末影响粤西沿海", "link": SOUTH, "date": pd("2027-09-09", "07:30"), "desc": "南方日报"}])
C.write(SRC[8][4], sfeed[:sfeed.index("</item>") + 7] + "\n<item><title>广东省秋季森林防火工作会议召开</title><link>/www.southcn.com/node_54a4")

README = """## How it was built and what it tests

Generated by `../make_blind-2027-09-15.py` (seed 20270915, standard library only); checked by
`../check_blind-2027-09-15.py`.  A **provincial / municipal day**: one national plan
(工信部等八部门《制造业数字化转型行动方案（2027—2029年）》, issued 2027-07-22, present only as a stale page)
is implemented by five provinces/municipalities, each on its **own template**, plus a city-level follow-up:

- B1 广东: policy document (信息公开 table, 成文日期 2027-09-03 ≠ 发布日期 2027-09-08) + 政策解读 + 新闻发布会 transcript
  (new figures 200家, 1.2万家 only there) + 中新网 reprint: one storyline told by several kinds of pages.
  南方网's feed is **cut off mid-item** (only a typhoon item is recoverable).
- B2 江苏: Hanweb list page whose links sit only inside `<script type="text/xml"><datastore>…<![CDATA[<li><a …>]]>`
  (as real jiangsu.gov.cn column pages do); date in `<meta name="PubDate">`; 中新网 reprint; 智造前沿网 commentary.
- B3 四川: the **newspaper is the original** (四川日报 e-paper style, 第01版, 引题 + 主题); the provincial government site
  carries it verbatim in **GBK** with 来源：四川日报, and 中新网 carries it (来源：四川日报) — the brief must credit 四川日报.
- B4 湖北: metadata list with both **生成日期 2027-09-08 and 发布日期 2027-09-12**; 一图读懂 page.
- B5 天津: article URLs end in **`…/t20270910_6512345/index.html`**; a 图解 page with ~330 nav links.
- B6 广州市工业和信息化局: city 申报 notice (deadline 2027-10-20), reprinted by a fictional industry site.

Faults: 404s (四川 list, 广东 list), an empty page (广州 list), one malformed RSS item (中新网: unclosed `<p>`, `&nbsp;`),
a whole feed cut off mid-item (南方网), stale pages with other figures (广东 2021—2025 plan, 江苏 2026 综述,
四川 2026 会议, 湖北 2026 plan, the national plan 2027-07-22, an industry-site forecast dated 2027-09-04 one day
before the window), related links to stale pages, off-topic items (任免, 全运会, 高温, 中秋, 中超, 烟花爆竹通告) and
**borderline statistics pages** (广东 1—8月 规上工业增加值, 四川 1—8月 经济运行, 江苏/湖北 CPI) on the same list pages.
"""
C.finish(README)
print(f"wrote {C.root}")
