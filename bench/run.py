"""Benchmark the whole pipeline on seeded synthetic days of 1k, 10k or 100k pages.

    .venv/bin/python bench/run.py --pages 1000,10000 [--seed 7] [--timeout 600] [--day independent]

For each size it generates the day (bench/make_day.py, or with --day independent the
independent generator bench/make_independent_day.py; cached under bench/.days/), serves it
on 127.0.0.1 from a separate process, and runs the real pipeline twice on one fresh database
(the second run finds nothing new). It prints per stage and in total: wall and CPU time
(child processes included), pages per second and the peak resident memory; then trafilatura
alone over the same article pages in one loop, the ratio to it, and how well the brief
covers the planted main storylines (each in its own section, nothing leaked). A run that
takes longer than --timeout seconds is stopped and reported as not finished.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DAYS = HERE / ".days"
STAGES = ("collect", "extract", "analyse", "write", "render")
# The targets on a 2-core machine (printed, never asserted).
TARGETS = (
    "10k first run: CPU <= 1.5x trafilatura alone, wall < 90 s; second run < 10% of the first;",
    "peak RSS < 1.5 GB at 10k; 10k -> 100k no worse than linear in time, sub-linear in memory;",
    "brief covers >= 0.9 of the main storylines, each in its own section, nothing leaked.",
)


# --- children: one pipeline run, or trafilatura alone ------------------------------------


def child_run(args: argparse.Namespace) -> None:
    """Run the pipeline once and print its figures as JSON (in a process of its own)."""
    sys.path.insert(0, str(ROOT))
    from dailybrief.pipeline import run_brief
    from dailybrief.settings import load_settings

    corpus = Path(args.corpus)
    meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    from datetime import date

    # A local mirror on a shared machine: more requests at a time, and patience with a slow server.
    overrides = {"window_days": meta["window_days"], "timeout_s": 60.0}
    if args.per_host:
        overrides["per_host_concurrency"] = args.per_host
    settings = load_settings().with_overrides(**overrides)
    wall, cpu, own = time.perf_counter(), _cpu(), _own_cpu()
    report = run_brief(corpus / "sources.yaml", day=date.fromisoformat(meta["brief_date"]),
                       out_dir=Path(args.out), db_path=Path(args.db), settings=settings,
                       base_url=args.base_url, formats=("json", "md"))
    s = report.stats
    print(json.dumps({
        "wall": time.perf_counter() - wall, "cpu": _cpu() - cpu, "main_cpu": _own_cpu() - own, "rss": _rss(),
        "stages": {k: {"wall": s.timings.get(k, 0.0), "cpu": s.cpu.get(k, 0.0),
                       "rss": s.peak_rss_mb.get(k, 0.0)} for k in STAGES},
        "counts": s.counts,
    }))


def child_trafilatura(args: argparse.Namespace) -> None:
    """Run trafilatura.extract over every article page of the day in one loop."""
    import trafilatura

    corpus = Path(args.corpus)
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    files = [corpus / "site" / p.lstrip("/") for p in gold["articles"]]
    wall, cpu = time.perf_counter(), _cpu()
    n = 0
    for f in files:
        if f.is_file():
            trafilatura.extract(f.read_bytes())
            n += 1
    print(json.dumps({"wall": time.perf_counter() - wall, "cpu": _cpu() - cpu, "rss": _rss(), "pages": n}))


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _own_cpu() -> float:
    """Return the CPU seconds of this process alone (the extraction workers left out)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _rss() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return max(own.ru_maxrss, kids.ru_maxrss) / 1024


# --- the parent: generate, serve, run, print ---------------------------------------------


GENERATORS = {"synthetic": "make_day.py", "independent": "make_independent_day.py"}


def day_folder(pages: int, seed: int, generator: str = "synthetic") -> Path:
    """Return the generated day for (pages, seed), generating it on first use."""
    script = HERE / GENERATORS[generator]
    version = hashlib.sha256(script.read_bytes()).hexdigest()[:8]  # a new generator, a new day
    prefix = "day" if generator == "synthetic" else generator
    folder = DAYS / f"{prefix}-{pages}-s{seed}-{version}"
    if not (folder / "gold.json").is_file():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        where = [str(folder)] if generator == "synthetic" else ["--out", str(folder)]
        subprocess.run([sys.executable, str(script), *where, "--pages", str(pages), "--seed", str(seed)],
                       check=True, stdout=subprocess.DEVNULL)
    return folder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(site: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Serve site on 127.0.0.1 from a separate process (its CPU is not the pipeline's)."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                             "--directory", str(site)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    return proc, f"http://127.0.0.1:{port}"


def process_cpu(pid: int) -> float:
    """Return the CPU seconds a process has used so far (Linux /proc), 0.0 where unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_child(argv: list[str], timeout: float) -> dict | str:
    """Run a child of this script; return its JSON, or why it has none."""
    start = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), *argv], capture_output=True,
                              text=True, timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT)})
    except subprocess.TimeoutExpired:
        return f"did not finish in {timeout:.0f} s"
    if proc.returncode != 0:
        return f"failed after {time.perf_counter() - start:.0f} s: {proc.stderr.strip().splitlines()[-1:]}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


def coverage(corpus: Path, brief: dict) -> dict:
    """Return how the brief covers the day's main storylines (importance 1-2 in gold.json)."""
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    articles = gold["articles"]
    main = [t for t in gold["threads"] if t.get("importance", 1) <= 2]
    ref_path = {r["n"]: "/" + r.get("url", "").split("/", 3)[-1] for r in brief.get("references", [])}
    covered: Counter[str] = Counter()
    mixed, leaks = 0, []
    for section in brief.get("sections", []):
        paths = [ref_path.get(n, "") for n in section.get("references", [])]
        tids = [articles.get(p, {}).get("thread") or f"lone:{p}" for p in paths]
        top = max(set(tids), key=tids.count) if tids else None
        if len(set(tids)) > 1:
            mixed += 1
        if top and not top.startswith("lone:"):
            covered[top] += 1
    for p in ref_path.values():
        a = articles.get(p)
        if a is None or not a.get("relevant") or a.get("kind") in ("stale", "distractor", "broken"):
            leaks.append(p)
    main_ids = {t["id"] for t in main}
    got = sum(1 for t in main_ids if covered[t])
    return {"main": len(main_ids), "covered": got, "split": sum(1 for t in main_ids if covered[t] > 1),
            "mixed_sections": mixed, "sections": len(brief.get("sections", [])), "leaks": len(leaks)}


def bench_size(pages: int, seed: int, timeout: float, per_host: int, generator: str = "synthetic",
               trafilatura: bool = True) -> dict:
    corpus = day_folder(pages, seed, generator)
    n_pages = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))["pages"]
    work = Path(tempfile.mkdtemp(prefix=f"dailybrief-bench-{pages}-"))
    server, base = serve(corpus / "site")
    result: dict = {"pages": n_pages}
    try:
        for i in (1, 2):
            argv = ["--child-run", "--corpus", str(corpus), "--base-url", base, "--db", str(work / "bench.db"),
                    "--out", str(work / f"out{i}"), "--per-host", str(per_host)]
            before = process_cpu(server.pid)
            result[f"run{i}"] = run_child(argv, timeout)
            if isinstance(result[f"run{i}"], str):
                break
            result[f"run{i}"]["mirror_cpu"] = process_cpu(server.pid) - before
        brief_file = work / "out1" / "brief.json"
        if brief_file.is_file():
            result["coverage"] = coverage(corpus, json.loads(brief_file.read_text(encoding="utf-8")))
        else:
            result["coverage"] = f"no brief.json from the first run ({sorted(p.name for p in work.glob('out1/*'))})"
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)
    # one loop of a bare extractor: CPU-bound, so on a loaded machine give it more wall time
    if trafilatura:
        result["trafilatura"] = run_child(["--child-trafilatura", "--corpus", str(corpus)], 3 * timeout)
    return result


def _row(label: str, wall: float, cpu: float, rss: float, pages: int) -> str:
    rate = pages / wall if wall > 0 else 0.0
    return f"  {label:<22}{wall:9.2f}{cpu:9.2f}{rate:10.0f}{rss:10.0f}"


def print_size(r: dict) -> None:
    pages = r["pages"]
    print(f"\n== {pages} pages ==")
    print(f"  {'':<22}{'wall s':>9}{'cpu s':>9}{'pages/s':>10}{'peak MB':>10}")
    tra = r.get("trafilatura")
    for i in (1, 2):
        run = r.get(f"run{i}")
        if run is None:
            continue
        if isinstance(run, str):
            print(f"  run {i}: {run}")
            continue
        print(f"  run {i} ({'first' if i == 1 else 'nothing new'})")
        for k in STAGES:
            st = run["stages"][k]
            print(_row(k, st["wall"], st["cpu"], st["rss"], pages))
        print(_row("total", run["wall"], run["cpu"], run["rss"], pages))
        if "main_cpu" in run:
            print(f"  {'(main process)':<22}{'':>9}{run['main_cpu']:9.2f}   of the total, without the worker processes")
        if run.get("mirror_cpu"):
            print(f"  {'(mirror server)':<22}{'':>9}{run['mirror_cpu']:9.2f}   the same cores, not in the total")
    if isinstance(tra, dict):
        print(_row("trafilatura alone", tra["wall"], tra["cpu"], tra["rss"], tra["pages"]))
    elif tra:
        print(f"  trafilatura alone: {tra}")
    r1, r2 = r.get("run1"), r.get("run2")
    if isinstance(r1, dict) and isinstance(tra, dict) and tra["cpu"]:
        print(f"  first run CPU / trafilatura CPU: {r1['cpu'] / tra['cpu']:.2f}x (target <= 1.5x)")
    if isinstance(r1, dict) and isinstance(r2, dict) and r1["wall"]:
        print(f"  second run / first run: wall {r2['wall'] / r1['wall']:.1%}, cpu {r2['cpu'] / r1['cpu']:.1%} (target < 10%)")
    if isinstance(r1, dict):
        c = r1["counts"]
        print(f"  pages fetched {c.get('pages/fetched', 0)}, articles {c.get('articles/extracted', 0)}, "
              f"relevant {c.get('articles/relevant', 0)}, storylines {c.get('storylines', 0)}, "
              f"sections {c.get('sections', 0)}")
    cov = r.get("coverage")
    if isinstance(cov, str):
        print(f"  main storylines covered: unknown, {cov}")
    elif cov:
        print(f"  main storylines covered {cov['covered']}/{cov['main']} (target >= 0.9), split {cov['split']}, "
              f"sections mixing storylines {cov['mixed_sections']}/{cov['sections']}, leaked references {cov['leaks']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", default="1000", help="comma-separated sizes, e.g. 1000,10000,100000")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--timeout", type=float, default=600.0, help="stop a run after this many seconds")
    ap.add_argument("--per-host", type=int, default=8, help="per-host concurrency (one local mirror)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument("--no-trafilatura", action="store_true",
                    help="skip the trafilatura-alone loop (its ratio is stable across sizes; saves time at 100k)")
    ap.add_argument("--day", choices=sorted(GENERATORS), default="synthetic",
                    help="which generator makes the day (independent: bench/make_independent_day.py)")
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--base-url", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--child-run", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--child-trafilatura", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_run:
        return child_run(args)
    if args.child_trafilatura:
        return child_trafilatura(args)
    load = os.getloadavg()
    print(f"dailybrief bench: {args.day} day, seed {args.seed}, per-host concurrency {args.per_host}, "
          f"{os.cpu_count()} cores, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    for line in TARGETS:
        print(f"  target: {line}")
    results = {}
    for size in (int(x) for x in args.pages.split(",")):
        results[size] = bench_size(size, args.seed, args.timeout, args.per_host, args.day,
                                   trafilatura=not args.no_trafilatura)
        print_size(results[size])
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    load = os.getloadavg()
    print(f"\nload average at the end {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")


if __name__ == "__main__":
    main()
