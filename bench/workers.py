"""Benchmark the worker mode against a single-process run on the same seeded synthetic day.

    .venv/bin/python bench/workers.py --pages 1000 [--workers 2] [--threads 4] [--seed 7]

Generates (or reuses) the day of bench/run.py, serves it on 127.0.0.1 from a separate
process, starts a throw-away PostgreSQL cluster and redis-server as the tests do
(tests/pg_cluster.py, tests/redis_server.py), then runs the day twice, each on a fresh
database: in one process, and through `dailybrief worker --processes N` (started before,
stopped after, so its CPU is counted once it exits). Prints wall and CPU seconds per side
(the coordinator's own CPU, the workers' CPU), messages sent, pages per second, and whether
the two brief.json files are byte-identical. Figures, not assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(HERE)]


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def child(args: argparse.Namespace) -> None:
    """One pipeline run (with --broker: through the workers); print its figures as JSON."""
    from dailybrief.pipeline import run_brief
    from dailybrief.settings import load_settings

    corpus = Path(args.corpus)
    meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    settings = load_settings().with_overrides(window_days=meta["window_days"], timeout_s=60.0,
                                              per_host_concurrency=args.per_host)
    collector = None
    if args.broker:
        from dailybrief.distribute import Distributed

        collector = Distributed(args.broker)
    wall = time.perf_counter()
    report = run_brief(corpus / "sources.yaml", day=date.fromisoformat(meta["brief_date"]),
                       out_dir=Path(args.out), db_path=args.db, settings=settings, formats=("json",),
                       base_url=args.base_url, collector=collector)
    own = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"wall": time.perf_counter() - wall, "cpu": own.ru_utime + own.ru_stime + _children_cpu(),
                      "stages": {k: round(v, 2) for k, v in report.stats.timings.items() if "/" not in k},
                      "pages": report.stats.counts.get("pages/fetched", 0),
                      "messages": len(collector.sent) if collector else 0}))


def _run(argv: list[str]) -> dict:
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", *argv],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if done.returncode != 0:
        raise SystemExit(f"the run failed: {done.stderr.strip().splitlines()[-3:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=2, help="worker processes")
    ap.add_argument("--threads", type=int, default=4, help="threads per worker process")
    ap.add_argument("--per-host", type=int, default=8, help="per-host concurrency (one local mirror)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--base-url", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--broker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return
    import tempfile

    from pg_cluster import throwaway_cluster
    from redis_server import throwaway_redis
    from run import day_folder, serve

    corpus = day_folder(args.pages, args.seed)
    work = Path(tempfile.mkdtemp(prefix="dailybrief-bench-workers-"))
    server, base = serve(corpus / "site")
    try:
        with throwaway_cluster() as pg, throwaway_redis() as broker:
            common = ["--corpus", str(corpus), "--base-url", base, "--per-host", str(args.per_host)]
            single = _run([*common, "--db", pg.new_database(), "--out", str(work / "single")])
            db = pg.new_database()
            subprocess.run([sys.executable, "-c", f"from dailybrief.store import Store; Store.open({db!r}).close()"],
                           check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
            before = _children_cpu()
            workers = subprocess.Popen([sys.executable, "-m", "dailybrief", "worker", "--db", db, "--broker", broker,
                                        "--processes", str(args.workers), "--threads", str(args.threads)],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                       env={**os.environ, "PYTHONPATH": str(ROOT)})
            try:
                spread = _run([*common, "--db", db, "--out", str(work / "workers"), "--broker", broker])
            finally:
                workers.terminate()
                workers.wait(timeout=300)
            worker_cpu = _children_cpu() - before - spread["cpu"]
    finally:
        server.terminate()
        server.wait()
    same = (work / "workers" / "brief.json").read_bytes() == (work / "single" / "brief.json").read_bytes()
    print(f"day of {args.pages} pages (seed {args.seed}); workers: {args.workers} processes x {args.threads} threads")
    print(f"  {'run':<34}{'wall s':>9}{'CPU s':>9}{'pages/s':>9}")
    print(f"  {'one process':<34}{single['wall']:9.1f}{single['cpu']:9.1f}{single['pages'] / single['wall']:9.0f}")
    print(f"  {'worker mode: coordinator':<34}{spread['wall']:9.1f}{spread['cpu']:9.1f}"
          f"{spread['pages'] / spread['wall']:9.0f}")
    print(f"  {'worker mode: workers (all)':<34}{'':>9}{worker_cpu:9.1f}")
    print(f"  stages, one process: {single['stages']}")
    print(f"  stages, worker mode: {spread['stages']}")
    print(f"  pages {single['pages']} / {spread['pages']}; messages {spread['messages']}; "
          f"brief.json byte-identical: {same}")


if __name__ == "__main__":
    main()
