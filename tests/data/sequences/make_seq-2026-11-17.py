#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the synthetic SEQUENCE of mornings ``seq-2026-11-17`` (a long-running policy).

Four consecutive mornings (2026-11-17 Tue, 11-18 Wed, 11-19 Thu, 11-20 Fri) of the same six
sites. Every story is FICTIONAL test data written to test the "新质生产力每日动态" brief
generator on issue 8 (a brief that knows what it said yesterday). The pages imitate the
structure of the named sites (templates, date lines, encodings, list pages, feeds); their
contents are invented.

Character of this sequence: a quieter week dominated by one long-running policy that goes
notice (morning 1) → official interpretation with new figures (morning 2) → only a media
rewrite (morning 3, nothing new) → application round plus a provincial follow-up plan
(morning 4); a statistic that updates (drones registered: a press-conference preliminary
figure on morning 1, the official monthly figure with the previous month on morning 3, a
rewrite on morning 4); a national pilot scheme followed by a city's support measures; a
GB2312 provincial site, a 404, a malformed RSS item, a page that is an empty shell on every
morning, stale pages from a year earlier and the usual distractors.

Run:  python3 make_seq-2026-11-17.py      (deletes and rebuilds ./seq-2026-11-17)
Only the standard library is used; the output is deterministic (seeded).
Format: the shared corpus FORMAT.md, section "Sequences of mornings".
"""
from __future__ import annotations

import json
import random
import shutil
from datetime import date, datetime, time, timedelta, timezone
from email.utils import format_datetime
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEQ = "seq-2026-11-17"
OUT = HERE / SEQ
DAYS = ["2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"]
WINDOW_DAYS = 7
TITLE = "新质生产力每日动态"
MORNING = time(7, 0)       # the brief runs at 07:00 Beijing time; a page is online if published before
SEED = 20261117
RNG = random.Random(SEED)
CST = timezone(timedelta(hours=8))
MARK = ("<!-- synthetic test page: fictional content imitating this site's layout, "
        "written to test a daily-brief generator -->")
D = [date.fromisoformat(x) for x in DAYS]

# ======================================================================================
# Sources
# ======================================================================================
SOURCES = [
    dict(id="mot", name="交通运输部", name_en="Ministry of Transport", kind="listpage",
         url="/www.mot.gov.cn/tongzhigonggao/index.html", authority="ministry", tpl="mot", size=5,
         hosts=["www.mot.gov.cn"], col="通知公告"),
    dict(id="caac", name="中国民用航空局", name_en="Civil Aviation Administration of China", kind="listpage",
         url="/www.caac.gov.cn/XWZX/MHYW/index.html", authority="ministry", tpl="caac", size=5,
         hosts=["www.caac.gov.cn"], col="民航要闻"),
    dict(id="zjdrc", name="浙江省发展和改革委员会", name_en="Zhejiang Provincial Development and Reform Commission",
         kind="listpage", url="/fzggw.zj.gov.cn/col/col1599544/index.html", authority="local", tpl="zjdrc",
         size=5, hosts=["fzggw.zj.gov.cn"], col="通知公告", charset="gb2312"),
    dict(id="gz", name="广州市人民政府", name_en="Guangzhou Municipal People's Government", kind="listpage",
         url="/www.gz.gov.cn/xw/gzyw/index.html", authority="local", tpl="gz", size=6,
         hosts=["www.gz.gov.cn"], col="广州要闻"),
    dict(id="zgjtb", name="中国交通新闻网", name_en="China Transport News", kind="rss",
         url="/www.zgjtb.com/rss/news.xml", authority="media", tpl="zgjtb", size=7,
         hosts=["www.zgjtb.com"], col="中国交通新闻网_要闻"),
    dict(id="cnr", name="央广网", name_en="China National Radio (cnr.cn)", kind="atom",
         url="/www.cnr.cn/atom/finance.xml", authority="media", tpl="cnr", size=7,
         hosts=["finance.cnr.cn", "sports.cnr.cn", "www.cnr.cn"], col="央广网财经"),
]
SRC = {s["id"]: s for s in SOURCES}
PUB = {h: s["name"] for s in SOURCES for h in s["hosts"]}

# ======================================================================================
# Page registry and helpers
# ======================================================================================
PAGES: dict[str, dict] = {}


def page(key: str, path: str, when: str, title: str, body: list, *, src: str, thread: str | None = None,
         kind: str = "original", source: str = "", listed: bool = True, pinned: bool = False,
         missing: bool = False, empty_days: tuple = (), nodate: bool = False, **extra) -> dict:
    """Register one page. ``when`` is 'YYYY-MM-DD HH:MM'. kind: original|reprint|commentary|
    distractor|stale|broken. ``missing``: listed but no file (a 404). ``empty_days``: mornings
    on which the file exists but its body is empty (the CMS published a shell)."""
    assert key not in PAGES, key
    p = dict(key=key, path=path, host=path.split("/")[1], when=datetime.strptime(when, "%Y-%m-%d %H:%M"),
             title=title, body=body, src=src, thread=thread, kind=kind, source=source or SRC[src]["name"],
             listed=listed, pinned=pinned, missing=missing, empty_days=set(empty_days), nodate=nodate, **extra)
    PAGES[key] = p
    return p


def online(p: dict, day: int) -> bool:
    return p["when"] < datetime.combine(D[day - 1], MORNING)


def has_content(p: dict, day: int) -> bool:
    return online(p, day) and not p["missing"] and day not in p["empty_days"]


def first_content_day(p: dict) -> int | None:
    for d in range(1, len(DAYS) + 1):
        if has_content(p, d):
            return d
    return None


def esc(s: str) -> str:
    return escape(s, quote=False)


def attr(s: str) -> str:
    return escape(s, quote=True)


def body_html(body: list, indent: bool = True) -> str:
    out = []
    ind = ' style="text-indent:2em;"' if indent else ""
    for b in body:
        if isinstance(b, str):
            out.append(f"<p{ind}>{esc(b)}</p>")
        elif b[0] == "h":
            out.append(f"<p{ind}><strong>{esc(b[1])}</strong></p>")
        elif b[0] == "c":
            out.append(f'<p style="text-align:center;">{esc(b[1])}</p>')
        elif b[0] == "r":
            out.append(f'<p style="text-align:right;">{esc(b[1])}</p>')
        elif b[0] == "table":
            rows = b[1]
            h = "".join(f"<th>{esc(c)}</th>" for c in rows[0])
            r = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
            out.append(f'<table border="1" cellspacing="0" cellpadding="4"><tr>{h}</tr>{r}</table>')
    return "\n".join(out)


def related_html(p: dict, title: str = "相关链接") -> str:
    rel = p.get("related") or []
    if not rel:
        return ""
    items = "".join(f'<li><a href="{PAGES[k]["path"]}" target="_blank">{esc(PAGES[k]["title"])}</a></li>'
                    for k in rel)
    return f'<div class="related"><h4>{title}</h4><ul>{items}</ul></div>'


def ymd(p: dict) -> tuple[int, int, int]:
    w = p["when"]
    return w.year, w.month, w.day


def content(p: dict, day: int) -> str:
    """The body block of a page on a morning (empty on its empty days)."""
    if day in p["empty_days"]:
        return "<!--ContentStart-->\n<!--ContentEnd-->"
    return "<!--ContentStart-->\n" + body_html(p["body"], indent=p.get("indent", True)) + "\n<!--ContentEnd-->"


def latest(src: str, day: int, n: int) -> list[dict]:
    items = [q for q in PAGES.values() if q["src"] == src and online(q, day) and q["listed"]
             and not q["pinned"] and not q["missing"]]
    return sorted(items, key=lambda q: q["when"], reverse=True)[:n]


# ======================================================================================
# Site templates (articles)
# ======================================================================================
def shell(title: str, head: str, bodyhtml: str, charset: str = "utf-8", lang: str = "zh-CN") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n{MARK}\n'
            f"<title>{esc(title)}</title>\n{head}</head>\n<body>\n{bodyhtml}\n</body>\n</html>\n")


def art_caac(p: dict, day: int) -> str:
    w = p["when"]
    inner = f"""<div class="caac-top"><a href="/www.caac.gov.cn/index.html">中国民用航空局</a> CIVIL AVIATION ADMINISTRATION OF CHINA</div>
<div class="caac-nav"><a href="/www.caac.gov.cn/index.html">首页</a> <a href="javascript:;">机构职能</a> <a href="/www.caac.gov.cn/XWZX/MHYW/index.html">新闻资讯</a> <a href="javascript:;">政务公开</a> <a href="javascript:;">政务服务</a> <a href="javascript:;">互动交流</a> <a href="javascript:;">专题专栏</a></div>
<div class="dqwz">当前位置：<a href="/www.caac.gov.cn/index.html">首页</a> &gt; <a href="/www.caac.gov.cn/XWZX/MHYW/index.html">民航要闻</a></div>
<div class="content_t">{esc(p["title"])}</div>
<div class="content_date"><span>来源：{esc(p["source"])}</span>　<span>时间：{w:%Y-%m-%d %H:%M}</span>　<span>【<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span></div>
<div class="content_c" id="zoom">
{content(p, day)}
</div>
{related_html(p)}
<div class="content_close"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></div>
<div class="caac-foot">主办单位：中国民用航空局　地址：北京市东城区东四西大街155号　京ICP备09029006号　京公网安备11010102002137号</div>"""
    return shell(p["title"] + " - 中国民用航空局", "", inner)


def art_zjdrc(p: dict, day: int) -> str:
    w = p["when"]
    inner = f"""<div class="zj-head"><a href="/fzggw.zj.gov.cn/index.html">浙江省发展和改革委员会</a></div>
<div class="zj-nav"><a href="/fzggw.zj.gov.cn/index.html">首页</a> | <a href="javascript:;">机构概况</a> | <a href="/fzggw.zj.gov.cn/col/col1599544/index.html">通知公告</a> | <a href="javascript:;">政策文件</a> | <a href="javascript:;">政策解读</a> | <a href="javascript:;">政务服务</a></div>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td class="title">{esc(p["title"])}</td></tr>
<tr><td class="fbxx" align="center">【发布时间：{w:%Y-%m-%d %H:%M:%S}】【信息来源：{esc(p["source"])}】【字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</td></tr>
<tr><td id="zoom" class="bt_content">
{content(p, day)}
</td></tr></table>
{related_html(p)}
<div class="zj-foot">主办单位：浙江省发展和改革委员会　浙ICP备05038217号　浙公网安备33010602003321号　网站标识码：3300000018</div>"""
    return shell(p["title"], "", inner, charset="gb2312")


def art_gz(p: dict, day: int) -> str:
    w = p["when"]
    head = (f'<meta name="ArticleTitle" content="{attr(p["title"])}">\n'
            f'<meta name="PubDate" content="{w:%Y-%m-%d %H:%M}">\n'
            f'<meta name="ContentSource" content="{attr(p["source"])}">\n'
            f'<meta name="ColumnName" content="广州要闻">\n')
    inner = f"""<div class="gz-top"><a href="/www.gz.gov.cn/index.html">广州市人民政府门户网站</a> <a href="javascript:;">无障碍</a> <a href="javascript:;">长者助手</a></div>
<div class="gz-nav"><a href="/www.gz.gov.cn/index.html">首页</a><a href="/www.gz.gov.cn/xw/gzyw/index.html">新闻</a><a href="javascript:;">政务公开</a><a href="javascript:;">政务服务</a><a href="javascript:;">互动交流</a><a href="javascript:;">数据开放</a><a href="javascript:;">走进广州</a></div>
<div class="gz-crumb">当前位置：<a href="/www.gz.gov.cn/index.html">首页</a> &gt; 新闻 &gt; <a href="/www.gz.gov.cn/xw/gzyw/index.html">广州要闻</a></div>
<div class="info_title"><h1>{esc(p["title"])}</h1></div>
<div class="info_fbt">时间：{w:%Y-%m-%d %H:%M:%S}　来源：{esc(p["source"])}　<a href="javascript:;">分享</a></div>
<div class="info_cont" id="zoomcon">
{content(p, day)}
</div>
{related_html(p)}
<div class="gz-foot"><p>主办：广州市人民政府办公厅　承办：广州市政务服务和数据管理局</p><p>粤ICP备2020084812号　粤公网安备 44010402001234号　网站标识码：4401000074</p></div>"""
    return shell(p["title"] + " - 广州市人民政府门户网站", head, inner)


def art_zgjtb(p: dict, day: int) -> str:
    w = p["when"]
    author = f'　作者：{esc(p["author"])}' if p.get("author") else ""
    inner = f"""<div class="jt-top"><a href="/www.zgjtb.com/index.html">中国交通新闻网</a> | <a href="javascript:;">中国交通报</a> | <a href="javascript:;">数字报</a></div>
<div class="jt-nav"><a href="/www.zgjtb.com/index.html">首页</a> <a href="javascript:;">要闻</a> <a href="javascript:;">公路</a> <a href="javascript:;">水运</a> <a href="javascript:;">城市客运</a> <a href="javascript:;">物流</a> <a href="javascript:;">科技</a> <a href="javascript:;">评论</a></div>
<div class="jt-art">
<h2>{esc(p["title"])}</h2>
<div class="jt-info">{w:%Y-%m-%d %H:%M:%S}　来源：{esc(p["source"])}{author}</div>
<div class="jt-content">
{content(p, day)}
</div>
<div class="jt-editor">责任编辑：{esc(p.get("editor", "孙雯"))}</div>
{related_html(p, "相关新闻")}
</div>
<div class="jt-foot">中国交通新闻网版权所有　未经授权不得转载　京ICP备11001765号-2　互联网新闻信息服务许可证：10120230017</div>"""
    return shell(p["title"] + "_中国交通新闻网", "", inner)


def art_cnr(p: dict, day: int) -> str:
    w = p["when"]
    inner = f"""<div class="cnr-top"><a href="/www.cnr.cn/index.html">央广网</a> | <a href="javascript:;">云听</a> | <a href="javascript:;">央广网客户端</a></div>
<div class="cnr-nav"><a href="javascript:;">新闻</a> <a href="javascript:;">财经</a> <a href="javascript:;">科技</a> <a href="javascript:;">汽车</a> <a href="javascript:;">体育</a> <a href="javascript:;">娱乐</a> <a href="javascript:;">地方</a></div>
<div class="article-header">
<h1>{esc(p["title"])}</h1>
<div class="source"><span>{w:%Y年%m月%d日 %H:%M}</span>　<span>来源：{esc(p["source"])}</span></div>
</div>
<div class="article-content">
{content(p, day)}
</div>
<div class="editor">编辑：{esc(p.get("editor", "魏静"))}</div>
{related_html(p)}
<div class="cnr-foot">央广网版权所有　Copyright 2002-2026 www.cnr.cn All Rights Reserved　京ICP证100052号</div>"""
    return shell(p["title"] + "_央广网", "", inner)


def art_mot(p: dict, day: int) -> str:
    y, m, d = ymd(p)
    inner = f"""<div class="mot-head"><a href="/www.mot.gov.cn/index.html">中华人民共和国交通运输部</a></div>
<div class="mot-nav"><a href="/www.mot.gov.cn/index.html">首页</a> | <a href="javascript:;">部领导</a> | <a href="javascript:;">机构</a> | <a href="/www.mot.gov.cn/tongzhigonggao/index.html">通知公告</a> | <a href="javascript:;">政府信息公开</a> | <a href="javascript:;">政务服务</a> | <a href="javascript:;">互动</a></div>
<div class="weizhi">当前位置：<a href="/www.mot.gov.cn/index.html">首页</a> &gt; <a href="/www.mot.gov.cn/tongzhigonggao/index.html">通知公告</a></div>
<table class="art" width="100%"><tr><td>
<h1 id="ti">{esc(p["title"])}</h1>
<p class="laiyuan">时间：{y}年{m:02d}月{d:02d}日　　来源：{esc(p["source"])}</p>
<div class="TRS_Editor">
{content(p, day)}
</div>
{related_html(p)}
</td></tr></table>
<div class="foot"><p>版权所有：中华人民共和国交通运输部　地址：北京市东城区建国门内大街11号</p><p>京ICP备05046837号　京公网安备 11010102000096号　网站标识码：bm22000001</p></div>"""
    return shell(p["title"] + "-中华人民共和国交通运输部", "", inner)


ART = dict(mot=art_mot, caac=art_caac, zjdrc=art_zjdrc, gz=art_gz, zgjtb=art_zgjtb, cnr=art_cnr)


# ======================================================================================
# List pages and feeds
# ======================================================================================
def list_items(src: str, day: int) -> tuple[list[dict], list[dict]]:
    """(pinned, latest) links that the source shows this morning. 404 links are listed too."""
    s = SRC[src]
    pinned = [q for q in PAGES.values() if q["src"] == src and q["pinned"] and online(q, day)]
    rest = [q for q in PAGES.values() if q["src"] == src and q["listed"] and not q["pinned"] and online(q, day)]
    rest.sort(key=lambda q: q["when"], reverse=True)
    return pinned, rest[: s["size"]]


def listpage(src: str, day: int) -> str:
    s = SRC[src]
    pinned, items = list_items(src, day)
    host = s["hosts"][0]
    tpl = s["tpl"]
    fmt = {"mot": "%Y-%m-%d", "caac": "%Y-%m-%d", "zjdrc": "%Y-%m-%d", "gz": "%Y-%m-%d"}[tpl]
    rows = [(q, True) for q in pinned] + [(q, False) for q in items]
    if tpl == "zjdrc":       # table layout, date in brackets
        lis = "\n".join(f'<tr><td class="bt">{"[置顶]" if top else ""}<a href="{q["path"]}" target="_blank" '
                        f'title="{attr(q["title"])}">{esc(q["title"])}</a></td><td class="sj">[{q["when"]:{fmt}}]</td></tr>'
                        for q, top in rows)
        listing = f'<table class="list" width="100%">\n{lis}\n</table>'
    elif tpl == "gz":        # date first
        lis = "\n".join(f'<li><span class="time">{q["when"]:{fmt}}</span><a href="{q["path"]}" target="_blank">'
                        f'{"【置顶】" if top else ""}{esc(q["title"])}</a></li>' for q, top in rows)
        listing = f'<div class="news_list"><ul>\n{lis}\n</ul></div>'
    else:
        lis = "\n".join(f'<li{" class=top" if top else ""}><a href="{q["path"]}" target="_blank" title="{attr(q["title"])}">'
                        f'{esc(q["title"])}</a><span class="date">{q["when"]:{fmt}}</span></li>' for q, top in rows)
        listing = f'<ul class="list">\n{lis}\n</ul>'
    nav = (f'<a href="/{host}/index.html">首页</a> <a href="javascript:;">机构</a> '
           f'<a href="{s["url"]}">{esc(s["col"])}</a> <a href="javascript:;">政务公开</a> '
           f'<a href="javascript:;">政务服务</a> <a href="javascript:;">互动交流</a>')
    inner = f"""<div class="header"><a href="/{host}/index.html">{esc(s["name"])}</a></div>
<div class="nav">{nav}</div>
<div class="crumb">当前位置：<a href="/{host}/index.html">首页</a> &gt; {esc(s["col"])}</div>
<div class="list-box"><h2>{esc(s["col"])}</h2>
{listing}
<div class="page">共20页　<a href="javascript:;">首页</a> <a href="javascript:;">上一页</a> <a href="javascript:;">下一页</a> <a href="javascript:;">尾页</a></div>
</div>
<div class="footer">版权所有：{esc(s["name"])}</div>"""
    return shell(s["col"] + "-" + s["name"], "", inner, charset=s.get("charset", "utf-8"))


def homepage(host: str, srcs: list[dict]) -> str:
    links = "".join(f'<li><a href="{s["url"]}">{esc(s["col"])}</a></li>' for s in srcs)
    s = srcs[0]
    return shell(s["name"], "", f'<div class="header">{esc(s["name"])}</div><ul class="nav">{links}</ul>'
                 f'<div class="footer">版权所有：{esc(s["name"])}</div>', charset=s.get("charset", "utf-8"))


def rfc822(w: datetime) -> str:
    return format_datetime(w.replace(tzinfo=CST))


def feed_rss(src: str, day: int) -> str:
    s = SRC[src]
    _, items = list_items(src, day)
    build = datetime.combine(D[day - 1], time(6, 0))
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           "<!-- synthetic test feed: fictional content imitating the site's feed, for testing a daily-brief generator -->",
           '<rss version="2.0">', "<channel>", f"<title>{esc(s['col'])}</title>",
           f"<link>/{s['hosts'][-1]}/index.html</link>", f"<description>{esc(s['col'])}新闻</description>",
           "<language>zh-cn</language>", f"<lastBuildDate>{rfc822(build)}</lastBuildDate>"]
    for q in items:
        desc = q.get("summary") or (q["body"][0] if q["body"] and isinstance(q["body"][0], str) else q["title"])
        if q.get("malformed_rss"):
            # Deliberately malformed item: an unclosed <p> and a bare '&' inside the description.
            out += ["<item>", f"<title>{esc(q['title'])}</title>", f"<link>{q['path']}</link>",
                    f"<description><p>{desc[:60]} 详见 R&D 专栏</description>",
                    f"<pubDate>{rfc822(q['when'])}</pubDate>", "</item>"]
            continue
        out += ["<item>", f"<title>{esc(q['title'])}</title>", f"<link>{q['path']}</link>",
                f"<description>{esc(desc[:120])}</description>", f"<category>{esc(q.get('category', '财经'))}</category>",
                f"<pubDate>{rfc822(q['when'])}</pubDate>",
                f'<guid isPermaLink="false">{src}-{q["path"].rsplit("/", 1)[-1].split(".")[0]}</guid>', "</item>"]
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def feed_atom(src: str, day: int) -> str:
    s = SRC[src]
    _, items = list_items(src, day)
    build = datetime.combine(D[day - 1], time(6, 0)).replace(tzinfo=CST)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           "<!-- synthetic test feed: fictional content imitating the site's feed, for testing a daily-brief generator -->",
           '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(s['col'])}</title>",
           f'<link href="/{s["hosts"][0]}/index.html"/>', f"<id>tag:{s['hosts'][0]},2026:{src}</id>",
           f"<updated>{build.isoformat()}</updated>"]
    for q in items:
        desc = q.get("summary") or (q["body"][0] if q["body"] and isinstance(q["body"][0], str) else q["title"])
        out += ["<entry>", f"<title>{esc(q['title'])}</title>", f'<link rel="alternate" href="{q["path"]}"/>',
                f"<id>tag:{s['hosts'][0]},2026:{q['path'].rsplit('/', 1)[-1]}</id>",
                f"<published>{q['when'].replace(tzinfo=CST).isoformat()}</published>",
                f"<updated>{q['when'].replace(tzinfo=CST).isoformat()}</updated>",
                f"<author><name>{esc(q['source'])}</name></author>",
                f"<summary>{esc(desc[:120])}</summary>", "</entry>"]
    out += ["</feed>", ""]
    return "\n".join(out)


# ======================================================================================
# Storylines: STORIES (what), DEVS (developments), PLAN (status per morning)
# ======================================================================================
STORIES: dict[str, dict] = {}
DEVS: dict[str, dict] = {}
PLAN: dict[str, dict[int, dict]] = {}
TRACKED: list[dict] = []


def story(sid: str, title: str, entities: list[str]) -> None:
    STORIES[sid] = dict(id=sid, title=title, entities=entities)
    PLAN[sid] = {}


def dev(did: str, day: int, what: str, original: str, title: str, facts: list[str],
        deadlines: list[dict] | None = None, importance: int = 2) -> None:
    sid = did.split(".")[0]
    DEVS[did] = dict(id=did, story=sid, day=day, what=what, original=original, title=title, facts=facts,
                     deadlines=deadlines or [], importance=importance)
    PLAN[sid][day] = dict(status="new" if not any(x["story"] == sid and x["day"] < day for x in DEVS.values())
                          else "continuing", dev=did)


def repeat(sid: str, day: int, why: str) -> None:
    PLAN[sid][day] = dict(status="repeat", why=why)


# ======================================================================================
# CONTENT
# ======================================================================================
P = dict(
    B1o="/www.mot.gov.cn/tongzhigonggao/202611/t20261116_4196032.html",
    B1r="/www.zgjtb.com/2026-11/16/content_418823.html",
    B1c="/finance.cnr.cn/jjgd/20261117/t20261117_527183401.shtml",
    B1j="/www.mot.gov.cn/tongzhigonggao/202611/t20261117_4196155.html",
    B1jr="/www.zgjtb.com/2026-11/17/content_418902.html",
    B1w="/finance.cnr.cn/jjgd/20261118/t20261118_527185230.shtml",
    B1a="/www.mot.gov.cn/tongzhigonggao/202611/t20261119_4196388.html",
    B1z="/fzggw.zj.gov.cn/art/2026/11/19/art_1599544_58954417.html",
    B1ar="/www.zgjtb.com/2026-11/19/content_419107.html",
    B2o="/www.caac.gov.cn/XWZX/MHYW/202611/t20261113_227415.html",
    B2r="/finance.cnr.cn/jjgd/20261113/t20261113_527176602.shtml",
    B2s="/www.caac.gov.cn/XWZX/MHYW/202611/t20261118_227610.html",
    B2x="/www.zgjtb.com/2026-11/18/content_419011.html",
    B2w="/finance.cnr.cn/jjgd/20261119/t20261119_527187744.shtml",
    B3o="/fzggw.zj.gov.cn/art/2026/11/13/art_1599544_58948806.html",
    B3r="/finance.cnr.cn/jjgd/20261114/t20261114_527178115.shtml",
    B4o="/www.gz.gov.cn/xw/gzyw/content/post_10318842.html",
    B5o="/www.caac.gov.cn/XWZX/MHYW/202611/t20261117_227502.html",
    B5r="/www.zgjtb.com/2026-11/17/content_418870.html",
    B5g="/www.gz.gov.cn/xw/gzyw/content/post_10320917.html",
    B6o="/finance.cnr.cn/jjgd/20261117/t20261117_527183955.shtml",
    B7o="/www.mot.gov.cn/tongzhigonggao/202611/t20261118_4196240.html",
    B7r="/finance.cnr.cn/jjgd/20261118/t20261118_527185811.shtml",
    B8o="/www.caac.gov.cn/XWZX/MHYW/202611/t20261119_227688.html",
    B9o="/www.zgjtb.com/2026-11/19/content_419066.html",
    B10o="/www.gz.gov.cn/xw/gzyw/content/post_10321233.html",
)

# ---------------------------------------------------------------------- B1 “人工智能+交通运输” (long-running)
B1_DOC = "《关于推进“人工智能+交通运输”行动的实施意见》"
story("B1", "交通运输部等七部门推进“人工智能+交通运输”行动", ["交通运输部", "国家发展改革委", "工业和信息化部",
                                                  "科技部", "国家数据局", "科技司"])
page("B1o", P["B1o"], "2026-11-16 16:00", f"交通运输部等七部门关于印发{B1_DOC}的通知",
     [("c", "交科技发〔2026〕135号"),
      "各省、自治区、直辖市、新疆生产建设兵团交通运输厅（局、委）、发展改革委、工业和信息化主管部门、科技厅（委、局）、公安厅（局）、数据管理部门，中国国家铁路集团有限公司各铁路局集团公司：",
      f"为深入实施“人工智能+”行动，推动人工智能与交通运输深度融合，加快发展交通运输领域新质生产力，交通运输部、国家发展改革委、工业和信息化部、科技部、公安部、国家数据局、中国国家铁路集团有限公司制定了{B1_DOC}，现印发给你们，请认真贯彻落实。",
      ("r", "交通运输部　国家发展改革委　工业和信息化部　科技部"), ("r", "公安部　国家数据局　中国国家铁路集团有限公司"), ("r", "2026年11月12日"),
      ("c", "关于推进“人工智能+交通运输”行动的实施意见"),
      ("h", "一、总体要求"),
      "坚持场景牵引、数据驱动、安全可控，推动人工智能技术在交通基础设施建设养护、运输服务、安全应急、行业治理等领域规模化应用。到2027年，人工智能在交通运输重点领域的应用取得明显成效，打造100个以上典型应用场景，培育20个以上交通运输行业大模型，开放自动驾驶测试道路里程突破3万公里。到2030年，交通运输智能化水平显著提升，形成一批具有国际竞争力的智能交通产品和解决方案。",
      ("h", "二、重点任务"),
      "（一）建设智慧公路。推进公路基础设施数字化，推广基于人工智能的路况感知、养护决策和事件快速处置。（二）建设智慧港口。推进自动化码头建设和既有码头智能化改造，推广自动驾驶集卡、智能理货等应用。（三）发展智能航运。推进船舶智能航行、船岸协同等技术研发与试点应用。（四）发展智慧物流。推动物流园区、货运枢纽智能调度和无人配送。（五）推进智能网联汽车运输服务。有序开展自动驾驶公交、出租、干线物流等示范应用。（六）建设交通运输行业大模型。统筹行业高质量数据集建设，支持行业大模型研发和应用。",
      ("h", "三、保障措施"),
      "加强组织领导，建立部门协同推进机制；加大政策支持，统筹利用现有资金渠道支持典型应用场景建设；强化标准引领和安全监管，建立人工智能交通应用安全评估制度；加强人才培养，推动产学研用协同创新。"],
     src="mot", thread="B1", source="交通运输部科技司")
page("B1r", P["B1r"], "2026-11-16 19:05", "七部门印发实施意见推进“人工智能+交通运输”　到2027年打造100个以上典型应用场景",
     [f"本报讯　交通运输部等七部门日前联合印发{B1_DOC}，提出到2027年，人工智能在交通运输重点领域的应用取得明显成效，打造100个以上典型应用场景，培育20个以上交通运输行业大模型，开放自动驾驶测试道路里程突破3万公里。",
      "实施意见部署了建设智慧公路、建设智慧港口、发展智能航运、发展智慧物流、推进智能网联汽车运输服务、建设交通运输行业大模型6项重点任务。"],
     src="zgjtb", thread="B1", kind="reprint", source="中国交通报", author="记者　齐慧",
     summary="七部门印发实施意见，到2027年打造100个以上典型应用场景。")
page("B1c", P["B1c"], "2026-11-17 06:30", "七部门发文推进“人工智能+交通运输”　培育20个以上行业大模型",
     [f"央广网北京11月17日消息　据交通运输部网站消息，交通运输部等七部门近日联合印发{B1_DOC}。",
      "实施意见提出，到2027年，打造100个以上典型应用场景，培育20个以上交通运输行业大模型，开放自动驾驶测试道路里程突破3万公里；到2030年，交通运输智能化水平显著提升。"],
     src="cnr", thread="B1", kind="reprint", source="央广网", summary="七部门发文推进“人工智能+交通运输”。")
dev("B1.1", 1, "七部门印发实施意见（政策文件）", "B1o",
    "交通运输部等七部门印发“人工智能+交通运输”实施意见：到2027年打造100个以上典型应用场景、培育20个以上行业大模型",
    [B1_DOC, "100个以上", "20个以上", "3万公里"], importance=1)
page("B1j", P["B1j"], "2026-11-17 15:00", f"交通运输部科技司负责人就{B1_DOC}答记者问",
     [f"近日，交通运输部等七部门联合印发{B1_DOC}（以下简称《实施意见》）。交通运输部科技司负责人就《实施意见》有关情况回答了记者提问。",
      ("h", "问：人工智能在交通运输领域的应用现状如何？"),
      "答：近年来，人工智能在交通运输领域加快应用。截至2026年10月底，全国已建成自动化集装箱码头52座、在建23座，建成和在建规模均居世界前列；全国累计开放自动驾驶测试道路1.8万公里，开通自动驾驶公交、出租、干线物流等线路560余条。但总体看，应用场景还不够丰富，数据要素支撑不足，标准规范和安全监管体系有待完善。",
      ("h", "问：《实施意见》的主要考虑是什么？"),
      "答：《实施意见》坚持场景牵引，以典型应用场景建设为抓手，推动人工智能技术从“点上示范”走向“面上推广”。我们将分批遴选典型应用场景，首批遴选工作将于近期启动。",
      ("h", "问：如何保障人工智能交通应用安全？"),
      "答：《实施意见》提出建立人工智能交通应用安全评估制度，对自动驾驶、智能调度等涉及公共安全的应用开展上线前评估和运行监测，坚守安全底线。"],
     src="mot", thread="B1", source="交通运输部", related=["B1o"])
page("B1jr", P["B1jr"], "2026-11-17 20:10", "交通运输部：全国已建成自动化集装箱码头52座",
     ["本报讯　交通运输部科技司负责人17日就" + B1_DOC + "答记者问时介绍，截至2026年10月底，全国已建成自动化集装箱码头52座、在建23座；全国累计开放自动驾驶测试道路1.8万公里，开通自动驾驶公交、出租、干线物流等线路560余条。",
      "该负责人表示，首批典型应用场景遴选工作将于近期启动。"],
     src="zgjtb", thread="B1", kind="reprint", source="中国交通报", author="记者　齐慧",
     summary="全国已建成自动化集装箱码头52座、在建23座。")
dev("B1.2", 2, "交通运输部科技司负责人答记者问（官方解读，新数字）", "B1j",
    "交通运输部解读“人工智能+交通运输”实施意见：全国已建成自动化集装箱码头52座、开放自动驾驶测试道路1.8万公里",
    ["52座", "23座", "1.8万公里", "560余条"], importance=1)
page("B1w", P["B1w"], "2026-11-18 08:40", "一文读懂“人工智能+交通运输”怎么推进",
     [f"交通运输部等七部门近日联合印发{B1_DOC}，明确到2027年打造100个以上典型应用场景，培育20个以上交通运输行业大模型，开放自动驾驶测试道路里程突破3万公里。",
      "交通运输部科技司负责人此前介绍，全国已建成自动化集装箱码头52座，累计开放自动驾驶测试道路1.8万公里。",
      "从智慧公路到智慧港口，从智能航运到智慧物流，人工智能正在加速走进交通运输的各个场景。"],
     src="cnr", thread="B1", kind="reprint", source="央广网", summary="一文读懂“人工智能+交通运输”。")
repeat("B1", 3, "央广网对前两天通知和解读的改写，所有数字都已出现过，没有新进展")
B1Z_DOC = "《浙江省推进“人工智能+交通运输”行动实施方案》"
page("B1a", P["B1a"], "2026-11-19 16:30", "交通运输部办公厅关于组织开展首批“人工智能+交通运输”典型应用场景申报工作的通知",
     ["各省、自治区、直辖市、新疆生产建设兵团交通运输厅（局、委），部属各单位，有关企业：",
      f"为贯彻落实{B1_DOC}，现组织开展首批“人工智能+交通运输”典型应用场景申报工作。有关事项通知如下：",
      "一、申报方向。首批拟遴选典型应用场景50个左右，涵盖智慧公路、智慧港口、智能航运、智慧物流、智能网联汽车运输服务、交通运输行业大模型6个方向。",
      "二、申报条件。申报场景应已投入实际运行6个月以上，技术方案成熟，具有较强的示范性和可复制性，数据安全和网络安全措施健全。",
      "三、申报程序。申报单位通过所在省级交通运输主管部门推荐，每个省级交通运输主管部门推荐不超过5个；部属单位和中央企业可直接申报。",
      "四、时间安排。申报截止时间为2027年1月15日。交通运输部将组织专家评审，择优确定首批典型应用场景并予以公布。",
      "联系人：科技司　电话：010-65292114",
      ("r", "交通运输部办公厅"), ("r", "2026年11月18日")],
     src="mot", thread="B1", source="交通运输部科技司", related=["B1o", "B1j"])
page("B1z", P["B1z"], "2026-11-19 17:10", f"浙江省发展改革委 浙江省交通运输厅关于印发{B1Z_DOC}的通知",
     [("c", "浙发改基综〔2026〕287号"),
      "各市、县（市、区）发展改革局（委）、交通运输局：",
      f"为贯彻落实交通运输部等七部门{B1_DOC}，结合我省实际，我们制定了{B1Z_DOC}，现印发给你们，请认真贯彻执行。",
      ("h", "一、主要目标"),
      "到2027年，全省打造省级“人工智能+交通运输”典型应用场景30个，开放自动驾驶测试道路3000公里，宁波舟山港自动化码头作业量占比明显提升。",
      ("h", "二、支持政策"),
      "省级财政统筹安排2亿元，对入选国家和省级典型应用场景的项目给予奖补。支持各地开放更多自动驾驶测试和示范应用道路。",
      ("h", "三、组织保障"),
      "建立省级部门协同推进机制，每年开展一次实施情况评估。",
      ("r", "浙江省发展和改革委员会　浙江省交通运输厅"), ("r", "2026年11月18日")],
     src="zjdrc", thread="B1", source="浙江省发展和改革委员会")
page("B1ar", P["B1ar"], "2026-11-19 21:00", "首批“人工智能+交通运输”典型应用场景申报启动",
     ["本报讯　交通运输部办公厅19日印发通知，组织开展首批“人工智能+交通运输”典型应用场景申报工作。首批拟遴选典型应用场景50个左右，涵盖6个方向。",
      "每个省级交通运输主管部门推荐不超过5个，申报截止时间为2027年1月15日。"],
     src="zgjtb", thread="B1", kind="reprint", source="中国交通报", summary="首批典型应用场景申报启动。")
dev("B1.3", 4, "首批典型应用场景申报通知（申报批次）及浙江省落实方案（地方跟进）", "B1a",
    "交通运输部启动首批“人工智能+交通运输”典型应用场景申报：拟遴选50个左右，2027年1月15日截止；浙江出台落实方案",
    ["50个左右", "6个方向", "不超过5个", "2027年1月15日", B1Z_DOC, "30个", "3000公里", "2亿元"],
    [dict(date="2027-01-15", what="首批“人工智能+交通运输”典型应用场景申报截止")], importance=1)

# ---------------------------------------------------------------------- B2 无人机实名登记 (tracked)
story("B2", "民航局：全国实名登记无人驾驶航空器数量", ["中国民用航空局"])
page("B2o", P["B2o"], "2026-11-13 10:30", "民航局举行11月例行新闻发布会",
     ["11月13日，民航局举行11月例行新闻发布会，介绍民航运行情况和低空经济发展相关工作。",
      "民航局新闻发言人介绍，据初步统计，截至10月底，全国实名登记无人驾驶航空器约236万架。1—10月，全国无人驾驶航空器累计飞行2860.4万小时，同比增长32.6%；全国持有无人驾驶航空器操控员执照31.2万本。",
      "发言人表示，民航局将持续完善无人驾驶航空器运行管理制度，推动低空经济安全有序发展。正式统计数据将按月发布。",
      "发布会上，民航局有关部门负责人还介绍了今冬明春航季航班计划安排情况。"],
     src="caac", thread="B2", source="中国民用航空局")
page("B2r", P["B2r"], "2026-11-13 14:00", "民航局：截至10月底全国实名登记无人机约236万架",
     ["央广网北京11月13日消息　民航局13日举行例行新闻发布会。新闻发言人介绍，据初步统计，截至10月底，全国实名登记无人驾驶航空器约236万架。",
      "1—10月，全国无人驾驶航空器累计飞行2860.4万小时，同比增长32.6%。"],
     src="cnr", thread="B2", kind="reprint", source="央广网", summary="截至10月底全国实名登记无人机约236万架。")
dev("B2.1", 1, "例行新闻发布会（初步统计数）", "B2o",
    "民航局例行发布会：截至10月底全国实名登记无人驾驶航空器约236万架，1—10月累计飞行2860.4万小时",
    ["236万架", "2860.4万小时", "32.6%", "31.2万本"], importance=2)
repeat("B2", 2, "没有新页面，11月13日的发布会页面仍在线")
page("B2s", P["B2s"], "2026-11-18 16:00", "2026年10月全国民用无人驾驶航空器实名登记情况",
     ["截至2026年10月底，全国实名登记无人驾驶航空器236.7万架，较9月底的231.4万架增加5.3万架。",
      "全国无人驾驶航空器运营企业达2.3万家；10月份，全国无人驾驶航空器飞行312.5万小时。",
      ("table", [["指标", "10月底/10月", "9月底/9月"], ["实名登记无人驾驶航空器", "236.7万架", "231.4万架"],
                 ["运营企业", "2.3万家", "2.2万家"]]),
      "注：数据来源于民用无人驾驶航空器综合管理平台。"],
     src="caac", thread="B2", source="民航局飞行标准司", related=["B2o"])
page("B2x", P["B2x"], "2026-11-18 20:00", "截至10月底全国实名登记无人驾驶航空器236.7万架",
     ["本报讯　民航局18日发布数据，截至2026年10月底，全国实名登记无人驾驶航空器236.7万架，较9月底的231.4万架增加5.3万架；全国无人驾驶航空器运营企业达2.3万家。"],
     src="zgjtb", thread="B2", kind="reprint", source="中国交通新闻网", summary="全国实名登记无人驾驶航空器236.7万架。")
dev("B2.2", 3, "正式月度数据（较发布会初步数更新，并给出9月底数）", "B2s",
    "民航局发布10月数据：全国实名登记无人驾驶航空器236.7万架，较9月底增加5.3万架",
    ["236.7万架", "231.4万架", "5.3万架", "2.3万家", "312.5万小时"], importance=2)
TRACKED.append(dict(thread="B2", name="截至10月底全国实名登记无人驾驶航空器数量", day=3,
                    earlier=dict(value="236万架", what="preliminary figure (例行新闻发布会“据初步统计…约236万架”)", article="B2o"),
                    current=dict(value="236.7万架", what="official monthly figure", article="B2s"),
                    previous_period=dict(value="231.4万架", period="9月底", article="B2s")))
page("B2w", P["B2w"], "2026-11-19 09:30", "我国实名登记无人机达236.7万架　低空经济“底座”持续扩容",
     ["民航局发布的数据显示，截至2026年10月底，全国实名登记无人驾驶航空器236.7万架，9月底为231.4万架。",
      "全国无人驾驶航空器运营企业达2.3万家。业内人士表示，无人机保有量持续增长，为低空经济发展打下基础。"],
     src="cnr", thread="B2", kind="reprint", source="央广网", summary="我国实名登记无人机达236.7万架。")
repeat("B2", 4, "央广网对前一天官方数据的改写，没有新数字")

# ---------------------------------------------------------------------- B3 浙江 绿色算力 (GB2312)
B3_DOC = "《浙江省加快推进绿色算力设施建设实施方案》"
story("B3", "浙江省加快推进绿色算力设施建设", ["浙江省发展和改革委员会", "浙江省经济和信息化厅"])
page("B3o", P["B3o"], "2026-11-13 17:00", f"浙江省发展改革委等4部门关于印发{B3_DOC}的通知",
     [("c", "浙发改高技〔2026〕274号"),
      "各市、县（市、区）发展改革局（委）、经信局、数据局、能源主管部门：",
      f"现将{B3_DOC}印发给你们，请结合实际认真组织实施。",
      ("h", "一、主要目标"),
      "到2028年，全省算力总规模达到45EFLOPS，其中智能算力占比超过80%；新建大型以上数据中心电能利用效率（PUE）降至1.25以下，数据中心绿电使用比例不低于50%。",
      ("h", "二、重点任务"),
      "（一）优化算力设施布局，推动算力设施向可再生能源富集、气候适宜地区集聚。（二）推进算力与电力协同，鼓励数据中心通过绿电交易、绿证交易等方式提高绿电使用比例。（三）推动存量数据中心节能改造，对能效水平低的数据中心实施改造或有序退出。",
      ("h", "三、保障措施"),
      "加强用能保障，对符合条件的绿色算力项目优先保障能耗指标；完善算力统计监测制度。",
      ("r", "浙江省发展和改革委员会　浙江省经济和信息化厅"), ("r", "浙江省数据局　浙江省能源局"), ("r", "2026年11月11日")],
     src="zjdrc", thread="B3", source="浙江省发展和改革委员会")
page("B3r", P["B3r"], "2026-11-14 10:20", "浙江：到2028年全省算力总规模达到45EFLOPS",
     [f"央广网杭州11月14日消息　浙江省发展改革委等4部门日前印发{B3_DOC}，提出到2028年，全省算力总规模达到45EFLOPS，其中智能算力占比超过80%。",
      "方案要求，新建大型以上数据中心电能利用效率（PUE）降至1.25以下，数据中心绿电使用比例不低于50%。"],
     src="cnr", thread="B3", kind="reprint", source="央广网", summary="浙江：到2028年全省算力总规模达到45EFLOPS。")
dev("B3.1", 1, "浙江省发改委等4部门印发实施方案", "B3o",
    "浙江印发绿色算力设施建设实施方案：到2028年算力总规模达到45EFLOPS、新建大型以上数据中心PUE降至1.25以下",
    [B3_DOC, "45EFLOPS", "80%", "1.25以下", "50%"], importance=2)
for _d in (2, 3, 4):
    repeat("B3", _d, "没有新页面")

# ---------------------------------------------------------------------- B4 广州 eVTOL 跨城试飞 (minor)
story("B4", "广州南沙至珠海eVTOL跨城航线完成首次试飞", ["广州市人民政府", "南沙区"])
page("B4o", P["B4o"], "2026-11-16 18:20", "广州南沙至珠海eVTOL跨城航线完成首次试飞",
     ["11月16日上午，一架电动垂直起降航空器（eVTOL）从南沙起飞，跨越珠江口后平稳降落在珠海横琴，标志着广州南沙至珠海eVTOL跨城航线完成首次试飞。",
      "该航线全长58公里，飞行时间约20分钟，较地面交通节省时间超过1小时。下一步，南沙区将会同有关方面推进航线常态化试运行。"],
     src="gz", thread="B4", source="广州日报")
dev("B4.1", 1, "试飞报道", "B4o", "广州南沙至珠海eVTOL跨城航线完成首次试飞，航线全长58公里", ["58公里", "20分钟"], importance=3)
for _d in (2, 3, 4):
    repeat("B4", _d, "没有新页面")

# ---------------------------------------------------------------------- B5 民航局 eVTOL 商业运营试点 → 广州 跟进
B5_DOC = "《关于开展电动垂直起降航空器商业运营试点的指导意见》"
B5G_DOC = "《广州市支持电动垂直起降航空器商业运营试点若干措施》"
story("B5", "民航局开展电动垂直起降航空器（eVTOL）商业运营试点", ["中国民用航空局", "广州市人民政府"])
page("B5o", P["B5o"], "2026-11-17 10:00", f"民航局印发{B5_DOC}",
     [f"近日，民航局印发{B5_DOC}（以下简称《指导意见》），稳妥有序推进电动垂直起降航空器（eVTOL）商业运营。",
      "《指导意见》明确，首批在6个城市开展eVTOL商业运营试点，试点期3年。到2028年，试点城市开通载人及物流eVTOL航线50条以上，建成垂直起降场80个以上，形成可复制推广的运行管理模式。",
      "《指导意见》从航空器适航审定、运营人合格审定、空域和航线管理、起降场建设、安全监管等方面提出了具体要求。民航局将组织开展试点城市遴选，有意向的城市人民政府可于2026年12月31日前向民航局提交试点申请。"],
     src="caac", thread="B5", source="民航局运输司")
page("B5r", P["B5r"], "2026-11-17 13:30", "民航局：首批在6个城市开展eVTOL商业运营试点",
     [f"本报讯　民航局日前印发{B5_DOC}，首批在6个城市开展eVTOL商业运营试点，试点期3年。到2028年，试点城市开通载人及物流eVTOL航线50条以上，建成垂直起降场80个以上。",
      "有意向的城市人民政府可于2026年12月31日前提交试点申请。"],
     src="zgjtb", thread="B5", kind="reprint", source="中国交通新闻网", summary="首批在6个城市开展eVTOL商业运营试点。")
dev("B5.1", 2, "民航局印发指导意见（政策文件）", "B5o",
    "民航局印发eVTOL商业运营试点指导意见：首批6个城市、到2028年开通航线50条以上",
    [B5_DOC, "6个城市", "50条以上", "80个以上", "2026年12月31日"],
    [dict(date="2026-12-31", what="城市人民政府向民航局提交eVTOL商业运营试点申请")], importance=1)
page("B5g", P["B5g"], "2026-11-18 17:40", f"广州出台{B5G_DOC}　全力争创首批试点城市",
     [f"为贯彻落实民航局{B5_DOC}，争创首批eVTOL商业运营试点城市，广州市人民政府办公厅近日印发{B5G_DOC}。",
      "措施提出，对在本市首批开通的载人eVTOL商业航线，每条航线给予最高1000万元运营补贴，单个企业每年最高5000万元；对新建垂直起降场按建设投资的30%给予补助。到2028年，全市建成垂直起降场20个以上。",
      "广州市发展改革委有关负责人表示，广州已具备eVTOL研发制造、适航取证和场景应用的产业基础，将于近期向民航局提交试点申请。"],
     src="gz", thread="B5", source="广州市发展和改革委员会")
dev("B5.2", 3, "地方跟进：广州出台支持措施（新补贴标准和目标）", "B5g",
    "广州出台eVTOL商业运营试点支持措施：每条载人航线最高补贴1000万元，到2028年建成垂直起降场20个以上",
    [B5G_DOC, "1000万元", "5000万元", "20个以上"], importance=2)
repeat("B5", 4, "没有新页面")

# ---------------------------------------------------------------------- B6 宁波舟山港 自动驾驶集卡 (media original)
story("B6", "宁波舟山港自动驾驶集卡规模突破500台", ["宁波舟山港集团"])
page("B6o", P["B6o"], "2026-11-17 09:00", "宁波舟山港自动驾驶集卡规模突破500台",
     ["央广网宁波11月17日消息（记者吴凡）记者从宁波舟山港集团获悉，宁波舟山港梅山港区自动驾驶集卡规模突破500台，累计完成集装箱作业超过300万标准箱，作业效率较人工驾驶提升12%。",
      "据介绍，梅山港区已实现自动驾驶集卡与岸桥、场桥的协同作业，夜间作业不再依赖人工驾驶员。港区相关负责人表示，下一步将推动自动驾驶集卡向港外短驳运输延伸。"],
     src="cnr", thread="B6", source="央广网")
dev("B6.1", 2, "媒体原创报道", "B6o", "宁波舟山港梅山港区自动驾驶集卡规模突破500台，累计作业超过300万标准箱",
    ["500台", "300万标准箱", "12%"], importance=2)
for _d in (3, 4):
    repeat("B6", _d, "没有新页面")

# ---------------------------------------------------------------------- B7 交通运输部 自动驾驶 指南
B7_DOC = "《自动驾驶汽车运输安全服务指南（2026年版）》"
story("B7", "交通运输部发布自动驾驶汽车运输安全服务指南（2026年版）", ["交通运输部", "运输服务司"])
page("B7o", P["B7o"], "2026-11-18 10:00", f"交通运输部关于发布{B7_DOC}的通知",
     ["各省、自治区、直辖市、新疆生产建设兵团交通运输厅（局、委）：",
      f"为规范自动驾驶汽车在运输服务领域的应用，保障运输安全，我部在总结试点经验的基础上，修订形成了{B7_DOC}，现予发布，自2027年1月1日起施行。",
      "指南适用于使用自动驾驶汽车从事城市公共汽电车客运、出租汽车客运、道路货物运输等经营活动。指南明确，使用完全自动驾驶汽车从事出租汽车客运的，可使用远程安全员，远程安全员人车比不得低于1:3；从事道路货物运输的，原则上应随车配备安全员。",
      "运输经营者应建立自动驾驶汽车运行安全保障制度，实时监测车辆运行状态，发生事故应及时报告。",
      ("r", "交通运输部"), ("r", "2026年11月16日")],
     src="mot", thread="B7", source="交通运输部运输服务司")
page("B7r", P["B7r"], "2026-11-18 14:20", "自动驾驶汽车运输安全服务指南修订发布　明年1月1日起施行",
     [f"央广网北京11月18日消息　交通运输部18日发布{B7_DOC}，自2027年1月1日起施行。",
      "指南明确，使用完全自动驾驶汽车从事出租汽车客运的，远程安全员人车比不得低于1:3。"],
     src="cnr", thread="B7", kind="reprint", source="央广网", summary="自动驾驶汽车运输安全服务指南修订发布。")
dev("B7.1", 3, "交通运输部发布指南（部门规范性文件）", "B7o",
    "交通运输部发布《自动驾驶汽车运输安全服务指南（2026年版）》，2027年1月1日起施行，远程安全员人车比不得低于1:3",
    [B7_DOC, "2027年1月1日", "1:3"], [dict(date="2027-01-01", what="《自动驾驶汽车运输安全服务指南（2026年版）》施行")],
    importance=1)
repeat("B7", 4, "没有新页面")

# ---------------------------------------------------------------------- B8 民航局 第二批 无人驾驶航空试验区
story("B8", "民航局公布第二批民用无人驾驶航空试验区", ["中国民用航空局"])
page("B8o", P["B8o"], "2026-11-19 11:00", "民航局公布第二批民用无人驾驶航空试验区名单",
     ["为推进民用无人驾驶航空器在城市场景和海岛场景的规模化应用，民航局近日公布第二批民用无人驾驶航空试验区名单，新增试验区13个，全国民用无人驾驶航空试验区累计达到30个。",
      "第二批试验区重点围绕城市低空物流、医疗物资运输、海岛支线物流、低空旅游等场景开展试验，试验期2年。"],
     src="caac", thread="B8", source="民航局航空器适航审定司")
dev("B8.1", 4, "公布试验区名单", "B8o", "民航局公布第二批民用无人驾驶航空试验区13个，累计达到30个", ["13个", "30个"], importance=2)

# ---------------------------------------------------------------------- B9 高速公路服务区 充电桩 (media original)
story("B9", "全国高速公路服务区累计建成充电桩4.1万个", ["交通运输部", "公路局"])
page("B9o", P["B9o"], "2026-11-19 10:15", "全国高速公路服务区累计建成充电桩4.1万个",
     ["本报讯　记者从交通运输部公路局获悉，截至10月底，全国高速公路服务区累计建成充电桩4.1万个，覆盖98%的服务区。1—10月，高速公路服务区充电量达18.6亿千瓦时，同比增长41.2%。",
      "交通运输部公路局有关负责人表示，将继续推进高速公路服务区充电设施扩容升级，加快超充站建设。"],
     src="zgjtb", thread="B9", source="中国交通新闻网", author="记者　王建")
dev("B9.1", 4, "媒体原创报道（部门数据）", "B9o", "全国高速公路服务区累计建成充电桩4.1万个，1—10月充电量18.6亿千瓦时",
    ["4.1万个", "98%", "18.6亿千瓦时", "41.2%"], importance=2)

# ---------------------------------------------------------------------- B10 广州 数字经济 前三季度 (minor)
story("B10", "前三季度广州数字经济核心产业增加值增长8.7%", ["广州市统计局", "广州市人民政府"])
page("B10o", P["B10o"], "2026-11-18 19:00", "前三季度我市数字经济核心产业增加值增长8.7%",
     ["市统计局发布数据显示，前三季度，全市数字经济核心产业增加值2865.3亿元，同比增长8.7%，占地区生产总值比重进一步提高。",
      "其中，软件和信息技术服务业营业收入保持两位数增长。"],
     src="gz", thread="B10", source="广州市统计局")
dev("B10.1", 3, "统计数据发布", "B10o", "前三季度广州数字经济核心产业增加值2865.3亿元，同比增长8.7%", ["2865.3亿元", "8.7%"], importance=3)
repeat("B10", 4, "没有新页面")

# ---------------------------------------------------------------------- distractors
page("Y1", "/sports.cnr.cn/ty/20261116/t20261116_527181920.shtml", "2026-11-16 22:00", "CBA常规赛：广东队主场击败辽宁队",
     ["央广网广州11月16日消息　CBA常规赛16日晚进行多场比赛，广东队主场以102比95击败辽宁队。"],
     src="cnr", kind="distractor", source="央广网体育")
page("Y2", "/www.caac.gov.cn/XWZX/MHYW/202611/t20261112_227380.html", "2026-11-12 09:30", "民航局关于王某某同志任职的通知",
     ["经研究决定：", "任命王某某为民航局某司副司长（试用期一年）。"], src="caac", kind="distractor", source="民航局人事科教司")
page("Y3", "/www.gz.gov.cn/xw/gzyw/content/post_10318301.html", "2026-11-16 10:00", "冷空气来袭　本周后期我市气温明显下降",
     ["据广州市气象台预报，受冷空气影响，本周后期我市气温明显下降，最低气温将降至14℃左右，请市民注意添衣保暖。"],
     src="gz", kind="distractor", source="广州市气象台")
page("Y4", "/fzggw.zj.gov.cn/art/2026/11/16/art_1599544_58951002.html", "2026-11-16 09:00", "关于召开全省发展改革系统年度工作座谈会的通知",
     ["各市发展改革委：", "经研究，定于2026年11月24日在杭州召开全省发展改革系统年度工作座谈会，请各市发展改革委主要负责同志参加。", "请于11月20日前报送参会回执。"],
     src="zjdrc", kind="distractor", source="委办公室")
page("Y5", "/www.mot.gov.cn/tongzhigonggao/202611/t20261113_4195877.html", "2026-11-13 15:00", "交通运输部机关2027年度印刷服务定点采购项目公开招标公告",
     ["项目编号：JTB-2026-ZB-052", "采购人：交通运输部机关服务中心", "预算金额：人民币320万元。", "投标截止时间：2026年12月4日9:30。"],
     src="mot", kind="distractor", source="交通运输部机关服务中心")
page("Y6", "/www.zgjtb.com/2026-11/17/content_418851.html", "2026-11-17 11:00", "交通运输部召开党组会议",
     ["11月16日，交通运输部召开党组会议，传达学习有关会议精神，研究部署贯彻落实举措。"],
     src="zgjtb", kind="distractor", source="中国交通新闻网", malformed_rss=True)
page("Y7", "/finance.cnr.cn/jjgd/20261117/t20261117_527184620.shtml", "2026-11-17 15:30", "A股三大指数17日小幅收涨　低空经济板块活跃",
     ["17日，A股三大指数小幅收涨。截至收盘，上证指数涨0.31%，深证成指涨0.52%，创业板指涨0.66%。低空经济、自动驾驶板块表现活跃。"],
     src="cnr", kind="distractor", source="央广网财经")
page("Y8", "/www.gz.gov.cn/xw/gzyw/content/post_10319655.html", "2026-11-17 16:00", "第十届广州艺术节开幕",
     ["11月17日晚，第十届广州艺术节在广州大剧院开幕，艺术节期间将上演剧目60余台。"], src="gz", kind="distractor", source="广州日报")
page("Y9", "/www.caac.gov.cn/XWZX/MHYW/202611/t20261118_227566.html", "2026-11-18 09:00", "民航局机关2027年度物业管理服务采购项目竞争性磋商公告",
     ["采购人：民航局机关服务局", "预算金额：人民币580万元。", "获取磋商文件时间：2026年11月18日至11月24日。"],
     src="caac", kind="distractor", source="民航局机关服务局")
page("Y10", "/www.mot.gov.cn/tongzhigonggao/202611/t20261118_4196301.html", "2026-11-18 15:30", "交通运输部11月份例行新闻发布会预告",
     ["交通运输部定于2026年11月26日（星期四）上午10:00召开11月份例行新闻发布会，敬请关注。"], src="mot", kind="distractor", source="交通运输部新闻办")
page("Y11", "/sports.cnr.cn/ty/20261118/t20261118_527186533.shtml", "2026-11-18 22:00", "中国女排公布新一期集训名单",
     ["央广网北京11月18日消息　中国排球协会18日公布中国女排新一期集训名单，共20名队员入选。"], src="cnr", kind="distractor", source="央广网体育")
page("Y12", "/www.gz.gov.cn/xw/gzyw/content/post_10321020.html", "2026-11-19 10:00", "本周末我市天气晴好　早晚温差较大",
     ["据广州市气象台预报，本周末我市以晴到多云天气为主，早晚温差较大，最低气温13℃，最高气温24℃。"], src="gz", kind="distractor", source="广州市气象台")
page("Y13", "/fzggw.zj.gov.cn/art/2026/11/19/art_1599544_58954102.html", "2026-11-19 09:30", "浙江省发展和改革委员会干部任前公示",
     ["根据有关规定，现将拟提任人选公示如下：", "李某某，女，1982年生，现任某处副处长，拟任某处处长。", "公示时间：2026年11月19日至11月25日。"],
     src="zjdrc", kind="distractor", source="人事处")
page("Y14", "/www.zgjtb.com/2026-11/19/content_419088.html", "2026-11-19 12:00", "第五届全国交通运输行业书画摄影作品展开展",
     ["11月19日，第五届全国交通运输行业书画摄影作品展在北京开展，共展出作品300余件。"], src="zgjtb", kind="distractor", source="中国交通新闻网")

# ---------------------------------------------------------------------- stale (a year earlier; pinned)
page("Z1", "/www.caac.gov.cn/XWZX/MHYW/202511/t20251114_219877.html", "2025-11-14 10:30", "民航局举行2025年11月例行新闻发布会",
     ["民航局新闻发言人介绍，截至2025年10月底，全国实名登记无人驾驶航空器约187万架。", "1—10月，全国无人驾驶航空器累计飞行2157.3万小时。"],
     src="caac", kind="stale", pinned=True, source="中国民用航空局")
page("Z2", "/www.mot.gov.cn/tongzhigonggao/202511/t20251120_4150266.html", "2025-11-20 16:00", "交通运输部关于开展2025年度智能交通先导应用试点评估工作的通知",
     ["各省级交通运输主管部门：", "为总结智能交通先导应用试点经验，现组织开展2025年度试点评估工作。", "请于2025年12月20日前报送评估报告。"],
     src="mot", kind="stale", pinned=True, source="交通运输部科技司")
page("Z3", "/fzggw.zj.gov.cn/art/2025/11/12/art_1599544_55123874.html", "2025-11-12 16:00", "浙江省数据中心能效提升行动方案",
     ["到2025年底，全省新建大型以上数据中心电能利用效率（PUE）降至1.3以下。"], src="zjdrc", kind="stale", pinned=True,
     source="浙江省发展和改革委员会")

# ---------------------------------------------------------------------- faults
page("F1", "/www.caac.gov.cn/XWZX/MHYW/202611/t20261118_227590.html", "2026-11-18 11:30",
     "民航局关于印发《民用无人驾驶航空器运行安全管理规则》修订说明的通知", [], src="caac", kind="broken", missing=True)
page("F2", "/www.gz.gov.cn/xw/gzyw/content/post_10318790.html", "2026-11-16 15:00",
     "图解：广州市推动低空经济高质量发展", [], src="gz", kind="broken", empty_days=(1, 2, 3, 4))

CHARACTER = "a long-running policy through notice, interpretation, rewrite and application round, plus an updating statistic"
NOTES = ["The GB2312 site is fzggw.zj.gov.cn (list page and articles are really GB2312-encoded).",
         "The zgjtb.com RSS feed has one deliberately malformed item (the feed is not well-formed XML).",
         "www.gz.gov.cn/xw/gzyw/content/post_10318790.html is an empty shell on every morning."]
SEQ_README = """SYNTHETIC, fictional test data for issue 8 (a brief that knows what it said yesterday).
One standard corpus per morning (see each dayN-*/README.md). A quieter week dominated by one
long-running policy: B1 「人工智能+交通运输」 notice (morning 1) → official interpretation with new
figures (morning 2) → only a media rewrite (morning 3: nothing new) → application round and the
Zhejiang follow-up plan (morning 4). B2's drone-registration figure goes from a preliminary 约236万架
(morning 1) to the official 236.7万架 with the September figure 231.4万架 (morning 3) and is only
rewritten on morning 4. B5: a national eVTOL pilot scheme (morning 2) and Guangzhou's support
measures (morning 3).
"""


# ======================================================================================
# Gold and output
# ======================================================================================
def gold_for(day: int) -> dict:
    ds = DAYS[day - 1]
    threads, nov = [], []
    for sid, st in STORIES.items():
        plan = PLAN[sid].get(day)
        if plan is None:
            continue
        pages = sorted((p for p in PAGES.values() if p["thread"] == sid and has_content(p, day)),
                       key=lambda p: p["when"])
        devs = sorted((x for x in DEVS.values() if x["story"] == sid and x["day"] <= day), key=lambda x: x["day"])
        status = plan["status"]
        new_arts = [p["path"] for p in pages if first_content_day(p) == day]
        earlier = [p["path"] for p in pages if first_content_day(p) < day]
        briefed = []
        for x in devs:
            if x["day"] < day:
                briefed += [f for f in x["facts"] if f not in briefed]
        entry = dict(id=sid, status=status, first_day=DAYS[devs[0]["day"] - 1],
                     developments=[dict(id=x["id"], day=DAYS[x["day"] - 1], what=x["what"],
                                        original=PAGES[x["original"]]["path"]) for x in devs])
        if status == "repeat":
            first = PAGES[devs[0]["original"]]
            threads.append(dict(id=sid, title=devs[-1]["title"], importance=4, status="repeat",
                                articles=[p["path"] for p in pages], original=first["path"],
                                publisher=PUB[first["host"]], key_facts=[], deadlines=[],
                                entities=st["entities"]))
            entry.update(new_articles=new_arts, earlier_articles=earlier, new_facts=[], briefed_facts=briefed,
                         why=plan["why"])
        else:
            dv = DEVS[plan["dev"]]
            orig = PAGES[dv["original"]]
            threads.append(dict(id=sid, title=dv["title"], importance=dv["importance"], status=status,
                                articles=[p["path"] for p in pages], original=orig["path"],
                                publisher=PUB[orig["host"]], key_facts=dv["facts"], deadlines=dv["deadlines"],
                                entities=st["entities"]))
            entry.update(development=dv["id"], development_original=orig["path"], new_articles=new_arts,
                         earlier_articles=earlier, new_facts=dv["facts"], briefed_facts=briefed)
        nov.append(entry)
    arts = {}
    for p in sorted(PAGES.values(), key=lambda p: p["path"]):
        if not online(p, day):
            continue
        a = dict(relevant=False, thread=None, publisher=PUB[p["host"]], published=p["when"].date().isoformat())
        if p["missing"] or day in p["empty_days"]:
            a["kind"] = "broken"
        else:
            a["kind"] = p["kind"]
            if p["kind"] in ("original", "reprint", "commentary") and p["thread"]:
                a.update(relevant=True, thread=p["thread"])
        arts[p["path"]] = a
    tracked = []
    for t in TRACKED:
        if t["day"] == day:
            tracked.append(dict(thread=t["thread"], name=t["name"],
                                earlier=dict(value=t["earlier"]["value"], what=t["earlier"]["what"],
                                             article=PAGES[t["earlier"]["article"]]["path"]),
                                current=dict(value=t["current"]["value"], what=t["current"]["what"],
                                             article=PAGES[t["current"]["article"]]["path"]),
                                previous_period=dict(value=t["previous_period"]["value"],
                                                     period=t["previous_period"]["period"],
                                                     article=PAGES[t["previous_period"]["article"]]["path"])))
    return dict(brief_date=ds, threads=threads, articles=arts,
                novelty=dict(sequence=DAYS, day=day, previous_days=DAYS[: day - 1], threads=nov,
                             tracked_figures=tracked))


def sources_yaml() -> str:
    lines = [f"# Source registry of the synthetic sequence {SEQ} (paths are under the served root).",
             "# Same registry every morning; the sites imitate real sites' structure only, contents are fictional.",
             "sources:"]
    for s in SOURCES:
        lines += [f"  - id: {s['id']}", f"    name: {s['name']}", f"    name_en: \"{s['name_en']}\"",
                  f"    kind: {s['kind']}", f"    url: {s['url']}", f"    authority: {s['authority']}"]
    return "\n".join(lines) + "\n"


def readme(day: int, gold: dict) -> str:
    nov = gold["novelty"]
    lines = [f"# {SEQ} / morning {day}: {DAYS[day - 1]} ({D[day - 1]:%A})", "",
             "SYNTHETIC test data: every page is fictional content written to test the daily-brief generator",
             f"(「{TITLE}」); the pages imitate the layout of the named sites only.", "",
             f"Morning {day} of {len(DAYS)} of the sequence `{SEQ}` ({CHARACTER}).",
             "`site/` is what the sites show at 07:00 Beijing time this morning: list pages",
             "and feeds keep older items lower down and drop the oldest; article URLs never change.",
             f"Window: {WINDOW_DAYS} days. Generated by `../../make_{SEQ}.py`, checked by `../../check_{SEQ}.py`.", "",
             "| storyline | status | importance | today's development / why not new |", "|---|---|---|---|"]
    imp = {t["id"]: t["importance"] for t in gold["threads"]}
    for e in nov["threads"]:
        what = e.get("why") or next(x["what"] for x in e["developments"] if x["id"] == e["development"])
        lines.append(f"| {e['id']} {STORIES[e['id']]['title']} | {e['status']} | {imp[e['id']]} | {what} |")
    if nov["tracked_figures"]:
        lines += ["", "Tracked figures:"]
        for t in nov["tracked_figures"]:
            lines.append(f"- {t['name']}: earlier {t['earlier']['value']} → current {t['current']['value']}"
                         f" (previous period {t['previous_period']['period']}: {t['previous_period']['value']})")
    faults = [f"- {p['path']}: {a['kind']}" for p_, a in gold["articles"].items()
              for p in [PAGES_BY_PATH[p_]] if a["kind"] in ("broken", "stale")]
    lines += ["", "Faults and stale pages this morning:"] + faults
    lines += [""] + NOTES
    return "\n".join(lines) + "\n"


PAGES_BY_PATH: dict[str, dict] = {}


def write_day(day: int) -> None:
    root = OUT / f"day{day}-{DAYS[day - 1]}"
    site = root / "site"

    def put(path: str, text: str, charset: str = "utf-8") -> None:
        f = site / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(text.encode(charset))

    for p in PAGES.values():
        if online(p, day) and not p["missing"]:
            cs = SRC[p["src"]].get("charset", "utf-8")
            put(p["path"], ART[SRC[p["src"]]["tpl"]](p, day), cs)
    hosts: dict[str, list] = {}
    for s in SOURCES:
        if s["kind"] == "listpage":
            put(s["url"], listpage(s["id"], day), s.get("charset", "utf-8"))
        elif s["kind"] == "rss":
            put(s["url"], feed_rss(s["id"], day))
        else:
            put(s["url"], feed_atom(s["id"], day))
        hosts.setdefault(s["url"].split("/")[1], []).append(s)
    for h, ss in hosts.items():
        put(f"/{h}/index.html", homepage(h, ss), ss[0].get("charset", "utf-8"))
    gold = gold_for(day)
    (root / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (root / "corpus.json").write_text(json.dumps(dict(brief_date=DAYS[day - 1], window_days=WINDOW_DAYS, title=TITLE),
                                                 ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (root / "sources.yaml").write_text(sources_yaml(), encoding="utf-8")
    (root / "README.md").write_text(readme(day, gold), encoding="utf-8")


def main() -> None:
    PAGES_BY_PATH.update({p["path"]: p for p in PAGES.values()})
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    for day in range(1, len(DAYS) + 1):
        write_day(day)
    (OUT / "README.md").write_text(
        f"# {SEQ}: {len(DAYS)} consecutive mornings ({', '.join(DAYS)})\n\n" + SEQ_README
        + f"\nRebuild: python3 make_{SEQ}.py ; check: python3 check_{SEQ}.py\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
