"""The live grounding check of the editor: figures and dates no cited page states.

Uses write/verify.py's `find_unsupported` (figures with units, dates, 《documents》, bodies)
when it is there, and the writer's own `ungrounded_numbers` otherwise. Figures and dates
block publishing; an unknown document or body is shown as a warning only. For each problem
the sentence of the cited pages closest to the edited sentence is offered, so the analyst
sees what the source actually says.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from ..store import Store
from ..text import numbers_in, split_sentences, squash
from ..write.grounding import ungrounded_numbers

log = logging.getLogger(__name__)

try:
    from ..write.verify import build_evidence, find_unsupported
except ImportError:  # the richer check is optional
    build_evidence = None
    find_unsupported = None

BLOCKING_KINDS = frozenset({"number", "date"})
NEAREST_MIN_SIMILARITY = 0.12
CN_COUNTS = "一二三四五六七八九十"
SECTION_COUNT = re.compile(r"^(\d+|[一二三四五六七八九十])(条|个|项|则)$")
WHERE_SUMMARY = "摘要"


@dataclass(frozen=True, slots=True)
class Problem:
    """One claim of an edited text that the cited pages do not back."""

    kind: str
    text: str
    sentence: str
    reason: str
    blocking: bool
    nearest: str = ""
    nearest_ref: int | None = None
    where: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def cited_sources(store: Store, brief: Mapping[str, Any], refs: Sequence[int]) -> list[tuple[int, str]]:
    """Return (n, headline + text) of each cited reference whose article is stored."""
    urls = {int(r["n"]): r.get("url", "") for r in brief.get("references", ())}
    out = []
    for n in refs:
        article = store.article(urls[n]) if n in urls else None
        if article is not None:
            out.append((n, article.title + "\n" + article.text))
    return out


def _is_section_count(text: str, sections: int) -> bool:
    """The summary may say how many threads the brief has (六条重点线索): the brief backs that."""
    m = SECTION_COUNT.match(text)
    if not m or sections < 1:
        return False
    word = m.group(1)
    return word == str(sections) or (sections <= len(CN_COUNTS) and word == CN_COUNTS[sections - 1])


@lru_cache(maxsize=64)
def _evidence(texts: tuple[str, ...]) -> Any:
    return build_evidence(texts) if build_evidence is not None else texts


def text_problems(
    text: str, sources: Sequence[tuple[int, str]], *, section_count: int = 0, where: str = ""
) -> list[Problem]:
    """Return the problems of one edited text checked against its cited sources."""
    if not text.strip():
        return []
    texts = tuple(t for _, t in sources)
    problems: list[Problem] = []
    if find_unsupported is not None:
        for claim in find_unsupported(text, _evidence(texts)):
            if where == WHERE_SUMMARY and _is_section_count(claim.text, section_count):
                continue
            nearest, ref = nearest_sentence(claim.sentence, claim.hint, sources)
            problems.append(Problem(claim.kind, claim.text, claim.sentence, _reason_cn(claim),
                                    claim.kind in BLOCKING_KINDS, nearest, ref, where))
        return problems
    for number in sorted(ungrounded_numbers(text, texts)):
        sentence = next((s for s in split_sentences(text) if number in numbers_in(s)), text)
        nearest, ref = nearest_sentence(sentence, "", sources)
        problems.append(Problem("number", number, sentence, f"数字 {number} 未见于所引页面",
                                True, nearest, ref, where))
    return problems


_REASONS = {
    "number": "数字“{t}”未见于所引页面",
    "date": "日期“{t}”未见于所引页面",
    "document": "文件{t}未见于所引页面",
    "body": "机构“{t}”未见于所引页面",
}


def _reason_cn(claim: Any) -> str:
    base = _REASONS.get(claim.kind, "“{t}”未见于所引页面").format(t=claim.text)
    if claim.hint:
        base += f"（原文为：{claim.hint}）"
    return base


def _bigrams(s: str) -> set[str]:
    s = squash(s)
    return {s[i:i + 2] for i in range(len(s) - 1)}


def nearest_sentence(
    sentence: str, hint: str, sources: Sequence[tuple[int, str]]
) -> tuple[str, int | None]:
    """Return the cited sentence most like `sentence` (one holding `hint` preferred), and its ref."""
    mine = _bigrams(sentence)
    best, best_ref, best_score = "", None, 0.0
    hints = [h for h in hint.split("、") if h]
    for n, text in sources:
        for candidate in split_sentences(text):
            theirs = _bigrams(candidate)
            if not theirs:
                continue
            score = 2 * len(mine & theirs) / (len(mine) + len(theirs) or 1)
            if hints and any(squash(h) in squash(candidate) for h in hints):
                score += 1.0
            if score > best_score:
                best, best_ref, best_score = candidate, n, score
    if best_score < NEAREST_MIN_SIMILARITY:
        return "", None
    return best, best_ref


def brief_problems(store: Store, brief: Mapping[str, Any]) -> list[Problem]:
    """Return the problems of every text of a brief: summary, section titles, paragraphs."""
    sections = brief.get("sections", ())
    all_refs = [int(r["n"]) for r in brief.get("references", ())]
    out = text_problems(str(brief.get("summary", "")), cited_sources(store, brief, all_refs),
                        section_count=len(sections), where=WHERE_SUMMARY)
    for i, section in enumerate(sections, start=1):
        sources = cited_sources(store, brief, [int(n) for n in section.get("references", ())])
        out += text_problems(str(section.get("title", "")), sources, where=f"第{i}节标题")
        for j, paragraph in enumerate(section.get("paragraphs", ()), start=1):
            out += text_problems(str(paragraph), sources, where=f"第{i}节第{j}段")
    return out


def blocking(problems: Sequence[Problem]) -> list[Problem]:
    return [p for p in problems if p.blocking]
