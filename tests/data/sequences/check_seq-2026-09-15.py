#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check the synthetic sequence of mornings seq-2026-09-15 (or another sequence folder given as argument).

For the sequence: mornings are consecutive dates, corpus.json / gold.json agree with the folder
names, a storyline's status is `new` only on its first morning and `continuing`/`repeat` later,
its developments only grow, `first_day` is right; an article file that is online one morning is
still online (same URL) the next morning, and its body is unchanged unless it was an empty shell
before; `new_articles` are pages that were not online with content on an earlier morning.

For every morning: every key fact, new fact and tracked figure value is literally present in the
visible text of the right pages (decoded by their declared charset, GBK included); briefed facts
are present in earlier pages; a `repeat` storyline's new pages state no number that its earlier
pages did not state; every article file is in gold.json and vice versa, except listed links that are
deliberately absent (kind "broken"); every link of list pages, feeds and articles resolves; a feed
with a malformed item is ill-formed as a whole and parses once that item is removed; the date a
page shows (date line, <meta>, or only the URL) agrees with its `published` date; relevant pages are
inside the news window, stale pages outside it; GBK pages really are GBK; no absolute local paths.

Usage: python3 check_seq-2026-09-15.py [SEQ_DIR]      exit status 0 when everything holds.
Only the standard library is used.
"""
from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

NAME = "seq-2026-09-15"
BASE = "http://corpus.invalid"
FAIL: list[str] = []
INFO: list[str] = []
NUM = re.compile(r"\d+(?:\.\d+)?")


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
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.links: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "a":
            href = dict(attrs).get("href")
            if href is not None:
                self.links.append(href)

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


class Day:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.site = folder / "site"
        self.gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        self.meta = json.loads((folder / "corpus.json").read_text(encoding="utf-8"))
        self._html: dict[str, str] = {}
        self._parsed: dict[str, Parse] = {}

    def file(self, path: str) -> Path:
        return self.site / path.lstrip("/")

    def html(self, path: str) -> str:
        if path not in self._html:
            self._html[path] = decode(self.file(path).read_bytes(), f"{self.folder.name}{path}")
        return self._html[path]

    def parsed(self, path: str) -> Parse:
        if path not in self._parsed:
            p = Parse()
            p.feed(self.html(path))
            self._parsed[path] = p
        return self._parsed[path]

    def text(self, path: str) -> str:
        if not self.file(path).is_file():
            return ""
        return "".join(self.parsed(path).text)

    def body(self, path: str) -> str:
        """Visible text between the CMS content markers (the article body only)."""
        if not self.file(path).is_file():
            return ""
        m = re.search(r"<!--ContentStart-->(.*?)<!--ContentEnd-->", self.html(path), re.S)
        if not m:
            return ""
        p = Parse()
        p.feed(m.group(1))
        return "".join(p.text)


def resolve(base_path: str, href: str) -> str | None:
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "#")):
        return None
    u = urlsplit(urljoin(BASE + base_path, href))
    if f"{u.scheme}://{u.netloc}" != BASE:
        return "EXTERNAL:" + href
    path = unquote(u.path)
    return path + "index.html" if path.endswith("/") else path


def sources_of(day: Day) -> list[dict]:
    text = (day.folder / "sources.yaml").read_text(encoding="utf-8")
    return [dict(kind=k, url=u) for k, u in re.findall(r"kind:\s*(\S+)\s*\n\s*url:\s*(\S+)", text)]


def feed_links(day: Day, url: str, kind: str) -> list[str]:
    raw = day.file(url).read_bytes()
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
        fail(f"{day.folder.name}{url}: does not parse even without its {len(bad)} malformed item(s): {e}")
    if bad and whole_ok:
        fail(f"{day.folder.name}{url}: malformed item does not make the feed ill-formed")
    if bad:
        INFO.append(f"{day.folder.name}{url}: {len(blocks)} items, {len(bad)} malformed (feed ill-formed)")
    links = []
    for b in blocks:
        links += [unescape(m) for m in re.findall(r"<link>(.*?)</link>", b)]
        links += [unescape(m) for m in re.findall(r"<link[^>]*href=\"([^\"]+)\"", b)]
    return links


def date_shown(day: Day, path: str, d: date) -> bool:
    pats = [f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.year}年{d.month:02d}月{d.day:02d}日",
            f"{d.year}年{d.month}月{d.day}日", f"{d.year}/{d.month}/{d.day}"]
    return any(x in day.html(path) for x in pats)


def date_in_url(path: str, d: date) -> bool:
    return any(x in path for x in (f"{d.year}{d.month:02d}{d.day:02d}", f"{d.year}/{d.month}/{d.day}/",
                                   f"{d.year}/{d.month:02d}{d.day:02d}/"))


def check_day(n: int, day: Day, days: list[Day]) -> None:
    g, name = day.gold, day.folder.name
    nov = g["novelty"]
    arts = g["articles"]
    bd = date.fromisoformat(day.meta["brief_date"])
    if g["brief_date"] != day.meta["brief_date"] or not name.endswith(day.meta["brief_date"]) \
            or not name.startswith(f"day{n}-"):
        fail(f"{name}: folder name / corpus.json / gold.json dates disagree")
    seq = [x.meta["brief_date"] for x in days]
    if nov["sequence"] != seq or nov["day"] != n or nov["previous_days"] != seq[: n - 1]:
        fail(f"{name}: novelty sequence/day/previous_days wrong")
    threads = {t["id"]: t for t in g["threads"]}
    nthreads = {e["id"]: e for e in nov["threads"]}
    if set(threads) != set(nthreads):
        fail(f"{name}: threads and novelty.threads differ: {set(threads) ^ set(nthreads)}")

    # articles of each thread = the relevant articles marked with it
    for tid, t in threads.items():
        marked = {p for p, a in arts.items() if a.get("thread") == tid and a.get("relevant")}
        if set(t["articles"]) != marked:
            fail(f"{name} {tid}: thread articles differ from articles marked with it: {set(t['articles']) ^ marked}")
        if t["original"] not in t["articles"]:
            fail(f"{name} {tid}: original not among its articles")
        for fct in t["key_facts"]:
            if not any(fct in day.text(p) for p in t["articles"]):
                fail(f"{name} {tid}: key fact {fct!r} not in any of its pages")
        e = nthreads.get(tid)
        if not e:
            continue
        if e["status"] == "repeat":
            if t["importance"] != 4 or t["key_facts"] or e["new_facts"] or t.get("deadlines"):
                fail(f"{name} {tid}: repeat storyline must have importance 4, no key/new facts, no deadlines")
            earlier_nums = set()
            for x in days[:n]:
                for p in x.gold["articles"]:
                    if x.gold["articles"][p].get("thread") == tid and p not in e["new_articles"]:
                        earlier_nums |= set(NUM.findall(x.body(p)))
            for p in e["new_articles"]:
                extra = set(NUM.findall(day.body(p))) - earlier_nums
                if extra:
                    fail(f"{name} {tid}: repeat page {p} states numbers not in earlier pages: {sorted(extra)}")
        else:
            if e.get("development_original") != t["original"] or t["original"] not in e["new_articles"]:
                fail(f"{name} {tid}: development_original must be the thread's original and a new article")
            if arts[t["original"]]["kind"] != "original" or arts[t["original"]]["publisher"] != t["publisher"]:
                fail(f"{name} {tid}: original page kind/publisher mismatch")
            if e["new_facts"] != t["key_facts"]:
                fail(f"{name} {tid}: new_facts should equal today's key_facts")
            for fct in e["new_facts"]:
                if not any(fct in day.text(p) for p in e["new_articles"]):
                    fail(f"{name} {tid}: new fact {fct!r} not in any of today's new pages")
            for dl in t.get("deadlines", []):
                dd = date.fromisoformat(dl["date"])
                lit = f"{dd.year}年{dd.month}月{dd.day}日"
                if not any(lit in day.text(p) for p in t["articles"]):
                    fail(f"{name} {tid}: deadline {lit} not in its pages")
            devs = [x["id"] for x in e["developments"]]
            if e["development"] != devs[-1] or e["developments"][-1]["day"] != day.meta["brief_date"]:
                fail(f"{name} {tid}: today's development must be the last one, dated today")
            if e["status"] == "new" and (len(devs) != 1 or e["earlier_articles"]):
                fail(f"{name} {tid}: a new storyline has one development and no earlier articles")
        for fct in e["briefed_facts"]:
            if not any(fct in x.text(p) for x in days[: n - 1] for p in x.gold["articles"]
                       if x.gold["articles"][p].get("thread") == tid):
                fail(f"{name} {tid}: briefed fact {fct!r} not in any earlier page of the storyline")
        if set(e["new_articles"]) | set(e["earlier_articles"]) != set(t["articles"]):
            fail(f"{name} {tid}: new_articles + earlier_articles != thread articles")
        for p in e["new_articles"]:
            for x in days[: n - 1]:
                a = x.gold["articles"].get(p)
                if a and a["kind"] != "broken":
                    fail(f"{name} {tid}: new article {p} already had content on {x.meta['brief_date']}")
        for p in e["earlier_articles"]:
            if not any(p in x.gold["articles"] and x.gold["articles"][p]["kind"] != "broken" for x in days[: n - 1]):
                fail(f"{name} {tid}: earlier article {p} was not online on an earlier morning")
        # status history
        first = e["first_day"]
        hist = [x for x in days[:n] if tid in {y["id"] for y in x.gold["novelty"]["threads"]}]
        if hist[0].meta["brief_date"] != first:
            fail(f"{name} {tid}: first_day {first} but first listed on {hist[0].meta['brief_date']}")
        if (e["status"] == "new") != (first == day.meta["brief_date"]):
            fail(f"{name} {tid}: status {e['status']} but first_day {first}")
        if n > 1:
            prev = {y["id"]: y for y in days[n - 2].gold["novelty"]["threads"]}.get(tid)
            if prev and [x["id"] for x in prev["developments"]] != [x["id"] for x in e["developments"]][: len(prev["developments"])]:
                fail(f"{name} {tid}: developments do not extend the previous morning's")

    for f in nov.get("tracked_figures", []):
        for k in ("earlier", "current", "previous_period"):
            a = f[k]["article"]
            if f[k]["value"] not in day.text(a):
                fail(f"{name} tracked {f['name']}: {k} value {f[k]['value']!r} not in {a}")
        if f["current"]["article"] not in nthreads[f["thread"]]["new_articles"]:
            fail(f"{name} tracked {f['name']}: current figure's page is not a new page today")
        if f["earlier"]["value"] in f["current"]["value"] or f["current"]["value"] in f["earlier"]["value"]:
            fail(f"{name} tracked {f['name']}: earlier and current values are substrings of each other")
        INFO.append(f"{name} tracked {f['name']}: {f['earlier']['value']} -> {f['current']['value']} "
                    f"(previous period {f['previous_period']['value']})")

    # files, links, feeds
    sources = sources_of(day)
    files = {"/" + f.relative_to(day.site).as_posix() for f in day.site.rglob("*") if f.is_file()}
    nonarticle = {s["url"] for s in sources} | {f"/{h.name}/index.html" for h in day.site.iterdir()}
    art_files = files - nonarticle
    absent = {p for p, a in arts.items() if a["kind"] == "broken" and p not in files}
    for f in sorted(art_files - set(arts)):
        fail(f"{name}: article file not in gold.json: {f}")
    for p in sorted(set(arts) - files - absent):
        fail(f"{name}: gold article has no file: {p}")
    linked_absent = set()
    for s in sources:
        links = day.parsed(s["url"]).links if s["kind"] == "listpage" else feed_links(day, s["url"], s["kind"])
        for h in links:
            r = resolve(s["url"], h)
            if r is None:
                continue
            if r.startswith("EXTERNAL:"):
                fail(f"{name}{s['url']}: external link {r[9:]}")
            elif r in absent:
                linked_absent.add(r)
            elif r not in files:
                fail(f"{name}{s['url']}: link {h} does not resolve")
    if linked_absent != absent:
        fail(f"{name}: deliberately absent pages not linked from any list/feed: {absent - linked_absent}")
    INFO.append(f"{name}: {len(files)} files, {len(art_files)} article pages, {len(absent)} deliberate 404s")
    for p in sorted(art_files | nonarticle & files):
        if p.endswith(".xml"):
            continue
        for h in day.parsed(p).links:
            r = resolve(p, h)
            if r and (r.startswith("EXTERNAL:") or r not in files) and r not in absent:
                fail(f"{name}{p}: link {h} does not resolve")

    # dates and window
    start = bd - timedelta(days=day.meta["window_days"])
    for p, a in arts.items():
        d = date.fromisoformat(a["published"])
        if d > bd:
            fail(f"{name}: page from the future {p}")
        if a["relevant"] and not (start <= d <= bd):
            fail(f"{name}: relevant page outside the window: {p} {d}")
        if a["kind"] == "stale" and d >= start:
            fail(f"{name}: stale page inside the window: {p} {d}")
        if p in files and a["kind"] != "broken":
            if not date_shown(day, p, d):
                if date_in_url(p, d):
                    INFO.append(f"{name}: date only in the URL: {p}")
                else:
                    fail(f"{name}: {p} shows no date matching published {d}")

    # encodings
    for f in sorted(files):
        raw = day.file(f).read_bytes()
        cs = charset_of(raw)
        if cs in ("gbk", "gb2312", "gb18030"):
            try:
                raw.decode("utf-8")
                fail(f"{name}{f}: declares {cs} but is valid UTF-8")
            except UnicodeDecodeError:
                pass
            decode(raw, name + f)
    INFO.append(f"{name}: {sum(1 for f in files if charset_of(day.file(f).read_bytes()) in ('gbk', 'gb2312'))} GBK-family files")
    INFO.append(f"{name}: threads " + ", ".join(f"{e['id']}:{e['status']}" for e in nov["threads"]))


def check_stability(days: list[Day]) -> None:
    """A page online one morning stays online with the same URL; its body only changes if it was a shell."""
    for a, b in zip(days, days[1:]):
        for p, ga in a.gold["articles"].items():
            fa = a.file(p)
            if not fa.is_file():
                continue
            if p not in b.gold["articles"] or not b.file(p).is_file():
                fail(f"{b.folder.name}: {p} vanished")
                continue
            if a.body(p) != b.body(p) and ga["kind"] != "broken":
                fail(f"{b.folder.name}: the body of {p} changed although it was not a shell before")
            if fa.read_bytes() != b.file(p).read_bytes():
                INFO.append(f"{b.folder.name}: bytes changed (boilerplate or filled shell): {p}")


def main() -> int:
    seq = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / NAME
    folders = sorted((f for f in seq.iterdir() if (f / "corpus.json").is_file()), key=lambda f: f.name)
    days = [Day(f) for f in folders]
    dates = [date.fromisoformat(d.meta["brief_date"]) for d in days]
    if any(b - a != timedelta(days=1) for a, b in zip(dates, dates[1:])):
        fail(f"mornings are not consecutive: {dates}")
    if not 3 <= len(days) <= 4:
        fail(f"{len(days)} mornings (3 or 4 expected)")
    for n, day in enumerate(days, 1):
        check_day(n, day, days)
    check_stability(days)
    pat = re.compile("|".join(re.escape("/" + w + "/") for w in ("work", "home", "tmp", "root", "Users")))
    for f in [f for f in seq.rglob("*") if f.is_file()] + [Path(__file__).resolve().parent / f"make_{seq.name}.py"]:
        if f.is_file():
            raw = f.read_bytes()
            if pat.search(raw.decode(charset_of(raw) or "utf-8", "replace")):
                fail(f"absolute local path in {f.name}")
    print("\n".join("ok   " + i for i in INFO))
    print("\n".join("FAIL " + x for x in FAIL) or "all checks passed")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
