"""List every adversary4 lie that reached a published brief: class, the published sentence and
the sentence it distorts. Usage: python tests/adversary4_report.py OUT_DIR [OUT_DIR …]
(OUT_DIR: eval_llm.py --out, holding CORPUS/adversary4-lie-SEED.jsonl and …/out/brief.md).
Grouped by class; the same published sentence is listed once per class."""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_llm  # noqa: E402
from adversary4_openai import WHOLE_PROBE_CLASSES  # noqa: E402


def published_sentence(text: str, probe: str) -> str:
    i = text.find(probe)
    if i < 0:
        return ""
    lo = max(text.rfind(c, 0, i) for c in "。！？\n") + 1
    start = i + len(probe) - (1 if probe[-1:] in "。！？" else 0)
    ends = [j for j in (text.find(c, start) for c in "。！？\n") if j >= 0]
    return text[lo:(min(ends) + 1 if ends else len(text))].strip()


def closest(sentence: str, pages: list[str]) -> str:
    """The page sentence sharing most character pairs with a published sentence."""
    pairs = {sentence[i:i + 2] for i in range(len(sentence) - 1)}
    best, score = "", 0.0
    for page in pages:
        for s in re.findall(r"[^。！？]+[。！？]?", page):
            common = len(pairs & {s[i:i + 2] for i in range(len(s) - 1)}) / max(1, len(pairs))
            if common > score:
                best, score = s, common
    return best if score >= 0.4 else ""


def main() -> int:
    groups: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    for root in map(Path, sys.argv[1:]):
        for log in sorted(root.glob("*/adversary4-lie-*.jsonl")):
            out = log.with_suffix("") / "out"
            md = out / "brief.md"
            if not md.is_file():
                continue
            text = eval_llm._published2(md.read_text(encoding="utf-8"), "md")
            records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]
            page_list = list(dict.fromkeys(p for r in records if r["kind"] == "section" for p in r.get("pages", [])))
            pages = re.sub(r"[ \t\r\f]+", "", eval_llm._nfc("\n".join(page_list)))
            for r in records:
                if r["class"] == "none" or not r["in_reply"]:
                    continue
                if eval_llm.adversary2_reached(r, text, pages, pages, WHOLE_PROBE_CLASSES, True):
                    probe = re.sub(r"\s+", "", eval_llm._nfc(r["context"] if r["planted"] in r["context"] else r["planted"]))
                    published = published_sentence(text, probe)
                    inserted = not r["original"] and r["planted"] == r["context"] and r["class"] != "retry_respell"
                    source = "" if inserted else closest(published, page_list)
                    where = f"{log.parent.name} seed {log.stem.rsplit('-', 1)[1]} {r['kind']}.{r['field']} [{r['phrasing']}]"
                    groups[r["class"]].setdefault(published, (where, source or "(none: an inserted sentence)"))
    for cls in sorted(groups):
        print(f"## {cls} ({len(groups[cls])})")
        for published, (where, source) in groups[cls].items():
            print(f"- {where}\n  published: {published}\n  page:      {source}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
