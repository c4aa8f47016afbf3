#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check the synthetic corpus blind7-bigpolicy-2028-03-14 (or the corpus folder given as argument).

Generic FORMAT.md checks are in b7check.py; this file adds what this corpus plants: one big
thread of at least 12 pages (original on www.gov.cn, reprints crediting 来源：中国政府网, one
with a different headline, 答记者问, 一图读懂, 吹风会, two provinces' 贯彻落实 notices), a 404
in a feed, a feed cut off mid-item, an empty page, GBK sites, stale pages.
Usage: python3 check_blind7-bigpolicy-2028-03-14.py [CORPUS_DIR]   exit status 0 when all holds.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import b7check as C  # noqa: E402

NAME = "blind7-bigpolicy-2028-03-14"


def big_thread(corpus, gold, text, fail, info):
    t1 = next(t for t in gold["threads"] if t["id"] == "T1")
    arts = gold["articles"]
    if not t1["original"].startswith("/www.gov.cn/"):
        fail("T1 original is not on www.gov.cn")
    roles = [arts[p].get("role", "") for p in t1["articles"]]
    for r in ("答记者问", "一图读懂", "国新办吹风会", "地方落实", "评论", "改写标题转载", "全文转载"):
        if r not in roles:
            fail(f"T1 lacks a page with role {r}")
    if roles.count("地方落实") < 2 or roles.count("评论") < 2:
        fail("T1 wants two provinces and two commentaries")
    hosts = {p.split("/")[1] for p in t1["articles"] if arts[p]["kind"] == "reprint"}
    if len(hosts) < 4:
        fail(f"T1 reprints on {len(hosts)} sites (want 4+)")
    credit = [p for p in t1["articles"] if arts[p]["kind"] == "reprint" and "来源：中国政府网" in text(p)]
    if len(credit) < 2:
        fail("want at least two reprints crediting 来源：中国政府网")
    for p in t1["articles"]:
        if arts[p].get("role") == "地方落实" and "为贯彻落实《" not in text(p):
            fail(f"{p}: provincial notice lacks 为贯彻落实《")
    heads = {arts[p]["title"] for p in t1["articles"] if arts[p]["kind"] == "reprint"}
    if len(heads) < 2:
        fail("want a reprint with a different headline")
    info(f"T1: {len(t1['articles'])} pages, reprint hosts {sorted(hosts)}")


EXPECT = dict(
    min_kinds={"original": 5, "reprint": 7, "commentary": 8, "distractor": 10, "stale": 4, "broken": 2},
    min_gbk=2, broken_feeds=["people"],
    unreachable=["/www.people.com.cn/n1/2028/0309/c1006-40272215.html"],
    thread_min_pages={"T1": 12},
    fact_classes={"document number": r"〔\d{4}〕\d+号", "date": r"\d{4}年\d+月\d+日", "money": r"亿元$"},
    texts=["来源：中国政府网", "为贯彻落实《", "答记者问", "一图读懂"],
    threads=(4, 6), extra=[big_thread],
)

if __name__ == "__main__":
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / NAME
    sys.exit(C.main(corpus, EXPECT))
