#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check the blind sequence blindseq-2027-10: every morning passes blindkit's generic corpus checks, and the
sequence holds together (stable URLs and bytes, list pages that push older items down, novelty blocks that
agree with the pages: new articles first appear that morning, new facts are new, briefed facts were on earlier
pages, tracked figures are where gold says).

Usage: python3 check_blindseq-2027-10.py [SEQ_DIR]     exit 0 when everything holds.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import blindkit  # noqa: E402

seq = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "blindseq-2027-10"
days = sorted(p for p in seq.iterdir() if (p / "corpus.json").is_file())
rc = 0
FAIL, INFO = [], []
if [d.name.split("-", 1)[0] for d in days] != ["day1", "day2", "day3"]:
    FAIL.append(f"day folders {[d.name for d in days]}")
for d in days:
    rc |= blindkit.run_checks(d, allow_single=True)

golds = [json.loads((d / "gold.json").read_text(encoding="utf-8")) for d in days]
dates = [json.loads((d / "corpus.json").read_text(encoding="utf-8"))["brief_date"] for d in days]
files = [{"/" + f.relative_to(d / "site").as_posix(): f.read_bytes() for f in (d / "site").rglob("*") if f.is_file()} for d in days]
S1 = "/www.mot.gov.cn/jiaotongyaowen/202710/t20271018_4101234.html"
lists = {"/www.mot.gov.cn/jiaotongyaowen/index.html", "/www.cnipa.gov.cn/col/col74/index.html",
         "/www.caam.org.cn/chn/4/cate_30/list_1.html", "/www.hebei.gov.cn/columns/sjzwfw/index.html",
         "/www.cq.gov.cn/zwgk/zfxxgkml/szfwj/qtgw/index.html", "/news.cctv.com/rss/china.xml", "/www.example-huaxia.cn/feed/atom.xml"}
changed = []
for i in range(1, len(days)):
    for p, b in files[i - 1].items():
        if p not in files[i]:
            FAIL.append(f"{p} disappears on {dates[i]}")
        elif files[i][p] != b:
            changed.append((dates[i], p))
            if p not in lists and p != S1:
                FAIL.append(f"{p} changes bytes on {dates[i]}")
INFO.append(f"files whose bytes change: {sorted(set(p for _, p in changed))}")
if (dates[1], S1) not in changed:
    FAIL.append("the S1 original should change on morning 2 (added related link)")
for i, d in enumerate(dates):
    g = golds[i]
    nov = g["novelty"]
    if nov["day"] != i + 1 or nov["sequence"] != dates or nov["previous_days"] != dates[:i]:
        FAIL.append(f"{d}: novelty header")
    th = {t["id"]: t for t in g["threads"]}
    site = days[i] / "site"

    def text(p, k=i):
        f = days[k] / "site" / p.lstrip("/")
        return "".join(blindkit.parse_file(f).text) if f.is_file() else ""
    for e in nov["threads"]:
        t = th[e["id"]]
        if t["status"] != e["status"]:
            FAIL.append(f"{d} {e['id']}: status differs between threads and novelty")
        if e["status"] == "repeat" and (t["importance"] != 4 or e["new_facts"]):
            FAIL.append(f"{d} {e['id']}: repeat must be importance 4 without new facts")
        if e["status"] != "repeat" and t["original"] not in e["new_articles"]:
            FAIL.append(f"{d} {e['id']}: original is not a new article")
        for p in e["new_articles"]:
            if i and p in golds[i - 1]["articles"]:
                FAIL.append(f"{d} {e['id']}: new article {p} was already online")
        for p in e["earlier_articles"]:
            if not i or p not in golds[i - 1]["articles"]:
                FAIL.append(f"{d} {e['id']}: earlier article {p} was not online before")
        earlier_text = "".join(text(p, i - 1) for p in e["earlier_articles"]) if i else ""
        for f in e["new_facts"]:
            if f in earlier_text:
                FAIL.append(f"{d} {e['id']}: new fact {f!r} already on an earlier page")
            if not any(f in text(p) for p in e["new_articles"]):
                FAIL.append(f"{d} {e['id']}: new fact {f!r} not on a new page")
        for f in e["briefed_facts"]:
            if f not in earlier_text:
                FAIL.append(f"{d} {e['id']}: briefed fact {f!r} not on earlier pages")
        if e["status"] == "repeat" and e["new_articles"]:
            strip = lambda x: re.sub(r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}", "", x)
            rew = strip("".join(text(p) for p in e["new_articles"]))
            news = re.findall(r"\d+(?:\.\d+)?", rew)
            old = set(re.findall(r"\d+(?:\.\d+)?", earlier_text))
            if [n for n in news if n not in old]:
                FAIL.append(f"{d} {e['id']}: rewrite states numbers not on earlier pages: {[n for n in news if n not in old]}")
    for tf in nov.get("tracked_figures", []):
        for k in ("earlier", "current", "previous_period"):
            if tf[k]["value"] not in text(tf[k]["article"]):
                FAIL.append(f"{d}: tracked {k} {tf[k]['value']} not in {tf[k]['article']}")
        if tf["earlier"]["value"] in text(tf["current"]["article"]):
            FAIL.append(f"{d}: earlier value on the current page")
    # list pages: dates descending; 6 items at most
    for lp in lists - {"/news.cctv.com/rss/china.xml", "/www.example-huaxia.cn/feed/atom.xml"}:
        raw = blindkit.decode((site / lp.lstrip("/")).read_bytes())
        ds = re.findall(r"(20\d\d-\d\d-\d\d|\d\d/\d\d)</", raw)
        if ds != sorted(ds, reverse=True):
            FAIL.append(f"{d} {lp}: dates not newest first")
        if len([h for h in blindkit.parse_file(site / lp.lstrip("/")).links if "index.html" not in h]) > 6:
            FAIL.append(f"{d} {lp}: more than 6 items")
INFO.append("storyline status by morning: " + "; ".join(
    f"{dates[i]}: " + ", ".join(f"{e['id']} {e['status']}" for e in golds[i]["novelty"]["threads"]) for i in range(len(days))))
linked3 = set()
for l in lists:
    f = days[2] / "site" / l.lstrip("/")
    hs = blindkit.parse_file(f).links if l.endswith(".html") else re.findall(r"<link>([^<]+)</link>|href=\"([^\"]+)\"", f.read_text(encoding="utf-8"))
    for h in hs:
        h = h if isinstance(h, str) else (h[0] or h[1])
        linked3.add((blindkit.resolve(l, h) or "").split("?")[0])
dropped = [p for p in golds[0]["articles"] if p not in linked3]
INFO.append(f"{len(dropped)} day-1 articles no longer linked from any list/feed on day 3 (pages still online)")
for m in INFO:
    print("  info:", m)
for m in FAIL:
    print("  FAIL:", m)
print(f"{seq.name} (sequence): {'OK' if not FAIL else f'{len(FAIL)} failure(s)'}")
sys.exit(1 if FAIL or rc else 0)
