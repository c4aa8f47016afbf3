# -*- coding: utf-8 -*-
"""Standard-library engine shared by the blind7 corpus generators (synthetic test data only).

Adapted from tests/data/heldout/make_own-2027-07-08.py (templates, PDF/DOCX/XLSX writers),
with more templates (press-conference transcript, people's-daily-like portal, city site,
一图读懂 picture page), a scanned (image-only) PDF, extra feed/list entries (404 links) and
a truncated feed.  Every page written with it is fictional; the templates copy only the
*structure* of the kinds of site they imitate.

A generator calls init(), registers sources, pages and attachments, then build().
"""
from __future__ import annotations

import io
import json
import posixpath
import random
import shutil
import struct
import zipfile
import zlib
from datetime import datetime
from html import escape
from pathlib import Path

MARK = ("<!-- synthetic test page: fictional content imitating this kind of site's layout, "
        "written to test a daily-brief generator -->")
S = dict(name="", out=None, site=None, brief_date="", window=0, seed=0, rng=random.Random(0))
SOURCES: list[dict] = []
HOSTS: dict[str, dict] = {}
PAGES: list[dict] = []
FILES: dict[str, bytes] = {}
ATTACH: list[dict] = []


def init(name, out_dir: Path, brief_date, window, seed):
    S.update(name=name, out=out_dir / name, site=out_dir / name / "site", brief_date=brief_date,
             window=window, seed=seed, rng=random.Random(seed))


def R():
    return S["rng"]


def source(id, host, name, name_en, kind, url, authority, tpl, charset="utf-8", label=None, **kw):
    s = dict(id=id, host=host, name=name, name_en=name_en, kind=kind, url=url, authority=authority,
             tpl=tpl, charset=charset, label=label or name, **kw)
    SOURCES.append(s)
    HOSTS[host] = s
    return s


def page(path, kind, when, title, body, *, thread=None, src="", **kw):
    """Register an article page; ``when`` is 'YYYY-MM-DD HH:MM'."""
    d, t = when.split(" ")
    host = path.split("/")[1]
    p = dict(path=path, host=host, kind=kind, thread=thread, date=d, time=t, title=title,
             body=body, source=src or HOSTS[host]["label"], **kw)
    p.setdefault("relevant", kind in ("original", "reprint", "commentary"))
    p.setdefault("publisher", HOSTS[host]["name"])
    p.setdefault("listed", True)
    PAGES.append(p)
    return p


def uid(n=6):
    return "".join(R().choice("0123456789") for _ in range(n))


def hexid(n=32):
    return "".join(R().choice("0123456789abcdef") for _ in range(n))


def esc(s: str) -> str:
    return escape(s, quote=False)


def dtp(p):
    return datetime.strptime(p["date"] + " " + p["time"], "%Y-%m-%d %H:%M")


def cn(d: str, pad=True) -> str:
    y, m, dd = d.split("-")
    return f"{y}年{m}月{dd}日" if pad else f"{int(y)}年{int(m)}月{int(dd)}日"


def body_html(body, tag="p", indent=True):
    out = []
    for b in body:
        if isinstance(b, str):
            st = ' style="text-indent:2em;"' if indent else ""
            out.append(f"<{tag}{st}>{esc(b)}</{tag}>")
        elif b[0] == "h":
            out.append(f"<p><strong>{esc(b[1])}</strong></p>")
        elif b[0] == "c":
            out.append(f'<p style="text-align:center;">{esc(b[1])}</p>')
        elif b[0] == "r":
            out.append(f'<p style="text-align:right;">{esc(b[1])}</p>')
        elif b[0] == "img":
            out.append(f'<p style="text-align:center;"><img src="{b[1]}" alt="{escape(b[2])}" width="750"></p>')
        elif b[0] == "q":  # question in a Q&A / press-conference transcript
            out.append(f'<p class="wen"><strong>{esc(b[1])}</strong></p>')
        elif b[0] == "sp":  # speaker turn: ("sp", speaker, text)
            out.append(f'<p><span class="speaker"><strong>{esc(b[1])}：</strong></span>{esc(b[2])}</p>')
        elif b[0] == "table":
            rows = b[1]
            h = "".join(f"<th>{esc(c)}</th>" for c in rows[0])
            r = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
            out.append(f'<table class="data" border="1" cellspacing="0"><thead><tr>{h}</tr></thead><tbody>{r}</tbody></table>')
        elif b[0] == "note":
            out.append(f'<p class="note"><span style="font-size:12px;">{esc(b[1])}</span></p>')
        elif b[0] == "raw":
            out.append(b[1])
    return "\n".join(out)


def attach_html(p):
    if not p.get("attach"):
        return ""
    items = "".join(f'<li><a href="{a["href"]}" target="_blank">{esc(a["label"])}</a></li>' for a in p["attach"])
    return f'<div class="fujian"><p>附件：</p><ul>{items}</ul></div>'


def related_html(p, head="相关链接"):
    rel = p.get("related") or []
    if not rel:
        return ""
    return (f'<div class="related"><h3>{esc(head)}</h3><ul>'
            + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in rel) + "</ul></div>")


def share_bar():
    return ('<div class="share-bar">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a> '
            '<a href="javascript:;" class="qq">QQ空间</a>　<a href="javascript:window.print();">【打印本页】</a>'
            '<a href="javascript:window.close();">【关闭窗口】</a></div>')


def nav_links(host, items):
    return "".join(f'<li><a href="/{host}/{h}">{esc(t)}</a></li>' for t, h in items)


NAVS = {
    "central": [("首页", "index.html"), ("要闻", "yaowen/index.html"), ("政策", "zhengce/index.html"),
                ("解读", "zhengce/jiedu/index.html"), ("互动", "hudong/index.html"), ("服务", "fuwu/index.html"),
                ("数据", "shuju/index.html"), ("国情", "guoqing/index.html")],
    "ministry": [("首页", "index.html"), ("机构职能", "jgzn/index.html"), ("新闻动态", "xwdt/index.html"),
                 ("政务公开", "zwgk/index.html"), ("政务服务", "zwfw/index.html"), ("互动交流", "hdjl/index.html"),
                 ("专题专栏", "ztzl/index.html")],
    "prov": [("首页", "index.html"), ("要闻动态", "ywdt/index.html"), ("政府信息公开", "zwgk/index.html"),
             ("政务服务", "zwfw/index.html"), ("政民互动", "zmhd/index.html"), ("走进本省", "zjbs/index.html")],
    "media": [("首页", "index.html"), ("时政", "politics/index.html"), ("财经", "fortune/index.html"),
              ("科技", "tech/index.html"), ("地方", "local/index.html"), ("国际", "world/index.html"),
              ("体育", "sports/index.html"), ("评论", "comments/index.html")],
    "people": [("首页", "index.html"), ("时政", "politics/index.html"), ("观点", "opinion/index.html"),
               ("经济·科技", "finance/index.html"), ("社会·法治", "society/index.html"), ("地方", "local/index.html"),
               ("文旅", "travel/index.html"), ("体育", "sports/index.html"), ("教育", "edu/index.html"),
               ("健康", "health/index.html"), ("图片", "pic/index.html"), ("视频", "v/index.html")],
    "paper": [("版面导航", "index.html"), ("往期回顾", "history/index.html"), ("PDF下载", "pdf/index.html")],
    "portal": [("首页", "index.html"), ("财经", "finance/index.html"), ("科技", "tech/index.html"),
               ("汽车", "auto/index.html"), ("房产", "house/index.html"), ("体育", "sports/index.html"),
               ("娱乐", "ent/index.html"), ("视频", "video/index.html")],
    "npc": [("首页", "index.html"), ("常委会工作", "cwh/index.html"), ("立法工作", "lfgz/index.html"),
            ("监督工作", "jdgz/index.html"), ("代表工作", "dbgz/index.html"), ("法规库", "fgk/index.html")],
    "stats": [("首页", "index.html"), ("数据查询", "sjcx/index.html"), ("数据发布", "sjfb/index.html"),
              ("数据解读", "sjjd/index.html"), ("统计公报", "tjgb/index.html"), ("统计标准", "tjbz/index.html")],
    "scio": [("首页", "index.html"), ("发布会", "xwfb/index.html"), ("白皮书", "bps/index.html"),
             ("图片", "tp/index.html"), ("视频", "sp/index.html"), ("直播", "zb/index.html")],
    "city": [("首页", "index.html"), ("政务公开", "zwgk/index.html"), ("办事服务", "bsfw/index.html"),
             ("互动交流", "hdjl/index.html"), ("数据开放", "sjkf/index.html"), ("走进本市", "zjbs/index.html")],
}


def shell(s, title, inner, head_extra="", nav=(), foot=""):
    cs = "gb2312" if s["charset"] != "utf-8" else "utf-8"
    navh = nav_links(s["host"], nav)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
{head_extra}
<link rel="stylesheet" href="/{s['host']}/css/style.css">
{MARK}
</head>
<body>
<div class="top-bar"><a href="javascript:;">无障碍</a> | <a href="javascript:;">长者模式</a> | <a href="javascript:;">English</a> | <a href="javascript:;">登录</a></div>
<div class="header"><a class="logo" href="/{s['host']}/index.html">{esc(s['name'])}</a><form class="search"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></form></div>
<div class="nav"><ul>{navh}</ul></div>
{inner}
<div class="footer">{foot}
<p><a href="/{s['host']}/index.html#gywm">关于我们</a> | <a href="/{s['host']}/index.html#wzdt">网站地图</a> | <a href="/{s['host']}/index.html#lxwm">联系我们</a> | <a href="/{s['host']}/index.html#sysm">使用说明</a></p>
<p>版权所有：{esc(s['name'])}　主办单位：{esc(s.get('sponsor', s['name']))}</p>
<p>ICP备案号：{s.get('icp_prefix', '京')}ICP备{zlib.crc32(s['host'].encode()) % 90000000 + 10000000}号　网站标识码：bm{zlib.crc32(s['id'].encode()) % 9000 + 1000}000001　{s.get('gongan', '')}</p>
</div>
<script>var _hmt = _hmt || [];</script>
</body>
</html>
"""


def render(p):
    s = HOSTS[p["host"]]
    return globals()["tpl_" + s["tpl"]](p, s)


def crumbs(s, items):
    return ('<div class="crumbs">当前位置：<a href="/%s/index.html">首页</a>' % s["host"]
            + "".join(f' &gt; <a href="/{s["host"]}/{h}">{esc(t)}</a>' for t, h in items) + " &gt; 正文</div>")


DEFAULT_TOPIC = "工业、交通\\其他"


def tpl_central(p, s):
    """Central government portal: 政策文件 info table for State Council documents, a date line otherwise."""
    d = p["date"]
    table = ""
    if p.get("docno"):
        table = f"""<table class="policyLibraryOverview_header" border="1">
<tr><td><b>索 引 号：</b></td><td>000014349/{d[:4]}-{uid(5)}</td><td><b>主题分类：</b></td><td>{esc(p.get('topic', DEFAULT_TOPIC))}</td></tr>
<tr><td><b>发文机关：</b></td><td>{esc(p.get('issuer', '国务院办公厅'))}</td><td><b>成文日期：</b></td><td>{cn(p['signed'])}</td></tr>
<tr><td><b>标　　题：</b></td><td colspan="3">{esc(p['title'])}</td></tr>
<tr><td><b>发文字号：</b></td><td>{esc(p['docno'])}</td><td><b>发布日期：</b></td><td>{cn(d)}</td></tr>
</table>"""
    dateline = "" if table else f'<div class="pages-date">{d} {p["time"]}<span class="font">来源：{esc(p["source"])}</span><span class="font index_switchsize">字号：<span>默认</span><span>大</span><span>超大</span></span>|<span class="font">打印</span></div>'
    inner = f"""{crumbs(s, [(p.get('col1', '政策'), "zhengce/index.html"), (p.get('column', '最新'), "zhengce/zuixin/index.html")])}
<div class="article oneColumn pub_border">
{table}
<h1 id="ti">{esc(p['title'])}</h1>
{dateline}
<div class="pages_content" id="UCAP-CONTENT">
{body_html(p['body'])}
{attach_html(p)}
</div>
<div class="editor">【我要纠错】 责任编辑：{esc(p.get('editor', '王洋'))}</div>
{share_bar()}
</div>
{related_html(p, '相关稿件')}"""
    head = f'<meta name="firstpublishedtime" content="{d}-{p["time"]}:00">\n<meta name="lastmodifiedtime" content="{d}-{p["time"]}:00">'
    return shell(s, p["title"] + "_" + p.get("column", "国务院文件") + "_" + s["name"], inner, head, NAVS["central"])


def tpl_ministry(p, s):
    """A ministry site: 信息索引 box for documents, 发布时间/来源 spans, attachments block."""
    d = p["date"]
    box = ""
    if p.get("docno") is not None and p.get("kind") != "distractor":
        box = f"""<div class="xxgk-box"><table>
<tr><th>索引号：</th><td>{p.get('index_no', uid(9) + '/' + d[:4] + '-' + uid(5))}</td><th>发布机构：</th><td>{esc(p.get('issuer', s['name']))}</td></tr>
<tr><th>发文字号：</th><td>{esc(p['docno'])}</td><th>成文日期：</th><td>{p.get('signed', d)}</td></tr>
</table></div>"""
    inner = f"""{crumbs(s, [("政务公开", "zwgk/index.html"), (p.get('column', '通知公告'), "zwgk/tzgg/index.html")])}
<div class="main-content">
{box}
<div class="article-title"><h1>{esc(p['title'])}</h1></div>
<div class="article-info"><span class="pubtime">发布时间：{d} {p['time']}</span><span class="src">来源：{esc(p['source'])}</span><span class="views">浏览次数：{R().randint(200, 9000)}</span></div>
<div id="UCAP-CONTENT" class="TRS_Editor">
{body_html(p['body'])}
</div>
{attach_html(p)}
{share_bar()}
</div>
{related_html(p)}"""
    head = f'<meta name="PubDate" content="{d} {p["time"]}">\n<meta name="ContentSource" content="{esc(p["source"])}">'
    return shell(s, p["title"], inner, head, NAVS["ministry"])


def tpl_prov(p, s):
    """Provincial portal: info table with 生成日期 and 发布日期."""
    d = p["date"]
    gen = p.get("gen_date", d)
    inner = f"""{crumbs(s, [("政府信息公开", "zwgk/index.html"), (p.get('column', '通知公告'), "zwgk/tzgg/index.html")])}
<div class="xxgk_table"><table>
<tr><td class="t">索引号</td><td>{p.get('index_no', '1132' + uid(5) + '/' + d[:4] + '-' + uid(5))}</td><td class="t">主题分类</td><td>{esc(p.get('topic', '工业、交通'))}</td></tr>
<tr><td class="t">发布机构</td><td>{esc(p.get('issuer', s['name']))}</td><td class="t">生成日期</td><td>{gen}</td></tr>
<tr><td class="t">文号</td><td>{esc(p.get('docno', '') or '')}</td><td class="t">发布日期</td><td>{d}</td></tr>
<tr><td class="t">有效性</td><td colspan="3">有效</td></tr>
</table></div>
<div class="article">
<h2 class="title">{esc(p['title'])}</h2>
<div class="zzxx"><span>信息来源：{esc(p['source'])}</span><span>浏览次数：<script>document.write(Math.round(Math.random()*1000))</script></span><span class="fontsize">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span></div>
<div class="bt_content" id="zoom">
{body_html(p['body'])}
</div>
{attach_html(p)}
{share_bar()}
</div>
{related_html(p)}"""
    return shell(s, p["title"] + " " + s["name"], inner, "", NAVS["prov"])


def tpl_city(p, s):
    """City government site (often GBK): 发布日期 written 2028/3/12, 来源 in a table cell."""
    y, m, dd = p["date"].split("-")
    dl = f"{y}/{int(m)}/{int(dd)}"
    inner = f"""<div class="location">您现在的位置：<a href="/{s['host']}/index.html">首页</a> &gt;&gt; <a href="/{s['host']}/zwgk/index.html">政务公开</a> &gt;&gt; <a href="/{s['host']}/zwgk/tzgg/index.html">{esc(p.get('column', '通知公告'))}</a></div>
<table class="article-table" width="100%"><tr><td class="title"><h1>{esc(p['title'])}</h1></td></tr>
<tr><td class="info">发布日期：{dl}　　来源：{esc(p['source'])}　　【<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</td></tr>
<tr><td class="content"><div id="zoom">
{body_html(p['body'])}
</div>
{attach_html(p)}</td></tr></table>
{share_bar()}
{related_html(p, '相关文章')}"""
    return shell(s, p["title"], inner, "", NAVS["city"])


def tpl_media(p, s):
    """News agency: the date split over several elements; 来源 and editor lines."""
    y, m, dd = p["date"].split("-")
    inner = f"""<div class="header-cont clearfix">
<div class="header-time left"><span class="year"><em> {y}</em></span><span class="day"><em> {m}</em>/<em>{dd}</em></span><span class="time"> {p['time']}:{R().randint(10, 59)}</span></div>
<div class="source">来源：{esc(p['source'])}</div>
<div class="head-line clearfix"><h1><span class="title">{esc(p['title'])}</span></h1></div>
</div>
<div class="main clearfix"><div class="main-left left">
<div id="detail">
{body_html(p['body'])}
{attach_html(p)}
</div>
<div class="editor">【责任编辑:{esc(p.get('editor', '李晓'))}】</div>
<div class="share">扫一扫在手机打开当前页</div>
{related_html(p, '相关新闻')}
</div>
<div class="main-right right"><div class="hot"><h3>热点推荐</h3><ul>{''.join(f'<li><a href="/{s["host"]}/index.html#h{i}">{esc(t)}</a></li>' for i, t in enumerate(HOT))}</ul></div></div>
</div>"""
    head = f'<meta name="keywords" content="{esc(p.get("keywords", s["name"]))}">\n<meta name="description" content="{esc(p.get("summary", p["title"]))}">'
    return shell(s, p["title"] + "-" + s["name"], inner, head, NAVS["media"])


HOT = ["春耕生产有序推进", "多地迎来大风降温天气", "国际油价小幅回落", "全国高校毕业生春季招聘活动启动"]


def tpl_people(p, s):
    """People's-daily-like portal: '2028年03月13日08:21 | 来源：中国政府网' line, huge nav, ad slots."""
    y, m, dd = p["date"].split("-")
    inner = f"""<div class="path"><a href="/{s['host']}/index.html">{esc(s['name'])}</a>&gt;&gt;<a href="/{s['host']}/{p.get('chan', 'politics')}/index.html">{esc(p.get('column', '时政'))}</a></div>
<div class="col col-1 fl">
<h3 class="pre">{esc(p.get('kicker', ''))}</h3>
<h1>{esc(p['title'])}</h1>
<h4 class="sub">{esc(p.get('subtitle', ''))}</h4>
<div class="col-1-1 fl">{y}年{m}月{dd}日{p['time']} | 来源：<a href="javascript:;">{esc(p['source'])}</a></div>
<div class="rm_txt_con cf">
{body_html(p['body'])}
</div>
<div class="edit cf">(责编：{esc(p.get('editor', '刘洁、高雷'))})</div>
<div class="ad-slot">广告</div>
{share_bar()}
{related_html(p, '相关新闻')}
</div>"""
    return shell(s, p["title"] + "--" + p.get("column", "时政") + "--" + s["name"], inner, "", NAVS["people"])


def tpl_paper(p, s):
    """Newspaper e-paper article page: 引题/主题/副题, 本报记者, 版次 line."""
    y, m, dd = p["date"].split("-")
    inner = f"""<div class="paper-bot"><div class="paper-list"><a href="/{s['host']}/index.html">返回版面</a></div>
<div class="article">
<h3>{esc(p.get('kicker', ''))}</h3>
<h1>{esc(p['title'])}</h1>
<h2>{esc(p.get('subtitle', ''))}</h2>
<p class="sec">{esc(p.get('author', '本报记者'))}</p>
<div class="date">《{esc(s['name'])}》（ {y}年{m}月{dd}日　 第 {p.get('edition', '02')} 版）</div>
<div id="ozoom">
{body_html(p['body'])}
</div>
</div></div>"""
    return shell(s, p["title"] + "--" + s["name"], inner, "", NAVS["paper"])


def tpl_portal(p, s):
    """Commercial portal: 来源 label and value in sibling elements, widgets, recommendation block."""
    y, m, dd = p["date"].split("-")
    rec = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in p.get("recommend", []))
    inner = f"""<div class="main-title"><h1 class="main-title">{esc(p['title'])}</h1></div>
<div class="date-source"><span class="date">{y}年{m}月{dd}日 {p['time']}</span><span class="source-label">来源：</span><a class="source ent-source" href="javascript:;">{esc(p['source'])}</a></div>
<div class="tts"><span>听新闻</span><span>语音播报</span><span>视频加载中，请稍候...</span></div>
<div class="article" id="artibody">
{body_html(p['body'])}
{attach_html(p)}
<p class="show_author">责任编辑：{esc(p.get('editor', '张琳'))}</p>
</div>
<div class="feedback"><a href="javascript:;">举报</a> <a href="javascript:;">纠错</a> <span>广告</span> <span>不感兴趣</span></div>
<div class="recommend"><h3>猜你喜欢</h3><ul>{rec}</ul></div>"""
    return shell(s, p["title"] + "_" + s["name"], inner, "", NAVS["portal"])


def tpl_npc(p, s):
    """People's congress site: date in meta PubDate and a 发布时间 line (or only in the URL)."""
    dl = "" if p.get("nodate") else f'<div class="info"><span>发布时间：{cn(p["date"])}</span>　<span>来源：{esc(p["source"])}</span></div>'
    head = "" if p.get("nodate") else f'<meta name="PubDate" content="{p["date"]} {p["time"]}">'
    inner = f"""{crumbs(s, [(p.get('column', '常委会公告'), "cwh/ggl/index.html")])}
<div class="content-box">
<div class="tit"><h1>{esc(p['title'])}</h1></div>
{dl}
<div class="text" id="zoom">
{body_html(p['body'])}
</div>
{attach_html(p)}
<div class="print"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></div>
</div>
{related_html(p)}"""
    return shell(s, p["title"] + "-" + s["name"], inner, head, NAVS["npc"])


def tpl_stats(p, s):
    """Statistics bureau: 发布时间 under the title, data tables, notes."""
    inner = f"""{crumbs(s, [("数据发布", "sjfb/index.html"), (p.get('column', '数据解读'), "sjfb/sjjd/index.html")])}
<div class="detail-title"><h2>{esc(p['title'])}</h2><p class="detail-title-des">发布时间：{p['date']} {p['time']}　来源：{esc(p['source'])}</p></div>
<div class="txt-content">
{body_html(p['body'], indent=False)}
</div>
{attach_html(p)}
<div class="detail-share"><a href="javascript:window.print();">打印</a> <a href="javascript:;">收藏</a></div>
{related_html(p)}"""
    return shell(s, p["title"], inner, "", NAVS["stats"])


def tpl_scio(p, s):
    """Press-office site: 发布会 page with 时间/地点/发布人 table and a 文字实录."""
    y, m, dd = p["date"].split("-")
    info = p.get("conf", {})
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in info.items())
    inner = f"""{crumbs(s, [("发布会", "xwfb/index.html"), (p.get('column', '国务院政策例行吹风会'), "xwfb/gwyxwbgsxwfbh/index.html")])}
<div class="fbh-top"><h1>{esc(p['title'])}</h1>
<p class="laiyuan">{y}-{m}-{dd} {p['time']}　来源：{esc(p['source'])}</p>
<table class="fbh-info">{rows}</table>
<div class="video">视频直播回看 <a href="javascript:;">点击播放</a></div></div>
<div class="tabs"><span class="on">文字实录</span><span>图片直播</span><span>视频</span></div>
<div class="fbh-text" id="content">
{body_html(p['body'], indent=False)}
</div>
{share_bar()}
{related_html(p, '相关发布会')}"""
    return shell(s, p["title"] + "_" + s["name"], inner, "", NAVS["scio"])


def empty_page(p, s):
    """Header and footer, no body (a CMS that failed to render the article)."""
    return shell(s, s["name"], '<div class="main-content"><div id="UCAP-CONTENT" class="TRS_Editor"></div></div>', "",
                 NAVS.get(s["tpl"], []))


# ---- images, attachments --------------------------------------------------------------------
def png_bytes(w=120, h=80, seed=0):
    """A small grey-level PNG (an 一图读懂 picture stand-in)."""
    rows = b"".join(b"\x00" + bytes(((x * 7 + y * 3 + seed) % 200) + 30 for x in range(w)) for y in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _pdf_assemble(objs, catalog):
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, xref)
    return bytes(out)


def pdf_bytes(lines):
    """A PDF in STSong-Light (not embedded), Identity-H codes = UTF-16 units, with a ToUnicode map
    so that text extraction gives the Chinese text."""
    per = 38
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    tu = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
          "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
          "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
          "1 begincodespacerange <0000> <FFFF> endcodespacerange"]
    for blk in range(0, 256, 100):
        hi = list(range(blk, min(256, blk + 100)))
        tu.append(f"{len(hi)} beginbfrange")
        tu += [f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>" for h in hi]
        tu.append("endbfrange")
    tu += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    tus = "\n".join(tu).encode()
    catalog = add(None)
    pages_i = add(None)
    font = add(None)
    desc = add(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
               b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> "
               b"/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
               b"/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 "
               b"/CapHeight 880 /StemV 93 >> /DW 1000 >>")
    tui = add(b"<< /Length %d >>\nstream\n" % len(tus) + tus + b"\nendstream")
    objs[font - 1] = (b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
                      b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (desc, tui))
    kids = []
    for ch in chunks:
        ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
        for ln in ch:
            ops.append("<" + ln.encode("utf-16-be").hex().upper() + "> Tj T*")
        ops.append("ET")
        st = zlib.compress("\n".join(ops).encode())
        c = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(st) + st + b"\nendstream")
        pg = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                 b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_i, c, font))
        kids.append(pg)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_i
    objs[pages_i - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                         + b"] /Count %d >>" % len(kids))
    return _pdf_assemble(objs, catalog)


def scanned_pdf_bytes(pages=2, seed=0):
    """A 'scanned' PDF: each page is one grey-level image, no font and no text layer at all."""
    rng = random.Random(seed)
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)
    catalog = add(None)
    pages_i = add(None)
    kids = []
    w, h = 300, 420
    for k in range(pages):
        # a page-like picture: light background, darker 'text lines' with noise
        rows = bytearray()
        for y in range(h):
            line = (y // 9) % 2 == 1 and 30 < y < h - 30
            for x in range(w):
                v = 235 + rng.randint(-12, 12)
                if line and 30 < x < w - 30 and rng.random() < 0.55:
                    v = 60 + rng.randint(0, 50)
                rows.append(max(0, min(255, v)))
        data = zlib.compress(bytes(rows))
        im = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                 b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(data))
                 + data + b"\nendstream")
        cs = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
        c = add(b"<< /Length %d >>\nstream\n" % len(cs) + cs + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                        b"/Resources << /XObject << /Im1 %d 0 R >> >> >>" % (pages_i, c, im)))
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_i
    objs[pages_i - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                         + b"] /Count %d >>" % len(kids))
    return _pdf_assemble(objs, catalog)


ZDATE = (2028, 1, 1, 0, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            z.writestr(zipfile.ZipInfo(name, ZDATE), data)
    return buf.getvalue()


def docx_bytes(paras):
    x = lambda s: escape(s, quote=False)  # noqa: E731
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{x(t)}</w:t></w:r></w:p>' for t in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}<w:sectPr/></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def xlsx_bytes(rows):
    x = lambda s: escape(str(s), quote=False)  # noqa: E731
    cols = "ABCDEFGHIJ"
    sheet_rows = []
    for i, row in enumerate(rows, 1):
        cells = "".join(f'<c r="{cols[j]}{i}" t="inlineStr"><is><t>{x(v)}</t></is></c>' for j, v in enumerate(row))
        sheet_rows.append(f'<row r="{i}">{cells}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(sheet_rows)}</sheetData></worksheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet)])


def attachment(p, label, path, kind, content, linked_from=None):
    """Attach a file to page p: kind pdf (lines) / docx (paragraphs) / xlsx (rows) / scan (pages).
    linked_from: another page that carries the link instead of p (p keeps no link)."""
    if kind == "scan":
        data = scanned_pdf_bytes(content, seed=zlib.crc32(path.encode()))
        text = ""
    else:
        data = {"pdf": pdf_bytes, "docx": docx_bytes, "xlsx": xlsx_bytes}[kind](content)
        text = "\n".join("\t".join(map(str, r)) if isinstance(r, (list, tuple)) else r for r in content)
    FILES[path] = data
    holder = linked_from or p
    href = posixpath.relpath(path, posixpath.dirname(holder["path"]))
    holder.setdefault("attach", []).append(dict(label=label, href=href, path=path))
    ATTACH.append(dict(path=path, parent=holder["path"], thread=p.get("thread"), publisher=p["publisher"],
                       date=p["date"], text=text, relevant=p["relevant"], scanned=kind == "scan"))


# ---- list pages and feeds --------------------------------------------------------------------
def listpage_html(s, entries):
    lis = []
    for title, href, d in entries:
        lis.append(f'<li><a href="{href}" target="_blank" title="{escape(title)}">{esc(title)}</a><span class="date">{d}</span></li>')
    inner = f"""{crumbs(s, [(s.get('column', '通知公告'), '#')]).replace(' &gt; 正文', '')}
<div class="list-box"><h2>{esc(s.get('column', '通知公告'))}</h2>
<ul class="list">
{chr(10).join(lis)}
</ul>
<div class="page">共1页　<a href="javascript:;">首页</a> <a href="javascript:;">上一页</a> <a href="javascript:;">下一页</a> <a href="javascript:;">尾页</a></div>
</div>
<div class="friend-links"><h3>友情链接</h3><ul>
<li><a href="/{s['host']}/zwgk/index.html">政务公开</a></li>
<li><a href="/{s['host']}/hdjl/index.html">互动交流</a></li></ul></div>"""
    return shell(s, s.get("column", "通知公告") + "-" + s["name"], inner, "", NAVS.get(s["tpl"], []))


def rfc822(d, t):
    return datetime.strptime(d + " " + t, "%Y-%m-%d %H:%M").strftime("%a, %d %b %Y %H:%M:00 +0800")


def rss_xml(s, items):
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n<title>{esc(s["name"])}</title>\n<link>/{s["host"]}/index.html</link>\n<description>{esc(s["name"])}滚动新闻</description>\n<language>zh-cn</language>']
    for it in items:
        if "raw" in it:
            parts.append(it["raw"])
            continue
        parts.append(f"<item>\n<title>{esc(it['title'])}</title>\n<link>{it['path']}</link>\n<pubDate>{rfc822(it['date'], it['time'])}</pubDate>\n<description>{esc(it.get('summary') or it['title'])}</description>\n<guid>{it['path']}</guid>\n</item>")
    parts.append("</channel>\n</rss>\n")
    return "\n".join(parts)


def atom_xml(s, items):
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>{esc(s["name"])}</title>\n<id>tag:{s["host"]},2028:feed</id>\n<updated>{S["brief_date"]}T06:00:00+08:00</updated>\n<link href="/{s["host"]}/index.html"/>']
    for it in items:
        if "raw" in it:
            parts.append(it["raw"])
            continue
        parts.append(f"<entry>\n<title>{esc(it['title'])}</title>\n<link href=\"{it['path']}\"/>\n<id>tag:{s['host']},2028:{posixpath.basename(it['path'])}</id>\n<published>{it['date']}T{it['time']}:00+08:00</published>\n<updated>{it['date']}T{it['time']}:00+08:00</updated>\n<summary>{esc(it.get('summary') or it['title'])}</summary>\n</entry>")
    parts.append("</feed>\n")
    return "\n".join(parts)


def write(path, text_or_bytes, charset="utf-8"):
    f = S["site"] / path.lstrip("/")
    f.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text_or_bytes, bytes):
        f.write_bytes(text_or_bytes)
    else:
        f.write_bytes(text_or_bytes.encode("gbk" if charset != "utf-8" else "utf-8"))


def build(threads, readme, extra=None, broken=(), truncate=None, extra_gold=None):
    """Write site/, sources.yaml, corpus.json, gold.json and README.md.

    extra: source id -> list of dict(title, path, date, time, pos) or dict(raw=..., pos=...) feed/list entries
    broken: (path, why) of planned 404s.  truncate: source id -> cut the feed text at this fraction."""
    out, site = S["out"], S["site"]
    if out.exists():
        shutil.rmtree(out)
    site.mkdir(parents=True)
    for p in PAGES:
        s = HOSTS[p["host"]]
        html = empty_page(p, s) if p.get("empty") else render(p)
        write(p["path"], html, s["charset"])
    for path, data in FILES.items():
        write(path, data)
    by_src = {s["id"]: [] for s in SOURCES}
    for p in PAGES:
        if p["listed"]:
            by_src[HOSTS[p["host"]]["id"]].append(p)
    for s in SOURCES:
        items = [dict(title=p.get("list_title", p["title"]), path=p["path"], date=p["date"], time=p["time"],
                      summary=p.get("summary")) for p in sorted(by_src[s["id"]], key=dtp, reverse=True)]
        for x in (extra or {}).get(s["id"], []):
            items.insert(x.get("pos", 0), x)
        if s["kind"] == "listpage":
            entries = []
            for it in items:
                href = it["path"] if s.get("absolute_links", True) else posixpath.relpath(it["path"], posixpath.dirname(s["url"]))
                entries.append((it["title"], href, it["date"]))
            write(s["url"], listpage_html(s, entries), s["charset"])
        else:
            txt = rss_xml(s, items) if s["kind"] == "rss" else atom_xml(s, items)
            if truncate and s["id"] in truncate:
                txt = txt[:truncate[s["id"]](txt)]
            write(s["url"], txt)
    y = ["# Source registry for the synthetic corpus " + S["name"] + " (fictional test data).", "sources:"]
    for s in SOURCES:
        y += [f"  - id: {s['id']}", f"    name: {s['name']}", f"    name_en: {s['name_en']}",
              f"    kind: {s['kind']}", f"    url: {s['url']}", f"    authority: {s['authority']}"]
    (out / "sources.yaml").write_text("\n".join(y) + "\n", encoding="utf-8")
    (out / "corpus.json").write_text(json.dumps(dict(brief_date=S["brief_date"], window_days=S["window"],
                                                     title="新质生产力每日动态", seed=S["seed"]),
                                                ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    arts = {}
    for p in PAGES:
        k = "broken" if p.get("empty") else p["kind"]
        arts[p["path"]] = dict(relevant=p["relevant"] and k != "broken", thread=p["thread"],
                               publisher=p["publisher"], published=p["date"], kind=k, title=p["title"])
        if p.get("role"):
            arts[p["path"]]["role"] = p["role"]
    for a in ATTACH:
        arts[a["path"]] = dict(relevant=a["relevant"], thread=a["thread"], publisher=a["publisher"],
                               published=a["date"], kind="attachment", parent=a["parent"])
        if a["scanned"]:
            arts[a["path"]]["scanned_no_text"] = True
    for path, why in broken:
        arts[path] = dict(relevant=False, thread=None, publisher=None, published=None, kind="broken", why=why)
    for path in FILES:
        if path not in arts:   # images
            arts[path] = dict(relevant=False, thread=None, publisher=None, published=None, kind="image")
    gold_threads = []
    for t in threads:
        t = dict(t)
        t["articles"] = [p["path"] for p in PAGES if p["thread"] == t["id"] and not p.get("empty")]
        orig = [p for p in PAGES if p["thread"] == t["id"] and p["kind"] == "original"]
        assert len(orig) == 1, t["id"]
        t["articles"].sort(key=lambda x: x != orig[0]["path"])
        atts = [a["path"] for a in ATTACH if a["thread"] == t["id"]]
        if atts:
            t["attachments"] = atts
        t["original"] = orig[0]["path"]
        t["publisher"] = orig[0]["publisher"]
        gold_threads.append(t)
    gold = dict(brief_date=S["brief_date"], window_days=S["window"], threads=gold_threads, articles=arts)
    if extra_gold:
        gold.update(extra_gold)
    (out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out / "README.md").write_text(readme, encoding="utf-8")
    print(f"wrote {out}: {len(PAGES)} pages, {len(ATTACH)} attachments, {len(SOURCES)} sources, "
          f"{len(gold_threads)} threads")
