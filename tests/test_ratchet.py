"""The ratchet: no bundled corpus may score worse than tests/data/baseline.json says.

The corpora of tests/data/corpora are run once by tests/test_pipeline.py (its
`test_scores_hold_the_ratchet`); those of tests/data/heldout and tests/data/blind7 are run here.
Record a better baseline with `python scripts/ratchet.py --update`.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_score import PROBLEMS, RECALLS, run_corpus, score_brief, worse_than

DATA = Path(__file__).parent / "data"
BASELINE = json.loads((DATA / "baseline.json").read_text(encoding="utf-8"))
# Corpora run here: held out, and blind7 (written blind, scored black-box, then worked on; see its README).
RATCHET_SETS = ("heldout", "blind7")
HELDOUT = sorted(f"{folder}/{p.name}" for folder in RATCHET_SETS
                 for p in (DATA / folder).iterdir() if (p / "gold.json").is_file())
REALPAGES = Path(os.environ.get("DAILYBRIEF_REALPAGES", Path(__file__).parents[2] / "shared" / "realpages"))
DEV_REALPAGES = DATA / "realpages"  # our own real pages, with a copy of the shared scorer
# A summary line of score_extraction.py, e.g. "title accuracy        100.0%" (not its "(info)" lines).
SUMMARY_LINE = re.compile(r"^(?P<name>\w+) (?:accuracy|recall|leakage)\s+(?P<percent>[\d.]+)%")


def test_the_baseline_lists_every_bundled_corpus() -> None:
    bundled = {f"{folder}/{p.name}" for folder in ("corpora", *RATCHET_SETS)
               for p in (DATA / folder).iterdir() if (p / "gold.json").is_file()}
    assert bundled <= set(BASELINE["corpora"]), "run: python scripts/ratchet.py --update"


@pytest.mark.parametrize("name", HELDOUT)
def test_held_out_corpus_holds_its_baseline(name: str, tmp_path: Path) -> None:
    corpus = DATA / name
    score = score_brief(corpus, run_corpus(corpus, tmp_path))
    assert worse_than(score, BASELINE["corpora"][name]) == []


def test_worse_scores_are_caught() -> None:
    base = {"fact_recall": 0.8, "thread_recall": 1.0, "leaked_references": 0}
    assert worse_than({"fact_recall": 0.8, "thread_recall": 1.0, "leaked_references": 0}, base) == []
    assert worse_than({"fact_recall": 0.79, "thread_recall": 1.0, "leaked_references": 1}, base) == [
        "fact_recall 0.79 < baseline 0.8", "leaked_references 1 > baseline 0"]


def real_page_figures(pages: Path) -> dict[str, float]:
    """Return score_extraction.py's summary figures for the real pages of one folder (a folder
    without its own scorer, a held-out set, is scored by the bundled copy)."""
    cmd = f"{sys.executable} -m dailybrief extract {{page}} --json"
    own = pages / "score_extraction.py"
    args = [str(own)] if own.is_file() else [str(DEV_REALPAGES / "score_extraction.py"), "--pages", str(pages / "pages")]
    out = subprocess.run([sys.executable, *args, "--jobs", "2", cmd],
                         capture_output=True, text=True, check=False).stdout
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


@pytest.mark.parametrize("name", ["realpages-heldout2", "realpages-heldout3", "realpages-heldout4"])
def test_held_out_real_pages_keep_what_was_fixed(name: str) -> None:
    assert_holds(real_page_figures(DATA / name), BASELINE[name.replace("-", "_")])


def _ratchet_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("ratchet", Path(__file__).parents[1] / "scripts" / "ratchet.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_ratchet_table_shows_every_measure_of_every_corpus_and_page_set() -> None:
    ratchet = _ratchet_script()
    text = ratchet.table(BASELINE, BASELINE)
    lines = text.splitlines()
    for key, score in BASELINE["corpora"].items():
        row = next(line for line in lines if line.startswith(key + " "))
        assert len(row.split()) == 1 + len(RECALLS) + len(PROBLEMS), row
        assert [float(c) for c in row.split()[1:]] == [score[m] for m in (*RECALLS, *PROBLEMS)]
    for key in ("realpages", "realpages_dev"):
        row = next(line for line in lines if line.startswith(key + " "))
        assert [float(c) for c in row.split()[1:]] == [BASELINE[key][m] for m in ratchet.PAGE_MEASURES]
    head = next(line for line in lines if line.startswith("corpus"))
    assert all(ratchet.HEADS[m] in head for m in (*RECALLS, *PROBLEMS))
    assert "▼" not in text and "▲" not in text and ratchet.regressions(BASELINE, BASELINE) == []


def test_the_ratchet_table_marks_what_moved_and_lists_what_got_worse() -> None:
    ratchet = _ratchet_script()
    key = next(iter(BASELINE["corpora"]))
    now = json.loads(json.dumps(BASELINE))
    was = BASELINE["corpora"][key]
    now["corpora"][key]["fact_recall"] = round(was["fact_recall"] - 0.1, 3)
    now["corpora"][key]["ungrounded_numbers"] = was["ungrounded_numbers"] + 2
    now["realpages_dev"]["leakage"] = round(BASELINE["realpages_dev"]["leakage"] + 0.05, 4)
    now["realpages_dev"]["title"] = BASELINE["realpages_dev"]["title"] - 0.5  # better is impossible at 1.0
    text = ratchet.table(BASELINE, now)
    row = next(line for line in text.splitlines() if line.startswith(key + " "))
    assert f"{now['corpora'][key]['fact_recall']}▼{was['fact_recall']}" in row
    assert f"{now['corpora'][key]['ungrounded_numbers']}▼{was['ungrounded_numbers']}" in row
    worse = ratchet.regressions(BASELINE, now)
    assert len(worse) == 4 and all(line.startswith((key, "realpages_dev")) for line in worse)
    better = json.loads(json.dumps(BASELINE))
    better["corpora"][key]["ungrounded_numbers"] = max(0, was["ungrounded_numbers"] - 1)
    better["corpora"][key]["section_purity"] = 0.5
    assert "▲" in ratchet.table(better, BASELINE) and ratchet.regressions(better, BASELINE) == []
