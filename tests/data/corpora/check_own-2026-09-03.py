#!/usr/bin/env python3
"""Check the synthetic held-out corpus own-2026-09-03 (or another corpus folder given as argument).

Generic checks (any corpus in the FORMAT.md layout):
  gold.json / corpus.json are valid JSON and sources.yaml is readable; every key fact is a literal
  string of the visible text of at least one page of its thread (pages decoded by their declared
  charset, gb2312/gbk labels decoded as GB18030 the way browsers do); no key fact is a substring of
  another; thread/article bookkeeping (original, kinds, publishers = sources.yaml names, relevant
  flags, deadlines are ISO dates); every link on list pages and in feeds resolves to a file, except
  gold "broken" links without a file, which must each be linked; feeds parse except individually
  malformed items (and parse once those are removed); feed dates agree with gold (after converting
  GMT to Beijing time); list pages show each article's gold date next to its link; every article file
  is in gold.json and vice versa; internal links of article pages resolve; window sanity; numeric key
  facts do not occur in stale pages; GBK-labelled files really are GBK; every page and feed carries
  the synthetic-test-data mark; phone and ICP numbers are masked; no absolute local paths.

Checks of the deliberate features of own-2026-09-03 (skipped for other corpora): the 404, the
malformed feed item, the empty page, the huge-nav page, the date-only-in-URL page, the two-page
article, 成文日期 ≠ 发布日期, truncated list titles, the page titled only by the site name, GBK
characters outside GB2312, GMT dates that cross midnight, the list without years, the verbatim /
one-sentence / boilerplate-only reprints, commentaries quoting exactly two key facts, Chinese-numeral
key facts, effective and 截至 dates that are not deadlines, window-edge pages, and that the generator
is deterministic.

Usage: python3 check_own-2026-09-03.py [CORPUS_DIR]      (default: ./own-2026-09-03)
Exit status 0 when everything expected holds. Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

BASE = "http://corpus.invalid"
BJ = timezone(timedelta(hours=8))
NAME = "own-2026-09-03"
FAIL: list[str] = []
INFO: list[str] = []
CJK_NUM = "一二三四五六七八九十百千万两"
SITE_NAMES = ("中华人民共和国工业和信息化部", "工业和信息化部", "国家发展和改革委员会", "国家知识产权局",
              "江苏省人民政府", "中国政府网", "人民网", "中经产业网", "华夏新兴产业促进会")


def fail(msg: str) -> None:
    FAIL.append(msg)


def charset_of(raw: bytes) -> str | None:
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", raw[:2048])
    return m.group(1).decode().lower() if m else None


def decode(raw: bytes, where: str) -> str:
    cs = charset_of(raw) or "utf-8"
    codec = "gb18030" if cs in ("gb2312", "gbk") else cs
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as e:
        fail(f"{where}: does not decode as its declared charset {cs}: {e}")
        return raw.decode(codec, "replace")


class Parse(HTMLParser):
    """Collect visible text, <a> links (with title attribute and text), <title>, <h1> and <meta> tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.links: list[str] = []
        self.anchors: list[dict] = []
        self.metas: dict[str, str] = {}
        self.title = ""
        self.h1 = ""
        self.skip = 0
        self.in_title = False
        self.in_h1 = False
        self.cur_a: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "h1":
            self.in_h1 = True
        elif tag == "a" and a.get("href") is not None:
            self.links.append(a["href"])
            self.cur_a = dict(href=a["href"], title=a.get("title"), text="")
            self.anchors.append(self.cur_a)
        elif tag == "meta" and a.get("name"):
            self.metas[a["name"]] = a.get("content") or ""

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        elif tag == "title":
            self.in_title = False
        elif tag == "h1":
            self.in_h1 = False
        elif tag == "a":
            self.cur_a = None

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif not self.skip:
            self.text.append(data)
            if self.in_h1:
                self.h1 += data
            if self.cur_a is not None:
                self.cur_a["text"] += data


_CACHE: dict[str, Parse] = {}
SITE: Path = Path(".")


def parse_html(path: str) -> Parse:
    if path not in _CACHE:
        p = Parse()
        p.feed(decode((SITE / path.lstrip("/")).read_bytes(), path))
        _CACHE[path] = p
    return _CACHE[path]


def text_of(path: str) -> str:
    return "".join(parse_html(path).text)


def html_of(path: str) -> str:
    return decode((SITE / path.lstrip("/")).read_bytes(), path)


def resolve(base_path: str, href: str) -> str | None:
    """Served path of a link, or None for javascript:/mailto:/pure fragments."""
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "#")):
        return None
    u = urlsplit(urljoin(BASE + base_path, href))
    if f"{u.scheme}://{u.netloc}" != BASE:
        return "EXTERNAL:" + href
    path = unquote(u.path)
    return path + "index.html" if path.endswith("/") else path


def date_patterns(d: date) -> list[str]:
    """The ways a page may write its publication date."""
    return [f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.year}年{d.month}月{d.day}日",
            f"{d.year}年{d.month:02d}月{d.day:02d}日", f"{d.year}/{d.month}/{d.day}",
            f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.year}.{d.month:02d}.{d.day:02d}",
            f"{d.year}{d.month:02d}{d.day:02d}"]


CONTENT = re.compile(r'id="(?:zoom|con_con|UCAP-CONTENT|articleText)"|class="(?:rm_txt_con cf|newsContent)"')


def paragraphs(path: str) -> list[str]:
    """Body paragraphs of an article (<p> contents of its content container, whitespace removed)."""
    html = html_of(path)
    m = CONTENT.search(html)
    if not m:
        return []
    region = html[m.end():]
    region = region[:region.find("</div>")]
    out = []
    for par in re.findall(r"<p[^>]*>(.*?)</p>", region, re.S):
        tx = re.sub(r"\s+", "", unescape(re.sub(r"<[^>]+>", "", par)))
        if tx:
            out.append(tx)
    return out


def body_chars(path: str) -> int:
    return sum(len(x) for x in paragraphs(path))


def feed_blocks(text: str, kind: str) -> list[str]:
    tag = "item" if kind == "rss" else "entry"
    return re.findall(rf"<{tag}\b.*?</{tag}>", text, re.S)


def check_feed(url: str, raw: bytes, kind: str) -> tuple[list[str], list[tuple[str, dict]]]:
    """Return (malformed blocks, [(link, dates)]) of a feed, checking well-formedness."""
    text = raw.decode("utf-8")
    blocks = feed_blocks(text, kind)
    ns = ' xmlns="http://www.w3.org/2005/Atom"' if kind == "atom" else ""
    bad, entries = [], []
    for b in blocks:
        try:
            el = ET.fromstring(f"<wrap{ns}>{b}</wrap>")[0]
        except ET.ParseError:
            bad.append(b)
            continue
        if kind == "rss":
            link = (el.findtext("link") or "").strip()
            dates = {"pubDate": (el.findtext("pubDate") or "").strip()}
        else:
            a = "{http://www.w3.org/2005/Atom}"
            link = next((lk.get("href") for lk in el.findall(a + "link") if lk.get("rel", "alternate") == "alternate"), "")
            dates = {k: (el.findtext(a + k) or "").strip() for k in ("published", "updated")}
        entries.append((unescape(link), dates))
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
    if bad:
        INFO.append(f"{url}: {len(blocks)} items, {len(bad)} malformed (whole feed parses: {whole_ok}); "
                    "parses once it is removed")
        if whole_ok:
            fail(f"{url}: malformed item does not make the feed ill-formed")
    else:
        INFO.append(f"{url}: {len(blocks)} items, all well-formed")
    return bad, entries


def feed_date(value: str) -> datetime | None:
    """Parse RFC 822 or ISO 8601 feed dates."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError):
        pass
    try:
        d = datetime.fromisoformat(value)
        return d if d.tzinfo else d.replace(tzinfo=BJ)
    except ValueError:
        return None


def load_sources(corpus: Path) -> list[dict]:
    src_text = (corpus / "sources.yaml").read_text(encoding="utf-8")
    try:
        import yaml  # optional
        return yaml.safe_load(src_text)["sources"]
    except ImportError:
        out, cur = [], None
        for line in src_text.splitlines():
            m = re.match(r"\s*(-\s+)?(\w+):\s*\"?(.*?)\"?\s*$", line)
            if not m or line.lstrip().startswith("#") or m.group(2) == "sources":
                continue
            if m.group(1):
                cur = {}
                out.append(cur)
            cur[m.group(2)] = m.group(3)
        return out


def main() -> int:
    global SITE
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / NAME
    SITE = corpus / "site"
    specific = corpus.name == NAME
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    INFO.append(f"gold.json and corpus.json are valid JSON; brief_date {meta['brief_date']}, "
                f"window_days {meta['window_days']}")
    if gold["brief_date"] != meta["brief_date"]:
        fail("gold.json and corpus.json disagree on brief_date")
    sources = load_sources(corpus)
    INFO.append(f"sources.yaml: {len(sources)} sources ({', '.join(s['kind'] for s in sources)})")
    name_of_host = {s["url"].split("/")[1]: s["name"] for s in sources}
    arts = gold["articles"]
    missing = {p for p, a in arts.items() if a["kind"] == "broken" and not (SITE / p.lstrip("/")).is_file()}
    threads = {t["id"]: t for t in gold["threads"]}

    # 1. threads and key facts -----------------------------------------------------------
    all_facts = [(t["id"], f) for t in gold["threads"] for f in t["key_facts"]]
    for i, (ta, fa) in enumerate(all_facts):
        for j, (tb, fb) in enumerate(all_facts):
            if i != j and fa in fb:
                fail(f"key fact {fa!r} ({ta}) is a substring of {fb!r} ({tb})")
    for t in gold["threads"]:
        texts = {p: text_of(p) for p in t["articles"]}
        for fct in t["key_facts"]:
            if not any(fct in tx for tx in texts.values()):
                fail(f"{t['id']}: key fact {fct!r} not found in any of its pages")
        if t["original"] not in t["articles"] or t["articles"][0] != t["original"]:
            fail(f"{t['id']}: original is not the first of its articles")
        for p in t["articles"]:
            a = arts.get(p)
            if not a or a.get("thread") != t["id"] or not a.get("relevant"):
                fail(f"{t['id']}: {p} not marked as relevant thread page in articles")
        o = arts[t["original"]]
        if o["kind"] != "original" or o["publisher"] != t["publisher"]:
            fail(f"{t['id']}: original page kind/publisher mismatch")
        others = [p for p in t["articles"] if arts[p]["kind"] != "original"]
        if not 1 <= len(others) <= 3 or len(t["articles"]) > 4:
            fail(f"{t['id']}: {len(t['articles'])} pages, {len(others)} reprints/commentaries (want 1-3, at most 4 pages)")
        if not 1 <= t["importance"] <= 3:
            fail(f"{t['id']}: importance {t['importance']} not in 1..3")
        for d in t.get("deadlines", []):
            dd = date.fromisoformat(d["date"])
            lit = f"{dd.year}年{dd.month}月{dd.day}日"
            if not any(lit in tx for tx in texts.values()):
                fail(f"{t['id']}: deadline {d['date']} is not written as {lit} in its pages")
        INFO.append(f"{t['id']} (importance {t['importance']}): {len(t['articles'])} pages from "
                    f"{len({arts[p]['publisher'] for p in t['articles']})} publishers, {len(t['key_facts'])} key facts found, "
                    f"{len(t.get('deadlines', []))} deadline(s)")
    for p, a in arts.items():
        want = name_of_host.get(p.split("/")[1])
        if a["publisher"] != want:
            fail(f"{p}: publisher {a['publisher']!r} is not the registry name {want!r}")
        if a["relevant"] != (a["kind"] in ("original", "reprint", "commentary")):
            fail(f"{p}: relevant flag disagrees with kind {a['kind']}")
        if a["kind"] not in ("original", "reprint", "commentary", "distractor", "stale", "broken"):
            fail(f"{p}: unknown kind {a['kind']}")
        date.fromisoformat(a["published"])

    # 2. list pages and feeds: every link resolves; dates agree with gold --------------------
    seen_missing: dict[str, str] = {}
    malformed: dict[str, list[str]] = {}
    feed_entries: dict[str, list[tuple[str, dict]]] = {}
    for s in sources:
        url = s["url"]
        raw = (SITE / url.lstrip("/")).read_bytes()
        if s["kind"] == "listpage":
            pr = parse_html(url)
            links = pr.links
            html = html_of(url)
        else:
            bad, entries = check_feed(url, raw, s["kind"])
            malformed[url] = bad
            feed_entries[url] = entries
            links = [lk for lk, _ in entries]
            for lk, dates in entries:
                r = resolve(url, lk)
                a = arts.get(r or "")
                if not a:
                    continue
                for k, v in dates.items():
                    if not v:
                        continue
                    d = feed_date(v)
                    if d is None:
                        fail(f"{url}: unparsable {k} {v!r} for {r}")
                    elif k != "updated" and d.astimezone(BJ).date().isoformat() != a["published"]:
                        fail(f"{url}: {k} {v} is not gold date {a['published']} for {r}")
        n_ok = 0
        for h in links:
            r = resolve(url, h)
            if r is None:
                continue
            if r.startswith("EXTERNAL:"):
                fail(f"{url}: external link {r[9:]}")
                continue
            if (SITE / r.lstrip("/")).is_file():
                n_ok += 1
                if s["kind"] == "listpage" and r in arts:
                    pos = html.find(f'href="{h}"')
                    line_start = html.rfind("\n", 0, pos) + 1
                    near = html[line_start:html.find("\n", pos)] if pos >= 0 else ""
                    pub = date.fromisoformat(arts[r]["published"])
                    shown = [pub.isoformat(), f"{pub.year}/{pub.month:02d}/{pub.day:02d}",
                             f"{pub.year}.{pub.month:02d}.{pub.day:02d}", f"{pub.month:02d}-{pub.day:02d} "]
                    if not any(x in near for x in shown):
                        fail(f"{url}: no date {pub} shown next to {r}")
            elif r in missing:
                seen_missing[r] = url
                INFO.append(f"{url}: deliberate 404 {r}")
            else:
                fail(f"{url}: link {h} -> {r} does not resolve")
        INFO.append(f"{url}: {n_ok} links resolve")
    if set(seen_missing) != missing:
        fail(f"broken (missing) gold articles not linked from any list/feed: {missing - set(seen_missing)}")

    # 3. every article file is in gold; every gold article exists unless it is a 404 --------
    homes = {f"/{h.name}/index.html" for h in SITE.iterdir()} | {f"/{h.name}/index.shtml" for h in SITE.iterdir()}
    nonarticle = {s["url"] for s in sources} | homes
    files = {"/" + f.relative_to(SITE).as_posix() for f in SITE.rglob("*") if f.is_file()}
    art_files = {f for f in files if f not in nonarticle and not f.endswith((".png", ".jpg", ".gif"))}
    for f in sorted(art_files - set(arts)):
        fail(f"article file not in gold.json: {f}")
    for p in sorted(set(arts) - files - missing):
        fail(f"gold article has no file: {p}")
    for p in sorted(files - {f for f in files if f.endswith((".png", ".xml"))}):
        for h in parse_html(p).links:
            r = resolve(p, h)
            if r and not r.startswith("EXTERNAL:") and not (SITE / r.lstrip("/")).is_file() and r not in missing:
                fail(f"{p}: internal link {h} does not resolve")
    hosts_with_home = {h.name for h in SITE.iterdir() if (h / "index.html").is_file() or (h / "index.shtml").is_file()}
    if hosts_with_home != set(name_of_host):
        fail(f"hosts without a home page: {set(name_of_host) - hosts_with_home}")

    # 4. window sanity; stale pages carry other figures --------------------------------------
    bd = date.fromisoformat(meta["brief_date"])
    start = bd - timedelta(days=meta["window_days"])
    for p, a in arts.items():
        d = date.fromisoformat(a["published"])
        if a["relevant"] and not (start <= d <= bd):
            fail(f"relevant page outside window: {p} {d}")
        if a["kind"] == "stale" and start <= d:
            fail(f"stale page inside window: {p} {d}")
        if a["kind"] in ("distractor", "broken") and not (start <= d <= bd):
            fail(f"distractor/broken page outside the window: {p} {d}")
    stale = [p for p, a in arts.items() if a["kind"] == "stale"]
    numeric = [(t["id"], f) for t in gold["threads"] for f in t["key_facts"]
               if "《" not in f and re.search(rf"[\d{CJK_NUM}]", f)]
    for p in stale:
        tx = text_of(p)
        for tid, f in numeric:
            if f in tx:
                fail(f"stale page {p} repeats {tid}'s key figure {f!r}")
    kinds: dict[str, int] = {}
    for a in arts.values():
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    far = [p for p in stale if date.fromisoformat(arts[p]["published"]) <= start - timedelta(days=60)]
    INFO.append(f"window {start} … {bd}; article kinds: {dict(sorted(kinds.items()))}; "
                f"stale pages two months or more before the window: {len(far)}")

    # 5. encodings: GBK files really are GBK; the others are UTF-8 ---------------------------
    strict_fail = []
    for f in sorted(files):
        if f.endswith(".png"):
            continue
        raw = (SITE / f.lstrip("/")).read_bytes()
        cs = charset_of(raw)
        if cs in ("gbk", "gb2312"):
            try:
                raw.decode("utf-8")
                fail(f"{f}: declares {cs} but is valid UTF-8")
            except UnicodeDecodeError:
                pass
            raw.decode("gbk")
            try:
                raw.decode("gb2312")
            except UnicodeDecodeError:
                strict_fail.append(f)
        else:
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                fail(f"{f}: declares {cs or 'nothing'} but is not UTF-8")
    gbk_files = [f for f in files if not f.endswith(".png") and charset_of((SITE / f.lstrip("/")).read_bytes()) in ("gbk", "gb2312")]
    INFO.append(f"{len(gbk_files)} GBK-encoded files with a gb2312/gbk label; "
                f"{len(strict_fail)} of them fail a strict gb2312 decoder")

    # 6. dates: which non-broken article has no date of its own except in its URL ------------
    undated = []
    for p in sorted(art_files):
        a = arts[p]
        if a["kind"] == "broken":
            continue
        pr = parse_html(p)
        d = date.fromisoformat(a["published"])
        blob = "".join(pr.text) + " ".join(pr.metas.values())
        if not any(x in blob for x in date_patterns(d)):
            undated.append(p)
            if not re.search(rf"/{d.year}/?{d.month:02d}/?{d.day:02d}/", p):
                fail(f"{p}: no date in the page and none in its URL")
    INFO.append(f"pages whose date is only in their URL: {undated}")

    # 7. synthetic mark, masked numbers ------------------------------------------------------
    for f in sorted(files):
        if f.endswith(".png"):
            continue
        tx = decode((SITE / f.lstrip("/")).read_bytes(), f)
        if "synthetic test" not in tx:
            fail(f"{f}: no synthetic-test-data mark")
        for m in re.finditer(r"(?:(?<![\w-])0\d{2,3}-[0-9X]{7,8}|ICP[备证][0-9X]+号|公网安备[0-9X]+号)", tx):
            if "X" not in m.group(0):
                fail(f"{f}: unmasked number {m.group(0)}")

    # 8. faults specific to this corpus ------------------------------------------------------
    if specific:
        check_specific(corpus, gold, arts, threads, kinds, stale, far, seen_missing, malformed, feed_entries,
                       strict_fail, undated, start, bd)

    # 9. no absolute local paths in the corpus files, the generator or this script -----------
    pat = re.compile("|".join(re.escape("/" + w + "/") for w in ("work", "home", "tmp", "root", "Users", "mnt")))
    scan = [f for f in corpus.rglob("*") if f.is_file()]
    scan += [corpus.parent / f"make_{corpus.name}.py", corpus.parent / f"check_{corpus.name}.py"]
    for f in scan:
        if f.suffix == ".png" or not f.is_file():
            continue
        raw = f.read_bytes()
        cs = charset_of(raw) or "utf-8"
        tx = raw.decode("gb18030" if cs in ("gb2312", "gbk") else cs, "replace")
        if pat.search(tx):
            fail(f"absolute local path in {f.name}")

    size = sum(f.stat().st_size for f in corpus.rglob("*") if f.is_file())
    INFO.append(f"corpus size {size / 1024:.0f} KiB")
    if size > 2 * 1024 * 1024:
        fail("corpus is larger than 2 MB")
    print("\n".join("ok   " + i for i in INFO))
    print("\n".join("FAIL " + x for x in FAIL) or "all checks passed")
    print(f"files under site/: {len(files)}; article pages: {len(art_files)}; gold articles: {len(arts)}")
    return 1 if FAIL else 0


def norm_punct(s: str) -> str:
    """Headline with punctuation and spaces unified (full-width → ASCII, dashes → '-')."""
    s = s.replace("（", "(").replace("）", ")").replace("—", "-").replace("　", " ")
    return re.sub(r"\s+", " ", s).strip()


def check_specific(corpus: Path, gold: dict, arts: dict, threads: dict, kinds: dict, stale: list, far: list,
                   seen_missing: dict, malformed: dict, feed_entries: dict, strict_fail: list, undated: list,
                   start: date, bd: date) -> None:
    """The deliberate features listed in this corpus's README."""
    # sizes
    if not 24 <= kinds.get("distractor", 0) <= 30:
        fail(f"{kinds.get('distractor', 0)} distractors (want about 25)")
    if len(far) < 5:
        fail(f"only {len(far)} stale pages months before the window (want 5-6)")
    if len(threads) != 6 or {t["importance"] for t in threads.values()} != {1, 2, 3}:
        fail("want six threads with importance 1, 2 and 3")
    # a stale page just before the window, shown without a year
    edge = [p for p in stale if start - timedelta(days=3) <= date.fromisoformat(arts[p]["published"]) < start]
    if len(edge) != 1:
        fail(f"want one stale page just before the window, got {edge}")
    # window edges covered by relevant pages
    rel_dates = {arts[p]["published"] for p in arts if arts[p]["relevant"]}
    if start.isoformat() not in rel_dates or bd.isoformat() not in rel_dates:
        fail("want relevant pages dated on the window's first day and on the brief date")
    # 1. the 404
    cn_list = "/www.cnipa.gov.cn/col/col53/index.html"
    if list(seen_missing.values()) != [cn_list]:
        fail(f"want exactly one 404 link, on the CNIPA list, got {seen_missing}")
    # 2. one malformed feed item, in the people feed; bare & and an undefined entity; link -> distractor
    people = "/www.people.com.cn/rss/ywkx.xml"
    bad = [b for v in malformed.values() for b in v]
    if len(bad) != 1 or len(malformed.get(people, [])) != 1:
        fail(f"want exactly one malformed feed item, in {people}")
    else:
        b = bad[0]
        if not re.search(r"&(?![a-zA-Z#][a-zA-Z0-9]*;)", b) or "&nbsp;" not in b:
            fail("the malformed item lacks a bare & or an undefined entity")
        link = re.search(r"<link>(.*?)</link>", b, re.S).group(1)
        r = resolve(people, link.split("?")[0])
        if arts.get(r, {}).get("kind") != "distractor" or not (SITE / r.lstrip("/")).is_file():
            fail(f"the malformed item's link {link} does not point at an existing distractor")
    # 3. the empty page
    empty = "/www.ndrc.gov.cn/xwdt/xwfb/202609/t20260902_1403352.html"
    pe = parse_html(empty)
    if arts[empty]["kind"] != "broken" or pe.title.strip() or body_chars(empty) > 0 or "新质生产力" in text_of(empty):
        fail("empty page is not empty/broken")
    # 4. the huge-nav page
    huge = threads["T5"]["articles"][1]
    ph = parse_html(huge)
    INFO.append(f"huge-nav page {huge}: {len(ph.links)} links, body {body_chars(huge)} characters")
    if len(ph.links) < 300 or body_chars(huge) > 120 or "<img" not in html_of(huge):
        fail("huge-nav page lacks a huge nav, an image or has a long body")
    # 5. date only in the URL (and no pubDate in its feed item)
    t2c = "/www.people.com.cn/n1/2026/0901/c1003-40563827.html"
    if undated != [t2c]:
        fail(f"want exactly the 人民网评 on T2 as date-only-in-URL page, got {undated}")
    if any(lk == t2c and d.get("pubDate") for lk, d in feed_entries[people]):
        fail("the date-only-in-URL page has a pubDate in the feed")
    if not any(lk == t2c for lk, _ in feed_entries[people]):
        fail("the date-only-in-URL page is not in the people feed")
    # 6. the two-page article
    p1, p2 = threads["T3"]["articles"][0], threads["T3"]["articles"][1]
    m = re.search(r'<a href="([^"]+)">下一页</a>', html_of(p1))
    if not m or resolve(p1, m.group(1)) != p2 or "第1页" not in html_of(p1):
        fail("page 1 of the split article has no 第1页/下一页 link to page 2")
    only2 = [f for f in threads["T3"]["key_facts"] if f in text_of(p2)
             and not any(f in text_of(q) for q in threads["T3"]["articles"] if q != p2)]
    INFO.append(f"split article: key facts found only on page 2: {only2}")
    if not only2 or arts[p2]["kind"] != "original" or threads["T3"]["original"] != p1:
        fail("split article: page 2 must be kind original and carry facts found nowhere else")
    if p2 in html_of("/www.ndrc.gov.cn/xwdt/xwfb/index.html"):
        fail("page 2 of the split article should not be on the list page")
    # 7. 成文日期 ≠ 发布日期 on the gov.cn reprint
    t1r = "/www.gov.cn/zhengce/zhengceku/202608/content_7041236.htm"
    tx = text_of(t1r)
    w = re.search(r"成文日期：(\d{4}年\d{2}月\d{2}日)", tx)
    pb = re.search(r"发布日期：(\d{4}年\d{2}月\d{2}日)", tx)
    if not w or not pb or w.group(1) == pb.group(1):
        fail("gov.cn T1 reprint lacks differing 成文日期/发布日期")
    # 8. truncated list titles with the full title in title=
    trunc = [a for a in parse_html(cn_list).anchors if a["text"].endswith("...")]
    ok = [a for a in trunc if a["title"] and a["title"].startswith(a["text"][:-3]) and len(a["title"]) > len(a["text"]) - 3]
    INFO.append(f"CNIPA list: {len(trunc)} titles truncated with '...', full title in title= for {len(ok)}")
    if not trunc or len(ok) != len(trunc):
        fail("CNIPA list has no truncated titles with full title= attributes")
    for a in ok:
        r = resolve(cn_list, a["href"])
        if r not in seen_missing and parse_html(r).title.split(" - ")[0] != a["title"]:
            fail(f"CNIPA list title= {a['title']!r} is not the page's title")
    # 9. <title> is only the site name; the headline only in <h1>
    only_name = sorted(p for p in arts if (SITE / p.lstrip("/")).is_file() and parse_html(p).title.strip() in SITE_NAMES)
    t1j = "/www.miit.gov.cn/zwgk/zcjd/art/2026/art_4f8a2d6c0e1b4937b5a8c3d2e1f0a9b6.html"
    if only_name != [t1j]:
        fail(f"want exactly one page whose <title> is the site name, got {only_name}")
    pj = parse_html(t1j)
    if "ArticleTitle" in pj.metas or "答记者问" not in pj.h1:
        fail("the site-name-titled page must carry its headline only in <h1>")
    # 10. GBK characters outside GB2312
    need = {threads["T2"]["original"], "/www.jiangsu.gov.cn/art/2026/8/27/art_64797_11621054.html",
            "/www.jiangsu.gov.cn/col/col60085/index.html"}
    if not need <= set(strict_fail):
        fail(f"Jiangsu pages that should fail a strict gb2312 decoder: {sorted(need - set(strict_fail))}")
    js_files = [f for f in SITE.joinpath("www.jiangsu.gov.cn").rglob("*.html")]
    if any(charset_of(f.read_bytes()) != "gb2312" for f in js_files):
        fail("every Jiangsu page should declare charset=gb2312")
    # 11. GMT dates crossing midnight; the list without years
    crossing = [lk for lk, d in feed_entries["/www.gov.cn/rss/zhengce.xml"]
                if d["pubDate"].endswith("GMT") and feed_date(d["pubDate"]).date().isoformat()
                != feed_date(d["pubDate"]).astimezone(BJ).date().isoformat()]
    INFO.append(f"gov.cn items whose GMT date is the day before the Beijing date: {crossing}")
    if threads["T1"]["articles"][2] not in crossing:
        fail("the gov.cn T1 reprint's GMT pubDate should fall on the previous day")
    cy_list = "/www.example-cyjj.cn/cyzx/index.shtml"
    if re.search(r'<span class="time">\d{4}', html_of(cy_list)) or not re.search(r'<span class="time">\d\d-\d\d \d\d:\d\d', html_of(cy_list)):
        fail("中经产业网 list should show MM-DD HH:MM without a year")
    upd = [d for lk, d in feed_entries["/www.miit.gov.cn/atom/wjfb.xml"] if lk == threads["T1"]["original"]]
    if not upd or upd[0]["updated"][:10] == upd[0]["published"][:10]:
        fail("the MIIT T1 entry should have updated on a later day than published")
    # 12. reprints: verbatim (headline punctuation only), boilerplate only, one added sentence
    t1o = threads["T1"]["original"]
    if not paragraphs(t1o) or paragraphs(t1o) != paragraphs(t1r):
        fail("gov.cn T1 reprint body is not verbatim")
    ho, hr = parse_html(t1o).h1, parse_html(t1r).h1
    if ho == hr or norm_punct(ho).replace(" ", "") != norm_punct(hr).replace(" ", ""):
        fail(f"gov.cn T1 reprint headline should differ from the original only in punctuation: {ho!r} / {hr!r}")
    t4o, t4r = threads["T4"]["original"], threads["T4"]["articles"][1]
    b4o = [x for x in paragraphs(t4o) if not x.startswith("《人民日报》")]
    b4r = [x for x in paragraphs(t4r) if not x.startswith("（责任编辑")]
    if not b4o or b4o != b4r or parse_html(t4o).h1.strip() != parse_html(t4r).h1.strip():
        fail("中经产业网 T4 reprint should have the same headline and body as the 人民网 original")
    t2o, t2r = threads["T2"]["original"], threads["T2"]["articles"][1]
    b2o = paragraphs(t2o)
    b2r = [x for x in paragraphs(t2r) if not x.startswith("（责任编辑")]
    extra = [x for x in b2r if x not in b2o]
    if not b2o or b2r[:len(b2o)] != b2o or len(extra) != 1:
        fail(f"中经产业网 T2 reprint should be the original plus one sentence, extra: {extra}")
    for tid, rp, orig_name in (("T1", t1r, "工业和信息化部"), ("T2", t2r, "江苏省人民政府"), ("T4", t4r, "人民网"),
                               ("T3", threads["T3"]["articles"][2], "国家发展改革委"),
                               ("T6", threads["T6"]["articles"][1], "华夏新兴产业促进会")):
        if not re.search(rf"来源：{orig_name}", text_of(rp)):
            fail(f"{tid} reprint {rp} has no 来源 line naming {orig_name}")
    # 13. commentaries quoting exactly two key facts
    for tid, cp in (("T1", "/www.people.com.cn/n1/2026/0829/c1003-40561488.html"), ("T2", t2c),
                    ("T3", "/www.example-cyjj.cn/cyzx/202608/30/t20260830_3925386.shtml"),
                    ("T4", "/www.example-hxxc.org.cn/hygc/2026/0902/1537.html")):
        got = [f for f in threads[tid]["key_facts"] if "《" not in f and f in text_of(cp)]
        INFO.append(f"{tid} commentary {cp}: quotes {got}")
        if len(got) != 2:
            fail(f"{tid} commentary quotes {len(got)} key figures, want 2")
    # 14. Chinese-numeral key facts
    cjk = [f for t in gold["threads"] for f in t["key_facts"]
           if "《" not in f and re.search(rf"[{CJK_NUM}]", f) and not re.search(r"\d", f)]
    INFO.append(f"key facts written in Chinese numerals: {cjk}")
    if len(cjk) < 2:
        fail("want key facts written in Chinese numerals")
    # 15. effective dates and 截至 dates are not deadlines; deadline phrasing varies
    deadline_dates = {d["date"] for t in gold["threads"] for d in t["deadlines"]}
    for t in gold["threads"]:
        for p in t["articles"]:
            tx = text_of(p)
            for m in re.finditer(r"(\d{4})年(\d{1,2})月(\d{1,2})日起施行", tx):
                iso_d = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
                if iso_d in deadline_dates:
                    fail(f"{t['id']}: effective date {iso_d} is listed as a deadline")
    eff = [f for f in threads["T2"]["key_facts"] if re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", f)
           and f + "起施行" in text_of(threads["T2"]["original"])]
    if not eff:
        fail("T2 should have an effective date (…起施行) as a key fact")
    as_of = sorted({m.group(0) for t in gold["threads"] for p in t["articles"]
                    for m in re.finditer(r"截至\d{4}年\d{1,2}月底", text_of(p))})
    INFO.append(f"'as of' dates in thread pages (not deadlines): {as_of}")
    if len(as_of) < 2:
        fail("want 截至…底 'as of' dates in thread pages")
    phr = {"前报送" if any("前报送" in text_of(p) or "前将" in text_of(p) for p in t["articles"]) else
           "截止日期为" if any("截止日期为" in text_of(p) for p in t["articles"]) else
           "截止时间为" if any("截止时间为" in text_of(p) for p in t["articles"]) else "?"
           for t in gold["threads"] if t["deadlines"]}
    INFO.append(f"deadline phrasings: {sorted(phr)}")
    if "?" in phr or len(phr) < 3:
        fail(f"deadline phrasings should vary (…前报送, 截止日期为…, 截止时间为…): {phr}")
    # 16. the generator is deterministic
    gen = corpus.parent / f"make_{NAME}.py"
    if gen.is_file():
        with tempfile.TemporaryDirectory() as td:
            copy = Path(td) / gen.name
            copy.write_bytes(gen.read_bytes())
            subprocess.run([sys.executable, str(copy)], check=True, capture_output=True)
            if tree_hash(Path(td) / NAME) != tree_hash(corpus):
                fail("regenerating the corpus gives different files (not deterministic, or stale output)")
            else:
                INFO.append("regenerating the corpus gives identical files")


def tree_hash(root: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(root.rglob("*")):
        if f.is_file():
            h.update(f.relative_to(root).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()


if __name__ == "__main__":
    sys.exit(main())
