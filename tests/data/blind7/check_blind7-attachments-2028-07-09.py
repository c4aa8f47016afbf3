#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check the synthetic corpus blind7-attachments-2028-07-09 (or the corpus folder given as argument).

Generic FORMAT.md checks are in b7check.py (including: every facts_only_in_attachments entry is
a key fact, is in an attachment of its thread, and is in no HTML page). This file adds what
this corpus plants: real PDF/DOCX/XLSX attachments whose text can be extracted (PDF text via
the ToUnicode-mapped Identity-H strings; DOCX/XLSX are zip packages with well-formed XML);
notices whose body says 详见附件/见附件; an attachment whose only <a href> is on a media page
while the notice's link is a javascript: download; a scanned PDF without any text layer;
a 404 attachment; a 404 and a malformed entry in feeds.
Usage: python3 check_blind7-attachments-2028-07-09.py [CORPUS_DIR]   exit status 0 when all holds.
"""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import b7check as C  # noqa: E402

NAME = "blind7-attachments-2028-07-09"


def attachments(corpus, gold, text, fail, info):
    site = corpus / "site"
    arts = gold["articles"]
    exts = {}
    for p, a in arts.items():
        if a["kind"] != "attachment":
            continue
        ext = p.rsplit(".", 1)[-1]
        exts[ext] = exts.get(ext, 0) + 1
        raw = (site / p.lstrip("/")).read_bytes()
        if ext in ("docx", "xlsx"):
            with zipfile.ZipFile(io.BytesIO(raw)) as z:
                if z.testzip() is not None or "[Content_Types].xml" not in z.namelist():
                    fail(f"{p}: bad OOXML package")
        if not a.get("scanned_no_text") and len(text(p)) < 20:
            fail(f"{p}: too little extractable text")
    for ext in ("pdf", "docx", "xlsx"):
        if exts.get(ext, 0) < 1:
            fail(f"no {ext} attachment")
    if not any(a.get("scanned_no_text") for a in arts.values()):
        fail("no scanned attachment")
    # facts only in attachments in at least 3 threads, and in each attachment type
    n = [t["id"] for t in gold["threads"] if t.get("facts_only_in_attachments")]
    if len(n) < 3:
        fail("want attachment-only facts in at least 3 threads")
    for t in gold["threads"]:
        if t.get("facts_only_in_attachments") and not any(x in text(t["original"]) for x in ("详见附件", "见附件")):
            fail(f"{t['id']}: original does not send the reader to the attachment")
    # an attachment linked from a media page, while the notice links it only through javascript
    media = [(p, a) for p, a in arts.items() if a["kind"] == "attachment" and arts[a["parent"]]["kind"] == "reprint"]
    if not media:
        fail("no attachment linked from a media report")
    for p, a in media:
        orig = next(t["original"] for t in gold["threads"] if t["id"] == a["thread"])
        raw = (site / orig.lstrip("/")).read_text(encoding="utf-8")
        if p not in raw or "javascript:void(0)" not in raw:
            fail(f"{p}: the notice {orig} should name it only in a javascript download")
        if any(C.resolve(orig, h) == p for h in C.parse_html(site, orig).links):
            fail(f"{p}: the notice links it with a real href")
    info(f"attachments by type: {exts}; attachment-only facts in {n}")


EXPECT = dict(
    min_kinds={"original": 5, "reprint": 5, "attachment": 7, "distractor": 8, "stale": 3, "broken": 4},
    min_gbk=2, unreachable=[],
    fact_classes={"document number": r"〔\d{4}〕\d+号", "money": r"亿元$", "date": r"\d{4}年\d+月\d+日"},
    texts=["详见附件", "扫描件"],
    threads=(4, 6), extra=[attachments],
)

if __name__ == "__main__":
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / NAME
    sys.exit(C.main(corpus, EXPECT))
