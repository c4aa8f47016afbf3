"""Record or check the ratchet: every bundled corpus's scores and the real pages' extraction
scores (our own tests/data/realpages, and ../shared/realpages where present) in
tests/data/baseline.json.

  python scripts/ratchet.py            print the table: baseline and now, per corpus
  python scripts/ratchet.py --update   write the current scores as the new baseline

`make test` checks the same figures (tests/test_ratchet.py): a corpus that gets worse than
its baseline fails the run. Update the baseline only when a change makes things better.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from corpus_score import RECALLS, run_corpus, score_brief  # noqa: E402

BASELINE = ROOT / "tests" / "data" / "baseline.json"
CORPUS_SETS = ("corpora", "heldout")
REALPAGES = ROOT.parent / "shared" / "realpages"  # where the Makefile's `eval` finds ../shared
DEV_REALPAGES = ROOT / "tests" / "data" / "realpages"  # bundled, with its own copy of the scorer
REALPAGE_FIGURES = {"title accuracy": "title", "date accuracy": "date", "body recall": "body",
                    "boilerplate leakage": "leakage", "source accuracy": "source"}


def corpora() -> list[Path]:
    """Return every bundled one-day corpus (a folder with corpus.json and gold.json)."""
    return [p for name in CORPUS_SETS for p in sorted((ROOT / "tests" / "data" / name).iterdir())
            if (p / "corpus.json").is_file() and (p / "gold.json").is_file()]


def realpage_scores(pages: Path) -> dict[str, float]:
    """Return the extraction figures of score_extraction.py on a folder of real pages."""
    cmd = f"{sys.executable} -m dailybrief extract {{page}} --json"
    out = subprocess.run([sys.executable, str(pages / "score_extraction.py"), cmd],
                         capture_output=True, text=True, check=False, cwd=ROOT).stdout
    figures: dict[str, float] = {}
    for line in out.splitlines():
        for label, key in REALPAGE_FIGURES.items():
            if line.startswith(label):
                figures[key] = round(float(line[len(label):].split("%")[0]) / 100, 4)
    return figures


def current(realpages: Path) -> dict:  # type: ignore[type-arg]
    scores: dict = {"corpora": {}}  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory(prefix="ratchet-") as tmp:
        for corpus in corpora():
            key = f"{corpus.parent.name}/{corpus.name}"
            scores["corpora"][key] = score_brief(corpus, run_corpus(corpus, Path(tmp) / key))
    if (realpages / "score_extraction.py").is_file():
        scores["realpages"] = realpage_scores(realpages)
    scores["realpages_dev"] = realpage_scores(DEV_REALPAGES)
    return scores


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--update", action="store_true", help="write the current scores as the baseline")
    ap.add_argument("--realpages", type=Path, default=REALPAGES,
                    help="folder of real pages with score_extraction.py (default ../shared/realpages)")
    args = ap.parse_args()
    old = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.is_file() else {"corpora": {}}
    now = current(args.realpages)
    print(f"{'corpus':32} " + " ".join(f"{k:>17}" for k in RECALLS))
    for key, score in now["corpora"].items():
        was = old["corpora"].get(key, {})
        cells = [f"{was.get(k, '-')!s:>7} → {score[k]:<7}" for k in RECALLS]
        print(f"{key:32} " + " ".join(cells))
    for key in ("realpages", "realpages_dev"):
        if key in now:
            print(key, json.dumps(old.get(key)), "→", json.dumps(now[key]))
    if args.update:
        if "realpages" not in now and "realpages" in old:
            now["realpages"] = old["realpages"]
        BASELINE.write_text(json.dumps(now, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
