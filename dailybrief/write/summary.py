"""The 摘要: what the day's storylines have in common, then each as a short clause.

One paragraph of at most about 300 characters, in the published sample's form: the topics
the storylines share (「…人工智能+、数据要素、能源与新型电网几条线同时推进」), then per
storyline its title (body, action, object) and one key fact as the clause of a cited
sentence that states it. Nothing is added that the sections do not say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..analyse.facts import is_distinctive
from ..models import FactKind, SectionDraft
from ..text import split_sentences, squash

SUMMARY_MAX_CHARS = 300
CLAUSE_MAX_CHARS = 24
CLAUSE_MIN_CHARS = 8
MAX_TOPICS = 4
EMPTY_DAY = "今日未发现符合主题且在时间窗口内的重点动态。"
BARE_COUNT_UNITS = frozenset({"个", "项", "条", "件", "家", "批", "类", "名", "款", "座", "所"})
CLAUSE_SPLIT = re.compile(r"[，；：。！？]")
PARENTHETICAL = re.compile(r"[（(][^（）()]*[）)]")
NO_SUBJECT = re.compile(r"^(?:占|为|达|比|将|并|也|应|较|同比|环比|其中|分别)")  # a clause that leans on the one before
LEADING_WORDS = re.compile(r"^(?:其中|同时|此外|另外|并|还|且|以及|和|到\d{4}年)[，,]?")


def summarize(drafts: Sequence[SectionDraft]) -> str:
    """Return the 摘要 paragraph for the drafts (the brief's sections, in order)."""
    if not drafts:
        return EMPTY_DAY
    intro = _intro(drafts)
    titles = [d.title.rstrip("。") for d in drafts]
    clauses = [key_clause(d) for d in drafts]
    while True:
        text = intro + "".join(_item(t, c) for t, c in zip(titles, clauses, strict=True))
        if len(text) <= SUMMARY_MAX_CHARS or not any(clauses):
            return text
        last = max(i for i, c in enumerate(clauses) if c)
        clauses[last] = ""


def _intro(drafts: Sequence[SectionDraft]) -> str:
    topics: list[str] = []
    for d in drafts:
        topic = next((t for t in d.story.topics if t not in topics), "")
        if topic:
            topics.append(topic)
    topics = topics[:MAX_TOPICS]
    if not topics:
        return "今天新质生产力方向的重点动态如下。"
    if len(topics) == 1:
        return f"今天新质生产力方向的重点在“{topics[0]}”。"
    return f"今天新质生产力方向的重点，是“{'、'.join(topics)}”几条线同时推进。"


def _item(title: str, clause: str) -> str:
    return f"{title}，{clause}。" if clause else f"{title}。"


def key_clause(draft: SectionDraft) -> str:
    """Return the clause of the section's text that states its key figure, or ''."""
    text = "".join(draft.paragraphs)
    title = squash(draft.title)
    ordered = sorted((f for _, f in draft.facts if f.kind is FactKind.FIGURE and is_distinctive(f)),
                     key=lambda f: (f.unit or "") in BARE_COUNT_UNITS)
    for fact in ordered:
        if squash(fact.text) in title:
            continue
        clause = _clause_with(text, fact.text)
        if clause and squash(clause) not in title:
            return clause
    return ""


def _clause_with(text: str, literal: str) -> str:
    for sentence in split_sentences(text):
        if literal not in sentence:
            continue
        clauses = [PARENTHETICAL.sub("", c).strip() for c in CLAUSE_SPLIT.split(sentence)]
        for i, clause in enumerate(clauses):
            if literal not in clause:
                continue
            clause = LEADING_WORDS.sub("", clause)
            if len(clause) < CLAUSE_MIN_CHARS and i > 0:
                clause = f"{clauses[i - 1]}，{clause}"
            if (CLAUSE_MIN_CHARS <= len(clause) <= CLAUSE_MAX_CHARS and "》" not in clause[:1]
                    and not NO_SUBJECT.match(clause)):
                return clause
    return ""
