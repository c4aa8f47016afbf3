# -*- coding: utf-8 -*-
"""Checks shared by the blind7 corpus checkers (standard library only).

Adapted from tests/data/heldout/check_own-2027-07-08.py.  It checks a corpus against
shared/corpus/FORMAT.md: gold.json, corpus.json, sources.yaml readable; every key fact of a
thread is a literal string of one of its pages (HTML decoded by its declared charset;
PDF/DOCX/XLSX attachments by their own text); no key fact is a substring of another thread's;
every deadline is stated in a page; the original's kind and publisher match the thread; list
and feed links resolve to files or to planned 404s; feeds parse once malformed items are
removed (unless the feed is broken on purpose); every file is in gold and every gold page
exists and is reachable; relevant pages inside the window, stale pages outside and without
the threads' key figures; each page's date visible in the page or its URL; GBK files are
really GBK; no local paths; attachment-only facts appear in no HTML page; scanned PDFs have
no text layer.  Then the corpus-specific EXPECT conditions.
"""
from __future__ import annotations

import io
import json
import re
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
        self.text, self.links, self.imgs, self.skip = [], [], [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "a" and a.get("href") is not None:
            self.links.append(a["href"])
        if tag == "img" and a.get("src"):
            self.imgs.append(a["src"])

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


_parsed: dict = {}


def parse_html(site, path):
    if (site, path) not in _parsed:
        p = Parse()
        p.feed(decode((site / path.lstrip("/")).read_bytes(), path))
        _parsed[(site, path)] = p
    return _parsed[(site, path)]


def pdf_text(raw):
    out = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", raw, re.S):
        data = m.group(1)
        try:
            data = zlib.decompress(data)
        except zlib.error:
            pass
        for h in re.findall(rb"<([0-9A-F]+)> Tj", data):
            out.append(bytes.fromhex(h.decode()).decode("utf-16-be"))
    return "\n".join(out)


def zip_text(raw, member):
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        xml = z.read(member).decode("utf-8")
    ET.fromstring(xml)  # well-formed
    return re.sub(r"<[^>]+>", "\t", xml)


def file_text(site, path):
    raw = (site / path.lstrip("/")).read_bytes()
    if path.endswith(".pdf"):
        if not raw.startswith(b"%PDF-") or b"%%EOF" not in raw[-16:]:
            fail(f"{path}: not a complete PDF")
        return pdf_text(raw)
    if path.endswith(".docx"):
        return zip_text(raw, "word/document.xml")
    if path.endswith(".xlsx"):
        return zip_text(raw, "xl/worksheets/sheet1.xml")
    if path.endswith(".png"):
        return ""
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
            f"{y}-{m}/{dd}", f"{y}/{int(m)}/{int(dd)}/", f"{y}/{int(m)}/{int(dd)}"}


def check(corpus: Path, expect: dict) -> int:
    site = corpus / "site"
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    for k in ("brief_date", "window_days", "title"):
        if k not in meta:
            fail(f"corpus.json lacks {k}")
    src_text = (corpus / "sources.yaml").read_text(encoding="utf-8")
    sources = [dict(id=i, name=n, kind=k, url=u, authority=a) for i, n, k, u, a in re.findall(
        r"- id:\s*(\S+)\s*\n\s*name:\s*(\S+)\s*\n\s*name_en:.*\n\s*kind:\s*(\S+)\s*\n\s*url:\s*(\S+)\s*\n\s*authority:\s*(\S+)", src_text)]
    if len(sources) != src_text.count("- id:"):
        fail("sources.yaml: could not read every source")
    for s in sources:
        if s["kind"] not in ("listpage", "rss", "atom"):
            fail(f"source {s['id']}: kind {s['kind']}")
        if s["authority"] not in ("central", "ministry", "local", "media", "industry"):
            fail(f"source {s['id']}: authority {s['authority']}")
    name_of_host = {s["url"].split("/")[1]: s["name"] for s in sources}
    INFO.append(f"{len(sources)} sources")
    arts = gold["articles"]
    bd = date.fromisoformat(meta["brief_date"])
    if gold.get("brief_date") != meta["brief_date"]:
        fail("gold.json and corpus.json disagree on brief_date")
    start = bd - timedelta(days=meta["window_days"])
    texts = {}

    def text(p):
        if p not in texts:
            texts[p] = file_text(site, p)
        return texts[p]

    # 1. threads: key facts, deadlines, originals
    allf = [(t["id"], f) for t in gold["threads"] for f in t["key_facts"]]
    for i, (ta, fa) in enumerate(allf):
        for j, (tb, fb) in enumerate(allf):
            if i != j and ta != tb and fa in fb:
                fail(f"key fact {fa!r} ({ta}) is a substring of {fb!r} ({tb})")
    ids = [t["id"] for t in gold["threads"]]
    if len(ids) != len(set(ids)):
        fail("duplicate thread ids")
    for t in gold["threads"]:
        for k in ("id", "title", "importance", "articles", "original", "publisher", "key_facts", "deadlines", "entities"):
            if k not in t:
                fail(f"{t.get('id')}: lacks {k}")
        pages = t["articles"] + t.get("attachments", [])
        for f in t["key_facts"]:
            if not any(f in text(p) for p in pages if (site / p.lstrip("/")).is_file()):
                fail(f"{t['id']}: key fact {f!r} not in any page of the thread")
        for ent in t.get("entities", []):
            if not any(ent in text(p) for p in pages if (site / p.lstrip("/")).is_file()):
                fail(f"{t['id']}: entity {ent!r} not in any page of the thread")
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
    for p, a in arts.items():
        if a["kind"] in ("original", "reprint", "commentary", "distractor", "stale") and a["publisher"] != name_of_host.get(p.split("/")[1]):
            fail(f"{p}: publisher {a['publisher']} is not the registry name of its host")
        if a["kind"] in ("original", "reprint", "commentary") and not a["relevant"]:
            fail(f"{p}: relevant page kind but relevant false")
        if a["kind"] in ("distractor", "stale", "broken", "image") and a["relevant"]:
            fail(f"{p}: {a['kind']} marked relevant")
        if a.get("thread") and a["thread"] not in ids:
            fail(f"{p}: unknown thread {a['thread']}")

    # 2. list pages and feeds
    linked = set()
    broken_feeds = set(expect.get("broken_feeds", []))
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
                whole = True
            except ET.ParseError as e:
                whole = False
                if s["id"] not in broken_feeds:
                    fail(f"feed {url}: does not parse once malformed items are removed: {e}")
            if s["id"] in broken_feeds:
                if whole:
                    fail(f"feed {url}: meant to be broken but parses")
                INFO.append(f"feed {url}: broken on purpose; {len(good)} complete items")
            if bad:
                INFO.append(f"feed {url}: {len(bad)} malformed item(s)")
            links = []
            for b in good:
                m = re.search(r"<link>([^<]+)</link>", b) or re.search(r'<link href="([^"]+)"', b)
                links.append(resolve(url, m.group(1)) if m else None)
                pd = re.search(r"<pubDate>([^<]+)</pubDate>|<published>([^<]+)</published>", b)
                lp = links[-1]
                if pd and lp in arts and arts[lp].get("published"):
                    v = (pd.group(1) or pd.group(2)).strip()
                    from email.utils import parsedate_to_datetime
                    from datetime import datetime
                    try:
                        dd = parsedate_to_datetime(v) if pd.group(1) else datetime.fromisoformat(v)
                        if dd.date().isoformat() != arts[lp]["published"]:
                            fail(f"feed {url}: date {v} disagrees with gold for {lp}")
                    except (TypeError, ValueError):
                        fail(f"feed {url}: unparsable date {v!r}")
        for p in links:
            if not p or p.startswith("EXTERNAL:"):
                if p:
                    fail(f"{url}: external link {p}")
                continue
            if p in arts:
                linked.add(p)
            if not (site / p.lstrip("/")).is_file():
                if arts.get(p, {}).get("kind") == "broken":
                    INFO.append(f"404 link as planned: {p} (from {url})")
                elif p in arts:
                    fail(f"{url}: article link {p} has no file")
                elif not p.endswith(("index.html", "index.htm")) and "/css/" not in p:
                    fail(f"{url}: link {p} has no file and is not in gold")
    # 3. every file in gold, every gold page exists (or is a planned 404) and is reachable
    feeds_lists = {s["url"] for s in sources}
    for f in site.rglob("*"):
        if f.is_file():
            p = "/" + f.relative_to(site).as_posix()
            if p not in arts and p not in feeds_lists:
                fail(f"file {p} not in gold.json")
    unreachable_ok = set(expect.get("unreachable", []))
    for p, a in arts.items():
        exists = (site / p.lstrip("/")).is_file()
        if not exists and a["kind"] != "broken":
            fail(f"gold article {p} has no file")
        if a["kind"] not in ("attachment", "broken", "image") and exists and p not in linked and p not in unreachable_ok:
            fail(f"article {p} is reachable from no list page or feed")
        if a["kind"] == "attachment":
            parent = a["parent"]
            if not (site / parent.lstrip("/")).is_file():
                fail(f"attachment {p}: parent {parent} has no file")
            elif not any(resolve(parent, h) == p for h in parse_html(site, parent).links):
                fail(f"attachment {p} is not linked from {parent}")
    for p, a in arts.items():
        if p.endswith((".html", ".htm", ".shtml")) and (site / p.lstrip("/")).is_file():
            pr = parse_html(site, p)
            for h in pr.links + pr.imgs:
                r = resolve(p, h)
                if r and r.startswith("EXTERNAL:"):
                    fail(f"{p}: external link {h}")
                elif r and not (site / r.lstrip("/")).is_file() and r not in arts and not r.endswith(("index.html", "index.htm")) and "/css/" not in r:
                    fail(f"{p}: internal link {h} resolves to nothing known")
    # 4. window sanity and visible dates; stale pages carry other figures
    for p, a in arts.items():
        if not a.get("published") or a["kind"] in ("broken", "image"):
            continue
        d = date.fromisoformat(a["published"])
        inside = start <= d <= bd
        if a["kind"] == "stale" and inside:
            fail(f"stale page {p} inside the window")
        if a["relevant"] and not inside:
            fail(f"relevant page {p} outside the window")
        if d > bd:
            fail(f"page {p} dated after the brief date")
        if a["kind"] != "attachment" and (site / p.lstrip("/")).is_file():
            t = decode((site / p.lstrip("/")).read_bytes(), p)
            if not any(x in t or x in p for x in date_forms(a["published"])):
                fail(f"{p}: its date {a['published']} is visible nowhere (page or URL)")
    numeric = [(t["id"], f) for t in gold["threads"] for f in t["key_facts"]
               if "《" not in f and "〔" not in f and re.search(r"\d", f)]
    for p, a in arts.items():
        if a["kind"] == "stale" and (site / p.lstrip("/")).is_file():
            for tid, f in numeric:
                if f in text(p):
                    fail(f"stale page {p} repeats {tid}'s key figure {f!r}")
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
        if f.is_file() and re.search(rb"/(work|tmp|home|root|Users|mnt)/", f.read_bytes()) and f.suffix not in (".png", ".pdf", ".xlsx", ".docx"):
            fail(f"{f}: contains an absolute local path")
    INFO.append(f"{gbk} GBK files")
    # 6. attachments: only-in-attachment facts, scans
    html = "".join(text(p) for p, a in arts.items()
                   if a["kind"] not in ("attachment", "broken", "image") and (site / p.lstrip("/")).is_file())
    n = 0
    for t in gold["threads"]:
        for f in t.get("facts_only_in_attachments", []):
            n += 1
            if f in html:
                fail(f"{t['id']}: {f!r} is said to be only in attachments but an HTML page states it")
            if f not in t["key_facts"]:
                fail(f"{t['id']}: {f!r} listed as attachment-only but not a key fact")
            if not any(f in text(p) for p in t.get("attachments", [])):
                fail(f"{t['id']}: {f!r} not in any attachment of the thread")
    if n:
        INFO.append(f"{n} key facts only in attachments")
    for p, a in arts.items():
        if a.get("scanned_no_text") and (site / p.lstrip("/")).is_file():
            raw = (site / p.lstrip("/")).read_bytes()
            if pdf_text(raw) or b"/Font" in raw:
                fail(f"{p}: scanned PDF has a text layer")
            if b"/Subtype /Image" not in raw:
                fail(f"{p}: scanned PDF has no image")
    # 7. planted cases
    kinds = {}
    for a in arts.values():
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    INFO.append(f"window {start} … {bd}; kinds: {dict(sorted(kinds.items()))}")
    for k, v in expect.get("min_kinds", {}).items():
        if kinds.get(k, 0) < v:
            fail(f"expected at least {v} pages of kind {k}, found {kinds.get(k, 0)}")
    if gbk < expect.get("min_gbk", 1):
        fail(f"expected at least {expect.get('min_gbk', 1)} GBK files")
    for cls, rx in expect.get("fact_classes", {}).items():
        if not any(re.search(rx, f) for t in gold["threads"] if t.get("importance", 1) <= 2 for f in t["key_facts"]):
            fail(f"no key fact of class {cls} ({rx})")
    for needle in expect.get("texts", []):
        if not any(needle in text(p) for p in arts if arts[p]["kind"] not in ("broken", "image") and (site / p.lstrip("/")).is_file()):
            fail(f"expected text {needle!r} somewhere in the corpus")
    for tid, lo in expect.get("thread_min_pages", {}).items():
        t = next((t for t in gold["threads"] if t["id"] == tid), None)
        if not t or len(t["articles"]) < lo:
            fail(f"thread {tid}: expected at least {lo} pages")
    n_threads = len(gold["threads"])
    lo, hi = expect.get("threads", (4, 6))
    if not lo <= n_threads <= hi:
        fail(f"{n_threads} threads (want {lo}-{hi})")
    for fn in expect.get("extra", []):
        fn(corpus, gold, text, fail, INFO.append)
    return 1 if FAIL else 0


def main(corpus: Path, expect: dict) -> int:
    rc = check(corpus, expect)
    for i in INFO:
        print("ok  ", i)
    for f in FAIL:
        print("FAIL", f)
    print(f"{corpus.name}: " + ("PASS" if not rc else f"{len(FAIL)} failure(s)"))
    return rc
