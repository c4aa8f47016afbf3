#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check the synthetic corpus own-2027-01-14 (or another folder given as argument).

General checks: gold.json / corpus.json / sources.yaml readable; every key fact is a literal
string of its thread's ORIGINAL page (visible text, decoded by the declared charset); list and
feed links resolve except deliberate 404s; feeds parse once their malformed items are removed;
every article file is in gold.json and vice versa; internal links resolve; relevant pages inside
the window, stale pages outside; each page's own date line (or meta PubDate, or URL) agrees with
gold ``published``; GBK files really are GBK; every page carries the synthetic-data marker;
phone and ICP numbers are masked; no absolute local paths.

Hard-case checks: the two same-day 工业和信息化部 threads keep separate figures; the two-thread
commentary names both documents and one figure of each; the reprint writes 1,700 / 百分之六十 /
full-width ２０２７年; the Chinese-numeral date line; the meta-PubDate-only page; the date-only-in-URL
page; the wrong feed pubDate of the central reprint of the local original; GMT pubDates; list dates
without a year; the deadline / effective-date / as-of phrasings.

Usage: python3 check_own-2027-01-14.py [CORPUS_DIR]      Exit 0 when everything holds.
"""
from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

NAME = "own-2027-01-14"
BASE = "http://corpus.invalid"
FAIL: list[str] = []
INFO: list[str] = []
MARK = "synthetic test"
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def fail(msg: str) -> None:
    FAIL.append(msg)


def check(cond: bool, ok: str, bad: str) -> None:
    (INFO.append(ok) if cond else fail(bad))


def charset_of(raw: bytes) -> str | None:
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", raw[:2048])
    return m.group(1).decode().lower() if m else None


def decode(raw: bytes, where: str) -> str:
    cs = charset_of(raw) or "utf-8"
    try:
        return raw.decode(cs)
    except UnicodeDecodeError as e:
        fail(f"{where}: does not decode as its declared charset {cs}: {e}")
        return raw.decode(cs, "replace")


class Parse(HTMLParser):
    """Visible text, <a href> links and <meta name=… content=…>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.links: list[str] = []
        self.meta: dict[str, str] = {}
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "a" and a.get("href") is not None:
            self.links.append(a["href"])
        if tag == "meta" and a.get("name"):
            self.meta[a["name"]] = a.get("content") or ""

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


_CACHE: dict[str, Parse] = {}


def parse_html(site: Path, path: str) -> Parse:
    if path not in _CACHE:
        p = Parse()
        p.feed(decode((site / path.lstrip("/")).read_bytes(), path))
        _CACHE[path] = p
    return _CACHE[path]


def text_of(site: Path, path: str) -> str:
    return "".join(parse_html(site, path).text)


def resolve(base_path: str, href: str) -> str | None:
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "#")):
        return None
    u = urlsplit(urljoin(BASE + base_path, href))
    if f"{u.scheme}://{u.netloc}" != BASE:
        return "EXTERNAL:" + href
    path = unquote(u.path)
    return path + "index.html" if path.endswith("/") else path


def cn_numeral_date(s: str) -> date:
    """二〇二六年十二月三十日 -> date(2026, 12, 30)."""
    m = re.fullmatch(r"([〇零一二三四五六七八九]{4})年([十一二三四五六七八九]{1,3})月([十一二三四五六七八九]{1,3})日", s)
    if not m:
        raise ValueError(s)

    def small(x: str) -> int:
        if "十" not in x:
            return CN_DIGIT[x]
        hi, _, lo = x.partition("十")
        return (CN_DIGIT[hi] if hi else 1) * 10 + (CN_DIGIT[lo] if lo else 0)
    return date(int("".join(str(CN_DIGIT[c]) for c in m.group(1))), small(m.group(2)), small(m.group(3)))


DATE_LINES = [  # (host, regex over visible text) — the page's own publication-date line
    ("www.miit.gov.cn", r"发布时间：(\d{4})-(\d{2})-(\d{2}) \d{2}:\d{2}"),
    ("www.gov.cn", r"(\d{4})-(\d{2})-(\d{2}) \d{2}:\d{2}\u3000来源"),
    ("www.zj.gov.cn", r"发布时间：(\d{4})-(\d{2})-(\d{2}) \d{2}:\d{2}"),
    ("www.most.gov.cn", r"发布时间：(\d{4})年(\d{2})月(\d{2})日"),
    ("www.nda.gov.cn", r"^(?:.*?)(\d{4})年(\d{2})月(\d{2})日来源"),
    ("www.people.com.cn", r"(\d{4})年(\d{2})月(\d{2})日\d{2}:\d{2} \| 来源"),
    ("www.example-xinzhi.cn", r"(\d{4})/(\d{1,2})/(\d{1,2}) \d{2}:\d{2}"),
]


def page_date(site: Path, path: str) -> tuple[date | None, str]:
    """The date a page itself states, and how it states it."""
    host = path.split("/")[1]
    tx = text_of(site, path)
    m = re.search(r"发布时间：([〇一二三四五六七八九十]+年[十一二三四五六七八九]+月[十一二三四五六七八九]+日)", tx)
    if m:
        return cn_numeral_date(m.group(1)), "chinese-numeral date line"
    for h, rx in DATE_LINES:
        if h == host:
            m = re.search(rx, tx, re.S)
            if m:
                return date(*map(int, m.groups())), "date line"
    meta = parse_html(site, path).meta.get("PubDate")
    if meta:
        return date.fromisoformat(meta[:10]), "meta PubDate only"
    m = re.search(r"/(\d{4})/(\d{2})(\d{2})/", path)
    if m:
        return date(*map(int, m.groups())), "URL only"
    return None, "none"


def feed_blocks(raw: bytes, kind: str) -> tuple[list[str], list[str], str]:
    text = raw.decode("utf-8")
    tag = "item" if kind == "rss" else "entry"
    blocks = re.findall(rf"<{tag}\b.*?</{tag}>", text, re.S)
    ns = ' xmlns="http://www.w3.org/2005/Atom"' if tag == "entry" else ""
    bad = []
    for b in blocks:
        try:
            ET.fromstring(f"<wrap{ns}>{b}</wrap>")
        except ET.ParseError:
            bad.append(b)
    return blocks, bad, text


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / NAME
    site = corpus / "site"
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    src_text = (corpus / "sources.yaml").read_text(encoding="utf-8")
    sources = [dict(kind=k, url=u) for k, u in re.findall(r"kind:\s*(\S+)\s*\n\s*url:\s*(\S+)", src_text)]
    INFO.append(f"gold.json, corpus.json valid; sources.yaml: {len(sources)} sources")
    arts = gold["articles"]
    threads = {t["id"]: t for t in gold["threads"]}
    broken_missing = {p for p, a in arts.items() if a["kind"] == "broken" and not (site / p.lstrip("/")).is_file()}
    bd = date.fromisoformat(meta["brief_date"])
    start = bd - timedelta(days=meta["window_days"])

    # 1. key facts literal in the thread's original; thread bookkeeping
    for t in gold["threads"]:
        orig_text = text_of(site, t["original"])
        for fct in t["key_facts"]:
            if fct not in orig_text:
                fail(f"{t['id']}: key fact {fct!r} not literal in its original {t['original']}")
        if t["original"] not in t["articles"]:
            fail(f"{t['id']}: original not among its articles")
        for p in t["articles"]:
            a = arts.get(p)
            if not a or a.get("thread") != t["id"] or not a.get("relevant"):
                fail(f"{t['id']}: {p} not marked as a relevant page of the thread")
        oa = arts[t["original"]]
        if oa["kind"] != "original" or oa["publisher"] != t["publisher"]:
            fail(f"{t['id']}: original page kind/publisher mismatch")
        for d in t["deadlines"]:
            dd = date.fromisoformat(d["date"])
            if f"{dd.year}年{dd.month}月{dd.day}日" not in orig_text:
                fail(f"{t['id']}: deadline {d['date']} not written in its original")
        INFO.append(f"{t['id']}: {len(t['articles'])} pages, {len(t['key_facts'])} key facts literal in original")
    imps = sorted(t["importance"] for t in gold["threads"])
    check(imps == [1, 1, 2, 2, 2, 3], f"importances {imps}", f"importances {imps} != [1,1,2,2,2,3]")

    # 2. list pages and feeds
    seen_missing: set[str] = set()
    feed_dates: dict[str, str] = {}
    for s in sources:
        url = s["url"]
        raw = (site / url.lstrip("/")).read_bytes()
        if s["kind"] == "listpage":
            links = parse_html(site, url).links
        else:
            blocks, bad, text = feed_blocks(raw, s["kind"])
            try:
                ET.fromstring(raw)
                whole_ok = True
            except ET.ParseError:
                whole_ok = False
            rest = text
            for b in bad:
                rest = rest.replace(b, "")
            try:
                ET.fromstring(rest.encode("utf-8"))
            except ET.ParseError as e:
                fail(f"{url}: does not parse even without its {len(bad)} malformed item(s): {e}")
            if bad and whole_ok:
                fail(f"{url}: malformed item does not make the feed ill-formed")
            INFO.append(f"{url}: {len(blocks)} items, {len(bad)} malformed (whole feed parses: {whole_ok})")
            links = []
            for b in blocks:
                ls = [unescape(m) for m in re.findall(r"<link>(.*?)</link>", b)]
                ls += [unescape(m) for m in re.findall(r"<link[^>]*href=\"([^\"]+)\"", b)]
                links += ls
                pd = re.search(r"<(?:pubDate|published)>(.*?)</", b)
                if pd and b not in bad and ls:
                    feed_dates[urlsplit(ls[0]).path] = pd.group(1)
        n_ok = 0
        for h in links:
            r = resolve(url, h)
            if r is None:
                continue
            if r.startswith("EXTERNAL:"):
                fail(f"{url}: external link {r[9:]}")
            elif (site / r.lstrip("/")).is_file():
                n_ok += 1
            elif r in broken_missing:
                seen_missing.add(r)
                INFO.append(f"{url}: deliberate 404 {r}")
            else:
                fail(f"{url}: link {h} -> {r} does not resolve")
        INFO.append(f"{url}: {n_ok} links resolve")
    if seen_missing != broken_missing:
        fail(f"missing broken articles not linked from any list/feed: {broken_missing - seen_missing}")

    # 3. files <-> gold; internal links; markers; masking
    nonarticle = {s["url"] for s in sources} | {f"/{h.name}/index.html" for h in site.iterdir()}
    files = {"/" + f.relative_to(site).as_posix() for f in site.rglob("*") if f.is_file()}
    art_files = {f for f in files if f not in nonarticle}
    for f in sorted(art_files - set(arts)):
        fail(f"article file not in gold.json: {f}")
    for p in sorted(set(arts) - files - broken_missing):
        fail(f"gold article has no file: {p}")
    for p in sorted(art_files):
        for h in parse_html(site, p).links:
            r = resolve(p, h)
            if r and not r.startswith("EXTERNAL:") and not (site / r.lstrip("/")).is_file():
                fail(f"{p}: internal link {h} does not resolve")
    for f in sorted(files):
        raw = (site / f.lstrip("/")).read_bytes()
        tx = decode(raw, f)
        if MARK not in tx:
            fail(f"{f}: no synthetic-data marker")
        if re.search(r"ICP[备证]\d{6,}|(?<![\w/-])0\d{2,3}-\d{7,8}(?!\d)", tx):
            fail(f"{f}: unmasked phone or ICP number")
        cs = charset_of(raw)
        if cs in ("gbk", "gb2312"):
            try:
                raw.decode("utf-8")
                fail(f"{f}: declares {cs} but is valid UTF-8")
            except UnicodeDecodeError:
                pass
    n_gbk = sum(1 for f in files if charset_of((site / f.lstrip("/")).read_bytes()) in ("gbk", "gb2312"))
    INFO.append(f"GBK files (really GBK): {n_gbk}")

    # 4. window sanity and page dates agree with gold
    ways: dict[str, str] = {}
    for p, a in sorted(arts.items()):
        d = date.fromisoformat(a["published"])
        if a["relevant"] and not (start <= d <= bd):
            fail(f"relevant page outside window: {p} {d}")
        if a["kind"] == "stale" and start <= d:
            fail(f"stale page inside window: {p} {d}")
        if not (site / p.lstrip("/")).is_file() or not text_of(site, p).strip():
            continue
        got, how = page_date(site, p)
        ways[p] = how
        if a["kind"] != "broken" and got != d:
            fail(f"{p}: page states {got} ({how}) but gold says {d}")
        fd = feed_dates.get(p)
        if fd:
            fdt = parsedate_to_datetime(fd) if "," in fd else datetime.fromisoformat(fd)
            local = (fdt + timedelta(hours=8)).date() if fd.endswith("GMT") else fdt.date()
            if local != d and p not in threads["T3"]["articles"]:
                fail(f"{p}: feed date {fd} ({local}) disagrees with page {d}")
    empty = [p for p, a in arts.items() if a["kind"] == "broken" and (site / p.lstrip("/")).is_file()]
    for p in empty:
        check(not parse_html(site, p).meta.get("PubDate") and "detail-title\"></h1>" in
              (site / p.lstrip("/")).read_text(encoding="utf-8"), f"empty page {p}", f"{p} is not empty")
    INFO.append(f"stale: {sum(a['kind'] == 'stale' for a in arts.values())} "
                f"({sum(a['kind'] == 'stale' and a['published'] < '2026' for a in arts.values())} from 2025); "
                f"distractors: {sum(a['kind'] == 'distractor' for a in arts.values())}")

    # 5. hard cases
    t1, t2, t3, t4, t5, t6 = (threads[f"T{i}"] for i in range(1, 7))
    o1, o2 = t1["original"], t2["original"]
    check(arts[o1]["publisher"] == arts[o2]["publisher"] and arts[o1]["published"] == arts[o2]["published"],
          "T1/T2 originals: same ministry, same day", "T1/T2 originals are not same ministry/day")
    tx1, tx2 = text_of(site, o1), text_of(site, o2)
    shared = [w for w in ("工业大模型", "工业互联网平台", "人工智能工业应用", "到2028年", "分类分级", "新型工业化")
              if w in tx1 and w in tx2]
    check(len(shared) >= 5, f"T1/T2 share vocabulary {shared}", f"T1/T2 share too little vocabulary {shared}")
    for a, b, ta in ((t1, t2, tx2), (t2, t1, tx1)):
        leaked = [f for f in a["key_facts"] if f in ta and f not in b["key_facts"]]
        if leaked:
            fail(f"{a['id']} facts {leaked} also appear in the other same-day original")
    com = [p for p in t1["articles"] if arts[p]["kind"] == "commentary"][0]
    ct = text_of(site, com)
    check(all(x in ct for x in (t1["key_facts"][0], t2["key_facts"][0], "1700个", "8000家")),
          "two-thread commentary names both documents and one figure of each",
          "two-thread commentary misses a document or figure")
    rep1 = [p for p in t1["articles"] if "www.gov.cn" in p][0]
    rt = text_of(site, rep1)
    check(all(x in rt for x in ("1,700个", "百分之六十", "２０２７年２月２８日24时前")) and "60%" not in rt
          and "1700个" not in rt, "T1 reprint writes 1,700 / 百分之六十 / full-width ２０２７年",
          "T1 reprint figure variants missing")
    check("成文日期" in rt and "2027年01月05日" in rt and "2027年01月09日" in rt,
          "T1 reprint: 成文日期 2027-01-05 ≠ 发布日期 2027-01-09", "T1 reprint date table missing")
    check(ways.get(t5["original"]) == "chinese-numeral date line" and "2026-12-30" not in text_of(site, t5["original"]),
          "T5 original dated only by a Chinese-numeral date line", "T5 original date line wrong")
    en = [p for p in t4["articles"] if "/en/" in p]
    check(len(t4["articles"]) == 4 and len(en) == 1 and ways.get(en[0]) == "meta PubDate only"
          and en[0].split("/")[1] == t4["original"].split("/")[1],
          "T4: 4 pages, English version on the same site dated only by meta PubDate", "T4 English case wrong")
    url_only = [p for p, w in ways.items() if w == "URL only"]
    check(len(url_only) == 1 and url_only[0] in t6["articles"] and url_only[0] not in feed_dates,
          f"date only in URL (no feed pubDate): {url_only}", f"date-only-in-URL case wrong: {url_only}")
    t3r = [p for p in t3["articles"] if "www.gov.cn" in p][0]
    fd = parsedate_to_datetime(feed_dates[t3r]) + timedelta(hours=8)
    check(arts[t3["original"]]["publisher"] == "浙江省人民政府"
          and fd.date() == date.fromisoformat(arts[t3r]["published"]) - timedelta(days=1)
          and fd.date() < date.fromisoformat(arts[t3["original"]]["published"]),
          f"T3 central reprint feed pubDate {feed_dates[t3r]} a day early, before the local original",
          "T3 wrong-feed-date case wrong")
    gov_feed = (site / "www.gov.cn/rss/zhengce.xml").read_text(encoding="utf-8")
    pds = re.findall(r"<pubDate>(.*?)</pubDate>", gov_feed)
    check(pds and all(x.endswith("GMT") for x in pds) and "Thu, 31 Dec 2026" in gov_feed,
          "gov.cn feed pubDates in GMT (one crosses the year boundary)", "gov.cn feed not GMT")
    most_list = decode((site / "www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/qtwj/index.html").read_bytes(), "most list")
    check("[12-30]" in most_list and not re.search(r"\[\d{4}-", most_list),
          "most list dates without a year ([12-30])", "most list dates wrong")
    miit_list = (site / "www.miit.gov.cn/xwfb/zxfb/index.html").read_text(encoding="utf-8")
    check("...</a>" in miit_list, "miit list titles truncated with ...", "miit list not truncated")
    nda_titles = {re.search(r"<title>(.*?)</title>", (site / p.lstrip("/")).read_text(encoding="utf-8")).group(1)
                  for p in arts if "www.nda.gov.cn" in p and (site / p.lstrip("/")).is_file()}
    check(nda_titles <= {"国家数据局", "National Data Administration"}, "nda: bare site name as <title>",
          f"nda titles {nda_titles}")
    phrases = [("2027年2月28日24时前", t1), ("截至2027年3月15日（以邮戳为准）", t2), ("自2027年3月1日起施行", t3),
               ("截至2026年底", t2), ("截至2026年底", t3), ("截至2026年底", t4)]
    for ph, t in phrases:
        if ph not in text_of(site, t["original"]):
            fail(f"{t['id']}: phrase {ph!r} missing from original")
    check(not t3["deadlines"] and all(d["date"] != "2026-12-31" for t in gold["threads"] for d in t["deadlines"]),
          "施行 date and 截至2026年底 are not deadlines", "effective/as-of date listed as a deadline")
    notes = [a for a in arts.values() if a.get("note", "").startswith("decision: distractor")]
    check(len(notes) == 1, "annual summary press release marked distractor with a note", "annual summary note missing")
    rel_stale = {r for p in art_files for h in parse_html(site, p).links
                 if (r := resolve(p, h)) and arts.get(r, {}).get("kind") == "stale"}
    check(len(rel_stale) >= 4, f"{len(rel_stale)} stale pages linked from related-reading blocks",
          "too few stale pages linked from related reading")

    # 6. no absolute local paths
    pat = re.compile("|".join(re.escape("/" + w + "/") for w in ("work", "home", "tmp", "root", "Users")))
    for f in [f for f in corpus.rglob("*") if f.is_file()] + [corpus.parent / f"make_{NAME}.py"]:
        raw = f.read_bytes()
        if pat.search(raw.decode(charset_of(raw) or "utf-8", "replace")):
            fail(f"absolute local path in {f.name}")

    print("\n".join("ok   " + i for i in INFO))
    print("\n".join("FAIL " + x for x in FAIL) or "all checks passed")
    print(f"files under site/: {len(files)}; article pages: {len(art_files)}; gold articles: {len(arts)}")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
