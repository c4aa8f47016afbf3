"""Facts: figures with units, dates, deadlines, documents in 《》 and issuing bodies, and the
facts a policy brief needs that are not "a number with a unit": document and article numbers,
ranges, limits, durations, the date a document was issued, named officials who speak, the
fields a policy names and the tasks it sets."""

from __future__ import annotations

import re
from datetime import date, timedelta

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
    "款", "项", "条", "件", "座", "所", "批", "届", "章", "类", "方面", "赛道", "场景", "城市", "次",
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
# The end of a month or a year as policies set it: 2028年6月底前, 9月末前, 2029年底前.
MONTH_END = re.compile(r"(?<![\d每])(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(?:底|末)(?!\d)")
YEAR_END = re.compile(r"(?<!\d)(\d{4})\s*年\s*(?:底|末)")
DOCUMENT = re.compile(r"《[^《》\n]{2,80}》")
BODY_PREFIX = r"(?:国家|国务院|中国|中央|全国|工业和信息化|财政|科学技术|科技|教育|商务|生态环境|交通运输|[\u4e00-\u9fa5]{2,3}(?:省|市|自治区))"
BODY = re.compile(
    rf"国务院(?![\u4e00-\u9fa5]{{0,6}}(?:部|局|委|办))|{BODY_PREFIX}[\u4e00-\u9fa5]{{0,12}}?(?:委员会|办公厅|办公室|人民政府|部|局|委|厅|署|院|中心|集团|公司|协会)(?![\u4e00-\u9fa5]{{0,1}}(?:长|门))"
)
DEADLINE_BEFORE = re.compile(r"(?:截止|截止日期|截止时间|报名截止|截至日期|不晚于|最迟)[为至于：:]?\s*$")
NOT_DEADLINE_BEFORE = re.compile(r"截至\s*$")
# The end of a period one must act in: 公示期为7月7日至7月13日, 征求意见时间为…至6月30日.
PERIOD = re.compile(r"公示期|公示时间|征求意见|意见反馈|受理时间|受理期|申报时间|报名时间|申请时间|提交时间")
PERIOD_END_BEFORE = re.compile(r"(?:至|到|—|－|-|~|～)\s*$")
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
    for m in MONTH_END.finditer(sentence):
        day = _month_end(int(m.group(1) or year_hint), int(m.group(2)))
        if day:
            found.append((m.group(0), day, m.start(), m.end()))
    for m in YEAR_END.finditer(sentence):
        found.append((m.group(0), date(int(m.group(1)), 12, 31), m.start(), m.end()))
    return found


def is_month_end(literal: str) -> bool:
    """Return whether a date literal names the end of a month or year (6月底), not a day."""
    return literal.endswith(("底", "末"))


def _month_end(y: int, m: int) -> date | None:
    if not 1 <= m <= 12:
        return None
    return date(y, 12, 31) if m == 12 else date(y, m + 1, 1) - timedelta(days=1)


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
    if PERIOD_END_BEFORE.search(before) and PERIOD.search(sentence[:start]):
        return not (day and published and day < published)
    if NOT_DEADLINE_BEFORE.search(before):
        return bool(day and published and day > published)
    if DEADLINE_AFTER_STRONG.match(after):
        return True
    return bool(DEADLINE_BEFORE.search(before)) and not after.lstrip().startswith(("起", "开始"))


def documents_in(sentence: str) -> list[str]:
    return DOCUMENT.findall(sentence)


def bodies_in(sentence: str) -> list[str]:
    return [b for b in BODY.findall(sentence) if len(b) >= 3]


CN_NUM = "零〇一二两三四五六七八九十百千"
_NUM = rf"(?:\d+(?:\.\d+)?|[{CN_NUM}]+(?:点[{CN_NUM}]+)?)"
_SCALE = "(?:万亿|亿|万|千)"
AMOUNT_UNITS = ("亿千瓦时", "万千瓦时", "千瓦时", "亿千瓦", "万千瓦", "千瓦", "美元", "元", "万吨", "吨",
                "平方米", "公里", "个百分点", "%")
_AMOUNT_UNIT = "|".join(re.escape(u) for u in sorted(AMOUNT_UNITS, key=len, reverse=True))
# 两千亿元, 一千二百亿元, 十亿元: an amount written in Chinese numerals.
CN_AMOUNT = re.compile(rf"(?<![第{CN_NUM}点])([{CN_NUM}]{{1,8}}(?:点[{CN_NUM}]{{1,4}})?)({_SCALE}?)({_AMOUNT_UNIT})")
# 国办发〔2027〕15号 / 鲁政发[2027]12号; 令第368号, 公告第12号, （第一百零六号）.
DOC_NUMBER = re.compile(r"[\u4e00-\u9fa5]{1,12}[〔\[［(（]\d{4}[〕\]］)）]第?\d{1,5}号")
DOC_NUMBER_LEADER = re.compile(r"^[\u4e00-\u9fa5]*?(?:依据|根据|按照|对照|参照|落实|印发|发布|转发|见|以|据)(?=[\u4e00-\u9fa5]{2})")
ORDINAL_NUMBER = re.compile(rf"第[\d{CN_NUM}]{{1,7}}号(?![线楼院台风码口车位])")
ARTICLE_NUMBER = re.compile(rf"第[\d{CN_NUM}]{{1,6}}条(?:第[\d{CN_NUM}]{{1,3}}款)?")
_LOWER = r"(?:不少于|不低于|不短于|不小于|至少|最低|最少|超过|多于|高于|突破)"
_UPPER = r"(?:不超过|不高于|不多于|不长于|不大于|不得(?:超过|高于|多于|长于)|最高|最多|最长|低于|少于|不足|控制在)"
_QUANTITY = rf"{_NUM}{_SCALE}?(?:{_UNIT_ALT})?"
RANGE = re.compile(
    rf"(?<![\d.:：{CN_NUM}])({_QUANTITY})(?:以上|至|到|—|～|~|-)({_QUANTITY})(?![\d.:：])(?:以下|之间)?")
YEARS_AFTER = re.compile(r"(?:个月|年)(?![度底末初])")
_HAS_UNIT = re.compile(rf"(?:{_SCALE}|{_UNIT_ALT})$")
LIMIT = re.compile(
    rf"(?:{_LOWER}|{_UPPER})(?:为|在|到|至)?{_QUANTITY}(?:以上|以下|以内|左右)?"
    rf"|(?<![\d.{CN_NUM}第]){_QUANTITY}(?:以上|以下|以内|左右)")
_DURATION_UNIT = r"(?:个工作日|个月|年|周|日|天|小时)"
DURATION = re.compile(
    rf"(?:{_LOWER}|{_UPPER}|为期|期限为?|有效期为?|观察期为?|周期为?|期为|留存)(?:为)?(?:\d{{1,3}}|[{CN_NUM}]{{1,4}}){_DURATION_UNIT}"
    rf"|(?<![\d.月年{CN_NUM}第])(?:\d{{1,3}}|[{CN_NUM}]{{1,4}})(?:个工作日|个月|天|日|年)(?:内|以内|之内)"
    rf"|(?<![\d.月年{CN_NUM}第])\d{{2,3}}(?:个工作日|天)")
ISSUING_VERBS = r"(?:印发|发布|公布|出台|通过|批准|签署|审议通过|制定|修订|施行)"
ISSUED_AFTER = re.compile(rf"^(?:[^，。；]{{0,16}}?)(?:联合)?{ISSUING_VERBS}")
TITLES = (
    r"(?:副)?(?:部长|司长|局长|主任|厅长|处长|院长|所长|省长|市长|区长|县长|主席|书记|秘书长|会长|理事长|"
    r"董事长|总经理|总裁|总工程师|总经济师|总规划师|新闻发言人|发言人|首席[一-龥]{1,4}师|院士|教授|"
    r"研究员|主任委员|委员|专家|分析师|负责人)"
)
SPEECH = r"(?:表示|指出|介绍|说|称|认为|强调|透露|提出|解释|谈到|坦言|分析|建议|回应|宣布)"
# What an official does at a meeting besides speaking: 主任郑立衡出席会议并讲话, 副部长X主持.
ATTENDANCE = r"(?:出席|主持|讲话|致辞|作(?:主旨)?报告|作(?:工作)?部署|宣读|发布)"
PERSON = re.compile(
    rf"(?P<title>{TITLES})([\u4e00-\u9fa5]{{2,3}}?)"
    rf"(?={SPEECH}|{ATTENDANCE}|(?:在|于|就|对|接受|向)[^，。；]{{1,20}}?(?:{SPEECH}|{ATTENDANCE}))")
# Titles of people who speak for a government body or an association, not for themselves: an
# official's remarks are a storyline's substance, an analyst's are commentary.
OFFICIAL_TITLES = re.compile(
    r"(?:部长|司长|局长|主任|厅长|处长|省长|市长|区长|县长|主席|书记|秘书长|新闻发言人|发言人|负责人)$")
NOT_NAMES = re.compile(rf"^(?:{SPEECH}|在|于|就|对|等|和|及|也|还|都|则|们|同志|表|指|介|认|强|透)")
# 人工智能、生物技术、新材料等: three or more short items in a 、 list.
_ITEM = r"(?:(?!等)[\u4e00-\u9fa5A-Za-z0-9“”+]){2,14}"  # 等 closes the list: …、6G等方向
FIELDS = re.compile(rf"({_ITEM}(?:、{_ITEM}){{2,}}(?:(?:和|及|以及|与){_ITEM})?)(?=等|[，。；、）]|$)")
FIELD_LEADERS = re.compile(
    r"^.*?(?:重点(?:聚焦|围绕|支持|发展|布局|突破|推进|在)?|聚焦|围绕|面向|涵盖|覆盖|包括|涉及|针对|布局|"
    r"发展|支持|推动|培育|打造|加快|突破|坚持|来自|在|如|是|为|将|把|对|从|让|使|以|由|到|要)(?=.{2,})")
MIN_SUBSTANTIVE_FIELDS = 4  # 集成电路、工业母机、高端仪器、基础软件…; 智能化、绿色化、融合化 is a slogan
TASK_VERBS = (
    r"(?:统筹推进|统筹|加快构建|加快推进|加快建设|加快培育|加快发展|加快|大力发展|大力推进|大力|着力(?:推动|构建|提升|打造|解决|培育)?|"
    r"深入推进|深入实施|深化|强化|完善|健全|建立健全|推动|推进|构建|打造|培育壮大|培育|实施|开展|提升|优化|"
    r"营造|夯实|筑牢|坚持|落实|布局|建设|发展壮大|引导|支持|鼓励|探索)"
)
TASK = re.compile(rf"(?:^|(?<=[，；：、。])|(?<=要)|(?<=将)|(?<=应)|(?<=须)|(?<=并))({TASK_VERBS}[^，；。：]{{4,40}})(?=[，；。]|$)")
MIN_TASK_CHARS = 8
PREAMBLE_TAIL = re.compile(r"的[\u4e00-\u9fa5]{0,4}(?:举措|要求|着力点|途径|抓手|支撑|保障|关键|意义|内容|环节)$")


def doc_numbers_in(sentence: str) -> list[str]:
    """Return the document numbers a sentence states: 国办发〔2027〕15号, 第368号."""
    found = [DOC_NUMBER_LEADER.sub("", m.group(0)) for m in DOC_NUMBER.finditer(sentence)]
    found += [m.group(0) for m in ORDINAL_NUMBER.finditer(sentence)
              if not any(m.group(0) in f for f in found)]
    return found


def article_numbers_in(sentence: str) -> list[str]:
    """Return the article numbers (第十五条, 第20条第二款) a sentence cites."""
    return ARTICLE_NUMBER.findall(sentence)


def ranges_in(sentence: str) -> list[str]:
    """Return the ranges of a sentence (五万元以上五十万元以下, 3至5年); dates are not ranges."""
    out = []
    for m in RANGE.finditer(sentence):
        low, high = m.group(1), m.group(2)
        if not (_has_digit_or_cn(low) and _has_digit_or_cn(high)):
            continue
        years = YEARS_AFTER.match(sentence, m.end())
        if years and not re.fullmatch(r"\d{4}", low):
            out.append(m.group(0) + years.group(0))  # 3至5年, 三到五年: a span of years
            continue
        if _is_date_like(sentence, m):
            continue
        if not (_HAS_UNIT.search(low) or _HAS_UNIT.search(high)):
            continue  # 14:00—16:30, 1.2-1.5: times and bare numbers
        if "以上" in m.group(0) and not m.group(0).endswith(("以下", "之间")):
            continue  # 100家以上企业: a lower bound, not a range
        out.append(m.group(0))
    return out


def _has_digit_or_cn(s: str) -> bool:
    return bool(re.match(rf"[\d{CN_NUM}]", s))


def _is_date_like(sentence: str, m: re.Match[str]) -> bool:
    after = sentence[m.end():m.end() + 1]
    return after in "年月日号时点" or m.group(1).endswith(("年", "月", "日")) or bool(
        re.fullmatch(r"\d{4}", m.group(1)))


def limits_in(sentence: str) -> list[str]:
    """Return the bounds a sentence sets on a value: 不少于十亿元, 不得高于1.25, 85%以上."""
    out = []
    for m in LIMIT.finditer(sentence):
        text = m.group(0)
        if sentence[m.end():m.end() + 1] in "年月日号" or re.search(r"\d{4}$", text):
            continue  # 2030年以前, 第5号: a date or a number, not a bound
        if not re.search(rf"\d|[{CN_NUM}]", text):
            continue
        out.append(text)
    return out


def durations_in(sentence: str) -> list[str]:
    """Return the durations of a sentence: 不少于三年, 180日内, 为期两年, 15个工作日."""
    return [m.group(0) for m in DURATION.finditer(sentence)]


def cn_amounts_in(sentence: str) -> list[tuple[str, float, str]]:
    """Return (literal, value, unit) for amounts in Chinese numerals: 两千亿元, 一千二百亿元."""
    out = []
    for m in CN_AMOUNT.finditer(sentence):
        numeral = m.group(1)
        if len(numeral) == 1 and numeral in "一两千百":
            continue  # 一元, 千元: words more than figures
        value = _cn_value(numeral)
        if value is None:
            continue
        scale = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "": 1}[m.group(2)]
        out.append((m.group(0), value * scale, m.group(2) + m.group(3)))
    return out


def persons_in(sentence: str) -> list[tuple[str, str]]:
    """Return (name, title) of each named person a sentence quotes: 司长陈家和介绍 → 陈家和."""
    out = []
    for m in PERSON.finditer(sentence):
        name = m.group(2)
        if NOT_NAMES.match(name) or name in out:
            continue
        out.append((name, m.group("title")))
    return out


def named_again_in(sentence: str, names: dict[str, str]) -> list[tuple[str, str]]:
    """Return (name, title) of the people named earlier in the page (names: name → title) whom
    the sentence quotes by name alone: 郑立衡强调，… after 主任郑立衡出席会议并讲话。"""
    return [(name, title) for name, title in names.items()
            if re.search(rf"{re.escape(name)}(?:同志)?(?:还|也|再次|进一步)?(?:{SPEECH}|{ATTENDANCE})", sentence)]


def issued_dates_in(sentence: str, year_hint: int) -> list[tuple[str, date]]:
    """Return the dates on which the sentence says a document was issued or adopted."""
    out = []
    for literal, day, start, end in dates_in(sentence, year_hint):
        before = sentence[max(0, start - 2):start]
        if before.endswith(("至", "到", "截至", "前")):
            continue
        if ISSUED_AFTER.match(sentence[end:]) and not is_deadline(sentence, start, end):
            out.append((literal, day))
    return out


def fields_in(sentence: str) -> list[str]:
    """Return each enumeration of three or more items (人工智能、生物技术、新材料)."""
    out = []
    for m in FIELDS.finditer(sentence):
        items = m.group(1).split("、")
        longest = max(len(i) for i in items[1:])
        first = FIELD_LEADERS.sub("", items[0])[-longest:]
        if len(first) < 2 or len(items) < 3 or re.search(r"\d", m.group(1)):
            continue  # 3000家以上、500家以上…: figures, counted as such
        out.append("、".join([first, *items[1:]]))
    return out


def is_substantive(fact: Fact) -> bool:
    """Return whether a fact beyond figures says enough to carry a storyline without figures:
    a document or article number, a range, an enumeration of at least four fields, or an
    official (a minister, a director, a spokesperson) named as speaking or presiding."""
    if fact.kind is FactKind.FIELDS:
        return fact.text.count("、") + 1 >= MIN_SUBSTANTIVE_FIELDS
    if fact.kind is FactKind.PERSON:
        return bool(OFFICIAL_TITLES.search(fact.unit or ""))
    return fact.kind in (FactKind.DOC_NUMBER, FactKind.ARTICLE, FactKind.RANGE)


def tasks_in(sentence: str) -> list[str]:
    """Return the tasks a sentence sets (统筹推进…建设、…改革; 加快构建…体系), not the preamble
    that says why (…是建设现代化产业体系的重要举措)."""
    return [m.group(1) for m in TASK.finditer(sentence)
            if len(m.group(1)) >= MIN_TASK_CHARS and not PREAMBLE_TAIL.search(m.group(1))]


def typed_facts_in(sentence: str, year_hint: int) -> list[tuple[FactKind, str]]:
    """Return (kind, literal) of the facts beyond figures and dates in a sentence."""
    out: list[tuple[FactKind, str]] = []
    out += [(FactKind.DOC_NUMBER, t) for t in doc_numbers_in(sentence)]
    out += [(FactKind.ARTICLE, t) for t in article_numbers_in(sentence)]
    ranges = ranges_in(sentence)
    out += [(FactKind.RANGE, t) for t in ranges]
    durations = durations_in(sentence)
    out += [(FactKind.DURATION, t) for t in durations]
    out += [(FactKind.LIMIT, t) for t in limits_in(sentence)
            if not any(t in r or r in t for r in ranges + durations)]
    out += [(FactKind.ISSUED, t) for t, _ in issued_dates_in(sentence, year_hint)]
    out += [(FactKind.PERSON, name) for name, _ in persons_in(sentence)]
    out += [(FactKind.FIELDS, t) for t in fields_in(sentence)]
    out += [(FactKind.TASK, t) for t in tasks_in(sentence)]
    return out


def extract_facts(article: Article) -> list[Fact]:
    """Return every fact in an article, each with the sentence that states it; the 文号 of its
    metadata table (Article.doc_number) is a fact of its own when the body does not print it."""
    facts: list[Fact] = []
    names: dict[str, str] = {}
    text = normalize_digits(article.text)
    number = normalize_digits(article.doc_number)
    if number and number not in text:
        facts.append(Fact(FactKind.DOC_NUMBER, number, number, article.url))
    for sentence in split_sentences(text):
        found = _facts_in_sentence(sentence, article)
        quoted = {f.text for f in found if f.kind is FactKind.PERSON}
        found += [Fact(FactKind.PERSON, name, sentence, article.url, unit=title)
                  for name, title in named_again_in(sentence, names) if name not in quoted]
        names.update((f.text, f.unit or "") for f in found if f.kind is FactKind.PERSON)
        facts.extend(found)
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
    year = article.published.year
    out.extend(Fact(FactKind.FIGURE, text, sentence, url, value=value, unit=unit)
               for text, value, unit in cn_amounts_in(sentence))
    for kind, text in typed_facts_in(sentence, year):
        if kind is FactKind.ISSUED:
            day = next((d for t, d in issued_dates_in(sentence, year) if t == text), None)
            out.append(Fact(kind, text, sentence, url, day=day))
        elif kind is FactKind.PERSON:
            title = dict(persons_in(sentence)).get(text)
            out.append(Fact(kind, text, sentence, url, unit=title))
        else:
            out.append(Fact(kind, text, sentence, url))
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
