#!/usr/bin/env python3
"""Check the synthetic corpus own-2026-10-20 (or another corpus folder given as argument).

Generic checks (any corpus in the FORMAT.md layout):
  gold.json / corpus.json / sources.yaml readable; thread bookkeeping (original among the
  articles and of kind original, publishers are the registry names of the hosting sites,
  relevant flags agree with kinds); every key fact is a literal string of the visible text of
  at least one page of its thread, and no key fact is a substring of another; every link on list
  pages and in feeds resolves to a file, except gold "broken" pages without a file, each of which
  must be linked; internal links of article pages resolve; feeds parse once their individually
  malformed items are removed; every article file is in gold.json and vice versa.
  Dates agree: list-page dates (also "10月19日 09:12" without a year), feed dates (RFC 822 in
  GMT converted to Beijing time, bare "YYYY-MM-DD HH:MM:SS", Atom published) and dates encoded
  in URLs equal gold "published"; every non-broken article shows its gold date in its text or
  meta tags, except pages whose date is deliberately only in the URL. Window sanity (relevant
  pages inside, stale pages outside; stale pages do not repeat numeric key facts).
  Encodings agree: declared charset vs. bytes (GBK-labelled files are not UTF-8 and decode as
  GBK; UTF-8 files decode as UTF-8); feeds decode as their XML declaration says.
  Hygiene: every HTML page carries the synthetic-data comment; phone/ICP numbers are masked with
  X; no absolute local paths.

Fault checks specific to own-2026-10-20 (skipped for other corpora): two 404s on two list
pages; exactly one malformed feed item; the empty page; the huge-nav page; the date-only-in-URL
page; the two-page article with facts only on page 2; the reprint with a changed headline and
exactly two added sentences; truncated list titles with the full title in title=; pages whose
<title> is only the site name; the stale page one day before the window.

Usage: python3 check_own-2026-10-20.py [CORPUS_DIR]      (default: ./own-2026-10-20)
Exit status 0 when everything expected holds.
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
BJ = timezone(timedelta(hours=8))
MARK_WORDS = "synthetic test"
FAIL: list[str] = []
INFO: list[str] = []


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
    """Visible text, <a href> links (with their text and title=), meta contents and <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.links: list[tuple[str, str | None]] = []
        self.link_texts: list[str] = []
        self.metas: list[str] = []
        self.title = ""
        self._skip = 0
        self._in_title = False
        self._in_a = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta" and a.get("content"):
            self.metas.append(a["content"])
        elif tag == "a" and a.get("href") is not None:
            self.links.append((a["href"], a.get("title")))
            self.link_texts.append("")
            self._in_a = True

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        elif tag == "a":
            self._in_a = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
            return
        if self._skip:
            return
        self.text.append(data)
        if self._in_a and self.link_texts:
            self.link_texts[-1] += data


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
    return [f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.year}年{d.month}月{d.day}日",
            f"{d.year}年{d.month:02d}月{d.day:02d}日", f"{d.year}/{d.month}/{d.day}",
            f"{d.year}/{d.month:02d}/{d.day:02d}"]


def url_date(path: str) -> tuple[date | None, str | None]:
    """Date (or year-month) encoded in a URL: t20261016_, /2026/1019/, /20261019/, /202610/."""
    for rx in (r"/t(\d{4})(\d{2})(\d{2})_", r"/(\d{4})/(\d{2})(\d{2})/", r"/(\d{4})(\d{2})(\d{2})/"):
        m = re.search(rx, path)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3])), None
            except ValueError:
                return None, None
    m = re.search(r"/(20\d{2})(\d{2})/", path)
    return (None, f"{m[1]}-{m[2]}") if m else (None, None)


def list_date(block: str, year: int, brief: date) -> date | None:
    """The date shown in one list row (li/tr), with or without a year."""
    m = re.search(r"(20\d{2})-(\d{2})-(\d{2})", block)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    m = re.search(r"(\d{1,2})月(\d{1,2})日\s*\d{1,2}:\d{2}", block)
    if m:
        d = date(year, int(m[1]), int(m[2]))
        return d if d <= brief else date(year - 1, d.month, d.day)
    return None


def feed_date(value: str) -> date | None:
    value = value.strip()
    try:
        if re.match(r"^[A-Z][a-z]{2}, ", value):
            return parsedate_to_datetime(value).astimezone(BJ).date()
        if re.match(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", value):
            return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").date()
        return datetime.fromisoformat(value).astimezone(BJ).date()
    except (TypeError, ValueError):
        return None


def feed_blocks(text: str, kind: str) -> list[str]:
    tag = "item" if kind == "rss" else "entry"
    return re.findall(rf"<{tag}\b.*?</{tag}>", text, re.S)


def check_feed(url: str, raw: bytes, kind: str) -> tuple[list[tuple[str, str | None]], int]:
    """Links with their feed dates, and the number of malformed items."""
    m = re.match(rb'<\?xml[^>]*encoding="([^"]+)"', raw)
    enc = m.group(1).decode().lower() if m else "utf-8"
    try:
        text = raw.decode(enc)
    except UnicodeDecodeError as e:
        fail(f"{url}: does not decode as its XML declaration's {enc}: {e}")
        return [], 0
    blocks = feed_blocks(text, kind)
    ns = ' xmlns="http://www.w3.org/2005/Atom"' if kind == "atom" else ""
    bad = []
    for b in blocks:
        try:
            ET.fromstring(f"<wrap{ns}>{b}</wrap>")
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
        ET.fromstring(rest.encode(enc))
    except ET.ParseError as e:
        fail(f"{url}: does not parse even without its {len(bad)} malformed item(s): {e}")
    if bad and whole_ok:
        fail(f"{url}: malformed item does not make the feed ill-formed")
    INFO.append(f"{url}: {len(blocks)} {kind} items, {len(bad)} malformed (whole feed parses: {whole_ok})")
    out = []
    for b in blocks:
        links = [unescape(x) for x in re.findall(r"<link>(.*?)</link>", b)]
        links += [unescape(x) for x in re.findall(r"<link[^>]*href=\"([^\"]+)\"", b)]
        dm = (re.search(r"<pubDate>(.*?)</pubDate>", b) or re.search(r"<published>(.*?)</published>", b)
              or re.search(r"<updated>(.*?)</updated>", b))
        for h in links:
            out.append((h, dm.group(1) if dm else None))
    return out, len(bad)


def load_sources(corpus: Path) -> list[dict]:
    text = (corpus / "sources.yaml").read_text(encoding="utf-8")
    try:
        import yaml  # optional
        return yaml.safe_load(text)["sources"]
    except ImportError:
        out: list[dict] = []
        for line in text.splitlines():
            m = re.match(r"\s*(-\s+)?(\w+):\s*\"?(.*?)\"?\s*$", line)
            if not m or m[2] == "sources":
                continue
            if m[1]:
                out.append({})
            out[-1][m[2]] = m[3]
        return out


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "own-2026-10-20"
    site = corpus / "site"
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    sources = load_sources(corpus)
    INFO.append(f"gold.json, corpus.json valid; sources.yaml: {len(sources)} sources")
    arts = gold["articles"]
    threads = gold["threads"]
    brief = date.fromisoformat(meta["brief_date"])
    start = brief - timedelta(days=meta["window_days"])
    if gold.get("brief_date") != meta["brief_date"]:
        fail("gold.json and corpus.json disagree on brief_date")
    name_of_host = {s["url"].split("/")[1]: s["name"] for s in sources}
    exists = {p: (site / p.lstrip("/")).is_file() for p in arts}
    missing = {p for p, a in arts.items() if a["kind"] == "broken" and not exists[p]}

    # 1. threads and key facts
    all_facts = [(f, t["id"]) for t in threads for f in t["key_facts"]]
    for i, (fa, ta) in enumerate(all_facts):
        for j, (fb, tb) in enumerate(all_facts):
            if i != j and fa in fb:
                fail(f"key fact {fa!r} ({ta}) is a substring of {fb!r} ({tb})")
    for t in threads:
        for p in t["articles"]:
            if not exists.get(p):
                fail(f"{t['id']}: article {p} has no file")
        texts = {p: text_of(site, p) for p in t["articles"] if exists.get(p)}
        for fct in t["key_facts"]:
            if not any(fct in tx for tx in texts.values()):
                fail(f"{t['id']}: key fact {fct!r} not found in any of its pages")
        if t["original"] not in t["articles"] or t["articles"][0] != t["original"]:
            fail(f"{t['id']}: original is not the first of its articles")
        for p in t["articles"]:
            a = arts.get(p)
            if not a or a.get("thread") != t["id"] or not a.get("relevant"):
                fail(f"{t['id']}: {p} not marked as a relevant page of the thread")
        o = arts[t["original"]]
        if o["kind"] != "original" or o["publisher"] != t["publisher"]:
            fail(f"{t['id']}: original page kind/publisher mismatch")
        for d in t.get("deadlines", []):
            dd = date.fromisoformat(d["date"])
            if not any(any(x in tx for x in date_patterns(dd)) for tx in texts.values()):
                fail(f"{t['id']}: deadline {d['date']} not written in any of its pages")
        INFO.append(f"{t['id']} (importance {t['importance']}): {len(t['articles'])} pages, "
                    f"{len(t['key_facts'])} key facts found, {len(t.get('deadlines', []))} deadlines")
    for p, a in arts.items():
        want = name_of_host.get(p.split("/")[1])
        if a["publisher"] != want:
            fail(f"{p}: publisher {a['publisher']!r} is not the registry name {want!r}")
        if a["relevant"] != (a["kind"] in ("original", "reprint", "commentary")):
            fail(f"{p}: relevant flag disagrees with kind {a['kind']}")
        if a["relevant"] and not any(p in t["articles"] for t in threads):
            fail(f"{p}: relevant but in no thread")

    # 2. list pages and feeds: links resolve, dates agree with gold
    seen_missing: dict[str, str] = {}
    malformed_total = 0
    for s in sources:
        url = s["url"]
        raw = (site / url.lstrip("/")).read_bytes()
        pairs: list[tuple[str, str | None, str]] = []  # href, shown date, how
        if s["kind"] == "listpage":
            html = decode(raw, url)
            for block in re.findall(r"<(li|tr)\b(.*?)</\1>", html, re.S):
                body = block[1]
                hrefs = re.findall(r"<a\b[^>]*href=\"([^\"]+)\"", body)
                d = list_date(body, brief.year, brief)
                for h in hrefs:
                    pairs.append((unescape(h), d.isoformat() if d else None, "list"))
        else:
            links, nbad = check_feed(url, raw, s["kind"])
            malformed_total += nbad
            for h, v in links:
                d = feed_date(v) if v else None
                if v and d is None:
                    fail(f"{url}: unparsable feed date {v!r}")
                pairs.append((h, d.isoformat() if d else None, "feed"))
        n_ok = 0
        for h, shown, how in pairs:
            r = resolve(url, h)
            if r is None:
                continue
            if r.startswith("EXTERNAL:"):
                fail(f"{url}: external link {r[9:]}")
                continue
            if r in arts and shown and shown != arts[r]["published"]:
                fail(f"{url}: {how} date {shown} is not gold date {arts[r]['published']} for {r}")
            if (site / r.lstrip("/")).is_file():
                n_ok += 1
            elif r in missing:
                seen_missing[r] = url
            else:
                fail(f"{url}: link {h} -> {r} does not resolve")
        INFO.append(f"{url}: {n_ok} links resolve")
    if set(seen_missing) != missing:
        fail(f"broken (missing) gold articles not linked from any list/feed: {missing - set(seen_missing)}")
    for r, u in sorted(seen_missing.items()):
        INFO.append(f"deliberate 404 {r} (linked from {u})")

    # 3. files vs gold; internal links
    list_urls = {s["url"] for s in sources}
    homes = {f"/{h.name}/index.html" for h in site.iterdir()}
    files = {"/" + f.relative_to(site).as_posix() for f in site.rglob("*") if f.is_file()}
    art_files = {f for f in files if f not in list_urls | homes}
    for f in sorted(art_files - set(arts)):
        fail(f"article file not in gold.json: {f}")
    for p in sorted(set(arts) - files - missing):
        fail(f"gold article has no file: {p}")
    for p in sorted(files - {u for u in list_urls if u.endswith(".xml")}):
        for h, _ in parse_html(site, p).links:
            r = resolve(p, h)
            if r and r.startswith("EXTERNAL:"):
                fail(f"{p}: external link {h}")
            elif r and not (site / r.lstrip("/")).is_file() and r not in missing:
                fail(f"{p}: internal link {h} does not resolve")

    # 4. dates: URL dates, page dates, window
    undated = []
    for p, a in arts.items():
        d = date.fromisoformat(a["published"])
        ud, ym = url_date(p)
        if ud and ud != d:
            fail(f"{p}: URL date {ud} is not gold date {d}")
        if ym and ym != f"{d.year}-{d.month:02d}":
            fail(f"{p}: URL month {ym} is not gold month of {d}")
        if a["relevant"] and not (start <= d <= brief):
            fail(f"relevant page outside window: {p} {d}")
        if a["kind"] == "stale" and start <= d:
            fail(f"stale page inside window: {p} {d}")
        if d > brief:
            fail(f"page dated after the brief date: {p} {d}")
        if not exists[p] or a["kind"] == "broken":
            continue
        ph = parse_html(site, p)
        shown = "".join(ph.text) + " " + " ".join(ph.metas)
        if not any(x in shown for x in date_patterns(d)) and not re.search(
                rf"{d.year}-{d.month:02d}-{d.day:02d}", shown):
            undated.append(p)
    for p in undated:
        if not url_date(p)[0]:
            fail(f"{p}: shows no date and has none in its URL")
    INFO.append(f"pages whose date is only in the URL: {undated}")
    for t in threads:
        nums = [f for f in t["key_facts"] if re.search(r"\d", f) and not re.match(r"20\d\d年", f)]
        for p, a in arts.items():
            if a["kind"] == "stale" and exists[p]:
                tx = text_of(site, p)
                for f in nums:
                    if f in tx:
                        fail(f"stale page {p} repeats {t['id']}'s key figure {f!r}")
    kinds: dict[str, int] = {}
    for a in arts.values():
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    INFO.append("gold kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))

    # 5. encodings
    for f in sorted(files):
        raw = (site / f.lstrip("/")).read_bytes()
        if f.endswith(".xml"):
            continue
        cs = charset_of(raw)
        if cs is None:
            fail(f"{f}: declares no charset")
            continue
        if cs in ("gbk", "gb2312", "gb18030"):
            try:
                raw.decode("utf-8")
                fail(f"{f}: declares {cs} but is valid UTF-8")
            except UnicodeDecodeError:
                pass
            try:
                raw.decode("gbk")
            except UnicodeDecodeError as e:
                fail(f"{f}: declares {cs} but is not GBK: {e}")
        elif cs == "utf-8":
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as e:
                fail(f"{f}: declares utf-8 but is not: {e}")
        else:
            fail(f"{f}: unexpected charset {cs}")
    host_cs: dict[str, set[str]] = {}
    for f in files:
        if not f.endswith(".xml"):
            host_cs.setdefault(f.split("/")[1], set()).add(charset_of((site / f.lstrip("/")).read_bytes()) or "?")
    INFO.append("charsets per site: " + "; ".join(f"{h} {sorted(c)}" for h, c in sorted(host_cs.items())))

    # 6. hygiene: synthetic marker, masked numbers, no absolute local paths
    for f in sorted(files):
        raw = (site / f.lstrip("/")).read_bytes()
        tx = raw.decode(charset_of(raw) or "utf-8", "replace") if not f.endswith(".xml") else raw.decode("utf-8", "replace")
        if MARK_WORDS not in tx:
            fail(f"{f}: no synthetic-data comment")
        for m in re.finditer(r"ICP[证备]\s*\d+[0-9X]*号|\b0\d{2,3}-\d{7,8}\b", tx):
            if "X" not in m.group(0):
                fail(f"{f}: unmasked number {m.group(0)}")
    pat = re.compile("|".join(re.escape("/" + w + "/") for w in ("work", "home", "tmp", "root", "Users")))
    gen = corpus.parent / f"make_{corpus.name}.py"
    for f in [x for x in corpus.rglob("*") if x.is_file()] + ([gen] if gen.is_file() else []):
        raw = f.read_bytes()
        if pat.search(raw.decode(charset_of(raw) or "utf-8", "replace")):
            fail(f"absolute local path in {f.name}")

    if corpus.name == "own-2026-10-20":
        check_faults(site, gold, arts, seen_missing, malformed_total, undated, brief, start)

    print("\n".join("ok   " + i for i in INFO))
    print("\n".join("FAIL " + x for x in FAIL) or "all checks passed")
    print(f"files under site/: {len(files)}; article files: {len(art_files)}; gold articles: {len(arts)}")
    return 1 if FAIL else 0


def check_faults(site: Path, gold: dict, arts: dict, seen_missing: dict, malformed_total: int,
                 undated: list[str], brief: date, start: date) -> None:
    th = {t["id"]: t for t in gold["threads"]}
    if len(seen_missing) != 2 or len(set(seen_missing.values())) != 2:
        fail(f"want two 404 links on two different list pages, got {seen_missing}")
    if malformed_total != 1:
        fail(f"want exactly one malformed feed item, got {malformed_total}")
    empty = [p for p, a in arts.items() if a["kind"] == "broken" and (site / p.lstrip("/")).is_file()]
    for p in empty:
        ph = parse_html(site, p)
        if "".join(ph.text).strip() or ph.title.strip():
            fail(f"empty page {p} has content")
    if len(empty) != 1:
        fail(f"want one empty page, got {empty}")
    huge = []
    for p, a in arts.items():
        if a["kind"] == "broken" or not (site / p.lstrip("/")).is_file():
            continue
        ph = parse_html(site, p)
        if len(ph.links) > 300:
            huge.append(p)
            body = re.search(r'id="detail-content"[^>]*>(.*?)</div>', (site / p.lstrip("/")).read_text("utf-8"), re.S)
            if not body or len(re.sub(r"<[^>]+>|\s", "", body.group(1))) > 60:
                fail(f"huge-nav page {p} has a long body")
    if len(huge) != 1 or not arts[huge[0]]["relevant"]:
        fail(f"want exactly one (relevant) huge-nav page, got {huge}")
    if len(undated) != 1 or not arts[undated[0]]["relevant"]:
        fail(f"want exactly one relevant page whose date is only in its URL, got {undated}")
    # two-page article
    t4 = th["T4"]
    p1, p2 = t4["articles"][0], t4["articles"][1]
    links1 = [(h, parse_html(site, p1).link_texts[i]) for i, (h, _) in enumerate(parse_html(site, p1).links)]
    if not any(txt == "下一页" and resolve(p1, h) == p2 for h, txt in links1):
        fail("T4 page 1 has no 下一页 link to page 2")
    only2 = [f for f in t4["key_facts"]
             if f in text_of(site, p2) and not any(f in text_of(site, q) for q in t4["articles"] if q != p2)]
    if arts[p2]["kind"] != "original" or len(only2) < 2:
        fail(f"T4 page 2 must be kind original and carry key facts found nowhere else (got {only2})")
    # reprint with changed headline and two added sentences
    t1 = th["T1"]
    o = t1["original"]
    r = next(p for p in t1["articles"] if arts[p]["kind"] == "reprint")
    po, pr = parse_html(site, o), parse_html(site, r)

    def paras(path: str) -> list[str]:
        raw = (site / path.lstrip("/")).read_bytes()
        return [re.sub(r"<[^>]+>", "", unescape(x)).strip() for x in re.findall(r"<p[^>]*>(.*?)</p>", decode(raw, path), re.S)]

    body_o = [x for x in paras(o) if x]
    body_r = [x for x in paras(r) if x]
    added = [x for x in body_r if x not in body_o]
    missing_o = [x for x in body_o if x not in body_r and "ICP" not in x and "主办" not in x and "网站地图" not in x
                 and "打印" not in x]
    h_o = re.search(r"<h1[^>]*>(.*?)</h1>", (site / o.lstrip("/")).read_text("utf-8")).group(1)
    h_r = re.search(r"<h1[^>]*>(.*?)</h1>", (site / r.lstrip("/")).read_text("utf-8")).group(1)
    added_body = [x for x in added if "ICP" not in x and "主办" not in x and "网站" not in x]
    if h_o == h_r or len(added_body) != 2 or any(x.count("。") != 1 for x in added_body):
        fail(f"T1 reprint should have a new headline and exactly two added sentences (added: {added_body})")
    if [x for x in missing_o if "ICP" not in x]:
        INFO.append(f"T1 original paragraphs not in the reprint (boilerplate): {len(missing_o)}")
    del po, pr
    # truncated list titles
    mot = parse_html(site, "/www.mot.gov.cn/xinwen/zxfb/index.html")
    cut = [(t, tt) for (h, tt), t in zip(mot.links, mot.link_texts, strict=True) if t.endswith("...")]
    if not cut or any(not tt or not tt.startswith(t[:-3]) or len(tt) <= len(t) - 3 for t, tt in cut):
        fail("MOT list should truncate long titles with ... and keep the full title in title=")
    # bare site name as <title>
    bare = [p for p, a in arts.items() if (site / p.lstrip("/")).is_file() and a["kind"] != "broken"
            and parse_html(site, p).title.strip() == "氢能产业联盟"]
    if len(bare) < 3:
        fail(f"want the 氢能产业联盟 pages to have the bare site name as <title>, got {bare}")
    # a stale page exactly one day before the window
    edge = [p for p, a in arts.items() if a["kind"] == "stale" and date.fromisoformat(a["published"]) == start - timedelta(days=1)]
    if len(edge) != 1:
        fail(f"want one stale page dated the day before the window, got {edge}")
    stale_n = sum(1 for a in arts.values() if a["kind"] == "stale")
    dist_n = sum(1 for a in arts.values() if a["kind"] == "distractor")
    if stale_n != 6 or dist_n < 22:
        fail(f"want 6 stale pages and ~25 distractors, got {stale_n} and {dist_n}")
    imp = sorted(t["importance"] for t in gold["threads"])
    if imp != [1, 1, 2, 2, 2, 3, 3]:
        fail(f"thread importances are {imp}")
    INFO.append("fault checks for own-2026-10-20 done")


if __name__ == "__main__":
    sys.exit(main())
