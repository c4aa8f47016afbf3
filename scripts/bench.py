"""Benchmark: the whole run on the demo corpus (fresh, then repeated), stage by stage.

Prints seconds per stage, the peak resident memory and what the repeated run fetched.
Usage: .venv/bin/python scripts/bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from dailybrief.demo import corpus_meta, demo_corpus, serve_folder
from dailybrief.pipeline import run_brief
from dailybrief.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=2, help="runs on one database (first is fresh)")
    args = parser.parse_args()
    corpus = demo_corpus()
    day, window = corpus_meta(corpus)
    settings = Settings(window_days=window)
    with tempfile.TemporaryDirectory() as tmp, serve_folder(corpus / "site") as base_url:
        for i in range(args.runs):
            start = time.perf_counter()
            report = run_brief(corpus / "sources.yaml", day=day, out_dir=Path(tmp) / f"out{i}",
                               db_path=Path(tmp) / "bench.db", settings=settings, base_url=base_url)
            total = time.perf_counter() - start
            c = report.stats.counts
            stages = ", ".join(f"{k} {v:.2f}s" for k, v in report.stats.timings.items())
            print(f"run {i + 1}: {total:.2f}s total; pages {c.get('pages/fetched', 0)} "
                  f"(not modified {c.get('fetch/not_modified', 0)}, new versions {c.get('store/pages/new', 0)}); "
                  f"sections {c.get('sections', 0)}")
            print(f"       {stages}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
