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
from datetime import date
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
OWN_COUNT = re.compile(r"^(\d+|[一二三四五六七八九十两])(条|个|项|则|节|部分|方面|件|份)$")
WHERE_SUMMARY = "摘要"
ANALYSIS_KEY = "analysis"  # a section's sentences that are the association's own analysis
SUMMARY_ANALYSIS_KEY = "summary_analysis"
# A reference to one of this brief's own earlier issues (the novelty stage's context sentence
# 「此前，……（见《3月2日简报》）」, or an editor's 「见三月二日简报」): the archive backs it, not
# a cited page, so it is no unknown 《document》 or date; brief_problems checks the archive.
_NUMERAL = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
EARLIER_BRIEF = re.compile(rf"《?(?:(\d{{4}}|[〇零一二三四五六七八九]{{4}})年)?({_NUMERAL})月({_NUMERAL})日简报》?")


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
            out.append((n, article.stated_text()))
    return out


def own_counts(brief: Mapping[str, Any]) -> frozenset[int]:
    """Return the counts the brief itself backs: its sections, references and deadlines
    (「三条线同时推进」 in a brief of three sections states no figure of a source)."""
    counts = {len(brief.get(key, ()) or ()) for key in ("sections", "references", "deadlines")}
    return frozenset(c for c in counts if c > 0)


def _is_own_count(text: str, counts: frozenset[int]) -> bool:
    m = OWN_COUNT.match(text)
    if not m:
        return False
    word = m.group(1)
    value = int(word) if word.isdigit() else (2 if word == "两" else CN_COUNTS.find(word) + 1)
    return value in counts


def analysis_of(brief: Mapping[str, Any], where: str) -> tuple[str, ...]:
    """Return the sentences the editors marked as the association's own analysis in one part
    of the brief (exempt from the source check): WHERE_SUMMARY or 第N节…."""
    if where == WHERE_SUMMARY:
        return tuple(brief.get(SUMMARY_ANALYSIS_KEY, ()) or ())
    m = re.match(r"第(\d+)节", where)
    sections = brief.get("sections", ())
    if not m or not 0 < int(m.group(1)) <= len(sections):
        return ()
    return tuple(sections[int(m.group(1)) - 1].get(ANALYSIS_KEY, ()) or ())


def _is_marked(sentence: str, analysis: Sequence[str]) -> bool:
    key = squash(sentence).rstrip("。；！？")
    return any(key == squash(a).rstrip("。；！？") for a in analysis)


def _without_brief_references(sentence: str) -> str:
    return squash(EARLIER_BRIEF.sub("", sentence))


def _is_brief_reference(kind: str, text: str, sentence: str) -> bool:
    """Return whether a claim is only a reference to an earlier issue of the brief."""
    return (kind in ("document", "date", "number") and EARLIER_BRIEF.search(sentence) is not None
            and squash(text) not in _without_brief_references(sentence))


def _cn_value(word: str) -> int:
    if word.isdigit():
        return int(word)
    digits = "〇一二三四五六七八九"
    if len(word) == 4:  # a year written digit by digit: 二〇二六
        return int("".join(str(digits.find(c.replace("零", "〇"))) for c in word))
    tens, _, ones = word.rpartition("十")
    if "十" not in word:
        return digits.find(word)
    return (digits.find(tens) if tens else 1) * 10 + (digits.find(ones) if ones else 0)


def referenced_brief_days(text: str, today: date) -> list[tuple[str, date | None]]:
    """Return each reference to an earlier issue in `text` with the day it names (the latest
    such day before `today` when it gives no year; None when it names no real day)."""
    out: list[tuple[str, date | None]] = []
    for m in EARLIER_BRIEF.finditer(text):
        year, month, day = m.group(1), _cn_value(m.group(2)), _cn_value(m.group(3))
        years = [_cn_value(year)] if year else [today.year, today.year - 1]
        named = None
        for y in years:
            try:
                candidate = date(y, month, day)
            except ValueError:
                continue
            if year or candidate < today:
                named = candidate
                break
        out.append((m.group(0), named))
    return out


@lru_cache(maxsize=64)
def _evidence(texts: tuple[str, ...]) -> Any:
    return build_evidence(texts) if build_evidence is not None else texts


def text_problems(
    text: str, sources: Sequence[tuple[int, str]], *, section_count: int = 0, where: str = "",
    counts: frozenset[int] = frozenset(), analysis: Sequence[str] = (),
) -> list[Problem]:
    """Return the problems of one edited text checked against its cited sources.

    A count of the brief's own items (`counts`: 三条线 when it has three sections) is backed
    by the brief; a sentence in `analysis` is the association's own and is not checked.
    """
    if not text.strip():
        return []
    texts = tuple(t for _, t in sources)
    counts = counts | ({section_count} if section_count and where == WHERE_SUMMARY else frozenset())
    problems: list[Problem] = []
    if find_unsupported is not None:
        for claim in find_unsupported(text, _evidence(texts)):
            if (_is_own_count(claim.text, counts) or _is_marked(claim.sentence, analysis)
                    or _is_brief_reference(claim.kind, claim.text, claim.sentence)):
                continue
            nearest, ref = nearest_sentence(claim.sentence, claim.hint, sources)
            problems.append(Problem(claim.kind, claim.text, claim.sentence, _reason_cn(claim),
                                    claim.kind in BLOCKING_KINDS, nearest, ref, where))
        return problems
    for number in sorted(ungrounded_numbers(text, texts)):
        sentence = next((s for s in split_sentences(text) if number in numbers_in(s)), text)
        if _is_marked(sentence, analysis) or number not in numbers_in(_without_brief_references(text)):
            continue
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
    counts = own_counts(brief)
    all_refs = [int(r["n"]) for r in brief.get("references", ())]
    out = text_problems(str(brief.get("summary", "")), cited_sources(store, brief, all_refs),
                        counts=counts, where=WHERE_SUMMARY,
                        analysis=analysis_of(brief, WHERE_SUMMARY))
    for i, section in enumerate(sections, start=1):
        sources = cited_sources(store, brief, [int(n) for n in section.get("references", ())])
        analysis = tuple(section.get(ANALYSIS_KEY, ()) or ())
        out += text_problems(str(section.get("title", "")), sources, where=f"第{i}节标题",
                             counts=counts, analysis=analysis)
        for j, paragraph in enumerate(section.get("paragraphs", ()), start=1):
            out += text_problems(str(paragraph), sources, where=f"第{i}节第{j}段",
                                 counts=counts, analysis=analysis)
    return out + _unknown_brief_references(store, brief)


def _unknown_brief_references(store: Store, brief: Mapping[str, Any]) -> list[Problem]:
    """Return a warning for each reference to an earlier issue the archive does not hold."""
    try:
        today = date.fromisoformat(str(brief.get("date", "")))
    except ValueError:
        return []
    archived = set(store.brief_dates())
    texts = [(WHERE_SUMMARY, str(brief.get("summary", "")))]
    for i, section in enumerate(brief.get("sections", ()), start=1):
        texts.append((f"第{i}节标题", str(section.get("title", ""))))
        texts += [(f"第{i}节第{j}段", str(p)) for j, p in enumerate(section.get("paragraphs", ()), start=1)]
    out = []
    for where, text in texts:
        for reference, day in referenced_brief_days(text, today):
            if day is not None and day < today and day in archived:
                continue
            sentence = next((s for s in split_sentences(text) if reference in s), text)
            out.append(Problem("document", reference, sentence,
                               f"简报存档中没有{reference.strip('《》')}", False, where=where))
    return out


def blocking(problems: Sequence[Problem]) -> list[Problem]:
    return [p for p in problems if p.blocking]
