#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the synthetic SEQUENCE of mornings ``seq-2026-09-15`` (a busy week).

Three consecutive mornings (2026-09-15 Tue, 09-16 Wed, 09-17 Thu) of the same eight
sites. Every story is FICTIONAL test data written to test the "新质生产力每日动态"
brief generator on issue 8 (a brief that knows what it said yesterday). The pages
imitate the structure of the named sites (templates, date lines, encodings, list pages,
feeds); their contents are invented.

Character of this sequence: many new storylines every morning competing for 4-6 slots,
two storylines with a genuine new development (an official interpretation with new
figures; a city's follow-up measure), a statistic that goes from a press-conference
preliminary figure to the official monthly figure (with the previous month), portal
rewrites that state nothing new, pages that drop off list pages, a page that is empty on
one morning and filled the next, a GBK city portal, a 404, a malformed feed item, stale
pages from a year earlier and the usual distractors.

Run:  python3 make_seq-2026-09-15.py      (deletes and rebuilds ./seq-2026-09-15)
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
SEQ = "seq-2026-09-15"
OUT = HERE / SEQ
DAYS = ["2026-09-15", "2026-09-16", "2026-09-17"]
WINDOW_DAYS = 7
TITLE = "新质生产力每日动态"
MORNING = time(7, 0)       # the brief runs at 07:00 Beijing time; a page is online if published before
SEED = 20260915
RNG = random.Random(SEED)
CST = timezone(timedelta(hours=8))
MARK = ("<!-- synthetic test page: fictional content imitating this site's layout, "
        "written to test a daily-brief generator -->")
D = [date.fromisoformat(x) for x in DAYS]

# ======================================================================================
# Sources
# ======================================================================================
SOURCES = [
    dict(id="most", name="科学技术部", name_en="Ministry of Science and Technology", kind="listpage",
         url="/www.most.gov.cn/kjbgz/index.html", authority="ministry", tpl="most", size=7,
         hosts=["www.most.gov.cn"], col="科技部工作"),
    dict(id="mofcom", name="商务部", name_en="Ministry of Commerce", kind="listpage",
         url="/www.mofcom.gov.cn/xwfb/index.html", authority="ministry", tpl="mofcom", size=6,
         hosts=["www.mofcom.gov.cn"], col="新闻发布"),
    dict(id="cnipa", name="国家知识产权局", name_en="China National Intellectual Property Administration",
         kind="listpage", url="/www.cnipa.gov.cn/col/col53/index.html", authority="ministry", tpl="cnipa",
         size=6, hosts=["www.cnipa.gov.cn"], col="工作动态"),
    dict(id="mot", name="交通运输部", name_en="Ministry of Transport", kind="listpage",
         url="/www.mot.gov.cn/jiaotongyaowen/index.html", authority="ministry", tpl="mot", size=6,
         hosts=["www.mot.gov.cn"], col="交通要闻"),
    dict(id="jsdrc", name="江苏省发展和改革委员会", name_en="Jiangsu Provincial Development and Reform Commission",
         kind="listpage", url="/fzggw.jiangsu.gov.cn/col/col284/index.html", authority="local", tpl="jsdrc",
         size=6, hosts=["fzggw.jiangsu.gov.cn"], col="通知公告"),
    dict(id="hefei", name="合肥市人民政府", name_en="Hefei Municipal People's Government", kind="listpage",
         url="/www.hefei.gov.cn/ssxw/index.html", authority="local", tpl="hefei", size=6,
         hosts=["www.hefei.gov.cn"], col="时事新闻", charset="gbk"),
    dict(id="people", name="人民网", name_en="People's Daily Online", kind="rss",
         url="/www.people.com.cn/rss/finance.xml", authority="media", tpl="people", size=8,
         hosts=["finance.people.com.cn", "js.people.com.cn", "sports.people.com.cn", "www.people.com.cn"],
         col="人民网财经"),
    dict(id="ce", name="经济日报", name_en="Economic Daily (ce.cn)", kind="atom",
         url="/www.ce.cn/atom/jjrb.xml", authority="media", tpl="ce", size=8,
         hosts=["www.ce.cn"], col="经济日报"),
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


def art_most(p: dict, day: int) -> str:
    y, m, d = ymd(p)
    nav = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in [
        ("首页", "/www.most.gov.cn/index.html"), ("机构", "javascript:;"), ("新闻", "/www.most.gov.cn/kjbgz/index.html"),
        ("信息公开", "javascript:;"), ("服务", "javascript:;"), ("互动", "javascript:;"), ("专题", "javascript:;")])
    dl = "" if p["nodate"] else f'<div class="xxgk_date">日期：{y}年{m:02d}月{d:02d}日　　来源：{esc(p["source"])}</div>'
    doc = f'<div class="wh">{esc(p["docno"])}</div>' if p.get("docno") else ""
    inner = f"""<div class="top"><a href="javascript:;">无障碍浏览</a> <a href="javascript:;">English</a></div>
<div class="header"><a href="/www.most.gov.cn/index.html"><img alt="中华人民共和国科学技术部" src="javascript:;"></a></div>
<ul class="nav">{nav}</ul>
<div class="position">您的位置：<a href="/www.most.gov.cn/index.html">首页</a> &gt; <a href="/www.most.gov.cn/kjbgz/index.html">科技部工作</a></div>
<div id="Title" class="xxgk_title">{esc(p["title"])}</div>
{dl}
{doc}
<div id="Zoom" class="TRS_Editor">
{content(p, day)}
</div>
{related_html(p)}
<div class="printbar"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="footer"><p>主办单位：中华人民共和国科学技术部　地址：北京市海淀区复兴路乙15号　邮编：100862</p>
<p>ICP备案编号：京ICP备05022684号　京公网安备 110402500019号　网站标识码：bm06000001</p></div>"""
    return shell(p["title"], "", inner)


def art_mofcom(p: dict, day: int) -> str:
    w = p["when"]
    side = "".join(f'<li><a href="{q["path"]}">{esc(q["title"])}</a></li>' for q in latest("mofcom", day, 5))
    inner = f"""<div class="header"><div class="logo">中华人民共和国商务部</div>
<div class="search"><form action="javascript:;"><input type="text" name="q"><button>搜索</button></form></div></div>
<div class="menu"><a href="/www.mofcom.gov.cn/index.html">首页</a><a href="javascript:;">机构设置</a><a href="/www.mofcom.gov.cn/xwfb/index.html">新闻发布</a><a href="javascript:;">政务公开</a><a href="javascript:;">政务服务</a><a href="javascript:;">商务数据</a><a href="javascript:;">互动交流</a></div>
<div class="crumb">当前位置：<a href="/www.mofcom.gov.cn/index.html">首页</a> &gt; <a href="/www.mofcom.gov.cn/xwfb/index.html">新闻发布</a> &gt; {esc(p.get("column", "商务部新闻"))}</div>
<div class="art-main">
<h1 class="art-title">{esc(p["title"])}</h1>
<div class="art-info"><span>发布时间：{w:%Y-%m-%d %H:%M}</span><span>来源：{esc(p["source"])}</span><span class="fz">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div>
<div class="art-con art-con-bottonmLine">
{content(p, day)}
</div>
{related_html(p)}
</div>
<div class="sidebar"><h3>最新发布</h3><ul>{side}</ul></div>
<div class="footer">主办单位：中华人民共和国商务部　承办单位：商务部电子商务和信息化司　京ICP备05004152号　京公网安备11040102700091号</div>"""
    return shell(p["title"] + "_商务部", "", inner)


def art_cnipa(p: dict, day: int) -> str:
    w = p["when"]
    head = (f'<meta name="ArticleTitle" content="{attr(p["title"])}">\n'
            f'<meta name="PubDate" content="{w:%Y-%m-%d %H:%M}">\n'
            f'<meta name="ContentSource" content="{attr(p["source"])}">\n')
    inner = f"""<div class="gov-top"><a href="/www.cnipa.gov.cn/index.html">国家知识产权局</a> | <a href="javascript:;">政务服务</a> | <a href="javascript:;">English</a></div>
<div class="nav"><a href="/www.cnipa.gov.cn/index.html">首页</a> <a href="javascript:;">机构概况</a> <a href="javascript:;">政务公开</a> <a href="/www.cnipa.gov.cn/col/col53/index.html">工作动态</a> <a href="javascript:;">新闻发布</a> <a href="javascript:;">专题专栏</a></div>
<div class="path">首页 &gt; 新闻发布 &gt; {esc(p.get("column", "工作动态"))}</div>
<div class="article">
<h2 class="title">{esc(p["title"])}</h2>
<div class="info">发布时间：{w:%Y-%m-%d}　来源：{esc(p["source"])}</div>
<div class="article-content">
{content(p, day)}
</div>
{related_html(p, "相关文章")}
<div class="tools"><a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a></div>
</div>
<div class="footer">版权所有：国家知识产权局　地址：北京市海淀区蓟门桥西土城路6号　京ICP备11040798号-1　京公网安备11010802028286号</div>"""
    return shell(p["title"] + " - 国家知识产权局", head, inner)


def art_mot(p: dict, day: int) -> str:
    y, m, d = ymd(p)
    inner = f"""<div class="mot-head"><a href="/www.mot.gov.cn/index.html">中华人民共和国交通运输部</a></div>
<div class="mot-nav"><a href="/www.mot.gov.cn/index.html">首页</a> | <a href="javascript:;">部领导</a> | <a href="javascript:;">机构</a> | <a href="/www.mot.gov.cn/jiaotongyaowen/index.html">交通要闻</a> | <a href="javascript:;">政府信息公开</a> | <a href="javascript:;">政务服务</a> | <a href="javascript:;">互动</a></div>
<div class="weizhi">当前位置：<a href="/www.mot.gov.cn/index.html">首页</a> &gt; <a href="/www.mot.gov.cn/jiaotongyaowen/index.html">交通要闻</a></div>
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


def art_jsdrc(p: dict, day: int) -> str:
    y, m, d = ymd(p)
    inner = f"""<div class="js-top"><span>江苏省发展和改革委员会</span> <a href="/fzggw.jiangsu.gov.cn/index.html">首页</a></div>
<div class="js-nav"><a href="/fzggw.jiangsu.gov.cn/index.html">首页</a><a href="javascript:;">机构概况</a><a href="javascript:;">政府信息公开</a><a href="/fzggw.jiangsu.gov.cn/col/col284/index.html">通知公告</a><a href="javascript:;">发展规划</a><a href="javascript:;">政策解读</a><a href="javascript:;">互动交流</a></div>
<table class="xxgk" cellspacing="0">
<tr><td>索引号：</td><td>{esc(p.get("index_no", ""))}</td><td>发布机构：</td><td>江苏省发展和改革委员会</td></tr>
<tr><td>文号：</td><td>{esc(p.get("docno", ""))}</td><td>发布日期：</td><td>{y}/{m}/{d}</td></tr>
</table>
<div class="sp_title">{esc(p["title"])}</div>
<div class="sp_time">发布日期：{y}/{m}/{d}　　信息来源：{esc(p["source"])}　　浏览次数：<span id="hits">{p.setdefault("hits", RNG.randint(300, 5000))}</span></div>
<div class="main-txt">
{content(p, day)}
</div>
{related_html(p)}
<div class="btm"><a href="javascript:window.print()">打印本页</a> | <a href="javascript:window.close()">关闭窗口</a></div>
<div class="js-foot">主办单位：江苏省发展和改革委员会　苏ICP备05012836号-1　苏公网安备 32010202010129号　网站标识码：3200000043</div>"""
    return shell(p["title"] + " 江苏省发展和改革委员会", "", inner)


def art_hefei(p: dict, day: int) -> str:
    w = p["when"]
    dl = "" if p["nodate"] else f'<div class="info">发布时间：{w:%Y-%m-%d %H:%M:%S}　来源：{esc(p["source"])}　【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>'
    inner = f"""<div class="hf-top">合肥市人民政府　<a href="/www.hefei.gov.cn/index.html">首页</a> | <a href="javascript:;">智能问答</a> | <a href="javascript:;">长者版</a></div>
<div class="hf-nav"><a href="/www.hefei.gov.cn/index.html">首页</a> <a href="/www.hefei.gov.cn/ssxw/index.html">时事新闻</a> <a href="javascript:;">政务公开</a> <a href="javascript:;">政务服务</a> <a href="javascript:;">互动交流</a> <a href="javascript:;">走进合肥</a></div>
<div class="hf-crumb">当前位置：首页 &gt; 时事新闻 &gt; {esc(p.get("column", "合肥要闻"))}</div>
<div class="hf-art">
<h1>{esc(p["title"])}</h1>
{dl}
<div class="j-fontContent">
{content(p, day)}
</div>
{related_html(p)}
</div>
<div class="hf-foot">主办：合肥市人民政府办公室　承办：合肥市数据资源局　皖ICP备05001296号　皖公网安备34010402700126号　网站标识码：3401000002</div>"""
    return shell(p["title"] + "_合肥市人民政府", "", inner, charset="gbk")


def art_people(p: dict, day: int) -> str:
    w = p["when"]
    chan = p.get("channel", "人民网－财经频道")
    inner = f"""<div class="pd-top"><a href="/www.people.com.cn/index.html">人民网</a> &gt;&gt; <a href="javascript:;">{esc(chan.split("－")[-1])}</a></div>
<div class="pd-nav"><a href="javascript:;">时政</a> <a href="javascript:;">国际</a> <a href="javascript:;">财经</a> <a href="javascript:;">科技</a> <a href="javascript:;">地方</a> <a href="javascript:;">体育</a> <a href="javascript:;">文化</a> <a href="javascript:;">评论</a></div>
<div class="layout rm_txt cf">
<div class="col col-1 fl">
<h1>{esc(p["title"])}</h1>
<div class="col-1-1 fl">{w:%Y年%m月%d日%H:%M} | 来源：{esc(chan)}</div>
<div class="rm_txt_con cf">
{content(p, day)}
<div class="edit cf">(责编：{esc(p.get("editor", "王震、杨曦"))})</div>
</div>
{related_html(p, "相关新闻")}
</div>
</div>
<div class="pd-foot"><p>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 网站地图 | 留言板</p>
<p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p><p>Copyright © 1997-2026 by www.people.com.cn. all rights reserved</p></div>"""
    return shell(p["title"] + "--财经--人民网", f'<meta name="publishdate" content="{w:%Y-%m-%d}">\n', inner)


def art_ce(p: dict, day: int) -> str:
    w = p["when"]
    author = f'<span class="author">{esc(p["author"])}</span>' if p.get("author") else ""
    inner = f"""<div class="ce-top"><a href="/www.ce.cn/index.html">中国经济网</a> | <a href="javascript:;">经济日报</a> | <a href="javascript:;">手机版</a></div>
<div class="ce-nav"><a href="javascript:;">时政</a> <a href="javascript:;">宏观</a> <a href="javascript:;">产业</a> <a href="javascript:;">地方</a> <a href="javascript:;">财经</a> <a href="javascript:;">科技</a> <a href="javascript:;">体育</a> <a href="javascript:;">评论</a></div>
<div class="ce-path">您的位置：<a href="/www.ce.cn/index.html">首页</a> &gt; 新闻 &gt; 国内时政 &gt; 滚动新闻</div>
<h1 id="articleTitle">{esc(p["title"])}</h1>
<div id="articleTime">{w:%Y年%m月%d日 %H:%M}</div><div id="articleSource">来源：{esc(p["source"])}</div>{author}
<div id="articleText" class="TRS_Editor">
{content(p, day)}
</div>
<div class="ce-editor">（责任编辑：{esc(p.get("editor", "李华林"))}）</div>
{related_html(p)}
<div class="ce-foot">中国经济网　版权所有　互联网新闻信息服务许可证(10120170008)　京ICP备13035286号-1</div>"""
    return shell(p["title"] + "_中国经济网——国家经济门户", "", inner)


ART = dict(most=art_most, mofcom=art_mofcom, cnipa=art_cnipa, mot=art_mot, jsdrc=art_jsdrc,
           hefei=art_hefei, people=art_people, ce=art_ce)


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
    fmt = {"most": "%Y-%m-%d", "mofcom": "%Y-%m-%d", "cnipa": "%Y-%m-%d", "mot": "%Y年%m月%d日",
           "jsdrc": "%Y-%m-%d", "hefei": "%m-%d"}[s["tpl"]]
    lis = []
    for q in pinned:
        lis.append(f'<li class="top"><span class="zd">[置顶]</span><a href="{q["path"]}" target="_blank" '
                   f'title="{attr(q["title"])}">{esc(q["title"])}</a><span class="date">{q["when"]:{fmt}}</span></li>')
    for q in items:
        lis.append(f'<li><a href="{q["path"]}" target="_blank" title="{attr(q["title"])}">{esc(q["title"])}</a>'
                   f'<span class="date">{q["when"]:{fmt}}</span></li>')
    nav = (f'<a href="/{host}/index.html">首页</a> <a href="javascript:;">机构</a> '
           f'<a href="{s["url"]}">{esc(s["col"])}</a> <a href="javascript:;">政务公开</a> '
           f'<a href="javascript:;">政务服务</a> <a href="javascript:;">互动交流</a>')
    inner = f"""<div class="header"><a href="/{host}/index.html">{esc(s["name"])}</a></div>
<div class="nav">{nav}</div>
<div class="crumb">当前位置：<a href="/{host}/index.html">首页</a> &gt; {esc(s["col"])}</div>
<div class="list-box"><h2>{esc(s["col"])}</h2>
<ul class="list">
{chr(10).join(lis)}
</ul>
<div class="page">共12页　<a href="javascript:;">首页</a> <a href="javascript:;">上一页</a> <a href="javascript:;">下一页</a> <a href="javascript:;">尾页</a></div>
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
    A1o="/www.most.gov.cn/kjbgz/202609/t20260914_191205.html",
    A1r="/finance.people.com.cn/n1/2026/0914/c1004-40571236.html",
    A1c="/www.ce.cn/xwzx/gnsz/gdxw/202609/t20260915_3051207.shtml",
    A1j="/www.most.gov.cn/kjbgz/202609/t20260915_191236.html",
    A1jr="/www.ce.cn/xwzx/gnsz/gdxw/202609/t20260915_3051688.shtml",
    A1w="/finance.people.com.cn/n1/2026/0916/c1004-40572811.html",
    A2o="/www.cnipa.gov.cn/art/2026/9/11/art_53_201873.html",
    A2r="/finance.people.com.cn/n1/2026/0911/c1004-40569904.html",
    A2s="/www.cnipa.gov.cn/art/2026/9/15/art_53_201966.html",
    A2x="/www.ce.cn/xwzx/gnsz/gdxw/202609/t20260916_3052234.shtml",
    A3o="/www.mofcom.gov.cn/xwfb/art/2026/art_5b8e2c1d9f7a4e36b0c4d2a1f3e5b7c9.html",
    A3r="/www.ce.cn/xwzx/gnsz/gdxw/202609/t20260912_3049127.shtml",
    A3h="/www.hefei.gov.cn/ssxw/tzgg/202609/t20260916_1099587.html",
    A4o="/fzggw.jiangsu.gov.cn/art/2026/9/10/art_284_11402367.html",
    A4r="/js.people.com.cn/n2/2026/0911/c360301-41238715.html",
    A5o="/www.hefei.gov.cn/ssxw/wdhf/202609/t20260913_1098822.html",
    A5w="/www.ce.cn/xwzx/gnsz/gdxw/202609/t20260915_3051540.shtml",
    A6o="/www.mot.gov.cn/jiaotongyaowen/202609/t20260915_4178236.html",
    A6r="/finance.people.com.cn/n1/2026/0915/c1004-40572093.html",
    A7o="/www.mofcom.gov.cn/xwfb/art/2026/art_c2d4e6f8a0b24c1d8e3f5a7b9c1d3e5f.html",
    A7r="/www.ce.cn/xwzx/gnsz/gdxw/202609/t20260915_3051702.shtml",
    A7w="/finance.people.com.cn/n1/2026/0916/c1004-40572955.html",
    A8o="/www.hefei.gov.cn/ssxw/tzgg/202609/t20260915_1099312.html",
    A9o="/fzggw.jiangsu.gov.cn/art/2026/9/15/art_284_11404128.html",
    A10o="/www.most.gov.cn/kjbgz/202609/t20260916_191298.html",
    A10r="/www.ce.cn/xwzx/gnsz/gdxw/202609/t20260916_3052401.shtml",
    A11o="/www.mot.gov.cn/jiaotongyaowen/202609/t20260916_4178512.html",
    A11r="/finance.people.com.cn/n1/2026/0916/c1004-40573388.html",
    A12o="/fzggw.jiangsu.gov.cn/art/2026/9/16/art_284_11405016.html",
)

# ---------------------------------------------------------------------- A1 概念验证中心
A1_DOC = "《国家概念验证中心建设指引（试行）》"
story("A1", "科技部、财政部推进国家概念验证中心建设", ["科技部", "财政部", "成果转化与区域创新司"])
A1_POINTS = [
    "概念验证是科技成果从实验室走向市场的关键一环。为贯彻落实党中央、国务院关于加快推进科技成果转化、因地制宜发展新质生产力的决策部署，支持高校、科研院所早期成果开展技术可行性、商业可行性验证，跨越成果转化“死亡之谷”，制定本指引。",
    ("h", "一、建设目标"),
    "到2028年，布局建设国家概念验证中心100家左右，带动各地建设省级概念验证中心1000家以上，基本形成覆盖重点产业链、上下贯通的概念验证服务网络，一批早期科技成果通过验证进入中试熟化和产业化阶段。",
    ("h", "二、建设条件"),
    "国家概念验证中心依托高校、科研院所、新型研发机构、科技领军企业等建设，应具备以下条件：具有独立的场地和必要的验证设施；具有专职技术经理人不少于10名；近三年累计开展概念验证项目不少于30项；建立了与投资机构、企业的常态化对接机制。",
    ("h", "三、主要任务"),
    "（一）开展技术可行性验证。围绕原型设计、样品试制、性能测试等环节，为早期成果提供验证服务。（二）开展商业可行性验证。组织市场调研、用户测试、商业计划论证，推动成果与产业需求精准对接。（三）强化投融资衔接。鼓励有条件的地方和中心设立概念验证基金，引导天使投资、创业投资“投早、投小、投硬科技”。",
    ("h", "四、支持措施"),
    "中央财政通过中央引导地方科技发展资金，对国家概念验证中心建设运行予以支持。鼓励地方在用地、人才、科研仪器共享等方面给予配套政策。",
    ("h", "五、组织实施"),
    "国家概念验证中心按照“地方推荐、专家评审、择优认定、动态调整”的方式组织认定，每三年开展一次绩效评估，评估不合格的予以撤销。",
]
page("A1o", P["A1o"], "2026-09-14 16:00", f"科技部 财政部关于印发{A1_DOC}的通知",
     [("c", "国科发区〔2026〕187号"),
      "各省、自治区、直辖市及计划单列市科技厅（委、局）、财政厅（局），新疆生产建设兵团科技局、财政局，各有关单位：",
      f"为加快推进科技成果转化，支持早期科技成果跨越“死亡之谷”，科技部、财政部制定了{A1_DOC}。现印发给你们，请结合实际认真贯彻执行。",
      "请各省级科技管理部门会同财政部门组织做好首批国家概念验证中心推荐工作，于2026年10月31日前将推荐名单和相关材料报送科技部（成果转化与区域创新司）。",
      ("r", "科技部　财政部"), ("r", "2026年9月8日"), ("c", "国家概念验证中心建设指引（试行）")] + A1_POINTS,
     src="most", thread="A1", source="科技部", docno="国科发区〔2026〕187号")
page("A1r", P["A1r"], "2026-09-14 20:31", "科技部、财政部：到2028年布局建设国家概念验证中心100家左右",
     [f"人民网北京9月14日电　（记者赵竹青）记者14日从科技部获悉，科技部、财政部近日印发{A1_DOC}，提出到2028年，布局建设国家概念验证中心100家左右，带动各地建设省级概念验证中心1000家以上。",
      "根据指引，国家概念验证中心依托高校、科研院所、新型研发机构、科技领军企业等建设，应具有专职技术经理人不少于10名，近三年累计开展概念验证项目不少于30项。",
      "指引明确，中央财政通过中央引导地方科技发展资金对国家概念验证中心建设运行予以支持，鼓励有条件的地方和中心设立概念验证基金。",
      "按照通知要求，各省级科技管理部门需于2026年10月31日前报送首批推荐名单。"],
     src="people", thread="A1", kind="reprint", source="人民网－科技频道", channel="人民网－科技频道",
     summary="科技部、财政部近日印发国家概念验证中心建设指引，提出到2028年布局建设国家概念验证中心100家左右。",
     related=["A1o"])
page("A1c", P["A1c"], "2026-09-15 06:40", "让更多科技成果跨过“死亡之谷”",
     ["科技成果转化难，难在从“样品”到“产品”的那一步。实验室里论文发表了、专利申请了，但技术能不能做成样机、市场愿不愿意买单，往往没有人愿意为这一阶段的风险埋单，这正是人们常说的“死亡之谷”。",
      f"科技部、财政部日前印发的{A1_DOC}，把概念验证中心作为专门的制度安排提了出来，目标是到2028年布局建设国家概念验证中心100家左右。这是一个信号：国家层面开始为成果转化最前端、最薄弱的环节搭建公共平台。",
      "概念验证中心要发挥作用，关键在“专业”二字。指引对专职技术经理人数量、验证项目积累都提出了明确要求，用意就在于防止一些地方“挂牌了事”。同样重要的是与投资端衔接，只有把验证结果转化为投资人看得懂的语言，早期成果才可能接上天使投资和创业投资。",
      "因地制宜发展新质生产力，既要有前沿突破，也要有把突破变成产业的能力。概念验证中心建设能否见效，值得持续观察。"],
     src="ce", thread="A1", kind="commentary", source="经济日报", author="本报评论员　佘惠敏",
     summary="概念验证中心把成果转化最前端、最薄弱的环节制度化。")
dev("A1.1", 1, "科技部、财政部印发建设指引（政策文件）", "A1o",
    "科技部、财政部印发《国家概念验证中心建设指引（试行）》，到2028年布局建设国家概念验证中心100家左右",
    [A1_DOC, "100家左右", "1000家以上", "10名", "30项", "2026年10月31日"],
    [dict(date="2026-10-31", what="省级科技管理部门报送首批国家概念验证中心推荐名单")], importance=1)

A1J_BODY = [
    f"近日，科技部、财政部联合印发{A1_DOC}（以下简称《指引》）。科技部成果转化与区域创新司负责人就《指引》有关情况回答了记者提问。",
    ("h", "问：当前我国概念验证中心建设情况如何？"),
    "答：近年来，各地积极探索建设概念验证中心。据统计，目前全国已建成各类概念验证中心386家，累计开展概念验证项目1.2万项，其中约三分之一的项目获得了后续投资或进入中试阶段。但也存在布局分散、专业能力参差不齐、可持续运营能力不足等问题，需要在国家层面加强统筹引导。",
    ("h", "问：首批国家概念验证中心如何认定？"),
    "答：首批拟认定国家概念验证中心30家左右，优先支持集成电路、人工智能、生物制造、新材料、量子科技等重点领域。认定工作按照地方推荐、专家评审、择优认定的程序进行，省级科技管理部门推荐截止时间为2026年10月31日。",
    ("h", "问：国家对概念验证中心有哪些支持？"),
    "答：中央财政通过中央引导地方科技发展资金，对认定的国家概念验证中心给予每家最高500万元的一次性支持，用于验证设施建设和专业人才队伍建设。同时，鼓励地方设立概念验证基金，对验证项目给予配套支持。",
    ("h", "问：如何防止“重挂牌、轻运营”？"),
    "答：《指引》建立了每三年一次的绩效评估机制，评估重点看验证项目数量和质量、成果转化成效、对投资的带动作用，评估不合格的予以撤销，实行动态调整。",
]
page("A1j", P["A1j"], "2026-09-15 15:30", f"科技部成果转化与区域创新司负责人就{A1_DOC}答记者问", A1J_BODY,
     src="most", thread="A1", source="科技部", related=["A1o"])
page("A1jr", P["A1jr"], "2026-09-15 21:10", "科技部：首批拟认定国家概念验证中心30家左右",
     ["经济日报北京9月15日讯　（记者佘惠敏）科技部成果转化与区域创新司负责人15日就" + A1_DOC + "答记者问时介绍，目前全国已建成各类概念验证中心386家，累计开展概念验证项目1.2万项。",
      "该负责人表示，首批拟认定国家概念验证中心30家左右，优先支持集成电路、人工智能、生物制造、新材料、量子科技等重点领域；中央财政对认定的国家概念验证中心给予每家最高500万元的一次性支持。"],
     src="ce", thread="A1", kind="reprint", source="经济日报", summary="首批拟认定国家概念验证中心30家左右。")
dev("A1.2", 2, "科技部有关司局负责人答记者问（官方解读，新数字）", "A1j",
    "科技部解读国家概念验证中心建设指引：全国已建成386家，首批拟认定30家左右、每家最高支持500万元",
    ["386家", "1.2万项", "30家左右", "500万元"], importance=1)
page("A1w", P["A1w"], "2026-09-16 09:12", "国家概念验证中心来了！首批拟认定30家左右",
     [f"科技部、财政部日前印发{A1_DOC}。科技部有关负责人在答记者问时介绍，目前全国已建成各类概念验证中心386家，累计开展概念验证项目1.2万项。",
      "首批拟认定国家概念验证中心30家左右，中央财政对认定的中心给予每家最高500万元的一次性支持。按照《指引》，到2028年将布局建设国家概念验证中心100家左右。",
      "业内人士认为，概念验证中心将成为打通科技成果转化“最初一公里”的重要平台。"],
     src="people", thread="A1", kind="reprint", source="人民网－科技频道", channel="人民网－科技频道",
     summary="国家概念验证中心首批拟认定30家左右。")
repeat("A1", 3, "人民网对前一天官方解读的改写，所有数字都已在9月15日的解读中出现，没有新进展")

# ---------------------------------------------------------------------- A2 国家知识产权局 发明专利 (tracked)
story("A2", "国家知识产权局发布知识产权主要统计数据：发明专利拥有量", ["国家知识产权局"])
page("A2o", P["A2o"], "2026-09-11 10:30", "国家知识产权局2026年9月例行新闻发布会",
     ["9月11日，国家知识产权局举行2026年9月例行新闻发布会，介绍专利转化运用专项行动进展和知识产权统计数据，并回答记者提问。",
      "新闻发言人介绍，据初步统计，截至8月底，我国国内（不含港澳台）发明专利拥有量约560万件，每万人口高价值发明专利拥有量稳步提升，具体数据将于近期正式发布。",
      "专利转化运用持续加快。1—8月，全国专利转让许可次数达38.6万次，同比增长21.4%；专利开放许可累计达成许可3.2万件。知识产权质押融资登记金额6583.2亿元，惠及企业4.1万家。",
      "发布会上，国家知识产权局有关司局负责人还介绍了高校和科研机构存量专利盘活工作情况：截至8月底，已完成存量专利盘点入库68.5万件，筛选出具有潜在市场价值的专利22.7万件，向企业推送对接。",
      "下一步，国家知识产权局将持续推进专利产业化，培育更多专利密集型产品，为发展新质生产力提供有力支撑。"],
     src="cnipa", thread="A2", source="国家知识产权局", column="新闻发布")
page("A2r", P["A2r"], "2026-09-11 15:20", "国家知识产权局：截至8月底我国发明专利拥有量约560万件",
     ["人民网北京9月11日电　（记者王震）国家知识产权局11日举行例行新闻发布会。新闻发言人介绍，据初步统计，截至8月底，我国国内（不含港澳台）发明专利拥有量约560万件。",
      "1—8月，全国专利转让许可次数达38.6万次，同比增长21.4%。知识产权质押融资登记金额6583.2亿元，惠及企业4.1万家。"],
     src="people", thread="A2", kind="reprint", source="人民网－财经频道",
     summary="据初步统计，截至8月底我国发明专利拥有量约560万件。")
dev("A2.1", 1, "例行新闻发布会（初步统计数）", "A2o",
    "国家知识产权局例行发布会：截至8月底发明专利拥有量约560万件，1—8月专利转让许可38.6万次",
    ["560万件", "38.6万次", "21.4%", "6583.2亿元"], importance=2)
A2S_BODY = [
    ("c", "2026年1—8月知识产权主要统计数据"),
    "截至2026年8月底，我国国内（不含港澳台）发明专利拥有量达561.8万件，同比增长13.9%；每万人口高价值发明专利拥有量达16.3件。截至7月底，国内发明专利拥有量为557.2万件。",
    "1—8月，国家知识产权局授权发明专利64.3万件，其中国内发明专利授权56.9万件；授权实用新型专利152.6万件，授权外观设计专利46.1万件。",
    "1—8月，共受理PCT国际专利申请5.1万件；共收到国内申请人提交的马德里商标国际注册申请4137件。",
    ("table", [["指标", "8月底/1—8月", "同比增长"], ["国内发明专利拥有量", "561.8万件", "13.9%"],
               ["每万人口高价值发明专利拥有量", "16.3件", "—"], ["授权发明专利", "64.3万件", "—"]]),
    "注：以上数据为统计快报数据，最终以年报为准。",
]
page("A2s", P["A2s"], "2026-09-15 17:00", "2026年1—8月知识产权主要统计数据", A2S_BODY,
     src="cnipa", thread="A2", source="国家知识产权局战略规划司", column="统计信息", empty_days=(2,),
     related=["A2o"])
page("A2x", P["A2x"], "2026-09-16 19:40", "截至8月底我国发明专利拥有量达561.8万件",
     ["经济日报北京9月16日讯　（记者佘颖）国家知识产权局最新发布的统计数据显示，截至2026年8月底，我国国内（不含港澳台）发明专利拥有量达561.8万件，同比增长13.9%；每万人口高价值发明专利拥有量达16.3件。",
      "1—8月，国家知识产权局授权发明专利64.3万件。受访专家表示，发明专利拥有量稳步增长，反映出我国创新能力和创新质量持续提升。"],
     src="ce", thread="A2", kind="reprint", source="经济日报", summary="截至8月底我国发明专利拥有量达561.8万件。")
repeat("A2", 2, "没有新页面：统计数据页面当天早上是空壳（正文为空），9月11日的发布会页面仍在线")
dev("A2.2", 3, "正式统计数据（较发布会初步数更新，并给出7月底数）", "A2s",
    "国家知识产权局正式发布1—8月统计数据：发明专利拥有量达561.8万件，同比增长13.9%",
    ["561.8万件", "13.9%", "16.3件", "557.2万件", "64.3万件"], importance=2)
TRACKED.append(dict(thread="A2", name="截至8月底国内（不含港澳台）发明专利拥有量", day=3,
                    earlier=dict(value="560万件", what="preliminary figure (例行新闻发布会“据初步统计…约560万件”)", article="A2o"),
                    current=dict(value="561.8万件", what="official figure (1—8月知识产权主要统计数据)", article="A2s"),
                    previous_period=dict(value="557.2万件", period="7月底", article="A2s")))

# ---------------------------------------------------------------------- A3 跨境电商赋能产业带
A3_DOC = "《跨境电商赋能产业带高质量发展行动方案（2026—2028年）》"
story("A3", "商务部等8部门推动跨境电商赋能产业带", ["商务部", "海关总署", "国家外汇管理局"])
page("A3o", P["A3o"], "2026-09-11 17:00", f"商务部等8部门关于印发{A3_DOC}的通知",
     [("c", "商贸函〔2026〕412号"),
      "各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务、发展改革、工业和信息化、财政、交通运输主管部门，海关总署广东分署、各直属海关，国家税务总局各省、自治区、直辖市和计划单列市税务局，国家外汇管理局各省、自治区、直辖市及计划单列市分局：",
      f"为推动跨境电商与产业带深度融合，助力外贸提质增效，商务部、国家发展改革委、工业和信息化部、财政部、交通运输部、海关总署、税务总局、国家外汇局制定了{A3_DOC}，现印发给你们，请认真贯彻落实。",
      ("h", "一、主要目标"),
      "到2028年，打造100个左右特色鲜明、竞争力强的跨境电商产业带，培育1000个以上具有国际影响力的跨境电商品牌，海外仓总面积超过4000万平方米，跨境电商进出口规模力争突破3.5万亿元。",
      ("h", "二、重点任务"),
      "（一）推动产业带“触网出海”。支持产业带企业开展跨境电商业务培训，发展“跨境电商+产业带”模式，引导中小企业利用跨境电商开拓国际市场。（二）加强品牌培育。支持产业带企业开展自主品牌建设和海外商标注册，提升品牌溢价能力。（三）完善海外仓布局。支持企业在重点市场建设海外智能仓，提升海外仓数字化、智能化水平。（四）优化监管服务。深化跨境电商出口海外仓监管模式创新，优化退换货监管措施。",
      ("h", "三、工作要求"),
      "请各地商务主管部门会同有关部门，结合本地产业特点，梳理重点培育的产业带清单，于2026年10月15日前报送商务部（电子商务司）。",
      ("r", "商务部　国家发展改革委　工业和信息化部　财政部"), ("r", "交通运输部　海关总署　税务总局　国家外汇局"),
      ("r", "2026年9月9日")],
     src="mofcom", thread="A3", source="商务部电子商务司", column="政策发布")
page("A3r", P["A3r"], "2026-09-12 07:05", "商务部等8部门：到2028年打造100个左右跨境电商产业带",
     [f"经济日报北京9月11日讯　（记者冯其予）商务部等8部门日前印发{A3_DOC}，提出到2028年，打造100个左右特色鲜明、竞争力强的跨境电商产业带，培育1000个以上具有国际影响力的跨境电商品牌。",
      "方案提出，完善海外仓布局，到2028年海外仓总面积超过4000万平方米，跨境电商进出口规模力争突破3.5万亿元。各地商务主管部门需于2026年10月15日前报送重点培育的产业带清单。"],
     src="ce", thread="A3", kind="reprint", source="经济日报", summary="商务部等8部门印发跨境电商赋能产业带行动方案。")
dev("A3.1", 1, "商务部等8部门印发行动方案（政策文件）", "A3o",
    "商务部等8部门印发跨境电商赋能产业带行动方案：到2028年打造100个左右产业带、海外仓超过4000万平方米",
    [A3_DOC, "100个左右", "1000个以上", "4000万平方米", "3.5万亿元", "2026年10月15日"],
    [dict(date="2026-10-15", what="各地商务主管部门报送重点培育的跨境电商产业带清单")], importance=1)
repeat("A3", 2, "没有新页面，9月11日的方案和经济日报转载仍在线")
A3H_DOC = "《合肥市跨境电商赋能产业带高质量发展实施方案》"
page("A3h", P["A3h"], "2026-09-16 16:45", f"合肥市人民政府办公室关于印发{A3H_DOC}的通知",
     [("c", "合政办〔2026〕23号"),
      "各县（市）、区人民政府，市政府各部门、各直属机构：",
      f"为贯彻落实商务部等8部门{A3_DOC}，经市政府同意，现将{A3H_DOC}印发给你们，请认真组织实施。",
      ("h", "一、发展目标"),
      "到2028年，全市培育省级以上跨境电商产业带8个，跨境电商进出口额突破600亿元，培育跨境电商自主品牌150个，在重点市场布局海外仓40个以上。",
      ("h", "二、支持政策"),
      "对企业在“一带一路”沿线等重点市场新建或租用面积在5000平方米以上的海外仓，按实际投资额的20%给予补助，单个企业最高300万元。对年跨境电商出口额首次突破1亿元的产业带龙头企业，给予一次性奖励50万元。",
      "对开展跨境电商业务培训的产业带服务机构，按照培训人数给予补贴，每家每年最高20万元。",
      ("h", "三、保障措施"),
      "建立市级跨境电商工作专班，由市商务局牵头，会同市发展改革委、市财政局、合肥海关等单位协同推进。本方案自印发之日起施行，有效期至2028年12月31日。",
      ("r", "合肥市人民政府办公室"), ("r", "2026年9月15日")],
     src="hefei", thread="A3", source="合肥市人民政府办公室", column="通知公告")
dev("A3.2", 3, "地方跟进：合肥市出台实施方案（新目标、新补助标准）", "A3h",
    "合肥市出台跨境电商赋能产业带实施方案：到2028年培育8个产业带、进出口额突破600亿元，海外仓补助最高300万元",
    [A3H_DOC, "8个", "600亿元", "300万元", "50万元"], importance=2)

# ---------------------------------------------------------------------- A4 江苏 未来产业先导区
A4_DOC = "《江苏省加快培育未来产业先导区实施方案》"
story("A4", "江苏省加快培育未来产业先导区", ["江苏省发展和改革委员会", "江苏省科学技术厅"])
page("A4o", P["A4o"], "2026-09-10 18:00", f"省发展改革委 省科技厅 省工业和信息化厅关于印发{A4_DOC}的通知",
     [("c", "苏发改高技发〔2026〕903号"),
      "各设区市发展改革委、科技局、工业和信息化局：",
      f"现将{A4_DOC}印发给你们，请结合实际抓好落实。",
      ("h", "一、总体目标"),
      "到2028年，在第三代半导体、氢能、新型储能、细胞和基因技术、合成生物、通用智能、量子科技、深海深地空天等领域，建设省级未来产业先导区20个左右，未来产业规模突破5000亿元，培育未来产业领军企业50家以上。",
      ("h", "二、重点举措"),
      "（一）建设创新策源平台。支持先导区布局建设概念验证中心、中试验证平台和专业孵化器。（二）打造应用场景。每年发布未来产业应用场景清单，支持首台（套）、首批次、首版次产品示范应用。（三）强化要素保障。省级财政每年安排10亿元专项资金，统筹支持先导区建设；设立省未来产业投资基金。",
      ("h", "三、申报认定"),
      "首批省级未来产业先导区申报工作即日启动，请各设区市发展改革委会同科技、工业和信息化部门组织申报，于2026年10月20日前将申报材料报送省发展改革委（高技术产业处）。",
      ("r", "江苏省发展和改革委员会　江苏省科学技术厅　江苏省工业和信息化厅"), ("r", "2026年9月10日")],
     src="jsdrc", thread="A4", source="高技术产业处", docno="苏发改高技发〔2026〕903号", index_no="014000319/2026-00287")
page("A4r", P["A4r"], "2026-09-11 08:30", "江苏：到2028年建设省级未来产业先导区20个左右",
     [f"人民网南京9月11日电　（王继亮）记者从江苏省发展改革委获悉，江苏省日前印发{A4_DOC}，提出到2028年建设省级未来产业先导区20个左右，未来产业规模突破5000亿元。",
      "根据方案，江苏省级财政每年安排10亿元专项资金，统筹支持先导区建设。首批省级未来产业先导区申报截止时间为2026年10月20日。"],
     src="people", thread="A4", kind="reprint", source="人民网－江苏频道", channel="人民网－江苏频道",
     summary="江苏印发方案，到2028年建设省级未来产业先导区20个左右。")
dev("A4.1", 1, "江苏省发改委等三部门印发实施方案", "A4o",
    "江苏省印发未来产业先导区实施方案：到2028年建设省级先导区20个左右、未来产业规模突破5000亿元",
    [A4_DOC, "20个左右", "5000亿元", "10亿元", "2026年10月20日"],
    [dict(date="2026-10-20", what="各设区市报送首批省级未来产业先导区申报材料")], importance=2)
repeat("A4", 2, "没有新页面")
repeat("A4", 3, "没有新页面")

# ---------------------------------------------------------------------- A5 合肥 量子产业大会 (GBK)
story("A5", "2026量子产业大会在合肥开幕", ["合肥市人民政府", "安徽省科学技术厅"])
page("A5o", P["A5o"], "2026-09-13 19:20", "2026量子产业大会在合肥开幕　现场签约项目42个",
     ["9月13日，2026量子产业大会在合肥滨湖国际会展中心开幕。大会以“量子赋能　未来已来”为主题，设置开幕式、主旨论坛、8场专题论坛和量子科技成果展。",
      "开幕式上，42个量子科技产业项目现场签约，总金额186亿元，涵盖量子计算、量子通信、量子精密测量等领域。大会还发布了新一代超导量子计算机和量子精密测量系列新品。",
      "近年来，合肥市坚持以量子科技为代表的未来产业培育，已集聚量子企业80余家，量子产业链覆盖核心器件、整机研制、行业应用等环节。",
      "本次大会由安徽省科学技术厅、合肥市人民政府等单位共同主办，会期两天。"],
     src="hefei", thread="A5", source="合肥日报", column="合肥要闻")
dev("A5.1", 1, "大会开幕（活动报道）", "A5o", "2026量子产业大会在合肥开幕，现场签约项目42个、总金额186亿元",
    ["42个", "186亿元"], importance=3)
page("A5w", P["A5w"], "2026-09-15 11:30", "合肥量子产业大会签约186亿元　量子产业集聚成势",
     ["日前，2026量子产业大会在合肥开幕，42个量子科技产业项目现场签约，总金额186亿元。",
      "合肥市已集聚量子企业80余家，产业链覆盖核心器件、整机研制、行业应用等环节。业内人士表示，量子科技正在从实验室走向产业化。"],
     src="ce", thread="A5", kind="reprint", source="中国经济网", summary="合肥量子产业大会签约186亿元。")
repeat("A5", 2, "经济日报对9月13日开幕报道的改写，数字全部相同，没有新信息")
repeat("A5", 3, "没有新页面")

# ---------------------------------------------------------------------- A6 交通运输部 低空物流
A6_DOC = "《关于推动低空物流高质量发展的指导意见》"
story("A6", "交通运输部等五部门推动低空物流高质量发展", ["交通运输部", "中国民用航空局", "国家邮政局"])
page("A6o", P["A6o"], "2026-09-15 10:00", f"交通运输部等五部门联合印发{A6_DOC}",
     [f"近日，交通运输部、国家发展改革委、工业和信息化部、中国民用航空局、国家邮政局联合印发{A6_DOC}（以下简称《指导意见》），推动低空物流规范有序发展，培育壮大低空经济新动能。",
      "《指导意见》提出，到2030年，低空物流服务网络基本形成，开通低空物流航线5000条以上，建成各类低空物流起降点1万个以上，低空物流年配送量突破10亿件，在城市即时配送、山区海岛物流、应急物资运输等场景实现规模化应用。",
      "《指导意见》部署了四方面重点任务：一是完善低空物流基础设施，推动起降点与快递网点、物流园区、交通枢纽衔接；二是丰富应用场景，支持在医疗物资、生鲜冷链、跨海运输等领域开展常态化运营；三是提升安全保障水平，建立低空物流运营主体安全管理制度；四是加强标准规范建设，加快制定低空物流服务质量、设施建设等标准。",
      "《指导意见》明确，交通运输部将会同有关部门建立低空物流发展协调机制，适时遴选一批低空物流示范城市。"],
     src="mot", thread="A6", source="交通运输部运输服务司")
page("A6r", P["A6r"], "2026-09-15 14:10", "五部门：到2030年低空物流年配送量突破10亿件",
     [f"人民网北京9月15日电　（记者杜燕飞）据交通运输部消息，交通运输部等五部门近日联合印发{A6_DOC}，提出到2030年，开通低空物流航线5000条以上，建成各类低空物流起降点1万个以上，低空物流年配送量突破10亿件。",
      "指导意见提出，推动起降点与快递网点、物流园区、交通枢纽衔接，支持在医疗物资、生鲜冷链、跨海运输等领域开展常态化运营。"],
     src="people", thread="A6", kind="reprint", source="人民网－财经频道", summary="到2030年低空物流年配送量突破10亿件。")
dev("A6.1", 2, "交通运输部等五部门印发指导意见（政策文件）", "A6o",
    "交通运输部等五部门印发低空物流指导意见：到2030年开通航线5000条以上、年配送量突破10亿件",
    [A6_DOC, "5000条以上", "1万个以上", "10亿件"], importance=1)
repeat("A6", 3, "没有新页面")

# ---------------------------------------------------------------------- A7 商务部 1—8月服务贸易
story("A7", "商务部发布1—8月服务贸易数据", ["商务部", "服务贸易和商贸服务业司"])
page("A7o", P["A7o"], "2026-09-15 16:00", "商务部服贸司负责人介绍2026年1—8月服务贸易发展情况",
     ["商务部服贸司负责人介绍，2026年1—8月，我国服务贸易继续保持增长态势。服务进出口总额52183.6亿元，同比增长8.9%。其中，出口22731.2亿元，增长12.6%；进口29452.4亿元，增长6.2%。服务贸易逆差6721.2亿元，同比减少582.5亿元。",
      "知识密集型服务贸易稳步增长。1—8月，知识密集型服务进出口21406.8亿元，同比增长10.2%。其中，知识密集型服务出口12018.5亿元，增长13.1%；增长较快的领域是知识产权使用费、电信计算机和信息服务，分别增长18.7%、15.4%。",
      "旅行服务继续恢复。1—8月，旅行服务进出口14235.9亿元，同比增长9.6%。"],
     src="mofcom", thread="A7", source="商务部服贸司", column="新闻发布")
page("A7r", P["A7r"], "2026-09-15 20:30", "1—8月我国服务进出口总额52183.6亿元　同比增长8.9%",
     ["经济日报北京9月15日讯　（记者冯其予）商务部15日发布数据显示，1—8月，我国服务进出口总额52183.6亿元，同比增长8.9%。其中，出口22731.2亿元，增长12.6%；进口29452.4亿元，增长6.2%。",
      "知识密集型服务进出口21406.8亿元，同比增长10.2%，知识产权使用费、电信计算机和信息服务增长较快。"],
     src="ce", thread="A7", kind="reprint", source="经济日报", summary="1—8月我国服务进出口总额52183.6亿元。")
dev("A7.1", 2, "商务部发布服务贸易数据", "A7o", "商务部：1—8月服务进出口总额52183.6亿元，同比增长8.9%，知识密集型服务进出口增长10.2%",
    ["52183.6亿元", "8.9%", "21406.8亿元", "10.2%"], importance=2)
page("A7w", P["A7w"], "2026-09-16 11:05", "前8月我国服务贸易保持增长　知识密集型服务贸易表现亮眼",
     ["据商务部消息，1—8月，我国服务进出口总额52183.6亿元，同比增长8.9%。",
      "其中，知识密集型服务进出口21406.8亿元，同比增长10.2%；知识产权使用费、电信计算机和信息服务分别增长18.7%、15.4%。专家认为，服务贸易结构持续优化。"],
     src="people", thread="A7", kind="reprint", source="人民网－财经频道", summary="前8月我国服务贸易保持增长。")
repeat("A7", 3, "人民网对9月15日商务部数据的改写，没有新数字")

# ---------------------------------------------------------------------- A8 合肥 空天信息 (GBK, date only in URL)
A8_DOC = "《合肥市加快空天信息产业发展若干政策》"
story("A8", "合肥市出台加快空天信息产业发展若干政策", ["合肥市人民政府", "合肥市发展和改革委员会"])
page("A8o", P["A8o"], "2026-09-15 17:20", f"合肥市人民政府关于印发{A8_DOC}的通知",
     [("c", "合政〔2026〕71号"),
      "各县（市）、区人民政府，市政府各部门、各直属机构：",
      f"现将{A8_DOC}印发给你们，请认真贯彻执行。",
      "第一条　支持卫星研制和发射。对在本市研制并成功发射的商业遥感、通信、导航卫星，按照卫星研制费用的10%给予补助，单星最高500万元，单个企业每年最高2000万元。",
      "第二条　支持地面站和数据平台建设。对新建卫星地面站、空天信息数据处理平台的企业，按照设备投资额的15%给予补助，最高1000万元。",
      "第三条　支持应用场景开放。每年发布空天信息应用场景清单，推动卫星遥感数据在自然资源、应急管理、城市治理、农业农村等领域的应用。",
      "第四条　到2030年，全市空天信息产业规模力争突破1000亿元，集聚空天信息企业300家以上。",
      "第五条　本政策自发布之日起施行，有效期三年。同一项目符合本市多项支持政策的，按照“从高不重复”原则执行。"],
     src="hefei", thread="A8", source="合肥市人民政府", column="政策文件", nodate=True)
dev("A8.1", 2, "合肥市政府印发若干政策", "A8o", "合肥市出台空天信息产业若干政策：单个企业每年最高补助2000万元，到2030年产业规模力争突破1000亿元",
    [A8_DOC, "500万元", "2000万元", "1000亿元"], importance=2)
repeat("A8", 3, "没有新页面")

# ---------------------------------------------------------------------- A9 江苏 服务业集聚示范区 公示 (minor)
story("A9", "江苏省级现代服务业高质量发展集聚示范区名单公示", ["江苏省发展和改革委员会"])
page("A9o", P["A9o"], "2026-09-15 17:30", "关于2026年度省级现代服务业高质量发展集聚示范区拟认定名单的公示",
     ["根据《江苏省现代服务业高质量发展集聚示范区认定管理办法》，经设区市推荐、专家评审和综合评估，拟认定南京软件谷科技金融集聚区等25家单位为2026年度省级现代服务业高质量发展集聚示范区，现予以公示。",
      "公示时间为2026年9月15日至9月21日。公示期间，如有异议，请以书面形式向省发展改革委服务业处反映。",
      ("table", [["序号", "集聚区名称", "所在地"], ["1", "南京软件谷科技金融集聚区", "南京市"],
                 ["2", "苏州工业园区数字服务集聚区", "苏州市"], ["3", "无锡太湖湾科创带科技服务集聚区", "无锡市"],
                 ["…", "（其余22家略）", ""]]),
      "联系电话：025-83391234"],
     src="jsdrc", thread="A9", source="服务业处", index_no="014000319/2026-00301")
dev("A9.1", 2, "公示拟认定名单", "A9o", "江苏公示2026年度省级现代服务业高质量发展集聚示范区拟认定名单25家", ["25家"], importance=3)
repeat("A9", 3, "没有新页面")

# ---------------------------------------------------------------------- A10 科技部 重点专项 申报指南 征求意见
story("A10", "国家重点研发计划“人工智能基础模型与应用”重点专项2027年度指南征求意见", ["科技部", "高技术研究发展中心"])
page("A10o", P["A10o"], "2026-09-16 15:00", "关于对国家重点研发计划“人工智能基础模型与应用”重点专项2027年度项目申报指南征求意见的通知",
     ["各有关单位：",
      "为做好国家重点研发计划“人工智能基础模型与应用”重点专项2027年度项目组织工作，根据国家重点研发计划组织管理有关要求，现将该专项2027年度项目申报指南（征求意见稿）予以公布，公开征求意见。",
      "本专项2027年度拟围绕基础模型理论与方法、高效训练与推理、具身智能、科学智能、行业应用与评测等5个技术方向，启动38个项目方向，拟安排国拨经费概算12.6亿元。其中，拟部署青年科学家项目10个，每个项目国拨经费不超过500万元。",
      "征求意见时间为2026年9月16日至2026年9月30日。修改意见请于2026年9月30日24时前发送至电子邮箱。征求意见稿中的研究方向、考核指标和经费安排等，以正式发布的申报指南为准。",
      "联系人：高技术研究发展中心　联系电话：010-68104321",
      ("r", "科技部高技术研究发展中心"), ("r", "2026年9月16日")],
     src="most", thread="A10", source="科技部")
page("A10r", P["A10r"], "2026-09-16 21:30", "人工智能基础模型重点专项2027年度指南征求意见　拟安排国拨经费12.6亿元",
     ["经济日报北京9月16日讯　（记者佘惠敏）科技部16日公布国家重点研发计划“人工智能基础模型与应用”重点专项2027年度项目申报指南征求意见稿，拟启动38个项目方向，拟安排国拨经费概算12.6亿元。",
      "征求意见时间截至2026年9月30日。"],
     src="ce", thread="A10", kind="reprint", source="经济日报", summary="人工智能基础模型重点专项指南征求意见。")
dev("A10.1", 3, "申报指南征求意见稿", "A10o", "科技部：人工智能基础模型与应用重点专项2027年度指南征求意见，拟启动38个项目方向、国拨经费概算12.6亿元",
    ["38个", "12.6亿元", "2026年9月30日"], [dict(date="2026-09-30", what="重点专项2027年度申报指南征求意见截止")], importance=1)

# ---------------------------------------------------------------------- A11 交通运输部 智能交通先导应用试点 第二批
story("A11", "交通运输部公布第二批智能交通先导应用试点项目", ["交通运输部", "科技司"])
page("A11o", P["A11o"], "2026-09-16 11:00", "交通运输部办公厅关于公布第二批智能交通先导应用试点项目的通知",
     ["各省、自治区、直辖市、新疆生产建设兵团交通运输厅（局、委），部属各单位：",
      "根据《交通运输部办公厅关于组织开展第二批智能交通先导应用试点申报工作的通知》，经地方推荐、专家评审和公示，确定“港口集装箱自动驾驶集卡规模化应用”等47个项目为第二批智能交通先导应用试点项目，涉及19个省份，涵盖自动驾驶、智能航运、智能建造、智慧枢纽等方向。",
      "试点期为2年。各试点项目承担单位要细化试点方案，于2028年9月前完成试点任务；各省级交通运输主管部门要加强对试点工作的组织指导，每年12月底前报送试点进展情况。",
      "附件：第二批智能交通先导应用试点项目清单",
      ("r", "交通运输部办公厅"), ("r", "2026年9月14日")],
     src="mot", thread="A11", source="交通运输部科技司")
page("A11r", P["A11r"], "2026-09-16 17:45", "交通运输部公布第二批47个智能交通先导应用试点项目",
     ["人民网北京9月16日电　（记者杜燕飞）交通运输部16日公布第二批智能交通先导应用试点项目，共47个项目入选，涉及19个省份，涵盖自动驾驶、智能航运、智能建造、智慧枢纽等方向。",
      "试点期为2年，各试点项目要于2028年9月前完成试点任务。"],
     src="people", thread="A11", kind="reprint", source="人民网－财经频道", summary="第二批47个智能交通先导应用试点项目公布。")
dev("A11.1", 3, "公布试点项目名单", "A11o", "交通运输部公布第二批智能交通先导应用试点项目47个，涉及19个省份",
    ["47个", "19个省份", "2028年9月"], importance=2)

# ---------------------------------------------------------------------- A12 江苏 新型储能 项目清单
story("A12", "江苏省公布2026年度新型储能项目建设清单", ["江苏省发展和改革委员会", "江苏省能源局"])
page("A12o", P["A12o"], "2026-09-16 16:20", "省发展改革委关于下达2026年度新型储能项目建设清单的通知",
     [("c", "苏发改能源发〔2026〕951号"),
      "各设区市发展改革委，国网江苏省电力有限公司：",
      "为加快新型储能规模化发展，提升电力系统调节能力，经研究，现将2026年度新型储能项目建设清单下达给你们。本批清单共纳入项目63个，总规模812万千瓦，其中电网侧独立储能项目41个、规模620万千瓦，用户侧及其他项目22个、规模192万千瓦。",
      "各项目单位要严格落实安全生产主体责任，加快推进项目建设，原则上于2026年12月31日前建成并网。逾期未开工的项目，将调出建设清单。",
      "国网江苏省电力有限公司要做好配套电网建设和并网服务工作。",
      ("r", "江苏省发展和改革委员会"), ("r", "2026年9月16日")],
     src="jsdrc", thread="A12", source="能源局", docno="苏发改能源发〔2026〕951号", index_no="014000319/2026-00309")
dev("A12.1", 3, "下达项目清单", "A12o", "江苏下达2026年度新型储能项目建设清单：63个项目、总规模812万千瓦",
    ["63个", "812万千瓦", "2026年12月31日"], [dict(date="2026-12-31", what="江苏2026年度新型储能清单项目原则上建成并网")],
    importance=2)

# ---------------------------------------------------------------------- distractors
page("X1", "/sports.people.com.cn/n1/2026/0914/c14820-40571420.html", "2026-09-14 22:05",
     "中超第26轮：申花主场2比1力克国安", ["人民网上海9月14日电　中超联赛第26轮14日晚进行一场焦点战，上海申花主场2比1战胜北京国安，继续保持积分榜前列。",
                                   "上半场第31分钟，申花率先破门；下半场国安一度扳平，第84分钟申花再度取得领先并保持到终场。"],
     src="people", kind="distractor", source="人民网－体育频道", channel="人民网－体育频道", malformed_rss=True, category="体育")
page("X2", "/www.hefei.gov.cn/ssxw/wdhf/202609/t20260914_1098901.html", "2026-09-14 16:00",
     "合肥市气象台发布：本周后期有一次明显降雨过程", ["据合肥市气象台预报，本周前期我市以多云天气为主，气温较高；17日至18日受冷空气影响，将有一次明显降雨过程，累计雨量25～40毫米，最高气温将下降至26℃左右。",
                                       "气象部门提醒，市民注意防范强降雨和大风天气对交通出行的不利影响。"],
     src="hefei", kind="distractor", source="合肥市气象局")
page("X3", "/www.most.gov.cn/kjbgz/202609/t20260911_191150.html", "2026-09-11 09:00",
     "科技部关于张某某等同志职务任免的通知", ["经研究决定：", "任命张某某为科技部某司司长；", "免去李某某的科技部某司副司长职务。"],
     src="most", kind="distractor", source="科技部人事司")
page("X4", "/www.mofcom.gov.cn/xwfb/art/2026/art_0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5.html", "2026-09-10 10:00",
     "商务部机关办公楼2026—2027年度物业管理服务项目竞争性磋商公告",
     ["项目编号：SWB-2026-WY-017", "采购人：商务部机关服务中心", "采购内容：商务部机关办公楼物业管理服务，服务期两年。",
      "预算金额：人民币860万元。", "获取磋商文件时间：2026年9月10日至2026年9月16日。", "联系人：王女士　电话：010-65197730"],
     src="mofcom", kind="distractor", source="商务部机关服务中心", column="采购公告")
page("X5", "/fzggw.jiangsu.gov.cn/art/2026/9/14/art_284_11403321.html", "2026-09-14 09:30",
     "关于召开全省发展改革系统重点工作推进会的通知", ["各设区市发展改革委：", "经研究，定于2026年9月18日上午9:00在南京召开全省发展改革系统重点工作推进会。请各设区市发展改革委主要负责同志参会。",
                                     "请于9月16日前将参会人员回执报送委办公室。"],
     src="jsdrc", kind="distractor", source="委办公室")
page("X6", "/www.ce.cn/xwzx/gnsz/gdxw/202609/t20260914_3050866.shtml", "2026-09-14 15:30",
     "A股三大指数14日涨跌不一　半导体板块走强", ["14日，A股三大指数涨跌不一。截至收盘，上证指数微跌0.12%，深证成指上涨0.35%，创业板指上涨0.58%。",
                                  "板块方面，半导体、消费电子板块涨幅居前，煤炭、银行板块回调。两市成交额约1.3万亿元。"],
     src="ce", kind="distractor", source="中国经济网")
page("X7", "/www.mot.gov.cn/jiaotongyaowen/202609/t20260912_4177903.html", "2026-09-12 09:00",
     "交通运输部召开部务会", ["9月11日，交通运输部召开部务会，传达学习有关会议精神，研究部署近期重点工作。", "部领导出席会议。"],
     src="mot", kind="distractor", source="交通运输部办公厅")
page("X8", "/sports.people.com.cn/n1/2026/0915/c14820-40572240.html", "2026-09-15 22:30",
     "全运会群众赛事活动广场舞项目决赛落幕", ["人民网9月15日电　全运会群众赛事活动广场舞项目决赛15日落幕，来自全国各地的36支代表队参赛。"],
     src="people", kind="distractor", source="人民网－体育频道", channel="人民网－体育频道", category="体育")
page("X9", "/www.mot.gov.cn/jiaotongyaowen/202609/t20260915_4178301.html", "2026-09-15 15:00",
     "交通运输部9月份例行新闻发布会预告", ["交通运输部定于2026年9月24日（星期四）上午10:00召开9月份例行新闻发布会。", "发布会将通过交通运输部政府网站进行直播，敬请关注。"],
     src="mot", kind="distractor", source="交通运输部新闻办")
page("X10", "/www.hefei.gov.cn/ssxw/wdhf/202609/t20260915_1099250.html", "2026-09-15 16:10",
     "我市中小学秋季运动会陆续开幕", ["近日，我市各中小学秋季田径运动会陆续开幕。各学校围绕“阳光体育　健康成长”主题，开展田径、跳绳、拔河等比赛项目。"],
     src="hefei", kind="distractor", source="合肥晚报")
page("X11", "/www.cnipa.gov.cn/art/2026/9/15/art_53_201950.html", "2026-09-15 09:40",
     "国家知识产权局专利局2026年度档案数字化加工服务采购项目中标公告",
     ["项目编号：ZLJ-2026-CG-0931", "中标供应商：某某信息技术有限公司", "中标金额：人民币412.8万元", "公告期限：自本公告发布之日起1个工作日。"],
     src="cnipa", kind="distractor", source="国家知识产权局专利局", column="采购信息")
page("X12", "/sports.people.com.cn/n1/2026/0916/c14820-40573510.html", "2026-09-16 22:10",
     "亚冠精英联赛：成都蓉城主场战平对手", ["人民网成都9月16日电　亚冠精英联赛小组赛16日晚进行，成都蓉城主场1比1战平对手。"],
     src="people", kind="distractor", source="人民网－体育频道", channel="人民网－体育频道", category="体育")
page("X13", "/www.most.gov.cn/kjbgz/202609/t20260916_191302.html", "2026-09-16 10:00",
     "科技部机关2026年度办公设备采购项目询价公告", ["采购人：科技部机关服务中心", "采购内容：打印机、复印机等办公设备一批。", "预算金额：人民币96万元。"],
     src="most", kind="distractor", source="科技部机关服务中心")
page("X14", "/fzggw.jiangsu.gov.cn/art/2026/9/16/art_284_11404877.html", "2026-09-16 10:30",
     "江苏省发展改革委干部任前公示", ["根据干部选拔任用有关规定，现将拟任职人选予以公示：", "王某某，男，1980年生，现任某处副处长，拟任某处处长。",
                              "公示时间：2026年9月16日至9月22日。"],
     src="jsdrc", kind="distractor", source="人事处")
page("X15", "/www.ce.cn/xwzx/gnsz/gdxw/202609/t20260916_3052100.shtml", "2026-09-16 16:00",
     "中央气象台：南方高温天气持续　北方迎来降温", ["中央气象台16日发布预报，未来三天，江南、华南等地高温天气持续，最高气温可达37℃；北方地区受冷空气影响，气温将下降6～8℃。"],
     src="ce", kind="distractor", source="中国经济网")

# ---------------------------------------------------------------------- stale (a year earlier; pinned on list pages)
page("S1", "/www.most.gov.cn/kjbgz/202509/t20250916_188402.html", "2025-09-16 10:00",
     "科技部关于开展2025年度概念验证中心建设试点工作的通知",
     ["各省、自治区、直辖市及计划单列市科技厅（委、局）：", "为探索概念验证中心建设模式，科技部决定开展2025年度概念验证中心建设试点工作，在部分地区先行先试。",
      "请各有关省级科技管理部门于2025年10月31日前报送试点方案。"],
     src="most", kind="stale", pinned=True, source="科技部")
page("S2", "/www.cnipa.gov.cn/art/2025/9/12/art_53_188114.html", "2025-09-12 10:30",
     "国家知识产权局2025年9月例行新闻发布会",
     ["9月12日，国家知识产权局举行2025年9月例行新闻发布会。", "新闻发言人介绍，截至2025年8月底，我国国内（不含港澳台）发明专利拥有量达493.6万件，同比增长13.4%。",
      "1—8月，全国专利转让许可次数达31.8万次。"],
     src="cnipa", kind="stale", pinned=True, source="国家知识产权局", column="新闻发布")
page("S3", "/www.mofcom.gov.cn/xwfb/art/2025/art_9e8d7c6b5a4f43e2d1c0b9a8f7e6d5c4.html", "2025-09-10 15:00",
     "商务部：推动跨境电商海外仓高质量发展", ["商务部有关负责人介绍，截至2025年8月底，我国企业建设海外仓超过2500个，面积超过3000万平方米。", "下一步，商务部将推动海外仓智能化发展。"],
     src="mofcom", kind="stale", pinned=True, source="商务部电子商务司")
page("S4", "/www.hefei.gov.cn/ssxw/wdhf/202509/t20250920_1012277.html", "2025-09-20 18:00",
     "2025量子产业大会在合肥开幕", ["9月20日，2025量子产业大会在合肥开幕，现场签约项目35个，总金额142亿元。"],
     src="hefei", kind="stale", pinned=True, source="合肥日报")

# ---------------------------------------------------------------------- faults
page("F1", "/www.cnipa.gov.cn/art/2026/9/14/art_53_201911.html", "2026-09-14 16:00",
     "关于公布2026年度国家知识产权示范企业和优势企业名单的通知", [], src="cnipa", kind="broken", missing=True)
page("F2", "/www.mot.gov.cn/jiaotongyaowen/202609/t20260916_4178555.html", "2026-09-16 16:00",
     "交通运输部关于发布《公路水路行业智能化发展典型案例》的通知", [], src="mot", kind="broken", missing=True)


CHARACTER = "a busy week: many new storylines competing for 4–6 sections"
NOTES = ["The GBK site is www.hefei.gov.cn (list page and articles are really GBK-encoded).",
         "The people.com.cn feed has one deliberately malformed item (the feed is not well-formed XML).",
         "mofcom article pages carry a 最新发布 sidebar, so their bytes change every morning although",
         "their content does not."]
SEQ_README = """SYNTHETIC, fictional test data for issue 8 (a brief that knows what it said yesterday).
One standard corpus per morning (see each dayN-*/README.md). A busy week: five to six storylines
compete every morning; A1 gets an official interpretation with new figures on morning 2 and is
only rewritten on morning 3; A2's patent-stock figure goes from a preliminary 约560万件 (morning 1)
to the official 561.8万件 with the July figure 557.2万件 (morning 3; the statistics page is an empty
shell on morning 2); A3 gets a city follow-up measure (合肥, GBK) on morning 3.
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
