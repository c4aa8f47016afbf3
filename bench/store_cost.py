"""What one page costs after it is fetched, per stage and per backend (the cost model of
docs/scale.md): extraction, jieba segmentation for the search index, and storing the page
and its article on SQLite and on PostgreSQL.

    .venv/bin/python bench/store_cost.py [--pages 2000] [--html DIR] [--pg postgresql://…]

Pages are the saved pages under --html (default: the bundled demo corpus), each repeated with a unique URL and a
changed byte so that nothing is deduplicated. Without --pg a throw-away PostgreSQL cluster
is started on a loopback port (tests/pg_cluster.py) and removed afterwards.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import trafilatura

from dailybrief.demo import demo_corpus
from dailybrief.extract import extract_page
from dailybrief.models import Article, Authority, Page, Source, SourceKind
from dailybrief.store import Store, segment

SOURCE = Source("bench", "基准来源", "bench", SourceKind.LISTPAGE, "http://127.0.0.1/", Authority.MINISTRY)


def _pages(n: int, folder: Path) -> list[Page]:
    bodies = [p.read_bytes() for p in sorted(folder.rglob("*.html")) if p.stat().st_size > 3000]
    now = datetime.now(UTC)
    out = []
    for i in range(n):
        body = bodies[i % len(bodies)] + f"<!-- {i} -->".encode()
        out.append(Page(url=f"http://127.0.0.1/bench/{i}.html", final_url=f"http://127.0.0.1/bench/{i}.html",
                        source_id="bench", status=200, content_type="text/html; charset=utf-8",
                        body=body, sha256=hashlib.sha256(body).hexdigest(), fetched_at=now))
    return out


def _cpu() -> float:
    return time.process_time()


@contextlib.contextmanager
def _timed(row: dict[str, float], key: str) -> Iterator[None]:
    wall, cpu = time.perf_counter(), _cpu()
    yield
    row[key] = time.perf_counter() - wall
    row[key + "/cpu"] = _cpu() - cpu


def _articles(pages: list[Page]) -> list[Article]:
    out = []
    for p in pages:
        ex = extract_page(p.body, url=p.url, content_type=p.content_type)
        out.append(Article(url=p.url, source_id="bench", title=ex.title or p.url, text=ex.text,
                           published=ex.published or date(2026, 6, 10), publisher="基准来源", publisher_en="bench",
                           authority=Authority.MINISTRY, sha256=p.sha256))
    return out


def _store_run(location: str, pages: list[Page], articles: list[Article]) -> dict[str, float]:
    row: dict[str, float] = {}
    with Store.open(location) as store:
        store.upsert_sources([SOURCE])
        with _timed(row, "save_page"):
            for p in pages:
                store.save_page(p)
        with _timed(row, "save_articles"):
            store.save_articles(articles)
        with _timed(row, "search"):
            for word in ("人工智能", "算力", "电力", "数据", "储能") * 20:
                store.search_articles(word)
        with _timed(row, "articles_window"):
            store.articles(since=date(2026, 5, 27))
        changed = [replace(a, text=a.text + "补充。") for a in articles[: len(articles) // 10]]
        with _timed(row, "update_10pct"):
            store.save_articles(changed)
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--pg", default=None, help="a PostgreSQL database URL (default: throw-away)")
    parser.add_argument("--html", type=Path, default=demo_corpus() / "site",
                        help="a folder of saved article pages (default: the demo corpus)")
    args = parser.parse_args()
    pages = _pages(args.pages, args.html)
    n = len(pages)
    row: dict[str, float] = {}
    with _timed(row, "trafilatura"):
        for p in pages:
            trafilatura.extract(p.body.decode("utf-8", "replace"))
    with _timed(row, "extract"):
        articles = _articles(pages)
    with _timed(row, "segment"):
        for a in articles:
            segment(a.title)
            segment(a.text)
    print(f"{n} pages, {sum(len(p.body) for p in pages) / n / 1024:.0f} KiB and "
          f"{sum(len(a.text) for a in articles) / n:.0f} characters of text each on average\n")
    print(f"{'stage':28} {'ms/page wall':>13} {'ms/page CPU':>12}")
    for key in ("trafilatura", "extract", "segment"):
        print(f"{key:28} {row[key] * 1000 / n:13.2f} {row[key + '/cpu'] * 1000 / n:12.2f}")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    with tempfile.TemporaryDirectory() as tmp:
        if args.pg:
            pg_url, cluster = args.pg, contextlib.nullcontext()
        else:
            from pg_cluster import throwaway_cluster

            cluster = throwaway_cluster()
        with cluster as server:
            if server is not None:
                pg_url = server.new_database()
            results = {
                "sqlite": _store_run(str(Path(tmp) / "bench.db"), pages, articles),
                "postgresql": _store_run(pg_url, pages, articles),
            }
    print()
    print(f"{'store (per page; client CPU)':28} {'SQLite wall':>12} {'CPU':>7} {'PostgreSQL wall':>16} {'CPU':>7}")
    for key, per in (("save_page", n), ("save_articles", n), ("update_10pct", n // 10),
                     ("search", 100), ("articles_window", 1)):
        s, p = results["sqlite"], results["postgresql"]
        unit = "ms/query" if key in ("search", "articles_window") else "ms/page"
        print(f"{key + ' (' + unit + ')':28} {s[key] * 1000 / per:12.2f} {s[key + '/cpu'] * 1000 / per:7.2f}"
              f" {p[key] * 1000 / per:16.2f} {p[key + '/cpu'] * 1000 / per:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
