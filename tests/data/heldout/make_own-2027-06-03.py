#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the synthetic one-day corpus ``own-2027-06-03`` (a day of local legislation).

FICTIONAL test data for the 「新质生产力每日动态」 brief generator, written by the corpday
helper without reading the system's code. Pages imitate the *structure* of the kind of
site they sit on; every law, article, figure, name and quotation is invented.

The day: a provincial 数据条例 公布 by the 人大常委会 (announcement with 第N号, 七章六十二条,
articles 第十五条…, penalty ranges 五万元以上五十万元以下, durations 不少于三年), carried by
the provincial portal (info table with 生成日期 and 发布日期) and explained by the provincial
paper with named officials; a municipal 人工智能产业促进条例 approved by the provincial
congress (date only in the URL, GBK city portal reprint, 不少于十亿元, 180日); a provincial
government order on computing infrastructure (政府令第N号, 〔2027〕12号); a provincial draft
open for comment with a deadline; computing-power statistics; and distractors, stale pages
and faults.

Run:  python3 make_own-2027-06-03.py      (rebuilds ./own-2027-06-03 next to this file)
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
NAME = "own-2027-06-03"
OUT = HERE / NAME
SITE = OUT / "site"
BRIEF_DATE = "2027-06-03"
WINDOW_DAYS = 14
SEED = 20270603

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
source("hppc", "www.hppc.gov.cn", "湖北省人大常委会", "Standing Committee of the Hubei Provincial People's Congress",
       "listpage", "/www.hppc.gov.cn/p/cwhgg/index.html", "local", "npc")
source("hubei", "www.hubei.gov.cn", "湖北省人民政府", "Hubei Provincial People's Government", "listpage",
       "/www.hubei.gov.cn/zfwj/index.shtml", "local", "prov")
source("hbrb", "epaper.hubeidaily.net", "湖北日报", "Hubei Daily (e-paper)", "listpage",
       "/epaper.hubeidaily.net/pc/layout/202706/02/node_01.html", "media", "paper")
source("szrd", "www.szrd.gov.cn", "苏州市人大常委会", "Standing Committee of the Suzhou Municipal People's Congress",
       "listpage", "/www.szrd.gov.cn/szrd/lfgz/list.html", "local", "npc")
source("suzhou", "www.suzhou.gov.cn", "苏州市人民政府", "Suzhou Municipal People's Government", "listpage",
       "/www.suzhou.gov.cn/szsrmzf/szyw/nav_list.shtml", "local", "ministry", charset="gbk")
source("shandong", "www.shandong.gov.cn", "山东省人民政府", "Shandong Provincial People's Government", "listpage",
       "/www.shandong.gov.cn/col/col107851/index.html", "local", "prov")
source("gdrd", "www.rd.gd.cn", "广东人大网", "Guangdong People's Congress Online", "listpage",
       "/www.rd.gd.cn/zyfb/tzgg/index.html", "local", "npc")
source("chinanews", "www.chinanews.com.cn", "中国新闻网", "China News Service", "rss",
       "/www.chinanews.com.cn/rss/china.xml", "media", "media")
source("fazhi", "www.example-fazhi.cn", "法治观察网", "Rule-of-Law Observer (fictional legal news portal)", "atom",
       "/www.example-fazhi.cn/atom/lifa.xml", "media", "portal")
source("caict", "www.caict.ac.cn", "中国信息通信研究院", "China Academy of Information and Communications Technology",
       "listpage", "/www.caict.ac.cn/kxyj/qwfb/index.htm", "industry", "stats")
for h, col in [("www.hppc.gov.cn", "常委会公告"), ("www.hubei.gov.cn", "政府文件"), ("epaper.hubeidaily.net", "第01版：要闻"),
               ("www.szrd.gov.cn", "立法工作"), ("www.suzhou.gov.cn", "苏州要闻"), ("www.shandong.gov.cn", "省政府令"),
               ("www.rd.gd.cn", "通知公告"), ("www.caict.ac.cn", "权威发布")]:
    HOSTS[h]["column"] = col
for h in ("epaper.hubeidaily.net", "www.suzhou.gov.cn", "www.caict.ac.cn"):
    HOSTS[h]["absolute_links"] = False

P = {}
# ======================================================================================
# T1: 湖北省数据条例
# ======================================================================================
HB = "《湖北省数据条例》"
HB_ARTS = [
    ("c", "湖北省数据条例"),
    ("c", "（2027年5月29日湖北省第十四届人民代表大会常务委员会第二十一次会议通过）"),
    "第一章　总则",
    "第一条　为了促进数据依法有序流动和开发利用，培育数据要素市场，发展数字经济，根据有关法律、行政法规，结合本省实际，制定本条例。",
    "第十五条　省人民政府数据主管部门应当会同有关部门建立公共数据授权运营制度，明确授权条件、运营规范和收益分配机制。授权运营期限一般不超过五年。",
    "第二十三条　省人民政府应当统筹建设省级数据交易场所，推动数据产品和服务进场交易，探索建立数据资产登记和评估制度。",
    "第三十条　数据处理者应当建立数据安全管理制度，对重要数据的处理活动进行记录，相关日志留存不少于三年。",
    "第三十六条　县级以上人民政府应当将数据基础设施建设纳入国土空间规划，支持在武汉、襄阳、宜昌等地建设算力枢纽和数据中心集群。",
    "第四十八条　违反本条例第三十条规定，未履行数据安全保护义务的，由有关主管部门责令改正，给予警告；拒不改正或者造成大量数据泄露等严重后果的，处五万元以上五十万元以下罚款。",
    "第六十二条　本条例自2027年8月1日起施行。",
]
P["T1o"] = "/www.hppc.gov.cn/p/cwhgg/2027/05/30/7a61c0b28e4d4f7c9b1a2d3e4f5a6b7c.html"
page(P["T1o"], "original", "2027-05-30 18:00", "湖北省人民代表大会常务委员会公告（第一百零六号）",
     [f"{HB}已由湖北省第十四届人民代表大会常务委员会第二十一次会议于2027年5月29日通过，现予公布，自2027年8月1日起施行。",
      ("r", "湖北省人民代表大会常务委员会"), ("r", "2027年5月30日")] + HB_ARTS,
     thread="T1", src="湖北省人大常委会办公厅", column="常委会公告")
P["T1r"] = "/www.hubei.gov.cn/zfwj/qt/202706/t20270601_5682214.shtml"
page(P["T1r"], "reprint", "2027-06-01 09:30", f"{HB}（全文）",
     [f"{HB}已由湖北省第十四届人民代表大会常务委员会第二十一次会议于2027年5月29日通过，现予公布，自2027年8月1日起施行。"] + HB_ARTS,
     thread="T1", src="湖北省人大常委会", gen_date="2027-05-30", issuer="湖北省人大常委会", docno="",
     topic="综合政务\\其他")
P["T1i"] = "/epaper.hubeidaily.net/pc/content/202706/02/content_318842.html"
page(P["T1i"], "interpretation", "2027-06-02 05:30", "数据有序流动有了“湖北规矩”",
     [f"{HB}将于8月1日起施行。条例共七章六十二条，对数据资源、数据流通交易、数据安全、公共数据授权运营等作出规定。",
      "省人大常委会法制工作委员会主任王建国介绍，条例是我省数据领域第一部综合性地方性法规。“条例第十五条明确建立公共数据授权运营制度，授权运营期限一般不超过五年，既给运营机构稳定预期，也防止形成事实垄断。”",
      "王建国表示，条例对数据安全设置了明确的法律责任：数据处理者相关日志留存不少于三年；未履行数据安全保护义务、拒不改正或造成严重后果的，处五万元以上五十万元以下罚款。",
      "省数据局局长陈志刚介绍，2026年全省数据产业规模约一千六百亿元，力争到2028年突破两千亿元；全省已上架数据产品1260个，累计交易额38.6亿元。"],
     thread="T1", src="湖北日报", author="记者　李娟　通讯员　鄂人宣", edition="01", kicker="",
     subtitle="《湖北省数据条例》8月1日起施行")
P["T1c"] = "/www.example-fazhi.cn/lifa/2027/0602/48213.html"
page(P["T1c"], "commentary", "2027-06-02 11:20", "地方数据立法进入“深水区”",
     [f"湖北日前公布{HB}，这是今年以来又一部省级综合性数据法规。与早期地方数据条例偏重“开放共享”不同，新一轮立法把重心放在数据流通交易和安全责任上。",
      "以湖北为例，条例第十五条规定公共数据授权运营期限一般不超过五年，第四十八条对未履行数据安全保护义务的行为设定了五万元以上五十万元以下的罚款。专家认为，明确的期限和罚则让制度“长出牙齿”。"],
     thread="T1", src="法治观察网", editor="周明")

# ======================================================================================
# T2: 苏州市人工智能产业促进条例 (date only in the URL on the congress site)
# ======================================================================================
SZ = "《苏州市人工智能产业促进条例》"
SZ_BODY = [
    ("c", "苏州市人民代表大会常务委员会公告"), ("c", "第12号"),
    f"{SZ}已由苏州市第十七届人民代表大会常务委员会第二十次会议于2027年4月24日制定，经江苏省第十四届人民代表大会常务委员会第十六次会议于2027年5月28日批准，现予公布，自2027年7月1日起施行。",
    ("c", "苏州市人工智能产业促进条例"),
    "第一条　为了促进人工智能产业高质量发展，培育新质生产力，根据有关法律、法规，结合本市实际，制定本条例。",
    "第二十条　市人民政府设立人工智能产业发展专项资金，每年安排不少于十亿元，用于支持关键技术攻关、公共算力平台建设和应用场景开放。",
    "第二十六条　市、县级市（区）人民政府应当在受理人工智能应用场景开放申请之日起180日内作出决定。",
    "第三十一条　对人工智能新技术、新产品、新业态实行包容审慎监管，设置不超过两年的观察期。",
    "第四十五条　本条例自2027年7月1日起施行。",
    "条例共六章四十五条。",
]
P["T2o"] = "/www.szrd.gov.cn/szrd/lfgz/20270601/c5d8e2f1a0b94c7d8e6f5a4b3c2d1e0f.html"
page(P["T2o"], "original", "2027-06-01 10:00", f"{SZ}公布", SZ_BODY, thread="T2",
     src="苏州市人大常委会", nodate=True, column="立法工作")
P["T2r"] = "/www.suzhou.gov.cn/szsrmzf/szyw/202706/8e1a6f2b3c4d45e6a7b8c9d0e1f2a3b4.shtml"
page(P["T2r"], "reprint", "2027-06-01 16:45", f"{SZ}7月1日起施行",
     [f"近日，{SZ}经江苏省人大常委会批准，将于2027年7月1日起施行。条例共六章四十五条。",
      "条例规定，市人民政府设立人工智能产业发展专项资金，每年安排不少于十亿元；对人工智能新技术、新产品、新业态设置不超过两年的观察期；有关政府应当在受理应用场景开放申请之日起180日内作出决定。",
      "2026年，苏州人工智能核心产业规模达到一千一百亿元，集聚人工智能企业2300余家。"],
     thread="T2", src="苏州日报", docno=None)
P["T2x"] = "/www.chinanews.com.cn/cj/2027/06-02/10587723.shtml"
page(P["T2x"], "reprint", "2027-06-02 08:15", "苏州立法促进人工智能产业：专项资金每年不少于十亿元",
     [f"中新网苏州6月2日电　{SZ}日前公布，将于7月1日起施行。条例规定，苏州市人民政府设立人工智能产业发展专项资金，每年安排不少于十亿元。",
      "苏州市人大常委会法工委副主任沈立群表示，条例把“场景开放”写进法规，要求在受理申请之日起180日内作出决定，“让企业的新产品有地方试、有时限等”。"],
     thread="T2", src="中国新闻网", editor="吕文")

# ======================================================================================
# T3: 山东省算力基础设施管理办法 (provincial government order)
# ======================================================================================
SD = "《山东省算力基础设施管理办法》"
P["T3o"] = "/www.shandong.gov.cn/art/2027/5/31/art_107851_131842.html"
page(P["T3o"], "original", "2027-05-31 17:20", f"山东省人民政府令（第368号）{SD}",
     [("c", "山东省人民政府令"), ("c", "第368号"),
      f"{SD}已经2027年5月26日省政府第62次常务会议通过，现予公布，自2027年7月1日起施行。",
      ("r", "省长　周乃翔"), ("r", "2027年5月31日"),
      ("c", "山东省算力基础设施管理办法"),
      "第九条　新建大型及以上数据中心电能利用效率不得高于1.25，改造后的存量数据中心不得高于1.4。",
      "第十四条　省人民政府发展改革部门会同有关部门依据《山东省人民政府关于加快建设全国一体化算力网络山东枢纽的意见》（鲁政发〔2027〕12号），统筹全省算力设施布局。",
      "第二十一条　算力设施运营者应当每季度向所在地设区的市人民政府有关部门报送算力规模、能耗和利用率等数据。",
      "第三十条　本办法自2027年7月1日起施行。"],
     thread="T3", src="山东省人民政府办公厅", gen_date="2027-05-31", docno="山东省人民政府令第368号",
     issuer="山东省人民政府", topic="工业、交通\\信息产业（含电信）")
P["T3x"] = "/www.chinanews.com.cn/gn/2027/06-01/10586930.shtml"
page(P["T3x"], "reprint", "2027-06-01 12:05", "山东出台算力基础设施管理办法　新建大型数据中心PUE不得高于1.25",
     [f"中新网济南6月1日电　山东省人民政府日前公布{SD}，自2027年7月1日起施行。",
      "办法规定，新建大型及以上数据中心电能利用效率不得高于1.25；算力设施运营者应当每季度报送算力规模、能耗和利用率等数据。"],
     thread="T3", src="中国新闻网", editor="李润")

# ======================================================================================
# T4: 广东 low-altitude economy draft open for comment (a deadline)
# ======================================================================================
P["T4o"] = "/www.rd.gd.cn/zyfb/tzgg/content/post_218730.html"
page(P["T4o"], "original", "2027-05-31 15:00", "关于公开征求《广东省低空经济促进条例（草案修改稿）》意见的公告",
     ["《广东省低空经济促进条例（草案修改稿）》已经省十四届人大常委会第二十次会议第二次审议。为增强立法的公开性和透明度，现将草案修改稿全文公布，公开征求社会各界意见。",
      "草案修改稿共八章五十二条。其中，第十一条规定省人民政府应当统筹划设低空空域，推动建设全省统一的低空飞行服务平台；第三十四条规定低空飞行器运营人应当投保第三者责任险。",
      "社会各界可于2027年6月30日前通过电子邮件或者信函方式提出意见。",
      ("r", "广东省人民代表大会常务委员会法制工作委员会"), ("r", "2027年5月31日")],
     thread="T4", src="省人大常委会法工委")
P["T4c"] = "/www.example-fazhi.cn/lifa/2027/0601/48177.html"
page(P["T4c"], "reprint", "2027-06-01 09:40", "广东低空经济促进条例草案修改稿征求意见",
     ["广东省人大常委会法工委5月31日发布公告，就《广东省低空经济促进条例（草案修改稿）》公开征求意见，截止日期为2027年6月30日。",
      "草案修改稿共八章五十二条，第十一条提出推动建设全省统一的低空飞行服务平台。"],
     thread="T4", src="广东人大网", editor="周明")

# ======================================================================================
# T5: computing-power statistics (industry statistics: on topic)
# ======================================================================================
P["T5o"] = "/www.caict.ac.cn/kxyj/qwfb/qwsj/202706/t20270602_498211.htm"
page(P["T5o"], "original", "2027-06-02 10:00", "全国算力发展监测数据（2027年4月）",
     ["截至2027年4月底，全国在用算力中心标准机架超过1180万架，算力总规模达到428EFLOPS，同比增长31.2%，其中智能算力占比达到46%。",
      ("table", [["指标", "2027年4月底", "同比"], ["在用标准机架（万架）", "1180", "18.4%"],
                 ["算力总规模（EFLOPS）", "428", "31.2%"], ["智能算力占比", "46%", "提高9个百分点"]]),
      "4月份，全国算力中心平均上架率为67.5%，新建大型以上算力中心平均电能利用效率降至1.28。",
      ("note", "注：数据来源于全国算力发展监测平台，统计范围为标准机架数在100架以上的算力中心。")],
     thread="T5", src="中国信息通信研究院", column="权威数据")
P["T5x"] = "/www.chinanews.com.cn/cj/2027/06-02/10587910.shtml"
page(P["T5x"], "reprint", "2027-06-02 15:30", "我国算力总规模达到428EFLOPS　智能算力占比46%",
     ["中新网北京6月2日电　中国信息通信研究院2日发布数据显示，截至2027年4月底，全国在用算力中心标准机架超过1180万架，算力总规模达到428EFLOPS，其中智能算力占比达到46%。"],
     thread="T5", src="中国新闻网", editor="吕文")

# ======================================================================================
# Distractors, stale pages, faults
# ======================================================================================
D = {}
page("/www.hppc.gov.cn/p/cwhgg/2027/05/30/1b2c3d4e5f6a4b7c8d9e0f1a2b3c4d5e.html", "distractor", "2027-05-30 18:10",
     "湖北省人民代表大会常务委员会任免名单",
     ["（2027年5月29日湖北省第十四届人民代表大会常务委员会第二十一次会议通过）", "任命张卫东为湖北省人民政府数据局局长。", "免去刘洪的湖北省统计局局长职务。"],
     src="湖北省人大常委会办公厅")
page("/www.hppc.gov.cn/p/cwhgg/2027/06/02/2c3d4e5f6a7b4c8d9e0f1a2b3c4d5e6f.html", "distractor", "2027-06-02 09:00",
     "关于召开湖北省第十四届人民代表大会常务委员会第二十二次会议的通知",
     ["湖北省第十四届人民代表大会常务委员会第二十二次会议定于2027年6月下旬在武汉召开。会议议程另行通知。"],
     src="湖北省人大常委会办公厅")
page("/www.hubei.gov.cn/zfwj/qt/202706/t20270602_5683107.shtml", "distractor", "2027-06-02 10:30",
     "湖北省数据条例宣传服务项目竞争性磋商公告",
     ["项目编号：HBZC-2027-0612", "采购预算：48.6万元", "获取磋商文件时间：2027年6月3日至2027年6月9日"],
     src="湖北省政府采购中心", gen_date="2027-06-02", docno="")
page("/www.suzhou.gov.cn/szsrmzf/szyw/202706/3f4e5d6c7b8a49012345678901abcdef.shtml", "distractor", "2027-06-02 08:00",
     "5月份市区空气质量优良天数比例为87.1%",
     ["据市生态环境局监测，5月份苏州市区空气质量优良天数比例为87.1%，同比上升3.2个百分点。"], src="苏州市生态环境局", docno=None)
page("/www.chinanews.com.cn/ty/2027/06-02/10587655.shtml", "distractor", "2027-06-02 22:10",
     "江苏省城市足球联赛：苏州队主场2比1取胜",
     ["6月2日晚，江苏省城市足球联赛第九轮在苏州奥体中心进行，苏州队2比1战胜对手。"], src="中国新闻网", editor="王蒙")
page("/www.example-fazhi.cn/lifa/2027/0602/48220.html", "distractor", "2027-06-02 16:00",
     "某地法院审结一起房屋买卖合同纠纷案",
     ["近日，某区人民法院审结一起房屋买卖合同纠纷案，判决被告返还购房定金5万元。"], src="法治观察网", editor="周明")
page("/www.shandong.gov.cn/art/2027/6/1/art_107851_131870.html", "distractor", "2027-06-01 11:00",
     "山东省人民政府关于王磊等同志职务任免的通知",
     ["省政府决定：任命王磊为山东省大数据局副局长。"], src="山东省人民政府", gen_date="2027-06-01", docno="鲁政任〔2027〕18号")

page("/www.hppc.gov.cn/p/cwhgg/2026/05/28/0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5.html", "stale", "2026-05-28 17:00",
     "湖北省人民代表大会常务委员会公告（第八十九号）",
     ["《湖北省数字经济促进条例》已由湖北省第十四届人民代表大会常务委员会第十四次会议于2026年5月27日通过，现予公布，自2026年9月1日起施行。",
      "条例共六章五十条。第四十条规定，违反本条例规定的，处一万元以上十万元以下罚款。"], src="湖北省人大常委会办公厅")
page("/www.szrd.gov.cn/szrd/lfgz/20260520/9e8d7c6b5a4f43e2d1c0b9a8f7e6d5c4.html", "stale", "2026-05-20 10:00",
     "《苏州市人工智能产业促进条例（草案）》公开征求意见",
     ["草案共五章三十六条。草案规定，市人民政府设立人工智能产业发展专项资金，每年安排不少于五亿元。", "意见反馈截止时间为2026年6月20日。"],
     src="苏州市人大常委会", nodate=True)
page("/www.caict.ac.cn/kxyj/qwfb/qwsj/202605/t20260603_451276.htm", "stale", "2026-06-03 10:00", "全国算力发展监测数据（2026年4月）",
     ["截至2026年4月底，全国在用算力中心标准机架超过995万架，算力总规模达到326EFLOPS，其中智能算力占比达到37%。"],
     src="中国信息通信研究院", column="权威数据")
page("/www.rd.gd.cn/zyfb/tzgg/content/post_201133.html", "stale", "2026-05-25 15:00",
     "关于公开征求《广东省低空经济促进条例（草案）》意见的公告",
     ["草案共七章四十六条。社会各界可于2026年6月25日前提出意见。"], src="省人大常委会法工委")

B = {}
B["empty"] = "/www.szrd.gov.cn/szrd/lfgz/20270602/0f1e2d3c4b5a49687766554433221100.html"
page(B["empty"], "broken", "2027-06-02 09:00", "市人大常委会召开人工智能产业促进条例实施座谈会", [], src="苏州市人大常委会",
     empty=True, relevant=False, nodate=True)
B["missing"] = "/www.hppc.gov.cn/p/cwhgg/2027/06/01/5d6e7f8091a24b3c8d9e0f1a2b3c4d5e.html"
B["feedbad"] = "/www.example-fazhi.cn/lifa/2027/0602/48219.html"
EXTRA = {"hppc": [("湖北省人民代表大会常务委员会关于批准《武汉市数据资源管理条例》的决定", B["missing"], "2027-06-01", 1)]}
MALFORMED = {"fazhi": '<entry>\n<title>立法观察：数据条例“三问”</title>\n<link href="/www.example-fazhi.cn/lifa/2027/0602/48219.html">\n<id>tag:www.example-fazhi.cn,2027:48219</id>\n<updated>2027-06-02T10:00:00+08:00</updated>\n<summary>数据 & 立法</summary>\n</entry>'}

THREADS = [
    dict(id="T1", importance=1,
         title="湖北省人大常委会公布《湖北省数据条例》，七章六十二条，2027年8月1日起施行",
         key_facts=[HB, "第一百零六号", "2027年5月29日", "2027年8月1日", "七章六十二条", "第十五条", "不超过五年",
                    "不少于三年", "五万元以上五十万元以下", "第四十八条", "王建国", "两千亿元", "1260个", "38.6亿元"],
         deadlines=[], entities=["湖北省人民代表大会常务委员会", "湖北省数据局"]),
    dict(id="T2", importance=1,
         title="《苏州市人工智能产业促进条例》经省人大常委会批准公布，7月1日起施行，专项资金每年不少于十亿元",
         key_facts=[SZ, "第12号", "2027年5月28日", "2027年7月1日", "六章四十五条", "第二十条", "不少于十亿元",
                    "180日", "不超过两年", "沈立群", "一千一百亿元"],
         deadlines=[], entities=["苏州市人民代表大会常务委员会", "江苏省人民代表大会常务委员会"]),
    dict(id="T3", importance=2,
         title="山东省人民政府令第368号公布《山东省算力基础设施管理办法》，新建大型数据中心PUE不得高于1.25",
         key_facts=[SD, "第368号", "第九条", "1.25", "1.4", "鲁政发〔2027〕12号", "2027年7月1日"],
         deadlines=[], entities=["山东省人民政府"]),
    dict(id="T4", importance=2,
         title="广东省人大常委会公开征求《广东省低空经济促进条例（草案修改稿）》意见，6月30日截止",
         key_facts=["《广东省低空经济促进条例（草案修改稿）》", "八章五十二条", "第十一条", "2027年6月30日"],
         deadlines=[dict(date="2027-06-30", what="《广东省低空经济促进条例（草案修改稿）》公开征求意见截止")],
         entities=["广东省人民代表大会常务委员会法制工作委员会"]),
    dict(id="T5", importance=2,
         title="中国信通院：截至4月底全国算力总规模达到428EFLOPS，智能算力占比46%",
         key_facts=["1180万架", "428EFLOPS", "31.2%", "46%", "67.5%", "1.28"],
         deadlines=[], entities=["中国信息通信研究院"]),
]

README = f"""# {NAME}: a day of local legislation (synthetic)

**Synthetic test data.** Every law, article, figure, document number, person and quotation
in it is fictional, written by the corpday helper to test the 「新质生产力每日动态」 brief
generator without reading its code. Pages imitate only the *structure* of the kind of site
they sit on. `www.example-fazhi.cn` (法治观察网) is a fictional portal.

Brief date {BRIEF_DATE}, window {WINDOW_DAYS} days. Built by `../make_own-{BRIEF_DATE}.py`
(seed {SEED}), checked by `../check_own-{BRIEF_DATE}.py`.

## Storylines
- **T1 (1)** 湖北省人大常委会公告（第一百零六号）: 《湖北省数据条例》, 七章六十二条, in force
  2027-08-01; article numbers (第十五条, 第三十条, 第四十八条), a penalty range
  五万元以上五十万元以下, durations 不超过五年 / 不少于三年. The provincial portal carries the full
  text (info table with 生成日期 and 发布日期); the provincial paper's interpretation names the
  officials and adds figures (两千亿元, 1260个, 38.6亿元); a portal commentary.
- **T2 (1)** 《苏州市人工智能产业促进条例》 (公告第12号, approved by the provincial congress
  2027-05-28, in force 2027-07-01): 不少于十亿元, 180日, 不超过两年; the congress page has its date
  only in the URL; the city portal's reprint is GBK; a news-agency reprint quotes an official.
- **T3 (2)** 山东省人民政府令第368号, citing 鲁政发〔2027〕12号.
- **T4 (2)** 广东 draft open for comment until 2027-06-30 (the deadline of the day).
- **T5 (2)** computing-power statistics (industry statistics page with a table).

## First black-box score (main at da30812, before any tuning to this corpus)
`score.py` with `dailybrief run`: threads 5/5 (recall 1.0), section purity 1.0, no split
threads, fact recall 0.643, deadline recall 1.0, no leaks, no misattribution, no ungrounded
numbers. Missed: every article number (第十五条, 第二十条, 第九条, 第十一条, 第四十八条: the
writer drops the 第N条 prefix), the range 五万元以上五十万元以下, the durations 不超过五年 /
不少于三年 / 180日 / 不超过两年, the announcement number 第12号, 六章四十五条, the officials
(王建国, 沈立群) and 两千亿元 from the interpretation and the news reprint.

## Distractors, stale pages, faults
Personnel lists of the congress and the province, a meeting notice with no content, a
procurement notice about the new law, air quality, football, an unrelated court case; stale
pages a year old on each topic (the earlier 数字经济 law, the draft of the 苏州 law, last
year's statistics, last year's 广东 draft); an empty page; a 404 link; a malformed Atom entry;
GBK pages with relative list links.
"""

if __name__ == "__main__":
    build(THREADS, README, malformed=MALFORMED, extra_list=EXTRA,
          broken=[(B["missing"], "404: listed on the congress list page, no file"),
                  (B["feedbad"], "the malformed Atom entry's link; no file")])
