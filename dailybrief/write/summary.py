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
    kinds = [line_kind(d) for d in drafts]
    while True:
        text = intro + _grouped(titles, clauses, kinds)
        if len(text) <= SUMMARY_MAX_CHARS or not any(clauses):
            return text
        last = max(i for i, c in enumerate(clauses) if c)
        clauses[last] = ""


# What kind of line a storyline is, for the 摘要's sentences: policy first, then data, then the rest.
POLICY_TITLE = re.compile(
    r"印发|出台|施行|公布《|发布《[^》]*(?:办法|意见|方案|规定|条例|措施|计划|通知|细则|要点)》|"
    r"(?:实施|指导)意见|若干措施|实施方案|行动计划|管理办法|条例|工作报告")
# An official document's own headline: 关于完善新型储能价格机制的通知.
DOCUMENT_HEADLINE = re.compile(r"关于.{2,}的[^的]{0,6}(?:通知|通告|公告|意见|函|措施|方案|计划|办法|细则|规定|决定)$")
DATA_TITLE = re.compile(
    r"白皮书|(?:研究|发展|年度)报告|指数|统计|数据显示|(?:运行|发展|消费|生产)情况|增长|同比|下降|"
    r"\d+(?:\.\d+)?(?:%|万|亿|个|家|辆|件|千瓦)")
KIND_LEAD_INS = (("policy", "政策层面，"), ("data", "数据层面，"), ("other", "此外，"))


def line_kind(draft: SectionDraft) -> str:
    """Return 'policy' (a document issued or in force), 'data' (figures released) or 'other'."""
    title = draft.title
    if POLICY_TITLE.search(title) and not re.search(r"白皮书|(?<!工作)报告", title):
        return "policy"
    if DOCUMENT_HEADLINE.search(re.sub(r"\s+", "", draft.story.original.title)) and not re.search(
            r"公示|名单|申报|征集|举办|大赛", title):
        return "policy"
    return "data" if DATA_TITLE.search(title) else "other"


COMMON_THEME_MIN_CHARS = 4
COMMON_THEME_MIN_LINES = 3
GENERIC_THEMES = re.compile(r"^(?:人民政府|办公厅|实施方案|指导意见|若干措施|行动计划|关于|印发|发布|通知)+$")


def common_theme(titles: Sequence[str]) -> str:
    """Return the longest phrase (at least 4 characters, not a document form or a body) that
    three or more of the titles share, or '': the day's one theme when several bodies act on it."""
    best = ""
    for title in titles:
        for i in range(len(title)):
            for j in range(i + max(COMMON_THEME_MIN_CHARS, len(best) + 1), len(title) + 1):
                phrase = title[i:j]
                if sum(phrase in t for t in titles) < COMMON_THEME_MIN_LINES:
                    break
                if not GENERIC_THEMES.match(phrase) and not re.search(r"[，、：；《》（）]", phrase):
                    best = phrase
    theme = DOCUMENT_FORM_TAIL.sub("", best)
    return theme if len(theme) >= COMMON_THEME_MIN_CHARS else ""


DOCUMENT_FORM_TAIL = re.compile(r"(?:实施方案|行动计划|若干措施|指导意见|实施意见|管理办法|方案|计划|措施|意见|办法)+$")


def _grouped(titles: Sequence[str], clauses: Sequence[str], kinds: Sequence[str]) -> str:
    """Return one sentence per kind of line (政策层面，A，…；B。数据层面，…), or, when the
    day has only one kind, one sentence per line as before."""
    if len(set(kinds)) < 2:
        return "".join(_item(t, c) for t, c in zip(titles, clauses, strict=True))
    out = []
    for kind, lead_in in KIND_LEAD_INS:
        items = [f"{t}，{c}" if c else t for t, c, k in zip(titles, clauses, kinds, strict=True) if k == kind]
        if items:
            out.append(lead_in + "；".join(items) + "。")
    return "".join(out)


def _intro(drafts: Sequence[SectionDraft]) -> str:
    theme = common_theme([d.title for d in drafts])
    if theme:
        return f"今天新质生产力方向的重点，是多条线索同时指向“{theme}”。"
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
    """Return the clause of the section's text that states its key figure (the one most of the
    storyline's pages state, then the first), or ''."""
    text = draft.paragraphs[0] if draft.paragraphs else ""  # the original's facts, not a part's
    title = squash(draft.title)
    figures = [f for _, f in draft.facts if f.kind is FactKind.FIGURE and is_distinctive(f)]
    pages = {t: len({f.article_url for f in figures if f.text == t}) for t in {f.text for f in figures}}
    ordered = sorted(figures, key=lambda f: (-pages[f.text], (f.unit or "") in BARE_COUNT_UNITS))
    for fact in ordered:
        if squash(fact.text) in title:
            continue
        clause = _clause_with(text, fact.text)
        if clause and squash(clause) not in title:
            return clause
    for _, fact in draft.facts:  # a storyline without figures: the first task it sets
        if fact.kind is FactKind.TASK and fact.article_url == draft.story.original.url:
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
