#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check the blind corpus blind-2027-08-18 (generic checks from blindkit + this corpus's faults).

Usage: python3 check_blind-2027-08-18.py [CORPUS_DIR]     exit 0 when everything holds.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import blindkit  # noqa: E402


def specific(r, fail, info):
    g, arts, text, P = r["gold"], r["arts"], r["text"], r["P"]
    th = {t["id"]: t for t in g["threads"]}
    main = [t for t in g["threads"] if t["importance"] <= 2]
    if len(main) != 6:
        fail(f"{len(main)} main threads (want 6)")
    # storylines without any figure: no Arabic digit in key facts, and none in their original's body
    for tid in ("A5", "A6"):
        if any(re.search(r"\d", f) for f in th[tid]["key_facts"]):
            fail(f"{tid}: a key fact has a figure")
        body = "".join(P(th[tid]["original"]).text)
        body = body.split("来源：")[-1] if tid == "A6" else body
        core = re.sub(r"\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日", "", body)
        core = re.sub(r"(ICP|bm|备|110402430|Copyright).*", "", core)
        info(f"{tid}: digits left in original after dates/footer: {re.findall(r'[0-9]+', core)[:8]}")
    a3 = th["A3"]["key_facts"]
    for want in ("〔2027〕", "第十五条", "以上", "不少于", "印发", "、"):
        if not any(want in f for f in a3):
            fail(f"A3 lacks a fact of the kind {want!r}")
    if "三万亿元" not in th["A4"]["key_facts"]:
        fail("A4 lacks the Chinese-numeral amount")
    if len(r["missing"]) != 2:
        fail(f"{len(r['missing'])} 404s (want 2)")
    if r["malformed"] != 1:
        fail(f"{r['malformed']} malformed feed items (want 1)")
    if r["undated"] != ["/www.gmw.cn/guancha/2027-08/13/content_37123456.htm"]:
        fail(f"undated pages {r['undated']}")
    empty = [p for p, a in arts.items() if a["kind"] == "broken" and (r["site"] / p.lstrip("/")).is_file()]
    for p in empty:
        if text(p).strip().replace("中国经济网", "").strip() and len(text(p)) > 200:
            fail(f"empty page {p} has text")
    huge = "/www.moe.gov.cn/jyb_xwfb/gzdt_gzdt/s5987/202708/t20270812_1123460.html"
    if len(P(huge).links) < 300:
        fail("huge-nav page has few links")
    if not all(p.startswith("/www.cec.org.cn") for p in r["gbk"]) or len(r["gbk"]) < 5:
        fail(f"GBK files: {r['gbk']}")
    if P("/www.caict.ac.cn/kxyj/qwfb/bps/202708/t20270814_512345.htm").title != "中国信通院":
        fail("caict <title> is not only the site name")
    samr = text(th["A3"]["original"])
    if "2027-08-06" not in samr or "2027-08-12" not in samr:
        fail("samr page lacks 成文日期/发布日期")
    # the data-market figures only on the Q&A page and the reprint, not on the original
    if "1163亿元" in samr:
        fail("1163亿元 should not be on the A3 original")


sys.exit(blindkit.run_checks(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "blind-2027-08-18", specific))
