"""Score the LLM writer on a corpus against a local OpenAI-compatible stand-in model.

The honest stand-in (tests/fake_openai.py, `honest_responder`) composes from the prompt's
material like a careful model would: a title with an angle, a facts paragraph of about 260
characters covering the key facts in the pages' words, an analysis paragraph that reasons from
the kind of storyline without adding facts, and a synthesis 摘要; with --lies, one wrong
figure and one misnamed ministry per section, which the verifier must keep out of the brief. The brief is then scored with
../shared/eval/score.py, the same way as the extractive writer.

With --adversary it instead runs the adversarial stand-in (tests/adversary_openai.py) over
every corpus (tests/data/corpora/*, ../shared/corpus/dev-* when present, or the CORPUS given),
one run per lie class, and prints per class how many planted lies reached brief.json,
brief.md and the PDF text, and how many true re-expressed figures were dropped.

With --adversary2 it runs the second, independent adversary (tests/adversary2_openai.py) the
same way: one brief per seed, one to three lies of random classes per reply, counted per class
from its log (with --true-mode: true re-expressions, counted when dropped).

With --adversary3 it runs the third adversary (tests/adversary3_openai.py) through the same
code path (module and names are parameters): its classes are grouped figure / body / claim /
sanity, and its true mode plants 万→亿, 亿→万, %→百分之, and a date or deadline without its year.

With --adversary4 it runs the fourth adversary (tests/adversary4_openai.py) the same way: lies
made of the pages' own words (deletions, swaps, splices, a direction or modality changed) and
wrong re-expressions; its true mode plants 七成, 四分之一, Chinese numerals, exact 万/亿 scaling,
Chinese dates, synonyms and reordered sentences.

With --reexpress it re-expresses every figure of every source sentence the sections are
written from (3000万千瓦 → 0.3亿千瓦, 70% → 百分之七十, 24个 → 二十四个) and counts the true
sentences the verifier or the grounding check would refuse (false positives; the goal is 0).

Usage: .venv/bin/python scripts/eval_llm.py [CORPUS] [--lies] [--out DIR]
       .venv/bin/python scripts/eval_llm.py --adversary [CORPUS …] [--classes all] [--jobs 2] [--markdown]
       .venv/bin/python scripts/eval_llm.py --adversary2 [CORPUS …] [--seeds 1,2,3] [--true-mode]
       .venv/bin/python scripts/eval_llm.py --adversary3 [CORPUS …] [--seeds 1,2,3] [--true-mode]
       .venv/bin/python scripts/eval_llm.py --adversary4 [CORPUS …] [--seeds 1,2,3] [--true-mode]
       .venv/bin/python scripts/eval_llm.py --reexpress [CORPUS …]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from fake_openai import FakeOpenAI, honest_responder  # noqa: E402

SHARED = (ROOT.parent / "shared", ROOT.parent.parent / "shared")  # next to the clone (or its worktree folder)
ADVERSARY_FORMATS = ("json", "md", "pdf")


def all_corpora() -> list[Path]:
    """Return every corpus folder this clone can reach (with a corpus.json), once per name:
    tests/data/corpora/*, tests/data/heldout/*, and the shared dev-* corpora when present."""
    found = sorted((ROOT / "tests" / "data" / "corpora").glob("*/corpus.json"))
    found += sorted((ROOT / "tests" / "data" / "heldout").glob("*/corpus.json"))
    for shared in SHARED:
        found += sorted((shared / "corpus").glob("dev-*/corpus.json"))
    seen: dict[str, Path] = {}
    for meta in found:
        seen.setdefault(meta.parent.name, meta.parent)
    return list(seen.values())


_BOUNDARY = "。！？!?；;\n"
AROUND = 8  # characters on each side of a probe that must match the pages for it to be theirs


def own_occurrences(probe: str, text: str, sources: str) -> int:
    """Return how often probe occurs in text other than inside words copied from the pages: an
    occurrence whose few characters on each side (within its sentence) the pages also have is
    theirs (a probe such as 「160家」 or 「超过120项」 may be a true figure of a copied sentence,
    or part of 「不超过120项」); the writer's own text is where a lie counts."""
    found, i = 0, text.find(probe)
    while i >= 0:
        lo = i
        while lo > 0 and i - lo < AROUND and text[lo - 1] not in _BOUNDARY:
            lo -= 1
        hi = i + len(probe)
        while hi < len(text) and hi - i - len(probe) < AROUND and text[hi] not in _BOUNDARY:
            hi += 1
        if text[lo:hi] not in sources:
            found += 1
        i = text.find(probe, i + 1)
    return found


def _published(text: str, fmt: str) -> str:
    """Return a published text as probes are compared (the adversary's norm), keeping the line
    breaks of JSON strings and Markdown lines as sentence boundaries (PDF lines are not)."""
    import adversary_openai as adv

    return adv.norm(text) if fmt == "pdf" else "\n".join(adv.norm(line) for line in text.splitlines())


def new_row(kind: str) -> dict[str, Any]:
    return {"kind": kind, "planted": 0, "skipped": 0, "json": 0, "md": 0, "pdf": 0, "examples": []}


def tally(row: dict[str, Any], texts: dict[str, str | None], bad: Any) -> bool:
    """Count one planted item in every format whose text `bad(text)` holds for (n/a where the
    format was not produced); return whether any format had it."""
    hit = False
    for fmt, text in texts.items():
        if text is None:
            row[fmt] = "n/a"
        elif row[fmt] != "n/a" and bad(fmt, text):
            row[fmt] += 1
            hit = True
    return hit


def count_reached(records: list[dict[str, Any]], texts: dict[str, str | None], sources: str,
                  name: str) -> dict[str, Any]:
    """Return one class's row: planted, lies reaching each format (in the writer's own
    words), or for truths how many were dropped; with a few examples."""
    import adversary_openai as adv

    row = new_row(adv.CLASSES[name].kind)
    published = {f: None if t is None else _published(t, f) for f, t in texts.items()}

    def bad(r: dict[str, Any], text: str) -> bool:
        if r["kind"] == "truth" or r.get("match", "").startswith("count>="):
            ok = adv.found(r, text)
            return ok if r["kind"] == "lie" else not ok
        probe = adv.norm(r["probe"])
        return bool(probe) and own_occurrences(probe, text, sources) > 0

    for r in records:
        if r["kind"] == "skipped":
            row["skipped"] += 1
            continue
        row["planted"] += 1
        if tally(row, published, lambda _, text, r=r: bad(r, text)) and len(row["examples"]) < 3:
            row["examples"].append(r["lie"][:60] if r["kind"] == "lie" else f"dropped {r['lie']} (= {r['true']})")
    return row


def corpus_sources(stories: Any) -> str:
    """Return every page text and title of the day's storylines, normalised, joined."""
    import adversary_openai as adv

    return "\n".join(adv.norm(a.title) + "\n" + adv.norm(a.text) for s in stories for a in s.articles)


def collected_day(corpus: Path, out_root: Path) -> tuple[date, Path, Any, Any]:
    """Collect and analyse a corpus once, in a fresh folder under out_root; return its brief
    day, that folder, the settings used and the run's report (with the day's storylines)."""
    from dailybrief.demo import serve_folder
    from dailybrief.pipeline import run_brief
    from dailybrief.settings import load_settings

    meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    day = date.fromisoformat(meta["brief_date"])
    work = out_root / corpus.name
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    settings = load_settings(None, env={}).with_overrides(window_days=meta.get("window_days", 14))
    with serve_folder(corpus / "site") as site:
        report = run_brief(corpus / "sources.yaml", day=day, out_dir=work / "extractive",
                           db_path=work / "brief.db", settings=settings, base_url=site, formats=("json",))
    return day, work, settings, report


def adversary_corpus(corpus: Path, classes: list[str], out_root: Path) -> dict[str, dict[str, Any]]:
    """Collect and analyse a corpus once, then write and render its brief once per lie class
    against the adversarial stand-in; return the per-class rows (planted, reached, dropped)."""
    import adversary_openai as adv

    from dailybrief.render import render_brief
    from dailybrief.write import make_writer, write_brief

    os.environ["DAILYBRIEF_LLM_API_KEY"] = adv.API_KEY
    day, work, base, report = collected_day(corpus, out_root)
    table: dict[str, dict[str, Any]] = {}
    sources = corpus_sources(report.stories)
    with adv.AdversaryServer(work / "adversary.jsonl") as server:
        for name in classes:
            settings = base.with_overrides(writer="llm", llm_base_url=server.url(name), llm_model=adv.MODEL)
            out = work / name
            examples: list[str] = []
            log: tuple[str, ...] = ()
            try:
                brief, _, written = write_brief(report.stories, day=day, settings=settings,
                                                writer=make_writer(settings, cache_dir=out / "cache"))
                render_brief(brief, out / "out", ADVERSARY_FORMATS)
                log = written.log
                (out / "writer.log").write_text("\n".join(log), encoding="utf-8")
            except Exception as exc:  # noqa: BLE001 - a crash is a finding, reported in the table
                examples = [f"error {type(exc).__name__}: {exc}"[:80]]
            records = [r for r in server.adversary.records if r["class"] == name]
            row = count_reached(records, adv.brief_texts(out / "out"), sources, name)
            row["examples"] = examples + row["examples"]
            if adv.CLASSES[name].kind == "truth":
                # every other sentence of these replies is the honest writer's: what was removed is a false positive
                row["honest_removed"] = sum(1 for line in log if ": removed “" in line)
                row["honest_fallbacks"] = sum(1 for line in log if "used the extractive" in line)
            table[name] = row
    return table


# --- the second, independent adversary (tests/adversary2_openai.py) ------------------------
# It plants one to three lies of random classes per reply (seeded) and logs each; a lie reached
# the brief when its planted text (or, when short, its context) is in the published text in the
# writer's own words, compared after NFC only: full-width digits and zero-width characters are
# its tricks. In its true mode it plants only legitimate re-expressions, which must all stay.


def _nfc(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFC", text)


def _published2(text: str, fmt: str) -> str:
    """Return a published text as adversary2's probes are compared (PDF lines joined)."""
    text = _nfc(text)
    if fmt == "pdf":
        return re.sub(r"[ \t\r\f\n]+", "", _without_page_furniture(text))
    return re.sub(r"[ \t\r\f]+", "", text)


def _without_page_furniture(text: str) -> str:
    """Return a PDF's text without its page breaks' furniture: each page's closing page number
    and the running header every later page opens with (pdftotext starts a page with a form
    feed), so a sentence broken by a page (…普及率达到百 | 1 | 新质生产力每日动态 | 2027 年 1 月
    14 日 | 分之六十…) reads whole."""
    pages = [[line for line in page.splitlines() if line.strip()] for page in text.split("\f")]
    later = [p for p in pages[1:] if p]
    header = 0
    while later and header < 4 and all(len(p) > header for p in later) and len(
            {p[header].strip() for p in later}) == 1 and len(later[0][header].strip()) <= 30:
        header += 1
    out = []
    for n, page in enumerate(pages):
        body = page[header:] if n else page
        if body and re.fullmatch(r"\s*\d{1,3}\s*", body[-1]):
            body = body[:-1]
        out.extend(body)
    return "\n".join(out)


def _raw_only_sentences(raw: str, known: str) -> list[str]:
    """Return the sentences a malformed reply carries that neither the pages nor the adversary's
    other (honest) replies have: what it must not publish."""
    return [x for x in re.findall(r"[^。\"'{}\[\],:：]{6,}。", raw) if x not in known]


def adversary2_reached(record: dict[str, Any], text: str, sources: str, known: str,
                       whole: frozenset[str] | set[str] = frozenset({"very_long", "repeated_sentence"}),
                       strip: bool = False) -> bool:
    """Return whether one planted lie (or, in true mode, a true re-expression) is in text;
    `known`: the pages and the adversary's other replies (a malformed reply's own sentences
    are those it alone carries); `whole`: the classes looked for whole; `strip`: remove blanks
    from the probe as from the published text (a Latin-script plant has spaces)."""
    planted = _nfc(record["planted"] or "")
    context = _nfc(record.get("context") or "")
    if strip:
        planted, context = (re.sub(r"[ \t\r\f\n]+", "", x) for x in (planted, context))
    if record["class"] == "malformed_json":
        return any(x in text for x in _raw_only_sentences(planted, known))
    if record["class"] in whole:  # published whole (or repeated) or not
        return planted in text
    # the planted words in their place (a true body or figure may stand elsewhere in the brief)
    probe = context if planted and planted in context else planted
    return own_occurrences(probe, text, sources) > 0


def truth_dropped(record: dict[str, Any], text: str, log: str) -> bool:
    """Return whether a true re-expression was dropped: it is not in the published text, or the
    checks complained of it (a removed sentence or a regeneration naming it in the writer's log;
    the section's fallback may then state the page's own form). Its surrounding words are not
    compared: the writer may append, reorder or cut the sentences around it."""
    planted = re.sub(r"[ \t\r\f\n]+", "", _nfc(record["planted"] or ""))
    if not planted:
        return False
    complaints = [line for line in log.splitlines() if "removed" in line or "regenerated" in line]
    return planted not in text or any(planted in re.sub(r"\s+", "", line) for line in complaints)


def adversary2_corpus(corpus: Path, seeds: list[int], mode: str, out_root: Path,
                      which: str = "adversary2") -> dict[str, dict[str, Any]]:
    """Collect and analyse a corpus once, then write and render its brief once per seed against
    adversary2 (or `which`: adversary3); return per class: plants in the final replies, and lies
    reaching each format (in true mode: true re-expressions dropped)."""
    import importlib

    import adversary_openai as adv

    mod = importlib.import_module(f"{which}_openai")
    whole = getattr(mod, "WHOLE_PROBE_CLASSES", {"very_long", "repeated_sentence"})
    strip = which != "adversary2"  # adversary2's counts stay as they were measured

    from dailybrief.render import render_brief
    from dailybrief.write import make_writer, write_brief

    day, work, base, report = collected_day(corpus, out_root)
    sources = _nfc("\n".join(a.title + "\n" + a.text for st in report.stories for a in st.articles))
    if strip:
        sources = re.sub(r"[ \t\r\f]+", "", sources)
    # what the extractive writer wrote for these storylines: a section that falls back to its
    # paragraphs publishes them, whatever a refused reply also carried
    fallback = _nfc(json.dumps(json.loads((work / "extractive" / "brief.json").read_text(encoding="utf-8")),
                               ensure_ascii=False))
    table: dict[str, dict[str, Any]] = {}
    for seed in seeds:
        log_path = work / f"{which}-{mode}-{seed}.jsonl"
        with mod.FakeOpenAI(api_key=None, models=None, seed=seed, log_path=str(log_path), mode=mode) as server:
            os.environ["DAILYBRIEF_LLM_API_KEY"] = f"sk-{which}"
            settings = base.with_overrides(writer="llm", llm_base_url=server.url, llm_model=which)
            out = work / (f"{mode}-{seed}" if which == "adversary2" else f"{which}-{mode}-{seed}")
            brief, _, written = write_brief(report.stories, day=day, settings=settings,
                                            writer=make_writer(settings, cache_dir=out / "cache"))
            render_brief(brief, out / "out", ADVERSARY_FORMATS)
            (out / "writer.log").write_text("\n".join(written.log), encoding="utf-8")
        texts = {f: None if t is None else _published2(t, f) for f, t in adv.brief_texts(out / "out").items()}
        log = _nfc((out / "writer.log").read_text(encoding="utf-8"))
        records = [json.loads(line) for line in log_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for r in records:
            if r["class"] == "none":
                continue
            known = sources + fallback + "\n".join(_nfc(x["reply"]) for x in records if x["seq"] != r["seq"])
            row = table.setdefault(r["class"], new_row("truth" if mode == "true" else "lie"))
            if not r["in_reply"] or r["field"] == "refs":
                row["skipped"] += 1  # erased by a later plant, or a reference number (never published as text)
                continue
            row["planted"] += 1

            def bad(fmt: str, text: str, r: dict[str, Any] = r, known: str = known,
                    paragraphs: str = texts["json"] or "", log: str = log) -> bool:
                if r["class"] == "fake_citation" and len(r["planted"] or "") < 4:
                    text = paragraphs  # a bare [3]: the paragraphs' text, not the reference lines
                if mode == "true" and strip:
                    return truth_dropped(r, text, log)
                found = adversary2_reached(r, text, sources, known, whole, strip)
                return found if mode == "lie" else not found

            if tally(row, texts, bad) and len(row["examples"]) < 3:
                row["examples"].append(f"{r['phrasing']}: {(r['context'] or r['planted'] or '')[:50]}")
    return dict(sorted(table.items()))


def _adversary2_job(job: tuple[str, list[int], str, str, str]) -> tuple[str, dict[str, dict[str, Any]], float]:
    corpus, seeds, mode, out_root, which = job
    start = time.perf_counter()
    logging.disable(logging.WARNING)
    table = adversary2_corpus(Path(corpus), seeds, mode, Path(out_root), which)
    return Path(corpus).name, table, time.perf_counter() - start


def reexpression_check(corpus: Path, out_root: Path) -> tuple[int, int, list[str]]:
    """Re-express every figure of every source sentence a section is written from, the way a
    writer may (3000万千瓦 → 0.3亿千瓦, 70% → 百分之七十, 24个 → 二十四个, 1.2万项 → 12000项,
    the adversary's `reexpress`), and check each such sentence against the section's pages with
    the writer's verifier and the final grounding check. Return (sentences, refused, examples)."""
    import adversary_openai as adv

    from dailybrief.novelty.context import focus_on_developments, with_earlier_references
    from dailybrief.write import draft_sections, select_stories
    from dailybrief.write.grounding import ungrounded_figures
    from dailybrief.write.verify import (
        build_evidence,
        find_unsupported,
        support_pages,
        support_texts,
    )

    _, _, settings, report = collected_day(corpus, out_root)
    chosen = select_stories(report.stories, settings)
    checked, refused, examples = 0, 0, []
    for draft in with_earlier_references(draft_sections(focus_on_developments(chosen)), chosen):
        evidence = build_evidence(support_texts(draft), [support_pages(draft)])
        for _, written in draft.sentences:
            sentence = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", written)  # 1,700个 is one figure
            new, changed = sentence, 0
            for m in reversed(list(adv.NUMU.finditer(sentence))):
                again = adv.reexpress(m)
                if again:
                    new, changed = new[:m.start()] + again + new[m.end():], changed + 1
            if not changed:
                continue
            checked += 1
            bad = [c.reason for c in find_unsupported(new, evidence)] + sorted(ungrounded_figures(new, evidence))
            if bad:
                refused += 1
                if len(examples) < 5:
                    examples.append(f"{new[:70]} — {bad[0]}")
    return checked, refused, examples


def _reexpress_job(job: tuple[str, str]) -> tuple[str, tuple[int, int, list[str]]]:
    logging.disable(logging.WARNING)
    return Path(job[0]).name, reexpression_check(Path(job[0]), Path(job[1]))


def run_reexpression(corpora: list[str], jobs: int, out: str | None) -> int:
    paths = [Path(p).resolve() for p in corpora] or all_corpora()
    out_root = Path(out) if out else Path(tempfile.mkdtemp(prefix="eval-reexpress-"))
    total = [0, 0]
    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        for name, (checked, refused, examples) in pool.map(_reexpress_job, [(str(p), str(out_root)) for p in paths]):
            total[0] += checked
            total[1] += refused
            print(f"{name:20} {checked:5} true re-expressed sentences, {refused} refused")
            for e in examples:
                print(f"    {e}")
    print(f"all {len(paths)} corpora: {total[0]} true re-expressed sentences, {total[1]} refused (false positives)")
    return 1 if total[1] else 0


def _corpus_job(job: tuple[str, list[str], str]) -> tuple[str, dict[str, dict[str, Any]], float]:
    corpus, classes, out_root = job
    start = time.perf_counter()
    logging.disable(logging.WARNING)
    table = adversary_corpus(Path(corpus), classes, Path(out_root))
    return Path(corpus).name, table, time.perf_counter() - start


def merged(tables: dict[str, dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Return the per-class rows summed over corpora (examples: the first few, with the corpus)."""
    total: dict[str, dict[str, Any]] = {}
    for corpus, table in tables.items():
        for name, row in table.items():
            t = total.setdefault(name, new_row(row["kind"]))
            t["planted"] += row["planted"]
            t["skipped"] += row["skipped"]
            for k in ("honest_removed", "honest_fallbacks"):
                if k in row:
                    t[k] = t.get(k, 0) + row[k]
            for fmt in ADVERSARY_FORMATS:
                t[fmt] = "n/a" if "n/a" in (t[fmt], row[fmt]) else t[fmt] + row[fmt]
            t["examples"] += [f"{corpus}: {e}" for e in row["examples"]][: max(0, 3 - len(t["examples"]))]
    return total


def table_markdown(total: dict[str, dict[str, Any]]) -> str:
    """Return the per-class table as Markdown (for docs/llm.md)."""
    lines = ["| class | kind | planted | brief.json | brief.md | PDF |", "| --- | --- | ---: | ---: | ---: | ---: |"]
    for name, row in total.items():
        lines.append(f"| {name} | {row['kind']} | {row['planted']} | {row['json']} | {row['md']} | {row['pdf']} |")
    return "\n".join(lines)


def run_adversary(corpora: list[str], classes: str, jobs: int, out: str | None, markdown: bool,
                  second: tuple[list[int], str, str] | None = None) -> int:
    """Run adversary 1 (one brief per class) or, with `second` (seeds, mode, module), adversary 2 or 3 over
    the corpora, print the table per corpus and in total; return 1 when anything reached."""
    import adversary_openai as adv

    paths = [Path(p).resolve() for p in corpora] or all_corpora()
    out_root = Path(out) if out else Path(tempfile.mkdtemp(prefix="eval-llm-"))
    if second:
        work: list[Any] = [(str(p), second[0], second[1], str(out_root), second[2]) for p in paths]
        job: Any = _adversary2_job
    else:
        work = [(str(p), adv.parse_classes(classes), str(out_root)) for p in paths]
        job = _corpus_job
    tables: dict[str, dict[str, dict[str, Any]]] = {}
    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        for corpus, table, seconds in pool.map(job, work):
            tables[corpus] = table
            adv.print_table(table, f"\n== {corpus}  ({seconds:.0f}s; outputs under {out_root / corpus})")
    total = merged(tables)
    if second:
        total = dict(sorted(total.items()))
    adv.print_table(total, f"\n== all {len(tables)} corpora: lies reaching each format / truths dropped")
    for name, row in total.items():
        if "honest_removed" in row:
            print(f"false positives on the honest sentences of the {name} runs: "
                  f"{row['honest_removed']} sentences removed, {row['honest_fallbacks']} extractive fallbacks")
    if markdown:
        print("\n" + table_markdown(total))
    failures = sum(isinstance(r[f], int) and r[f] for r in total.values() for f in ADVERSARY_FORMATS)
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="*", default=[])
    parser.add_argument("--lies", action="store_true", help="the stand-in adds a wrong figure and ministry")
    parser.add_argument("--adversary", action="store_true",
                        help="run tests/adversary_openai.py over every corpus and print the table per class")
    parser.add_argument("--adversary2", action="store_true",
                        help="run tests/adversary2_openai.py (the independent adversary) over every corpus")
    parser.add_argument("--adversary3", action="store_true",
                        help="run tests/adversary3_openai.py (the third adversary) over every corpus")
    parser.add_argument("--adversary4", action="store_true",
                        help="run tests/adversary4_openai.py (the fourth adversary) over every corpus")
    parser.add_argument("--seeds", default="1,2,3", help="adversary2/3/4: one brief per seed (1,2,3)")
    parser.add_argument("--true-mode", action="store_true",
                        help="adversary2/3/4: plant only true re-expressions and count those dropped")
    parser.add_argument("--classes", default="all", help="adversary classes (a+b, or all)")
    parser.add_argument("--jobs", type=int, default=2, help="corpora run in parallel (--adversary)")
    parser.add_argument("--out", default=None, help="folder for the runs' outputs")
    parser.add_argument("--markdown", action="store_true", help="also print the total table as Markdown")
    parser.add_argument("--reexpress", action="store_true",
                        help="re-express the figures of every source sentence of every corpus and count those refused")
    args = parser.parse_args()
    if args.reexpress:
        return run_reexpression(args.corpus, args.jobs, args.out)
    if args.adversary2 or args.adversary3 or args.adversary4:
        seeds = [int(x) for x in args.seeds.split(",") if x.strip()]
        return run_adversary(args.corpus, args.classes, args.jobs, args.out, args.markdown,
                             (seeds, "true" if args.true_mode else "lie",
                              "adversary4" if args.adversary4 else
                              "adversary3" if args.adversary3 else "adversary2"))
    if args.adversary:
        return run_adversary(args.corpus, args.classes, args.jobs, args.out, args.markdown)
    args.corpus = args.corpus[0] if args.corpus else str(ROOT / "dailybrief" / "demo" / "corpus")
    scorer = next((p for p in SHARED if (p / "eval" / "score.py").is_file()), SHARED[0]) / "eval" / "score.py"
    cmd = ("dailybrief run --sources {sources} --date {date} --window-days {window} "
           "--db {db} --out {out} --writer llm --format json,md")
    with FakeOpenAI(honest_responder(args.lies)) as server:
        env = {**os.environ, "DAILYBRIEF_LLM_BASE_URL": server.url,
               "DAILYBRIEF_LLM_MODEL": "fake-chat", "DAILYBRIEF_LLM_API_KEY": server.api_key,
               "PATH": f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
        extra = ["--out", args.out] if args.out else []
        result = subprocess.run([sys.executable, str(scorer), args.corpus, "--cmd", cmd, *extra],
                                env=env, text=True, capture_output=True, check=False)
        print(result.stdout + result.stderr)
        print(f"model calls: {server.count}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
