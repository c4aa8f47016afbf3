#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check the synthetic corpus own-2026-12-08 (standard library only).

Verifies: JSON/YAML readable; key facts are literal strings of their thread's pages and no key fact
is a substring of another; gold bookkeeping; every list/feed link resolves (query stripped) except
the deliberate 404; every article file is in gold and vice versa; feeds parse (except the one
deliberately malformed item); feed, list and page dates agree with gold (except the deliberate
stale-in-feed page); declared encodings decode (gb2312 label decoded as GBK); window sanity;
stale pages do not repeat numeric key facts; and each deliberate fault/trap is present.

Usage: python3 check_own-2026-12-08.py [CORPUS_DIR]   (exit 0 when all checks pass)
"""
from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

HERE = Path(__file__).resolve().parent
BJ = timezone(timedelta(hours=8))
FAIL: list[str] = []
BASE = "http://corpus.invalid"
MARK = "synthetic test data"

STALE_IN_FEED = "/www.gov.cn/lianbo/difang/202512/content_6998117.htm"
ONE_DAY_BEFORE = "/www.caac.gov.cn/XWZX/MHYW/202612/t20261204_226433.html"
EMPTY = "/www.example-jjqy.cn/news/20261207/c4e8b2a6d0.html"
HUGE_NAV = "/www.sc.gov.cn/10462/c102914/2026/12/6/2b7e4a1c9f3d4c5ea8b9c0d1e2f3a4b5.shtml"
DATE_IN_URL = "/www.caac.gov.cn/XWZX/DKJJ/202612/t20261207_226541.html"
SITE_TITLE = "/www.nda.gov.cn/sjj/zwgk/zcjd/1205/c1738215/content.html"
WRITTEN_DIFF = "/www.sc.gov.cn/10462/c102914/2026/12/6/9d1f0c3b5a7e4e28b6c1d2e3f4a5b6c7.shtml"
T4_ORIGINAL = "/www.gov.cn/xinwen/2026-12/07/content_7081498.htm"
MALFORMED_FEED = "/www.example-qiming.cn/rss/tech.xml"


def fail(msg: str) -> None:
    FAIL.append(msg)
    print("FAIL", msg)


def ok(msg: str) -> None:
    print("ok  ", msg)


def charset_of(raw: bytes) -> str:
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", raw[:2048])
    return m.group(1).decode().lower() if m else "utf-8"


def decode(raw: bytes, where: str) -> str:
    cs = charset_of(raw)
    codec = "gbk" if cs in ("gb2312", "gbk") else cs
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as e:
        fail(f"{where}: does not decode as {cs}: {e}")
        return raw.decode(codec, "replace")


class Parse(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.links: list[tuple[str, dict]] = []
        self.metas: dict[str, str] = {}
        self.title = ""
        self.h1 = ""
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self._in.append(tag)
        if tag == "a" and a.get("href"):
            self.links.append((a["href"], a))
        if tag == "meta" and a.get("name"):
            self.metas[a["name"].lower()] = a.get("content", "")

    def handle_endtag(self, tag):
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass

    def handle_data(self, data):
        cur = self._in[-1] if self._in else ""
        if cur in ("script", "style"):
            return
        if cur == "title":
            self.title += data
            return
        if cur == "h1":
            self.h1 += data
        self.text.append(data)


def served(site: Path, path: str) -> Path:
    return site / urlsplit(path).path.lstrip("/")


def parse(site: Path, path: str) -> tuple[Parse, str]:
    p = Parse()
    html = decode(served(site, path).read_bytes(), path)
    p.feed(html)
    return p, html


def resolve(base: str, href: str) -> str | None:
    if href.startswith(("javascript:", "mailto:", "#")):
        return None
    u = urlsplit(urljoin(BASE + base, href))
    return u.path if u.netloc == "corpus.invalid" else None


def date_forms(d: date) -> list[str]:
    return [d.isoformat(), f"{d.year}年{d.month:02d}月{d.day:02d}日", f"{d.year}年{d.month}月{d.day}日",
            f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.year}/{d.month}/{d.day}", f"{d.year}.{d.month:02d}.{d.day:02d}",
            d.strftime("%b %d, %Y")]


def read_yaml_sources(path: Path) -> list[dict]:
    out: list[dict] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*(-\s+)?(\w+):\s*(.*)$", line)
        if not m or m.group(2) == "sources":
            continue
        if m.group(1):
            out.append({})
        out[-1][m.group(2)] = m.group(3).strip().strip('"')
    return out


def feed_items(raw: str, kind: str) -> tuple[list[str], int]:
    """Return item blocks and how many of them do not parse on their own."""
    tag = "item" if kind == "rss" else "entry"
    blocks = re.findall(rf"<{tag}[\s>].*?</{tag}>", raw, re.S)
    bad = 0
    for b in blocks:
        wrapped = ('<r xmlns:content="http://purl.org/rss/1.0/modules/content/" '
                   'xmlns="http://www.w3.org/2005/Atom">' + b + "</r>") if kind == "atom" else \
            '<r xmlns:content="http://purl.org/rss/1.0/modules/content/">' + b + "</r>"
        try:
            ET.fromstring(wrapped)
        except ET.ParseError:
            bad += 1
    return blocks, bad


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "own-2026-12-08"
    site = corpus / "site"
    meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    sources = read_yaml_sources(corpus / "sources.yaml")
    brief = date.fromisoformat(meta["brief_date"])
    start = brief - timedelta(days=meta["window_days"])
    if gold["brief_date"] != meta["brief_date"] or meta["window_days"] != 3 or meta["brief_date"] != "2026-12-08":
        fail("brief date / window mismatch")
    for f in ("README.md", "sources.yaml", "corpus.json", "gold.json"):
        if not (corpus / f).is_file():
            fail(f"missing {f}")
    names = {s["url"].split("/")[1]: s["name"] for s in sources}
    lists = {s["url"]: s["kind"] for s in sources}
    ok(f"{len(sources)} sources, brief {brief}, window {start} … {brief}")
    arts = gold["articles"]
    texts: dict[str, str] = {}
    parsed: dict[str, tuple[Parse, str]] = {}
    for path, a in arts.items():
        if served(site, path).is_file():
            parsed[path] = parse(site, path)
            texts[path] = "".join(parsed[path][0].text)
        elif a["kind"] != "broken":
            fail(f"{path}: gold article file missing")
        if a["publisher"] != names.get(path.split("/")[1]):
            fail(f"{path}: publisher {a['publisher']} is not the registry name of its host")
        if a["relevant"] != (a["thread"] is not None):
            fail(f"{path}: relevant flag disagrees with thread")

    # key facts
    all_facts = [k for t in gold["threads"] for k in t["key_facts"]]
    for i, k in enumerate(all_facts):
        for j, k2 in enumerate(all_facts):
            if i != j and k in k2:
                fail(f"key fact {k!r} is a substring of {k2!r}")
    for t in gold["threads"]:
        pages = t["articles"]
        if arts[t["original"]]["kind"] != "original" or t["publisher"] != arts[t["original"]]["publisher"]:
            fail(f"{t['id']}: original/publisher bookkeeping")
        for p in pages:
            if arts[p]["thread"] != t["id"]:
                fail(f"{t['id']}: {p} not marked with this thread")
        for k in t["key_facts"]:
            if not any(k in texts.get(p, "") for p in pages):
                fail(f"{t['id']}: key fact {k!r} is not a literal string of any of its pages")
        for d in t["deadlines"]:
            dd = date.fromisoformat(d["date"])
            if not any(f in texts.get(p, "") for p in pages for f in date_forms(dd)):
                fail(f"{t['id']}: deadline {d['date']} not in its pages")
        ok(f"{t['id']} (importance {t['importance']}): {len(pages)} pages, {len(t['key_facts'])} key facts literal")
    if sorted(t["importance"] for t in gold["threads"]) != [1, 1, 2, 2, 3]:
        fail("importances are not 1,1,2,2,3")

    # files vs gold
    non_articles = set(lists) | {f"/{h}/index.html" for h in names}
    files = {"/" + str(f.relative_to(site)) for f in site.rglob("*") if f.is_file()}
    for f in sorted(files - non_articles - set(arts)):
        fail(f"{f}: file not in gold.json")
    for f in files:
        raw = (site / f.lstrip("/")).read_bytes()
        txt = decode(raw, f)
        if MARK not in txt:
            fail(f"{f}: no synthetic-data marker")
        if re.search(r"ICP[备证]\d{8}|\d{3,4}-\d{8}\b|/work/|file:", txt):
            fail(f"{f}: unmasked ICP/phone number or local path")
    ok(f"{len(files)} files; {len(arts)} gold articles; every file marked synthetic, numbers masked")

    # list pages and feeds: links, dates
    linked: dict[str, list[str]] = {}
    feed_dates: dict[str, date] = {}
    for url, kind in lists.items():
        raw = decode(served(site, url).read_bytes(), url)
        hrefs: list[tuple[str, str]] = []  # (href, following date text)
        if kind == "listpage":
            p = Parse()
            p.feed(raw)
            for m in re.finditer(r'<a href="([^"]+)"', raw):
                tail = raw[m.end(): m.end() + 400]
                nxt = tail.find("<a ")
                seg = tail[: nxt if nxt >= 0 else None]
                dm = re.search(r"(\d{4})[-.](\d{2})[-.](\d{2})", seg)
                hrefs.append((m.group(1), "-".join(dm.groups()) if dm else ""))
        else:
            blocks, bad = feed_items(raw, kind)
            try:
                ET.fromstring(raw.encode("utf-8"))
                whole = True
            except ET.ParseError:
                whole = False
            if url == MALFORMED_FEED:
                good = "".join(b for b in blocks if feed_items(b, kind)[1] == 0)
                head = raw.split("<item", 1)[0]
                try:
                    ET.fromstring((head + good + "</channel></rss>").encode("utf-8"))
                    reparsed = True
                except ET.ParseError:
                    reparsed = False
                if whole or bad != 1 or not reparsed:
                    fail(f"{url}: expected exactly one malformed item (whole={whole}, bad={bad}, reparsed={reparsed})")
                if "content:encoded" not in raw:
                    fail(f"{url}: items should carry content:encoded")
            elif not whole or bad:
                fail(f"{url}: feed does not parse")
            if kind == "atom" and ("<published>" in raw or raw.count("<updated>") != len(blocks) + 1):
                fail(f"{url}: atom entries must carry only <updated>")
            for b in blocks:
                lm = re.search(r"<link>([^<]+)</link>", b) or re.search(r'<link rel="alternate"[^>]*href="([^"]+)"', b)
                dm = re.search(r"<pubDate>([^<]+)</pubDate>", b) or re.search(r"<updated>([^<]+)</updated>", b)
                v = dm.group(1)
                if url.startswith("/www.gov.cn/") and not v.endswith("GMT"):
                    fail(f"{url}: pubDate {v} not in GMT")
                d = (parsedate_to_datetime(v) if "," in v else datetime.fromisoformat(v)).astimezone(BJ).date()
                hrefs.append((lm.group(1), d.isoformat()))
                feed_dates[urlsplit(lm.group(1)).path] = d
                if url.startswith("/www.gov.cn/") and not lm.group(1).endswith("?from=rss"):
                    fail(f"{url}: link without ?from=rss")
        n = 0
        for href, dtext in hrefs:
            target = resolve(url, href)
            if target is None:
                continue
            linked.setdefault(target, []).append(url)
            if target in non_articles:
                continue
            n += 1
            if target not in arts:
                fail(f"{url}: link {href} is not a gold article")
                continue
            if not served(site, target).is_file() and arts[target]["kind"] != "broken":
                fail(f"{url}: link {href} does not resolve")
            if dtext and dtext != arts[target]["published"] and target != STALE_IN_FEED:
                fail(f"{url}: date {dtext} for {target} disagrees with gold {arts[target]['published']}")
        ok(f"{url} ({kind}): {n} article links checked")
    for path, a in arts.items():
        if a["kind"] == "broken" and not served(site, path).is_file():
            if path not in linked:
                fail(f"{path}: 404 path is not linked anywhere")
            else:
                ok(f"deliberate 404 {path} linked from {linked[path]}")
        if path not in linked and a["kind"] not in ("stale",):
            fail(f"{path}: not reachable from any list page or feed")
    if feed_dates.get(STALE_IN_FEED) and not (start <= feed_dates[STALE_IN_FEED] <= brief
                                              and arts[STALE_IN_FEED]["published"] < start.isoformat()):
        fail("stale-in-feed page: feed date should be in window and page date a year earlier")
    ok(f"stale-in-feed {STALE_IN_FEED}: feed {feed_dates.get(STALE_IN_FEED)}, page {arts[STALE_IN_FEED]['published']}")
    t4_links = [u for u in linked.get(T4_ORIGINAL, [])]
    if len(set(t4_links)) < 2:
        fail("T4 original should be reachable from the gov.cn feed (?from=rss) and the hxiri list")

    # page dates, window, stale figures
    numeric = [k for k in all_facts if re.search(r"\d", k)]
    for path, a in arts.items():
        if path not in texts:
            continue
        p, html = parsed[path]
        blob = texts[path] + " ".join(p.metas.values())
        d = date.fromisoformat(a["published"])
        if a["kind"] == "broken":
            continue
        found = any(f in blob for f in date_forms(d))
        if path == DATE_IN_URL:
            if found or f"t{d:%Y%m%d}" not in path:
                fail(f"{path}: date should be only in the URL")
        elif not found:
            fail(f"{path}: gold date {d} not shown on the page")
        if a["relevant"] and not (start <= d <= brief):
            fail(f"{path}: relevant page outside window")
        if a["kind"] == "stale":
            if start <= d <= brief:
                fail(f"{path}: stale page inside window")
            for k in numeric:
                if k in texts[path]:
                    fail(f"stale page {path} repeats key figure {k!r}")
        elif a["kind"] != "broken" and not (start <= d <= brief):
            fail(f"{path}: {a['kind']} page outside window")
    if arts[ONE_DAY_BEFORE]["published"] != (start - timedelta(days=1)).isoformat():
        fail("one-day-before stale page is not dated start-1")
    ok("page dates agree with gold; window and stale checks done")

    # encodings
    gbk = [f for f in files if charset_of((site / f.lstrip("/")).read_bytes()) in ("gb2312", "gbk")]
    strict_fail = 0
    for f in gbk:
        raw = (site / f.lstrip("/")).read_bytes()
        try:
            raw.decode("utf-8")
            fail(f"{f}: labelled GBK but is UTF-8")
        except UnicodeDecodeError:
            pass
        try:
            raw.decode("gb2312")
        except UnicodeDecodeError:
            strict_fail += 1
    if not gbk or not all(f.startswith("/www.sc.gov.cn/") for f in gbk) or strict_fail < 1:
        fail("GBK pages: expected only sc.gov.cn, at least one outside strict GB2312")
    ok(f"{len(gbk)} GBK files labelled gb2312; {strict_fail} need GBK (not strict GB2312)")

    # deliberate faults and traps
    pe, _ = parsed[EMPTY]
    if pe.title.strip() or pe.h1.strip():
        fail("empty page has a title")
    ph, _ = parsed[HUGE_NAV]
    body = re.search(r'<div class="content">(.*?)</div>', parsed[HUGE_NAV][1], re.S)
    if len(ph.links) < 300 or not body or len(re.sub(r"<[^>]+>", "", body.group(1)).strip()) > 60:
        fail("huge-nav page: expected >300 links and a one-sentence body")
    if parsed[SITE_TITLE][0].title.strip() != names["www.nda.gov.cn"]:
        fail("site-title page: <title> should be the site name only")
    w = texts[WRITTEN_DIFF]
    if "成文日期" not in w or "2026年11月28日" not in w or "2026年12月06日" not in w:
        fail("成文日期 ≠ 发布日期 trap missing")
    sasac_list = decode(served(site, "/www.sasac.gov.cn/n2588025/n2588124/index.html").read_bytes(), "sasac")
    if not re.search(r'title="[^"]+"[^>]*>[^<]+\.\.\.</a>', sasac_list):
        fail("sasac list: no truncated title with full title= attribute")
    srcs = {t["id"]: t for t in gold["threads"]}
    t1_reprint = [p for p in srcs["T1"]["articles"] if arts[p]["kind"] == "reprint"][0]
    if "来源： 国资委" not in texts[t1_reprint]:
        fail("T1 reprint should say 来源：国资委")
    t4_reprint = [p for p in srcs["T4"]["articles"] if arts[p]["kind"] == "reprint"][0]
    if "来源：经济日报" not in texts[t4_reprint] or "经济日报" in names.values():
        fail("T4 reprint should name 经济日报, which is not a registry source")
    if "../../" not in decode(served(site, "/www.sc.gov.cn/10462/c102914/sjfb/list/index.shtml").read_bytes(), "sc"):
        fail("sc list should use ../../ relative links")
    ok("faults present: 404, malformed item, empty page, huge nav, date in URL, site-name title, 成文日期, truncated titles")
    print(f"{'FAILED' if FAIL else 'PASSED'}: {len(FAIL)} failure(s)")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
