#!/usr/bin/env python3
"""Check the synthetic corpus own-2027-03-05 (messy HTML and crawling cases).

Generic checks: JSON files valid; every key fact is a literal string of the visible text of one of
its thread's pages (pages decoded by their declared charset, gbk/gb2312 as GB18030); no key fact is
a substring of another; thread/article bookkeeping; every list/feed link resolves (honouring
``<base href>``, dropping fragments, ignoring ``javascript:``, directory URLs served as index.html)
except the gold ``broken`` 404; feeds parse except one malformed item; feed dates agree with gold;
every article file is in gold and vice versa; internal links resolve; each page shows its gold date
(except the date-only-in-URL page and broken pages); window sanity; stale pages repeat no numeric
key fact; GBK-labelled files are GBK; no absolute local paths.

Specific checks: each messy-HTML / crawling case the README lists is really present.

Usage: python3 check_own-2027-03-05.py [CORPUS_DIR]       Exit status 0 when all holds.
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
from urllib.parse import unquote, urljoin, urlsplit

BASE = "http://corpus.invalid"
BJ = timezone(timedelta(hours=8))
FAIL: list[str] = []
INFO: list[str] = []
CJK_NUM = "一二三四五六七八九十百千万两"
ATOM = "{http://www.w3.org/2005/Atom}"


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
    """Visible text, <a> tags (href or None), <base href>, <title>, <meta>, tag names seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.anchors: list[dict] = []
        self.base: str | None = None
        self.metas: dict[str, str] = {}
        self.tags: set[str] = set()
        self.classes: set[str] = set()
        self.title = ""
        self.skip = 0
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        self.classes.update((a.get("class") or "").split())
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "a":
            self.anchors.append(a)
        elif tag == "base" and a.get("href") and self.base is None:
            self.base = a["href"]
        elif tag == "meta" and a.get("name"):
            self.metas[a["name"]] = a.get("content") or ""

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        elif tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif not self.skip:
            self.text.append(data)

    @property
    def links(self) -> list[str]:
        return [a["href"] for a in self.anchors if a.get("href") is not None]


_CACHE: dict[str, Parse] = {}


def file_of(path: str) -> str:
    return path + "index.html" if path.endswith("/") else path


def exists(site: Path, path: str) -> bool:
    return (site / file_of(path).lstrip("/")).is_file()


def raw_of(site: Path, path: str) -> bytes:
    return (site / file_of(path).lstrip("/")).read_bytes()


def parse_html(site: Path, path: str) -> Parse:
    if path not in _CACHE:
        p = Parse()
        p.feed(decode(raw_of(site, path), path))
        _CACHE[path] = p
    return _CACHE[path]


def text_of(site: Path, path: str) -> str:
    return "".join(parse_html(site, path).text)


def resolve(page_path: str, href: str, base: str | None = None) -> str | None:
    """Served path of a link (fragment dropped; directory URLs kept with their '/'), or None."""
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "#")):
        return None
    start = urljoin(BASE + page_path, base) if base else BASE + page_path
    u = urlsplit(urljoin(start, href))
    if f"{u.scheme}://{u.netloc}" != BASE:
        return "EXTERNAL:" + href
    return unquote(u.path)


def date_patterns(d: date) -> list[str]:
    return [f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.year}年{d.month}月{d.day}日",
            f"{d.year}年{d.month:02d}月{d.day:02d}日", f"{d.year}/{d.month}/{d.day}",
            f"{d.year}/{d.month:02d}/{d.day:02d}"]


def feed_entries(url: str, raw: bytes, kind: str) -> tuple[int, list[tuple[str, dict, str]]]:
    """(malformed item count, [(link, dates, how)]) of a feed; checks well-formedness."""
    text = raw.decode("utf-8")
    tag = "item" if kind == "rss" else "entry"
    blocks = re.findall(rf"<{tag}\b.*?</{tag}>", text, re.S)
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
            how = "link"
            g = el.find("guid")
            if not link and g is not None and g.get("isPermaLink", "true") == "true":
                link, how = (g.text or "").strip(), "guid"
            dates = {"pubDate": (el.findtext("pubDate") or "").strip()}
        else:
            link = next((lk.get("href") for lk in el.findall(ATOM + "link")
                         if lk.get("rel", "alternate") == "alternate"), "")
            how = "alternate"
            dates = {k: (el.findtext(ATOM + k) or "").strip() for k in ("published", "updated")}
        entries.append((link, dates, how))
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
        fail(f"{url}: does not parse even without its malformed items: {e}")
    if bad and whole_ok:
        fail(f"{url}: malformed item does not make the feed ill-formed")
    INFO.append(f"{url}: {len(blocks)} items, {len(bad)} malformed; whole feed parses: {whole_ok}")
    return len(bad), entries


def feed_date(value: str) -> datetime | None:
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError):
        pass
    try:
        d = datetime.fromisoformat(value)
        return d if d.tzinfo else d.replace(tzinfo=BJ)
    except ValueError:
        return None


def load_sources(text: str) -> list[dict]:
    try:
        import yaml
        return yaml.safe_load(text)["sources"]
    except ImportError:
        out = []
        for block in text.split("  - ")[1:]:
            out.append(dict(re.findall(r"(\w+):\s*\"?([^\"\n]+)\"?", block)))
        return out


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "own-2027-03-05"
    site = corpus / "site"
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    sources = load_sources((corpus / "sources.yaml").read_text(encoding="utf-8"))
    INFO.append(f"brief_date {meta['brief_date']}, window {meta['window_days']}; {len(sources)} sources")
    name_of_host = {s["url"].split("/")[1]: s["name"] for s in sources}
    arts = gold["articles"]
    threads = {t["id"]: t for t in gold["threads"]}
    missing = {p for p, a in arts.items() if a["kind"] == "broken" and not exists(site, p)}

    # 1. threads and key facts
    facts = [(t["id"], f) for t in gold["threads"] for f in t["key_facts"]]
    for i, (ta, fa) in enumerate(facts):
        for j, (tb, fb) in enumerate(facts):
            if i != j and fa in fb:
                fail(f"key fact {fa!r} ({ta}) is a substring of {fb!r} ({tb})")
    for t in gold["threads"]:
        for f in t["key_facts"]:
            if not any(f in text_of(site, p) for p in t["articles"]):
                fail(f"{t['id']}: key fact {f!r} not in any of its pages")
        if t["original"] not in t["articles"] or arts[t["original"]]["kind"] != "original":
            fail(f"{t['id']}: original bookkeeping")
        if arts[t["original"]]["publisher"] != t["publisher"]:
            fail(f"{t['id']}: thread publisher differs from its original's")
        for p in t["articles"]:
            if arts.get(p, {}).get("thread") != t["id"] or not arts[p]["relevant"]:
                fail(f"{t['id']}: {p} not a relevant page of the thread in articles")
        for d in t["deadlines"]:
            dd = date.fromisoformat(d["date"])
            if not any(any(x in text_of(site, p) for x in date_patterns(dd)) for p in t["articles"]):
                fail(f"{t['id']}: deadline {dd} not written in its pages")
        INFO.append(f"{t['id']} (importance {t['importance']}): {len(t['articles'])} pages, "
                    f"{len(t['key_facts'])} key facts, {len(t['deadlines'])} deadline(s)")
    for p, a in arts.items():
        if a["publisher"] != name_of_host.get(p.split("/")[1]):
            fail(f"{p}: publisher {a['publisher']} is not the registry name of its host")
        if a["relevant"] != (a["kind"] in ("original", "reprint", "commentary")):
            fail(f"{p}: relevant flag disagrees with kind")

    # 2. list pages (incl. pagination) and feeds
    linked: dict[str, str] = {}
    malformed = 0
    list_pages = []
    how_linked: dict[str, set[str]] = {}
    for s in sources:
        url = s["url"]
        if s["kind"] == "listpage":
            todo, done = [url], []
            while todo:
                lp = todo.pop()
                done.append(lp)
                pr = parse_html(site, lp)
                for a in pr.anchors:
                    h = a.get("href")
                    if h is None:
                        how_linked.setdefault("onclick-only", set()).add(lp)
                        continue
                    r = resolve(lp, h, pr.base)
                    if r is None:
                        how_linked.setdefault("ignored:" + h.split("(")[0].split(":")[0], set()).add(lp)
                        continue
                    if "#" in h:
                        how_linked.setdefault("fragment", set()).add(lp)
                    if pr.base:
                        how_linked.setdefault("base", set()).add(lp)
                        if exists(site, r) and not exists(site, resolve(lp, h) or ""):
                            how_linked.setdefault("base-only", set()).add(r)
                    if r.endswith("/") and r in arts:
                        how_linked.setdefault("directory", set()).add(r)
                    linked.setdefault(r, lp)
                    if r.startswith("EXTERNAL:"):
                        fail(f"{lp}: external link {h}")
                    elif not exists(site, r) and r not in missing:
                        fail(f"{lp}: link {h} -> {r} does not resolve")
                html = decode(raw_of(site, lp), lp)
                for m in re.finditer(r'<a href="([^"]+)">下一页</a>', html):
                    nxt = resolve(lp, m.group(1), pr.base)
                    if nxt and nxt not in done and nxt not in todo:
                        todo.append(nxt)
                        how_linked.setdefault("next-page", set()).add(nxt)
            list_pages += done
        else:
            n_bad, entries = feed_entries(url, raw_of(site, url), s["kind"])
            malformed += n_bad
            for lk, dates, how in entries:
                if lk != lk.strip():
                    how_linked.setdefault("whitespace-link", set()).add(url)
                r = resolve(url, lk)
                how_linked.setdefault("feed-" + how, set()).add(r or "")
                if not r or not exists(site, r):
                    if r not in missing:
                        fail(f"{url}: feed link {lk!r} does not resolve")
                    continue
                linked.setdefault(r, url)
                for k, v in dates.items():
                    if v and r in arts and k != "updated":
                        d = feed_date(v)
                        if d is None or d.astimezone(BJ).date().isoformat() != arts[r]["published"]:
                            fail(f"{url}: {k} {v} disagrees with gold {arts[r]['published']} for {r}")
            # the raw text: whitespace around <link> values and the guid-only item
            raw_text = raw_of(site, url).decode("utf-8")
            if re.search(r"<link>\s*\n\s*/", raw_text):
                how_linked.setdefault("whitespace-link", set()).add(url)
            if s["kind"] == "rss":
                for b in re.findall(r"<item\b.*?</item>", raw_text, re.S):
                    if "<link>" not in b and 'isPermaLink="true"' in b:
                        how_linked.setdefault("guid-only", set()).add(url)
                        m = re.search(r"<guid[^>]*>(.*?)</guid>", b, re.S)
                        r = m.group(1).strip() if m else ""
                        linked.setdefault(r, url)
                        if not exists(site, r):
                            fail(f"{url}: guid-only item {r} does not resolve")
    for p in missing:
        if p not in linked:
            fail(f"missing (404) gold article {p} is not linked from any list or feed")
    unreached = [p for p, a in arts.items() if a["relevant"] and p not in linked]
    if unreached:
        INFO.append(f"relevant pages linked from no list/feed (reachable only via other pages): {unreached}")
    if malformed != 1:
        fail(f"want exactly one malformed feed item, got {malformed}")

    # 3. files <-> gold
    nonarticle = set(list_pages) | {s["url"] for s in sources} | {f"/{h.name}/index.html" for h in site.iterdir()}
    files = {"/" + f.relative_to(site).as_posix() for f in site.rglob("*") if f.is_file()}
    art_files = files - nonarticle
    gold_files = {file_of(p) for p in arts}
    for f in sorted(art_files - gold_files):
        fail(f"article file not in gold.json: {f}")
    for p in sorted(arts):
        if not exists(site, p) and p not in missing:
            fail(f"gold article has no file: {p}")
    for p in sorted(arts):
        if not exists(site, p):
            continue
        pr = parse_html(site, p)
        for h in pr.links:
            r = resolve(p, h, pr.base)
            if r and not r.startswith("EXTERNAL:") and not exists(site, r):
                fail(f"{p}: internal link {h} does not resolve")
        if "synthetic test" not in raw_of(site, p).decode("latin-1"):
            fail(f"{p}: no synthetic-test-data marker")

    # 4. dates, window, stale figures
    bd = date.fromisoformat(meta["brief_date"])
    start = bd - timedelta(days=meta["window_days"])
    undated = []
    for p, a in sorted(arts.items()):
        d = date.fromisoformat(a["published"])
        if a["relevant"] and not start <= d <= bd:
            fail(f"relevant page outside window: {p}")
        if a["kind"] == "stale" and d >= start:
            fail(f"stale page inside window: {p}")
        if d > bd:
            fail(f"page after brief date: {p}")
        if a["kind"] == "broken" or not exists(site, p):
            continue
        pr = parse_html(site, p)
        blob = "".join(pr.text) + " ".join(pr.metas.values())
        if not any(x in blob for x in date_patterns(d)):
            undated.append(p)
    INFO.append(f"pages whose date is only in their URL: {undated}")
    numeric = [(t["id"], f) for t in gold["threads"] for f in t["key_facts"]
               if "《" not in f and re.search(rf"[\d{CJK_NUM}]", f)]
    stale = [p for p, a in arts.items() if a["kind"] == "stale"]
    for p in stale:
        for tid, f in numeric:
            if f in text_of(site, p):
                fail(f"stale page {p} repeats {tid} key fact {f!r}")
    kinds: dict[str, int] = {}
    for a in arts.values():
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    INFO.append(f"window {start} … {bd}; kinds {dict(sorted(kinds.items()))}; article files {len(art_files)}")
    stale_ages = sorted((bd - date.fromisoformat(arts[p]["published"])).days for p in stale)
    INFO.append(f"stale ages in days: {stale_ages}")
    if not any(a >= 360 for a in stale_ages) or 9 not in stale_ages:
        fail("want a stale page about a year old and one 9 days old")
    if kinds.get("distractor", 0) < 15:
        fail("want at least 15 distractors")
    if not 35 <= len(art_files) <= 45:
        fail(f"{len(art_files)} article pages (want about 40)")

    # 5. encodings
    gbk = []
    for f in sorted(files):
        raw = (site / f.lstrip("/")).read_bytes()
        cs = charset_of(raw)
        if cs in ("gbk", "gb2312"):
            gbk.append(f)
            try:
                raw.decode("utf-8")
                fail(f"{f}: labelled {cs} but valid UTF-8")
            except UnicodeDecodeError:
                raw.decode("gbk")
        elif f.endswith((".html", ".htm", "/")) or f.endswith(".xml"):
            raw.decode("utf-8")
    hosts = {f.split("/")[1] for f in gbk}
    INFO.append(f"{len(gbk)} GBK files on {sorted(hosts)}")
    if len(hosts) != 1:
        fail("want exactly one GBK site")

    # 6. the messy-HTML and crawling cases the README promises
    check_cases(site, arts, threads, how_linked, undated, linked)

    # 7. masking and local paths
    pat = re.compile("|".join(re.escape("/" + w + "/") for w in ("work", "home", "tmp", "root", "Users", "mnt")))
    scan = [f for f in corpus.rglob("*") if f.is_file()]
    scan += [corpus.parent / f"make_{corpus.name}.py", corpus.parent / f"check_{corpus.name}.py"]
    for f in scan:
        if not f.is_file():
            continue
        raw = f.read_bytes()
        tx = raw.decode("gb18030" if charset_of(raw) in ("gbk", "gb2312") else "utf-8", "replace")
        if pat.search(tx):
            fail(f"absolute local path in {f.name}")
        if f.parent != corpus.parent and re.search(r"ICP备\d|010-\d{4}|400-\d", tx):
            fail(f"unmasked phone/ICP number in {f.name}")

    print("\n".join("ok   " + i for i in INFO))
    print("\n".join("FAIL " + x for x in FAIL) or "all checks passed")
    return 1 if FAIL else 0


def check_cases(site: Path, arts: dict, threads: dict, how: dict, undated: list[str], linked: dict) -> None:
    """Each deliberate case is present."""
    def need(cond: bool, what: str) -> None:
        (INFO if cond else FAIL).append(("case present: " if cond else "case missing: ") + what)

    need(bool(how.get("base-only")), f"<base href> list whose links resolve only against the base ({len(how.get('base-only', []))} links)")
    need(len(how.get("directory", set())) >= 3, f"directory-style article URLs: {sorted(how.get('directory', []))}")
    need(bool(how.get("fragment")), "#comments fragment links")
    need(bool(how.get("ignored:javascript")) and bool(how.get("onclick-only")), "javascript:void(0) and onclick-only links")
    page2 = sorted(how.get("next-page", set()))
    need(bool(page2), f"paginated list (下一页 -> {page2})")
    if page2:
        only2 = [p for p, lp in linked.items() if lp in page2 and arts.get(p, {}).get("relevant")]
        need(bool(only2), f"relevant article only on list page 2: {only2}")
        t4 = threads["T4"]
        exclusive = [f for f in t4["key_facts"] if not any(f in text_of(site, p) for p in t4["articles"] if p not in only2)]
        need(not exclusive, "no key fact depends on the page-2 article")
    # nested tables with <font>, &nbsp;, <br> and no <p>
    t2o = threads["T2"]["original"]
    raw = decode(raw_of(site, t2o), t2o)
    need(raw.count("<table") >= 3 and "<font" in raw and "&nbsp;" in raw and "<br>" in raw
         and not re.search(r"<p[\s>]", raw), "nested-table article with <font>, &nbsp;, <br>, no <p>")
    # headline in div.title, no h1, <title> headline_栏目_网站名
    t1o = threads["T1"]["original"]
    pr = parse_html(site, t1o)
    need("title" in pr.classes and "h1" not in pr.tags and re.fullmatch(r"[^_]+_[^_]+_中国政府网", pr.title or "") is not None,
         f"headline only in div.title; <title> {pr.title!r}")
    # script JSON with an older date, visible 发布时间 with the right date
    hits = []
    for p, a in arts.items():
        if not exists(site, p) or a["kind"] == "broken":
            continue
        html = decode(raw_of(site, p), p)
        scripts = " ".join(re.findall(r"<script[^>]*>(.*?)</script>", html, re.S))
        sd = re.findall(r"(\d{4}-\d{2}-\d{2})", scripts)
        if sd and all(d < a["published"] for d in sd) and f"发布时间：{a['published']}" in text_of(site, p):
            hits.append(p)
    need(bool(hits), f"embedded script date older than visible 发布时间: {hits}")
    # two 来源 mentions: the first one is not the byline
    two = [p for p in arts if exists(site, p)
           and len(set(re.findall(r"来源：\s*(\S{2,8}?)(?:\s|　|$)", text_of(site, p)))) >= 2]
    need(bool(two), f"page with two 来源 mentions: {two}")
    # editor's note and 原标题
    notes = [p for p in arts if exists(site, p) and "编者按" in text_of(site, p) and "原标题：" in text_of(site, p)]
    need(bool(notes), f"editor's note + 原标题 page: {notes}")
    xhk = [p for p in arts if exists(site, p) and "来源：新华社客户端" in text_of(site, p)]
    need(bool(xhk) and all(arts[p]["relevant"] for p in xhk), f"relevant reprint credited 新华社客户端: {xhk}")
    need(bool(how.get("whitespace-link")), "RSS <link> wrapped in whitespace/newlines")
    need(bool(how.get("guid-only")), "RSS item with <guid isPermaLink=\"true\"> and no <link>")
    atom_self = any(s for s in how.get("feed-alternate", set()))
    need(atom_self, "Atom feed read via rel=alternate (rel=self present beside it)")
    missing = [p for p, a in arts.items() if a["kind"] == "broken" and not exists(site, p)]
    need(len(missing) == 1, f"one 404: {missing}")
    empty = [p for p, a in arts.items() if a["kind"] == "broken" and exists(site, p)]
    need(len(empty) == 1 and all(not text_of(site, p).strip("　 \n") or len(re.sub(r"\s", "", text_of(site, p))) < 40
                                  for p in empty), f"one empty page: {empty}")
    need(len(undated) == 1 and arts[undated[0]]["relevant"], f"exactly one relevant page dated only by its URL: {undated}")


if __name__ == "__main__":
    sys.exit(main())
