#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the synthetic one-day corpus ``own-2027-05-19`` (a day dominated by one big policy).

FICTIONAL test data for the 「新质生产力每日动态」 brief generator, written by the corpday
helper without reading the system's code. Pages imitate the *structure* of the kind of
site they sit on (templates, date lines, info tables, encodings, list pages, feeds); every
document, figure, name and quotation is invented.

The day: 国务院办公厅 publishes an implementing opinion on 未来产业 (the original on the
central portal), reprinted by a news site and a portal, explained by the ministry in an
答记者问 with facts of its own, discussed by two commentaries, and put into practice by two
provincial notices with their own deadlines; plus three smaller storylines (electricity
statistics with data-centre load, a provincial computing-power plan whose page shows an old
生成日期 next to its 发布日期, a municipal embodied-AI plan with named officials), and
distractors, stale pages and faults.

Run:  python3 make_own-2027-05-19.py      (rebuilds ./own-2027-05-19 next to this file)
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
NAME = "own-2027-05-19"
OUT = HERE / NAME
SITE = OUT / "site"
BRIEF_DATE = "2027-05-19"
WINDOW_DAYS = 14
SEED = 20270519

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
source("govcn", "www.gov.cn", "中国政府网", "Chinese Government Portal", "rss",
       "/www.gov.cn/rss/zhengce.xml", "central", "central")
source("most", "www.most.gov.cn", "科学技术部", "Ministry of Science and Technology", "listpage",
       "/www.most.gov.cn/xwzx/twzb/index.htm", "ministry", "ministry", charset="gbk")
source("gmw", "www.gmw.cn", "光明网", "Guangming Online", "atom",
       "/www.gmw.cn/feed/politics.xml", "media", "media")
source("people", "paper.people.com.cn", "人民日报", "People's Daily (e-paper)", "listpage",
       "/paper.people.com.cn/rmrb/html/2027-05/19/nbs.D110000renmrb_01.htm", "media", "paper")
source("caixun", "www.example-caixun.cn", "财讯网", "Caixun (fictional business portal)", "rss",
       "/www.example-caixun.cn/rss/finance.xml", "media", "portal")
source("anhui", "www.ah.gov.cn", "安徽省人民政府", "Anhui Provincial People's Government", "listpage",
       "/www.ah.gov.cn/public/column/6781/index.html", "local", "prov")
source("sichuan", "jxt.sc.gov.cn", "四川省经济和信息化厅", "Sichuan Department of Economy and Information Technology",
       "listpage", "/jxt.sc.gov.cn/scjxt/tzgg/common_list.shtml", "local", "ministry")
source("jiangsu", "www.jiangsu.gov.cn", "江苏省人民政府", "Jiangsu Provincial People's Government", "listpage",
       "/www.jiangsu.gov.cn/col/col76841/index.html", "local", "prov")
source("cec", "www.cec.org.cn", "中国电力企业联合会", "China Electricity Council", "listpage",
       "/www.cec.org.cn/menu/index.html", "industry", "stats")
source("sheitc", "sheitc.sh.gov.cn", "上海市经济和信息化委员会", "Shanghai Municipal Commission of Economy and Informatization",
       "listpage", "/sheitc.sh.gov.cn/xwfb/index.html", "local", "ministry")
HOSTS["www.most.gov.cn"]["column"] = "图文直播"
HOSTS["www.ah.gov.cn"]["column"] = "省政府办公厅文件"
HOSTS["jxt.sc.gov.cn"]["column"] = "通知公告"
HOSTS["www.jiangsu.gov.cn"]["column"] = "省政府办公厅文件"
HOSTS["www.cec.org.cn"]["column"] = "统计数据"
HOSTS["sheitc.sh.gov.cn"]["column"] = "新闻发布"
HOSTS["jxt.sc.gov.cn"]["absolute_links"] = False
HOSTS["www.most.gov.cn"]["absolute_links"] = False
HOSTS["paper.people.com.cn"]["absolute_links"] = False
HOSTS["paper.people.com.cn"]["column"] = "第01版：要闻"

DOC = "《国务院办公厅关于加快未来产业培育发展的实施意见》"
DOC_S = "《关于加快未来产业培育发展的实施意见》"
FIELDS = "量子信息、生物制造、氢能与核聚变能、脑机接口、具身智能、第六代移动通信"
TASKS = "统筹推进未来产业技术攻关、概念验证平台建设、场景开放和标准体系建设"

# ======================================================================================
# T1: the big policy and everything around it
# ======================================================================================
P = {}
P["T1o"] = "/www.gov.cn/zhengce/content/202705/content_7241836.htm"
T1_BODY = [
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
    "未来产业由前沿技术驱动，当前处于孕育萌发阶段或产业化初期，是具有显著战略性、引领性、颠覆性和不确定性的前瞻性新兴产业。加快未来产业培育发展，是发展新质生产力、建设现代化产业体系的重要举措。经国务院同意，现提出以下意见。",
    ("h", "一、总体要求"),
    f"坚持创新驱动、应用牵引、生态培育、安全可控，{TASKS}，推动前沿技术从实验室走向生产线。到2030年，未来产业增加值占国内生产总值比重达到3%左右，建设20个左右国家未来产业先导区，培育100家以上未来产业领军企业，形成一批具有国际竞争力的未来产业集群。",
    ("h", "二、前瞻布局重点方向"),
    f"（一）在{FIELDS}等方向前瞻布局，分领域制定技术路线图，实施未来产业关键核心技术攻关工程。",
    "（二）面向深海空天、新型储能、合成生物等领域开展前沿技术预见，建立动态调整的未来产业重点方向清单，每两年更新一次。",
    ("h", "三、重点任务"),
    "（三）建设概念验证和中试平台。支持高校、科研院所和龙头企业建设概念验证中心和中试熟化平台，对符合条件的平台按规定给予支持。",
    "（四）开放应用场景。各地区各部门要定期发布未来产业应用场景清单，支持首台（套）装备、首批次材料、首版次软件在重点场景先行先试。",
    "（五）强化耐心资本支持。引导政府投资基金投早、投小、投长期、投硬科技，鼓励保险资金、社保基金按市场化原则参与未来产业投资。",
    "（六）完善标准和治理体系。加快制定未来产业相关标准，建立包容审慎的监管方式，对新技术新业态设置合理观察期。",
    ("h", "四、组织实施"),
    "科技部、国家发展改革委要会同有关部门加强统筹协调，各省级人民政府要结合本地实际制定具体落实措施，重大事项及时向国务院报告。",
    ("r", "国务院办公厅"), ("r", "2027年5月12日"),
    ("c", "（此件公开发布）"),
]
page(P["T1o"], "original", "2027-05-18 17:00", f"国务院办公厅关于加快未来产业培育发展的实施意见", T1_BODY,
     thread="T1", src="国务院办公厅", docno="国办发〔2027〕15号", signed="2027-05-12", issuer="国务院办公厅",
     topic="科技、教育\\科技", column="国务院文件", summary=f"国务院办公厅印发{DOC_S}，提出到2030年建设20个左右国家未来产业先导区。")

P["T1x"] = "/www.gmw.cn/2027-05/18/content_37261845.htm"
page(P["T1x"], "reprint", "2027-05-18 17:46",
     f"国务院办公厅印发{DOC_S}",
     ["新华社北京5月18日电　经国务院同意，国务院办公厅日前印发" + DOC_S + "（以下简称《实施意见》）。",
      f"《实施意见》提出，到2030年，未来产业增加值占国内生产总值比重达到3%左右，建设20个左右国家未来产业先导区，培育100家以上未来产业领军企业。",
      f"《实施意见》明确，在{FIELDS}等方向前瞻布局，分领域制定技术路线图；{TASKS}。",
      "《实施意见》部署了建设概念验证和中试平台、开放应用场景、强化耐心资本支持、完善标准和治理体系等重点任务，要求各地区各部门定期发布未来产业应用场景清单。"],
     thread="T1", src="新华社", editor="赵岩", keywords="未来产业,实施意见,国务院办公厅")

P["T1p"] = "/www.example-caixun.cn/finance/2027-05-18/doc-inmxqa8813572.shtml"
page(P["T1p"], "reprint", "2027-05-18 19:05",
     f"国务院办公厅：到2030年建设20个左右国家未来产业先导区",
     T1_BODY[1:4] + T1_BODY[5:6] + T1_BODY[8:14] + ["（来源：中国政府网）"],
     thread="T1", src="中国政府网", editor="孙悦",
     recommend=[("A股三大指数收涨 未来产业概念股午后走强", "/www.example-caixun.cn/finance/2027-05-18/doc-inmxqa8813601.shtml")])

P["T1i"] = "/www.most.gov.cn/xwzx/twzb/fbh27051801/index.htm"
page(P["T1i"], "interpretation", "2027-05-18 20:30",
     f"科技部、国家发展改革委有关负责人就{DOC_S}答记者问",
     [f"5月12日，国务院办公厅印发{DOC_S}（以下简称《实施意见》）。科技部、国家发展改革委有关负责人就《实施意见》回答了记者提问。",
      ("h", "问：为什么要出台《实施意见》？"),
      "答：科技部副部长陈家和表示，未来产业竞争本质上是前沿技术策源能力和产业组织能力的竞争，“培育未来产业，既要有十年磨一剑的定力，也要有只争朝夕的紧迫感”。出台《实施意见》，就是要把分散在各部门、各地区的探索统起来，形成国家层面的路线图和政策包。",
      ("h", "问：国家未来产业先导区如何布局？"),
      "答：国家发展改革委高技术司司长刘文涛介绍，先导区将坚持“成熟一个、批复一个”，首批拟布局12个国家未来产业先导区，重点支持具备原始创新策源能力和产业承载能力的城市群。先导区建设指引将于今年9月底前出台。",
      ("h", "问：在资金支持方面有哪些安排？"),
      "答：陈家和介绍，国家将设立国家未来产业投资基金，首期规模一千亿元，存续期不少于十五年，重点投向早期项目和硬科技企业。截至2027年4月底，全国已建成概念验证中心86家、中试平台214个。",
      ("h", "问：下一步如何推动落实？"),
      "答：科技部将会同有关部门建立未来产业培育部际协调机制，定期评估《实施意见》落实情况，对先导区实行动态管理、有进有出。"],
     thread="T1", src="科技部", docno=None)

P["T1c1"] = "/paper.people.com.cn/rmrb/html/2027-05/19/nw.D110000renmrb_20270519_2-04.htm"
page(P["T1c1"], "commentary", "2027-05-19 05:00",
     "以未来产业塑造发展新优势",
     ["未来产业是新质生产力最活跃的增长点。国务院办公厅日前印发" + DOC_S + "，对未来产业培育作出系统部署，释放出抢抓新一轮科技革命和产业变革机遇的鲜明信号。",
      f"培育未来产业，要找准方向。《实施意见》明确在{FIELDS}等方向前瞻布局，既瞄准全球科技前沿，也立足我国产业基础和市场优势。方向清单每两年更新一次，体现了“动态调整、有进有出”的科学态度。",
      "培育未来产业，要打通堵点。从实验室样品到市场产品，概念验证和中试熟化是最容易“断档”的环节。把建设概念验证和中试平台列为重点任务，抓住了科技成果转化的关键一跃。",
      "培育未来产业，还要保持耐心。未来产业投入大、周期长、不确定性高，需要“投早、投小、投长期、投硬科技”的耐心资本，也需要包容审慎的监管。以久久为功的韧劲持续推进，未来产业必将成长为支撑高质量发展的新支柱。"],
     thread="T1", src="人民日报", author="本报评论员", edition="04", kicker="", subtitle="")

P["T1c2"] = "/www.example-caixun.cn/finance/2027-05-19/doc-inmxqa8813799.shtml"
page(P["T1c2"], "commentary", "2027-05-19 07:40",
     "12个先导区名额，地方怎么抢？",
     ["国务院办公厅18日公布的" + DOC_S + "提出建设20个左右国家未来产业先导区，首批拟布局12个。名额有限，地方的竞争已经开始。",
      "记者梳理发现，《实施意见》公布当天，安徽、四川等地就发布了贯彻落实文件。多位受访专家认为，先导区的核心不在于“挂牌”，而在于能否形成从原始创新到概念验证、中试熟化再到规模量产的完整链条。",
      "“先导区不是新一轮园区竞赛。”一位长期从事区域创新研究的学者表示，地方应避免一哄而上、同质化布局，宜结合自身科研和产业基础选择一到两个方向深耕。"],
     thread="T1", src="财讯网", editor="孙悦")

P["T1n1"] = "/www.ah.gov.cn/public/1681/556732941/index.html"
page(P["T1n1"], "notice", "2027-05-18 21:10",
     f"安徽省人民政府办公厅关于贯彻落实{DOC}的通知",
     ["各市、县人民政府，省政府各部门、各直属机构：",
      f"为贯彻落实{DOC}（国办发〔2027〕15号），加快构建具有安徽特色的未来产业体系，经省政府同意，现就有关事项通知如下。",
      "一、聚焦重点方向。在量子信息、聚变能源、空天信息、生物制造等方向集中力量突破，支持合肥争创国家未来产业先导区。",
      "二、加大投入力度。省级财政每年统筹安排30亿元支持未来产业培育，省新兴产业引导基金设立未来产业子基金。",
      "三、压实工作责任。各市要结合实际制定本地区未来产业培育工作方案，于2027年6月30日前报送省科技厅、省发展改革委。",
      ("r", "安徽省人民政府办公厅"), ("r", "2027年5月17日")],
     thread="T1", src="安徽省人民政府办公厅", docno="皖政办〔2027〕9号", gen_date="2027-05-17",
     issuer="安徽省人民政府办公厅", topic="科技、教育")

P["T1n2"] = "/jxt.sc.gov.cn/scjxt/tzgg/2027/5/18/9f3c2a71e0d84b6c8a5e4f1b2c3d4e5f.shtml"
page(P["T1n2"], "notice", "2027-05-18 18:20",
     "四川省经济和信息化厅关于组织申报2027年度四川省未来产业先导区培育对象的通知",
     ["各市（州）经济和信息化局：",
      f"为落实{DOC}部署，培育一批未来产业先导区后备力量，现组织开展2027年度四川省未来产业先导区培育对象申报工作。",
      "一、申报方向。重点围绕具身智能、第六代移动通信、生物制造、先进核能等方向，每个市（州）推荐不超过2个。",
      "二、支持政策。经认定的培育对象，省级财政按规定给予最高2000万元支持，培育期为三年。",
      "三、申报时间。请各市（州）于2027年7月10日前将推荐材料报送省经济和信息化厅（科技与质量处），逾期不予受理。",
      ("r", "四川省经济和信息化厅"), ("r", "2027年5月18日")],
     thread="T1", src="科技与质量处", docno="川经信科技〔2027〕58号", index_no="11510000MB1518723X/2027-00873")

# ======================================================================================
# T2: electricity statistics (official statistics with data-centre load: on topic)
# ======================================================================================
P["T2o"] = "/www.cec.org.cn/detail/2027/05/17/337215.html"
page(P["T2o"], "original", "2027-05-17 10:00",
     "2027年1—4月全国电力工业运行简况",
     ["1—4月，全国全社会用电量3.32万亿千瓦时，同比增长6.1%。分产业看，第一产业用电量422亿千瓦时，同比增长9.4%；第二产业用电量2.14万亿千瓦时，同比增长5.2%；第三产业用电量6118亿千瓦时，同比增长9.8%；城乡居民生活用电量4963亿千瓦时，同比增长4.7%。",
      "第三产业中，信息传输、软件和信息技术服务业用电量同比增长18.6%，其中互联网数据服务用电量同比增长35.4%；充换电服务业用电量同比增长41.2%。",
      ("table", [["指标", "1—4月累计", "同比增长"],
                 ["全社会用电量（亿千瓦时）", "33200", "6.1%"],
                 ["互联网数据服务用电量（亿千瓦时）", "318", "35.4%"],
                 ["充换电服务业用电量（亿千瓦时）", "276", "41.2%"]]),
      "截至4月底，全国发电装机容量36.8亿千瓦，同比增长14.2%。其中，太阳能发电装机容量11.6亿千瓦，同比增长37.5%；风电装机容量6.1亿千瓦，同比增长19.3%。",
      ("note", "注：全社会用电量数据来自电力企业联合会统计快报，部分数据因四舍五入存在总计与分项合计不等的情况。")],
     thread="T2", src="统计与数据中心", column="统计数据")
P["T2r"] = "/www.example-caixun.cn/finance/2027-05-17/doc-inmxqa8812245.shtml"
page(P["T2r"], "reprint", "2027-05-17 14:22",
     "中电联：1—4月互联网数据服务用电量同比增长35.4%",
     ["中国电力企业联合会17日发布数据显示，1—4月，全国全社会用电量3.32万亿千瓦时，同比增长6.1%。",
      "其中，信息传输、软件和信息技术服务业用电量同比增长18.6%，互联网数据服务用电量同比增长35.4%，充换电服务业用电量同比增长41.2%。业内人士表示，算力设施负荷增长正成为拉动第三产业用电的重要因素。"],
     thread="T2", src="中国电力企业联合会", editor="钱程")

# ======================================================================================
# T3: Jiangsu computing-power plan (生成日期 before the window, 发布日期 inside)
# ======================================================================================
P["T3o"] = "/www.jiangsu.gov.cn/art/2027/5/14/art_46144_11873265.html"
page(P["T3o"], "original", "2027-05-14 16:30",
     "省政府办公厅关于印发江苏省算力基础设施高质量发展行动方案（2027—2029年）的通知",
     ["各设区市人民政府，省各委办厅局，省各直属单位：",
      "《江苏省算力基础设施高质量发展行动方案（2027—2029年）》已经省人民政府同意，现印发给你们，请认真组织实施。",
      ("c", "江苏省算力基础设施高质量发展行动方案（2027—2029年）"),
      "到2029年，全省算力总规模超过60EFLOPS，其中智能算力占比超过70%；新建大型及以上数据中心电能利用效率（PUE）降至1.25以下；建成省级算力调度平台，实现全省算力资源“一网统管”。",
      "主要任务包括：优化算力设施布局，推动苏南地区建设智能算力集群、苏北地区建设绿色数据中心集群；推进“算电协同”，支持数据中心与新能源项目一体化建设；实施“算力券”政策，每年发放总额不超过5亿元的算力券，降低中小企业用算成本。",
      ("r", "江苏省人民政府办公厅"), ("r", "2027年4月28日")],
     thread="T3", src="江苏省人民政府办公厅", docno="苏政办发〔2027〕21号", gen_date="2027-04-28",
     issuer="江苏省人民政府办公厅", topic="工业、交通\\信息产业（含电信）")
P["T3r"] = "/www.gmw.cn/2027-05/15/content_37255102.htm"
page(P["T3r"], "reprint", "2027-05-15 09:12",
     "江苏：到2029年全省算力总规模超过60EFLOPS",
     ["光明网讯　江苏省人民政府办公厅近日印发《江苏省算力基础设施高质量发展行动方案（2027—2029年）》，提出到2029年，全省算力总规模超过60EFLOPS，其中智能算力占比超过70%，新建大型及以上数据中心电能利用效率（PUE）降至1.25以下。",
      "方案提出实施“算力券”政策，每年发放总额不超过5亿元的算力券，降低中小企业用算成本。"],
     thread="T3", src="光明网", editor="吴迪")

# ======================================================================================
# T4: Shanghai embodied-AI press conference (named officials and what they said)
# ======================================================================================
P["T4o"] = "/sheitc.sh.gov.cn/xwfb/20270516/6b1e2c9d4a8f47e3b5d0c7a9e1f2d3c4.html"
page(P["T4o"], "original", "2027-05-16 15:00",
     "市政府新闻发布会介绍《上海市具身智能产业集群建设方案》",
     ["5月16日，市政府新闻办举行新闻发布会，市经济信息化委主任张文彬介绍《上海市具身智能产业集群建设方案》有关情况。",
      "张文彬表示，到2029年，上海具身智能产业规模力争突破一千二百亿元，培育10家以上具有全球影响力的整机企业，建设5个具身智能训练场。",
      "市经济信息化委副主任徐卫平介绍，上海将开放工厂、医院、养老机构等1000个以上具身智能应用场景，并设立规模100亿元的具身智能产业基金。",
      "徐卫平说：“我们要让机器人先‘进得了门’，再‘干得好活’。”"],
     thread="T4", src="市经济信息化委")
P["T4r"] = "/www.example-caixun.cn/tech/2027-05-16/doc-inmxqa8811930.shtml"
page(P["T4r"], "reprint", "2027-05-16 18:40",
     "上海：到2029年具身智能产业规模力争突破一千二百亿元",
     ["据上海市经济和信息化委员会消息，5月16日上海市政府新闻办举行发布会，市经济信息化委主任张文彬介绍，到2029年，上海具身智能产业规模力争突破一千二百亿元，培育10家以上具有全球影响力的整机企业。",
      "上海将开放1000个以上具身智能应用场景，并设立规模100亿元的具身智能产业基金。"],
     thread="T4", src="上海市经济和信息化委员会", editor="钱程")

# ======================================================================================
# Distractors, stale pages, faults
# ======================================================================================
D = {}
D["personnel"] = "/www.gov.cn/renmian/202705/content_7241790.htm"
page(D["personnel"], "distractor", "2027-05-18 18:00", "国务院任免国家工作人员",
     ["国务院任命王立新为科学技术部副部长；任命李芳为国家统计局副局长。", "免去赵海涛的国家能源局副局长职务。"],
     src="新华社", column="人事")
D["weather"] = "/www.gmw.cn/2027-05/18/content_37261577.htm"
page(D["weather"], "distractor", "2027-05-18 10:05", "中央气象台：江南华南将有较强降雨过程",
     ["中央气象台预计，5月19日至21日，江南、华南等地将出现一次较强降雨过程，局地伴有雷暴大风等强对流天气。", "公众出行请注意防范。"],
     src="中国气象局")
D["sports"] = "/www.gmw.cn/2027-05/17/content_37259033.htm"
page(D["sports"], "distractor", "2027-05-17 22:30", "全国田径大奖赛肇庆站落幕　多名选手刷新个人最好成绩",
     ["2027年全国田径大奖赛肇庆站17日落幕，男子100米决赛中，选手以10秒08的成绩夺冠。"], src="光明网")
D["stock"] = "/www.example-caixun.cn/finance/2027-05-18/doc-inmxqa8813601.shtml"
page(D["stock"], "distractor", "2027-05-18 15:10", "A股三大指数收涨 未来产业概念股午后走强",
     ["18日A股三大指数集体收涨，上证指数涨0.62%，创业板指涨1.35%。量子信息、脑机接口等概念股午后走强，两市成交额1.21万亿元。"],
     src="财讯网")
D["procure"] = "/www.most.gov.cn/tztg/202705/t20270516_198233.htm"
page(D["procure"], "distractor", "2027-05-16 11:00", "科学技术部未来产业监测数据库建设项目中标结果公告",
     ["一、项目编号：GC-HG2027-0318", "二、项目名称：未来产业监测数据库建设项目", "三、中标供应商：北京某信息技术有限公司，中标金额：386.5万元。",
      "四、公告期限：自本公告发布之日起1个工作日。"], src="科学技术部", column="通知通告")
D["meeting"] = "/jxt.sc.gov.cn/scjxt/tzgg/2027/5/15/1a2b3c4d5e6f47089a1b2c3d4e5f6a7b.shtml"
page(D["meeting"], "distractor", "2027-05-15 09:30", "关于召开2027年全省未来产业发展推进会的通知",
     ["各市（州）经济和信息化局：", "定于2027年5月26日在成都召开全省未来产业发展推进会，请各单位分管负责同志参加。具体事项另行通知。"],
     src="办公室")
D["ah_staff"] = "/www.ah.gov.cn/public/1681/556729915/index.html"
page(D["ah_staff"], "distractor", "2027-05-16 10:00", "安徽省人民政府关于孙建华等同志职务任免的通知",
     ["各市人民政府，省政府各部门、各直属机构：", "省人民政府决定：任命孙建华为安徽省科学技术厅副厅长；免去刘强的安徽省统计局副局长职务。"],
     src="安徽省人民政府", docno="皖政人字〔2027〕31号", gen_date="2027-05-16")
D["js_weather"] = "/www.jiangsu.gov.cn/art/2027/5/17/art_60096_11875102.html"
page(D["js_weather"], "distractor", "2027-05-17 08:30", "我省启动防汛Ⅳ级应急响应",
     ["受强降雨影响，省防汛防旱指挥部17日启动防汛Ⅳ级应急响应。"], src="江苏省应急管理厅", gen_date="2027-05-17")

D["paper_culture"] = "/paper.people.com.cn/rmrb/html/2027-05/19/nw.D110000renmrb_20270519_3-12.htm"
page(D["paper_culture"], "distractor", "2027-05-19 05:00", "大运河文化带上的非遗新生",
     ["初夏时节，运河沿岸的非遗工坊里，竹编、木版年画等传统技艺吸引了不少年轻人驻足。"],
     src="人民日报", author="本报记者　宋雨", edition="12")
D["caixun_missing"] = "/www.example-caixun.cn/finance/2027-05-18/doc-inmxqa8813650.shtml"

S = {}
S["old_policy"] = "/www.gov.cn/zhengce/content/202605/content_7014226.htm"
page(S["old_policy"], "stale", "2026-05-20 16:00", "国务院办公厅关于推动未来产业创新发展的通知",
     ["各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
      "为推动未来产业创新发展，经国务院同意，现就有关事项通知如下。到2027年，建设8个左右未来产业先导试验区，培育30家以上未来产业领军企业。",
      ("r", "国务院办公厅"), ("r", "2026年5月15日")],
     src="国务院办公厅", docno="国办发〔2026〕19号", signed="2026-05-15", issuer="国务院办公厅", listed=True)
S["old_stats"] = "/www.cec.org.cn/detail/2026/05/18/301877.html"
page(S["old_stats"], "stale", "2026-05-18 10:00", "2026年1—4月全国电力工业运行简况",
     ["1—4月，全国全社会用电量3.13万亿千瓦时，同比增长5.4%。其中，互联网数据服务用电量同比增长28.7%；充换电服务业用电量同比增长46.0%。"],
     src="统计与数据中心", column="统计数据")
S["old_js"] = "/www.jiangsu.gov.cn/art/2026/5/12/art_46144_10982311.html"
page(S["old_js"], "stale", "2026-05-12 16:00", "省政府办公厅关于推进全省数据中心绿色低碳发展的通知",
     ["到2026年底，全省新建大型数据中心PUE降至1.3以下，算力总规模超过35EFLOPS。", ("r", "江苏省人民政府办公厅"), ("r", "2026年5月8日")],
     src="江苏省人民政府办公厅", docno="苏政办发〔2026〕33号", gen_date="2026-05-08")
S["old_sh"] = "/sheitc.sh.gov.cn/xwfb/20260511/0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f.html"
page(S["old_sh"], "stale", "2026-05-11 15:00", "上海发布具身智能产业发展三年行动计划",
     ["到2026年，上海具身智能产业规模力争突破五百亿元，开放应用场景300个以上。"], src="市经济信息化委")

B = {}
B["empty"] = "/www.cec.org.cn/detail/2027/05/18/337390.html"
page(B["empty"], "broken", "2027-05-18 09:00", "中电联发布《2027年一季度全国电力供需形势分析预测报告》", [],
     src="中国电力企业联合会", empty=True, relevant=False)
B["missing"] = "/www.ah.gov.cn/public/1681/556733002/index.html"
B["missing_sc"] = "/jxt.sc.gov.cn/scjxt/tzgg/2027/5/17/ffe0d1c2b3a4459687a6b5c4d3e2f1a0.shtml"

EXTRA = {
    "anhui": [("安徽省人民政府办公厅关于印发安徽省未来产业先导区建设工作方案的通知", B["missing"], "2027-05-18", 0)],
    "sichuan": [("关于公布2027年第一批四川省企业技术中心名单的通知", "2027/5/17/ffe0d1c2b3a4459687a6b5c4d3e2f1a0.shtml", "2027-05-17", 1)],
}
MALFORMED = {
    "caixun": "<item>\n<title>未来产业ETF规模突破百亿 <b>机构称布局窗口打开</title>\n<link>/www.example-caixun.cn/finance/2027-05-18/doc-inmxqa8813650.shtml</link>\n<pubDate>Tue, 18 May 2027 16:02:00 +0800</pubDate>\n<description>机构 & 资金</description>\n</item>",
}

THREADS = [
    dict(id="T1", importance=1,
         title="国务院办公厅印发《关于加快未来产业培育发展的实施意见》，到2030年建设20个左右国家未来产业先导区；科技部答记者问，安徽、四川出台落实文件",
         key_facts=["国办发〔2027〕15号", "5月12日", FIELDS, TASKS, "3%左右", "20个左右", "100家以上",
                    "陈家和", "刘文涛", "12个", "一千亿元", "不少于十五年", "86家", "214个",
                    "皖政办〔2027〕9号", "30亿元", "2027年6月30日", "川经信科技〔2027〕58号", "2000万元",
                    "2027年7月10日"],
         deadlines=[dict(date="2027-06-30", what="安徽各市报送本地区未来产业培育工作方案"),
                    dict(date="2027-07-10", what="四川各市（州）报送未来产业先导区培育对象推荐材料"),
                    dict(date="2027-09-30", what="国家未来产业先导区建设指引出台（答记者问：今年9月底前）")],
         entities=["国务院办公厅", "科技部", "国家发展改革委", "安徽省人民政府办公厅", "四川省经济和信息化厅"]),
    dict(id="T2", importance=2,
         title="中电联：1—4月全社会用电量3.32万亿千瓦时，互联网数据服务用电量同比增长35.4%",
         key_facts=["3.32万亿千瓦时", "6.1%", "18.6%", "35.4%", "41.2%", "36.8亿千瓦"],
         deadlines=[], entities=["中国电力企业联合会"]),
    dict(id="T3", importance=2,
         title="江苏印发算力基础设施高质量发展行动方案：到2029年算力总规模超过60EFLOPS",
         key_facts=["苏政办发〔2027〕21号", "60EFLOPS", "70%", "1.25以下", "5亿元"],
         deadlines=[], entities=["江苏省人民政府办公厅"]),
    dict(id="T4", importance=2,
         title="上海发布具身智能产业集群建设方案：到2029年产业规模力争突破一千二百亿元",
         key_facts=["张文彬", "一千二百亿元", "10家以上", "5个", "徐卫平", "1000个以上", "100亿元"],
         deadlines=[], entities=["上海市经济和信息化委员会"]),
]

README = f"""# {NAME}: a day dominated by one big policy (synthetic)

**Synthetic test data.** Every document, figure, document number, person, quotation and
company in it is fictional, written by the corpday helper to test the 「新质生产力每日动态」
brief generator, without reading the generator's code. The pages imitate only the
*structure* of the kind of site they sit on. `www.example-caixun.cn` (财讯网) is a fictional
portal.

Brief date {BRIEF_DATE}, window {WINDOW_DAYS} days. Built by `../make_own-{BRIEF_DATE}.py`
(seed {SEED}), checked by `../check_own-{BRIEF_DATE}.py`.

## Storylines (gold.json `threads`)
- **T1 (importance 1)** 国务院办公厅 {DOC}（国办发〔2027〕15号, 5月12日成文, published 5月18日 on
  the central portal: the original). Reprinted by a news site (a 新华社 rewrite) and a portal
  (near-copy, headline changed, 来源 line in its own element). An **答记者问** on the ministry site
  (GBK) with facts found nowhere else (named officials 陈家和 and 刘文涛, 首期规模一千亿元,
  存续期不少于十五年, 86家 / 214个, 12个 first-batch zones, a deadline "今年9月底前" without a
  year). Two commentaries (newspaper, portal). Two provincial implementation notices with their
  own document numbers and deadlines (安徽 6月30日, URL ending `/index.html`; 四川 7月10日).
  Gold key facts come from all of these pages: a brief built from the original alone misses
  about half of them. Enumeration of fields and a task list are key facts.
- **T2** electricity statistics with data-centre and charging load (industry statistics page
  with a table; a portal reprint).
- **T3** 江苏 computing-power plan: the page's info table shows 生成日期 2027-04-28 (outside the
  window, the document's signing date) and 发布日期 2027-05-14 (inside): it is today's news.
- **T4** 上海 embodied-AI plan: named officials and quotes, an amount in Chinese numerals.

## Distractors, stale pages, faults
Personnel notices (central, provincial), weather, sports, a stock-market report, a procurement
award notice and a meeting notice on the topic; stale pages a year old on each topic with other
figures; an empty page; a 404 link on two list pages; a malformed RSS item; a GBK ministry site
(`www.most.gov.cn`) with relative list links; a province whose article URLs end in
`/index.html` like its navigation links.

## First black-box score (main at da30812, before any tuning to this corpus)
`score.py` with `dailybrief run`: threads 3/4 (recall 0.75), section purity 1.0, split
threads [T1] (the 四川 notice became its own section), fact recall 0.5, deadline recall 0.333,
no leaks, no misattribution. Missed: T3 entirely (its 生成日期 lies before the window), the
答记者问 (its officials, 一千亿元, 不少于十五年, 12个, 86家, 214个), the 安徽 notice (URL ending
`/index.html`) and its deadline, every document number, the issue date, the task list.

Gold `articles[].kind` uses, besides the FORMAT.md kinds, `interpretation` (an official
解读/答记者问) and `notice` (an implementing document of another body): both are relevant parts
of their storyline.
"""

if __name__ == "__main__":
    build(THREADS, README, malformed=MALFORMED, extra_list=EXTRA,
          broken=[(B["missing"], "404: listed on the province's list page, no file"),
                  (B["missing_sc"], "404: listed on the department's list page, no file"),
                  (D["caixun_missing"], "the malformed feed item's link; no file")])
