#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the synthetic one-day corpus ``own-2027-07-08`` (a day of attachments-only notices).

FICTIONAL test data for the 「新质生产力每日动态」 brief generator, written by the corpday
helper without reading the system's code. Pages imitate the *structure* of the kind of
site they sit on; every document, figure, name and list entry is invented.

The day: several notices whose HTML is a few lines and whose substance is in linked
attachments (real PDF, DOCX and XLSX files built with the standard library): a two-ministry
pilot call (guide in a PDF, outline in a DOCX), a ministry's list of typical cases (XLSX), a
province's list of projects to be supported under public notice (XLSX + PDF); mixed with a
central commentary on a policy direction with no figures (its substance: the fields it names
and the tasks), a newspaper article carried by a portal and by a government site (its
original is the newspaper), green-power trading statistics, distractors, stale pages and
faults (a 404 attachment link among them).

Run:  python3 make_own-2027-07-08.py      (rebuilds ./own-2027-07-08 next to this file)
Standard library only; output is byte-identical for the same SEED.
"""
from __future__ import annotations

import io
import json
import posixpath
import random
import shutil
import zipfile
import zlib
from datetime import datetime
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "own-2027-07-08"
OUT = HERE / NAME
SITE = OUT / "site"
BRIEF_DATE = "2027-07-08"
WINDOW_DAYS = 14
SEED = 20270708

# ======================================================================================
# Engine (the same small engine is copied into each of corpday's generators, so that every
# generator stays a single standard-library file).
# ======================================================================================
RNG = random.Random(SEED)
MARK = ("<!-- synthetic test page: fictional content imitating this kind of site's layout, "
        "written to test a daily-brief generator -->")
SOURCES: list[dict] = []
HOSTS: dict[str, dict] = {}
PAGES: list[dict] = []
FILES: dict[str, bytes] = {}          # extra files: attachments, images
ATTACH: list[dict] = []               # attachment records for gold
LISTS: dict[str, list] = {}           # source id -> extra list entries (404 links etc.)


def source(id, host, name, name_en, kind, url, authority, tpl, charset="utf-8", label=None):
    s = dict(id=id, host=host, name=name, name_en=name_en, kind=kind, url=url,
             authority=authority, tpl=tpl, charset=charset, label=label or name)
    SOURCES.append(s)
    HOSTS[host] = s
    return s


def page(path, kind, when, title, body, *, thread=None, src="", **kw):
    """Register an article page; ``when`` is 'YYYY-MM-DD HH:MM'."""
    d, t = when.split(" ")
    host = path.split("/")[1]
    p = dict(path=path, host=host, kind=kind, thread=thread, date=d, time=t, title=title,
             body=body, source=src or HOSTS[host]["label"], **kw)
    p.setdefault("relevant", kind in ("original", "reprint", "commentary", "interpretation",
                                      "notice"))
    p.setdefault("publisher", HOSTS[host]["name"])
    p.setdefault("listed", True)
    PAGES.append(p)
    return p


def uid(n=6):
    return "".join(RNG.choice("0123456789") for _ in range(n))


def hexid(n=32):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


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
        elif b[0] == "table":
            rows = b[1]
            h = "".join(f"<th>{esc(c)}</th>" for c in rows[0])
            r = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
            out.append(f'<table class="data" border="1" cellspacing="0"><thead><tr>{h}</tr></thead><tbody>{r}</tbody></table>')
        elif b[0] == "note":
            out.append(f'<p class="note"><span style="font-size:12px;">{esc(b[1])}</span></p>')
    return "\n".join(out)


def attach_html(p, style="ul"):
    if not p.get("attach"):
        return ""
    items = "".join(f'<li><a href="{a["href"]}" target="_blank">{esc(a["label"])}</a></li>' for a in p["attach"])
    return f'<div class="fujian"><p>附件：</p><ul>{items}</ul></div>'


def nav_links(host, items):
    return "".join(f'<li><a href="/{host}/{h}">{esc(t)}</a></li>' for t, h in items)


# ---- templates --------------------------------------------------------------------------
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
<div class="top-bar"><a href="javascript:;">无障碍</a> | <a href="javascript:;">长者模式</a> | <a href="javascript:;">English</a></div>
<div class="header"><a class="logo" href="/{s['host']}/index.html">{esc(s['name'])}</a></div>
<div class="nav"><ul>{navh}</ul></div>
{inner}
<div class="footer">{foot}
<p><a href="/{s['host']}/index.html#gywm">关于我们</a> | <a href="/{s['host']}/index.html#wzdt">网站地图</a> | <a href="/{s['host']}/index.html#lxwm">联系我们</a></p>
<p>版权所有：{esc(s['name'])}　主办单位：{esc(s['name'])}</p>
<p>ICP备案号：京ICP备{zlib.crc32(s['host'].encode()) % 90000000 + 10000000}号　网站标识码：bm{zlib.crc32(s['id'].encode()) % 9000 + 1000}000001</p>
</div>
<script>var _hmt = _hmt || [];</script>
</body>
</html>
"""


NAVS = {
    "central": [("首页", "index.html"), ("要闻", "yaowen/index.html"), ("政策", "zhengce/index.html"),
                ("互动", "hudong/index.html"), ("服务", "fuwu/index.html"), ("数据", "shuju/index.html")],
    "ministry": [("首页", "index.html"), ("机构职能", "jgzn/index.html"), ("新闻动态", "xwdt/index.html"),
                 ("政务公开", "zwgk/index.html"), ("政务服务", "zwfw/index.html"), ("互动交流", "hdjl/index.html"),
                 ("专题专栏", "ztzl/index.html")],
    "prov": [("首页", "index.html"), ("要闻动态", "ywdt/index.html"), ("政府信息公开", "zwgk/index.html"),
             ("政务服务", "zwfw/index.html"), ("政民互动", "zmhd/index.html"), ("走进本省", "zjbs/index.html")],
    "media": [("首页", "index.html"), ("时政", "politics/index.html"), ("财经", "fortune/index.html"),
              ("科技", "tech/index.html"), ("地方", "local/index.html"), ("国际", "world/index.html"),
              ("体育", "sports/index.html"), ("评论", "comments/index.html")],
    "paper": [("版面导航", "index.html"), ("往期回顾", "history/index.html"), ("PDF下载", "pdf/index.html")],
    "portal": [("首页", "index.html"), ("财经", "finance/index.html"), ("科技", "tech/index.html"),
               ("汽车", "auto/index.html"), ("房产", "house/index.html"), ("体育", "sports/index.html"),
               ("娱乐", "ent/index.html"), ("视频", "video/index.html")],
    "npc": [("首页", "index.html"), ("常委会工作", "cwh/index.html"), ("立法工作", "lfgz/index.html"),
            ("监督工作", "jdgz/index.html"), ("代表工作", "dbgz/index.html"), ("法规库", "fgk/index.html")],
    "stats": [("首页", "index.html"), ("数据查询", "sjcx/index.html"), ("数据发布", "sjfb/index.html"),
              ("数据解读", "sjjd/index.html"), ("统计公报", "tjgb/index.html"), ("统计标准", "tjbz/index.html")],
}


def render(p):
    s = HOSTS[p["host"]]
    fn = globals()["tpl_" + s["tpl"]]
    return fn(p, s)


def crumbs(s, items):
    return ('<div class="crumbs">当前位置：<a href="/%s/index.html">首页</a>' % s["host"]
            + "".join(f' &gt; <a href="/{s["host"]}/{h}">{esc(t)}</a>' for t, h in items) + " &gt; 正文</div>")


DEFAULT_TOPIC = "科技、教育\\科技"


def tpl_central(p, s):
    """Central government portal: a 政策文件 info table for documents, a date line otherwise."""
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
    inner = f"""{crumbs(s, [("政策", "zhengce/index.html"), (p.get('column', '最新'), "zhengce/zuixin/index.html")])}
<div class="article oneColumn pub_border">
{table}
<h1 id="ti">{esc(p['title'])}</h1>
{dateline}
<div class="pages_content" id="UCAP-CONTENT">
{body_html(p['body'])}
{attach_html(p)}
</div>
<div class="editor">【我要纠错】 责任编辑：{esc(p.get('editor', '王洋'))}</div>
</div>
<div class="related"><h3>相关稿件</h3><ul>{''.join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in p.get('related', []))}</ul></div>"""
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
<div class="article-info"><span class="pubtime">发布时间：{d} {p['time']}</span><span class="src">来源：{esc(p['source'])}</span><span class="views">浏览次数：{RNG.randint(200, 9000)}</span></div>
<div id="UCAP-CONTENT" class="TRS_Editor">
{body_html(p['body'])}
</div>
{attach_html(p)}
<div class="tools"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
</div>"""
    head = f'<meta name="PubDate" content="{d} {p["time"]}">\n<meta name="ContentSource" content="{esc(p["source"])}">'
    return shell(s, p["title"], inner, head, NAVS["ministry"])


def tpl_prov(p, s):
    """Provincial portal (Jpaas-like): info table with 生成日期 AND 发布日期."""
    d = p["date"]
    gen = p.get("gen_date", d)
    inner = f"""{crumbs(s, [("政府信息公开", "zwgk/index.html"), (p.get('column', '通知公告'), "zwgk/tzgg/index.html")])}
<div class="xxgk_table"><table>
<tr><td class="t">索引号</td><td>{p.get('index_no', '0022' + uid(5) + '/' + d[:4] + '-' + uid(5))}</td><td class="t">主题分类</td><td>{esc(p.get('topic', '工业、交通'))}</td></tr>
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
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a>　<a href="javascript:window.print();">打印</a>　<a href="javascript:window.close();">关闭</a></div>
</div>"""
    return shell(s, p["title"] + " " + s["name"], inner, "", NAVS["prov"])


def tpl_media(p, s):
    """News agency: the date split over several elements; 来源 and editor lines."""
    y, m, dd = p["date"].split("-")
    inner = f"""<div class="header-cont clearfix">
<div class="header-time left"><span class="year"><em> {y}</em></span><span class="day"><em> {m}</em>/<em>{dd}</em></span><span class="time"> {p['time']}:{RNG.randint(10, 59)}</span></div>
<div class="source">来源：{esc(p['source'])}</div>
<div class="head-line clearfix"><h1><span class="title">{esc(p['title'])}</span></h1></div>
</div>
<div class="main clearfix"><div class="main-left left">
<div id="detail">
{body_html(p['body'])}
</div>
<div class="editor">【责任编辑:{esc(p.get('editor', '李晓'))}】</div>
<div class="share">扫一扫在手机打开当前页</div>
</div>
<div class="main-right right"><div class="hot"><h3>热点推荐</h3><ul>{''.join(f'<li><a href="/{s["host"]}/index.html#h{i}">{esc(t)}</a></li>' for i, t in enumerate(HOT))}</ul></div></div>
</div>"""
    head = f'<meta name="keywords" content="{esc(p.get("keywords", "新华网"))}">\n<meta name="description" content="{esc(p.get("summary", p["title"]))}">'
    return shell(s, p["title"] + "-" + s["name"], inner, head, NAVS["media"])


HOT = ["夏粮收购工作全面展开", "多地迎来强降雨过程", "国际油价小幅回落", "全国高校毕业生就业服务月启动"]


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
<div class="pdf"><a href="/{s['host']}/pdf/{y}{m}{dd}/{p.get('edition', '02')}.pdf">本版PDF</a></div>
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
</div>"""
    return shell(s, p["title"] + "-" + s["name"], inner, head, NAVS["npc"])


def tpl_stats(p, s):
    """Statistics bureau: 发布时间 under the title, data tables, notes."""
    inner = f"""{crumbs(s, [("数据发布", "sjfb/index.html"), (p.get('column', '数据解读'), "sjfb/sjjd/index.html")])}
<div class="detail-title"><h2>{esc(p['title'])}</h2><p class="detail-title-des">发布时间：{p['date']} {p['time']}　来源：{esc(p['source'])}</p></div>
<div class="txt-content">
{body_html(p['body'], indent=False)}
</div>
{attach_html(p)}
<div class="detail-share"><a href="javascript:window.print();">打印</a> <a href="javascript:;">收藏</a></div>"""
    return shell(s, p["title"], inner, "", NAVS["stats"])


def empty_page(p, s):
    """Header and footer, no body (a CMS that failed to render the article)."""
    return shell(s, s["name"], '<div class="main-content"><div id="UCAP-CONTENT" class="TRS_Editor"></div></div>', "",
                 NAVS.get(s["tpl"], []))


# ---- attachments: real PDF / DOCX / XLSX built with the standard library -----------------
def pdf_bytes(lines):
    """A PDF in STSong-Light (not embedded), Identity-H codes = UTF-16 units, with a ToUnicode map
    so that text extraction gives the Chinese text (rendering of a non-embedded CID font varies)."""
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


ZDATE = (2027, 1, 1, 0, 0, 0)


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


def attachment(p, label, path, kind, content):
    """Attach a file to page p: kind pdf (lines) / docx (paragraphs) / xlsx (rows)."""
    data = {"pdf": pdf_bytes, "docx": docx_bytes, "xlsx": xlsx_bytes}[kind](content)
    FILES[path] = data
    href = posixpath.relpath(path, posixpath.dirname(p["path"]))
    p.setdefault("attach", []).append(dict(label=label, href=href, path=path))
    text = "\n".join("\t".join(map(str, r)) if isinstance(r, (list, tuple)) else r for r in content)
    ATTACH.append(dict(path=path, parent=p["path"], thread=p.get("thread"), publisher=p["publisher"],
                       date=p["date"], text=text, relevant=p["relevant"]))


# ---- list pages and feeds -----------------------------------------------------------------
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
<li><a href="/www.gov.cn/index.html">中国政府网</a></li><li><a href="/{s['host']}/zwgk/index.html">政务公开</a></li>
<li><a href="/{s['host']}/hdjl/index.html">互动交流</a></li></ul></div>"""
    return shell(s, s.get("column", "通知公告") + "-" + s["name"], inner, "", NAVS.get(s["tpl"], []))


def rfc822(p):
    return dtp(p).strftime("%a, %d %b %Y %H:%M:00 +0800")


def rss_xml(s, items, malformed=None):
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n<title>{esc(s["name"])}</title>\n<link>/{s["host"]}/index.html</link>\n<description>{esc(s["name"])}滚动新闻</description>\n<language>zh-cn</language>']
    for p in items:
        parts.append(f"<item>\n<title>{esc(p['title'])}</title>\n<link>{p['path']}</link>\n<pubDate>{rfc822(p)}</pubDate>\n<description>{esc(p.get('summary') or p['title'])}</description>\n<guid>{p['path']}</guid>\n</item>")
    if malformed:
        parts.insert(2, malformed)
    parts.append("</channel>\n</rss>\n")
    return "\n".join(parts)


def atom_xml(s, items, malformed=None):
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>{esc(s["name"])}</title>\n<id>tag:{s["host"]},2027:feed</id>\n<updated>{BRIEF_DATE}T06:00:00+08:00</updated>\n<link href="/{s["host"]}/index.html"/>']
    for p in items:
        parts.append(f"<entry>\n<title>{esc(p['title'])}</title>\n<link href=\"{p['path']}\"/>\n<id>tag:{s['host']},2027:{posixpath.basename(p['path'])}</id>\n<updated>{p['date']}T{p['time']}:00+08:00</updated>\n<summary>{esc(p.get('summary') or p['title'])}</summary>\n</entry>")
    if malformed:
        parts.insert(2, malformed)
    parts.append("</feed>\n")
    return "\n".join(parts)


def write(path, text_or_bytes, charset="utf-8"):
    f = SITE / path.lstrip("/")
    f.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text_or_bytes, bytes):
        f.write_bytes(text_or_bytes)
    else:
        f.write_bytes(text_or_bytes.encode("gbk" if charset != "utf-8" else "utf-8"))


def build(threads, readme, malformed=None, extra_list=None, broken=()):
    """Write site/, sources.yaml, corpus.json, gold.json and README.md."""
    if OUT.exists():
        shutil.rmtree(OUT)
    SITE.mkdir(parents=True)
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
        items = sorted(by_src[s["id"]], key=dtp, reverse=True)
        if s["kind"] == "listpage":
            entries = []
            for p in items:
                href = p["path"] if s.get("absolute_links", True) else posixpath.relpath(p["path"], posixpath.dirname(s["url"]))
                entries.append((p.get("list_title", p["title"]), href, p["date"]))
            for title, href, d, pos in (extra_list or {}).get(s["id"], []):
                entries.insert(pos, (title, href, d))
            write(s["url"], listpage_html(s, entries), s["charset"])
        elif s["kind"] == "rss":
            write(s["url"], rss_xml(s, items, (malformed or {}).get(s["id"])))
        else:
            write(s["url"], atom_xml(s, items, (malformed or {}).get(s["id"])))
    # sources.yaml
    y = ["# Source registry for the synthetic corpus " + NAME + " (fictional test data).", "sources:"]
    for s in SOURCES:
        y += [f"  - id: {s['id']}", f"    name: {s['name']}", f"    name_en: {s['name_en']}",
              f"    kind: {s['kind']}", f"    url: {s['url']}", f"    authority: {s['authority']}"]
    (OUT / "sources.yaml").write_text("\n".join(y) + "\n", encoding="utf-8")
    (OUT / "corpus.json").write_text(json.dumps(dict(brief_date=BRIEF_DATE, window_days=WINDOW_DAYS,
                                                     title="新质生产力每日动态", seed=SEED),
                                                ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    arts = {}
    for p in PAGES:
        k = "broken" if p.get("empty") else p["kind"]
        arts[p["path"]] = dict(relevant=p["relevant"] and k != "broken", thread=p["thread"],
                               publisher=p["publisher"], published=p["date"],
                               kind=k, title=p["title"])
    for a in ATTACH:
        arts[a["path"]] = dict(relevant=a["relevant"], thread=a["thread"], publisher=a["publisher"],
                               published=a["date"], kind="attachment", parent=a["parent"])
    for path, why in broken:
        arts[path] = dict(relevant=False, thread=None, publisher=None, published=None, kind="broken", why=why)
    gold_threads = []
    for t in threads:
        t = dict(t)
        t["articles"] = [p["path"] for p in PAGES if p["thread"] == t["id"] and not p.get("empty")]
        t["attachments"] = [a["path"] for a in ATTACH if a["thread"] == t["id"]]
        orig = [p for p in PAGES if p["thread"] == t["id"] and p["kind"] == "original"]
        assert len(orig) == 1, t["id"]
        t["original"] = orig[0]["path"]
        t["publisher"] = orig[0]["publisher"]
        gold_threads.append(t)
    gold = dict(brief_date=BRIEF_DATE, window_days=WINDOW_DAYS, threads=gold_threads, articles=arts)
    (OUT / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (OUT / "README.md").write_text(readme, encoding="utf-8")
    print(f"wrote {OUT}: {len(PAGES)} pages, {len(ATTACH)} attachments, {len(SOURCES)} sources, "
          f"{len(gold_threads)} threads")

# ======================================================================================
# Sources
# ======================================================================================
source("mof", "www.mof.gov.cn", "财政部", "Ministry of Finance", "listpage",
       "/www.mof.gov.cn/zhengwuxinxi/zhengcefabu/index.htm", "ministry", "ministry")
source("mot", "www.mot.gov.cn", "交通运输部", "Ministry of Transport", "listpage",
       "/www.mot.gov.cn/tongzhigonggao/index.html", "ministry", "ministry", charset="gbk")
source("zjjxt", "jxt.zj.gov.cn", "浙江省经济和信息化厅", "Zhejiang Department of Economy and Information Technology",
       "listpage", "/jxt.zj.gov.cn/col/col1229123/index.html", "local", "prov")
source("qstheory", "www.qstheory.cn", "求是网", "Qiushi Online", "rss", "/www.qstheory.cn/rss/qswp.xml", "media", "media")
source("govcn", "www.gov.cn", "中国政府网", "Chinese Government Portal", "rss", "/www.gov.cn/rss/yaowen.xml",
       "central", "central")
source("ce", "paper.ce.cn", "经济日报", "Economic Daily (e-paper)", "listpage",
       "/paper.ce.cn/pc/layout/202707/07/node_01.html", "media", "paper")
source("xinzhi", "www.example-xinzhi.cn", "新智网", "Xinzhi (fictional technology portal)", "atom",
       "/www.example-xinzhi.cn/atom/all.xml", "media", "portal")
source("pmos", "pmos.sgcc.com.cn", "北京电力交易中心", "Beijing Power Exchange Center", "listpage",
       "/pmos.sgcc.com.cn/xxpl/jysj/index.html", "industry", "stats")
for h, col in [("www.mof.gov.cn", "政策发布"), ("www.mot.gov.cn", "通知公告"), ("jxt.zj.gov.cn", "通知公告"),
               ("paper.ce.cn", "第01版：要闻"), ("pmos.sgcc.com.cn", "交易数据")]:
    HOSTS[h]["column"] = col
for h in ("www.mot.gov.cn", "paper.ce.cn", "www.mof.gov.cn"):
    HOSTS[h]["absolute_links"] = False

P = {}
# ======================================================================================
# T1: 财政部 工业和信息化部 city pilots (substance in a PDF guide and a DOCX outline)
# ======================================================================================
P["T1o"] = "/www.mof.gov.cn/zhengwuxinxi/zhengcefabu/202707/t20270707_3921846.htm"
t1 = page(P["T1o"], "original", "2027-07-07 16:00",
          "财政部办公厅　工业和信息化部办公厅关于组织申报2027年度中小企业数字化转型城市试点的通知",
          ["各省、自治区、直辖市、计划单列市财政厅（局）、中小企业主管部门：",
           "为贯彻落实党中央、国务院关于加快发展新质生产力的决策部署，财政部、工业和信息化部决定继续开展中小企业数字化转型城市试点工作。现将《2027年度中小企业数字化转型城市试点申报指南》和《城市试点实施方案编制提纲》印发给你们，请按要求组织申报。",
           ("r", "财政部办公厅　工业和信息化部办公厅"), ("r", "2027年7月4日")],
          thread="T1", src="经济建设司", docno="财办建〔2027〕41号", signed="2027-07-04", issuer="财政部办公厅")
attachment(t1, "附件1：2027年度中小企业数字化转型城市试点申报指南.pdf",
           "/www.mof.gov.cn/zhengwuxinxi/zhengcefabu/202707/P020270707583921846001.pdf", "pdf",
           ["2027年度中小企业数字化转型城市试点申报指南",
            "一、试点目标",
            "2027年度遴选第三批试点城市不超过30个，推动试点城市内中小企业“应改尽改、愿改尽改”，",
            "到2029年试点城市规上中小企业数字化转型覆盖率达到85%以上。",
            "二、支持方式",
            "中央财政对试点城市给予定额奖补，其中直辖市、计划单列市、省会城市每个最高1.5亿元，",
            "其他城市每个最高1亿元，奖补资金分两年拨付。",
            "三、申报条件",
            "申报城市应当聚焦1至3个中小企业集聚度高、数字化转型需求迫切的细分行业。",
            "四、申报程序",
            "省级财政部门会同中小企业主管部门择优推荐，每省推荐不超过2个城市，",
            "于2027年8月15日前将推荐文件和城市实施方案报送财政部、工业和信息化部。"])
attachment(t1, "附件2：城市试点实施方案编制提纲.docx",
           "/www.mof.gov.cn/zhengwuxinxi/zhengcefabu/202707/P020270707583921846002.docx", "docx",
           ["城市试点实施方案编制提纲", "一、基本情况（城市中小企业发展现状、细分行业选择依据）",
            "二、目标任务（两年内完成数字化改造的中小企业数量、改造后生产效率提升目标）",
            "三、重点举措（“小快轻准”数字化产品供给、数字化服务商培育、“链式”转型）",
            "四、资金安排（中央奖补资金、地方配套资金、社会资本投入）", "五、保障措施"])
P["T1r"] = "/www.gov.cn/lianbo/bumen/202707/content_7305528.htm"
page(P["T1r"], "reprint", "2027-07-07 19:30", "两部门启动2027年度中小企业数字化转型城市试点申报",
     ["记者从财政部获悉，财政部办公厅、工业和信息化部办公厅近日印发通知，组织申报2027年度中小企业数字化转型城市试点。",
      "通知明确，2027年度遴选第三批试点城市不超过30个，中央财政对直辖市、计划单列市、省会城市每个最高奖补1.5亿元，其他城市每个最高1亿元。"],
     thread="T1", src="财政部网站", column="部门")

# ======================================================================================
# T2: 交通运输部 typical cases (the list is only in an XLSX)
# ======================================================================================
P["T2o"] = "/www.mot.gov.cn/tongzhigonggao/202707/t20270706_4127730.html"
t2 = page(P["T2o"], "original", "2027-07-06 15:30",
          "交通运输部办公厅关于公布第二批智慧港口建设典型案例的通知",
          ["各省、自治区、直辖市、新疆生产建设兵团交通运输厅（局、委），部属各单位：",
           "经地方推荐、专家评审和网上公示，确定“青岛港全自动化集装箱码头智能调度”等28个案例为第二批智慧港口建设典型案例，现予公布（名单见附件）。",
           ("r", "交通运输部办公厅"), ("r", "2027年7月3日")],
          thread="T2", src="水运局", docno="交办水函〔2027〕1123号")
attachment(t2, "附件：第二批智慧港口建设典型案例名单.xlsx",
           "/www.mot.gov.cn/tongzhigonggao/202707/P020270706412773001.xlsx", "xlsx",
           [["序号", "案例名称", "申报单位", "所在省份", "类别"],
            ["1", "青岛港全自动化集装箱码头智能调度", "山东港口青岛港集团有限公司", "山东", "自动化码头"],
            ["2", "天津港“5G+北斗”智能水平运输", "天津港（集团）有限公司", "天津", "智能运输"],
            ["3", "宁波舟山港港口大模型辅助生产决策", "宁波舟山港股份有限公司", "浙江", "人工智能应用"],
            ["4", "广州港南沙港区数字孪生码头", "广州港集团有限公司", "广东", "数字孪生"],
            ["5", "武汉港阳逻港区铁水联运智能协同", "武汉港务集团有限公司", "湖北", "多式联运"],
            ["…", "（共28个案例，此处从略）", "", "", ""]])

# ======================================================================================
# T3: 浙江 data-set projects to be supported, under public notice (XLSX + PDF)
# ======================================================================================
P["T3o"] = "/jxt.zj.gov.cn/art/2027/7/7/art_1229123_59301872/index.html"
t3 = page(P["T3o"], "original", "2027-07-07 11:00",
          "关于2027年度浙江省高质量数据集建设项目拟支持名单的公示",
          ["根据《浙江省经济和信息化厅关于组织开展2027年度高质量数据集建设项目申报工作的通知》，经形式审查、专家评审，现将52个拟支持项目予以公示（见附件）。",
           "公示期为2027年7月7日至7月13日。如有异议，请在公示期内以书面形式向我厅反映。",
           "联系电话：0571-87XXXXXX"],
          thread="T3", src="数字经济处", gen_date="2027-07-07", docno="", issuer="浙江省经济和信息化厅",
          topic="工业、交通\\信息产业（含电信）")
attachment(t3, "附件1：2027年度浙江省高质量数据集建设项目拟支持名单.xlsx",
           "/jxt.zj.gov.cn/module/download/downfile_2707071100591.xlsx", "xlsx",
           [["序号", "项目名称", "承担单位", "所属领域", "拟支持金额（万元）"],
            ["1", "纺织印染工艺参数高质量数据集", "浙江某印染科技有限公司", "工业制造", "380"],
            ["2", "县域医共体医学影像标注数据集", "浙江某医疗数据有限公司", "医疗健康", "420"],
            ["3", "电力负荷与气象耦合数据集", "国网浙江某供电公司", "能源", "300"],
            ["…", "（共52个项目，此处从略）", "", "", ""],
            ["合计", "52个项目", "", "", "拟支持资金合计1.38亿元"]])
attachment(t3, "附件2：项目评审说明.pdf", "/jxt.zj.gov.cn/module/download/downfile_2707071100592.pdf", "pdf",
           ["项目评审说明", "本年度共受理申报项目186个，经形式审查进入专家评审143个，",
            "按照数据规模、质量、应用价值和开放共享程度四个维度评分，择优确定拟支持项目52个。",
            "单个项目支持金额不超过500万元。"])

# ======================================================================================
# T4: central commentary with no figures (its substance: fields and tasks)
# ======================================================================================
FIELDS = "集成电路、工业母机、高端仪器、基础软件、先进材料、生物制造"
TASK1 = "统筹推进教育科技人才体制机制一体改革"
TASK2 = "加快构建以先进制造业为骨干的现代化产业体系"
QS_BODY = [
    "发展新质生产力是推动高质量发展的内在要求和重要着力点。科技创新是发展新质生产力的核心要素，产业创新是科技成果转化为现实生产力的关键环节，必须推动科技创新和产业创新深度融合。",
    f"推动深度融合，要坚持目标导向和问题导向相结合，在{FIELDS}等重点领域集中力量攻关，着力解决“卡脖子”问题，把关键核心技术牢牢掌握在自己手中。",
    f"推动深度融合，要{TASK1}，打通从科技强到产业强、经济强、国家强的通道，让人才、资本、数据等创新要素向企业集聚，强化企业科技创新主体地位。",
    f"推动深度融合，要{TASK2}，以科技创新引领传统产业改造升级、新兴产业培育壮大、未来产业前瞻布局，防止一哄而上、泡沫化，因地制宜发展新质生产力。",
    "推动深度融合，还要营造鼓励创新、宽容失败的良好氛围，完善科技成果转化激励机制，让各类创新主体的创造活力竞相迸发。",
]
P["T4o"] = "/www.qstheory.cn/20270707/9a8b7c6d5e4f4a3b2c1d0e9f8a7b6c5d/c.html"
page(P["T4o"], "original", "2027-07-07 09:00", "以科技创新和产业创新深度融合引领新质生产力发展", QS_BODY,
     thread="T4", src="求是网", editor="刘婷", keywords="新质生产力,科技创新,产业创新")
P["T4r"] = "/www.gov.cn/yaowen/liebiao/202707/content_7305301.htm"
page(P["T4r"], "reprint", "2027-07-07 14:20", "以科技创新和产业创新深度融合引领新质生产力发展", QS_BODY,
     thread="T4", src="求是网", column="要闻")

# ======================================================================================
# T5: a newspaper article carried by a portal and by a government site
# ======================================================================================
CE_BODY = [
    "“用上算力券，一次大模型训练的成本省了一半。”在浙江杭州一家工业软件企业，负责人算了一笔账。今年以来，浙江等地加大算力券发放力度，撬动中小企业用算、用模。",
    "记者从浙江省经济和信息化厅了解到，截至6月底，浙江已累计发放算力券2.6亿元，惠及企业3100余家，带动企业采购智能算力服务超过9亿元。杭州市对单家企业每年最高补贴200万元。",
    "浙江省经济和信息化厅有关负责人表示，下一步将推动算力券与“数据券”“模型券”联动，探索跨区域通用通兑。",
    "业内人士认为，算力券政策要防止“撒胡椒面”，应更多向制造业场景和专精特新企业倾斜。",
]
P["T5o"] = "/paper.ce.cn/pc/content/202707/07/content_318205.html"
page(P["T5o"], "original", "2027-07-07 05:00", "算力券撬动中小企业用算用模", CE_BODY, thread="T5", src="经济日报",
     author="经济日报记者　柳文", edition="06", kicker="", subtitle="浙江累计发放算力券2.6亿元")
P["T5p"] = "/www.example-xinzhi.cn/news/2027/0707/201577.html"
page(P["T5p"], "reprint", "2027-07-07 08:20", "算力券撬动中小企业用算用模", CE_BODY, thread="T5", src="经济日报",
     editor="何方", recommend=[("算力券跨区域通兑有望破题", "/www.example-xinzhi.cn/news/2027/0706/201490.html")])
P["T5g"] = "/jxt.zj.gov.cn/art/2027/7/7/art_1229123_59301911/index.html"
page(P["T5g"], "reprint", "2027-07-07 10:00", "【经济日报】算力券撬动中小企业用算用模", CE_BODY,
     thread="T5", src="经济日报", gen_date="2027-07-07", docno="", issuer="浙江省经济和信息化厅", column="媒体聚焦")

# ======================================================================================
# T6: green-power trading statistics (energy + data centres: on topic)
# ======================================================================================
P["T6o"] = "/pmos.sgcc.com.cn/xxpl/jysj/202707/t20270706_88214.html"
page(P["T6o"], "original", "2027-07-06 10:00", "2027年上半年绿色电力交易情况",
     ["2027年上半年，国家电网经营区绿色电力交易电量2368亿千瓦时，同比增长58.3%。其中，数据中心企业购买绿色电力312亿千瓦时，同比增长1.2倍。",
      ("table", [["指标", "上半年", "同比"], ["绿色电力交易电量（亿千瓦时）", "2368", "58.3%"],
                 ["其中：数据中心企业（亿千瓦时）", "312", "1.2倍"], ["绿证交易数量（万张）", "8120", "74.6%"]]),
      "上半年绿证交易数量8120万张，同比增长74.6%。",
      ("note", "注：统计范围为国家电网有限公司经营区域。")],
     thread="T6", src="北京电力交易中心", column="交易数据")
P["T6p"] = "/www.example-xinzhi.cn/news/2027/0706/201502.html"
page(P["T6p"], "reprint", "2027-07-06 17:10", "上半年数据中心企业购买绿电312亿千瓦时",
     ["北京电力交易中心6日发布数据，2027年上半年国家电网经营区绿色电力交易电量2368亿千瓦时，同比增长58.3%，其中数据中心企业购买绿色电力312亿千瓦时。"],
     thread="T6", src="北京电力交易中心", editor="何方")

# ======================================================================================
# Distractors, stale pages, faults
# ======================================================================================
page("/www.mof.gov.cn/zhengwuxinxi/zhengcefabu/202707/t20270706_3921577.htm", "distractor", "2027-07-06 10:00",
     "财政部2027年7月国债发行安排", ["财政部定于7月10日招标发行2027年记账式附息（十二期）国债。"], src="国库司", docno=None)
page("/www.mof.gov.cn/zhengwuxinxi/zhengcefabu/202707/t20270705_3921402.htm", "distractor", "2027-07-05 09:00",
     "财政部中小企业数字化转型政策评估服务项目公开招标公告",
     ["项目编号：0747-2741CZB0318", "采购预算：198万元", "投标截止时间：2027年7月26日9时30分"], src="财政部", docno=None)
page("/www.mot.gov.cn/tongzhigonggao/202707/t20270707_4127802.html", "distractor", "2027-07-07 09:00",
     "关于召开2027年全国智慧港口建设现场会的通知",
     ["定于2027年7月下旬在青岛召开全国智慧港口建设现场会，具体事宜另行通知。"], src="水运局", docno=None)
page("/www.qstheory.cn/20270706/1b2c3d4e5f6a4b7c8d9e0f1a2b3c4d5e/c.html", "distractor", "2027-07-06 09:00",
     "暑期文旅消费持续升温", ["暑期以来，各地博物馆、景区客流持续增长，夜间文旅消费活跃。"], src="求是网", editor="刘婷")
page("/www.gov.cn/yaowen/liebiao/202707/content_7305219.htm", "distractor", "2027-07-07 08:00",
     "国家防总启动防汛四级应急响应", ["受强降雨影响，国家防总7日针对江西、湖南启动防汛四级应急响应。"], src="新华社", column="要闻")
page("/www.gov.cn/renmian/202707/content_7305144.htm", "distractor", "2027-07-06 18:00", "国务院任免国家工作人员",
     ["国务院任命陈立为财政部副部长。"], src="新华社", column="人事")
page("/www.example-xinzhi.cn/news/2027/0707/201588.html", "distractor", "2027-07-07 21:00",
     "男篮亚洲杯预选赛：中国队主场大胜", ["7日晚，中国男篮在亚洲杯预选赛中以92比61战胜对手。"], src="新智网", editor="何方")
page("/jxt.zj.gov.cn/art/2027/7/6/art_1229123_59301640/index.html", "distractor", "2027-07-06 15:00",
     "关于举办2027年浙江省数字经济系统干部培训班的通知", ["定于7月中旬举办全省数字经济系统干部培训班，请各地按名额报名。"],
     src="人事处", gen_date="2027-07-06", docno="")

page("/www.mof.gov.cn/zhengwuxinxi/zhengcefabu/202607/t20260708_3812295.htm", "stale", "2026-07-08 16:00",
     "财政部办公厅　工业和信息化部办公厅关于组织申报2026年度中小企业数字化转型城市试点的通知",
     ["现组织申报2026年度中小企业数字化转型城市试点，遴选第二批试点城市不超过35个，申报截止时间为2026年8月20日。"],
     src="经济建设司", docno="财办建〔2026〕37号", signed="2026-07-05")
page("/www.qstheory.cn/20260708/5e6f7a8b9c0d4e1f2a3b4c5d6e7f8a9b/c.html", "stale", "2026-07-08 09:00",
     "因地制宜发展新质生产力", ["发展新质生产力不是忽视、放弃传统产业，要防止一哄而上、泡沫化。"], src="求是网", editor="刘婷")
page("/pmos.sgcc.com.cn/xxpl/jysj/202607/t20260707_71196.html", "stale", "2026-07-07 10:00", "2026年上半年绿色电力交易情况",
     ["2026年上半年，国家电网经营区绿色电力交易电量1496亿千瓦时，同比增长64.1%。"], src="北京电力交易中心", column="交易数据")
page("/paper.ce.cn/pc/content/202607/06/content_291127.html", "stale", "2026-07-06 05:00", "算力券：让中小企业用得起算力",
     ["截至2026年6月底，浙江已累计发放算力券0.9亿元，惠及企业1100余家。"], src="经济日报", author="经济日报记者　柳文", edition="06")

B = {}
B["empty"] = "/www.example-xinzhi.cn/news/2027/0706/201490.html"
page(B["empty"], "broken", "2027-07-06 12:00", "算力券跨区域通兑有望破题", [], src="新智网", empty=True, relevant=False)
B["att404"] = "/www.mot.gov.cn/tongzhigonggao/202707/P020270706412773002.pdf"
t2["attach"].append(dict(label="附件2：典型案例简介.pdf", href=posixpath.relpath(B["att404"], posixpath.dirname(t2["path"])),
                         path=B["att404"]))
B["missing"] = "/pmos.sgcc.com.cn/xxpl/jysj/202707/t20270707_88230.html"
B["feedbad"] = "/www.gov.cn/zhengce/zhengceku/202707/content_7305477.htm"
EXTRA = {"pmos": [("2027年6月电力市场交易信息", B["missing"], "2027-07-07", 0)]}
MALFORMED = {"govcn": "<item>\n<title>国务院常务会议研究部署<推进数字经济>相关工作</title>\n<link>/www.gov.cn/zhengce/zhengceku/202707/content_7305477.htm</link>\n<pubDate>Wed, 07 Jul 2027 18:00:00 +0800</pubDate>\n</item>"}

THREADS = [
    dict(id="T1", importance=1,
         title="财政部、工业和信息化部组织申报2027年度中小企业数字化转型城市试点：遴选不超过30个城市，每个最高奖补1.5亿元",
         key_facts=["财办建〔2027〕41号", "不超过30个", "1.5亿元", "1亿元", "85%以上", "2027年8月15日"],
         deadlines=[dict(date="2027-08-15", what="省级财政部门会同中小企业主管部门报送推荐文件和城市实施方案（见附件1申报指南）")],
         entities=["财政部", "工业和信息化部"],
         facts_only_in_attachments=["85%以上", "2027年8月15日"]),
    dict(id="T2", importance=2,
         title="交通运输部公布第二批智慧港口建设典型案例28个",
         key_facts=["交办水函〔2027〕1123号", "28个", "青岛港全自动化集装箱码头智能调度", "宁波舟山港港口大模型辅助生产决策"],
         deadlines=[], entities=["交通运输部"],
         facts_only_in_attachments=["宁波舟山港港口大模型辅助生产决策"]),
    dict(id="T3", importance=2,
         title="浙江公示2027年度高质量数据集建设项目拟支持名单：52个项目、拟支持资金合计1.38亿元",
         key_facts=["52个", "1.38亿元", "186个", "2027年7月7日至7月13日"],
         deadlines=[dict(date="2027-07-13", what="浙江高质量数据集建设项目拟支持名单公示期截止（异议反映）")],
         entities=["浙江省经济和信息化厅"],
         facts_only_in_attachments=["1.38亿元", "186个"]),
    dict(id="T4", importance=1,
         title="求是网：以科技创新和产业创新深度融合引领新质生产力发展（重点领域与任务，无数字）",
         key_facts=[FIELDS, TASK1, TASK2, "强化企业科技创新主体地位"],
         deadlines=[], entities=["求是网"]),
    dict(id="T5", importance=2,
         title="经济日报：算力券撬动中小企业用算用模，浙江累计发放算力券2.6亿元",
         key_facts=["2.6亿元", "3100余家", "9亿元", "200万元"],
         deadlines=[], entities=["经济日报", "浙江省经济和信息化厅"]),
    dict(id="T6", importance=2,
         title="北京电力交易中心：上半年绿色电力交易电量2368亿千瓦时，数据中心企业购买绿电312亿千瓦时",
         key_facts=["2368亿千瓦时", "58.3%", "312亿千瓦时", "8120万张"],
         deadlines=[], entities=["北京电力交易中心"]),
]

README = f"""# {NAME}: a day of attachments-only notices (synthetic)

**Synthetic test data.** Every document, figure, list entry, document number and person in it
is fictional, written by the corpday helper to test the 「新质生产力每日动态」 brief generator
without reading its code. Pages imitate only the *structure* of the kind of site they sit on.
`www.example-xinzhi.cn` (新智网) is a fictional portal.

Brief date {BRIEF_DATE}, window {WINDOW_DAYS} days. Built by `../make_own-{BRIEF_DATE}.py`
(seed {SEED}), checked by `../check_own-{BRIEF_DATE}.py`.

## Storylines
- **T1 (1)** 财政部办公厅 工业和信息化部办公厅 city-pilot call (财办建〔2027〕41号): three lines of
  HTML; the substance (不超过30个, 1.5亿元 / 1亿元, 85%以上, the deadline 2027-08-15) is in a real
  PDF guide and a DOCX outline; a portal's short rewrite repeats part of it.
- **T2 (2)** 交通运输部 (GBK site) typical cases: the list is only in an XLSX; a second
  attachment link 404s.
- **T3 (2)** 浙江 data-set projects under public notice until 7月13日: the total (1.38亿元) is
  only in the XLSX, the number of applications (186个) only in a PDF. The article URL ends in
  `/index.html`, as do the site's navigation links.
- **T4 (1)** 求是网 commentary on a policy direction with no figures at all: its substance is the
  fields it names and the tasks (key facts are those phrases); reprinted on the central portal.
- **T5 (2)** an 经济日报 newspaper article carried by a portal and by the provincial government
  site (来源：经济日报 on both): the original is the newspaper's page.
- **T6 (2)** green-power trading statistics including data-centre purchases.

Gold: attachments are listed in `threads[].attachments` and in `articles` with kind
`attachment` (relevant, their thread, their parent page); `threads[].facts_only_in_attachments`
names the key facts that no HTML page states. `score.py` reads only HTML text, so a brief that
cites an attachment for such a figure is reported as an ungrounded number there.

## First black-box score (main at b9bb006, before any tuning to this corpus; the same figures at da30812)
`score.py` with `dailybrief run`: threads 3/6 (recall 0.5), section purity 1.0, no split
threads, fact recall 0.423, deadline recall 0.0, no leaks, no misattribution, no ungrounded
numbers. T1 was told from its HTML and the portal rewrite only (no attachment fact, no
document number, no deadline); T2 (XLSX only, GBK site), T3 (URL ending `/index.html`, XLSX
and PDF) and T4 (the commentary without figures) were not in the brief at all. T5 was
correctly credited to the newspaper.

## Distractors, stale pages, faults
Bond issuance, a procurement notice for a policy evaluation, a meeting notice with no content,
culture, flood response, a personnel notice, basketball, a training notice; stale pages a
year old on each topic; an empty page (a portal's recommendation target); a 404 list link and a
404 attachment link; a malformed RSS item; GBK pages with relative links.
"""

if __name__ == "__main__":
    build(THREADS, README, malformed=MALFORMED, extra_list=EXTRA,
          broken=[(B["missing"], "404: listed on the exchange's list page, no file"),
                  (B["att404"], "404: the second attachment of the T2 notice, no file"),
                  (B["feedbad"], "the malformed RSS item's link; no file")])
