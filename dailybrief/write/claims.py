"""Find the checkable claims of a text: every figure, date, 《document》 and named body.

`find_claims(text)` returns, sentence by sentence, a number with its unit (1,700 / 1700 /
一千七百, 0.2亿千瓦 = 2000万千瓦, ％ = %), a date (2026年7月30日 / 7月30日 / 2026-07-30 /
二〇二六年七月三十日), a title in 《》 and a named body (…部, …局, …委员会, …中心, 国务院 …).
Everything else in a sentence — reasoning, judgement, adjectives — is not a claim. A text and
the pages it is checked against are normalised the same way (`normalize`), so verify.py only
compares values. Pure functions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

import cn2an

ClaimKind = Literal["number", "date", "document", "body", "report", "wording"]


@dataclass(frozen=True, slots=True)
class Claim:
    """A checkable statement in a sentence; `reason` says why it is unsupported."""

    kind: ClaimKind
    text: str
    sentence: str
    reason: str = ""
    hint: str = ""


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure in its canonical unit ('' for none), with the text as written."""

    value: float
    unit: str
    text: str


@dataclass(frozen=True, slots=True)
class TextClaims:
    """Claims of one normalised text: quantities, identifiers, dates, documents, bodies."""

    quantities: tuple[Quantity, ...]
    identifiers: tuple[str, ...]
    dates: tuple[tuple[int | None, int | None, int | None, str], ...]
    documents: tuple[str, ...]
    bodies: tuple[str, ...]


# --- normalisation ------------------------------------------------------------------------

_SPACES = re.compile(r"[^\S\n]+")
_SPACES_IN_TOKEN = re.compile(r"(?<=[A-Za-z0-9])[^\S\n]+(?=[A-Za-z0-9])")
_NEWLINES = re.compile(r"\s*\n\s*")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
CN_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4",
            "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})年")
_CN_MONTH_DAY = re.compile(r"(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
_CN_YEAR_MONTH = re.compile(r"(?<=\d年)([一二三四五六七八九十]{1,2})月")

# Official long names and the short forms the press uses; both sides are rewritten to the
# short form, so 国家发展改革委 matches 国家发展和改革委员会 (a misnamed body still does not).
BODY_ALIASES: tuple[tuple[str, str], ...] = (
    ("中华人民共和国", ""),
    ("国家发展和改革委员会", "国家发改委"),
    ("国家发展改革委", "国家发改委"),
    ("发展和改革委员会", "发改委"),
    ("发展和改革委", "发改委"),
    ("发展改革委", "发改委"),
    ("工业和信息化部", "工信部"),
    ("科学技术部", "科技部"),
    ("国家互联网信息办公室", "国家网信办"),
    ("互联网信息办公室", "网信办"),
    ("经济和信息化委员会", "经信委"),
    ("经济信息化委员会", "经信委"),
    ("经济和信息化委", "经信委"),
    ("经济信息化委", "经信委"),
    ("经济和信息化厅", "经信厅"),
    ("经济和信息化局", "经信局"),
    ("人力资源和社会保障部", "人社部"),
    ("住房和城乡建设部", "住建部"),
    ("国有资产监督管理委员会", "国资委"),
    ("市场监督管理总局", "市场监管总局"),
    ("人民代表大会常务委员会", "人大常委会"),
    ("人民政府", "政府"),
)


def normalize(text: str, *, aliases: bool = True) -> str:
    """Return text as the checks see it: NFKC, no spaces (one kept between two figures, and line
    breaks kept), 1,700 → 1700, Chinese dates in digits, and (with aliases) body names short."""
    s = unicodedata.normalize("NFKC", text).replace("\ufeff", "")
    s = _SPACES.sub("", _SPACES_IN_TOKEN.sub(" ", _NEWLINES.sub("\n", s.strip())))
    s = _THOUSANDS.sub("", s)
    s = _CN_YEAR.sub(lambda m: "".join(CN_DIGIT[c] for c in m.group(1)) + "年", s)
    s = _CN_MONTH_DAY.sub(lambda m: f"{_cn_int(m.group(1))}月{_cn_int(m.group(2))}日", s)
    s = _CN_YEAR_MONTH.sub(lambda m: f"{_cn_int(m.group(1))}月", s)
    s = cn_figures_as_digits(s)
    for long, short in BODY_ALIASES if aliases else ():
        s = s.replace(long, short)
    return s


def _cn_int(numeral: str) -> str:
    try:
        return str(int(cn2an.cn2an(numeral, "normal")))
    except (ValueError, KeyError):
        return numeral


# --- Chinese numerals ---------------------------------------------------------------------
# Every figure written in Chinese numerals is rewritten in digits once, here, so the verifier,
# the sentence-level support and the grounding check all compare the same thing:
# 一千一百一十四个 → 1114个, 两千亿元 → 2000亿元, 百分之七十 → 70%, 零点三亿千瓦 → 0.3亿千瓦,
# 壹仟贰佰万元 → 1200万元, 一〇二四个 → 1024个, 七成 → 七成 (成 is a unit). Numerals that are
# words (一体化, 两会, 十四五, 千家万户) have no unit after them and are left as they are.

CN_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿点壹贰叁肆伍陆柒捌玖拾佰仟萬億"
_CN_RUN = re.compile(f"[{CN_NUMERAL_CHARS.replace('点', '').replace('万', '').replace('亿', '').replace('萬', '').replace('億', '')}]"
                     f"[{CN_NUMERAL_CHARS}]*")
_CN_FRACTION = re.compile(r"(百|千|万)分之([零〇一二两三四五六七八九十百千点壹贰叁肆伍陆柒捌玖拾佰仟]+)")
# A plain fraction (四分之一, 三分之二) is a share: written as a percentage, one decimal.
_CN_PLAIN_FRACTION = re.compile(r"(?<![百千万])([二两三四五六七八九十])分之([一二两三四五六七八九])")
_FRACTION_UNIT = {"百": "%", "千": "‰", "万": "‱"}
_CN_DIGITS_ONLY = re.compile(r"[零〇一二两三四五六七八九]{2,}")
_CN_MAGNITUDE_TAIL = re.compile(r"(?:万亿|[万亿萬億])$")
# One-character numerals that are words, not figures: 一体化, 两会, 千家万户, 百年 ...
CN_WORD_NUMERALS = frozenset("一两二百千万亿点零〇")
CN_APPROXIMATE = ("数", "几", "若")  # 数十个, 几百家, 若干: no figure is stated
CN_APPROXIMATE_LARGE = ("上", "成")  # 上千人, 成百上千 (but 形成十二个 is a figure)
_CN_BARE_MAGNITUDE = re.compile(r"^[十百千拾佰仟]")
_CN_BARE_LARGE = re.compile(r"^[百千万拾佰仟]")
# 二 and 两 alone are words (二是, 二期, 两会) but figures before these units (二成, 两倍, 两年)
_CN_TWO_UNITS = ("成", "项", "个", "家", "条", "名", "座", "台", "所", "倍", "年")


def cn_numeral_value(numeral: str) -> float | None:
    """Return the value of a Chinese numeral (一千一百一十四, 两千, 零点三, 壹仟贰佰, 一〇二四), or None."""
    numeral = numeral.replace("萬", "万").replace("億", "亿")
    if _CN_DIGITS_ONLY.fullmatch(numeral):
        return float("".join(CN_DIGIT.get(c, "2") for c in numeral))
    try:
        return float(cn2an.cn2an(numeral, "normal"))
    except (ValueError, KeyError, IndexError):
        return None


def digits(value: float) -> str:
    """Return a value in plain digits, without an exponent (2000, 0.3, 75.5)."""
    if value.is_integer():
        return str(int(value))
    return f"{value:.10f}".rstrip("0").rstrip(".")


def cn_figures_as_digits(s: str, written: dict[str, str] | None = None) -> str:
    """Return s with every figure in Chinese numerals rewritten in digits (see above);
    `written` collects digits -> the numeral as written (for messages)."""
    def fraction(m: re.Match[str]) -> str:
        text = _fraction_as_digits(m)
        if written is not None:
            written.setdefault(text, m.group(0))
        return text

    s = _CN_FRACTION.sub(fraction, s)
    s = _CN_PLAIN_FRACTION.sub(_plain_fraction_as_percent, s)
    out, last = [], 0
    for m in _CN_RUN.finditer(s):
        found = _cn_figure_in_run(s, m.start(), m.end())
        if found is None:
            continue
        end, text = found
        if written is not None:
            written.setdefault(text, s[m.start():end])
        out.append(s[last:m.start()] + text)
        last = end
    out.append(s[last:])
    return "".join(out)


def figure_as_written(figure: str, sentence: str) -> str:
    """Return a figure found in the normalised sentence as the sentence writes it (3大 → 三大)."""
    written: dict[str, str] = {}
    cn_figures_as_digits(unicodedata.normalize("NFKC", sentence), written)
    for converted, original in sorted(written.items(), key=lambda p: -len(p[0])):
        if figure.startswith(converted):
            return original + figure[len(converted):]
    return figure


def _plain_fraction_as_percent(m: re.Match[str]) -> str:
    whole, part = cn_numeral_value(m.group(1)), cn_numeral_value(m.group(2))
    if not whole or part is None or part >= whole:
        return m.group(0)
    return digits(round(100 * part / whole, 1)) + "%"


def _fraction_as_digits(m: re.Match[str]) -> str:
    value = cn_numeral_value(m.group(2))
    return m.group(0) if value is None else digits(value) + _FRACTION_UNIT[m.group(1)]


def _cn_figure_in_run(s: str, start: int, end: int) -> tuple[int, str] | None:
    """Return (end, digits) for the figure a run of Chinese numerals starts, or None for a word:
    a figure has a unit after it (个, 亿元, 千瓦 …) or ends in 万/亿."""
    if s[:start].endswith(CN_APPROXIMATE) and _CN_BARE_MAGNITUDE.match(s[start:end]):
        return None
    if s[:start].endswith(CN_APPROXIMATE_LARGE) and _CN_BARE_LARGE.match(s[start:end]):
        return None
    for k in range(end, start, -1):
        numeral = s[start:k]
        if len(numeral) == 1 and numeral in CN_WORD_NUMERALS and not (
                numeral in "二两" and s.startswith(_CN_TWO_UNITS, k)):
            return None
        tail = _CN_MAGNITUDE_TAIL.search(numeral)
        core = numeral[:tail.start()] if tail else numeral
        if not core:
            continue
        value = cn_numeral_value(core)
        if value is None:
            continue
        magnitude = tail.group(0).replace("萬", "万").replace("億", "亿") if tail else ""
        decimal = k == end and re.fullmatch(r"[零〇一二两三四五六七八九十]+点[零〇一二三四五六七八九]+", numeral)
        if _unit_at(s, k) or (k == end and magnitude) or decimal:  # 一点二六 is 1.26, with or without a unit
            return k, digits(value) + magnitude
    return None


# --- sentences ----------------------------------------------------------------------------

_SENTENCE = re.compile(r"[^。！？!?\n]+(?:[。！？!?]+[”’」』）)]*|$)|[^\n]+")


def sentences_of(text: str) -> list[str]:
    """Split text into whole sentences (on 。！？, keeping closing quotes), not clauses."""
    return [m.group(0).strip() for m in _SENTENCE.finditer(text) if m.group(0).strip()]


# --- documents and dates ------------------------------------------------------------------

_DOCUMENT = re.compile(r"《([^《》]{1,120})》")
_MASK = "|"
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日"), "ymd"),
    (re.compile(r"(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])"), "ymd"),
    (re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(?!\d)"), "ym"),
    (re.compile(r"(?<![\d.])(\d{1,2})月(\d{1,2})日"), "md"),
    (re.compile(r"(?<!\d)(\d{4})[—–\-~至到](\d{4})年"), "yy"),
    (re.compile(r"(?<!\d)(\d{4})年"), "y"),
    (re.compile(r"(?<![\d.])(\d{1,2})月(?!\d)"), "m"),
)


def _take_documents(s: str) -> tuple[str, list[str]]:
    found = [m.group(0) for m in _DOCUMENT.finditer(s)]
    return _DOCUMENT.sub(_MASK, s), found


def _take_dates(s: str) -> tuple[str, list[tuple[int | None, int | None, int | None, str]]]:
    found: list[tuple[int | None, int | None, int | None, str]] = []

    def keep(m: re.Match[str], shape: str) -> str:
        n = [int(g) for g in m.groups()]
        if shape == "ymd":
            found.append((n[0], n[1], n[2], m.group(0)))
        elif shape == "ym":
            found.append((n[0], n[1], None, m.group(0)))
        elif shape == "md":
            found.append((None, n[0], n[1], m.group(0)))
        elif shape == "yy":
            found.extend([(n[0], None, None, f"{n[0]}年"), (n[1], None, None, f"{n[1]}年")])
        elif shape == "y":
            found.append((n[0], None, None, m.group(0)))
        else:
            found.append((None, n[0], None, m.group(0)))
        return _MASK

    for pattern, shape in _DATE_PATTERNS:
        s = pattern.sub(lambda m, shape=shape: keep(m, shape), s)
    return s, [d for d in found if _is_plausible_date(d)]


def _is_plausible_date(d: tuple[int | None, int | None, int | None, str]) -> bool:
    """Return whether a date is a date at all (13月 is not); a year no page could mean (4052年)
    is kept as a claim, and no page supports it."""
    _, month, day, _ = d
    return (month is None or 1 <= month <= 12) and (day is None or 1 <= day <= 31)


# --- quantities ---------------------------------------------------------------------------

COUNT = "count"  # classifiers (个 项 家 条 …) all count things; the noun after them is not checked
# unit as written -> (canonical unit, factor to the canonical unit)
UNITS: dict[str, tuple[str, float]] = {
    "%": ("%", 1), "‰": ("%", 0.1), "‱": ("%", 0.01), "个百分点": ("百分点", 1), "百分点": ("百分点", 1),
    "千瓦时": ("千瓦时", 1), "度": ("千瓦时", 1), "kWh": ("千瓦时", 1), "兆瓦时": ("千瓦时", 1e3),
    "MWh": ("千瓦时", 1e3), "吉瓦时": ("千瓦时", 1e6), "GWh": ("千瓦时", 1e6),
    "太瓦时": ("千瓦时", 1e9), "TWh": ("千瓦时", 1e9),
    "千瓦": ("千瓦", 1), "kW": ("千瓦", 1), "兆瓦": ("千瓦", 1e3), "MW": ("千瓦", 1e3),
    "吉瓦": ("千瓦", 1e6), "GW": ("千瓦", 1e6), "太瓦": ("千瓦", 1e9), "TW": ("千瓦", 1e9),
    "瓦": ("千瓦", 1e-3), "千伏": ("千伏", 1), "kV": ("千伏", 1), "伏": ("千伏", 1e-3),
    "元": ("元", 1), "美元": ("美元", 1), "欧元": ("欧元", 1), "港元": ("港元", 1), "日元": ("日元", 1),
    "吨": ("吨", 1), "标准煤": ("吨标准煤", 1), "吨标准煤": ("吨标准煤", 1),
    "千克": ("千克", 1), "公斤": ("千克", 1), "克": ("千克", 1e-3),
    "公里": ("公里", 1), "千米": ("公里", 1), "km": ("公里", 1), "米": ("公里", 1e-3),
    "平方公里": ("平方公里", 1), "平方米": ("平方米", 1), "平米": ("平方米", 1), "亩": ("亩", 1),
    "公顷": ("公顷", 1), "立方米": ("立方米", 1), "纳米": ("纳米", 1), "nm": ("纳米", 1),
    "小时": ("小时", 1), "分钟": ("分钟", 1), "秒": ("秒", 1), "天": ("天", 1), "周": ("周", 1),
    "个月": ("个月", 1), "年": ("年", 1), "倍": ("倍", 1), "成": ("%", 10), "摄氏度": ("摄氏度", 1), "℃": ("摄氏度", 1),
    "EFLOPS": ("FLOPS", 1e18), "PFLOPS": ("FLOPS", 1e15), "TFLOPS": ("FLOPS", 1e12),
    "EB": ("B", 1e18), "PB": ("B", 1e15), "TB": ("B", 1e12), "GB": ("B", 1e9),
    "Gbps": ("bps", 1e9), "Mbps": ("bps", 1e6),
    **{c: (COUNT, 1) for c in (
        "个", "项", "家", "条", "章", "节", "款", "件", "台", "套", "座", "批", "次", "所", "张",
        "块", "辆", "架", "艘", "颗", "枚", "种", "类", "期", "届", "名", "位", "人次", "人", "户",
        "卡", "方面", "部门", "部委", "省份", "城市", "赛道", "场", "轮", "笔", "份", "篇", "支",
        "处", "级", "大", "所", "只", "本", "份", "站", "例", "株", "头")},
}
_UNIT_KEYS = sorted(UNITS, key=len, reverse=True)
_UNIT_LOWER = {u.lower(): u for u in UNITS if u.isascii() and u.isalpha()}
MAGNITUDES: tuple[tuple[str, float], ...] = (
    ("万亿", 1e12), ("千亿", 1e11), ("百亿", 1e10), ("十亿", 1e9), ("亿", 1e8),
    ("千万", 1e7), ("百万", 1e6), ("十万", 1e5), ("万", 1e4), ("千", 1e3),
)
_ARABIC_TOKEN = re.compile(r"[A-Za-z0-9.+\-]*\d[A-Za-z0-9.+\-]*")
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_LATIN_QUANTITY = re.compile(r"(\d+(?:\.\d+)?)([A-Za-z]+)")


def _unit_at(s: str, i: int) -> str | None:
    """Return the unit written at s[i:], longest first, or None."""
    for unit in _UNIT_KEYS:
        if s.startswith(unit, i):
            if unit.isascii() and unit.isalpha() and i + len(unit) < len(s) and s[i + len(unit)].isascii() and s[i + len(unit)].isalpha():
                continue
            return unit
    return None


def _scale_and_unit(s: str, i: int) -> tuple[float, str, int]:
    """Return (magnitude, unit, end) for what follows a number at s[i:]."""
    unit = _unit_at(s, i)
    if unit:
        return 1.0, unit, i + len(unit)
    for word, factor in MAGNITUDES:
        if s.startswith(word, i):
            unit = _unit_at(s, i + len(word)) or ""
            return factor, unit, i + len(word) + len(unit)
    return 1.0, "", i


def _quantity(number: float, scale: float, unit: str, text: str) -> Quantity:
    canonical, factor = UNITS.get(unit, ("", 1.0))
    return Quantity(number * scale * factor, canonical, text)


def _take_quantities(s: str) -> tuple[str, list[Quantity], list[str]]:
    """Return s with figures masked, the figures, and identifiers such as 5G or G60."""
    quantities: list[Quantity] = []
    identifiers: list[str] = []

    s = _take_arabic(s, quantities, identifiers)
    return s, quantities, identifiers


def _take_arabic(s: str, quantities: list[Quantity], identifiers: list[str]) -> str:
    out, last = [], 0
    for m in _ARABIC_TOKEN.finditer(s):
        token = m.group(0).strip(".+-")
        start = m.start() + m.group(0).index(token)
        end = start + len(token)
        if _PLAIN_NUMBER.fullmatch(token):
            scale, unit, end = _scale_and_unit(s, end)
            quantities.append(_quantity(float(token), scale, unit, s[start:end]))
        elif (lq := _LATIN_QUANTITY.fullmatch(token)) and lq.group(2).lower() in _UNIT_LOWER:
            quantities.append(_quantity(float(lq.group(1)), 1.0, _UNIT_LOWER[lq.group(2).lower()], token))
        else:
            identifiers.append(token)
        out.append(s[last:start] + _MASK)
        last = max(end, m.end())
    out.append(s[last:])
    return "".join(out)


def _is_year(q: Quantity) -> bool:
    return q.unit == "" and q.value.is_integer() and 1900 <= q.value <= 2100 and q.text.isdigit()


# --- bodies -------------------------------------------------------------------------------

_CJK = re.compile(r"[\u3400-\u9fff]")
BODY_SUFFIX = re.compile(
    r"(?:委员会|办公厅|办公室|联合会|促进会|基金会|协会|学会|商会|研究院|研究所|科学院|工程院"
    r"|研究室|实验室|小组|工作组|研究组|专班|联席会议|联盟|大学|学院|理事会|指挥部|联合体"
    r"|政府|中心|公司|集团|银行|日报|总署|网(?=(?:\d{1,2}日)?(?:发布|数据|消息|报道|统计|显示|获悉|记者))"
    r"|部(?![门长署分件位队级落际属下委])|局(?![长面势限部])|委(?![员托屈婉实])|厅(?!长)"
    r"|院(?![长士校落子线所])|司(?![长法机令空])|办(?![法理事公学案好成结件实])"
    r"|社(?![会区保交团群科工])|署(?![名理长]))"
)
# Words that end like a body but name none: 布局, 头部, 举办, 部署 ...
NOT_BODY_WORDS = (
    "布局", "格局", "全局", "大局", "开局", "破局", "变局", "结局", "当局", "终局", "僵局", "时局",
    "政局", "定局", "出局", "棋局", "战局", "残局", "新局", "全部", "内部", "外部", "局部", "底部",
    "头部", "顶部", "中部", "西部", "东部", "南部", "北部", "总部", "本部", "干部", "俱乐部", "细部",
    "尾部", "腰部", "前部", "后部", "上部", "下部", "腹部", "根部", "大厅", "餐厅", "客厅", "展厅", "门厅",
    "医院", "剧院", "影院", "庭院", "书院", "部署", "签署", "举办", "主办", "承办", "创办", "开办",
    "兴办", "督办", "申办", "协办", "合办", "代办", "包办", "照办", "查办", "经办", "筹办", "试办",
    "交办", "首办", "怎么办", "好办", "难办", "上司", "官司", "为中心", "数字政府", "有为政府",
    "法治政府", "服务型政府", "整体政府", "智慧政府", "透明政府",
)
# Function words and verbs that may stand right before a body name in a sentence.
NAME_LEADERS = tuple(sorted((
    "这说明", "说明", "意味着", "表明", "显示", "印发", "发布", "出台", "公布", "披露", "表示", "指出",
    "强调", "提出", "明确", "要求", "推动", "推进", "支持", "鼓励", "组织", "通过", "根据", "按照",
    "针对", "围绕", "依据", "会同", "联合", "牵头", "协同", "配合", "召开", "举行", "主持", "批准",
    "同意", "授权", "委托", "指导", "开展", "成立", "设立", "组建", "依托", "获悉", "介绍", "宣布",
    "透露", "认为", "报道", "转发", "转载", "刊发", "报送", "上报", "提交", "以及", "近日", "日前",
    "此前", "今天", "今日", "昨天", "目前", "同时", "此外", "其中", "随后", "当天", "记者", "来看",
    "角度看", "看", "报", "送", "给", "向", "由", "据", "经", "从", "对", "在", "是", "为", "被", "将",
    "让", "把", "的", "了", "等", "和", "与", "及", "同", "跟", "并",
    "日", "月", "年", "及其", "各自", "国家级", "省级", "市级", "县级", "区域",
    "重点", "大型", "新型", "首批", "全国性", "建设", "打造", "培育", "布局",
), key=len, reverse=True))
# Leaders that never occur inside a body's own name (和 does: 工业和信息化部); used to cut the
# name out of a sentence for messages.
NAME_CUTTERS = tuple(w for w in NAME_LEADERS if w not in ("和", "与", "及", "同", "日", "月", "年"))
GENERIC_BODIES = frozenset((
    "数据中心", "算力中心", "智算中心", "超算中心", "计算中心", "调度中心", "运营中心", "研发中心",
    "服务中心", "创新中心", "交易中心", "指挥中心", "控制中心", "监测中心", "测试中心", "检测中心",
    "认证中心", "孵化中心", "上市公司", "电网公司", "科技公司", "能源公司", "平台公司", "龙头公司",
    "头部公司", "子公司", "母公司", "分公司", "总公司", "控股公司", "投资公司",
    "各部委", "部委", "党委", "中央政府", "商业银行", "政策性银行", "企业集团", "产业集团",
))
GENERIC_PREFIXES = (
    "地方", "各级", "各地", "当地", "基层", "有关", "相关", "主管", "上级", "各类", "省级", "市级",
    "县级", "区级", "市县", "省市", "本级", "国有", "民营", "相应", "属地", "行业", "职能", "这些", "该", "各", "多个",
    "一批", "部分", "其他",
)
# Facility and company nouns (数据中心, 电网公司) are bodies only when named: 国家…, 中国…, …省/市….
SOFT_SUFFIXES = ("中心", "公司", "集团", "银行")
NAME_MARKERS = re.compile(r"国家|中国|全国|中央|国务院|中华|省|市|自治区|县|特别行政区")
GENERIC_QUALIFIERS = ("全国", "我国", "国内", "全省", "全市", "各省", "各市")
MIN_BODY_CHARS = 3
MAX_BODY_CHARS = 30
# A facility or company noun with this long a name is a body even with no place in it
# (部际科技创新推进中心, 长江产业投资集团): the pages must name it.
NAMED_FACILITY_CHARS = 7


def body_spans(s: str) -> list[tuple[int, int]]:
    """Return (run start, end) for each body suffix in s; run start is where its CJK run begins."""
    spans: list[tuple[int, int]] = []
    for m in BODY_SUFFIX.finditer(s):
        end = m.end()
        if s[:end].endswith(NOT_BODY_WORDS):
            continue
        start = end
        while start > 0 and _CJK.match(s[start - 1]) and end - start < MAX_BODY_CHARS:
            start -= 1
        spans.append((start, end))
    return spans


def _take_bodies(s: str) -> list[str]:
    """Return the body candidates of s, each cut after the previous body in its run."""
    found, previous_end = [], -1
    for run_start, end in body_spans(s):
        start = max(run_start, previous_end)
        if end - start >= MIN_BODY_CHARS:
            found.append(s[start:end])
        previous_end = end
    return found


def ends_with_leader(prefix: str) -> bool:
    """Return whether a body name may begin after prefix: nothing, or a function word or verb."""
    return prefix == "" or prefix.endswith(NAME_LEADERS)


_JOINED_NAME = re.compile(r"[和与及、](?=(?:国家|中国|全国|中央|国务院|[\u4e00-\u9fff]{1,4}[省市县区]))")


def body_name(candidate: str) -> str:
    """Return the body's name without the words in front of it (for messages)."""
    best = candidate
    for word in NAME_CUTTERS:
        i = candidate.rfind(word)
        if i >= 0 and len(candidate) - (i + len(word)) >= MIN_BODY_CHARS:
            rest = candidate[i + len(word):]
            best = rest if len(rest) < len(best) else best
    parts = _JOINED_NAME.split(best)
    return parts[-1] if len(parts[-1]) >= MIN_BODY_CHARS else best


def is_generic(candidate: str) -> bool:
    """Return whether a candidate names no particular body (地方政府, 建设数据中心 …)."""
    if candidate.endswith(SOFT_SUFFIXES):
        if not NAME_MARKERS.search(candidate):
            return len(body_name(candidate)) < NAMED_FACILITY_CHARS or any(
                _is_generic_tail(candidate[i:]) for i in range(len(candidate)))
        return any(_is_generic_tail(candidate[i:]) and (
            ends_with_leader(candidate[:i]) or candidate[:i].endswith(GENERIC_QUALIFIERS))
            for i in range(len(candidate)))
    return any(_is_generic_tail(candidate[i:]) for i in range(len(candidate)))


def _is_generic_tail(tail: str) -> bool:
    return tail in GENERIC_BODIES or tail.startswith(GENERIC_PREFIXES)


# --- claims -------------------------------------------------------------------------------


def claims_of(normalized: str) -> TextClaims:
    """Return the claims of a text already put through `normalize`."""
    s, documents = _take_documents(normalized)
    s, dates = _take_dates(s)
    s, quantities, identifiers = _take_quantities(s)
    years = [(int(q.value), None, None, q.text) for q in quantities if _is_year(q)]
    return TextClaims(
        quantities=tuple(q for q in quantities if not _is_year(q)),
        identifiers=tuple(identifiers),
        dates=tuple(dates + years),
        documents=tuple(documents),
        bodies=tuple(_take_bodies(s)),
    )


def mask_documents(text: str) -> str:
    """Return text with documents masked (same length), so body runs stop at titles."""
    return _DOCUMENT.sub(lambda m: _MASK * len(m.group(0)), text)


def find_claims(text: str) -> list[Claim]:
    """Return every checkable claim in text (figures, dates, 《documents》, bodies), unjudged."""
    out: list[Claim] = []
    for sentence in sentences_of(text):
        claims = claims_of(normalize(sentence))
        out.extend(Claim("number", q.text, sentence) for q in claims.quantities)
        out.extend(Claim("number", t, sentence) for t in claims.identifiers)
        out.extend(Claim("date", d[3], sentence) for d in claims.dates)
        out.extend(Claim("document", d, sentence) for d in claims.documents)
        plain = normalize(sentence, aliases=False)
        out.extend(Claim("body", as_written(body_name(b), plain), sentence)
                   for b in claims.bodies if not is_generic(b))
    return out


def as_written(name: str, plain: str) -> str:
    """Return a body's name as the sentence spells it (国家发展改革委, not the alias 国家发改委)."""
    if name in plain:
        return name
    for long, short in BODY_ALIASES:
        if short and short in name and name.replace(short, long, 1) in plain:
            return name.replace(short, long, 1)
    return name
