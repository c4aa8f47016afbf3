# -*- coding: utf-8 -*-
"""Small standard-library toolkit shared by the blind corpus generators and checkers.

It writes files of a corpus in the layout of shared/corpus/FORMAT.md (site/, sources.yaml,
corpus.json, gold.json, README.md) and runs the generic checks of a corpus.  Each generator
(make_*.py) brings its own sites, page templates and stories; this module holds only the
bookkeeping, a few page skeleton helpers and the generic checker.  Synthetic test data only.
"""
from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from html import escape, unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

BJ = timezone(timedelta(hours=8))
MARK = "<!-- synthetic test page: fictional content imitating a site's layout, written to test a daily-brief generator -->"


def e(s: str) -> str:
    return escape(s, quote=True)


class Corpus:
    def __init__(self, root: Path, brief_date: str, window: int, readme_title: str) -> None:
        self.root = root
        self.site = root / "site"
        self.brief_date = brief_date
        self.window = window
        self.sources: list[dict] = []
        self.articles: dict[str, dict] = {}
        self.threads: list[dict] = []
        self.readme_title = readme_title
        if root.exists():
            shutil.rmtree(root)
        self.site.mkdir(parents=True)

    # -- files ---------------------------------------------------------------------------------
    def write(self, path: str, text: str, enc: str = "utf-8") -> None:
        f = self.site / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(text.encode(enc))

    def write_bytes(self, path: str, data: bytes) -> None:
        f = self.site / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(data)

    def source(self, **kw) -> None:
        self.sources.append(kw)

    def article(self, path: str, publisher: str, published: str, kind: str, thread: str | None = None) -> None:
        self.articles[path] = {"relevant": kind in ("original", "reprint", "commentary"), "thread": thread,
                               "publisher": publisher, "published": published, "kind": kind}

    def thread(self, **kw) -> dict:
        kw.setdefault("deadlines", [])
        kw.setdefault("entities", [])
        self.threads.append(kw)
        return kw

    def finish(self, readme: str, extra_gold: dict | None = None) -> None:
        lines = ["# Source registry of a synthetic blind-test corpus (paths are under the served root).",
                 "# Every site imitates a real site's structure only; all content is fictional.", "sources:"]
        for s in self.sources:
            lines += [f"  - id: {s['id']}", f"    name: {s['name']}", f"    name_en: \"{s['name_en']}\"",
                      f"    kind: {s['kind']}", f"    url: {s['url']}", f"    authority: {s['authority']}"]
        (self.root / "sources.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (self.root / "corpus.json").write_text(json.dumps(
            {"brief_date": self.brief_date, "window_days": self.window, "title": "新质生产力每日动态"},
            ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        for t in self.threads:
            t["articles"] = [p for p, a in self.articles.items() if a["thread"] == t["id"]]
            t["articles"].sort(key=lambda p: (p != t["original"], p))
        gold = {"brief_date": self.brief_date, "threads": self.threads,
                "articles": dict(sorted(self.articles.items()))}
        if extra_gold:
            gold.update(extra_gold)
        (self.root / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")
        kinds: dict[str, int] = {}
        for a in self.articles.values():
            kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
        n_files = sum(1 for f in self.site.rglob("*") if f.is_file())
        head = (f"# {self.root.name} — {self.readme_title}\n\n"
                "**This is synthetic test data** (a blind, held-out corpus). Every story, figure, document number, "
                "name and quotation is fictional, written to test the daily-brief generator; the pages imitate only "
                "the *structure* of the named sites. Sites named `www.example-*.cn` are invented. Phone and ICP "
                "numbers are masked with X.\n\n"
                f"Morning of **{self.brief_date}**, window {self.window} days. Format: shared/corpus/FORMAT.md.\n\n"
                f"{n_files} files under `site/`; `gold.json` lists {len(self.articles)} article pages: "
                f"{', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}.\n\n")
        tab = ["| id | imp | original publisher | pages | title |", "|---|---|---|---|---|"]
        for t in self.threads:
            tab.append(f"| {t['id']} | {t['importance']} | {t['publisher']} | {len(t['articles'])} | {t['title']} |")
        (self.root / "README.md").write_text(head + "\n".join(tab) + "\n\n" + readme.strip() + "\n",
                                             encoding="utf-8")


# -- feeds ------------------------------------------------------------------------------------
def rfc822(dt: datetime) -> str:
    return format_datetime(dt.astimezone(timezone.utc), usegmt=True)


def rss(title: str, link: str, items: list[dict], raw_items: dict[int, str] | None = None) -> str:
    """items: dicts with title, link, date (string as to be shown), desc.  raw_items: index -> raw XML."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0">', "<channel>",
           f"<title>{e(title)}</title>", f"<link>{e(link)}</link>", "<description>synthetic test feed</description>",
           "<language>zh-cn</language>"]
    for i, it in enumerate(items):
        if raw_items and i in raw_items:
            out.append(raw_items[i])
            continue
        out.append(f"<item><title>{e(it['title'])}</title><link>{e(it['link'])}</link>"
                   f"<guid isPermaLink=\"false\">{e(it.get('guid', it['link']))}</guid>"
                   f"<pubDate>{e(it['date'])}</pubDate><description>{e(it.get('desc', ''))}</description></item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n"


def atom(title: str, fid: str, self_link: str, updated: str, entries: list[dict]) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<title>{e(title)}</title>", f"<id>{e(fid)}</id>", f'<link rel="self" href="{e(self_link)}"/>',
           f"<updated>{updated}</updated>"]
    for en in entries:
        pub = f"<published>{en['published']}</published>" if en.get("published") else ""
        out.append(f"<entry><title>{e(en['title'])}</title><id>{e(en.get('id', en['link']))}</id>"
                   f'<link rel="alternate" href="{e(en["link"])}"/>{pub}<updated>{en.get("updated", en.get("published"))}</updated>'
                   f"<summary>{e(en.get('summary', ''))}</summary></entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n"


# -- generic checker ----------------------------------------------------------------------------
class Parse(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.links: list[str] = []
        self.metas: dict[str, str] = {}
        self.title = ""
        self.skip = 0
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "a" and a.get("href") is not None:
            self.links.append(a["href"])
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


def charset_of(raw: bytes) -> str | None:
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", raw[:2048])
    return m.group(1).decode().lower() if m else None


def decode(raw: bytes) -> str:
    cs = charset_of(raw) or "utf-8"
    return raw.decode("gb18030" if cs in ("gb2312", "gbk") else cs)


def parse_file(f: Path) -> Parse:
    p = Parse()
    p.feed(decode(f.read_bytes()))
    return p


def resolve(base: str, href: str) -> str | None:
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "#")):
        return None
    u = urlsplit(urljoin("http://corpus.invalid" + base, href))
    if u.netloc != "corpus.invalid":
        return "EXTERNAL:" + href
    p = unquote(u.path)
    return p + "index.html" if p.endswith("/") else p


def date_patterns(d: date) -> list[str]:
    return [f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.year}年{d.month}月{d.day}日",
            f"{d.year}年{d.month:02d}月{d.day:02d}日", f"{d.year}/{d.month}/{d.day}",
            f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.year}.{d.month:02d}.{d.day:02d}",
            f"{d.year}{d.month:02d}{d.day:02d}"]


def feed_date(v: str) -> datetime | None:
    try:
        return parsedate_to_datetime(v)
    except (TypeError, ValueError):
        pass
    try:
        d = datetime.fromisoformat(v.replace("Z", "+00:00"))
        return d if d.tzinfo else d.replace(tzinfo=BJ)
    except ValueError:
        return None


def generic_check(corpus: Path, fail, info, allow_single: bool = False) -> dict:
    """Generic checks; returns a dict with intermediate results for corpus-specific checks."""
    site = corpus / "site"
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    src = (corpus / "sources.yaml").read_text(encoding="utf-8")
    sources = [dict(id=i, name=n, kind=k, url=u) for i, n, k, u in re.findall(
        r"- id:\s*(\S+)\s*\n\s*name:\s*(\S+)\s*\n.*?\n\s*kind:\s*(\S+)\s*\n\s*url:\s*(\S+)", src)]
    if len(sources) != src.count("- id:"):
        fail("sources.yaml: could not read every source")
    name_of_host = {s["url"].split("/")[1]: s["name"] for s in sources}
    arts = gold["articles"]
    missing = {p for p, a in arts.items() if a["kind"] == "broken" and not (site / p.lstrip("/")).is_file()}
    cache: dict[str, Parse] = {}

    def P(path: str) -> Parse:
        if path not in cache:
            cache[path] = parse_file(site / path.lstrip("/"))
        return cache[path]

    def text(path: str) -> str:
        return "".join(P(path).text)

    # threads, facts
    allf = [(t["id"], f) for t in gold["threads"] for f in t["key_facts"]]
    for i, (ta, fa) in enumerate(allf):
        for j, (tb, fb) in enumerate(allf):
            if i != j and fa in fb:
                fail(f"key fact {fa!r} ({ta}) is a substring of {fb!r} ({tb})")
    for t in gold["threads"]:
        for f in t["key_facts"]:
            if not any(f in text(p) for p in t["articles"] if p not in missing):
                fail(f"{t['id']}: key fact {f!r} not in any of its pages")
        if t["original"] not in t["articles"]:
            fail(f"{t['id']}: original not among its articles")
        if arts[t["original"]]["publisher"] != t["publisher"]:
            fail(f"{t['id']}: thread publisher differs from its original's")
        for p in t["articles"]:
            if arts[p]["thread"] != t["id"] or not arts[p]["relevant"]:
                fail(f"{t['id']}: {p} not a relevant page of the thread")
        n_other = len(t["articles"]) - 1
        if not (0 if allow_single else 1) <= n_other <= 3 and t.get("status") != "continuing":
            fail(f"{t['id']}: {len(t['articles'])} pages (want 2-4)")
        for d in t.get("deadlines", []):
            date.fromisoformat(d["date"])
    for p, a in arts.items():
        if a["publisher"] != name_of_host.get(p.split("/")[1]):
            fail(f"{p}: publisher {a['publisher']} is not the registry name of its host")
        if a["relevant"] != (a["kind"] in ("original", "reprint", "commentary")):
            fail(f"{p}: relevant flag disagrees with kind")
        if a["thread"] and a["thread"] not in {t["id"] for t in gold["threads"]}:
            fail(f"{p}: unknown thread {a['thread']}")

    # list pages and feeds
    linked_missing = set()
    malformed = 0
    for s in sources:
        url, raw = s["url"], (site / s["url"].lstrip("/")).read_bytes()
        if s["kind"] == "listpage":
            links = P(url).links
        else:
            txt = raw.decode("utf-8", "replace")
            tag = "item" if s["kind"] == "rss" else "entry"
            blocks = re.findall(rf"<{tag}\b.*?</{tag}>", txt, re.S)
            ns = ' xmlns="http://www.w3.org/2005/Atom"' if s["kind"] == "atom" else ""
            links, bad = [], []
            for b in blocks:
                try:
                    el = ET.fromstring(f"<w{ns}>{b}</w>")[0]
                except ET.ParseError:
                    bad.append(b)
                    m = re.search(r"<link>(.*?)</link>|href=\"([^\"]+)\"", b)
                    if m:
                        links.append(unescape(m.group(1) or m.group(2)))
                    continue
                if s["kind"] == "rss":
                    lk, dates = (el.findtext("link") or "").strip(), {"pubDate": el.findtext("pubDate") or ""}
                else:
                    A = "{http://www.w3.org/2005/Atom}"
                    lk = next((l.get("href") for l in el.findall(A + "link")), "")
                    dates = {"published": el.findtext(A + "published") or ""}
                links.append(lk)
                r = resolve(url, lk)
                if r in arts:
                    for k, v in dates.items():
                        if v:
                            d = feed_date(v.strip())
                            if d is None:
                                fail(f"{url}: unparsable {k} {v!r}")
                            elif d.astimezone(BJ).date().isoformat() != arts[r]["published"]:
                                fail(f"{url}: {k} {v} disagrees with gold date {arts[r]['published']} of {r}")
            malformed += len(bad)
            rest = txt
            for b in bad:
                rest = rest.replace(b, "")
            whole_ok = True
            try:
                ET.fromstring(raw)
            except ET.ParseError:
                whole_ok = False
            if s.get("id") in BROKEN_FEEDS:
                info(f"{url}: deliberately broken feed (whole feed parses: {whole_ok})")
            else:
                try:
                    ET.fromstring(rest.encode("utf-8"))
                except ET.ParseError as exc:
                    fail(f"{url}: does not parse without its {len(bad)} malformed item(s): {exc}")
                if bad and whole_ok:
                    fail(f"{url}: malformed item leaves the feed well-formed")
            info(f"{url}: {len(blocks)} items, {len(bad)} malformed")
        ok = 0
        for h in links:
            r = resolve(url, h)
            if r is None:
                continue
            if r.startswith("EXTERNAL:"):
                fail(f"{url}: external link {r}")
            elif (site / r.lstrip("/")).is_file():
                ok += 1
            elif r in missing:
                linked_missing.add(r)
            else:
                fail(f"{url}: link {h} -> {r} does not resolve")
        info(f"{url}: {ok} links resolve")
    if linked_missing != missing:
        fail(f"404 articles not linked: {missing - linked_missing}")

    # every article file in gold and vice versa
    nonart = {s["url"] for s in sources} | {f"/{h.name}/index.html" for h in site.iterdir()} | set(EXTRA_NONARTICLES)
    files = {"/" + f.relative_to(site).as_posix() for f in site.rglob("*") if f.is_file()}
    art_files = {f for f in files if f not in nonart and not f.endswith((".png", ".jpg", ".gif", ".xml"))}
    for f in sorted(art_files - set(arts)):
        fail(f"article file not in gold.json: {f}")
    for p in sorted(set(arts) - files - missing):
        fail(f"gold article has no file: {p}")
    for p in sorted(files):
        if p.endswith((".html", ".htm", ".shtml")):
            for h in P(p).links:
                r = resolve(p, h)
                if r and not r.startswith("EXTERNAL:") and not (site / r.lstrip("/")).is_file() and r not in missing:
                    fail(f"{p}: internal link {h} does not resolve")
                if r and r.startswith("EXTERNAL:"):
                    fail(f"{p}: external link {h}")

    # window; stale pages carry other figures; dated pages
    bd = date.fromisoformat(meta["brief_date"])
    start = bd - timedelta(days=meta["window_days"])
    for p, a in arts.items():
        d = date.fromisoformat(a["published"])
        if a["relevant"] and not start <= d <= bd:
            fail(f"relevant page outside window: {p} {d}")
        if a["kind"] == "stale" and d >= start:
            fail(f"stale page inside the window: {p} {d}")
        if d > bd:
            fail(f"page dated after the brief date: {p}")
    numeric = [(t["id"], f) for t in gold["threads"] for f in t["key_facts"]
               if "《" not in f and re.search(r"[\d一二三四五六七八九十百千万两]", f)]
    for p, a in arts.items():
        if a["kind"] == "stale":
            for tid, f in numeric:
                if f in text(p):
                    fail(f"stale page {p} repeats {tid}'s key figure {f!r}")
    undated = []
    for p in sorted(art_files):
        if arts[p]["kind"] == "broken":
            continue
        pr = P(p)
        blob = "".join(pr.text) + " ".join(pr.metas.values())
        if not any(x in blob for x in date_patterns(date.fromisoformat(arts[p]["published"]))):
            undated.append(p)
    info(f"pages whose date is only in the URL: {undated}")

    # GBK files
    gbk = []
    for f in sorted(files):
        raw = (site / f.lstrip("/")).read_bytes()
        if charset_of(raw) in ("gbk", "gb2312"):
            gbk.append(f)
            try:
                raw.decode("utf-8")
                fail(f"{f}: declares GBK but is valid UTF-8")
            except UnicodeDecodeError:
                pass
            raw.decode("gb18030")
    info(f"{len(gbk)} GBK files")

    # no absolute local paths
    pat = re.compile("|".join(re.escape("/" + w + "/") for w in ("work", "home", "tmp", "root", "Users", "mnt")))
    for f in corpus.rglob("*"):
        if f.is_file() and f.suffix not in (".png", ".gif") and pat.search(f.read_bytes().decode("gb18030", "replace")):
            fail(f"absolute local path in {f.relative_to(corpus)}")
    kinds: dict[str, int] = {}
    for a in arts.values():
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    info(f"window {start} … {bd}; kinds {dict(sorted(kinds.items()))}; {len(art_files)} article files")
    return {"gold": gold, "meta": meta, "sources": sources, "arts": arts, "missing": missing, "text": text,
            "P": P, "undated": undated, "gbk": gbk, "malformed": malformed, "files": files, "site": site}


BROKEN_FEEDS: set[str] = set()      # source ids whose feed is broken as a whole, on purpose
EXTRA_NONARTICLES: list[str] = []   # further non-article paths (e.g. second list pages)


def run_checks(corpus: Path, specific=None, allow_single=False) -> int:
    FAIL: list[str] = []
    INFO: list[str] = []
    r = generic_check(corpus, FAIL.append, INFO.append, allow_single)
    if specific:
        specific(r, FAIL.append, INFO.append)
    for m in INFO:
        print("  info:", m)
    for m in FAIL:
        print("  FAIL:", m)
    print(f"{corpus.name}: {'OK' if not FAIL else f'{len(FAIL)} failure(s)'}")
    return 1 if FAIL else 0
