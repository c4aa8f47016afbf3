"""Record or check the ratchet: every bundled corpus's scores and the real pages' extraction
scores (our own tests/data/realpages, and ../shared/realpages where present) in
tests/data/baseline.json.

  python scripts/ratchet.py                 print every measure: baseline and now, per corpus and page set
  python scripts/ratchet.py --check         the same, exiting 1 when a figure is worse than its baseline
  python scripts/ratchet.py --update        write the current scores as the new baseline
  python scripts/ratchet.py --pages-only    real pages only (no corpus is run)
  python scripts/ratchet.py --pages DIR     also print a page set outside the ratchet (not stored)

`make test` checks the same figures (tests/test_ratchet.py, tests/test_pipeline.py): a corpus
that gets worse than its baseline fails the run. Update the baseline only when a change makes
things better, or say in the commit message why a figure may fall.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from corpus_score import PROBLEMS, RECALLS, run_corpus, score_brief  # noqa: E402

BASELINE = ROOT / "tests" / "data" / "baseline.json"
CORPUS_SETS = ("corpora", "heldout", "blind7")
# ../shared/realpages, where the Makefile's `eval` finds ../shared (a worktree sets the variable)
REALPAGES = Path(os.environ.get("DAILYBRIEF_REALPAGES", ROOT.parent / "shared" / "realpages"))
DEV_REALPAGES = ROOT / "tests" / "data" / "realpages"  # bundled, with its own copy of the scorer
HELDOUT_REALPAGES = tuple(sorted((ROOT / "tests" / "data").glob("realpages-heldout*")))
SCORER_NAME = "score_extraction.py"
REALPAGE_FIGURES = {"title accuracy": "title", "date accuracy": "date", "body recall": "body",
                    "boilerplate leakage": "leakage", "source accuracy": "source"}
# Page-set measures where lower is better; every other one is better higher.
PAGE_PROBLEMS = ("leakage",)
PAGE_MEASURES = tuple(REALPAGE_FIGURES.values())
# Short column heads for the corpus table, in the order of RECALLS then PROBLEMS.
HEADS = {"thread_recall": "threads", "section_purity": "purity", "fact_recall": "facts",
         "deadline_recall": "deadlines", "leaked_references": "leaked", "misattributed_references": "misattr",
         "ungrounded_numbers": "ungrounded", "split_threads": "split", "threads_without_original": "no-orig"}


def corpora() -> list[Path]:
    """Return every bundled one-day corpus (a folder with corpus.json and gold.json)."""
    return [p for name in CORPUS_SETS for p in sorted((ROOT / "tests" / "data" / name).iterdir())
            if (p / "corpus.json").is_file() and (p / "gold.json").is_file()]


def realpage_scores(pages: Path, scorer: Path | None = None) -> dict[str, float]:
    """Return the extraction figures of score_extraction.py on a folder of real pages.

    `pages` is a folder holding the scorer (and pages/), or a folder of KEY.html and
    KEY.expected.json pairs (or one holding them in pages/) scored with `scorer`.
    """
    cmd = f"{sys.executable} -m dailybrief extract {{page}} --json"
    if (pages / SCORER_NAME).is_file():
        args = [sys.executable, str(pages / SCORER_NAME), cmd]
    else:
        folder = pages / "pages" if (pages / "pages").is_dir() else pages
        args = [sys.executable, str(scorer or DEV_REALPAGES / SCORER_NAME), "--pages", str(folder.resolve()), cmd]
    out = subprocess.run(args, capture_output=True, text=True, check=False, cwd=ROOT).stdout
    figures: dict[str, float] = {}
    for line in out.splitlines():
        for label, key in REALPAGE_FIGURES.items():
            if line.startswith(label):
                figures[key] = round(float(line[len(label):].split("%")[0]) / 100, 4)
    return figures


def current(realpages: Path, *, with_corpora: bool = True) -> dict:  # type: ignore[type-arg]
    scores: dict = {"corpora": {}}  # type: ignore[type-arg]
    if with_corpora:
        with tempfile.TemporaryDirectory(prefix="ratchet-") as tmp:
            for corpus in corpora():
                key = f"{corpus.parent.name}/{corpus.name}"
                scores["corpora"][key] = score_brief(corpus, run_corpus(corpus, Path(tmp) / key))
    if (realpages / SCORER_NAME).is_file():
        scores["realpages"] = realpage_scores(realpages)
    scores["realpages_dev"] = realpage_scores(DEV_REALPAGES)
    for folder in HELDOUT_REALPAGES:  # held-out sets, seen once measured: they keep what was fixed
        scores[folder.name.replace("-", "_")] = realpage_scores(folder)
    return scores


def is_worse(measure: str, now: float, was: float) -> bool:
    """Return whether `now` is worse than `was` for this measure (problems count up, recalls down)."""
    if measure in PROBLEMS or measure in PAGE_PROBLEMS:
        return now > was + 1e-9
    return now < was - 1e-9


def regressions(old: Mapping, now: Mapping) -> list[str]:  # type: ignore[type-arg]
    """Return one line for every figure of `now` worse than its baseline in `old`."""
    out = []
    for key, score in now.get("corpora", {}).items():
        was = old.get("corpora", {}).get(key, {})
        out += [f"{key} {m} {score[m]} (baseline {was[m]})" for m in (*RECALLS, *PROBLEMS)
                if m in score and m in was and is_worse(m, score[m], was[m])]
    for key in _page_sets(now):
        was = old.get(key) or {}
        out += [f"{key} {m} {now[key][m]} (baseline {was[m]})" for m in PAGE_MEASURES
                if m in now[key] and m in was and is_worse(m, now[key][m], was[m])]
    return out


def _page_sets(scores: Mapping) -> list[str]:  # type: ignore[type-arg]
    return [k for k, v in scores.items() if k != "corpora" and isinstance(v, Mapping)]


def _cell(measure: str, now: float | None, was: float | None) -> str:
    """Return one cell: the figure now, with the baseline after an arrow when it moved."""
    if now is None:
        return "-" if was is None else f"({was})"
    if was is None or abs(now - was) < 1e-9:
        return f"{now}"
    mark = "▼" if is_worse(measure, now, was) else "▲"
    return f"{now}{mark}{was}"


def _rows(title: str, measures: Iterable[str], heads: Mapping[str, str],
          rows: list[tuple[str, Mapping, Mapping]]) -> list[str]:  # type: ignore[type-arg]
    measures = list(measures)
    table = [[title, *(heads.get(m, m) for m in measures)]]
    table += [[name, *(_cell(m, now.get(m), was.get(m)) for m in measures)] for name, now, was in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
             for r in table]
    return [lines[0], "-" * len(lines[0]), *lines[1:]]


def table(old: Mapping, now: Mapping) -> str:  # type: ignore[type-arg]
    """Return the ratchet as text: one row per corpus and per page set, one column per measure.

    A cell shows the figure now; when it moved from its baseline, ▲ (better) or ▼ (worse)
    and the baseline follow it (``0.944▼1.0``).
    """
    out: list[str] = []
    corpus_rows = [(k, v, old.get("corpora", {}).get(k, {})) for k, v in now.get("corpora", {}).items()]
    if corpus_rows:
        out.append("corpora: recalls and purity, higher is better; problem counts, lower is better")
        out += _rows("corpus", (*RECALLS, *PROBLEMS), HEADS, corpus_rows)
        out.append("")
    page_rows = [(k, now[k], old.get(k) or {}) for k in _page_sets(now)]
    if page_rows:
        out.append("real-page sets: leakage, lower is better; the rest, higher is better")
        out += _rows("page set", PAGE_MEASURES, {}, page_rows)
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--update", action="store_true", help="write the current scores as the baseline")
    ap.add_argument("--check", action="store_true", help="exit 1 when a figure is worse than its baseline")
    ap.add_argument("--pages-only", action="store_true", help="score the real pages only, no corpus")
    ap.add_argument("--pages", type=Path, action="append", default=[], metavar="DIR",
                    help="also score this folder of KEY.html + KEY.expected.json (shown, never stored)")
    ap.add_argument("--realpages", type=Path, default=REALPAGES,
                    help="folder of real pages with score_extraction.py (default ../shared/realpages)")
    args = ap.parse_args()
    if args.update and args.pages_only:
        ap.error("--update needs every corpus: leave out --pages-only")
    old = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.is_file() else {"corpora": {}}
    now = current(args.realpages, with_corpora=not args.pages_only)
    shown = dict(now)
    for extra in args.pages:
        shown[f"{extra} (not in the ratchet)"] = realpage_scores(extra)
    print(table(old, shown))
    worse = regressions(old, now)
    for line in worse:
        print(f"WORSE: {line}")
    if args.update:
        if "realpages" not in now and "realpages" in old:
            now["realpages"] = old["realpages"]
        if args.pages_only:  # the corpora were not run: their baseline stands
            now["corpora"] = old.get("corpora", {})
        BASELINE.write_text(json.dumps(now, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE.relative_to(ROOT)}")
    return 1 if args.check and worse else 0


if __name__ == "__main__":
    sys.exit(main())
