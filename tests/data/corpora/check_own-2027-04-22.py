#!/usr/bin/env python3
"""Check the synthetic corpus own-2027-04-22 (or another folder given as argument).

Checks: JSON files valid; every key fact is a literal string of the visible text of one of its
thread's pages; list-page and feed links resolve (except gold "broken" pages without a file);
feeds parse except deliberately malformed items; every article file is in gold.json and back;
thread pages inside the window, stale pages outside; feed dates (RSS in GMT or +0800, Atom) and
visible page dates agree with gold "published"; the date-only-in-URL page has no date text but
its URL carries the gold date; declared charsets decode, GBK pages are not UTF-8; every page is
marked synthetic; phone and ICP numbers are masked; no absolute local paths.

Usage: python3 check_own-2027-04-22.py [CORPUS_DIR]     exit status 0 when all checks pass.
"""
from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

BASE = "http://corpus.invalid"
CST = timezone(timedelta(hours=8))
FAIL: list[str] = []
INFO: list[str] = []
ATOM = "{http://www.w3.org/2005/Atom}"


def fail(msg: str) -> None:
    FAIL.append(msg)


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
    """Visible text and <a href> links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.links: list[str] = []
        self.skip = 0

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


def parse_html(site: Path, path: str) -> Parse:
    p = Parse()
    p.feed(decode((site / path.lstrip("/")).read_bytes(), path))
    return p


def resolve(base_path: str, href: str) -> str | None:
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "#", "data:")):
        return None
    u = urlsplit(urljoin(BASE + base_path, href))
    if f"{u.scheme}://{u.netloc}" != BASE:
        return "EXTERNAL:" + href
    path = unquote(u.path)
    return path + "index.html" if path.endswith("/") else path


def date_patterns(d: date) -> list[str]:
    return [f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.year}年{d.month}月{d.day}日",
            f"{d.year}年{d.month:02d}月{d.day:02d}日", f"{d.year}/{d.month}/{d.day}",
            f"{d.month:02d}-{d.day:02d}", f"{d.month}月{d.day}日", f"{d.month:02d}/{d.day:02d}"]


def feed_items(url: str, raw: bytes, kind: str) -> list[tuple[str, date | None]]:
    """(link, Beijing-time date) per well-formed item; checks malformed items spoil the feed."""
    text = raw.decode("utf-8")
    tag = "item" if kind == "rss" else "entry"
    blocks = re.findall(rf"<{tag}\b.*?</{tag}>", text, re.S)
    ns = ' xmlns="http://www.w3.org/2005/Atom"' if tag == "entry" else ""
    good, bad = [], []
    for b in blocks:
        try:
            good.append(ET.fromstring(f"<wrap{ns}>{b}</wrap>")[0])
        except ET.ParseError:
            bad.append(b)
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
        fail(f"{url}: does not parse even without its malformed item(s): {e}")
    if bad and whole_ok:
        fail(f"{url}: malformed item does not make the feed ill-formed")
    INFO.append(f"{url}: {len(blocks)} items, {len(bad)} malformed (whole feed parses: {whole_ok})")
    out: list[tuple[str, date | None]] = []
    for b in bad:  # links of malformed items still have to resolve
        out += [(unescape(m).split("?")[0], None) for m in re.findall(r"<link>(.*?)</link>", b)]
    for el in good:
        if kind == "rss":
            link = el.findtext("link")
            when = parsedate_to_datetime(el.findtext("pubDate")).astimezone(CST).date()
        else:
            link = el.find(f"{ATOM}link").get("href")
            when = datetime.fromisoformat(el.findtext(f"{ATOM}published")).astimezone(CST).date()
        out.append((link, when))
    return out


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "own-2027-04-22"
    site = corpus / "site"
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    src_text = (corpus / "sources.yaml").read_text(encoding="utf-8")
    sources = [dict(name=n, kind=k, url=u) for n, k, u in re.findall(
        r"name:\s*(\S+)\s*\n\s*name_en:.*\n\s*kind:\s*(\S+)\s*\n\s*url:\s*(\S+)", src_text)]
    INFO.append(f"sources.yaml: {len(sources)} sources")
    arts = gold["articles"]
    broken_missing = {p for p, a in arts.items() if a["kind"] == "broken" and not (site / p.lstrip("/")).is_file()}

    # 1. key facts and thread membership
    for t in gold["threads"]:
        texts = {p: "".join(parse_html(site, p).text) for p in t["articles"]}
        for fct in t["key_facts"]:
            if not any(fct in tx for tx in texts.values()):
                fail(f"{t['id']}: key fact {fct!r} not found in any of its pages")
        for d in t["deadlines"]:
            dd = date.fromisoformat(d["date"])
            if not any(f"{dd.year}年{dd.month}月{dd.day}日" in tx for tx in texts.values()):
                fail(f"{t['id']}: deadline {d['date']} not written in its pages")
        for p in t["articles"]:
            a = arts.get(p)
            if not a or a.get("thread") != t["id"] or not a.get("relevant"):
                fail(f"{t['id']}: {p} not marked as relevant thread page")
        o = arts[t["original"]]
        if o["kind"] != "original" or o["publisher"] != t["publisher"]:
            fail(f"{t['id']}: original page kind/publisher mismatch")
        INFO.append(f"{t['id']}: {len(t['articles'])} pages, {len(t['key_facts'])} key facts found")

    # 2. list pages and feeds: links resolve; listed dates agree with gold
    seen_missing: set[str] = set()
    pubs = {s["name"] for s in sources}
    for p, a in arts.items():
        if a["publisher"] not in pubs:
            fail(f"{p}: publisher {a['publisher']} not in sources.yaml")
    for s in sources:
        url = s["url"]
        raw = (site / url.lstrip("/")).read_bytes()
        if s["kind"] == "listpage":
            pairs = [(h, None) for h in parse_html(site, url).links]
        else:
            pairs = feed_items(url, raw, s["kind"])
        n_ok = 0
        for h, when in pairs:
            r = resolve(url, h)
            if r is None:
                continue
            if r.startswith("EXTERNAL:"):
                fail(f"{url}: external link {r[9:]}")
            elif (site / r.lstrip("/")).is_file():
                n_ok += 1
                if when and r in arts and arts[r]["published"] != when.isoformat():
                    fail(f"{url}: feed date {when} of {r} differs from gold {arts[r]['published']}")
            elif r in broken_missing:
                seen_missing.add(r)
                INFO.append(f"{url}: deliberate 404 {r}")
            else:
                fail(f"{url}: link {h} -> {r} does not resolve")
        INFO.append(f"{url}: {n_ok} links resolve")
    if seen_missing != broken_missing:
        fail(f"missing broken pages not linked anywhere: {broken_missing - seen_missing}")

    # 3. files vs gold; internal links of articles resolve
    nonarticle = {s["url"] for s in sources} | {f"/{h.name}/index.html" for h in site.iterdir()}
    files = {"/" + f.relative_to(site).as_posix() for f in site.rglob("*") if f.is_file()}
    art_files = files - nonarticle
    for f in sorted(art_files - set(arts)):
        fail(f"article file not in gold.json: {f}")
    for p in sorted(set(arts) - files - broken_missing):
        fail(f"gold article has no file: {p}")
    for p in sorted(files - {s["url"] for s in sources if s["kind"] != "listpage"}):
        for h in parse_html(site, p).links:
            r = resolve(p, h)
            if r and not r.startswith("EXTERNAL:") and not (site / r.lstrip("/")).is_file() and r not in broken_missing:
                fail(f"{p}: internal link {h} does not resolve")

    # 4. window sanity and visible dates
    bd = date.fromisoformat(meta["brief_date"])
    start = bd - timedelta(days=meta["window_days"])
    url_only = 0
    for p, a in sorted(arts.items()):
        d = date.fromisoformat(a["published"])
        if a["relevant"] and not (start <= d <= bd):
            fail(f"relevant page outside window: {p} {d}")
        if a["kind"] == "stale" and start <= d:
            fail(f"stale page inside window: {p} {d}")
        if a["kind"] != "stale" and not (start <= d <= bd):
            fail(f"non-stale page outside window: {p} {d}")
        if p in broken_missing:
            continue
        tx = "".join(parse_html(site, p).text)
        if a["kind"] == "broken":
            if len(tx.strip()) > 0 and re.search(r"\d{4}年\d", tx):
                fail(f"empty page {p} has dated text")
            continue
        if any(x in tx for x in [f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.year}/{d.month}/{d.day}",
                                 f"{d.year}年{d.month:02d}月{d.day:02d}日", f"{d.year}年{d.month}月{d.day}日"]) \
                or re.search(rf"{d.year}\s*{d.month:02d}\s*/\s*{d.day:02d}", tx):
            continue
        if f"/{d.year}-{d.month:02d}/{d.day:02d}/" in p and not any(x in tx for x in date_patterns(d)):
            url_only += 1
            INFO.append(f"date only in URL: {p}")
            continue
        fail(f"{p}: gold date {d} not visible on the page")
    if url_only != 1:
        fail(f"expected exactly one date-only-in-URL page, found {url_only}")

    # 5. encodings, synthetic mark, masking
    phone = re.compile(r"(?<![\dA-Za-z])0\d{2,3}-\d{7,8}(?!\d)")
    icp = re.compile(r"ICP[备证]\d+号")
    for f in sorted(files):
        raw = (site / f.lstrip("/")).read_bytes()
        cs = charset_of(raw)
        if cs in ("gbk", "gb2312"):
            try:
                raw.decode("utf-8")
                fail(f"{f}: declares {cs} but is valid UTF-8")
            except UnicodeDecodeError:
                pass
            INFO.append(f"GBK-family page ({cs}): {f}")
        elif "www.most.gov.cn" in f:
            fail(f"{f}: most page is not declared GBK")
        tx = decode(raw, f)
        if "synthetic test" not in tx:
            fail(f"{f}: no synthetic-test-data marker")
        if phone.search(tx) or icp.search(tx):
            fail(f"{f}: unmasked phone or ICP number")

    # 6. no absolute local paths
    pat = re.compile("|".join(re.escape("/" + w + "/") for w in ("work", "home", "tmp", "root", "Users")))
    for f in [f for f in corpus.rglob("*") if f.is_file()]:
        raw = f.read_bytes()
        if pat.search(raw.decode(charset_of(raw) or "utf-8", "replace")):
            fail(f"absolute local path in {f.name}")

    kinds: dict[str, int] = {}
    for a in arts.values():
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    print("\n".join("ok   " + i for i in INFO))
    print("\n".join("FAIL " + x for x in FAIL) or "all checks passed")
    print(f"files under site/: {len(files)}; article pages: {len(art_files)}; gold articles: {len(arts)} {kinds}")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
