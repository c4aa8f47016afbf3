#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check the synthetic corpus blind7-legislation-2028-05-20 (or the corpus folder given as argument).

Generic FORMAT.md checks are in b7check.py; this file adds what this corpus plants: a 公告
with 第63号 whose 条例 full text (chapters 第X章, articles 第一条 … in order, ending with the
施行 article) is on a separate page dated only by its URL; the effective dates and the
application deadline of every thread stated as 自…起施行 / 截止; a city 政府令 on a GBK site;
a 404 and a malformed item in feeds; an empty page; stale drafts with other figures.
Usage: python3 check_blind7-legislation-2028-05-20.py [CORPUS_DIR]   exit status 0 when all holds.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import b7check as C  # noqa: E402

NAME = "blind7-legislation-2028-05-20"
CN = "零一二三四五六七八九"


def cnnum(n):
    if n < 10:
        return CN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN[t]) + "十" + (CN[u] if u else "")


def legislation(corpus, gold, text, fail, info):
    arts = gold["articles"]
    full = [p for p, a in arts.items() if a.get("role") == "条例全文"]
    if len(full) != 1:
        fail("want exactly one 条例全文 page")
        return
    t = text(full[0])
    n = len(re.findall(r"第[一二三四五六七八九十]+条　", t))
    chapters = re.findall(r"第([一二三四五六七八九十]+)章　", t)
    if n != 34 or not chapters:
        fail(f"full text has {n} articles and {len(chapters)} chapter headings")
    for i in range(1, n + 1):
        if f"第{cnnum(i)}条　" not in t:
            fail(f"article 第{cnnum(i)}条 missing")
    if "自2028年9月1日起施行" not in t.split(f"第{cnnum(n)}条")[-1]:
        fail("last article is not the 施行 article")
    if "第63号" not in text(gold["threads"][0]["original"]):
        fail("L1 original lacks 第63号")
    for th in gold["threads"]:
        for d in th["deadlines"]:
            y, m, dd = d["date"].split("-")
            lit = f"{y}年{int(m)}月{int(dd)}日"
            ok = any(re.search(re.escape(lit) + r"(起施行|前|$|。)", text(p)) or f"截止日期：{lit}" in text(p)
                     or f"截止时间为{lit}" in text(p) for p in th["articles"])
            if not ok:
                fail(f"{th['id']}: deadline {lit} not stated as 施行/截止 in its pages")
    info(f"full text: {n} articles, {len(chapters)} chapter headings")


EXPECT = dict(
    min_kinds={"original": 5, "reprint": 7, "commentary": 2, "distractor": 8, "stale": 3, "broken": 3},
    min_gbk=2, unreachable=[],
    fact_classes={"regulation title": r"^《.*(条例|规定|办法)", "order number": r"^第\d+号$",
                  "effective date": r"^\d{4}年\d+月\d+日$", "structure": r"章.*条$"},
    texts=["自2028年9月1日起施行", "合肥市人民政府令", "第一章　总则", "答记者问", "来源：浙江日报"],
    threads=(4, 6), extra=[legislation],
)

if __name__ == "__main__":
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / NAME
    sys.exit(C.main(corpus, EXPECT))
