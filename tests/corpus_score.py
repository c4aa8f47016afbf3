"""Score a brief.json against a corpus's gold.json, the way the shared eval/score.py does.

Kept in the repository so the ratchet (tests/test_ratchet.py, scripts/ratchet.py) runs in CI
on a clean clone. Higher is better for the recalls and purity; the problem counts (leaked,
misattributed, ungrounded, split, without original) must not grow.
"""

from __future__ import annotations

import html.parser
import json
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

RECALLS = ("thread_recall", "section_purity", "fact_recall", "deadline_recall")
PROBLEMS = ("leaked_references", "misattributed_references", "ungrounded_numbers",
            "split_threads", "threads_without_original")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_WS = re.compile(r"\s+")


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:  # type: ignore[type-arg]
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _decode(raw: bytes) -> str:
    head = raw[:2048].decode("ascii", "ignore").lower()
    m = re.search(r"charset=[\"']?([a-z0-9_-]+)", head)
    for enc in ([m.group(1)] if m else []) + ["utf-8", "gb18030"]:
        try:
            return raw.decode("gb18030" if enc in ("gb2312", "gbk") else enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", "replace")


def _page_text(site: Path, path: str) -> str:
    page = site / path.lstrip("/")
    if page.is_dir():  # a folder URL is answered with its index.html
        page = page / "index.html"
    if not page.is_file():
        return ""
    if page.suffix.lower() in (".pdf", ".docx", ".xlsx"):
        return _norm(_file_text(page))
    parser = _Text()
    parser.feed(_decode(page.read_bytes()))
    return _norm("".join(parser.parts))


def _file_text(page: Path) -> str:
    """Return the text a reader sees in a cited attachment, read with the file's library
    (not the product's reader): a figure stated in a cited PDF is grounded. The shared
    eval/score.py reads every cited page as HTML and so reports such figures as ungrounded."""
    import docx
    import openpyxl
    import pypdf

    try:
        if page.suffix.lower() == ".pdf":
            return "".join(p.extract_text() or "" for p in pypdf.PdfReader(page).pages)
        if page.suffix.lower() == ".docx":
            document = docx.Document(str(page))
            cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
            return "".join([p.text for p in document.paragraphs] + cells)
        book = openpyxl.load_workbook(page, read_only=True)
        return "".join(_shown(c) for ws in book.worksheets for row in ws.iter_rows() for c in row)
    except Exception:  # an unreadable file grounds nothing
        return ""


def _shown(cell: object) -> str:
    value = getattr(cell, "value", None)
    if isinstance(value, int | float) and "%" in (getattr(cell, "number_format", "") or ""):
        return f"{round(value * 100, 6):g}%"
    return "" if value is None else str(value)


def _norm(s: str) -> str:
    s = _WS.sub("", s).replace("％", "%").replace("，", ",")
    return re.sub(r"(?<=\d),(?=\d{3})", "", s)


def _numbers(s: str) -> set[str]:
    """Whole numbers as tokens (20 is not found inside 2026; 05 and 5 are one token)."""
    return {n.lstrip("0") or "0" if "." not in n else n for n in _NUMBER.findall(s)}


def score_brief(corpus: Path, brief: dict) -> dict:  # type: ignore[type-arg]
    """Return the recalls, purity and problem counts of one brief against its gold."""
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    site = corpus / "site"
    articles = gold["articles"]
    threads = {t["id"]: t for t in gold["threads"]}
    thread_of = {p: a.get("thread") for p, a in articles.items()}
    texts: dict[str, str] = {}

    def text_of(path: str) -> str:
        if path not in texts:
            texts[path] = _page_text(site, path)
        return texts[path]

    refs = {r["n"]: r for r in brief.get("references", [])}
    ref_path = {n: unquote(urlparse(r.get("url", "")).path) for n, r in refs.items()}  # 附件.pdf, not %E9…
    covered: dict[str, list[int]] = {}
    purity: list[float] = []
    ungrounded = 0
    date_digits = _numbers(brief.get("date", "")) | {str(int(x)) for x in _numbers(brief.get("date", ""))}
    for i, sec in enumerate(brief.get("sections", [])):
        paths = [ref_path.get(n, "") for n in sec.get("references", [])]
        tids = [thread_of.get(p) for p in paths if thread_of.get(p)]
        if tids:
            top = max(set(tids), key=tids.count)
            purity.append(tids.count(top) / len(paths))
            covered.setdefault(top, []).append(i)
        else:
            purity.append(0.0)
        cited = set().union(*(_numbers(text_of(p)) for p in paths)) if paths else set()
        body = _norm(sec.get("title", "") + "".join(sec.get("paragraphs", [])))
        ungrounded += len(_numbers(body) - cited - date_digits)
    main = [t for t in threads.values() if t.get("importance", 1) <= 2]
    whole = _norm(brief.get("summary", "") + "".join(
        s.get("title", "") + "".join(s.get("paragraphs", [])) for s in brief.get("sections", [])))
    facts = [f for t in main for f in t.get("key_facts", [])]
    leaks = misattributed = 0
    for n, p in ref_path.items():
        a = articles.get(p)
        if a is None or not a.get("relevant") or a.get("kind") in ("stale", "distractor", "broken"):
            leaks += 1
            continue
        want = {a.get("publisher")}
        if a.get("thread") in threads:
            want.add(threads[a["thread"]].get("publisher"))
        misattributed += refs[n].get("publisher") not in want
    without_original = sum(1 for t in main if t["id"] in covered and t.get("original")
                           and t["original"] not in ref_path.values())
    gold_deadlines = {d["date"] for t in main for d in t.get("deadlines", [])}
    got_deadlines = {d.get("date") for d in brief.get("deadlines", [])}
    return {
        "thread_recall": round(sum(1 for t in main if t["id"] in covered) / max(1, len(main)), 3),
        "section_purity": round(sum(purity) / max(1, len(purity)), 3),
        "fact_recall": round(sum(1 for f in facts if _norm(f) in whole) / max(1, len(facts)), 3),
        "deadline_recall": round(len(gold_deadlines & got_deadlines) / max(1, len(gold_deadlines)), 3),
        "leaked_references": leaks,
        "misattributed_references": misattributed,
        "ungrounded_numbers": ungrounded,
        "split_threads": sum(1 for secs in covered.values() if len(secs) > 1),
        "threads_without_original": without_original,
    }


def worse_than(score: dict, baseline: dict) -> list[str]:  # type: ignore[type-arg]
    """Return a line for every figure of `score` that is worse than its baseline."""
    out = [f"{k} {score[k]} < baseline {baseline[k]}" for k in RECALLS
           if k in baseline and score[k] < baseline[k] - 1e-9]
    out += [f"{k} {score[k]} > baseline {baseline[k]}" for k in PROBLEMS
            if k in baseline and score[k] > baseline[k]]
    return out


def run_corpus(corpus: Path, work: Path) -> dict:  # type: ignore[type-arg]
    """Serve a corpus on 127.0.0.1, run `dailybrief run` on it in-process, return brief.json."""
    from click.testing import CliRunner

    from dailybrief.cli import cli
    from dailybrief.demo import serve_folder

    meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    work.mkdir(parents=True, exist_ok=True)
    with serve_folder(corpus / "site") as base_url:
        text = (corpus / "sources.yaml").read_text(encoding="utf-8")
        sources = work / "sources.yaml"
        sources.write_text(re.sub(r"(url:\s*[\"']?)/", rf"\g<1>{base_url}/", text), encoding="utf-8")
        result = CliRunner().invoke(cli, [
            "run", "--sources", str(sources), "--date", meta["brief_date"],
            "--window-days", str(meta["window_days"]), "--db", str(work / "brief.db"),
            "--out", str(work / "out"), "--format", "json",
        ])
    if result.exit_code != 0:
        raise RuntimeError(f"{corpus.name}: dailybrief run exited {result.exit_code}: {result.output[-2000:]}")
    return json.loads((work / "out" / "brief.json").read_text(encoding="utf-8"))
