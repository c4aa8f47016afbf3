"""用于核验 notes: what a reference backs in its section, in words, at most about 40 characters.

「用于核验《行动方案》印发及智能工厂目标和报送时限」, not a list of the figures. The note is
built from what the page states that the section uses: the document it names, what happened
to it (印发, 公布, 解读), the things its figures count (the words before a figure in its
clause: 高质量数据集, 签约金额), the articles of a law it cites, the fields and tasks of a text
without figures, and whether it sets a deadline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..analyse.facts import is_distinctive
from ..models import Article, Fact, FactKind
from ..text import squash

NOTE_MAX_CHARS = 40
SUBJECT_MAX_CHARS = 8
MAX_SUBJECTS = 2
PREFIX = "用于核验"
BACKGROUND = "用于补充背景与解读"
YEAR_RANGE = re.compile(r"[（(]\d{4}[—–\-－~至]\d{4}年[）)]")
DOCUMENT_KIND = re.compile(
    r"(行动方案|实施方案|工作方案|行动计划|工作要点|管理办法|暂行办法|实施细则|条例|办法|指南|指引|意见|"
    r"通知|措施|规划|名单|报告|标准|规范|方案|计划)(?:[（(][^）)]*[）)])?$")
TARGET = re.compile(r"到20\d\d年|目标")
# Words between a thing and its figure: 建成…5.8万个, 超过1.5万台, 达到70%.
FIGURE_VERBS = re.compile(
    r"(?:应|须|需|要|原则上|均|累计|共|已|新|将|建成|达成|达到|超过|突破|实现|完成|新增|增长|下降|设置|"
    r"安排|推出|培育|签约|发布|产出|带动|开通|拟|不低于|不超过|不少于|不高于|约|达|为|占|有|至|由|总计|合计)+$")
# What stands before a figure without naming what it counts: 每年安排不少于十亿元, 处五万元以上.
NOT_SUBJECTS = ("每年", "每个", "每家", "每项", "单个", "单家", "处", "罚款", "不少于", "不多于", "不高于",
                "不得", "最高", "最低", "力争", "约")
NOUN_UNIT = re.compile(r"^个?(赛道|场景|项目|方向|任务|行业|城市|省份|方面)$")
SUBJECT_CUT = re.compile(r".*(?:的|在|，|、|建成|达成|推出|培育|带动|开通|设置|安排|发布|产出|其中|全国|全市|全省)")
ACTIONS = (("答记者问", "解读"), ("解读", "解读"), ("印发", "印发"), ("公布", "公布"),
           ("施行", "施行"), ("发布", "发布"))


def verification_note(article: Article, facts: Sequence[Fact], section_text: str, *,
                      max_chars: int = NOTE_MAX_CHARS) -> str:
    """Return the 用于核验 note of a page: what of the section's text it backs, in words."""
    text = squash(section_text)
    used = [f for f in facts if squash(f.text) in text]
    document = _document(used)
    named = document and squash(YEAR_RANGE.sub("", document).strip("《》")) in squash(YEAR_RANGE.sub("", article.title))
    action = next((word for marker, word in ACTIONS if marker in article.title), "") if named else ""
    figures = [f for f in used if f.kind is FactKind.FIGURE and is_distinctive(f)]
    subjects = _subjects(figures)
    facets = []
    if subjects:
        facets.append("、".join(subjects) + ("目标" if any(TARGET.search(f.sentence) for f in figures) else "数据"))
    elif figures:
        facets.append("主要数据")
    if any(f.kind is FactKind.ARTICLE for f in used):
        facets.append("相关条款")
    if not figures:  # a storyline without figures: what it names and sets
        facets += [word for kind, word in ((FactKind.FIELDS, "重点领域"), (FactKind.TASK, "重点任务"))
                   if any(f.kind is kind for f in used)]
    if any(f.kind is FactKind.DEADLINE for f in used):
        facets.append("时限")
    return _fitted(document, action, facets, max_chars)


def _fitted(document: str, action: str, facets: list[str], max_chars: int) -> str:
    """Return the shortest-enough note: fewer words for the figures, then the document's kind."""
    candidates = [(document, facets)]
    if facets and facets[0] not in ("主要数据", "时限"):
        candidates.append((document, ["主要数据", *facets[1:]]))
    kind = DOCUMENT_KIND.search(document.strip("《》"))
    if kind:
        candidates.append((kind.group(1), facets))
        candidates.append((kind.group(1), ["主要数据", *facets[1:]] if facets else []))
    note = ""
    for doc, parts in candidates:
        note = _note(doc, action, parts)
        if len(note) <= max_chars:
            return note
    return _note("", "", facets) if len(_note("", "", facets)) <= max_chars else BACKGROUND


def _note(document: str, action: str, facets: list[str]) -> str:
    head = document + action
    tail = "和".join(facets)
    if head and tail:
        return f"{PREFIX}{head}及{tail}"
    return PREFIX + (head or tail) if head or tail else BACKGROUND


def _document(facts: Sequence[Fact]) -> str:
    for fact in facts:
        if fact.kind is FactKind.DOCUMENT and is_distinctive(fact):
            return YEAR_RANGE.sub("", fact.text)
    return ""


def _subjects(figures: Sequence[Fact]) -> list[str]:
    """Return up to two things the figures count, as the words before each figure."""
    out: list[str] = []
    for fact in figures:
        subject = _subject(fact)
        if subject and subject not in out and not any(subject in s or s in subject for s in out):
            out.append(subject)
        if len(out) == MAX_SUBJECTS:
            break
    return out


def _subject(fact: Fact) -> str:
    noun = NOUN_UNIT.match(fact.unit or "")
    if noun:
        return noun.group(1)
    sentence = fact.sentence
    at = sentence.find(fact.text)
    if at <= 0:
        return ""
    before = re.split(r"[，。；：]", sentence[:at])[-1]
    before = FIGURE_VERBS.sub("", before)
    before = SUBJECT_CUT.sub("", before)
    before = re.sub(r"[\d.%（）()“”《》]+", "", before)
    if not 2 <= len(before) <= SUBJECT_MAX_CHARS or before.startswith(NOT_SUBJECTS):
        return ""
    return before
