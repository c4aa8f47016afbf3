"""Tracked figures: the indicator a figure measures, read from the words before it, so that
the same statistic restated on another day with another value joins one series."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..analyse.facts import is_distinctive
from ..models import Fact, FactKind

MIN_INDICATOR_CHARS = 4
MAX_INDICATOR_CHARS = 16
_CLAUSE_BREAK = re.compile(r"[，。；：！？、,;:（）()“”\"]")
_TRAILING = re.compile(
    r"(?:为|达到|达|约|约为|共|共计|累计|实现|完成|超过|突破|增至|增长至|提高到|提升至|同比|环比"
    r"|增长|下降|减少|是|有|新增|已|合计|总计|总量|规模|预计|初步统计|初步|统计|比上年|较上年|较上月"
    r"|以上|左右|近|逾|超)+$"
)
_LEADING = re.compile(
    r"^(?:据[^，。]{0,12}(?:统计|数据|测算|初步统计)?|其中|今年|去年|全年|上半年|下半年|前\d{1,2}个?月"
    r"|[一二三四]季度|\d{4}年|\d{1,2}月份?|\d{1,2}—\d{1,2}月|截至[^，。]{0,10}底|截至目前|目前|当月|本月|上月)+"
)
_HAS_HAN = re.compile(r"[\u4e00-\u9fa5]")


COUNT_UNITS = frozenset({"个", "家", "项", "座", "条", "件", "所", "名", "款", "批", "类", "台", "辆", "套", "架", "颗", "艘", "户"})
COUNTED_CHARS = 12


def indicator_of(sentence: str, literal: str) -> str:
    """Return what a figure measures: the clause before it, without time words and verbs
    (「5月份，全社会用电量达8000亿千瓦时」→「全社会用电量」), and for a count what is counted
    (「首批遴选120个示范项目」→「首批遴选·示范项目」); '' when it says nothing."""
    at = sentence.find(literal)
    if at < 0:
        return ""
    before = _before(sentence, at)
    unit = literal.lstrip("0123456789.")
    if unit in COUNT_UNITS:
        counted = _CLAUSE_BREAK.split(sentence[at + len(literal):])[0].strip()[:COUNTED_CHARS]
        if len(_HAS_HAN.findall(counted)) >= 2 and not re.search(r"\d", counted):
            return (before + "·" if before else "") + counted
        return ""
    return before


def _before(sentence: str, at: int) -> str:
    clause = _CLAUSE_BREAK.split(sentence[:at])[-1].strip()
    for _ in range(3):
        clause = _LEADING.sub("", _TRAILING.sub("", clause)).strip()
    clause = clause[-MAX_INDICATOR_CHARS:]
    if len(clause) < MIN_INDICATOR_CHARS or len(_HAS_HAN.findall(clause)) < MIN_INDICATOR_CHARS:
        return ""
    if re.search(r"\d", clause):
        return ""
    return clause


def tracked_points(facts: Iterable[Fact]) -> list[tuple[str, Fact]]:
    """Return (indicator, figure) for each distinctive figure whose indicator can be read."""
    out = []
    seen: set[tuple[str, str, str]] = set()
    for fact in facts:
        if fact.kind is not FactKind.FIGURE or not is_distinctive(fact) or fact.value is None:
            continue
        indicator = indicator_of(fact.sentence, fact.text)
        key = (indicator, fact.text, fact.article_url)
        if indicator and key not in seen:
            seen.add(key)
            out.append((indicator, fact))
    return out
