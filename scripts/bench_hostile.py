"""Time and peak memory of each hostile case (issue 11), against tests/hostile_server.py on
127.0.0.1, with the default settings. Each case runs in its own process under a wall-clock
cap; run it with PYTHONPATH pointing at another checkout to measure that code instead.

    .venv/bin/python scripts/bench_hostile.py [--cap 60] [case ...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CASE_CODE = r'''
import asyncio, json, resource, sys, tempfile, time
from datetime import date
from pathlib import Path
sys.path.insert(0, str(Path(sys.argv[2]) / "tests"))
from hostile_server import hostile_server
from dailybrief.models import Authority, Source, SourceKind
from dailybrief.settings import Settings

case = sys.argv[1]
DAY = date(2026, 6, 10)


def listing(sid, url, kind=SourceKind.LISTPAGE):
    return Source(sid, "来源" + sid, sid, kind, url, Authority.MEDIA)


def collect_sources(sources, settings=None):
    from dailybrief.collect import collect
    result = collect(sources, settings or Settings(), today=DAY)
    return f"{len(result.pages)} pages, {len(result.rejections)} rejections: " + \
        "; ".join(sorted({str(r.reason) for r in result.rejections}))


def run(srv):
    if case == "links5000":
        from dailybrief.collect.listpage import discover_links
        links = "".join(f"<li><a href='/a/202606/t20260609_{i}.html'>新质生产力文章第{i}篇</a>"
                        f"<span>2026-06-09</span></li>" for i in range(5000))
        body = f"<html><body><ul class='list'>{links}</ul></body></html>".encode()
        found = discover_links(body, srv.base + "/list", listing("s", srv.base + "/list"))
        return f"{len(found.links)} links", 0
    if case == "article4.9MB":
        from dailybrief.pipeline import run_brief
        tmp = Path(tempfile.mkdtemp())
        (tmp / "s.yaml").write_text(
            "sources:\n  - {id: big, name: 国家发展改革委, name_en: NDRC, kind: listpage, "
            f"url: '{srv.base}/list?n=1&kind=big&size=21000', authority: ministry}}\n", encoding="utf-8")
        report = run_brief(tmp / "s.yaml", day=DAY, out_dir=tmp / "out", db_path=tmp / "db",
                           settings=Settings(), formats=("json",))
        return f"{report.stats.counts.get('articles/extracted')} article", srv.hits.total()
    if case == "drip":
        return collect_sources([listing("s", srv.base + "/drip?every=1")]), srv.hits.total("/drip")
    if case == "silent":
        return collect_sources([listing("s", srv.base + "/hang")]), srv.hits.total("/hang")
    if case == "drip60":
        return collect_sources([listing("s", srv.base + "/list?n=60&kind=drip")]), srv.hits.total("/drip")
    if case == "retry-after3600":
        return collect_sources([listing("s", srv.base + "/retry-after?s=3600")]), srv.hits.total("/retry")
    if case == "storm503":
        return collect_sources([listing("s", srv.base + "/list?n=60&kind=storm")]), srv.hits.total("/storm")
    if case == "same-feed2000":
        return collect_sources([listing(f"s{i}", srv.base + "/list?n=3") for i in range(2000)]), \
            srv.hits.total("/list")
    if case == "bomb20MB":
        return collect_sources([listing("s", srv.base + "/bomb?mb=20")]), srv.hits.total("/bomb")
    if case == "name2M-pdf":
        from dailybrief.errors import BriefError
        from dailybrief.sources import load_sources
        tmp = Path(tempfile.mkdtemp())
        (tmp / "s.yaml").write_text("sources:\n  - {id: x, name: '" + "名" * 2_000_000 + "', name_en: x, "
                                    "kind: rss, url: 'http://127.0.0.1:9/', authority: media}\n", encoding="utf-8")
        try:
            (source,) = load_sources(tmp / "s.yaml")
        except BriefError as exc:
            return "refused: " + str(exc)[-70:], 0
        from dailybrief.models import Brief, Reference, Section
        from dailybrief.render import render_brief
        brief = Brief(day=DAY, title="t", summary="s", sections=(Section(title="一", references=(1,),
                      paragraphs=("正文。",), story_id="S1"),), references=(Reference(
                      n=1, title="通知", publisher=source.name, publisher_en="x", published=DAY,
                      url="http://127.0.0.1/", verifies="v"),))
        render_brief(brief, tmp, ["pdf"])
        return "pdf written", 0
    raise SystemExit(f"unknown case {case}")


start = time.monotonic()
with hostile_server() as srv:
    outcome, requests = run(srv)
elapsed = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"outcome": outcome, "requests": requests, "seconds": round(elapsed, 1), "peak_mb": round(peak)}))
'''

CASES = ["links5000", "article4.9MB", "drip", "silent", "drip60", "retry-after3600", "storm503",
         "same-feed2000", "bomb20MB", "name2M-pdf"]


def measure(case: str, cap: float) -> dict[str, object]:
    start = time.monotonic()
    try:
        proc = subprocess.run([sys.executable, "-c", CASE_CODE, case, str(ROOT)], capture_output=True,
                              text=True, timeout=cap, env=os.environ.copy(), cwd=tempfile.gettempdir())
    except subprocess.TimeoutExpired:
        return {"outcome": f"not finished in {cap:g} s (killed)", "requests": "?", "seconds": f">{cap:g}",
                "peak_mb": "?"}
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode or not lines:
        tail = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return {"outcome": f"error: {tail[:80]}", "requests": "?", "seconds": round(time.monotonic() - start, 1),
                "peak_mb": "?"}
    return json.loads(lines[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", default=CASES)
    parser.add_argument("--cap", type=float, default=60.0, help="wall-clock cap per case, seconds")
    args = parser.parse_args()
    where = subprocess.run([sys.executable, "-c", "import dailybrief; print(dailybrief.__file__)"],
                           capture_output=True, text=True, cwd=tempfile.gettempdir()).stdout.strip()
    print(f"code under test: {where}")
    print("| case | outcome | requests | time s | peak MB |")
    print("| --- | --- | --- | --- | --- |")
    for case in args.cases:
        m = measure(case, args.cap)
        print(f"| {case} | {m['outcome']} | {m['requests']} | {m['seconds']} | {m['peak_mb']} |", flush=True)


if __name__ == "__main__":
    main()
