"""Facts: figures with units, dates, deadlines, documents in 《》 and issuing bodies."""

from __future__ import annotations

import re
from datetime import date

import cn2an

from ..models import Article, Fact, FactKind
from ..text import normalize_digits, split_sentences

# Units after a number, longest first so that 亿千瓦时 wins over 亿 and 千瓦.
UNITS = (
    "亿千瓦时", "万千瓦时", "千瓦时", "亿千瓦", "万千瓦", "千瓦", "兆瓦", "吉瓦",
    "万亿元", "亿美元", "亿元", "万元", "元", "万吨", "吨", "标准煤",
    "个百分点", "百分点", "%", "EFLOPS", "PFLOPS", "TFLOPS", "EB", "PB", "TB", "GB",
    "GWh", "MWh", "kWh", "GW", "MW", "量子比特", "比特", "小时", "公里", "平方公里", "平方米", "立方米", "亩", "倍",
    "个工作日", "个赛道", "个项目", "个场景", "个方向", "个任务", "个行业", "个城市", "个省份",
    "万个", "个", "家次", "万家", "家", "架次", "架", "颗", "艘", "户", "万台", "台", "万辆", "辆", "万套", "套", "万人", "人次", "人", "名",
    "款", "项", "条", "件", "座", "所", "批", "届", "章", "类", "方面", "赛道", "场景", "城市",
)
_UNIT_ALT = "|".join(re.escape(u) for u in UNITS)
PER_UNITS = ("千瓦时", "千瓦", "兆瓦时", "吨", "年", "月", "天", "人", "平方米", "立方米", "小时", "次", "台", "辆")
_PER_ALT = "|".join(PER_UNITS)  # 0.3元/千瓦时: a rate keeps its denominator
FIGURE = re.compile(
    rf"(?<![\d.第])(\d+(?:\.\d+)?)\s*(万亿|亿|万|千)?\s*({_UNIT_ALT})(?:/(?:{_PER_ALT}))?"
)
CN_NUMERAL = "零一二两三四五六七八九十百千万"
CN_FIGURE = re.compile(rf"(?<![第{CN_NUMERAL}])([{CN_NUMERAL}]{{1,6}})(章|条|个|项|家|批|届|方面)")  # 第四条 is an ordinal
CN_CHAPTERS = re.compile(rf"(?<!第)([{CN_NUMERAL}]{{1,4}})章([{CN_NUMERAL}]{{1,6}})条")  # 七章五十八条
FULL_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
MONTH_DAY = re.compile(r"(?<![年\d])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
DOCUMENT = re.compile(r"《[^《》\n]{2,80}》")
BODY_PREFIX = r"(?:国家|国务院|中国|中央|全国|工业和信息化|财政|科学技术|科技|教育|商务|生态环境|交通运输|[\u4e00-\u9fa5]{2,3}(?:省|市|自治区))"
BODY = re.compile(
    rf"国务院(?![\u4e00-\u9fa5]{{0,6}}(?:部|局|委|办))|{BODY_PREFIX}[\u4e00-\u9fa5]{{0,12}}?(?:委员会|办公厅|办公室|人民政府|部|局|委|厅|署|院|中心|集团|公司|协会)(?![\u4e00-\u9fa5]{{0,1}}(?:长|门))"
)
DEADLINE_BEFORE = re.compile(r"(?:截止|截止日期|截止时间|报名截止|截至日期|不晚于|最迟)[为至于：:]?\s*$")
NOT_DEADLINE_BEFORE = re.compile(r"截至\s*$")
DEADLINE_AFTER_STRONG = re.compile(
    r"^\s*(?:\d{1,2}[:：]\d{2}|\d{1,2}\s*[时点](?:\d{1,2}分)?|[上下]午\d{1,2}[时点]?)?\s*(?:前|之前|以前|截止|止)"
)
YEAR_ONLY_UNITS = ("年",)
TRIVIAL_VALUES = {1.0, 2.0, 3.0}  # "1个" or "2项" alone says little; kept, but not distinctive


def figures_in(sentence: str) -> list[tuple[str, float, str]]:
    """Return (literal text, value, unit) for each figure with a unit in a sentence."""
    found = []
    for m in FIGURE.finditer(sentence):
        number, scale, unit = m.group(1), m.group(2) or "", m.group(3)
        value = float(number) * {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "": 1}[scale]
        found.append((m.group(0).replace(" ", ""), value, scale + unit))
    spans = []
    for m in CN_CHAPTERS.finditer(sentence):
        value = _cn_value(m.group(2))
        if value is not None:
            found.append((m.group(0), value, "章条"))
            spans.append(range(m.start(), m.end()))
    for m in CN_FIGURE.finditer(sentence):
        value = _cn_value(m.group(1))
        if value is not None and not any(m.start() in span for span in spans):
            found.append((m.group(0), value, m.group(2)))
    return found


def _cn_value(numeral: str) -> float | None:
    try:
        return float(cn2an.cn2an(numeral, "smart"))
    except (ValueError, KeyError):
        return None


def dates_in(sentence: str, year_hint: int) -> list[tuple[str, date, int, int]]:
    """Return (literal, date, start, end) for each full or month-day date in a sentence."""
    found = []
    for m in FULL_DATE.finditer(sentence):
        day = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if day:
            found.append((m.group(0), day, m.start(), m.end()))
    for m in MONTH_DAY.finditer(sentence):
        day = _safe_date(year_hint, int(m.group(1)), int(m.group(2)))
        if day:
            found.append((m.group(0), day, m.start(), m.end()))
    return found


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def is_deadline(
    sentence: str, start: int, end: int, *, day: date | None = None, published: date | None = None
) -> bool:
    """Return whether the date at [start, end) is a deadline (…前, 截止…), not an 'as of' date.

    截至 means "as of" for a past date (截至2026年5月底) but "until" for a date after the
    page was published (寄送时间截至2027年3月15日), so the page's own date decides.
    """
    before, after = sentence[max(0, start - 8):start], sentence[end:end + 6]
    if NOT_DEADLINE_BEFORE.search(before):
        return bool(day and published and day > published)
    if DEADLINE_AFTER_STRONG.match(after):
        return True
    return bool(DEADLINE_BEFORE.search(before)) and not after.lstrip().startswith(("起", "开始"))


def documents_in(sentence: str) -> list[str]:
    return DOCUMENT.findall(sentence)


def bodies_in(sentence: str) -> list[str]:
    return [b for b in BODY.findall(sentence) if len(b) >= 3]


def extract_facts(article: Article) -> list[Fact]:
    """Return every fact in an article, each with the sentence that states it."""
    facts: list[Fact] = []
    for sentence in split_sentences(normalize_digits(article.text)):
        facts.extend(_facts_in_sentence(sentence, article))
    return facts


def _facts_in_sentence(sentence: str, article: Article) -> list[Fact]:
    url = article.url
    out = [
        Fact(FactKind.FIGURE, text, sentence, url, value=value, unit=unit)
        for text, value, unit in figures_in(sentence)
    ]
    for literal, day, start, end in dates_in(sentence, article.published.year):
        deadline = is_deadline(sentence, start, end, day=day, published=article.published)
        kind = FactKind.DEADLINE if deadline else FactKind.DATE
        out.append(Fact(kind, literal, sentence, url, day=day))
    out.extend(Fact(FactKind.DOCUMENT, d, sentence, url) for d in documents_in(sentence))
    out.extend(Fact(FactKind.BODY, b, sentence, url) for b in bodies_in(sentence))
    return out


def is_distinctive(fact: Fact) -> bool:
    """Return whether a figure is specific enough to tie two articles to one story."""
    if fact.kind is FactKind.DOCUMENT:
        return len(fact.text) >= 8
    if fact.kind is not FactKind.FIGURE:
        return False
    if fact.value is None or fact.unit in ("届", "批", "章"):
        return False
    return fact.value not in TRIVIAL_VALUES
