"""The ratchet: no bundled corpus may score worse than tests/data/baseline.json says.

The corpora of tests/data/corpora are run once by tests/test_pipeline.py (its
`test_scores_hold_the_ratchet`); the held-out corpora of tests/data/heldout are run here.
Record a better baseline with `python scripts/ratchet.py --update`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_score import run_corpus, score_brief, worse_than

DATA = Path(__file__).parent / "data"
BASELINE = json.loads((DATA / "baseline.json").read_text(encoding="utf-8"))
HELDOUT = sorted(p.name for p in (DATA / "heldout").iterdir() if (p / "gold.json").is_file())
REALPAGES = Path(os.environ.get("DAILYBRIEF_REALPAGES", Path(__file__).parents[2] / "shared" / "realpages"))
DEV_REALPAGES = DATA / "realpages"  # our own real pages, with a copy of the shared scorer
# A summary line of score_extraction.py, e.g. "title accuracy        100.0%" (not its "(info)" lines).
SUMMARY_LINE = re.compile(r"^(?P<name>\w+) (?:accuracy|recall|leakage)\s+(?P<percent>[\d.]+)%")


def test_the_baseline_lists_every_bundled_corpus() -> None:
    bundled = {f"{folder}/{p.name}" for folder in ("corpora", "heldout")
               for p in (DATA / folder).iterdir() if (p / "gold.json").is_file()}
    assert bundled <= set(BASELINE["corpora"]), "run: python scripts/ratchet.py --update"


@pytest.mark.parametrize("name", HELDOUT)
def test_held_out_corpus_holds_its_baseline(name: str, tmp_path: Path) -> None:
    corpus = DATA / "heldout" / name
    score = score_brief(corpus, run_corpus(corpus, tmp_path))
    assert worse_than(score, BASELINE["corpora"][f"heldout/{name}"]) == []


def test_worse_scores_are_caught() -> None:
    base = {"fact_recall": 0.8, "thread_recall": 1.0, "leaked_references": 0}
    assert worse_than({"fact_recall": 0.8, "thread_recall": 1.0, "leaked_references": 0}, base) == []
    assert worse_than({"fact_recall": 0.79, "thread_recall": 1.0, "leaked_references": 1}, base) == [
        "fact_recall 0.79 < baseline 0.8", "leaked_references 1 > baseline 0"]


def real_page_figures(pages: Path) -> dict[str, float]:
    """Return score_extraction.py's summary figures for the real pages of one folder."""
    cmd = f"{sys.executable} -m dailybrief extract {{page}} --json"
    out = subprocess.run([sys.executable, str(pages / "score_extraction.py"),
                          "--jobs", "2", cmd], capture_output=True, text=True, check=False).stdout
    return {m["name"]: float(m["percent"]) / 100 for m in map(SUMMARY_LINE.match, out.splitlines()) if m}


def assert_holds(figures: dict[str, float], base: dict[str, float]) -> None:
    assert figures["title"] >= base["title"] and figures["date"] >= base["date"]
    assert figures["body"] >= base["body"] and figures["source"] >= base["source"]
    assert figures["boilerplate"] <= base["leakage"]


@pytest.mark.skipif(not (REALPAGES / "score_extraction.py").is_file(),
                    reason="real pages not present (../shared/realpages or $DAILYBRIEF_REALPAGES)")
def test_real_pages_hold_their_baseline() -> None:
    assert_holds(real_page_figures(REALPAGES), BASELINE["realpages"])


def test_bundled_real_pages_hold_their_baseline() -> None:
    assert_holds(real_page_figures(DEV_REALPAGES), BASELINE["realpages_dev"])
