#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check the synthetic corpus own-2027-07-08 (or the corpus folder given as argument).

Checks, standard library only: gold.json, corpus.json and sources.yaml readable; every key
fact of a thread is a literal string of one of its pages (HTML decoded by its declared
charset; PDF/DOCX/XLSX attachments by their own text); every deadline is stated in a page;
the original's kind and publisher match the thread; every list-page and feed link resolves
to a file or is a planned 404 in gold; feeds parse once their malformed items are removed;
every file is in gold and every gold page exists and is reachable; relevant pages inside the
window, stale pages outside; each page's date visible in the page or its URL; GBK files
really GBK; no local paths; and the hard cases this corpus plants (see EXPECT).

Usage: python3 check_own-2027-07-08.py [CORPUS_DIR]     exit status 0 when all holds.
"""
from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
import zlib
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

BASE = "http://corpus.invalid"
FAIL: list[str] = []
INFO: list[str] = []


def fail(msg):
    FAIL.append(msg)


def charset_of(raw):
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", raw[:2048])
    return m.group(1).decode().lower() if m else "utf-8"


def decode(raw, where):
    cs = charset_of(raw)
    enc = "gbk" if cs in ("gb2312", "gbk") else cs
    try:
        return raw.decode(enc)
    except UnicodeDecodeError as e:
        fail(f"{where}: does not decode as its declared charset {cs}: {e}")
        return raw.decode(enc, "replace")


class Parse(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.links, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "a" and dict(attrs).get("href") is not None:
            self.links.append(dict(attrs)["href"])

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


def parse_html(site, path):
    p = Parse()
    p.feed(decode((site / path.lstrip("/")).read_bytes(), path))
    return p


def pdf_text(raw):
    out = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", raw, re.S):
        data = m.group(1)
        try:
            data = zlib.decompress(data)
        except zlib.error:
            continue
        for h in re.findall(rb"<([0-9A-F]+)> Tj", data):
            out.append(bytes.fromhex(h.decode()).decode("utf-16-be"))
    return "\n".join(out)


def zip_text(raw, member):
    import io
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        xml = z.read(member).decode("utf-8")
    return re.sub(r"<[^>]+>", "\t", xml)


def file_text(site, path):
    raw = (site / path.lstrip("/")).read_bytes()
    if path.endswith(".pdf"):
        if not raw.startswith(b"%PDF-"):
            fail(f"{path}: not a PDF")
        return pdf_text(raw)
    if path.endswith(".docx"):
        return zip_text(raw, "word/document.xml")
    if path.endswith(".xlsx"):
        return zip_text(raw, "xl/worksheets/sheet1.xml")
    return "".join(parse_html(site, path).text)


def resolve(base_path, href):
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "#")):
        return None
    u = urlsplit(urljoin(BASE + base_path, href))
    if f"{u.scheme}://{u.netloc}" != BASE:
        return "EXTERNAL:" + href
    path = unquote(u.path)
    return path + "index.html" if path.endswith("/") else path


def date_forms(d):
    y, m, dd = d.split("-")
    return {d, f"{y}年{m}月{dd}日", f"{y}年{int(m)}月{int(dd)}日", f"{y}/{int(m)}/{int(dd)}",
            f"{int(m)}月{int(dd)}日", f"{m}/{dd}", f"{y}{m}{dd}", f"{y}/{m}/{dd}", f"{y}/{m}{dd}",
            f"{y}-{m}/{dd}", f"{y}/{int(m)}/{int(dd)}/"}


def check(corpus, expect):
    site = corpus / "site"
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    src_text = (corpus / "sources.yaml").read_text(encoding="utf-8")
    sources = [dict(kind=k, url=u) for k, u in re.findall(r"kind:\s*(\S+)\s*\n\s*url:\s*(\S+)", src_text)]
    if len(sources) != src_text.count("- id:"):
        fail("sources.yaml: could not read every source")
    INFO.append(f"{len(sources)} sources")
    arts = gold["articles"]
    bd = date.fromisoformat(meta["brief_date"])
    start = bd - timedelta(days=meta["window_days"])
    texts = {}

    def text(p):
        if p not in texts:
            texts[p] = file_text(site, p)
        return texts[p]

    # 1. threads: key facts, deadlines, originals
    for t in gold["threads"]:
        pages = t["articles"] + t.get("attachments", [])
        for f in t["key_facts"]:
            if not any(f in text(p) for p in pages):
                fail(f"{t['id']}: key fact {f!r} not in any page of the thread")
        for dl in t.get("deadlines", []):
            y, m, d = dl["date"].split("-")
            forms = date_forms(dl["date"]) | ({f"{int(m)}月底"} if int(d) >= 28 else set())
            if not any(any(x in text(p) for x in forms) for p in pages):
                fail(f"{t['id']}: deadline {dl['date']} not stated in any page")
        o = arts.get(t["original"])
        if not o or o["kind"] != "original" or o["publisher"] != t["publisher"] or o["thread"] != t["id"]:
            fail(f"{t['id']}: original kind/publisher/thread mismatch")
        for p in pages:
            a = arts.get(p)
            if not a or a["thread"] != t["id"] or not a["relevant"]:
                fail(f"{t['id']}: {p} not a relevant page of the thread in articles")
        INFO.append(f"{t['id']}: {len(t['articles'])} pages, {len(t.get('attachments', []))} attachments, "
                    f"{len(t['key_facts'])} key facts, {len(t.get('deadlines', []))} deadlines")

    # 2. list pages and feeds
    linked = set()
    for s in sources:
        url = s["url"]
        f = site / url.lstrip("/")
        if not f.is_file():
            fail(f"source {url}: missing")
            continue
        if s["kind"] == "listpage":
            links = [resolve(url, h) for h in parse_html(site, url).links]
        else:
            raw = f.read_text(encoding="utf-8")
            tag = "item" if s["kind"] == "rss" else "entry"
            ns = ' xmlns="http://www.w3.org/2005/Atom"' if tag == "entry" else ""
            good, bad = [], []
            for b in re.findall(rf"<{tag}\b.*?</{tag}>", raw, re.S):
                try:
                    ET.fromstring(f"<wrap{ns}>{b}</wrap>")
                    good.append(b)
                except ET.ParseError:
                    bad.append(b)
            rest = raw
            for b in bad:
                rest = rest.replace(b, "")
            try:
                ET.fromstring(rest)
            except ET.ParseError as e:
                fail(f"feed {url}: does not parse once malformed items are removed: {e}")
            if bad:
                INFO.append(f"feed {url}: {len(bad)} malformed item(s)")
            links = []
            for b in good:
                m = re.search(r"<link>([^<]+)</link>", b) or re.search(r'<link href="([^"]+)"', b)
                links.append(resolve(url, m.group(1)) if m else None)
        for p in links:
            if not p or p.startswith("EXTERNAL:"):
                continue
            if p in arts:
                linked.add(p)
            if not (site / p.lstrip("/")).is_file():
                if arts.get(p, {}).get("kind") == "broken":
                    INFO.append(f"404 link as planned: {p}")
                elif p in arts:
                    fail(f"{url}: article link {p} has no file")
                elif not p.endswith(("index.html", "index.htm")) and "/css/" not in p:
                    fail(f"{url}: link {p} has no file and is not in gold")
    # 3. every file is in gold, every gold article exists (or is a planned 404)
    feeds_lists = {s["url"] for s in sources}
    for f in site.rglob("*"):
        if f.is_file():
            p = "/" + f.relative_to(site).as_posix()
            if p not in arts and p not in feeds_lists:
                fail(f"file {p} not in gold.json")
    for p, a in arts.items():
        exists = (site / p.lstrip("/")).is_file()
        if not exists and a["kind"] != "broken":
            fail(f"gold article {p} has no file")
        if a["kind"] not in ("attachment", "broken") and exists and p not in linked:
            fail(f"article {p} is reachable from no list page or feed")
        if a["kind"] == "attachment":
            parent = a["parent"]
            if not any(resolve(parent, h) == p for h in parse_html(site, parent).links):
                fail(f"attachment {p} is not linked from {parent}")
    # 4. window sanity and visible dates
    for p, a in arts.items():
        if not a.get("published") or a["kind"] in ("broken",):
            continue
        d = date.fromisoformat(a["published"])
        inside = start <= d <= bd
        if a["kind"] == "stale" and inside:
            fail(f"stale page {p} inside the window")
        if a["relevant"] and not inside:
            fail(f"relevant page {p} outside the window")
        if a["kind"] != "attachment":
            raw = (site / p.lstrip("/")).read_bytes()
            t = decode(raw, p)
            if not any(x in t or x in p for x in date_forms(a["published"])):
                fail(f"{p}: its date {a['published']} is visible nowhere (page or URL)")
    # 5. encodings, local paths
    gbk = 0
    for f in site.rglob("*"):
        if f.suffix in (".html", ".htm", ".shtml", ".xml"):
            raw = f.read_bytes()
            if charset_of(raw) in ("gb2312", "gbk"):
                gbk += 1
                try:
                    raw.decode("utf-8")
                    if re.search(rb"[\x80-\xff]", raw):
                        fail(f"{f}: declared GBK but is valid UTF-8")
                except UnicodeDecodeError:
                    pass
            if re.search(rb"/(work|tmp|home)/", raw):
                fail(f"{f}: contains an absolute local path")
    INFO.append(f"{gbk} GBK files")
    # 6. the planted hard cases of this corpus
    kinds = {}
    for a in arts.values():
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    INFO.append(f"kinds: {kinds}")
    for k, n in expect.get("min_kinds", {}).items():
        if kinds.get(k, 0) < n:
            fail(f"expected at least {n} pages of kind {k}, found {kinds.get(k, 0)}")
    if gbk < expect.get("min_gbk", 1):
        fail("expected a GBK page")
    if expect.get("index_html_list"):
        ok = False
        for s in sources:
            if s["kind"] == "listpage":
                links = [resolve(s["url"], h) for h in parse_html(site, s["url"]).links]
                if any(p in arts and arts[p]["relevant"] and p.endswith("/index.html") for p in links):
                    ok = True
        if not ok:
            fail("expected a list page whose relevant article URLs end in /index.html")
    if expect.get("gen_date_trap"):
        ok = False
        for p, a in arts.items():
            if a["relevant"] and a["kind"] == "original":
                tx = text(p)
                m = re.search(r"生成日期(\d{4}-\d{2}-\d{2})", tx)
                if m and "发布日期" in tx and date.fromisoformat(m.group(1)) < start:
                    ok = True
        if not ok:
            fail("expected an original whose 生成日期 lies before the window")
    for cls, rx in expect.get("fact_classes", {}).items():
        if not any(re.search(rx, f) for t in gold["threads"] if t.get("importance", 1) <= 2 for f in t["key_facts"]):
            fail(f"no key fact of class {cls} ({rx})")
    for needle in expect.get("texts", []):
        if not any(needle in text(p) for p in arts if arts[p]["kind"] not in ("broken",) and (site / p.lstrip("/")).is_file()):
            fail(f"expected text {needle!r} somewhere in the corpus")
    return 1 if FAIL else 0


def main(default_name, expect):
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / default_name
    rc = check(corpus, expect)
    for i in INFO:
        print("ok  ", i)
    for f in FAIL:
        print("FAIL", f)
    print("PASS" if not rc else f"{len(FAIL)} failure(s)")
    return rc


EXPECT = dict(
    min_kinds={"original": 6, "reprint": 5, "attachment": 5, "distractor": 8, "stale": 4, "broken": 4},
    min_gbk=1, index_html_list=True,
    fact_classes={"document number": r"〔\d{4}〕\d+号", "enumeration": r"、.*、.*、", "task": r"^(统筹推进|加快构建)"},
    texts=["附件", "来源：经济日报"],
)


def attachments_only(corpus):
    """Facts said to be only in attachments are in no HTML page of the corpus."""
    import json as _j
    site = corpus / "site"
    gold = _j.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    html = "".join(file_text(site, p) for p, a in gold["articles"].items()
                   if a["kind"] not in ("attachment", "broken") and (site / p.lstrip("/")).is_file())
    n = 0
    for t in gold["threads"]:
        for f in t.get("facts_only_in_attachments", []):
            n += 1
            if f in html:
                fail(f"{t['id']}: {f!r} is said to be only in attachments but an HTML page states it")
            if f not in t["key_facts"]:
                fail(f"{t['id']}: {f!r} listed as attachment-only but not a key fact")
    INFO.append(f"{n} key facts only in attachments")
    for t in gold["threads"]:
        if t["id"] == "T4" and any(c.isdigit() for c in "".join(t["key_facts"])):
            fail("T4 (the commentary without figures) has a key fact with a digit")


if __name__ == "__main__":
    _c = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "own-2027-07-08"
    attachments_only(_c)
    sys.exit(main("own-2027-07-08", EXPECT))
