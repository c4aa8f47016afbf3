"""Measure the form of written briefs: the ratchet for issue 12.

Usage:
  python scripts/form_measures.py OUT_DIR [OUT_DIR ...]

Each OUT_DIR holds a brief.json (and brief.pdf, brief.docx, brief.wechat.html when rendered).
Prints one line per brief: title lengths, 摘要 length, paragraph lengths, repeated sentences,
用于核验 notes (length, list-like), fragment deadline entries and whether 时间节点 is in the
PDF text (pdftotext). Limits are the issue's: titles <= 30, 摘要 <= 360, paragraphs <= 320.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

TITLE_MAX = 30
SUMMARY_MAX = 360
PARAGRAPH_MAX = 320
NOTE_MAX = 40
OFFICIAL_FORM = re.compile(r"关于.*的(?:通知|通告|公告|意见|函)")
STACKED = re.compile(r"[）)]\s*[（(]|》[（(][^）)]*[）)][（(]")
FRAGMENT_START = re.compile(r"^(?:[于并将及和与或且请、，,；…]|以及|同时|其中|截止|此外)")
FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|万|亿|个|家|项|条|台|元|千瓦|PB)")
SENTENCE = re.compile(r"[^。！？]+[。！？]")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _trigrams(text: str) -> set[str]:
    return {text[i:i + 3] for i in range(len(text) - 2)}


def _repeats_earlier(sentences: list[str], i: int, overlap: float = 0.5) -> bool:
    """Return whether sentence i says what an earlier one said (half their trigrams shared)."""
    grams = _trigrams(sentences[i])
    if len(grams) < 6:
        return False
    return any(len(grams & _trigrams(s)) / len(grams | _trigrams(s)) >= overlap
               for s in sentences[:i])


def _pdf_text(path: Path) -> str:
    if not path.is_file():
        return ""
    try:
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                              text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return ""


def _docx_text(path: Path) -> str:
    if not path.is_file():
        return ""
    with zipfile.ZipFile(path) as z:
        return re.sub(r"<[^>]+>", "", z.read("word/document.xml").decode("utf-8"))


def is_list_like(note: str) -> bool:
    """Return whether a 用于核验 note lists figures rather than saying what the page backs."""
    bare = re.sub(r"《[^》]*》", "", note)
    return len(FIGURE.findall(bare)) >= 2 or bare.count("、") >= 3


def measure(out: Path) -> dict[str, object]:
    """Return the form measures of the brief in out."""
    brief = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    sections = brief.get("sections", [])
    titles = [s["title"] for s in sections]
    paragraphs = [p for s in sections for p in s.get("paragraphs", [])]
    sentences = [_squash(m) for p in paragraphs for m in SENTENCE.findall(p)]
    repeated = sum(_repeats_earlier(sentences, i) for i in range(len(sentences)))
    notes = [r.get("verifies", "") for r in brief.get("references", [])]
    deadlines = brief.get("deadlines", [])
    pdf = _squash(_pdf_text(out / "brief.pdf"))
    docx = _docx_text(out / "brief.docx")
    wechat = (out / "brief.wechat.html").read_text(encoding="utf-8") if (
        out / "brief.wechat.html").is_file() else ""
    return {
        "sections": len(sections),
        "title_max": max((len(t) for t in titles), default=0),
        "titles_over": sum(len(t) > TITLE_MAX for t in titles),
        "titles_official": sum(bool(OFFICIAL_FORM.search(t)) for t in titles),
        "summary_len": len(brief.get("summary", "")),
        "summary_stacked": bool(STACKED.search(brief.get("summary", ""))),
        "para_max": max((len(p) for p in paragraphs), default=0),
        "paras_over": sum(len(p) > PARAGRAPH_MAX for p in paragraphs),
        "max_paras": max((len(s.get("paragraphs", [])) for s in sections), default=0),
        "repeated": repeated,
        "note_max": max((len(n) for n in notes), default=0),
        "notes_list": f"{sum(is_list_like(n) for n in notes)}/{len(notes)}",
        "dl": len(deadlines),
        "dl_fragment": sum(bool(FRAGMENT_START.match(d.get("what", ""))) for d in deadlines),
        "dl_no_who": sum("：" not in d.get("what", "") for d in deadlines),
        "dl_pdf": (not deadlines) or "时间节点" in pdf,
        "dl_docx": (not deadlines) or "时间节点" in docx,
        "dl_wechat": (not deadlines) or "时间节点" in wechat,
    }


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    for arg in argv:
        out = Path(arg)
        if not (out / "brief.json").is_file():
            print(f"{out}: no brief.json", file=sys.stderr)
            continue
        row = measure(out)
        name = out.parent.name if out.name == "out" else out.name
        print(f"{name:18} " + " ".join(f"{k}={v}" for k, v in row.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
