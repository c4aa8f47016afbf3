"""Score the LLM writer on a corpus against a local OpenAI-compatible stand-in model.

The stand-in (tests/fake_openai.py) writes like a careful model would: a facts paragraph of
the most figure-rich source sentences it was given, an analysis paragraph that reasons
without facts, and, when asked with --lies, one wrong figure and one misnamed ministry per
section, which the verifier must keep out of the brief. The brief is then scored with
../shared/eval/score.py, the same way as the extractive writer.

With --adversary it instead runs the adversarial stand-in (tests/adversary_openai.py) over
every corpus (tests/data/corpora/*, ../shared/corpus/dev-* when present, or the CORPUS given),
one run per lie class, and prints per class how many planted lies reached brief.json,
brief.md and the PDF text, and how many true re-expressed figures were dropped.

Usage: .venv/bin/python scripts/eval_llm.py [CORPUS] [--lies]
       .venv/bin/python scripts/eval_llm.py --adversary [CORPUS …] [--classes all]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fake_openai import FakeOpenAI, Reply, chat_reply  # noqa: E402

LIES = "首批试点项目规模合计3000万千瓦。国家发展和改革部将加强指导。"
ANALYSIS = "这条线索说明，相关政策正在从文件部署走向项目落地，地方和企业的配套动作值得持续跟踪。"


def _responder(lies: bool) -> Any:
    def answer(body: dict[str, Any]) -> Reply:
        user = body["messages"][-1]["content"]
        if "原文句子" not in user:
            threads = re.findall(r"^\d+\. (.+)$", user, re.M)[:6]
            summary = "今天新质生产力方向的重点，不是单点技术新闻，而是几条线同时落地。" + "".join(
                t.strip().rstrip("。") + "。" for t in threads)
            return chat_reply(json.dumps({"summary": summary}, ensure_ascii=False))
        material = user.split("原文句子")[1].split("写作要求")[0]
        sentences = re.findall(r"^\[(\d+)\] (.+)$", material, re.M)
        rich = sorted(sentences, key=lambda s: -len(re.findall(r"\d", s[1])))[:6]
        chosen = [s for s in sentences if s in rich]
        facts = "".join(s for _, s in chosen) + (LIES if lies else "")
        refs = sorted({int(n) for n, _ in chosen})
        return chat_reply(json.dumps({"facts": facts, "analysis": ANALYSIS, "refs": refs},
                                     ensure_ascii=False))
    return answer


def all_corpora() -> list[Path]:
    """Return every corpus folder this clone can reach (with a corpus.json)."""
    found = sorted((ROOT / "tests" / "data" / "corpora").glob("*/corpus.json"))
    found += sorted((ROOT.parent / "shared" / "corpus").glob("dev-*/corpus.json"))
    seen: dict[str, Path] = {}
    for meta in found:
        seen.setdefault(meta.parent.name, meta.parent)
    return list(seen.values())


def run_adversary(corpora: list[str], classes: str) -> int:
    import adversary_openai

    os.environ["PATH"] = f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"
    paths = [str(p) for p in (corpora or all_corpora())]
    return adversary_openai.main(["run", *paths, "--classes", classes])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="*", default=[])
    parser.add_argument("--lies", action="store_true", help="the stand-in adds a wrong figure and ministry")
    parser.add_argument("--adversary", action="store_true",
                        help="run tests/adversary_openai.py over every corpus and print the table per class")
    parser.add_argument("--classes", default="all", help="adversary classes (a+b, or all)")
    args = parser.parse_args()
    if args.adversary:
        return run_adversary(args.corpus, args.classes)
    args.corpus = args.corpus[0] if args.corpus else str(ROOT / "dailybrief" / "demo" / "corpus")
    scorer = ROOT.parent / "shared" / "eval" / "score.py"
    cmd = ("dailybrief run --sources {sources} --date {date} --window-days {window} "
           "--db {db} --out {out} --writer llm --format json")
    with FakeOpenAI(_responder(args.lies)) as server:
        env = {**os.environ, "DAILYBRIEF_LLM_BASE_URL": server.url,
               "DAILYBRIEF_LLM_MODEL": "fake-chat", "DAILYBRIEF_LLM_API_KEY": server.api_key,
               "PATH": f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
        result = subprocess.run([sys.executable, str(scorer), args.corpus, "--cmd", cmd],
                                env=env, text=True, capture_output=True, check=False)
        print(result.stdout + result.stderr)
        print(f"model calls: {server.count}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
