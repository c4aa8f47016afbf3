#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check the blind corpus blind-2027-09-15 (generic checks from blindkit + this corpus's faults).

Usage: python3 check_blind-2027-09-15.py [CORPUS_DIR]     exit 0 when everything holds.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import blindkit  # noqa: E402

blindkit.BROKEN_FEEDS.add("southcn")
blindkit.EXTRA_NONARTICLES.append("/www.jiangsu.gov.cn/module/jslib/jquery/jpage/jquery.page.min.js")


def specific(r, fail, info):
    g, arts, text, P, site = r["gold"], r["arts"], r["text"], r["P"], r["site"]
    th = {t["id"]: t for t in g["threads"]}
    if len([t for t in g["threads"] if t["importance"] <= 2]) != 6:
        fail("want 6 main threads")
    # Jiangsu: links only inside the datastore CDATA; each must resolve; none visible to an <a> parser
    lp = "/www.jiangsu.gov.cn/col/col84736/index.html"
    raw = (site / lp.lstrip("/")).read_text(encoding="utf-8")
    hrefs = re.findall(r'<a href="([^"]+)"', "".join(re.findall(r"<!\[CDATA\[(.*?)\]\]>", raw, re.S)))
    if len(hrefs) < 4 or any(not (site / h.lstrip("/")).is_file() for h in hrefs):
        fail(f"jiangsu datastore links: {hrefs}")
    if [h for h in P(lp).links if "/art/" in h]:
        fail("jiangsu list exposes article links outside the datastore")
    if th["B2"]["original"] not in hrefs:
        fail("B2 original not in the jiangsu datastore")
    # B3: the newspaper is the original; the gov site and the portal say 来源：四川日报
    if th["B3"]["publisher"] != "四川日报":
        fail("B3 publisher")
    for p in th["B3"]["articles"]:
        if p != th["B3"]["original"] and "来源：四川日报" not in text(p):
            fail(f"{p} does not credit 四川日报")
    if not all(p.startswith("/www.sc.gov.cn") for p in r["gbk"]) or len(r["gbk"]) < 4:
        fail(f"GBK files {r['gbk']}")
    # B4: both 生成日期 and 发布日期, different
    tx = text(th["B4"]["original"])
    if not ("生成日期：2027-09-08" in tx and "发布日期：2027-09-12" in tx):
        fail("B4 page lacks 生成日期/发布日期")
    # B5: article URLs ending in /index.html, linked as such from the list
    if not th["B5"]["original"].endswith("/index.html"):
        fail("B5 URL")
    if th["B5"]["original"] not in P("/www.tj.gov.cn/zwgk/szfwj/index.html").links:
        fail("B5 not linked from the tj list")
    if len(P("/www.tj.gov.cn/zwgk/zcjd/202709/t20270911_6513001/index.html").links) < 300:
        fail("tj 图解 has few links")
    # B1: several kinds of pages, 成文日期 differs from 发布日期
    if {arts[p]["kind"] for p in th["B1"]["articles"]} != {"original", "commentary", "reprint"}:
        fail("B1 page kinds")
    if "成文日期：2027-09-03" not in text(th["B1"]["original"]):
        fail("B1 成文日期")
    if len(r["missing"]) != 2 or r["malformed"] != 1:
        fail(f"404s {len(r['missing'])} malformed {r['malformed']}")
    southcn = (site / "www.southcn.com/rss/gdnews.xml").read_text(encoding="utf-8")
    if southcn.rstrip().endswith("</rss>"):
        fail("southcn feed is not truncated")
    info(f"B-threads: {[(t['id'], len(t['articles'])) for t in g['threads']]}")


sys.exit(blindkit.run_checks(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "blind-2027-09-15", specific))
